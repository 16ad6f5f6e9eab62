# attack: time.strftime and datetime.strftime expand a long format in one C call
# expect: MemoryError
import time, datetime
fmt = "%c" * 10**7
datetime.datetime(2024, 1, 1).strftime(fmt)
time.strftime(fmt)
