# attack: the functional API's type= keyword mixes in a base a class statement may not use (a metaclass, a host class)
import enum
kept = []
for mixin in (type, type(print), type(iter([])), type(enum)):
    try:
        kept.append(enum.Enum("F", "A B", type=mixin))
        print("mixed in", mixin)
    except (TypeError, ValueError, AttributeError) as e:
        print("refused:", type(e).__name__)
print(len(kept))
