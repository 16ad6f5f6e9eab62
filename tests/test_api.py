"""The host-facing API of `monty_agent`: `MontyRun`, its errors, inputs, external functions,
printing and the conversion of returned values."""

from __future__ import annotations

import datetime
import decimal
import fractions
import gc
import sys
import threading
import time
import uuid

import anyio
import pytest
from monty_interpreter import CheckError, Program
from monty_interpreter.compile import compile_source
from monty_interpreter.execute.runtime import Runtime

from monty_agent import (
    MontyError,
    MontyObject,
    MontyRun,
    MontyRuntimeError,
    MontySyntaxError,
    ResourceLimits,
    Sandbox,
    StackFrame,
)


def run(code: str, **kwargs: object) -> object:
    return MontyRun(code).run(**kwargs)  # type: ignore[arg-type]


def runtime_error(code: str, **kwargs: object) -> MontyRuntimeError:
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun(code).run(**kwargs)  # type: ignore[arg-type]
    return info.value


# ---------------------------------------------------------------------------------------------
# Construction and compile errors
# ---------------------------------------------------------------------------------------------


def test_construction_keeps_its_arguments() -> None:
    m = MontyRun("x + y", inputs=["x", "y"], external_functions=["f"], script_name="calc.py")
    assert m.code == "x + y"
    assert m.inputs == ("x", "y")
    assert m.external_functions == ("f",)
    assert m.script_name == "calc.py"


def test_syntax_error_fields_and_display() -> None:
    with pytest.raises(MontySyntaxError) as info:
        MontyRun("y = 1\nx = (1,")
    err = info.value
    assert isinstance(err, MontyError)
    assert err.message == "'(' was never closed"
    assert err.filename == "main.py"
    assert err.lineno == 2
    assert err.col_offset == 4
    assert err.source_line == "x = (1,"
    expected = "\n".join(
        [
            '  File "main.py", line 2',
            "    x = (1,",
            "        ^",
            "SyntaxError: '(' was never closed",
        ]
    )
    assert err.display() == expected
    assert str(err) == expected


def test_syntax_error_caret_is_placed_relative_to_the_stripped_line() -> None:
    with pytest.raises(MontySyntaxError) as info:
        MontyRun("if True:\n    x = )\n", script_name="agent.py")
    err = info.value
    assert (err.filename, err.lineno, err.col_offset) == ("agent.py", 2, 8)
    assert err.source_line == "    x = )"
    assert err.display().splitlines() == [
        '  File "agent.py", line 2',
        "    x = )",
        "        ^",
        "SyntaxError: unmatched ')'",
    ]


def test_refused_construct_is_a_syntax_error_with_location() -> None:
    with pytest.raises(MontySyntaxError) as info:
        MontyRun("import json\nvalue = json.__globals__\n")
    err = info.value
    assert err.lineno == 2
    assert err.col_offset == 13  # the caret points at the refused attribute
    assert err.source_line == "value = json.__globals__"
    assert "'__globals__'" in err.message
    assert "not allowed in the sandbox" in err.message
    assert err.display().endswith("SyntaxError: " + err.message)


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("x = __builtins__", "'__builtins__'"),
        ("__m_ga__(1, 'real')", "reserved by the sandbox"),
        ("from . import sibling", "relative imports"),
        ("class A:\n    def __del__(self):\n        pass", "__del__"),
        ("x.__m_ga__", "the attribute '__m_ga__' is reserved by the sandbox"),
        ("f(__m_x=1)", "the keyword '__m_x' is reserved by the sandbox"),
        ("def __m_f():\n    pass", "the name '__m_f' is reserved by the sandbox"),
        ("class __m_C:\n    pass", "the name '__m_C' is reserved by the sandbox"),
        ("def __init__():\n    pass", "the name '__init__' is not available in the sandbox"),
        ("match 1:\n    case int(__globals__=y):\n        pass", "'__globals__'"),
        ("[x for x.a in [1]]", "assigning to an attribute in a comprehension"),
    ],
)
def test_refused_programs(code: str, fragment: str) -> None:
    with pytest.raises(MontySyntaxError) as info:
        MontyRun(code)
    assert fragment in info.value.message


@pytest.mark.parametrize(
    ("code", "lineno", "message"),
    [
        ("return 1", 1, "'return' outside function"),
        ("x = 1\nbreak", 2, "'break' outside loop"),
        ("nonlocal x", 1, "nonlocal declaration not allowed at module level"),
        (
            "def f():\n    x = 1\n    global x",
            3,
            "name 'x' is assigned to before global declaration",
        ),
        ("def f():\n    await g()", 2, "'await' outside async function"),
    ],
)
def test_errors_found_by_the_compiler_are_syntax_errors(
    code: str, lineno: int, message: str
) -> None:
    with pytest.raises(MontySyntaxError) as info:
        MontyRun(code)
    err = info.value
    assert (err.lineno, err.message) == (lineno, message)
    assert err.source_line == code.splitlines()[lineno - 1]
    assert err.display().endswith(f"SyntaxError: {message}")


