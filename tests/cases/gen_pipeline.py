def read_lines(text):
    for line in text.splitlines():
        yield line


def non_empty(lines):
    return (line for line in lines if line.strip())


def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()


config_text = """
host = example.org
port = 8080

debug = true
"""
config = dict(parse(non_empty(read_lines(config_text))))
print(config)
config
