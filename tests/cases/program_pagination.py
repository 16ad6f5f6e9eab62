def paginate(items, page_size):
    if page_size <= 0:
        raise ValueError("page_size must be positive")
    pages = []
    for start in range(0, len(items), page_size):
        pages.append(items[start:start + page_size])
    return pages


def page_info(total, page_size, page):
    pages = max(1, -(-total // page_size))
    if not 1 <= page <= pages:
        raise IndexError(f"page {page} out of range 1..{pages}")
    first = (page - 1) * page_size + 1
    last = min(page * page_size, total)
    return {"page": page, "pages": pages, "showing": f"{first}-{last} of {total}"}


items = [f"item{i}" for i in range(1, 24)]
pages = paginate(items, 10)
print(len(pages), [len(p) for p in pages], pages[-1])
print(page_info(23, 10, 3))
try:
    page_info(23, 10, 4)
except IndexError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
