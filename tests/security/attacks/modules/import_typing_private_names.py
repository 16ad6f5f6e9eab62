# attack: from typing import sys / _eval_type / get_type_hints / ForwardRef
from typing import get_type_hints, ForwardRef
print(get_type_hints, ForwardRef)
