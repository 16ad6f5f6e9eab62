"""The attribute policy and import registry, as sandbox code sees them.

Sandbox objects behave as in CPython; host objects expose only reviewed attributes, and a
denied attribute looks like a missing one (a catchable `AttributeError`, `hasattr` False).
The programs below spell denied names dynamically (`'__glob' + 'als__'`) because the static
check would refuse the literal spelling before the program runs.
"""

from __future__ import annotations

import pytest
from monty_interpreter import available_modules

from monty_agent import MontyRun, MontyRuntimeError, MontySyntaxError, ResourceLimits


def run(code: str, **kwargs: object) -> object:
    return MontyRun(code).run(**kwargs)  # type: ignore[arg-type]


def error(code: str) -> MontyRuntimeError:
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun(code).run()
    assert info.value.limit is False
    return info.value


PRELUDE = """\
def f():
    return 1
def gen():
    yield 1
g = gen()
"""

# ---------------------------------------------------------------------------------------------
# Sandbox objects behave like CPython
# ---------------------------------------------------------------------------------------------


def test_attribute_builtins_on_sandbox_instances() -> None:
    code = (
        "class A:\n"
        "    def __init__(self):\n"
        "        self.x = 1\n"
        "a = A()\n"
        "setattr(a, 'y', 2)\n"
        "r = [getattr(a, 'x'), hasattr(a, 'y'), dict(vars(a))]\n"
        "delattr(a, 'x')\n"
        "r += [dict(vars(a)), hasattr(a, 'x'), getattr(a, 'zz', 'default')]\n"
        "a.__dict__['w'] = 3\n"
        "r.append(a.w)\n"
        "r"
    )
    assert run(code) == [1, True, {"x": 1, "y": 2}, {"y": 2}, False, "default", 3]


def test_missing_attribute_message_matches_cpython() -> None:
    err = error("class A:\n    pass\nA().nope")
    assert (err.type_name, err.message) == ("AttributeError", "'A' object has no attribute 'nope'")
    err = error("class A:\n    pass\nA.nope")
    assert err.message == "type object 'A' has no attribute 'nope'"
    err = error("class A:\n    __slots__ = ('a',)\nA().b = 1")
    assert err.message == "'A' object has no attribute 'b'"
    err = error("(1).nope")
    assert err.message == "'int' object has no attribute 'nope'"


def test_dir_of_sandbox_objects() -> None:
    code = (
        "class A:\n"
        "    z = 3\n"
        "    def m(self):\n"
        "        pass\n"
        "a = A()\n"
        "a.q = 1\n"
        "[n for n in dir(a) if not n.startswith('__')]"
    )
    assert run(code) == ["m", "q", "z"]
    names = run("def f():\n    pass\ndir(f)")
    assert isinstance(names, list)
    assert "__name__" in names
    assert "__globals__" not in names
    assert "__code__" not in names


def test_class_features() -> None:
    code = (
        "class A:\n"
        "    cls_attr = 1\n"
        "    def __init__(self):\n"
        "        self.x = 1\n"
        "    def m(self):\n"
        "        return self.x\n"
        "    @staticmethod\n"
        "    def s():\n"
        "        return 's'\n"
        "    @classmethod\n"
        "    def c(cls):\n"
        "        return cls.__name__\n"
        "    @property\n"
        "    def p(self):\n"
        "        return 'p'\n"
        "class B(A):\n"
        "    def m(self):\n"
        "        return super().m() + 1\n"
        "a, b = A(), B()\n"
        "[a.m.__self__ is a, a.m.__func__ is A.m, a.m.__name__, A.s(), B.c(), a.p, b.m(),\n"
        " super(B, b).m(), b.__class__.__name__, type(b).__mro__ == (B, A, object),\n"
        " B.__bases__ == (A,), A.__qualname__, A.__module__, A.__dict__['cls_attr'],\n"
        " sorted(k for k in vars(A) if not k.startswith('__')),\n"
        " A.__dict__['s'].__func__ is A.s, isinstance(b, A), issubclass(B, A)]"
    )
    assert run(code) == [
        True,
        True,
        "m",
        "s",
        "B",
        "p",
        2,
        1,
        "B",
        True,
        True,
        "A",
        "__main__",
        1,
        ["c", "cls_attr", "m", "p", "s"],
        True,
        True,
        True,
    ]


