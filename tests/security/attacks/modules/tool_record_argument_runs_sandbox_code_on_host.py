# attack: pass objects whose properties, __getattr__, __iter__ or __eq__ would run when a tool validates or reads them
# tools: yes
calls = []
class Sneaky:
    def __init__(self):
        self.id = 1
    @property
    def owner(self):
        calls.append("owner")
        return "sneaky"
    def __getattr__(self, name):
        calls.append(name)
        return ["x"]
    def __iter__(self):
        calls.append("iter")
        return iter([1, 2])
    def __eq__(self, other):
        calls.append("eq")
        return True
    def __hash__(self):
        return 1
out = []
for value in (Sneaky(), [Sneaky()], {"id": 1, "owner": Sneaky()}):
    try:
        out.append(save_account(value))
    except TypeError as e:
        out.append(str(e))
try:
    out.append(count_items(Sneaky()))
except TypeError as e:
    out.append(str(e))
out.append(echo(Sneaky()))
# If the host ran sandbox code, `calls` differs between the two runs' hosts; print it.
print(calls)
[out, calls]