def test_source_that_cannot_be_encoded_is_refused() -> None:
    with pytest.raises(MontySyntaxError) as info:
        MontyRun("x = '\udcff'")
    assert info.value.message.startswith("source could not be parsed")
    assert info.value.lineno is None


def test_syntax_error_without_a_location_displays_the_file_only() -> None:
    with pytest.raises(MontySyntaxError) as info:
        MontyRun("x = 1\x00")
    err = info.value
    assert err.lineno is None
    assert err.source_line is None
    assert err.display() == 'File "main.py"\nSyntaxError: ' + err.message
    assert "null bytes" in err.message


def test_indentation_error_is_displayed_as_indentation_error() -> None:
    with pytest.raises(MontySyntaxError) as info:
        MontyRun("x = 1\n    y = 2\n")
    assert info.value.display().endswith("IndentationError: unexpected indent")


def test_nothing_runs_when_the_program_is_refused() -> None:
    printed: list[str] = []
    with pytest.raises(MontySyntaxError):
        MontyRun("print('before')\nx.__globals__").run(
            print_callback=lambda _s, text: printed.append(text)
        )
    assert printed == []


# ---------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------


def test_inputs_are_bound_as_globals() -> None:
    m = MontyRun("def f():\n    return x * 2\nf() + y", inputs=["x", "y"])
    assert m.run(inputs={"x": 20, "y": 2}) == 42
    assert m.run(inputs={"x": 1, "y": 0}) == 2


def test_missing_input_is_a_host_type_error() -> None:
    m = MontyRun("x + y", inputs=["x", "y"])
    with pytest.raises(TypeError, match="missing inputs: y"):
        m.run(inputs={"x": 1})
    with pytest.raises(TypeError, match="missing inputs: x, y"):
        m.run()


def test_unexpected_input_is_a_host_type_error() -> None:
    m = MontyRun("x", inputs=["x"])
    with pytest.raises(TypeError, match=r"unexpected inputs .*: extra"):
        m.run(inputs={"x": 1, "extra": 2})
    with pytest.raises(TypeError, match="unexpected inputs"):
        MontyRun("1").run(inputs={"x": 1})


def test_inputs_are_copied_into_the_sandbox() -> None:
    data = {"items": [1, 2], "pair": (3, 4), "tags": {"a"}}
    result = MontyRun(
        "data['items'].append(3)\ndata['tags'].add('b')\ndata['new'] = 1\ndata", inputs=["data"]
    ).run(inputs={"data": data})
    assert result == {"items": [1, 2, 3], "pair": (3, 4), "tags": {"a", "b"}, "new": 1}
    # the host's objects are untouched: the sandbox worked on plain copies
    assert data == {"items": [1, 2], "pair": (3, 4), "tags": {"a"}}


def test_input_subclasses_of_builtins_arrive_as_plain_builtins() -> None:
    class MyInt(int):
        pass

    class MyStr(str):
        pass

    class MyList(list[int]):
        pass

    result = MontyRun(
        "[type(a) is int, type(b) is str, type(c) is list, a + 1, b.upper(), c]",
        inputs=["a", "b", "c"],
    ).run(inputs={"a": MyInt(4), "b": MyStr("hi"), "c": MyList([1])})
    assert result == [True, True, True, 5, "HI", [1]]


def test_host_object_input_is_an_opaque_record() -> None:
    class Secret:
        def __init__(self) -> None:
            self.token = "xyz"

    result = MontyRun(
        "r = [type(s).__name__, hasattr(s, 'token')]\n"
        "try:\n    s.token\nexcept AttributeError as e:\n    r.append('denied')\nr",
        inputs=["s"],
    ).run(inputs={"s": Secret()})
    assert result == ["Record", False, "denied"]


def test_value_type_inputs_pass_through() -> None:
    values = {
        "d": datetime.date(2024, 1, 2),
        "dec": decimal.Decimal("1.5"),
        "fr": fractions.Fraction(1, 3),
        "u": uuid.UUID(int=7),
    }
    result = MontyRun("[d, dec, fr, u]", inputs=list(values)).run(inputs=values)
    assert result == list(values.values())


# ---------------------------------------------------------------------------------------------
# External functions
# ---------------------------------------------------------------------------------------------