def test_sandbox_function_metadata_is_writable() -> None:
    code = (
        "def f(a, b=2, *, c=3):\n"
        "    return a\n"
        "f.__doc__ = 'doc'\n"
        "f.tag = 'custom'\n"
        "f.__name__ = 'renamed'\n"
        "[f.__doc__, f.tag, f.__name__, f.__defaults__, f.__kwdefaults__, vars(f)]"
    )
    assert run(code) == ["doc", "custom", "renamed", (2,), {"c": 3}, {"tag": "custom"}]


def test_object_dunder_methods_go_through_the_policy() -> None:
    code = (
        "class A:\n"
        "    def __setattr__(self, name, value):\n"
        "        object.__setattr__(self, name, value * 2)\n"
        "a = A()\n"
        "a.x = 2\n"
        "r = [a.x, object.__getattribute__(a, 'x')]\n"
        "object.__delattr__(a, 'x')\n"
        "r.append(hasattr(a, 'x'))\n"
        "r"
    )
    assert run(code) == [4, 4, False]


def test_getattr_name_must_be_a_string() -> None:
    for code in ("getattr(1, 5)", "hasattr(1, 5)", "setattr(1, 5, 1)", "delattr(1, 5)"):
        err = error(code)
        assert (err.type_name, err.message) == (
            "TypeError",
            "attribute name must be string, not 'int'",
        )


def test_vars_and_dir_need_an_argument() -> None:
    assert "not supported in the sandbox" in error("vars()").message
    assert "not supported in the sandbox" in error("dir()").message
    err = error("vars(1)")
    assert (err.type_name, err.message) == (
        "TypeError",
        "vars() argument must have __dict__ attribute",
    )


# ---------------------------------------------------------------------------------------------
# Host objects: denied attributes look missing
# ---------------------------------------------------------------------------------------------

DENIED_READS = {
    "function_globals": "getattr(f, '__glob' + 'als__')",
    "function_code": "getattr(f, '__co' + 'de__')",
    "function_closure": "getattr(f, '__clo' + 'sure__')",
    "generator_frame": "getattr(g, 'gi_' + 'frame')",
    "generator_code": "getattr(g, 'gi_' + 'code')",
    "type_subclasses": "getattr(type, '__subcl' + 'asses__')",
    "object_subclasses": "getattr(object, '__subcl' + 'asses__')",
    "int_base": "getattr(int, '__ba' + 'se__')",
    "object_getattribute_globals": "object.__getattribute__(f, '__glob' + 'als__')",
    "format_field_base": "'{0.__class__.__base__}'.format(1)",
    "format_field_globals": "'{0.__globals__}'.format(f)",
    "format_map_field": "'{x.__globals__}'.format_map({'x': f})",
    "format_nested_spec_field": "'{0:{1.__globals__}}'.format(1, f)",
    "attrgetter_globals": "import operator\noperator.attrgetter('__globals__')(f)",
    "attrgetter_dotted": "import operator\noperator.attrgetter('__class__.__base__')(1)",
    "attrgetter_many": "import operator\noperator.attrgetter('__name__', '__globals__')(f)",
    "methodcaller_subclasses": "import operator\noperator.methodcaller('__subclasses__')(object)",
    "builtin_self": "getattr(len, '__se' + 'lf__')",
    "bound_builtin_self": "getattr([].append, '__se' + 'lf__')",
    "traceback": "try:\n    1 / 0\nexcept Exception as e:\n    getattr(e, '__trace' + 'back__')",
    "coroutine_frame": "async def co():\n    pass\nc = co()\nc.close()\ngetattr(c, 'cr_' + 'frame')",
    "module_private": "import math\ngetattr(math, '__spec__')",
    "method_globals": "class A:\n    def m(self):\n        pass\ngetattr(A().m, '__glob' + 'als__')",
    "staticmethod_host_func": "s = staticmethod(len)\ngetattr(s, '__fu' + 'nc__')",
    "super_of_host": "getattr(super(int, 1), 'real')",
    "property_host_getter": "getattr(property(len), '__get__')",
    "class_dict_of_builtin": "getattr(int, '__di' + 'ct__')",
}


