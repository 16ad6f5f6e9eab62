# attack: importlib.import_module('os')
import importlib
os = importlib.import_module("os")
print(os.environ["MONTY_CANARY_SECRET"])
