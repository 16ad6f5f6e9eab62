# attack: csv.reader over one line of delimiters (a list of millions of fields in one C call)
# limits: max_duration=2 max_memory=150000000
# expect: MemoryError
import csv
line = "," * 30_000_000
rows = [list(csv.reader([line])) for _ in range(3)]
print(sum(len(r[0]) for r in rows))
