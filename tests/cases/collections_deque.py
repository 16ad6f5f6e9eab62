from collections import deque

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, q.popleft(), q.pop(), q)
q.rotate(1)
print(q)
q.rotate(-2)
print(q, q[0], q[-1], len(q), 2 in q)
recent = deque(maxlen=3)
for event in ["login", "view", "edit", "save", "logout"]:
    recent.append(event)
print(recent, list(recent), recent.maxlen)
q.extend([7, 8])
q.extendleft([-1, -2])
print(q)
q.clear()
try:
    q.pop()
except IndexError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
