"""Mutants of sandbox-escape attacks, for the containment fuzzer.

Seeds are the attack snippets in `tests/security/attacks/<category>/*.py` (first line
`# attack: ...`; the `exhaustion` and `host_crash` categories and `# known-hole:` attacks are
left out, and so are attacks that expect a tripped limit), plus a built-in list of classic escapes. `mutants()` is a hypothesis strategy that
picks a seed and applies one to four mutations:

* swap an attribute name or a name-like string for a dangerous one (`__globals__`,
  `gi_frame`, `f_back`, ...), or a builtin for another (`getattr` -> `vars`, `globals`...);
* build an attribute name at run time (`'__glo' + 'bals__'`, `''.join([...])`, reversed
  strings, `chr(95) * 2 + ...`) and route the lookup through `getattr`, `operator.attrgetter`,
  `str.format`, `vars`, `object.__getattribute__`, `functools.reduce(getattr, ...)`...;
* wrap the program in a function, a lambda, a class method / property / class body, a
  comprehension, a generator, `async def` + `await`, try/except, a decorator, a default
  argument, `eval('...')` or `exec('...')` (with or without a globals dict);
* chain more introspection onto the final expression (`.f_back`, `['__builtins__']`,
  `.__self__`, an exfiltration payload that reads `os.environ['MONTY_CANARY_SECRET']`), or
  print it.

Run this file to print a few samples:

    uv run python tests/fuzz/mutate.py [COUNT]
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

__all__ = ["DANGEROUS_NAMES", "SEEDS", "Seed", "load_seeds", "mutants", "mutate_source"]

ATTACKS_DIR = Path(__file__).resolve().parent.parent / "security" / "attacks"
#: categories whose attacks are about resources or crashing the process, not escaping
SKIPPED_CATEGORIES = frozenset({"exhaustion", "host_crash"})
#: attacks expecting a tripped limit test the limits, not containment: left out too
LIMIT_TYPES = frozenset({"TimeoutError", "MemoryError", "RecursionError", "OutputLimitError"})

DANGEROUS_NAMES = [
    "__globals__",
    "__subclasses__",
    "__builtins__",
    "gi_frame",
    "f_back",
    "__code__",
    "__closure__",
    "__dict__",
    "__class__",
    "__bases__",
    "__mro__",
    "__self__",
    "__func__",
    "__getattribute__",
    "__reduce_ex__",
    "mro",
    # more of the same family
    "__base__",
    "f_globals",
    "f_locals",
    "f_builtins",
    "tb_frame",
    "__traceback__",
    "gi_code",
    "cr_frame",
    "ag_frame",
    "co_consts",
    "__init__",
    "__loader__",
    "__spec__",
    "__objclass__",
    "__wrapped__",
    "__reduce__",
    "__import__",
    "cell_contents",
    "__module__",
    "__defaults__",
    "__kwdefaults__",
    "func",
    "__call__",
    "__get__",
    "__getattr__",
    "__setattr__",
    "__new__",
    "obj",
    "sys",
    "_sys",
    "os",
    "environ",
]

#: names a builtin call may be swapped for
DANGEROUS_BUILTINS = [
    "getattr",
    "vars",
    "dir",
    "type",
    "globals",
    "locals",
    "open",
    "__import__",
    "breakpoint",
    "compile",
    "eval",
    "exec",
    "super",
    "object",
    "iter",
    "repr",
    "format",
    "help",
    "memoryview",
]
_SWAPPABLE_BUILTINS = frozenset(DANGEROUS_BUILTINS) | {"print", "len", "str", "hasattr", "id"}

#: suffixes that try to turn what an attack got into the host's secrets
EXFILTRATE = [
    "{x}['__builtins__']['__import__']('os').environ['MONTY_CANARY_SECRET']",
    "{x}['os'].environ['MONTY_CANARY_SECRET']",
    "{x}.environ['MONTY_CANARY_SECRET']",
    "{x}.f_globals['__builtins__']",
    "{x}.f_back.f_back.f_globals",
    "{x}.__globals__['__builtins__']",
    "{x}.__self__.__import__('os').environ",
    "{x}.__init__.__globals__['sys'].modules['os'].environ['MONTY_CANARY_SECRET']",
    "[c for c in {x}.__subclasses__() if c.__name__ == '_wrap_close'][0].__init__.__globals__['environ']",
    "{x}['open'](canary_path).read()",
    "{x}.modules['os'].environ['MONTY_CANARY_SECRET']",
    "type({x}).__subclasses__(type({x}))",
    "{x}.__class__.__base__.__subclasses__()",
    "{x}.gi_frame.f_back",
    "{x}.__traceback__.tb_frame.f_globals",
]

BUILTIN_SEEDS = [
    "().__class__.__bases__[0].__subclasses__()",
    "getattr(getattr, '__glo' + 'bals__')",
    "'{0.__class__.__mro__}'.format(1)",
    "[x.gi_frame for x in [(i for i in [1])]]",
    "import os",
    "import os\nos.environ['MONTY_CANARY_SECRET']",
    "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0]"
    ".__init__.__globals__['environ']['MONTY_CANARY_SECRET']",
    "def f():\n    pass\nf.__globals__['__builtins__']",
    "g = (x for x in [1])\ng.gi_frame.f_back.f_globals",
    "try:\n    1 / 0\nexcept Exception as e:\n    tb = e.__traceback__\ntb.tb_frame.f_back.f_globals",
    "getattr(len, '__self__')",
    "getattr(print, '__self__')",
    "type.__subclasses__(type)",
    "object.__subclasses__()",
    "import functools\nfunctools.partial(print).func",
    "import operator\noperator.attrgetter('__globals__')(lambda: 0)",
    "async def f():\n    return 1\nc = f()\nc.cr_frame",
    "exec('import os')",
    "eval('__import__')",
    "(lambda: 0).__code__.co_consts",
    "import collections\ncollections._sys.modules['os'].environ['MONTY_CANARY_SECRET']",
    "import json\njson.decoder",
    "import re\nre._compiler",
    "import math\nmath.__loader__",
    "import math\nvars(math)",
    "[].__class__.__dict__",
    "class A:\n    pass\nA.__init__.__globals__",
    "object.__getattribute__(lambda: 0, '__glo' + 'bals__')",
    "import dataclasses\n@dataclasses.dataclass\nclass P:\n    x: int\nP.__init__.__globals__",
    "import collections\nP = collections.namedtuple('P', 'x')\nP.__new__.__globals__",
    "import functools\n@functools.lru_cache\ndef f():\n    pass\nf.__wrapped__.__globals__",
    "import string\nstring.Template('x').__init__.__globals__",
    "'{0.__init__.__globals__}'.format(print)",
    "import enum\nclass C(enum.Enum):\n    A = 1\nC.__class__.__call__.__globals__",
    "import typing\ntyping.sys",
    "def g():\n    yield 1\nx = g()\nnext(x)\nx.gi_frame.f_locals",
    "(1).__reduce_ex__(2)[0].__globals__",
    "int.__dict__['__add__'].__objclass__.__subclasses__()",
    "vars(type(lambda: 0))",
    "type(print).__call__.__self__",
    "super(type, int).__getattribute__(int, '__subclasses__')()",
    "g = {}\nexec('x = 1', g)\ng['__builtins__']",
    "e = None\ntry:\n    raise ValueError\nexcept ValueError as err:\n    e = err\ne.__traceback__",
    "import abc\nabc.ABCMeta.__subclasses__(abc.ABCMeta)",
    "import operator\noperator.methodcaller('__reduce_ex__', 2)(1)",
    "import re\nre.compile('a').match('a').re.__class__.__mro__",
    "dir(lambda: 0)",
]


@dataclass(frozen=True)
class Seed:
    name: str
    source: str
    max_duration: float = 2.0
    max_memory: int | None = None


def _parse_header(lines: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in lines[1:]:
        if not line.startswith("#"):
            break
        key, sep, value = line[1:].strip().partition(":")
        if not sep:
            break
        values[key.strip()] = value.strip()
    return values


def load_seeds(directory: Path = ATTACKS_DIR) -> list[Seed]:
    """The attack snippets under `directory` that parse, plus the built-in seeds."""
    seeds: list[Seed] = []
    for path in sorted(directory.glob("**/*.py")) if directory.is_dir() else []:
        if path.parent.name in SKIPPED_CATEGORIES:
            continue
        try:
            text = path.read_text(encoding="utf-8")
            ast.parse(text)
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        lines = text.splitlines()
        if not lines or not lines[0].startswith("# attack:"):
            continue
        header = _parse_header(lines)
        if "known-hole" in header or header.get("expect") in LIMIT_TYPES:
            continue
        duration, memory = 2.0, None
        for option in header.get("limits", "").split():
            key, _, value = option.partition("=")
            if key == "max_duration":
                duration = min(duration, float(value))
            elif key == "max_memory" and value.lower() != "none":
                memory = int(value)
        seeds.append(Seed(f"{path.parent.name}/{path.name}", text, duration, memory))
    seeds += [Seed(f"builtin/{i}", src) for i, src in enumerate(BUILTIN_SEEDS)]
    return seeds


SEEDS = load_seeds()

# --------------------------------------------------------------------------------------------
# Mutations
# --------------------------------------------------------------------------------------------

Draw = Callable[[st.SearchStrategy[Any]], Any]


def _expr(src: str) -> ast.expr:
    return ast.parse(src, mode="eval").body


def _stmts(src: str) -> list[ast.stmt]:
    return ast.parse(src).body


def _name_expr(name: str, draw: Draw) -> ast.expr:
    """An expression that builds the string `name` at run time."""
    if len(name) < 2:
        return ast.Constant(name)
    cut = draw(st.integers(1, len(name) - 1))
    style = draw(st.integers(0, 7))
    head, tail = name[:cut], name[cut:]
    if style == 0:
        return _expr(f"{head!r} + {tail!r}")
    if style == 1:
        return _expr(f"''.join({[head, tail]!r})")
    if style == 2:
        return _expr(f"{name[::-1]!r}[::-1]")
    if style == 3 and name.startswith("__") and name.endswith("__"):
        return _expr(f"chr(95) * 2 + {name[2:-2]!r} + chr(95) * 2")
    if style == 4:
        return _expr(f"'%s%s' % ({head!r}, {tail!r})")
    if style == 5:
        return _expr(f"f'{{{head!r}}}{tail}'")
    if style == 6:
        return _expr(f"bytes({list(name.encode())!r}).decode()")
    return _expr(f"{name.upper()!r}.lower()" if name.islower() else f"str({name!r})")


#: helpers that read an attribute by a run-time name through less obvious routes: native
#: attribute reads in class patterns, `__match_args__`, `functools.update_wrapper`, the
#: native `str.format`, descriptors, `super()`...  (name, source); `NAME` is the literal name
HELPERS: dict[str, str] = {
    "_via_match": """
