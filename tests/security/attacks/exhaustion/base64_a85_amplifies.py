# attack: base64.a85encode unpacks big input into a tuple of ints in one C call
# limits: max_duration=2 max_memory=150000000
# expect: MemoryError
import base64
print(len(base64.a85encode(b'\x01' * 40_000_000)))
