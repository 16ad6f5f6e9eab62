# attack: ljust/center/zfill/expandtabs with huge sizes
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
print(len(''.ljust(10**10)), len('1'.zfill(10**9)), len('\t'.expandtabs(10**9)))
