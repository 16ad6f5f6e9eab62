# attack: except* and split() over exception groups nested 300,000 deep
# limits: max_duration=3 max_memory=300000000
eg = ValueError(0)
for i in range(100000):
    eg = ExceptionGroup('g', [eg])
try:
    raise eg
except* ValueError:
    pass
print('handled')
