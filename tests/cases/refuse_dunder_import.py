# monty: refused
print("trying dynamic import")
os = __import__("os")
print(os.getcwd())
