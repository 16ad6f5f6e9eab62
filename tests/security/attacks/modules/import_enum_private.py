# attack: from enum import sys, _EnumDict and other internals
from enum import _EnumDict
print(_EnumDict)
