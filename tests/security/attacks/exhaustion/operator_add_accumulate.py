# attack: operator.add/concat concatenate without the + guard
# limits: max_duration=1 max_memory=100000000
import operator
s = 'x' * (5 * 10**7)
keep = [operator.add(s, s), operator.concat(s, s), operator.add(s, s)]
print(len(keep))