@pytest.mark.parametrize("expr", list(DENIED_READS.values()), ids=list(DENIED_READS))
def test_denied_reads_raise_attribute_error(expr: str) -> None:
    err = error(PRELUDE + expr)
    assert err.type_name == "AttributeError"


@pytest.mark.parametrize("expr", list(DENIED_READS.values()), ids=list(DENIED_READS))
def test_denied_reads_are_catchable(expr: str) -> None:
    body = "\n".join("    " + line for line in expr.splitlines())
    code = PRELUDE + f"try:\n{body}\n    r = 'allowed'\nexcept AttributeError:\n    r = 'denied'\nr"
    assert run(code) == "denied"


def test_denied_attributes_are_absent_for_hasattr_and_getattr_default() -> None:
    code = PRELUDE + (
        "[hasattr(f, '__glob' + 'als__'), hasattr(g, 'gi_' + 'frame'),\n"
        " hasattr(f, '__co' + 'de__'), hasattr(type, '__subcl' + 'asses__'),\n"
        " getattr(f, '__glob' + 'als__', 'absent'), hasattr(f, '__name__'), hasattr(g, 'send')]"
    )
    assert run(code) == [False, False, False, False, "absent", True, True]


def test_denied_attribute_message_names_the_sandbox() -> None:
    err = error(PRELUDE + "getattr(f, '__glob' + 'als__')")
    assert err.message == (
        "access to attribute '__globals__' of 'function' object is not allowed in the sandbox"
    )


def test_allowed_host_attributes() -> None:
    code = (
        "import functools, collections\n"
        "p = functools.partial(int, base=2)\n"
        "d = collections.defaultdict(list)\n"
        "d['a'].append(1)\n"
        "e = ValueError('x')\n"
        "[p.func is int, p.keywords, p('11'), d.default_factory is list, e.args,\n"
        " (3).real, 'abc'.upper(), [].append.__name__, len.__name__, '{0.real}'.format(5),\n"
        " '{0[1]}'.format([7, 8]), '{0.__class__}'.format(1) == str(int)]"
    )
    assert run(code) == [
        True,
        {"base": 2},
        3,
        True,
        ("x",),
        3,
        "ABC",
        "append",
        "len",
        "5",
        "8",
        True,
    ]


def test_dotted_names_in_match_patterns_go_through_the_policy() -> None:
    code = (
        "from enum import Enum\n"
        "class Color(Enum):\n"
        "    RED = 1\n"
        "    BLUE = 2\n"
        "def name(c):\n"
        "    match c:\n"
        "        case Color.RED:\n"
        "            return 'red'\n"
        "        case {'k': Color.BLUE}:\n"
        "            return 'blue in dict'\n"
        "        case int():\n"
        "            return 'int'\n"
        "    return 'other'\n"
        "[name(Color.RED), name({'k': Color.BLUE}), name(3), name('x')]"
    )
    assert run(code) == ["red", "blue in dict", "int", "other"]


def test_host_type_attribute_via_super_is_denied_for_host_bound_objects() -> None:
    assert run("s = super(int, 1)\nhasattr(s, 'real')") is False


