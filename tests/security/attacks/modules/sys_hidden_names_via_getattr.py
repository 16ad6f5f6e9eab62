# attack: reach sys.modules, sys._getframe, settrace and the streams' internals through getattr and the allowed objects
import sys
for name in ("mod" + "ules", "_getframe", "settrace", "path", "executable", "meta_path", "platform", "set_int_max_str_digits", "__dict__", "__loader__"):
    try:
        value = getattr(sys, name)
        print("LEAK", name, value)
    except AttributeError as e:
        print("no", name)
for obj, name in ((sys.stdout, "_rt"), (sys.stdout, "__class__"), (sys.stdout.write, "__self__"), (sys.getrecursionlimit, "__closure__"), (sys.exit, "__globals__"), (sys.version_info, "__class__")):
    try:
        value = getattr(obj, name)
        print(name, type(value).__name__)
        if name == "__class__":
            print(getattr(value, "__init__").__globals__["sys"].modules["os"].environ["MONTY_CANARY_SECRET"])
    except AttributeError as e:
        print("no", name)
