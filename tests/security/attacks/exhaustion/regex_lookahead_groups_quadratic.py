# attack: findall / finditer groups of a lookahead capture the rest of the string at every position
# limits: max_duration=2 max_memory=100000000
import re
s = "a" * 30000
pieces = [m.group(1) for m in re.finditer("(?=(a*))", s)]
more = re.findall("(?=(a*))", s)
print(len(pieces), len(more))
