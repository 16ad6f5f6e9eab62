# attack: urllib.parse.urlencode calls str() on a shared-list DAG value in C
# limits: max_duration=1 max_memory=150000000
import urllib.parse
x = [1]
for i in range(40):
    x = [x, x]
print(len(urllib.parse.urlencode({'a': x})))
