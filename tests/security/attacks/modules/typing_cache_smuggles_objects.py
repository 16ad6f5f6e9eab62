# attack: typing's parameter cache hands a later run the object an earlier run cached
# isolation: child
import typing
class K:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 7
mine = K()
got = typing.get_args(typing.Literal[mine, 0])[0]
print(got is mine)