def _via_match(o, k=None):
    match o:
        case object(NAME=v):
            return v
""",
    "_via_match_args": """
def _via_match_args(o, k):
    import abc
    class _P(abc.ABC):
        __match_args__ = (k,)
    _P.register(type(o))
    match o:
        case _P(v):
            return v
""",
    "_via_update_wrapper": """
def _via_update_wrapper(o, k):
    import functools
    class _W:
        pass
    return functools.update_wrapper(_W(), o, assigned=(k,), updated=()).__dict__[k]
""",
    "_via_wraps": """
def _via_wraps(o, k):
    import functools
    class _W:
        pass
    return vars(functools.wraps(o, assigned=(k,), updated=())(_W()))[k]
""",
    "_via_native_format": """
def _via_native_format(o, k):
    match '{0.' + k + '!r}':
        case object(format=f):
            return f(o)
""",
    "_via_descriptor": """
def _via_descriptor(o, k):
    for klass in type(o).__mro__:
        if k in vars(klass):
            return vars(klass)[k].__get__(o, type(o))
""",
    "_via_super": """
def _via_super(o, k):
    return super(type(o), o).__getattribute__(k)
""",
    "_via_map": """
def _via_map(o, k):
    return list(map(getattr, [o], [k]))[0]
""",
    "_via_sorted_key": """
