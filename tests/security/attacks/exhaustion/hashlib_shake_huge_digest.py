# attack: hashlib.shake_256().digest(length) allocates length bytes in one C call
# limits: max_duration=1 max_memory=150000000
# expect: MemoryError
import hashlib
print(len(hashlib.shake_256(b'x').hexdigest(2 * 10**9)))
