# attack: str.encode('utf-32') through operator.methodcaller and bytes(s, 'utf-32')
# limits: max_duration=1 max_memory=100000000
import operator
s = "a" * (3 * 10**7)
enc = operator.methodcaller("encode", "utf-32")
out = [enc(s), bytes(s, "utf-32"), bytearray(s, "utf-16")]
print(sum(len(x) for x in out))
