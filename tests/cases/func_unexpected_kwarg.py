def make_label(text, color="black", size=12):
    return f"<{color}:{size}>{text}"


print(make_label("ok"))
print(make_label("warn", color="orange"))
print(make_label(size=20, text="big"))
make_label("x", colour="red")
