# attack: member names that pass a name check but land as __del__ in the class namespace (str subclass, hash/eq tricks)
import enum
def fin(self):
    print("finalizer ran")
class Sneaky(str):
    def __hash__(self):
        return hash("__del__")
    def __eq__(self, other):
        return True
    def startswith(self, prefix):
        return False
    def __str__(self):
        return "harmless"
class Key:
    def __hash__(self):
        return hash("__del__")
    def __eq__(self, other):
        return other == "__del__"
    def __len__(self):
        return 1
kept = []
for names in (
    [(Sneaky("A"), fin)],
    [(Sneaky("__del__"), fin)],
    {Sneaky("__del__"): fin},
    [(Key(), fin)],
    Sneaky("__del__ A"),
    [Sneaky("__del__"), "B"],
):
    try:
        kept.append(enum.Enum("F", names))
    except (TypeError, ValueError, AttributeError) as e:
        print("refused:", type(e).__name__)
print(len(kept))