# ---------------------------------------------------------------------------------------------
# Writes on builtins and modules
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "type_name", "message"),
    [
        ("int.x = 1", "TypeError", "cannot set 'x' attribute of immutable type 'int'"),
        ("setattr(int, 'x', 1)", "TypeError", "cannot set 'x' attribute of immutable type 'int'"),
        ("del int.real", "TypeError", "cannot set 'real' attribute of immutable type 'int'"),
        ("[].append = 1", "AttributeError", "'list' object attribute 'append' is read-only"),
        ("(1).real = 2", "AttributeError", "'int' object attribute 'real' is read-only"),
        ("(1).x = 2", "AttributeError", "'int' object has no attribute 'x'"),
        ("'s'.x = 2", "AttributeError", "'str' object has no attribute 'x'"),
        ("object.__setattr__(1, 'x', 1)", "AttributeError", "'int' object has no attribute 'x'"),
    ],
)
def test_writes_on_builtins_are_refused_like_cpython(
    code: str, type_name: str, message: str
) -> None:
    err = error(code)
    assert (err.type_name, err.message) == (type_name, message)


@pytest.mark.parametrize(
    "code",
    [
        "len.x = 1",
        "setattr(len, 'x', 1)",
        "delattr(len, '__name__')",
        "import math\nmath.sqrt.x = 1",
        "class A:\n    pass\nA.__dict__ = {}",
        "def f():\n    pass\nsetattr(f, '__glob' + 'als__', {})",
    ],
)
def test_writes_on_host_functions_are_attribute_errors(code: str) -> None:
    assert error(code).type_name == "AttributeError"


def test_refused_write_is_catchable() -> None:
    code = "try:\n    int.x = 1\nexcept TypeError as e:\n    r = str(e)\nr"
    assert run(code) == "cannot set 'x' attribute of immutable type 'int'"


@pytest.mark.parametrize("cls", ["list", "dict", "type"])
def test_writes_on_proxied_builtin_classes_match_cpython(cls: str) -> None:
    err = error(f"{cls}.x = 1")
    assert (err.type_name, err.message) == (
        "TypeError",
        f"cannot set 'x' attribute of immutable type '{cls}'",
    )


def test_module_attribute_write_never_reaches_the_next_run() -> None:
    first = MontyRun(
        "import json\n"
        "try:\n"
        "    json.loads = None\n"
        "except AttributeError:\n"
        "    pass\n"
        "json.loads('[1]') if json.loads is not None else 'replaced'"
    )
    first.run()
    assert run("import json\njson.loads('[1, 2]')") == [1, 2]
    assert run("from json import loads\nloads('{\"a\": 1}')") == {"a": 1}


def test_module_attributes_are_writable_per_run() -> None:
    assert run("import json\njson.loads = None\njson.loads is None") is True
    assert run("import json\njson.loads('[1]')") == [1]


# ---------------------------------------------------------------------------------------------
# Imports
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["ctypes", "socket", "subprocess", "importlib", "builtins"])
def test_import_outside_the_registry(name: str) -> None:
    err = error(f"import {name}")
    assert err.type_name == "ModuleNotFoundError"
    assert err.message.startswith(f"No module named '{name}'")
    for module in available_modules():
        assert module in err.message


def test_import_error_is_catchable_and_carries_the_name() -> None:
    code = (
        "try:\n    import socket\nexcept ImportError as e:\n    r = (type(e).__name__, e.name)\nr"
    )
    assert run(code) == ("ModuleNotFoundError", "socket")


def test_submodule_and_missing_names() -> None:
    assert error("import json.decoder").type_name == "ModuleNotFoundError"
    err = error("from json import dumps, nope")
    assert (err.type_name, err.message) == ("ImportError", "cannot import name 'nope' from 'json'")


def test_registered_modules_import() -> None:
    for name in available_modules():
        assert run(f"import {name}\n{name}.__name__") == name


def test_module_exports_and_repr() -> None:
    result = run("import json\n[sorted(dir(json)), repr(json), hasattr(json, '__loader__')]")
    assert result == [["JSONDecodeError", "__name__", "dumps", "loads"], "<module 'json'>", False]
    err = error("import math\nmath.nope")
    assert err.message == "module 'math' has no attribute 'nope'"