def test_external_functions_are_called_inline_with_plain_arguments() -> None:
    events: list[object] = []

    def fetch(*args: object, **kwargs: object) -> dict[str, object]:
        events.append(("call", args, kwargs))
        return {"n": len(args)}

    code = (
        "class P:\n"
        "    def __init__(self):\n"
        "        self.x = 1\n"
        "print('before')\n"
        "r = fetch(1, [2, 3], P(), key=(4, {5}))\n"
        "print('after', r['n'])\n"
        "r"
    )
    result = MontyRun(code, external_functions=["fetch"]).run(
        external_functions={"fetch": fetch},
        print_callback=lambda _s, text: events.append(("print", text)),
    )
    assert result == {"n": 3}
    assert events[0] == ("print", "before\n")
    assert events[2] == ("print", "after 3\n")
    _, args, kwargs = events[1]  # type: ignore[misc]
    assert args == (1, [2, 3], MontyObject("P", {"x": 1}))
    assert type(args[1]) is list
    assert kwargs == {"key": (4, {5})}


def test_external_function_results_are_converted() -> None:
    host_list = [1, 2]

    class HostThing:
        def __init__(self) -> None:
            self.secret = "s3cr3t"

    def get() -> dict[str, object]:
        return {"list": host_list, "thing": HostThing()}

    code = (
        "r = get()\n"
        "r['list'].append(3)\n"
        "[r['list'], type(r['thing']).__name__, hasattr(r['thing'], 'secret')]"
    )
    result = MontyRun(code, external_functions=["get"]).run(external_functions={"get": get})
    assert result == [[1, 2, 3], "Record", False]
    assert host_list == [1, 2]


def test_external_function_keeps_its_name() -> None:
    result = MontyRun("fetch.__name__", external_functions=["fetch"]).run(
        external_functions={"fetch": lambda: None}
    )
    assert result == "fetch"


def test_declared_external_function_must_be_given() -> None:
    m = MontyRun("f()", external_functions=["f"])
    with pytest.raises(TypeError, match="external function 'f' was declared"):
        m.run()


def test_undeclared_external_function_is_refused() -> None:
    with pytest.raises(TypeError, match=r"undeclared external functions .*: extra"):
        MontyRun("1").run(external_functions={"extra": len})


def test_async_external_function_is_refused() -> None:
    async def fetch() -> int:
        return 1

    with pytest.raises(TypeError, match="external function 'fetch' is async"):
        MontyRun("fetch()", external_functions=["fetch"]).run(external_functions={"fetch": fetch})


def test_host_builtin_exception_arrives_as_same_type() -> None:
    def lookup(key: str) -> object:
        raise KeyError(key)

    code = "try:\n    lookup('k')\nexcept KeyError as e:\n    r = ('caught', e.args)\nr"
    result = MontyRun(code, external_functions=["lookup"]).run(
        external_functions={"lookup": lookup}
    )
    assert result == ("caught", ("k",))


def test_host_builtin_exception_without_args() -> None:
    def fail() -> None:
        raise ValueError

    code = "try:\n    fail()\nexcept ValueError as e:\n    r = e.args\nr"
    result = MontyRun(code, external_functions=["fail"]).run(external_functions={"fail": fail})
    assert result == ()


def test_host_custom_exception_arrives_as_runtime_error() -> None:
    class ServiceError(Exception):
        pass

    def call() -> None:
        raise ServiceError("service unavailable")

    code = "try:\n    call()\nexcept RuntimeError as e:\n    r = (type(e).__name__, str(e))\nr"
    result = MontyRun(code, external_functions=["call"]).run(external_functions={"call": call})
    assert result == ("RuntimeError", "service unavailable")


def test_uncaught_host_exception_ends_the_run_with_sandbox_frames_only() -> None:
    def call(x: int) -> int:
        raise ValueError(f"bad value {x}")

    m = MontyRun("def go():\n    return call(3)\ngo()", external_functions=["call"])
    with pytest.raises(MontyRuntimeError) as info:
        m.run(external_functions={"call": call})
    err = info.value
    assert (err.type_name, err.message) == ("ValueError", "bad value 3")
    assert [(f.lineno, f.function) for f in err.frames] == [(3, "<module>"), (2, "go")]
    assert "test_api.py" not in err.display()


# ---------------------------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------------------------


def test_print_callback_receives_exact_text() -> None:
    calls: list[tuple[str, str]] = []
    MontyRun(
        "print('a', 'b', sep='-', end='!')\n"
        "print()\n"
        "print(1, 2.5, None)\n"
        "print('x', end='')\n"
        "print('p', 'q', sep=None, end=None)\n"
        "print('é', [1, 'two'])\n"
    ).run(print_callback=lambda stream, text: calls.append((stream, text)))
    assert calls == [
        ("stdout", "a-b!"),
        ("stdout", "\n"),
        ("stdout", "1 2.5 None\n"),
        ("stdout", "x"),
        ("stdout", "p q\n"),
        ("stdout", "é [1, 'two']\n"),
    ]


