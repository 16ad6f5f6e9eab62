# attack: make pydantic build one validation error per item of a huge list (host memory and time outside the limits)
# tools: yes
# limits: max_duration=2 max_memory=300000000
items = ["x"] * 5_000_000
try:
    count_items(items)
except TypeError as e:
    message = str(e)
len(message)
