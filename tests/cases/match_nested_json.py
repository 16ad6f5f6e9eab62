responses = [
    {"status": "ok", "data": {"items": [{"id": 1}, {"id": 2}]}},
    {"status": "ok", "data": {"items": []}},
    {"status": "error", "error": {"code": 429, "retry_after": 30}},
    {"status": "error", "error": {"code": 500}},
    {"status": "weird"},
]
summary = []
for resp in responses:
    match resp:
        case {"status": "ok", "data": {"items": [{"id": first_id}, *rest]}}:
            summary.append(f"ok: first={first_id} more={len(rest)}")
        case {"status": "ok", "data": {"items": []}}:
            summary.append("ok: empty")
        case {"status": "error", "error": {"code": 429, "retry_after": int(wait)}}:
            summary.append(f"rate limited, retry in {wait}s")
        case {"status": "error", "error": {"code": code}}:
            summary.append(f"error {code}")
        case {"status": other}:
            summary.append(f"unexpected status {other!r}")
print("\n".join(summary))
summary
