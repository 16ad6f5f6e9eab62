# attack: strptime compiles and matches long formats and inputs on the host's re (no timeout)
# limits: max_duration=1 max_memory=300000000
import time
fmt = "%d" + " %m" * 100000
try:
    time.strptime("1 " * 100000, fmt)
except ValueError as e:
    print("refused")
