# attack: json.dumps with a huge separator repeated per item
# limits: max_duration=1 max_memory=50000000
import json
sep = 'x' * 1000
print(len(json.dumps([0] * (3 * 10**5), separators=(sep, ':'))))
