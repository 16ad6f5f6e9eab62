def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k!r} with extras {sorted(rest)}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return f"scroll up by {-d}"
        case {"type": "scroll"}:
            return "scroll down"
        case {"type": t}:
            return f"unhandled event type {t}"
        case _:
            return "not an event"


events = [
    {"type": "click", "pos": (10, 20)},
    {"type": "key", "key": "q", "shift": True, "ctrl": False},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 5},
    {"type": "resize", "w": 100},
    ["not", "a", "dict"],
]
for e in events:
    print(handle(e))
handle({"type": "click", "pos": (1, 2), "button": "left"})
