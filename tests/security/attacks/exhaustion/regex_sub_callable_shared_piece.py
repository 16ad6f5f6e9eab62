# attack: re.sub with a callable returning the same big string for every match: the C join multiplies it
# limits: max_duration=1 max_memory=100000000
import re
big = "x" * 10**6
print(len(re.sub("", lambda m: big, "a" * 1000)))
