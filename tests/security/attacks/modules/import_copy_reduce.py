# attack: copy.deepcopy with a __reduce__ that returns os.system
import copy
class E:
    def __deepcopy__(self, memo):
        return memo
print(copy.deepcopy(E()))
