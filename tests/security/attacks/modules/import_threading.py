# attack: start a thread that outlives the run and its limits
import threading
t = threading.Thread(target=lambda: print(open(canary_path).read()))
t.start()
t.join()
