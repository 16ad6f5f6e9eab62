# attack: raise GeneratorExit at top level (the host drives the top-level coroutine)
# expect: GeneratorExit
async def f():
    raise GeneratorExit
await f()
