# attack: StringIO.readlines of a buffer of newlines (a list of millions of strings in one C call)
# limits: max_duration=2 max_memory=150000000
import io
s = io.StringIO('\n' * 25_000_000)
keep = [s.readlines()]
s.seek(0)
keep.append(s.readlines())
print(len(keep))