def test_json_is_guarded() -> None:
    assert run("import json\njson.dumps({'a': [1, 2]}, indent=1)") == '{\n "a": [\n  1,\n  2\n ]\n}'
    assert error("import json\njson.dumps(1, cls=dict)").type_name == "TypeError"
    assert error("import json\njson.loads('1', cls=dict)").type_name == "TypeError"
    # a big indent is fine when the document stays small (as in CPython); a document it
    # would blow up is refused by the memory limit before it is built
    assert run("import json\njson.dumps([1], indent=10**6)") == "[\n" + " " * 10**6 + "1\n]"
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun("import json\njson.dumps([[[[1]]]] * 500, indent=10**6)").run(
            limits=ResourceLimits(max_memory=100_000_000)
        )
    assert info.value.limit is True and info.value.type_name == "MemoryError"
    err = error("import json\njson.loads('{')")
    assert err.type_name == "JSONDecodeError"


# ---------------------------------------------------------------------------------------------
# Class definitions
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (
            "class M(type):\n    pass",
            "class M: defining metaclasses is not supported in the sandbox",
        ),
        (
            "class Meta(type):\n    pass",
            "class Meta: defining metaclasses is not supported in the sandbox",
        ),
        ("def f():\n    pass\nclass X(f):\n    pass", "class X: bases must be classes"),
        ("class N(5):\n    pass", "class N: bases must be classes"),
        (
            "class Odd(metaclass=len):\n    pass",
            "class Odd: custom metaclasses are not supported in the sandbox",
        ),
        (
            "class S(staticmethod):\n    pass",
            "class S: cannot subclass 'staticmethod' in the sandbox",
        ),
    ],
)
def test_refused_class_definitions(code: str, message: str) -> None:
    err = error(code)
    assert (err.type_name, err.message) == ("TypeError", message)


def test_allowed_bases() -> None:
    code = (
        "import collections, enum, abc, typing\n"
        "class L(list):\n    pass\n"
        "class C(collections.Counter):\n    pass\n"
        "class E(Exception):\n    pass\n"
        "class A(abc.ABC):\n    pass\n"
        "T = typing.TypeVar('T')\n"
        "class G(typing.Generic[T]):\n    pass\n"
        "class P(typing.Protocol):\n    pass\n"
        "X = type('X', (L,), {'extra': 1})\n"
        "[L([1]), dict(C('aab')), isinstance(E(), Exception), X().extra, type(X()).__name__]"
    )
    assert run(code) == [[1], {"a": 2, "b": 1}, True, 1, "X"]


def test_builtin_classes_reached_through_the_mro_are_the_sandbox_classes() -> None:
    code = (
        "class L(list):\n    pass\n"
        "[list.__mro__[0] is list, list.mro()[0] is list, L.__bases__[0] is list,\n"
        " L.__mro__[1] is list, dict.__mro__[0] is dict]"
    )
    assert run(code) == [True, True, True, True, True]


def test_type_builtin() -> None:
    assert run("[type(1) is int, type([]) is list, type('T', (), {'a': 1})().a]") == [True, True, 1]
    assert error("type(1, 2)").message == "type() takes 1 or 3 arguments"


def test_builtin_class_proxies_behave_like_the_classes() -> None:
    code = (
        "class S(list):\n    pass\n"
        "[isinstance([], list), issubclass(S, list), isinstance(S(), list), list == list,\n"
        " hash(list) == hash(list), repr(list), str(list[int]), str(list | None),\n"
        " list(x for x in range(3)), dict.fromkeys(x for x in 'ab'), set(iter([1])),\n"
        " frozenset(iter([1])), tuple(iter([1])), dict(iter([(1, 2)])), bytes(iter([65])),\n"
        " bytearray(2), type(S()) is S, issubclass(list, object)]"
    )
    assert run(code) == [
        True,
        True,
        True,
        True,
        True,
        "<class 'list'>",
        "list[int]",
        "list | None",
        [0, 1, 2],
        {"a": None, "b": None},
        {1},
        frozenset({1}),
        (1,),
        {1: 2},
        b"A",
        b"\x00\x00",
        True,
        True,
    ]


# ---------------------------------------------------------------------------------------------
# exec and eval
# ---------------------------------------------------------------------------------------------


