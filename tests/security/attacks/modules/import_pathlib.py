# attack: pathlib.Path(...).read_text() / write_text()
import pathlib
print(pathlib.Path(canary_path).read_text())
pathlib.Path(canary_write_path).write_text("x")
