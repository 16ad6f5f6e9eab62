exec("created_by_exec = 41")
print(created_by_exec + 1)
code = """
class Shape:
    sides = 0

class Triangle(Shape):
    sides = 3
"""
exec(code)
print(Triangle.sides, issubclass(Triangle, Shape))
total = 0
for i in range(3):
    exec(f"total += {i}")
print(total)
exec("def helper(v):\n    return v * 3")
helper(14)
