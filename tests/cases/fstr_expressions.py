user = {"name": "kim", "roles": ["admin", "dev"], "score": 87.456}
print(f"User {user['name'].title()} has {len(user['roles'])} roles: {', '.join(user['roles'])}")
print(f"Score: {user['score']:.1f} ({'pass' if user['score'] >= 50 else 'fail'})")
print(f"{'nested ' + f'{1 + 1}'}")
print(f"{{literal braces}} and {{{user['name']}}}")
print(f"{[n * n for n in range(4)]} {sum(range(10)) // 3}")
print(f"{(lambda v: v * 2)(21)}")
line = "-" * 10
f"{line}\n{user['name']:^10}\n{line}"
