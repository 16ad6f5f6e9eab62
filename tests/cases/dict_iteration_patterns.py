grades = {"ann": [90, 85], "bob": [70, 95, 80], "cy": []}
for name in grades:
    print(name, end=" ")
print()
for name, marks in grades.items():
    avg = sum(marks) / len(marks) if marks else None
    print(f"{name}: {avg}")
inverted = {}
for name, marks in grades.items():
    for m in marks:
        inverted.setdefault(m >= 80, []).append(name)
print(inverted)
best = max(grades, key=lambda n: max(grades[n], default=0))
print(best, dict(sorted(grades.items(), key=lambda kv: len(kv[1]))))
{k: v for k, v in grades.items() if v}