def test_print_uses_sandbox_str() -> None:
    calls: list[str] = []
    MontyRun("class P:\n    def __str__(self):\n        return 'P!'\nprint(P())").run(
        print_callback=lambda _s, text: calls.append(text)
    )
    assert calls == ["P!\n"]


def test_print_rejects_bad_sep_and_end() -> None:
    err = runtime_error("print(1, sep=1)", print_callback=lambda _s, _t: None)
    assert (err.type_name, err.message) == ("TypeError", "sep must be None or a string, not int")
    err = runtime_error("print(1, end=b'')", print_callback=lambda _s, _t: None)
    assert (err.type_name, err.message) == ("TypeError", "end must be None or a string, not bytes")


def test_print_to_a_sandbox_file_object() -> None:
    calls: list[str] = []
    code = (
        "class Buf:\n"
        "    def __init__(self):\n"
        "        self.parts = []\n"
        "    def write(self, s):\n"
        "        self.parts.append(s)\n"
        "b = Buf()\n"
        "print('hello', 'world', file=b)\n"
        "b.parts"
    )
    result = MontyRun(code).run(print_callback=lambda _s, text: calls.append(text))
    assert result == ["hello world\n"]
    assert calls == []


def test_default_print_goes_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    result = MontyRun("print('hello', 42)\nprint('x', end='')\n7").run()
    assert result == 7
    captured = capsys.readouterr()
    assert captured.out == "hello 42\nx"
    assert captured.err == ""


# ---------------------------------------------------------------------------------------------
# Returned values
# ---------------------------------------------------------------------------------------------


def test_no_final_expression_returns_none() -> None:
    assert run("x = 1") is None
    assert run("") is None
    assert run("def f():\n    return 1") is None


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("1 + 1", 2),
        ("'a' + 'b'", "ab"),
        ("b'xy'", b"xy"),
        ("1.5", 1.5),
        ("2j", 2j),
        ("None", None),
        ("True", True),
        ("[1, (2, 3), {'k': {4}}, frozenset({5})]", [1, (2, 3), {"k": {4}}, frozenset({5})]),
        ("bytearray(b'ab')", b"ab"),
        ("{(1, 2): [3]}", {(1, 2): [3]}),
    ],
)
def test_plain_values(code: str, expected: object) -> None:
    result = run(code)
    assert result == expected
    assert type(result) is type(expected)


def test_nested_containers_are_plain_builtin_types() -> None:
    code = (
        "class L(list): pass\n"
        "class D(dict): pass\n"
        "class T(tuple): pass\n"
        "class S(set): pass\n"
        "class I(int): pass\n"
        "class F(float): pass\n"
        "class B(bytes): pass\n"
        "class St(str): pass\n"
        "[L([1]), D(a=1), T((1,)), S({1}), I(5), F(1.5), B(b'x'), St('s'), True]"
    )
    result = run(code)
    assert result == [[1], {"a": 1}, (1,), {1}, 5, 1.5, b"x", "s", True]
    assert [type(v) for v in result] == [list, dict, tuple, set, int, float, bytes, str, bool]  # type: ignore[union-attr]


def test_cycles_are_preserved() -> None:
    lst = run("a = [1]\na.append(a)\na")
    assert isinstance(lst, list)
    assert lst[0] == 1
    assert lst[1] is lst
    d = run("d = {}\nd['self'] = d\nd")
    assert isinstance(d, dict)
    assert d["self"] is d


def test_shared_references_stay_shared() -> None:
    result = run("x = [1]\n[x, x]")
    assert isinstance(result, list)
    assert result[0] is result[1]


def test_sandbox_instance_becomes_a_read_only_record() -> None:
    p = run(
        "class Point:\n"
        "    def __init__(self, x, y):\n"
        "        self.x = x\n"
        "        self.y = [y]\n"
        "Point(1, 2)"
    )
    assert isinstance(p, MontyObject)
    assert p.type_name == "Point"
    assert p.x == 1
    assert p.y == [2]
    assert p.attributes == {"x": 1, "y": [2]}
    assert repr(p) == "Point(x=1, y=[2])"
    with pytest.raises(AttributeError, match="'Point' record has no attribute 'z'"):
        _ = p.z
    with pytest.raises(AttributeError, match="read-only"):
        p.x = 5
    # `attributes` is a copy
    p.attributes["x"] = 99
    assert p.x == 1


