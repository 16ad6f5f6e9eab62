# attack: install a signal handler / alarm in the host process
import signal
signal.signal(signal.SIGALRM, lambda *a: print("handler"))
signal.alarm(1)
