headers = ["id", "name", "score"]
rows = [
    ["1", "ana", "88"],
    ["2", "ben", "92"],
    ["3", "cho", "79"],
]
records = [dict(zip(headers, row)) for row in rows]
print(records[1])
by_name = {r["name"]: int(r["score"]) for r in records}
print(by_name)
ranking = {name: rank for rank, name in enumerate(sorted(by_name, key=by_name.get, reverse=True), 1)}
ranking
