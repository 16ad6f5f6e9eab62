def http_status(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302:
            return "Redirect"
        case 404:
            return "Not Found"
        case 500:
            return "Server Error"
        case _:
            return f"Unknown ({code})"


def describe(value):
    match value:
        case None:
            return "nothing"
        case True:
            return "yes"
        case False:
            return "no"
        case "":
            return "empty string"
        case 0 | 0.0:
            return "zero"
        case _:
            return repr(value)


print([http_status(c) for c in [200, 302, 404, 418]])
[describe(v) for v in [None, True, False, "", 0, 0.0, 1, "x"]]
