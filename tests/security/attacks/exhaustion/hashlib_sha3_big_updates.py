# attack: sha3 over big data in one C call each, in a loop (each call overruns the time left)
# limits: max_duration=1 max_memory=300000000
# expect: TimeoutError
import hashlib
h = hashlib.sha3_512()
d = b'z' * 150_000_000
while True:
    h.update(d)
