from pathlib import Path, PurePath, PurePosixPath

p = Path("/data/reports/2024/summary.tar.gz")
print(p, repr(PurePosixPath("a/b")), p.name, p.stem, p.suffix, p.suffixes)
print(p.parent, p.parent.parent.name, [str(x) for x in p.parents][:2], p.parts)
print(p.anchor, p.root, repr(p.drive), p.is_absolute(), Path("rel/x").is_absolute())
q = p.with_suffix(".csv")
print(q, p.with_name("other.txt"), p.with_stem("total"))
print(Path("/data") / "x" / "y.txt", "/root" / PurePosixPath("x"), Path("a").joinpath("b", "c"))
print(p.relative_to("/data"), p.is_relative_to("/data"), p.is_relative_to("/other"))
print(p.match("*.gz"), p.match("reports/*/*.gz"), p.match("*.csv"))
print(Path("a/b") == Path("a/b"), Path("a") < Path("b"), len({Path("a"), Path("a/")}))
print(isinstance(p, PurePath), p.as_posix(), str(Path("a//b/./c")), Path("/x").as_uri())
print(sorted([Path("b"), Path("a/c"), Path("a")]))
try:
    p.relative_to("/elsewhere")
except ValueError as e:
    print("ValueError", e)
try:
    Path("x").with_suffix("bad")
except ValueError as e:
    print("ValueError", e)
