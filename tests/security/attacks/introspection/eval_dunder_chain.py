# attack: build the subclasses chain as a string and eval it
expr = "()." + "__class__" + "." + "__base__" + "." + "__subclasses__" + "()"
print(eval(expr))
