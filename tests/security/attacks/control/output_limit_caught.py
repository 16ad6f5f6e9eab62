# attack: catch the output limit error and keep printing
# expect: OutputLimitError
chunk = "y" * 1000000
for i in range(30):
    try:
        print(chunk)
    except BaseException:
        pass