def test_records_compare_by_type_name_and_attributes() -> None:
    code = "class P:\n    def __init__(self, v):\n        self.v = v\n[P(1), P(1), P(2)]"
    a, b, c = run(code)  # type: ignore[misc]
    assert a == b
    assert a != c
    assert a == MontyObject("P", {"v": 1})
    assert a != MontyObject("Q", {"v": 1})
    assert a != {"v": 1}
    assert hash(a) == hash(b)
    assert len({a, b, c}) == 2


def test_record_cycles() -> None:
    code = "class Node:\n    def __init__(self):\n        self.children = [self]\nNode()"
    node = run(code)
    assert isinstance(node, MontyObject)
    assert node.children[0] is node
    assert repr(node) == "Node(children=[...])"
    # records with cycles compare (and do not recurse forever)
    other = run(code)
    assert node == node
    assert node == other
    assert other == node


def test_records_as_set_members_and_dict_keys() -> None:
    result = run("class K:\n    pass\nk = K()\n[{k}, {k: 1}]")
    assert isinstance(result, list)
    (member,) = result[0]
    assert member == MontyObject("K", {})
    assert result[1] == {MontyObject("K", {}): 1}


def test_unhashable_converted_key_falls_back_to_repr() -> None:
    result = run("class HL(list):\n    def __hash__(self):\n        return 1\n{HL([1, 2]): 'v'}")
    assert result == {"[1, 2]": "v"}


def test_namedtuple_dataclass_and_enum_results() -> None:
    nt = run("from collections import namedtuple\nPt = namedtuple('Pt', 'x y')\nPt(1, 2)")
    assert nt == MontyObject("Pt", {"x": 1, "y": 2})
    tnt = run(
        "from typing import NamedTuple\nclass T(NamedTuple):\n    a: int\n    b: str = 'z'\nT(1)"
    )
    assert tnt == MontyObject("T", {"a": 1, "b": "z"})
    dc = run(
        "from dataclasses import dataclass\n"
        "@dataclass\n"
        "class D:\n"
        "    a: int\n"
        "    b: list\n"
        "D(1, [2])"
    )
    assert dc == MontyObject("D", {"a": 1, "b": [2]})
    member = run("from enum import Enum\nclass Color(Enum):\n    RED = 1\nColor.RED")
    assert member == MontyObject("Color", {"name": "RED", "value": 1})
    assert (member.name, member.value) == ("RED", 1)  # type: ignore[union-attr]
    int_member = run("from enum import IntEnum\nclass N(IntEnum):\n    ONE = 1\n[N.ONE, N.ONE + 1]")
    assert int_member == [MontyObject("N", {"name": "ONE", "value": 1}), 2]


def test_slots_deque_and_range_results() -> None:
    slotted = run(
        "class S:\n"
        "    __slots__ = ('a', 'b', 'unset')\n"
        "    def __init__(self):\n"
        "        self.a, self.b = 1, [2]\n"
        "S()"
    )
    assert slotted == MontyObject("S", {"a": 1, "b": [2]})
    assert run("import collections\ncollections.deque([1, (2, 3)])") == [1, (2, 3)]
    assert run("range(1, 10, 2)") == range(1, 10, 2)


def test_functions_and_classes_become_descriptive_records() -> None:
    f, k, lam, builtin, gen, meth, bound_builtin = run(  # type: ignore[misc]
        "def f():\n    pass\n"
        "class K:\n    def m(self):\n        pass\n"
        "def g():\n    yield 1\n"
        "[f, K, lambda: 1, len, g(), K().m, [].append]"
    )
    assert f == MontyObject("<function f>", {})
    assert k == MontyObject("<class 'K'>", {})
    assert lam.type_name == "<function <lambda>>"
    assert builtin.type_name == "<built-in function len>"
    assert gen.type_name == "<generator object>"
    assert meth.type_name == "<function K.m>"
    assert bound_builtin.type_name == "<built-in function append>"
    assert f.attributes == {}
    assert repr(f) == "<function f>"
    assert run("int") == MontyObject("<class 'int'>", {})


def test_builtin_class_results_are_described_as_the_class() -> None:
    # `list`, `dict`, `type`... are proxies inside the sandbox; the record names the class
    assert run("[list, dict, type, type([])]") == [
        MontyObject("<class 'list'>", {}),
        MontyObject("<class 'dict'>", {}),
        MontyObject("<class 'type'>", {}),
        MontyObject("<class 'list'>", {}),
    ]


def test_record_round_trip_through_inputs() -> None:
    first = run("class P:\n    def __init__(self):\n        self.x = 1\nP()")
    again = MontyRun("p", inputs=["p"]).run(inputs={"p": first})
    assert again == first


# ---------------------------------------------------------------------------------------------
# Runtime errors
# ---------------------------------------------------------------------------------------------

