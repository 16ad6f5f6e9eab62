# attack: return a live sandbox function so the host calls sandbox code outside the run
def f():
    while True:
        pass
f
