# attack: bind a builtin classmethod descriptor to an arbitrary class through __get__
cm = vars(dict)["fromkeys"]
print(getattr(cm, "__get__")(None, type)(["a"]))
