ALLOWED = set("0123456789+-*/(). ")


def calculate(expression):
    if not expression.strip():
        raise ValueError("empty expression")
    bad = sorted(set(expression) - ALLOWED)
    if bad:
        raise ValueError(f"disallowed characters: {''.join(bad)}")
    return eval(expression, {}, {})


for expr in ["2 + 3 * 4", "(2 + 3) * 4", "7 / 2", "7 // 2", "2 ** 10"]:
    print(f"{expr} = {calculate(expr)}")
try:
    calculate("__import__('os')")
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
