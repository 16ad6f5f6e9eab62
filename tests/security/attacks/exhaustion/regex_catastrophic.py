# attack: catastrophic backtracking in re.match
# limits: max_duration=0.5 max_memory=100000000
import re
print(re.match('(a+)+$', 'a' * 40 + 'b'))
