# monty: refused
async def job():
    return 1


c = job()
print("inspecting coroutine")
print(c.cr_frame)
c.close()
