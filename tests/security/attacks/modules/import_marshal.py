# attack: marshal.loads a code object and wrap it in a function
import marshal
code = marshal.loads(bytes.fromhex("e3"))
print(code)
