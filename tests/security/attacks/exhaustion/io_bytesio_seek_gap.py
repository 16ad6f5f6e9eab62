# attack: io.BytesIO write far past the end pads the buffer with zeros in one C call
# limits: max_duration=2 max_memory=150000000
# expect: MemoryError
import io
b = io.BytesIO()
b.seek(400_000_000)
b.write(b'x')
print(len(b.getvalue()))
