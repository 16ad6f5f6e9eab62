# monty: raises ModuleNotFoundError
def run(cmd):
    import subprocess
    return subprocess.run(cmd, capture_output=True)


print("about to run a command")
run(["ls", "-l"])
