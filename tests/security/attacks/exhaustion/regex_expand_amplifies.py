# attack: Match.expand with a template repeating the whole match
# limits: max_duration=1 max_memory=100000000
import re
m = re.match('.*', 'a' * 10**6, re.S)
print(len(m.expand('\\g<0>' * 300)))
