# attack: binascii.hexlify with a separator triples big input in one C call
# limits: max_duration=2 max_memory=150000000
# expect: MemoryError
import binascii
print(len(binascii.hexlify(b'\x01' * 60_000_000, '-')))
