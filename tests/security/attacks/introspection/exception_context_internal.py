# attack: walk __context__/__cause__ of errors raised by the sandbox's own helpers for internal exceptions
import re
chain = []
for code in ["vars()", "dir()", "getattr(1, 2)", "re.compile('(')", "import nosuchmod"]:
    try:
        exec(code)
    except BaseException as e:
        c = e
        while c is not None:
            chain.append(type(c).__module__ + "." + type(c).__name__)
            c = c.__context__ or c.__cause__
print(chain)
