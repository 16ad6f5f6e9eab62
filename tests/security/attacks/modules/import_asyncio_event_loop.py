# attack: reach the host's asyncio event loop and schedule work on it
import asyncio
loop = asyncio.get_event_loop()
loop.call_soon(print, open(canary_path).read())
print(loop)
