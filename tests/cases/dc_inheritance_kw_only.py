from dataclasses import dataclass, field, KW_ONLY


@dataclass
class Base:
    id: int
    created_by: str = "system"


@dataclass
class Document(Base):
    title: str = "untitled"
    pages: list[int] = field(default_factory=list)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3


print(Document(1), Document(2, "ann", "Report", [1, 2]))
print(Options(level=3), Job("backup"), Job("sync", retries=5))
try:
    Options(True, 3)
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
