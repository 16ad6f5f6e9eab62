# attack: {0.__self__.open} reaches the builtins module's open
print("{0.__self__.open}".format(len))
