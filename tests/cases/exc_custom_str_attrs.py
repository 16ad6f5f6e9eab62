class HttpError(Exception):
    def __init__(self, status, reason, url=None):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
        self.url = url

    def __str__(self):
        where = f" for {self.url}" if self.url else ""
        return f"HTTP {self.status} {self.reason}{where}"


class NotFound(HttpError):
    def __init__(self, url):
        super().__init__(404, "Not Found", url)


try:
    raise HttpError(500, "Server Error")
except HttpError as e:
    print(e, "|", e.args, "|", repr(e))
err = NotFound("/users/9")
print(str(err), err.status, isinstance(err, HttpError))
raise err
