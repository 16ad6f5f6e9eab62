# attack: 3 ** n just under the integer size cap (repeated dense squarings, seconds)
# limits: max_duration=0.5 max_memory=200000000
x = 3 ** 16_000_000
print(x.bit_length())
