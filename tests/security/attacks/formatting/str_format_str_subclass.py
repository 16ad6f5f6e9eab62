# attack: format of a str subclass, and super().format from inside it
class S(str):
    def go(self, obj):
        return super().format(obj)
print(S("{0.__self__}").format(len))
print(S("{0.__self__}").go(len))
