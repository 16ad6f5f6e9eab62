cases = [(lambda: 1 / 0), (lambda: 1 // 0), (lambda: 1 % 0), (lambda: 1.0 / 0),
         (lambda: 1.5 // 0.0), (lambda: 2.0 % 0), (lambda: divmod(5, 0)), (lambda: 0 ** -1),
         (lambda: 0.0 ** -2)]
for case in cases:
    try:
        case()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
scores = []
average = sum(scores) / len(scores)
