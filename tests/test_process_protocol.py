"""The frames a worker sends, as the host reads them (`_process/protocol.py`).

The host lets pydantic parse a frame's JSON and validate it in one call, and reads again with
`json` what pydantic's parser refuses: these tests pin that both readings agree, and that
garbage is refused either way with a `FrameError` naming what is wrong.
"""

from __future__ import annotations

import json
import os
import threading
import time
from typing import Any

import pytest

from monty_agent._process.host import PLAIN_HEAD
from monty_agent._process.protocol import (
    Done,
    FrameError,
    FrameReader,
    encode_line,
    pack,
    pack_run,
    parse_worker_message,
    split_run,
)
from monty_agent._process.worker import parse_head


def _done(value: Any) -> bytes:
    return pack({"op": "done", "ok": True, "value": value})[4:]


VALUES: list[Any] = [
    3,
    -0.0,
    1.5e300,
    10**40,
    "caf\u00e9 \U0001f600",
    "\ud800 lone surrogate",  # pydantic's parser refuses it: read again with json
    [[[[[]]]]],
    {"$list": [1, 2]},
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_a_done_frame_reads_as_json_reads_it(value: Any) -> None:
    message = parse_worker_message(_done(value))
    assert isinstance(message, Done)
    assert message.value == value
    assert type(message.value) is type(value)


def test_values_nested_past_pydantics_parser_limit_are_read_with_json() -> None:
    nested: Any = []
    for _ in range(500):  # pydantic's parser stops at 200 levels
        nested = [nested]
    message = parse_worker_message(_done(nested))
    assert isinstance(message, Done)
    assert message.value == nested


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"hello", "not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON|nested too deeply"),
        (b'{"op": "launch"}', "malformed message"),
        (b'{"op": "done", "ok": "maybe"}', r"malformed message \(at done.ok"),
        (b'{"op": "done", "ok": true, "extra": 1}', r"malformed message \(at done.extra"),
        (b'{"op": "wait", "timeout": -1}', r"malformed message \(at wait.timeout"),
    ],
)
def test_garbage_is_refused_with_what_is_wrong(body: bytes, expected: str) -> None:
    with pytest.raises(FrameError, match=expected):
        parse_worker_message(body)


def test_frames_are_compact_ascii_json_with_a_length_prefix() -> None:
    frame = pack({"op": "print", "stream": "stdout", "text": "caf\u00e9\n"})
    body = frame[4:]
    assert int.from_bytes(frame[:4], "big") == len(body)
    assert body == b'{"op":"print","stream":"stdout","text":"caf\\u00e9\\n"}'
    assert json.loads(body)["text"] == "caf\u00e9\n"


def test_frames_refuse_nan_and_infinities() -> None:
    with pytest.raises(ValueError, match="Out of range float"):
        pack({"op": "done", "ok": True, "value": float("nan")})


def test_a_spinning_reader_reads_frames_sent_during_and_after_its_spin(
    pipe: tuple[int, int],
) -> None:
    """A worker's reader polls a while for the next frame before its read blocks: a frame
    written during that time, after it, or the end of the stream are all read as without."""
    read_fd, write_fd = pipe
    reader = FrameReader(read_fd, spin=0.05)

    def send_later(delay: float, data: bytes) -> threading.Thread:
        def send() -> None:
            time.sleep(delay)
            os.write(write_fd, data)

        thread = threading.Thread(target=send, daemon=True)
        thread.start()
        return thread

    for delay in (0.0, 0.01, 0.2):  # before, during and after the spin
        sent = send_later(delay, pack({"op": "print", "stream": "stdout", "text": str(delay)}))
        assert json.loads(reader.read())["text"] == str(delay)
        sent.join()
    os.close(write_fd)
    with pytest.raises(FrameError, match="the stream ended"):
        reader.read()


def test_a_run_frame_is_its_numbered_head_and_its_spec() -> None:
    head = encode_line({"op": "run", "inputs": {"$dict": [["x", "a\nb"]]}, "os": None})
    spec = encode_line({"code": "x\n1", "limits": {}})
    frame = pack_run(head, 12, spec)
    body = frame[4:]
    assert int.from_bytes(frame[:4], "big") == len(body)
    first, second = split_run(body)
    assert json.loads(first) == {
        "op": "run",
        "inputs": {"$dict": [["x", "a\nb"]]},
        "os": None,
        "run": 12,
    }
    assert json.loads(second) == {"code": "x\n1", "limits": {}}
    assert split_run(pack({"op": "reply", "seq": 1})[4:]) == (b'{"op":"reply","seq":1}', b"")


