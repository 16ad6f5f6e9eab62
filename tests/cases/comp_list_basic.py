numbers = [3, -1, 4, -1, 5, -9, 2, 6]
squares = [n * n for n in numbers]
positives = [n for n in numbers if n > 0]
labels = ["even" if n % 2 == 0 else "odd" for n in numbers]
print(squares)
print(positives)
print(labels)
words = ["  Apple ", "banana", " Cherry  "]
cleaned = [w.strip().lower() for w in words]
print(cleaned)
[len(w) for w in cleaned if "a" in w]
