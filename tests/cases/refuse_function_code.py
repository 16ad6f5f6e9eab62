# monty: refused
def f(x):
    return x + 1


print("patching code object")
code = f.__code__
print(code.co_name)
