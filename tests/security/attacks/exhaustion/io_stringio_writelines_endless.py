# attack: StringIO.writelines consumes an endless iterable in C
# limits: max_duration=1 max_memory=150000000
import io, itertools
f = io.StringIO()
f.writelines(itertools.repeat('x'))
