# attack: json.dumps with a huge separator repeated per item
# limits: max_duration=1 max_memory=50000000
# known-hole: json.dumps separators are repeated per item, unaccounted
import json
sep = 'x' * 1000
print(len(json.dumps([0] * (3 * 10**5), separators=(sep, ':'))))
