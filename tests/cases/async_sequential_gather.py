calls = []


async def fetch(url):
    calls.append(url)
    if "404" in url:
        raise LookupError(f"not found: {url}")
    return len(url)


async def gather(*coros, return_exceptions=False):
    results = []
    for c in coros:
        try:
            results.append(await c)
        except Exception as e:
            if not return_exceptions:
                raise
            results.append(f"{type(e).__name__}: {e}")
    return results


urls = ["/a", "/bb", "/404", "/ccc"]
print(await gather(*(fetch(u) for u in urls), return_exceptions=True))
print(calls)
try:
    await gather(fetch("/x"), fetch("/404/y"))
except LookupError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
