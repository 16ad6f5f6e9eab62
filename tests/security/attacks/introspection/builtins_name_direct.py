# attack: the name __builtins__ itself
print(__builtins__["open"](canary_path).read())
