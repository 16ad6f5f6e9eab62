# attack: %-format widths from a mapping and from * arguments
# limits: max_duration=2 max_memory=100000000
# expect: MemoryError
w = 10**7 * 5
s = "%*s" % (w, "x")
print(len(s))
