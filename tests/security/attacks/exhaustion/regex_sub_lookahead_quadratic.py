# attack: re.sub with a lookahead group: every match's \1 reaches to the end of the string (quadratic output)
# limits: max_duration=2 max_memory=100000000
import re
s = "a" * 30000
out = re.compile("(?=(a*))").sub(r"\1", s)
print(len(out))
