# uuid: name-based uuids, fields and the versions of uuid1/uuid4 agree with CPython
import uuid

u = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com")
print(u, u.version, u.variant, u.hex, u.int % 1000, u.urn)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.UUID("12345678123456781234567812345678").fields)
print(uuid.UUID(int=1), uuid.UUID(bytes=bytes(range(16))), uuid.UUID("{12345678-1234-5678-1234-567812345678}").time_low)
a, b = uuid.uuid4(), uuid.uuid4()
print(a.version, a != b, len(str(a)), a.variant == uuid.RFC_4122)
t = uuid.uuid1()
print(t.version, t.variant, t.node > 0, uuid.uuid1(node=0x123456789ABC, clock_seq=5).clock_seq)
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print(e)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), uuid.UUID(int=2) == uuid.UUID(int=2))
