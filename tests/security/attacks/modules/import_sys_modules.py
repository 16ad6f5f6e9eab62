# attack: import sys and take os out of sys.modules
import sys
os = sys.modules["os"]
print(os.environ["MONTY_CANARY_SECRET"])
