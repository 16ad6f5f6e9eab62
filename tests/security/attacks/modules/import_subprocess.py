# attack: run a process with subprocess and capture its output
import subprocess
print(subprocess.run(["cat", canary_path], capture_output=True, text=True).stdout)
subprocess.run(["touch", canary_write_path])
