# attack: inspect.currentframe() and walk to the host's globals
import inspect
f = inspect.currentframe()
print(f.f_back.f_globals)
