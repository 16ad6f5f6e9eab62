from typing import Optional, Union, List, Dict, Tuple, Any


def mean(values: List[float]) -> Optional[float]:
    return sum(values) / len(values) if values else None


def parse(raw: Union[str, int]) -> int:
    return raw if isinstance(raw, int) else int(raw.strip())


def group(pairs: List[Tuple[str, int]]) -> Dict[str, List[int]]:
    out: Dict[str, List[int]] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


counter: int = 0
name: str
config: Dict[str, Any] = {"debug": True}
print(mean([1.0, 2.0, 4.5]), mean([]))
print(parse(" 42 "), parse(7))
print(group([("a", 1), ("b", 2), ("a", 3)]))
print(counter, config, mean.__annotations__["return"] == Optional[float])
try:
    name
    status = "ok"
except NameError as e:
    status = ("error", str(e))
status
