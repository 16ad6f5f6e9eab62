# attack: a Template subclass made with type() whose idpattern backtracks catastrophically
# limits: max_duration=0.3 max_memory=100000000
import string
T = type("T", (string.Template,), {"idpattern": r"(?:x+x+)+y", "delimiter": "$"})
print(T("$" + "x" * 24).safe_substitute(), T("$" + "x" * 24).get_identifiers())
