def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("liftoff")


gen = countdown(3)
print("created")
print(next(gen))
print(next(gen))
for value in gen:
    print("loop", value)
list(countdown(4))
