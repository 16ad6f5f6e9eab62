# attack: import posix (os's C core) and read its environ
import posix
print(posix.environ[b"MONTY_CANARY_SECRET"])
