# monty: raises PermissionError
print("reading a file")
with open("/etc/passwd") as fh:
    print(fh.readline())
