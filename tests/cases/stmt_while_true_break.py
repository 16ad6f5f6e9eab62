balance = 1000.0
rate = 0.05
years = 0
history = []
while True:
    balance *= 1 + rate
    years += 1
    history.append(round(balance, 2))
    if balance >= 1500:
        break
print(years, history[-1])
print(history[:3])
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
steps
