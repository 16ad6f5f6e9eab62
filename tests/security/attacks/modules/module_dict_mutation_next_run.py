# attack: mutate module-level containers and class attributes reachable from modules
# isolation: child
import string, re, enum
print(string.ascii_letters[:3], re.I, len(dir(re)))
for target, name in ((string.Template, "delimiter"), (re.error, "msg"), (enum.Enum, "_ignore_")):
    try:
        setattr(target, name, "#")
    except Exception as e:
        print(type(e).__name__)
