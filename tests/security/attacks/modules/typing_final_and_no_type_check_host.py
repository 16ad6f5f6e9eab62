# attack: typing.final/no_type_check/runtime_checkable set attributes on host objects
# isolation: child
import typing, string, collections
for deco in (typing.final, typing.no_type_check):
    for target in (string.Template, collections.ChainMap, typing.SupportsInt):
        try:
            deco(target)
        except Exception as e:
            print(type(e).__name__)
print(typing.runtime_checkable(typing.SupportsInt))
