# attack: copy.deepcopy with a __reduce__ that returns os.system
import copy
class E:
    def __deepcopy__(self, memo):
        return memo
memo = copy.deepcopy(E())
print(sorted(type(v).__name__ for v in memo.values()), memo[id(memo)][0].__class__.__name__)
