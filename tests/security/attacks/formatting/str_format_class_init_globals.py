# attack: {0.__class__.__init__.__globals__} on a host object
import string
t = string.Template("x")
print("{0.__class__.__init__.__globals__}".format(t))
