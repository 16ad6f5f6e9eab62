# attack: a generator expression's frame through getattr
ge = (x for x in [1, 2])
fr = getattr(ge, "gi_frame")
print(getattr(fr, "f_globals"))