def _via_sorted_key(o, k):
    import operator
    return sorted([o], key=operator.attrgetter(k))[0] and operator.attrgetter(k)(o)
""",
    "_via_class_body": """
def _via_class_body(o, k):
    class _K:
        v = getattr(o, k)
    return _K.v
""",
    "_via_default_arg": """
def _via_default_arg(o, k):
    def inner(v=getattr(o, k)):
        return v
    return inner()
""",
    "_via_dataclass_field": """
def _via_dataclass_field(o, k):
    import dataclasses
    return [getattr(o, f.name) for f in dataclasses.fields(o) if f.name == k][0]
""",
    "_via_exception_obj": """
def _via_exception_obj(o, k):
    try:
        getattr(o, k + '_missing')
    except AttributeError as e:
        return getattr(e.obj, k)
""",
}


def _helper_call(obj: ast.expr, name: str, key: ast.expr, draw: Draw) -> tuple[ast.expr, str]:
    helper = _pick(draw, sorted(HELPERS))
    source = HELPERS[helper]
    if helper == "_via_match":
        if not name.isidentifier():
            helper, source = "_via_map", HELPERS["_via_map"]
        else:
            helper = f"_via_match_{name}"
            source = source.replace("_via_match(", f"{helper}(").replace("NAME", name)
    return _expr(f"{helper}({ast.unparse(obj)}, {ast.unparse(key)})"), source


def _add_helper(tree: ast.Module, source: str) -> None:
    names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    helper = _stmts(source)[0]
    assert isinstance(helper, ast.FunctionDef)
    if helper.name not in names:
        tree.body.insert(0, helper)


def _routed_getattr(
    obj: ast.expr, name: str, draw: Draw, helpers: list[str] | None = None
) -> tuple[ast.expr, list[str]]:
    """`obj.name`, looked up by a run-time name through some route; returns (expr, imports).

    With `helpers` given, a route may also go through one of HELPERS, whose source is
    appended to `helpers` (to be defined at the top of the program)."""
    if helpers is not None and draw(st.integers(0, 2)) == 0:
        key = _name_expr(name, draw) if draw(st.booleans()) else ast.Constant(name)
        node, source = _helper_call(obj, name, key, draw)
        helpers.append(source)
        return node, []
    key = _name_expr(name, draw) if draw(st.booleans()) else ast.Constant(name)
    o = ast.unparse(obj)
    k = ast.unparse(key)
    routes: list[tuple[str, list[str]]] = [
        (f"getattr({o}, {k})", []),
        (f"getattr({o}, {k}, None)", []),
        (f"operator.attrgetter({k})({o})", ["operator"]),
        (f"('{{0.' + {k} + '}}').format({o})", []),
        (f"vars({o})[{k}]", []),
        (f"object.__getattribute__({o}, {k})", []),
        (f"type({o}).__getattribute__({o}, {k})", []),
        (f"functools.reduce(getattr, [{k}], {o})", ["functools"]),
        (f"[v for n, v in vars({o}).items() if n == {k}][0]", []),
        (f"({o}).__getattribute__({k})", []),
        (f"operator.methodcaller('__getattribute__', {k})({o})", ["operator"]),
        (f"(hasattr({o}, {k}), getattr({o}, {k}))[1]", []),
        (f"dict(vars(type({o})))[{k}]", []),
        (f"'{{0.{name}!r}}'.format({o})", []),
        (f"format({o}, '') and getattr({o}, {k})", []),
    ]
    src, imports = routes[draw(st.integers(0, len(routes) - 1))]
    return _expr(src), imports


class _Nodes(ast.NodeVisitor):
    def __init__(self) -> None:
        self.attributes: list[ast.Attribute] = []
        self.strings: list[ast.Constant] = []
        self.calls: list[ast.Call] = []

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.attributes.append(node)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and node.value.isidentifier():
            self.strings.append(node)

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id in _SWAPPABLE_BUILTINS:
            self.calls.append(node)
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        # constants inside f-strings can't become arbitrary expressions: skip them
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                self.visit(value.value)


def _nodes(tree: ast.Module) -> _Nodes:
    found = _Nodes()
    found.visit(tree)
    return found


class _Replace(ast.NodeTransformer):
    def __init__(self, old: ast.AST, new: ast.AST) -> None:
        self.old, self.new = old, new

    def generic_visit(self, node: ast.AST) -> ast.AST:
        if node is self.old:
            return self.new
        return super().generic_visit(node)


def _replace(tree: ast.Module, old: ast.AST, new: ast.AST) -> ast.Module:
    result = _Replace(old, new).visit(tree)
    assert isinstance(result, ast.Module)
    return result


def _pick(draw: Draw, items: list[Any]) -> Any:
    return items[draw(st.integers(0, len(items) - 1))]


def _final(tree: ast.Module) -> ast.expr | None:
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        return tree.body[-1].value
    return None


def _split(tree: ast.Module) -> tuple[list[ast.stmt], ast.expr]:
    """(statements, final expression); `None` stands in for a program without one."""
    final = _final(tree)
    if final is None:
        return list(tree.body), ast.Constant(None)
    return list(tree.body[:-1]), final


def _add_imports(tree: ast.Module, modules: list[str]) -> None:
    for module in reversed(modules):
        tree.body.insert(0, ast.Import([ast.alias(module)]))


def m_swap_attribute(tree: ast.Module, draw: Draw) -> ast.Module:
    nodes = _nodes(tree).attributes
    if not nodes:
        return m_chain(tree, draw)
    node = _pick(draw, nodes)
    node.attr = _pick(draw, DANGEROUS_NAMES)
    return tree


def m_swap_string(tree: ast.Module, draw: Draw) -> ast.Module:
    nodes = _nodes(tree).strings
    if not nodes:
        return m_swap_attribute(tree, draw)
    node = _pick(draw, nodes)
    node.value = _pick(draw, DANGEROUS_NAMES)
    return tree


def m_swap_builtin(tree: ast.Module, draw: Draw) -> ast.Module:
    calls = _nodes(tree).calls
    if not calls:
        return m_dynamic_attribute(tree, draw)
    node = _pick(draw, calls)
    assert isinstance(node.func, ast.Name)
    node.func = ast.Name(_pick(draw, DANGEROUS_BUILTINS), ast.Load())
    return tree


def m_dynamic_string(tree: ast.Module, draw: Draw) -> ast.Module:
    """A name-like string literal becomes an expression that builds it at run time."""
    nodes = [n for n in _nodes(tree).strings if len(n.value) >= 2]
    if not nodes:
        return m_dynamic_attribute(tree, draw)
    node = _pick(draw, nodes)
    return _replace(tree, node, _name_expr(node.value, draw))


def m_dynamic_attribute(tree: ast.Module, draw: Draw) -> ast.Module:
    """`obj.name` becomes a run-time lookup through some route."""
    nodes = [n for n in _nodes(tree).attributes if isinstance(n.ctx, ast.Load)]
    if not nodes:
        return m_chain(tree, draw)
    node = _pick(draw, nodes)
    helpers: list[str] = []
    new, imports = _routed_getattr(node.value, node.attr, draw, helpers)
    tree = _replace(tree, node, new)
    _add_imports(tree, imports)
    for source in helpers:
        _add_helper(tree, source)
    return tree


def m_chain(tree: ast.Module, draw: Draw) -> ast.Module:
    """Reach further from the final expression."""
    stmts, final = _split(tree)
    x = ast.unparse(final)
    choice = draw(st.integers(0, 3))
    imports: list[str] = []
    new: ast.expr
    if choice == 0:
        new = _expr(f"({x}).{_pick(draw, DANGEROUS_NAMES)}")
    elif choice == 1:
        key = _pick(draw, ["__builtins__", "os", "sys", "__import__", "open"])
        new = _expr(f"({x})[{key!r}]")
    else:
        new = ast.Constant(None)
    helpers: list[str] = []
    if choice == 2:
        new, imports = _routed_getattr(_expr(f"({x})"), _pick(draw, DANGEROUS_NAMES), draw, helpers)
    elif choice == 3:
        new = _expr(_pick(draw, EXFILTRATE).format(x=f"({x})"))
    tree.body = [*stmts, ast.Expr(new)]
    _add_imports(tree, imports)
    for source in helpers:
        _add_helper(tree, source)
    return tree


def m_print(tree: ast.Module, draw: Draw) -> ast.Module:
    """Show the final expression through printing and formatting as well."""
    stmts, final = _split(tree)
    x = ast.unparse(final)
    shown = _pick(
        draw, ["print(_r)", "print(repr(_r))", "print(f'{_r!r}')", "print(str(_r), dir(_r))"]
    )
    tree.body = [*stmts, *_stmts(f"_r = {x}"), *_stmts(shown), ast.Expr(_expr("_r"))]
    return tree


def _indent(stmts: list[ast.stmt]) -> str:
    text = ast.unparse(ast.Module(stmts, [])) if stmts else "pass"
    return "\n".join("    " + line for line in text.splitlines())


def m_wrap(tree: ast.Module, draw: Draw) -> ast.Module:
    """Run the program (or its final expression) inside another construct."""
    stmts, final = _split(tree)
    x = ast.unparse(final)
    body = _indent([*stmts, ast.Return(final)])
    body_nr = _indent([*stmts, *_stmts(f"_r = {x}")])
    whole = ast.unparse(tree)
    pre = ast.unparse(ast.Module(stmts, [])) + "\n" if stmts else ""
    options = [
        f"def _f():\n{body}\n_f()",
        f"{pre}(lambda: {x})()",
        f"class _K:\n    def m(self):\n{_indent_more(body)}\n_K().m()",
        f"class _K:\n    @property\n    def p(self):\n{_indent_more(body)}\n_K().p",
        f"class _K:\n    @staticmethod\n    def s():\n{_indent_more(body)}\n_K.s()",
        f"class _K:\n{body_nr}\n_K._r",
        f"{pre}[{x} for _ in [0]][0]",
        f"{pre}next(({x} for _ in [0]))",
        f"def _g():\n{_indent([*stmts, ast.Expr(ast.Yield(final))])}\nnext(_g())",
        f"async def _a():\n{body}\nawait _a()",
        f"async def _a():\n{body}\nasync def _b():\n    return await _a()\nawait _b()",
        f"try:\n{body_nr}\nexcept BaseException as _e:\n    _r = (type(_e).__name__, str(_e))\n_r",
        f"def _deco(fn):\n    return fn()\n@_deco\ndef _r():\n{body}\n_r",
        f"{pre}def _d(v={x}):\n    return v\n_d()",
        f"{pre}eval({x!r})",
        f"exec({whole!r})",
        f"_g = {{}}\nexec({whole!r}, _g)\n_g.get('_r')",
        f"{pre}eval({x!r}, {{}})",
        f"{pre}eval({x!r}, {{'__built' + 'ins__': None}})",
        f"{pre}_r = ({x})\n_r",
        f"{pre}(_w := {x})",
        f"{pre}match {x}:\n    case _v:\n        _r = _v\n_r",
        f"class _CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return True\nwith _CM():\n{body_nr}\n_r",
        f"{pre}list(map(lambda _: {x}, [0]))[0]",
        f"{pre}sorted([0], key=lambda _: print({x}) or 0)",
    ]
    src = _pick(draw, options)
    try:
        return ast.parse(src)
    except SyntaxError:
        return tree


def _indent_more(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


MUTATIONS: list[Callable[[ast.Module, Draw], ast.Module]] = [
    m_swap_attribute,
    m_dynamic_attribute,
    m_wrap,
    m_swap_string,
    m_dynamic_string,
    m_chain,
    m_swap_builtin,
    m_print,
]


def mutate_source(src: str, draw: Draw, rounds: int) -> str:
    tree = ast.parse(src)
    for _ in range(rounds):
        mutation = _pick(draw, MUTATIONS)
        before = ast.unparse(tree)
        try:
            mutated = mutation(tree, draw)
            ast.fix_missing_locations(mutated)
            # renormalise, so later mutations see a clean tree; a mutation that made invalid
            # syntax (an expression where only a literal may go, say) is undone
            tree = ast.parse(ast.unparse(mutated))
        except SyntaxError:
            tree = ast.parse(before)
    return ast.unparse(tree) + "\n"


@st.composite
def mutants(draw: Draw, seeds: list[Seed] | None = None) -> tuple[Seed, str]:
    """(seed, mutated source)."""
    pool = seeds if seeds is not None else SEEDS
    seed = _pick(draw, pool)
    rounds = draw(st.integers(1, 4))
    return seed, mutate_source(seed.source, draw, rounds)


if __name__ == "__main__":
    import sys
    import warnings

    from hypothesis.errors import NonInteractiveExampleWarning

    warnings.simplefilter("ignore", NonInteractiveExampleWarning)
    print(f"{len(SEEDS)} seeds")
    for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 5):
        seed, src = mutants().example()
        print(f"# seed: {seed.name}\n{src}# " + "-" * 70)
