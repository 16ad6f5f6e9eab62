# attack: an f-string field expression at the top level of exec'd code
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
g = {"x": x}
exec('n = len(f"{x[0]}{x[1]}")', g)
print(g["n"])
