# attack: a string.Template subclass's pattern runs on the host's re engine, with no timeout
# limits: max_duration=0.3 max_memory=100000000
# known-hole: string.Template subclasses can set pattern: it runs on the host re engine with no timeout
import string
class T(string.Template):
    pattern = r"(?P<escaped>(x+x+)+y)|(?P<named>@)|(?P<braced>!)|(?P<invalid>~)"
print(T("x" * 23).safe_substitute())
