# attack: __format__ called by name on an int and a str with huge widths
# limits: max_duration=2 max_memory=100000000
# expect: MemoryError
s = (1).__format__("200000000")
print(len(s))
