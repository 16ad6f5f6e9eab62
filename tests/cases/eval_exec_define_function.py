source = """
def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation

counter = 0
for i in range(5):
    counter += i
"""
namespace = {}
exec(source, namespace)
print(namespace["greet"]("Ann"))
print(namespace["counter"])
print(sorted(k for k in namespace if not k.startswith("__")))
result = exec("y = 2 + 2", namespace)
print(result, namespace["y"])
namespace["greet"]("Bo", "?")
