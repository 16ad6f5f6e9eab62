# attack: import os inside exec() and __import__ inside eval()
exec("import os")
print(eval("__import__")("os"))
