# attack: return a generator, a module and a bound method for the host to poke at
import json
def g():
    yield 1
[g(), json, json.dumps, [].append, iter([1])]
