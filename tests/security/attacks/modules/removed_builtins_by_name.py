# attack: every builtin the sandbox leaves out, looked up by name in several ways
import functools
names = ["open", "input", "compile", "globals", "locals", "breakpoint", "help", "exit", "quit", "memoryview", "__loader__", "__spec__"]
for name in names:
    for how in (lambda n: eval(n), lambda n: getattr(print, "__self__", {}).get(n)):
        try:
            obj = how(name)
        except Exception as e:
            continue
        if obj is not None:
            print("got", name)
            if name == "open":
                print(obj(canary_path).read())
            if name == "compile":
                print(obj("1", "x", "eval"))