@pytest.mark.parametrize(
    "head",
    [
        PLAIN_HEAD,  # the worker reads this one without the JSON parser
        encode_line({"op": "run", "inputs": {"$dict": [["x", 1]]}, "os": None}),
        encode_line({"op": "run", "inputs": {"$dict": []}, "os": {"sleep": "skip"}}),
    ],
)
@pytest.mark.parametrize("run", [0, 7, 10**12])
def test_the_worker_reads_a_run_head_as_json_reads_it(head: bytes, run: int) -> None:
    first, _ = split_run(pack_run(head, run, b"{}")[4:])
    assert parse_head(first) == json.loads(first)


@pytest.mark.parametrize(
    "head",
    [
        PLAIN_HEAD[:-1] + b',"run":-1}',
        PLAIN_HEAD[:-1] + b',"run":1.5}',
        PLAIN_HEAD[:-1] + b',"run":1,"x":2}',
        b'{"op":"reply","seq":3}',
    ],
)
def test_heads_that_only_start_like_a_plain_run_are_read_as_json(head: bytes) -> None:
    assert parse_head(head) == json.loads(head)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"op":"done","ok":true,"value":1,"extra":2}', r"malformed message \(at done.extra"),
        (b'{"op":"done","ok":true,"value":}', "not JSON"),
        (b'{"op":"done","ok":true,"value":[1}', "not JSON"),
    ],
)
def test_a_done_frame_that_only_starts_right_is_validated_in_full(
    body: bytes, expected: str
) -> None:
    with pytest.raises(FrameError, match=expected):
        parse_worker_message(body)


def test_a_done_frame_with_more_fields_is_validated_by_pydantic() -> None:
    message = parse_worker_message(
        pack({"op": "done", "ok": True, "value": [1, "a"], "os_offset": 2.5})[4:]
    )
    assert message == Done(op="done", ok=True, value=[1, "a"], os_offset=2.5)
    assert parse_worker_message(_done(None)) == Done(op="done", ok=True, value=None)


def test_frames_split_across_reads_or_sharing_one_are_read_one_by_one(
    pipe: tuple[int, int],
) -> None:
    read_fd, write_fd = pipe
    reader = FrameReader(read_fd)
    first = pack({"op": "print", "stream": "stdout", "text": "one"})
    second = pack({"op": "print", "stream": "stderr", "text": "two"})
    os.write(write_fd, first + second)  # two frames in one read
    assert json.loads(reader.read())["text"] == "one"
    assert json.loads(reader.read())["text"] == "two"
    os.write(write_fd, first[:3])  # a frame cut inside its header, then its body
    later = threading.Timer(0.05, lambda: os.write(write_fd, first[3:]))
    later.start()
    assert json.loads(reader.read())["text"] == "one"
    later.join()


def test_reading_what_is_available_never_blocks(pipe: tuple[int, int]) -> None:
    # the host's event loop reads a worker's frames this way: a frame that has not all come
    # yet is None (the loop waits for more), whatever way it was cut
    read_fd, write_fd = pipe
    reader = FrameReader(read_fd)
    first = pack({"op": "print", "stream": "stdout", "text": "one"})
    second = pack({"op": "print", "stream": "stderr", "text": "two"})
    assert not reader.ready()
    assert reader.read_available() is None  # nothing came
    os.write(write_fd, first[:3])  # cut inside the header
    assert reader.ready()
    assert reader.read_available() is None
    assert not reader.ready()  # the rest has not come: nothing to do meanwhile
    os.write(write_fd, first[3:10])  # cut inside the body
    assert reader.read_available() is None
    os.write(write_fd, first[10:] + second)  # the rest, and a second frame with it
    assert json.loads(reader.read_available() or b"")["text"] == "one"
    assert reader.ready()  # the second is whole in the buffer
    assert json.loads(reader.read_available() or b"")["text"] == "two"
    assert reader.read_available() is None
    os.write(write_fd, first)  # one read, one frame: taken as it came
    assert json.loads(reader.read_available() or b"")["text"] == "one"
    os.write(write_fd, second[:5])
    assert reader.read_available() is None
    os.close(write_fd)
    assert reader.ready()
    with pytest.raises(FrameError, match="the stream ended mid-frame"):
        reader.read_available()


def test_reading_what_is_available_refuses_an_oversized_frame(pipe: tuple[int, int]) -> None:
    read_fd, write_fd = pipe
    reader = FrameReader(read_fd, max_frame=10)
    os.write(write_fd, b"\x00\x00\x00\x0b{}")
    with pytest.raises(FrameError, match="a frame of 11 bytes"):
        reader.read_available()
