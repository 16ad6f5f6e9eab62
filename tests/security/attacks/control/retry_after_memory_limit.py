# attack: catch the memory limit and retry the allocation again and again
# limits: max_duration=2 max_memory=50000000
# expect: MemoryError
caught = 0
for i in range(100):
    try:
        x = "a" * (10**8)
    except MemoryError:
        caught += 1
print("caught", caught)
