import json

payloads = ['{"ok": true}', "[1, 2,]", "{'single': 'quotes'}", "", '{"a": 1} extra', "NaN"]
for raw in payloads:
    try:
        print("parsed:", json.loads(raw))
    except json.JSONDecodeError as e:
        print(f"JSONDecodeError: {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{"key": value}')
except Exception as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
