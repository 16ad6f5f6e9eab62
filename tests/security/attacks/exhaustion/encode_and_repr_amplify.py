# attack: encode('utf-32') and repr() of control characters multiply a string's size
# limits: max_duration=1 max_memory=100000000
s = '\x00' * (5 * 10**7)
print(len(s.encode('utf-32')), len(repr(s)))
