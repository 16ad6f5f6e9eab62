# attack: exec with a __builtins__ mapping that supplies its own __import__ and __build_class__
def imp(name, *args):
    return name
ns = {"__builtins__": {"__import__": imp, "print": print}}
exec("import os\nprint(os)\nclass K:\n    pass\nprint(K)", ns)
print(ns["__builtins__"])
