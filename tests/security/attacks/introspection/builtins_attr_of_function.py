# attack: function.__builtins__ (3.10+) to get the sandbox's builtins dict and its guards
def f():
    pass
b = getattr(f, "__builtins__")
print(b["__m_ga__"])
