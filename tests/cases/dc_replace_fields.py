from dataclasses import dataclass, replace, fields, field


@dataclass(frozen=True)
class Settings:
    theme: str = "light"
    font_size: int = 12
    plugins: tuple[str, ...] = ()
    secret: str = field(default="hunter2", repr=False)


base = Settings()
dark = replace(base, theme="dark", plugins=("git",))
print(base)
print(dark, dark.secret)
print([(f.name, f.type.__name__, f.repr) for f in fields(Settings)])
print([f.name for f in fields(dark)], [f.default for f in fields(Settings)])
try:
    replace(base, colour="red")
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
