# attack: from os import environ, system
from os import environ, system
print(environ["MONTY_CANARY_SECRET"])
system("touch " + canary_write_path)