TRACEBACK_PROGRAM = """\
def inner(values):
    return values['missing']

def outer():
    return inner({})

outer()
"""


def test_runtime_error_fields() -> None:
    err = runtime_error(TRACEBACK_PROGRAM)
    assert isinstance(err, MontyError)
    assert err.type_name == "KeyError"
    assert err.message == "'missing'"
    assert err.limit is False
    assert err.frames == (
        StackFrame(filename="main.py", lineno=7, function="<module>", source_line="outer()"),
        StackFrame(
            filename="main.py", lineno=5, function="outer", source_line="    return inner({})"
        ),
        StackFrame(
            filename="main.py",
            lineno=2,
            function="inner",
            source_line="    return values['missing']",
        ),
    )


def test_runtime_error_display_formats() -> None:
    err = runtime_error(TRACEBACK_PROGRAM)
    assert err.display() == err.display("traceback")
    assert err.display("traceback") == "\n".join(
        [
            "Traceback (most recent call last):",
            '  File "main.py", line 7, in <module>',
            "    outer()",
            '  File "main.py", line 5, in outer',
            "    return inner({})",
            '  File "main.py", line 2, in inner',
            "    return values['missing']",
            "KeyError: 'missing'",
        ]
    )
    assert err.display("type-msg") == "KeyError: 'missing'"
    assert err.display("msg") == "'missing'"
    assert str(err) == "KeyError: 'missing'"


def test_exception_without_message_displays_type_only() -> None:
    err = runtime_error("raise ValueError")
    assert err.message == ""
    assert err.display("type-msg") == "ValueError"
    assert err.display().endswith("\n    raise ValueError\nValueError")


def test_sandbox_exception_class_and_str() -> None:
    err = runtime_error(
        "class AppError(Exception):\n"
        "    def __str__(self):\n"
        "        return 'custom text'\n"
        "raise AppError()"
    )
    assert (err.type_name, err.message) == ("AppError", "custom text")


@pytest.mark.parametrize(
    "str_body",
    ["raise ValueError('no')", "return 5", "return self.missing"],
    ids=["raises", "not_a_string", "attribute_error"],
)
def test_exception_whose_str_fails_falls_back_to_its_args(str_body: str) -> None:
    err = runtime_error(
        f"class AppError(Exception):\n    def __str__(self):\n        {str_body}\nraise AppError('arg')"
    )
    assert (err.type_name, err.message) == ("AppError", "arg")
    assert err.display("type-msg") == "AppError: arg"


def test_exception_whose_str_never_returns_is_still_reported() -> None:
    code = "class Stuck(Exception):\n    def __str__(self):\n        while True:\n            pass\nraise Stuck('arg')"
    start = time.perf_counter()
    err = runtime_error(code, limits=ResourceLimits(max_duration_secs=0.2))
    assert time.perf_counter() - start < 0.2 + 0.5
    assert (err.type_name, err.message) == ("Stuck", "arg")


def test_traceback_uses_the_script_name() -> None:
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun("x = 1\n1 / 0", script_name="agent_step.py").run()
    err = info.value
    assert [(f.filename, f.lineno) for f in err.frames] == [("agent_step.py", 2)]
    assert 'File "agent_step.py", line 2, in <module>' in err.display()


@pytest.mark.parametrize(
    "code",
    [
        # raised inside a guard (attribute policy)
        "def f():\n    pass\ndef g():\n    return getattr(f, '__glob' + 'als__')\ng()",
        # raised inside a host builtin called back into sandbox code
        "def key(v):\n    return 1 / 0\nsorted([1, 2], key=key)",
        # raised by a guarded size check
        "def grow(n):\n    return 'ab'.center(n)\ngrow(10 ** 12)",
        # raised in a comprehension and in a method
        "class A:\n    def m(self):\n        return [int(x) for x in 'a']\nA().m()",
        # raised inside str.format field resolution
        "'{0.missing}'.format(1)",
    ],
)
def test_traceback_has_only_sandbox_frames(code: str) -> None:
    err = runtime_error(code)
    assert err.frames
    lines = code.splitlines()
    for frame in err.frames:
        assert frame.filename == "main.py"
        assert frame.source_line == lines[frame.lineno - 1]
    text = err.display()
    assert "monty_interpreter" not in text
    assert "monty_agent" not in text
    assert text.count('File "') == len(err.frames)
    assert 'File "main.py"' in text


def test_traceback_function_names() -> None:
    err = runtime_error("class A:\n    def m(self):\n        return [int(x) for x in 'a']\nA().m()")
    assert [f.function for f in err.frames] == ["<module>", "m", "<listcomp>"]


# ---------------------------------------------------------------------------------------------
# Isolation between runs, overhead, compile cache
# ---------------------------------------------------------------------------------------------