def test_eval_and_exec_basics() -> None:
    assert run("eval('1 + 1')") == 2
    assert run("eval(b'2 * 3')") == 6
    assert run("exec('x = 5')\nx") == 5
    assert run("d = {}\nexec('x = 5\\ndef f():\\n    return x * 2', d)\nd['f']()") == 10
    assert run("def f():\n    y = 3\n    return eval('y + 1')\nf()") == 4
    assert run("eval('a + b', {'a': 1}, {'b': 2})") == 3


def test_eval_uses_the_same_guards() -> None:
    # the same expression behaves the same in source and in eval ...
    assert run("eval('().__class__.__bases__')") == run("().__class__.__bases__")
    # ... and what the static check refuses in source is a SyntaxError in eval
    for code in (
        "eval('().__class__.__bases__[0].__subclasses__()')",
        "eval('__import__')",
        "exec('x = f.__globals__')",
        "exec('__m_ga__')",
    ):
        err = error(code)
        assert err.type_name == "SyntaxError", code
    # dynamic attribute names go through the run-time policy
    err = error(PRELUDE + "eval(\"getattr(f, '__glob' + 'als__')\")")
    assert err.type_name == "AttributeError"
    assert error("exec('import socket')").type_name == "ModuleNotFoundError"


def test_eval_syntax_error_is_catchable() -> None:
    code = "try:\n    eval('1 +')\nexcept SyntaxError as e:\n    r = (e.filename, e.lineno)\nr"
    assert run(code) == ("<string>", 1)


def test_exec_arguments_are_checked() -> None:
    assert error("exec(5)").message == "exec() arg 1 must be a string, bytes or code object"
    assert error("eval('1', [])").message == "eval() globals must be a dict, not list"


def test_exec_limits_apply() -> None:
    from monty_agent import ResourceLimits

    with pytest.raises(MontyRuntimeError) as info:
        MontyRun("exec('while True:\\n    pass')").run(limits=ResourceLimits(max_duration_secs=0.1))
    assert info.value.type_name == "TimeoutError"
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun("eval(\"'a' * 10**10\")").run()
    assert info.value.type_name == "MemoryError"


def test_exec_user_dict_builtins_are_read_only() -> None:
    code = (
        "d = {}\n"
        "exec('x = 5', d)\n"
        "b = d['__builtins__']\n"
        "r = [d['x'], type(b).__name__, 'len' in b]\n"
        "try:\n"
        "    b['len'] = None\n"
        "except TypeError as e:\n"
        "    r.append(str(e))\n"
        "exec('y = len([1, 2])', d)\n"
        "r.append(d['y'])\n"
        "r"
    )
    assert run(code) == [
        5,
        "mappingproxy",
        True,
        "'mappingproxy' object does not support item assignment",
        2,
    ]


def test_exec_replacing_builtins_cannot_remove_the_guards() -> None:
    code = (
        "d = {'__builtins__': {'len': lambda x: 42}}\n"
        "exec('r = len([1])', d)\n"
        "d2 = {'__builtins__': {}}\n"
        "try:\n"
        "    exec('getattr(1, \"real\")', d2)\n"
        "except NameError as e:\n"
        "    r2 = str(e)\n"
        "exec('r3 = (1).real', d2)\n"
        "d3 = {'__builtins__': {}}\n"
        "try:\n"
        "    exec(\"f = lambda: 1\\nr4 = hasattr(f, '__glob' + 'als__')\", d3)\n"
        "except NameError:\n"
        "    r4 = 'no hasattr'\n"
        "[d['r'], r2, d2['r3'], r4]"
    )
    assert run(code) == [42, "name 'getattr' is not defined", 1, "no hasattr"]
    err = error(
        PRELUDE
        + "d = {'__builtins__': {'getattr': getattr}, 'f': f}\n"
        + "exec(\"x = getattr(f, '__glob' + 'als__')\", d)"
    )
    assert err.type_name == "AttributeError"


