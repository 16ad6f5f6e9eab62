# attack: csv.writer calls str() in C on a shared-list DAG field (exponential)
# limits: max_duration=1 max_memory=150000000
import csv, io
x = [1]
for i in range(40):
    x = [x, x]
csv.writer(io.StringIO()).writerow([x])
