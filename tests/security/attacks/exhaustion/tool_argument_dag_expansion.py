# attack: pass tiny DAGs (a list shared at every level, [[row] * 1000] * 1000) to tools whose validation walks every path
# tools: yes
# limits: max_duration=2 max_memory=300000000
value = [1]
for _ in range(60):
    value = [value, value]
try:
    json_size(value)
except TypeError as e:
    print(str(e)[:200])
row = [1] * 1000
cube = [[row] * 1000] * 1000
try:
    grid_cells(cube)
except TypeError as e:
    print(str(e)[:200])
t = (1,)
for _ in range(60):
    t = (t, t)
echo(t)
echo({"t": t})
"done"
