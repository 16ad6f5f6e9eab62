# attack: re.findall('', s) returns a list far larger than s
# limits: max_duration=0.5 max_memory=100000000
import re
s = 'a' * (3 * 10**7)
print(len(re.findall('', s)))
