# attack: json.dumps without indent, where a default= hook returns the same big list many times
# limits: max_duration=2 max_memory=50000000
import json
big = ["x" * 1000] * 1000


class Node:
    pass


print(len(json.dumps([Node()] * 100, default=lambda o: [big] * 3)))
