def safe_eval(expr, variables):
    try:
        return eval(expr, {"__builtins__": {}}, dict(variables))
    except NameError as e:
        return f"NameError: {e}"


print(safe_eval("a + b", {"a": 1, "b": 2}))
print(safe_eval("a * c", {"a": 1}))
print(safe_eval("len([1, 2])", {}))
print(eval("abs(-3)", {}))
try:
    eval("undefined_thing * 2", {})
except NameError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
