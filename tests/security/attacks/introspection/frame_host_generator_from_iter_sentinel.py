# attack: iter(f, sentinel) returns a host generator: read its frame and locals
it = iter(lambda: 1, 2)
fr = getattr(it, "gi_frame")
print(getattr(fr, "f_locals"))
