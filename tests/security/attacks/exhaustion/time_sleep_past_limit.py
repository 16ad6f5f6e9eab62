# attack: time.sleep blocks past the time limit
# limits: max_duration=1 max_memory=300000000
# expect: TimeoutError
import time
time.sleep(30)
