# attack: str.__new__ and a str subclass's constructor write the text of a shared-substructure list in C
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
class S(str):
    pass
for make in (lambda: str.__new__(str, x), lambda: S(x), lambda: S(object=x), lambda: str(object=x)):
    try:
        print(len(make()))
    except TypeError as e:
        print("TypeError", e)
