# attack: json.loads of a million nested arrays
# limits: max_duration=1 max_memory=100000000
import json
json.loads('[' * 10**6 + ']' * 10**6)
