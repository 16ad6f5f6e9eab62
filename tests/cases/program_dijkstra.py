def dijkstra(edges, source):
    graph = {}
    for a, b, w in edges:
        graph.setdefault(a, []).append((b, w))
        graph.setdefault(b, []).append((a, w))
    dist = {node: float("inf") for node in graph}
    prev = {}
    dist[source] = 0
    unvisited = set(graph)
    while unvisited:
        node = min(unvisited, key=lambda n: (dist[n], n))
        unvisited.remove(node)
        for nxt, w in graph[node]:
            if dist[node] + w < dist[nxt]:
                dist[nxt] = dist[node] + w
                prev[nxt] = node
    return dist, prev


edges = [("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10), ("b", "d", 15),
         ("c", "d", 11), ("c", "f", 2), ("d", "e", 6), ("e", "f", 9)]
dist, prev = dijkstra(edges, "a")
path, node = [], "e"
while node != "a":
    path.append(node)
    node = prev[node]
path.append("a")
print(dict(sorted(dist.items())))
print(" -> ".join(reversed(path)))
dist["e"]
