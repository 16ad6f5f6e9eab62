# attack: io.StringIO write far past the end pads a 4-byte-a-character buffer in one C call
# limits: max_duration=2 max_memory=150000000
# expect: MemoryError
import io
s = io.StringIO()
s.seek(100_000_000)
s.write('x')
print(len(s.getvalue()))
