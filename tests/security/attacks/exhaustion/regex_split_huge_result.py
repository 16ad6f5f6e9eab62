# attack: re.split on every position of a long string
# limits: max_duration=0.5 max_memory=100000000
import re
print(len(re.split('', 'b' * (3 * 10**7))))
