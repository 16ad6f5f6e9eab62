# attack: import os.path (a dotted import) and use its parent package
import os.path
print(os.path.exists(canary_path), os.environ["MONTY_CANARY_SECRET"])
