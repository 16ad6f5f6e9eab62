# attack: read the host's environment (the canary secret) through os.environ, os.getenv, expandvars and environ writes
# os: yes
# runs: 1
import os
found = [os.getenv("MONTY_CANARY_SECRET"), os.environ.get("MONTY_CANARY_SECRET"),
         "MONTY_CANARY_SECRET" in os.environ, list(os.environ), os.environ.copy()]
os.environ["MONTY_CANARY_SECRET"] = "mine"
found.append(os.environ["MONTY_CANARY_SECRET"])
del os.environ["MONTY_CANARY_SECRET"]
found.append(os.getenv("MONTY_CANARY_SECRET"))
try:
    found.append(os.path.expandvars("$MONTY_CANARY_SECRET"))
except AttributeError as e:
    found.append("no expandvars")
print(found)
found
