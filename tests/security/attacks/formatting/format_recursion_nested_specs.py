# attack: deeply nested format specs to recurse in the formatter
s = "{:" * 50 + "}" * 50
print(s.format(*range(60)))
