# attack: json hooks and default= get objects; try to recover the decoder/encoder internals
import json
seen = []
def hook(obj):
    seen.append(type(obj).__name__)
    return obj
print(json.loads('{"a": [1.5, NaN]}', object_hook=hook, parse_float=hook, parse_constant=hook))
print(json.dumps({"k": object()}, default=lambda o: type(o).__name__))
print(seen)
