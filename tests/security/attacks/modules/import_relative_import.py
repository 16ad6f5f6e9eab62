# attack: a relative import to reach the interpreter package
from . import program
print(program)
