# monty: raises TimeoutError max_duration=1
import re
re.match(r"(a|aa)+$", "a" * 5000 + "b")
