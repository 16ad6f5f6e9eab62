data = [5, 3, 8, 0, 7, 1]
it = iter(data)
seen = []
while (n := next(it, None)) is not None and n != 0:
    seen.append(n)
print(seen)
chunks = []
buffer = "abcdefghij"
while chunk := buffer[:3]:
    chunks.append(chunk)
    buffer = buffer[3:]
print(chunks)
if (count := len(chunks)) > 3:
    print(f"{count} chunks")
[n, count, buffer]
