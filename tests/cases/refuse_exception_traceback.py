# monty: refused
print("walking the traceback")
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno)
