# attack: e.__traceback__.tb_frame written out
try:
    raise ValueError
except ValueError as e:
    print(e.__traceback__.tb_frame.f_globals)
