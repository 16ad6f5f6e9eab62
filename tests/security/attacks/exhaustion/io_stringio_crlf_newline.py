# attack: io.StringIO(newline="\r\n") writes two characters (of 4 bytes) for every "\n"
# limits: max_duration=2 max_memory=150000000
# expect: MemoryError
import io
s = io.StringIO(newline="\r\n")
s.write("\n" * 25_000_000)
print(len(s.getvalue()))
