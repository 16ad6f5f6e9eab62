# attack: hidden attributes read inside a class body, a decorator and default arguments
def target():
    pass
name = "__clo" + "sure__"
def deco(fn, cells=getattr(target, "__defaults__")):
    return getattr(fn, name)
class A:
    g = getattr(target, "__glo" + "bals__", None)
    @deco
    def m(self):
        pass
print(A.g)
