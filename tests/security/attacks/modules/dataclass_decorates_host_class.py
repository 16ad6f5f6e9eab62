# attack: dataclasses.dataclass applied to a host class rewrites it for every later run
# isolation: child
import dataclasses, string
print(string.Template("a") == string.Template("b"))
dataclasses.dataclass(string.Template)
