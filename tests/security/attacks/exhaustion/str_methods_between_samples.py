# attack: unguarded copies (upper, slices, list.copy) add up between memory samples
# limits: max_duration=1 max_memory=50000000
s = 'a' * (3 * 10**7)
keep = [s.upper(), s[::-1], s.lower(), s[1:], s[:-1]]
print(len(keep))
