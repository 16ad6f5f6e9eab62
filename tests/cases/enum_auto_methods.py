from enum import Enum, auto


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()

    def is_start(self):
        return self is Weekday.MONDAY

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


print([(d.name, d.value) for d in Weekday])
print(Weekday.parse("tuesday"), Weekday.MONDAY.is_start(), Weekday.WEDNESDAY.is_start())
print(round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.value)
try:
    Weekday.parse("funday")
except KeyError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
