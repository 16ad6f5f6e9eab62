graph = {
    "A": ["B", "C"],
    "B": ["D"],
    "C": ["D", "E"],
    "D": ["F"],
    "E": ["F"],
    "F": [],
    "G": ["A"],
}


def bfs_path(start, goal):
    queue = [[start]]
    visited = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in visited:
                visited.add(nxt)
                queue.append(path + [nxt])
    return None


def reachable(start):
    seen, stack = [], [start]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.append(node)
            stack.extend(reversed(graph[node]))
    return seen


print(bfs_path("A", "F"), bfs_path("F", "A"), bfs_path("G", "E"))
print(reachable("C"), reachable("G"))
bfs_path("A", "Z")
