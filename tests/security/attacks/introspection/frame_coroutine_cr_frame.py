# attack: a coroutine's frame (cr_frame) by a run-time name
async def co():
    return 1
c = co()
fr = getattr(c, "cr_" + "frame")
print(getattr(fr, "f_builtins"))
c.close()
