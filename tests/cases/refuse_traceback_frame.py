# monty: refused
def handle(tb):
    return tb.tb_frame.f_back


print("frame walking helper")
handle(None)
