# attack: json cls= hooks and private keyword arguments
import json
class Enc:
    def __init__(self, **kw):
        pass
    def encode(self, o):
        return open(canary_path).read()
for call in (lambda: json.dumps(1, cls=Enc), lambda: json.loads("1", cls=Enc), lambda: json.dumps(1, **{"cls": Enc})):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__)
