# base64, binascii, hashlib, hmac: CPython's encodings, digests and errors.
import base64
import binascii
import hashlib
import hmac

data = b"hello, world\x00\xff"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                 (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode),
                 (base64.b85encode, base64.b85decode), (base64.encodebytes, base64.decodebytes),
                 (base64.standard_b64encode, base64.standard_b64decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("aGk="), base64.a85encode(b"xyz", adobe=True))
for bad in (lambda: base64.b64decode("abc"), lambda: base64.b64decode(b"a!==", validate=True), lambda: base64.b64encode("s")):
    try:
        bad()
    except (binascii.Error, TypeError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(data), binascii.hexlify(data, "-", 2), binascii.unhexlify("6869"), binascii.b2a_hex(b"\x01"))
print(binascii.b2a_base64(b"xy"), binascii.a2b_base64(b"eHk=\n"), binascii.crc32(data), binascii.crc_hqx(data, 0))
print(binascii.b2a_qp(b"a=b \xff"), binascii.a2b_qp(b"a=3Db"), binascii.a2b_uu(binascii.b2a_uu(b"uu")))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print(e)
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"):
    h = getattr(hashlib, name)(data)
    print(name, h.hexdigest()[:16], h.digest_size, h.block_size, h.name)
h = hashlib.sha256()
h.update(b"a")
c = h.copy()
c.update(b"b")
print(h.hexdigest()[:12], c.hexdigest() == hashlib.sha256(b"ab").hexdigest(), len(h.digest()))
print(hashlib.new("sha1", b"x").hexdigest(), hashlib.new("SHA256").name, hashlib.shake_128(b"x").hexdigest(8))
print(hashlib.shake_256(b"x").digest(4), hashlib.blake2b(b"x", digest_size=8, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:16], hashlib.pbkdf2_hmac("sha1", b"p", b"s", 2, dklen=30).hex())
print(sorted(hashlib.algorithms_guaranteed)[:3], "sha256" in hashlib.algorithms_available)
for bad in (lambda: hashlib.new("nope"), lambda: hashlib.sha256("text"), lambda: hashlib.md5().update(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = hmac.new(b"key", b"msg", "sha256")
print(m.hexdigest(), m.name, m.digest_size, m.block_size)
m2 = m.copy()
m2.update(b"more")
print(m2.hexdigest() == hmac.new(b"key", b"msgmore", hashlib.sha256).hexdigest(), hmac.digest(b"k", b"m", "md5").hex())
print(hmac.HMAC(b"k", digestmod="sha1").hexdigest(), hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
try:
    hmac.new(b"k")
except TypeError as e:
    print(e)
