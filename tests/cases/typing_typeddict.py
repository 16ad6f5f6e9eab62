from typing import TypedDict, NotRequired


class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]


def describe(m: Movie) -> str:
    rating = m.get("rating", "unrated")
    return f"{m['title']} ({m['year']}) - {rating}"


m1: Movie = {"title": "Alien", "year": 1979}
m2 = Movie(title="Heat", year=1995, rating=8.3)
print(describe(m1))
print(describe(m2))
print(type(m2).__name__, m2, isinstance(m2, dict))
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
m1["year"] += 1
m1
