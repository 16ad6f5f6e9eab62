# attack: a regular expression with thousands of nested groups
# limits: max_duration=3 max_memory=300000000
import re
p = '(' * 5000 + 'a' + ')' * 5000
print(re.match(p, 'a'))
