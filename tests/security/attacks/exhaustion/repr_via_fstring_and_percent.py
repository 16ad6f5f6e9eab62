# attack: f'{s!r}', '%r' and '{!a}'.format amplify control characters like repr()
# limits: max_duration=1 max_memory=100000000
s = "\x00" * (3 * 10**7)
parts = [f"{s!r}", "%r" % (s,), "{!a}".format(s)]
print(sum(len(p) for p in parts))
