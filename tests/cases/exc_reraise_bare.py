attempts = []


def fetch(url):
    attempts.append(url)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return f"content of {url}"


def fetch_logged(url):
    try:
        return fetch(url)
    except ConnectionError as e:
        print("log:", e)
        raise


print(fetch_logged("http://good"))
try:
    fetch_logged("http://bad-1")
except ConnectionError as e:
    print("handled upstream:", e.args)
print(attempts)
fetch_logged("http://bad-2")
