# attack: update_wrapper sets attributes on a host class: replace string.Template.substitute for later runs
# isolation: child
import functools, string
print(string.Template("$x").safe_substitute())
class Src:
    def safe_substitute(self, *args, **kwargs):
        return "replaced by an earlier run"
functools.update_wrapper(string.Template, Src(), assigned=("safe_substitute",), updated=())
