# attack: import re._parser / re._compiler and from re import _compile
from re import _compile
import re._parser
print(_compile)
