# attack: sum(range(10**15), 0.0) cannot use the closed form
# limits: max_duration=0.5 max_memory=100000000
# expect: TimeoutError
print(sum(range(10**15), 0.0))
