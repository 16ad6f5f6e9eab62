# attack: a string.Template subclass's pattern runs on the host's re engine, with no timeout
# limits: max_duration=0.3 max_memory=100000000
import string
class T(string.Template):
    pattern = r"(?P<escaped>(x+x+)+y)|(?P<named>@)|(?P<braced>!)|(?P<invalid>~)"
print(T("x" * 23).safe_substitute())
