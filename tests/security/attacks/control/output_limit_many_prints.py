# attack: print past the output limit with sep/end tricks
# expect: OutputLimitError
chunk = "x" * 100000
for i in range(200):
    print(chunk, chunk, sep=chunk, end=chunk)
