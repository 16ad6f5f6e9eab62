# attack: an async generator's ag_frame and ag_code
async def agen():
    yield 1
a = agen()
print(getattr(a, "ag_frame"), getattr(a, "ag_code"))
