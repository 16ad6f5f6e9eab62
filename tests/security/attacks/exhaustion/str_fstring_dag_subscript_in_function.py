# attack: an f-string field that is a subscript, inside a function (a walrus temporary holds it)
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
box = {"x": x}
def show():
    return len(f"{box['x']}")
print(show())
