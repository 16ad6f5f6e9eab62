def hanoi(n, source, target, spare, moves):
    if n == 0:
        return moves
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)
    return moves


moves = hanoi(3, "A", "C", "B", [])
for i, (src, dst) in enumerate(moves, 1):
    print(f"move {i}: {src} -> {dst}")
len(hanoi(6, "A", "C", "B", []))
