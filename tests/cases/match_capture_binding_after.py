command = ("move", 3, 4)
match command:
    case ("move", dx, dy):
        print("moving", dx, dy)
    case ("stop",):
        print("stop")
print("bound after match:", dx + dy)
match [1, 2, 3]:
    case [a, b]:
        print("two")
    case [a, *others]:
        print("first", a, "others", others)
match {"name": "x"}:
    case {"name": str() as name, "age": age}:
        print(age)
    case {"name": name}:
        print("name only", name)
(a, others, name)