STATEFUL = """\
try:
    seen
except NameError:
    seen = []
seen.append(len(seen))

class Counter:
    count = 0

Counter.count += 1
import json
json_loads_ok = json.loads('[1]') == [1]
[seen, Counter.count, json_loads_ok]
"""


def test_state_is_isolated_between_runs_of_the_same_program() -> None:
    m = MontyRun(STATEFUL)
    assert m.run() == [[0], 1, True]
    assert m.run() == [[0], 1, True]


def test_output_and_inputs_are_per_run() -> None:
    m = MontyRun("print(x)\nx", inputs=["x"])
    first: list[str] = []
    second: list[str] = []
    assert m.run(inputs={"x": 1}, print_callback=lambda _s, t: first.append(t)) == 1
    assert m.run(inputs={"x": 2}, print_callback=lambda _s, t: second.append(t)) == 2
    assert first == ["1\n"]
    assert second == ["2\n"]


def test_a_failed_run_does_not_poison_the_next() -> None:
    m = MontyRun("if n > 0:\n    while True:\n        pass\nn", inputs=["n"])
    with pytest.raises(MontyRuntimeError) as info:
        m.run(inputs={"n": 1}, limits=ResourceLimits(max_duration_secs=0.05))
    assert info.value.type_name == "TimeoutError"
    assert m.run(inputs={"n": 0}) == 0
    err = runtime_error("def f():\n    return f()\nf()")
    assert err.type_name == "RecursionError"
    assert MontyRun("def f(n):\n    return n and f(n - 1)\nf(200)").run() == 0


def test_a_run_nested_inside_an_external_function() -> None:
    """A tool may itself run sandbox code: the inner run has its own output, state and limits."""
    inner = MontyRun(
        "print('inner', n)\n[n * 2, 'x'.ljust(3), hasattr(len, '__se' + 'lf__')]", inputs=["n"]
    )

    def sub_agent(n: int) -> list[object]:
        printed: list[str] = []
        result = inner.run(inputs={"n": n}, print_callback=lambda _s, t: printed.append(t))
        try:
            MontyRun("while True:\n    pass").run(limits=ResourceLimits(max_duration_secs=0.05))
        except MontyRuntimeError as exc:
            timeout = exc.type_name
        return [result, printed, timeout]

    outer_printed: list[str] = []
    result = MontyRun(
        "a = sub_agent(3)\n"
        "print('outer')\n"
        "for i in range(20_000):\n"
        "    pass\n"
        "[a, 'y'.center(5), hasattr(len, '__se' + 'lf__')]",
        external_functions=["sub_agent"],
    ).run(
        external_functions={"sub_agent": sub_agent},
        print_callback=lambda _s, t: outer_printed.append(t),
        limits=ResourceLimits(max_duration_secs=30),
    )
    assert result == [[[6, "x  ", False], ["inner 3\n"], "TimeoutError"], "  y  ", False]
    assert outer_printed == ["outer\n"]


def test_runs_in_parallel_threads_are_independent() -> None:
    program = MontyRun(
        "t = 0\nfor k in range(50_000):\n    t += k\nprint(name)\nt", inputs=["name"]
    )
    results: dict[int, object] = {}

    def worker(i: int) -> None:
        printed: list[str] = []
        value = program.run(
            inputs={"name": f"w{i}"}, print_callback=lambda _s, t: printed.append(t)
        )
        results[i] = (value, printed)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {i: (1249975000, [f"w{i}\n"]) for i in range(4)}


def test_recursion_limit_of_the_host_is_restored() -> None:
    before = sys.getrecursionlimit()
    MontyRun("1").run()
    runtime_error("def f():\n    return f()\nf()")
    runtime_error("1 / 0")
    assert sys.getrecursionlimit() == before


def test_sandbox_classes_do_not_leak_between_runs() -> None:
    m = MontyRun("class A:\n    pass\nA()")
    first = m.run()
    second = m.run()
    assert first == second == MontyObject("A", {})


def _live_runtimes() -> int:
    gc.collect()
    return sum(1 for obj in gc.get_objects() if type(obj) is Runtime)


def test_per_call_overhead_is_bounded() -> None:
    """Many runs of one program: it is compiled once and no run keeps its runtime alive."""
    source = "# overhead sanity\ndef sq(v):\n    return v * v\nsq(x)"
    m = MontyRun(source, inputs=["x"])
    baseline = _live_runtimes()
    info_before = compile_source.cache_info()
    results = [m.run(inputs={"x": i}) for i in range(300)]
    info_after = compile_source.cache_info()
    assert results == [i * i for i in range(300)]
    assert info_after.misses == info_before.misses
    assert info_after.currsize == info_before.currsize
    assert _live_runtimes() <= baseline + 1


