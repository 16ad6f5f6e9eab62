import json

record = {"name": "Ann", "age": 31, "tags": ["a", "b"], "active": True, "score": None, "ratio": 0.5}
text = json.dumps(record)
print(text)
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps({"é": "ü", "n": [1, 2.0, -3e-5]}), json.dumps("é", ensure_ascii=False))
print(json.dumps([1, (2, 3)], separators=(",", ":")), json.dumps({1: "int key", "k": {}}))
back = json.loads(text)
print(back == record, type(back["tags"]).__name__)
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1e3, "d": "\\u00e9"}'))
json.loads('[1, 2, 3]')
