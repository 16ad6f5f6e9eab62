"""Recursion: naive Fibonacci plus a Towers of Hanoi move counter."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves[target] = moves[target] + 1
    hanoi(n - 1, spare, target, source, moves)


moves = {"a": 0, "b": 0, "c": 0}
hanoi(15, "a", "c", "b", moves)
[fib(24), moves["a"], moves["b"], moves["c"]]
