# attack: catastrophic patterns in findall, sub and split
# limits: max_duration=0.5 max_memory=100000000
import re
p = re.compile('(x+x+)+y')
print(p.findall('x' * 40))
print(p.sub('', 'x' * 40))