def test_exec_user_dict_cannot_reach_the_guard_builtins() -> None:
    code = (
        "d = {}\n"
        "exec('', d)\n"
        "d2 = {'__builtins__': {}}\n"
        "exec('', d2)\n"
        "[sorted(k for k in d['__builtins__'] if k.startswith('__m_')),\n"
        " sorted(k for k in d2['__builtins__'] if k.startswith('__m_'))]"
    )
    assert run(code) == [[], []]


def test_exec_globals_are_shared_with_later_calls() -> None:
    code = "d = {}\nexec('def get():\\n    return value', d)\nd['value'] = 7\nd['get']()"
    assert run(code) == 7


def test_refused_eval_source_is_not_a_host_syntax_error() -> None:
    # the refusal happens inside the run, so the program itself compiles
    MontyRun("eval(src)", inputs=["src"])
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun("eval(src)", inputs=["src"]).run(inputs={"src": "x.__globals__"})
    assert info.value.type_name == "SyntaxError"
    with pytest.raises(MontySyntaxError):
        MontyRun("x.__globals__")


# ---------------------------------------------------------------------------------------------
# Attribute targets are guarded wherever they appear
# ---------------------------------------------------------------------------------------------


def test_attribute_targets_in_every_statement_form() -> None:
    code = (
        "class A:\n"
        "    pass\n"
        "a = A()\n"
        "a.b: int = 1\n"
        "a.c: int\n"
        "for a.x, *a.y in [(1, 2, 3)]:\n"
        "    pass\n"
        "a.p = a.q = 'same'\n"
        "(a.t, [a.u, a.v]) = (1, [2, 3])\n"
        "first, *a.rest = [0, 1, 2]\n"
        "class CM:\n"
        "    def __enter__(self):\n"
        "        return ('w', 'z')\n"
        "    def __exit__(self, *exc):\n"
        "        return False\n"
        "with CM() as (a.w, a.z):\n"
        "    pass\n"
        "a.n = 1\n"
        "a.n += 1\n"
        "a.n *= 3\n"
        "x = 0\n"
        "del x, a.q\n"
        "snapshot = dict(vars(a))\n"
        "del (a.t, a.u)\n"
        "[snapshot, sorted(vars(a))]"
    )
    snapshot, remaining = run(code)  # type: ignore[misc]
    assert snapshot == {
        "b": 1,
        "x": 1,
        "y": [2, 3],
        "p": "same",
        "t": 1,
        "u": 2,
        "v": 3,
        "rest": [1, 2],
        "w": "w",
        "z": "z",
        "n": 6,
    }
    assert remaining == ["b", "n", "p", "rest", "v", "w", "x", "y", "z"]


def test_attribute_targets_on_host_objects_are_refused_in_every_form() -> None:
    for code in (
        "for len.x in [1]:\n    pass",
        "(len.x, y) = (1, 2)",
        "len.x = y = 1",
        "len.__doc__ += 'x'",
    ):
        assert error(code).type_name == "AttributeError", code


def test_star_targets_in_comprehensions_and_loops() -> None:
    code = "pairs = [(1, 2, 3), (4, 5, 6)]\n[[a for *a, b in pairs], [b for a, *b in pairs]]"
    assert run(code) == [[[1, 2], [4, 5]], [[2, 3], [5, 6]]]


# ---------------------------------------------------------------------------------------------
# Odds and ends of the builtins
# ---------------------------------------------------------------------------------------------


def test_string_hash_is_stable_across_runs() -> None:
    code = "[hash('abc'), hash(b'abc'), hash(''), hash(1), {'abc': 1}['abc'], hash('abc') == hash('abc')]"
    first = run(code)
    second = run(code)
    assert first == second
    assert isinstance(first, list)
    assert first[3:] == [1, 1, True]
    assert all(type(v) is int for v in first[:3])


def test_host_function_wrappers_expose_names_only() -> None:
    code = (
        "s, c = staticmethod(len), classmethod(len)\n"
        "[s.__name__, c.__name__, hasattr(s, '__fu' + 'nc__'), hasattr(c, '__wra' + 'pped__')]"
    )
    assert run(code) == ["len", "len", False, False]


