# attack: csv.writer.writerow consumes an endless row in C
# limits: max_duration=1 max_memory=150000000
import csv, io, itertools
csv.writer(io.StringIO()).writerow(itertools.repeat('abc'))
