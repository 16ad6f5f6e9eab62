operations = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
}


def calculate(op, a, b):
    if op not in operations:
        raise ValueError(f"unknown operation: {op}")
    return operations[op](a, b)


for op in ["add", "sub", "mul", "div"]:
    print(op, calculate(op, 12, 4))
calculate("pow", 2, 3)
