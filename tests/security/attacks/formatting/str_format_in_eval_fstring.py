# attack: f-string evaluated by eval, reaching a hidden attribute
print(eval('f"{().__class__.__base__}"'))
