from dataclasses import dataclass, asdict, astuple, field


@dataclass
class Address:
    city: str
    zip_code: str


@dataclass
class Customer:
    name: str
    address: Address
    tags: list[str] = field(default_factory=list)
    orders: dict[str, Address] = field(default_factory=dict)


c = Customer("Ivy", Address("Oslo", "0150"), ["vip"], {"o1": Address("Bergen", "5003")})
d = asdict(c)
print(d)
print(astuple(c))
d["address"]["city"] = "Changed"
print(c.address.city, type(d["address"]).__name__)
try:
    asdict({"not": "a dataclass"})
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
