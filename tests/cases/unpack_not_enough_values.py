def parse_version(text):
    major, minor, patch = text.split(".")
    return int(major), int(minor), int(patch)


print(parse_version("3.11.4"))
try:
    parse_version("1.2.3.4")
except ValueError as e:
    print("ValueError:", e)
parse_version("2.0")
