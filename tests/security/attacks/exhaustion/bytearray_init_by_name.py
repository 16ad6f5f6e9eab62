# attack: bytearray().__init__(n) and bytes.__new__ with a huge size
# limits: max_duration=1 max_memory=50000000
b = bytearray()
b.__init__(3 * 10**8)
print(len(b))
