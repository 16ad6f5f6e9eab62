# attack: drop a million nested operator.itemgetter objects
# limits: max_duration=3 max_memory=300000000
import operator
g = 0
for i in range(1000000):
    g = operator.itemgetter(g)
del g
print('freed')
