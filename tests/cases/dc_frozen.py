from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float


home = Coordinate(51.5, -0.12)
places = {home: "home", Coordinate(48.85, 2.35): "paris"}
print(places[Coordinate(51.5, -0.12)], len({home, Coordinate(51.5, -0.12)}))
print(hash(home) == hash(Coordinate(51.5, -0.12)))
try:
    del home.lat
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(issubclass(FrozenInstanceError, AttributeError))
home.lat = 0.0
