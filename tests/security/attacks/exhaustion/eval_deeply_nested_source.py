# attack: eval of deeply nested expressions and literals
# limits: max_duration=1 max_memory=100000000
for src in ['-' * 100000 + '1', '(' * 100000 + ')' * 100000, '[' * 5000 + ']' * 5000, 'not ' * 50000 + 'x']:
    try:
        eval(src)
    except SyntaxError:
        pass
print('parsed')