def test_sandbox_wrappers_expose_the_function() -> None:
    code = (
        "def f():\n    return 1\n"
        "s = staticmethod(f)\n"
        "[s.__func__ is f, s.__wrapped__ is f, s.__name__]"
    )
    assert run(code) == [True, True, "f"]


def test_sandbox_class_dunders() -> None:
    code = (
        "class A:\n    pass\n"
        "[hasattr(A, '__subcl' + 'asses__'), hasattr(A, '__init__'), hasattr(A, '__name__'),\n"
        " hasattr(A(), '__class__'), getattr(super(A), 'x', 'unbound super')]"
    )
    assert run(code) == [False, True, True, True, "unbound super"]


def test_operator_getters_check_their_names() -> None:
    err = error("import operator\noperator.attrgetter(5)")
    assert (err.type_name, err.message) == ("TypeError", "attribute name must be a string")
    err = error("import operator\noperator.methodcaller(5)")
    assert (err.type_name, err.message) == ("TypeError", "method name must be a string")
    code = (
        "import operator\n"
        "class P:\n"
        "    def __init__(self):\n"
        "        self.x, self.y = 1, 2\n"
        "    def total(self, k):\n"
        "        return self.x + self.y + k\n"
        "p = P()\n"
        "[operator.attrgetter('x')(p), operator.attrgetter('x', 'y')(p),\n"
        " operator.methodcaller('total', 10)(p), operator.contains([1], 1)]"
    )
    assert run(code) == [1, (1, 2), 13, True]


def test_format_conversions_and_spec_types() -> None:
    assert run("f'{\"é\"!a:>8}'") == "  '\\xe9'"
    assert run("f'{\"x\"!r:>5}'") == "  'x'"
    err = error("format(1, 5)")
    assert (err.type_name, err.message) == ("TypeError", "format() argument 2 must be str, not int")


@pytest.mark.parametrize(
    ("code", "type_name", "message"),
    [
        (
            "'{}{0}'.format(1, 2)",
            "ValueError",
            "cannot switch from automatic field numbering to manual field specification",
        ),
        (
            "'{0}{}'.format(1, 2)",
            "ValueError",
            "cannot switch from manual field specification to automatic field numbering",
        ),
        ("'{!x}'.format(1)", "ValueError", "Unknown conversion specifier x"),
        ("'{:{:{:{}}}}'.format(1, 2, 3, 4)", "ValueError", "Max string recursion exceeded"),
        (
            "'{}'.format()",
            "IndexError",
            "Replacement index 0 out of range for positional args tuple",
        ),
        (
            "str.format(5)",
            "TypeError",
            "descriptor 'format' for 'str' objects doesn't apply to a 'int' object",
        ),
        ("' '.join()", "TypeError", "str.join() takes exactly one argument (0 given)"),
    ],
)
def test_guarded_str_methods_keep_cpython_errors(code: str, type_name: str, message: str) -> None:
    err = error(code)
    assert (err.type_name, err.message) == (type_name, message)


def test_guarded_str_methods_keep_cpython_results() -> None:
    code = (
        "['{0[a]}'.format({'a': 1}), '{a.real}'.format(a=3), '{:>{w}}'.format(1, w=3),\n"
        " '{:,}'.format(10**6), '{!r:^7}'.format('x'), '{0}{1}{0}'.format('a', 'b'),\n"
        " '%(a)s %(b)05d' % {'a': 'x', 'b': 3}, b'%s' % b'x', str.join(' ', ['a', 'b']),\n"
        " '{x}'.format_map({'x': 2}), 'ab'.center(6, '*'), '5'.zfill(3), 'a\\tb'.expandtabs(4)]"
    )
    assert run(code) == [
        "1",
        "3",
        "  1",
        "1,000,000",
        "  'x'  ",
        "aba",
        "x 00003",
        b"x",
        "a b",
        "2",
        "**ab**",
        "005",
        "a   b",
    ]
