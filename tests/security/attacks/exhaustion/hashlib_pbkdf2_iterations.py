# attack: hashlib.pbkdf2_hmac with a huge iteration count runs in one C call
# limits: max_duration=1 max_memory=150000000
# expect: TimeoutError
import hashlib
print(hashlib.pbkdf2_hmac('sha512', b'p', b's', 10**7))
