"""Generators: a lazy pipeline of generator functions and expressions, plus yield from."""


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for value in source:
        if value % 2 == 0:
            yield value


def squares(source):
    for value in source:
        yield value * value


def chunked(source, size):
    chunk = []
    for value in source:
        chunk.append(value)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def countdown_then_up(n):
    yield from range(n, 0, -1)
    yield from range(1, n + 1)


pipeline_total = sum(squares(evens(numbers(60000))))
chunk_sums = [sum(chunk) for chunk in chunked(numbers(20000), 1000)]
tree = [[i, [i + 1, [i + 2, i + 3]]] for i in range(3000)]
flat_total = sum(flatten(tree))
gen_expr_total = sum(x * 3 for x in range(20000) if x % 3 == 1)
wave = list(countdown_then_up(5))
[pipeline_total % 1000003, chunk_sums[:3], flat_total, gen_expr_total, wave]
