from enum import Flag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), rw.value, Perm.READ in rw, Perm.EXECUTE in rw)
print(rw & Perm.WRITE, bool(rw & Perm.EXECUTE), Perm(5), Perm(0))
print([p.name for p in Perm], Perm.READ.value, Perm.EXECUTE.value)
full = Perm.READ | Perm.WRITE | Perm.EXECUTE
print(full, full ^ Perm.WRITE, ~Perm.READ)
try:
    Perm(8)
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