def test_compile_cache_reuses_the_same_source() -> None:
    source = f"# cache probe {uuid.uuid4()}\n[1, 2, 3]"
    before = compile_source.cache_info()
    first = MontyRun(source)
    mid = compile_source.cache_info()
    second = MontyRun(source)
    after = compile_source.cache_info()
    assert mid.misses == before.misses + 1
    assert after.misses == mid.misses
    assert after.hits == mid.hits + 1
    assert first._program.code is second._program.code
    assert first.run() == second.run() == [1, 2, 3]
    # a different script name is a different compiled program (tracebacks name the file)
    MontyRun(source, script_name="other.py")
    assert compile_source.cache_info().misses == after.misses + 1


def test_compile_errors_are_raised_again_for_the_same_source() -> None:
    for _ in range(2):
        with pytest.raises(MontySyntaxError, match="never closed"):
            MontyRun("f(")


# ---------------------------------------------------------------------------------------------
# Async programs
# ---------------------------------------------------------------------------------------------


def test_top_level_await() -> None:
    code = (
        "async def double(x):\n"
        "    return x * 2\n"
        "async def main():\n"
        "    return [await double(i) for i in range(3)]\n"
        "await main()"
    )
    assert run(code) == [0, 2, 4]


def test_awaiting_something_the_sandbox_cannot_schedule() -> None:
    code = (
        "class Fut:\n"
        "    def __await__(self):\n"
        "        yield 'not None'\n"
        "async def main():\n"
        "    await Fut()\n"
        "await main()"
    )
    err = runtime_error(code)
    assert err.type_name == "RuntimeError"
    assert err.message == "Task got bad yield: 'not None'"  # as asyncio says


# ---------------------------------------------------------------------------------------------
# The interpreter's own entry point
# ---------------------------------------------------------------------------------------------


def test_interpreter_check_error_names_file_line_and_column() -> None:
    with pytest.raises(CheckError) as info:
        Program("x = 1\ny = (", filename="step.py")
    err = info.value
    assert (err.filename, err.lineno, err.kind) == ("step.py", 2, "SyntaxError")
    assert str(err) == f"step.py:2:{err.col_offset + 1}: {err.message}"  # type: ignore[operator]
    with pytest.raises(CheckError) as info:
        Program("x = 1\x00")
    assert str(info.value) == "main.py: " + info.value.message


def test_traceback_shows_the_exception_chain_like_cpython() -> None:
    code = (
        "def load():\n"
        "    try:\n"
        "        {}['b']\n"
        "    except KeyError as e:\n"
        "        raise ValueError('bad config') from e\n"
        "load()\n"
    )
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun(code).run()
    err = info.value
    assert err.cause is not None and err.cause_link == "cause"
    assert (err.cause.type_name, err.cause.message) == ("KeyError", "'b'")
    assert err.display() == (
        "Traceback (most recent call last):\n"
        '  File "main.py", line 3, in load\n'
        "    {}['b']\n"
        "KeyError: 'b'\n"
        "\n"
        "The above exception was the direct cause of the following exception:\n"
        "\n"
        "Traceback (most recent call last):\n"
        '  File "main.py", line 6, in <module>\n'
        "    load()\n"
        '  File "main.py", line 5, in load\n'
        "    raise ValueError('bad config') from e\n"
        "ValueError: bad config"
    )


def test_exception_raised_while_handling_another_keeps_its_context() -> None:
    code = "try:\n    1 / 0\nexcept ZeroDivisionError:\n    int('x')\n"
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun(code).run()
    err = info.value
    assert err.cause is not None and err.cause_link == "context"
    assert err.cause.type_name == "ZeroDivisionError"
    assert "During handling of the above exception, another exception occurred:" in err.display()
    suppressed = "try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise KeyError('k') from None\n"
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun(suppressed).run()
    assert info.value.cause is None


def test_limits_given_as_a_dict_like_pydantic_monty() -> None:
    """pydantic-monty passes limits as a dict; the same keys work here, everywhere."""
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun("while True:\n    pass").run(limits={"max_duration_secs": 0.05})
    assert info.value.type_name == "TimeoutError"
    sandbox = Sandbox(limits={"max_recursion_depth": 50})
    assert sandbox.limits == ResourceLimits(max_recursion_depth=50)
    with pytest.raises(MontyRuntimeError) as info:
        anyio.run(sandbox.run, "def f(n):\n    return f(n + 1)\nf(0)")
    assert info.value.type_name == "RecursionError"


def test_an_unknown_limit_is_named() -> None:
    with pytest.raises(TypeError, match="unknown resource limit 'max_allocations'"):
        MontyRun("1").run(limits={"max_allocations": 10})
