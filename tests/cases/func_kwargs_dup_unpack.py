def render(template, **context):
    return template.format(**context)


defaults = {"name": "world", "punct": "!"}
print(render("Hello, {name}{punct}", **defaults))
print(render("{a}-{b}", a=1, b=2))
overrides = {"punct": "?"}
print(render("Hi {name}{punct}", **{**defaults, **overrides}))
render("Hi {name}", name="x", **defaults)
