# attack: format widths in str.format, f-strings and format()
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
w = 10**9
print(len('{:>{}}'.format('', w)), len(f'{1:{w}}'), len(format(1, str(w))))
