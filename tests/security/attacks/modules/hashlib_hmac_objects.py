# attack: reach the OpenSSL hash object, hmac's inner objects or host classes through hashlib/hmac results and callbacks
import hashlib, hmac
found = []
h = hashlib.sha256(b"x")
m = hmac.new(b"k", b"m", "sha256")
for obj, name in [(h, "_h"), (m, "_h"), (m, "_inner"), (m, "_outer"), (m, "digest_cons"), (hashlib, "scrypt"),
                  (hashlib, "file_digest"), (hashlib, "__builtin_constructor_cache"), (hashlib.sha256, "__wrapped__")]:
    try:
        found.append(getattr(obj, name))
    except AttributeError:
        pass
def digestmod(*args):
    found.append(args)
    return hashlib.md5()
try:
    hmac.new(b"k", b"m", digestmod)
except TypeError:
    pass
print(type(h).__mro__, found)
found
