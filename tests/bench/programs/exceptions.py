"""Exceptions: raise and catch in a loop, handler tuples, else/finally, nested re-raise."""


def parse_record(i):
    if i % 7 == 0:
        raise LookupError(f"missing id {i}")
    if i % 11 == 0:
        raise KeyError(str(i))
    if i % 13 == 0:
        return int("x" + str(i))
    if i % 17 == 0:
        return [i][1]
    return i * 2


ok = 0
errors = {}
finally_runs = 0
last_message = ""
for i in range(15000):
    try:
        value = parse_record(i)
    except KeyError:
        errors["key"] = errors.get("key", 0) + 1
    except (IndexError, ValueError) as exc:
        errors["value"] = errors.get("value", 0) + 1
        last_message = str(exc)
    except LookupError as exc:
        errors["lookup"] = errors.get("lookup", 0) + 1
        if str(exc).endswith("0"):
            errors["lookup0"] = errors.get("lookup0", 0) + 1
    else:
        ok += value
    finally:
        finally_runs += 1

nested = 0
for _ in range(4000):
    try:
        try:
            raise RuntimeError("inner")
        except RuntimeError:
            raise ValueError("outer") from None
    except ValueError as exc:
        nested += len(str(exc))
[ok, sorted(errors.items()), finally_runs, nested, last_message]
