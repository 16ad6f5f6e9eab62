# attack: import os and read the environment, the canary file, and write a file
import os
print(os.environ["MONTY_CANARY_SECRET"])
print(os.popen("cat " + canary_path).read())
os.system("touch " + canary_write_path)
