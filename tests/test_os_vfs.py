"""The virtual file system behind `OSAccess`: memory files, mounts and their walls."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from monty_agent._os import MemoryFile, MountDir, OSAccess, normalize


@pytest.fixture
def host(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    (data / "sub").mkdir(parents=True)
    (data / "a.txt").write_text("alpha")
    (data / "sub" / "b.txt").write_text("beta")
    (tmp_path / "secret.txt").write_text("host secret")
    os.symlink(tmp_path / "secret.txt", data / "escape.txt")
    os.symlink(tmp_path, data / "up")
    return data


def test_paths_are_normalized_lexically_so_dotdot_cannot_climb_out() -> None:
    assert normalize("a/../../..//etc/passwd") == "/etc/passwd"
    assert normalize("/data/../data/./x") == "/data/x"
    with pytest.raises(ValueError, match="null byte"):
        normalize("/data/\0x")


def test_memory_files_are_private_to_each_run() -> None:
    access = OSAccess(files=[MemoryFile("/config.json", '{"debug": true}')])
    first = access.open_run()
    assert first.read_bytes("config.json") == b'{"debug": true}'
    first.write_bytes("/config.json", b"{}")
    first.write_bytes("/notes.txt", b"hi")
    assert first.listdir("/") == ["config.json", "notes.txt"]
    second = access.open_run()
    assert second.read_bytes("/config.json") == b'{"debug": true}'
    assert not second.exists("/notes.txt")


def test_a_read_only_mount_reads_but_refuses_writes(host: Path) -> None:
    fs = OSAccess(mounts=[MountDir("/data", host)]).open_run()
    assert fs.read_bytes("/data/sub/b.txt") == b"beta"
    assert fs.listdir("/data") == ["a.txt", "escape.txt", "sub", "up"]
    assert fs.listdir("/") == ["data"]
    for write in (
        lambda: fs.write_bytes("/data/a.txt", b"x"),
        lambda: fs.mkdir("/data/new"),
        lambda: fs.unlink("/data/a.txt"),
    ):
        with pytest.raises(PermissionError):
            write()
    assert (host / "a.txt").read_text() == "alpha"


def test_symlinks_pointing_out_of_a_mount_are_refused(host: Path) -> None:
    fs = OSAccess(mounts=[MountDir("/data", host)]).open_run()
    with pytest.raises(PermissionError):
        fs.read_bytes("/data/escape.txt")
    with pytest.raises(PermissionError):
        fs.read_bytes("/data/up/secret.txt")
    with pytest.raises(FileNotFoundError):
        fs.read_bytes("/data/../secret.txt")  # lexically /secret.txt: outside every mount
    assert not fs.exists("/data/escape.txt")


def test_an_overlay_mount_keeps_writes_in_the_run(host: Path) -> None:
    access = OSAccess(mounts=[MountDir("/data", host, mode="overlay")])
    fs = access.open_run()
    fs.write_bytes("/data/a.txt", b"changed")
    fs.write_bytes("/data/new.txt", b"new", append=True)
    fs.unlink("/data/sub/b.txt")
    assert fs.read_bytes("/data/a.txt") == b"changed"
    assert "new.txt" in fs.listdir("/data") and fs.listdir("/data/sub") == []
    assert (host / "a.txt").read_text() == "alpha"
    assert not (host / "new.txt").exists() and (host / "sub" / "b.txt").exists()
    assert access.open_run().read_bytes("/data/a.txt") == b"alpha"


def test_a_read_write_mount_writes_through(host: Path) -> None:
    fs = OSAccess(mounts=[MountDir("/data", host, mode="read-write")]).open_run()
    fs.write_bytes("/data/out.txt", b"report")
    fs.mkdir("/data/deep/er", parents=True)
    assert (host / "out.txt").read_text() == "report"
    assert (host / "deep" / "er").is_dir()
    with pytest.raises(PermissionError):
        fs.write_bytes("/data/up/planted.txt", b"x")  # through a symlink that leaves the mount


def test_reads_and_writes_are_capped() -> None:
    access = OSAccess(files=[MemoryFile("/big", b"x" * 100)], max_read_bytes=50, max_write_bytes=10)
    fs = access.open_run()
    with pytest.raises(OSError, match="at most 50 bytes"):
        fs.read_bytes("/big")
    with pytest.raises(OSError, match="at most 10 bytes"):
        fs.write_bytes("/out", b"y" * 11)


def test_errors_read_like_the_oss() -> None:
    fs = OSAccess(files=[MemoryFile("/dir/f.txt", "x")]).open_run()
    with pytest.raises(FileNotFoundError, match=r"\[Errno 2\] No such file or directory: '/nope'"):
        fs.read_bytes("/nope")
    with pytest.raises(IsADirectoryError):
        fs.read_bytes("/dir")
    with pytest.raises(NotADirectoryError):
        fs.listdir("/dir/f.txt")
    with pytest.raises(FileExistsError):
        fs.mkdir("/dir")
    with pytest.raises(FileNotFoundError):
        fs.write_bytes("/missing/x.txt", b"")
    assert fs.stat("/dir/f.txt")["st_size"] == 1


def test_mounts_may_not_overlap_on_the_host(host: Path) -> None:
    with pytest.raises(ValueError, match="overlap"):
        OSAccess(mounts=[MountDir("/a", host), MountDir("/b", host / "sub")])
    with pytest.raises(ValueError, match="not a directory"):
        MountDir("/x", host / "a.txt")


def test_environ_is_a_dict_or_a_callback() -> None:
    assert OSAccess().getenv("HOME") is None
    access = OSAccess(environ={"MODE": "test"})
    assert (access.getenv("MODE"), access.getenv("HOME"), access.environ_names()) == (
        "test",
        None,
        ["MODE"],
    )
    asked: list[str] = []

    def lookup(name: str) -> str | None:
        asked.append(name)
        return "v" if name == "KEY" else None

    access = OSAccess(environ=lookup)
    assert (access.getenv("KEY"), access.getenv("OTHER"), asked) == ("v", None, ["KEY", "OTHER"])
