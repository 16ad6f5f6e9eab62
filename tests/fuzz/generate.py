"""Random *valid*, deterministic, small and fast Python programs, for differential fuzzing.

`programs()` is a hypothesis strategy of program source texts. Each program is built as an
`ast` tree and rendered with `ast.unparse`, so it always parses. The builder tracks a type
and a size bound for every name it defines, so that most programs run to the end (rather
than stopping at the first TypeError), and so that no program can blow up: sizes are
bounded (no `s = s + s` doubling chains), loops are bounded (for over small iterables,
while with a counter incremented first), a name that is updated in place (`x += ...`,
`lst.append(...)`) is only ever updated by small amounts that do not depend on itself, and
functions only call functions defined before them (no recursion).

What programs use: arithmetic on ints, floats, strings, lists, tuples, dicts and sets;
comparisons, boolean operators, comprehensions, slicing, f-strings and format specs;
assignments (tuple and starred unpacking, augmented, annotated), if/elif/else, bounded while
and for loops with break/continue/else, try/except/else/finally, raise (with `from`), custom
exception classes, functions with defaults, *args, keyword-only arguments and **kwargs,
lambdas, closures with `nonlocal`, `global`, classes with __init__, methods, properties,
static and class methods, __repr__ and operator dunders, inheritance with super(),
generators (yield, yield from, send/throw/close), del, assert, `with` on a user-defined
context manager, match statements, exception groups and except*, subclasses of builtins,
dataclasses, named tuples, enums, lru_cache and total_ordering; builtins used as values,
their reprs and names, builtins called with wrong arguments (to compare error messages), type
objects, unbound and bound methods, and the sandbox's modules (math, json, re, collections,
itertools, functools, operator, string) - everything where the sandbox wraps CPython.

Programs are deterministic: nothing prints an address, an `id()`, a string hash or a set of
strings. They end with `print`s of some values and a final expression over plain-data names.

Run this file to print a few samples:

    uv run python tests/fuzz/generate.py [COUNT]
"""

from __future__ import annotations

import ast
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

__all__ = ["MAX_LINES", "programs"]

MAX_LINES = 40

INT, FLOAT, STR, BOOL, LIST, TUPLE, DICT, SET, OBJ = (
    "int",
    "float",
    "str",
    "bool",
    "list",
    "tuple",
    "dict",
    "set",
    "obj",
)
PLAIN_KINDS = (INT, FLOAT, STR, BOOL, LIST, TUPLE, DICT, SET)
SEQ_KINDS = (STR, LIST, TUPLE, DICT, SET)

INT_CAP = 10**12
FLOAT_CAP = 1e12
STR_CAP = 120
SEQ_CAP = 40
ELEM_CAP = 10**6  # |element| of int lists, tuples, sets and dict values
ITER_CAP = 8  # size of a for loop's iterable
PARAM_INT = 1000  # |int| argument of a user function
PARAM_STR = 12
PARAM_LIST = 8

INT_LITS = [0, 1, 2, 3, -1, 5, 7, 10, -4, 12, 20, 100]
FLOAT_LITS = [0.5, 1.5, 2.25, -0.75, 3.0, 0.1, 1e-3, 10.0, -2.5]
STR_LITS = ["a", "ab", "", "abc", "hello", "x y z", "A-b", "ünï", "42", " pad ", "it's", "b"]
DICT_KEYS = ["a", "b", "c", "k", "zz"]
EXC_TYPES = [
    "ValueError",
    "KeyError",
    "IndexError",
    "TypeError",
    "RuntimeError",
    "ZeroDivisionError",
    "AttributeError",
    "LookupError",
    "ArithmeticError",
    "NameError",
]


#: builtins whose metadata (repr, __name__, __doc__...) a program may show
BUILTIN_NAMES = [
    "len", "abs", "sum", "min", "max", "sorted", "print", "repr", "any", "all", "iter",
    "next", "isinstance", "getattr", "hasattr", "setattr", "round", "divmod", "pow", "hash",
    "format", "chr", "ord", "callable", "vars", "dir", "issubclass", "map", "filter", "zip",
    "enumerate", "reversed", "id", "ascii", "bin", "delattr", "eval", "exec", "super",
]  # fmt: skip
TYPE_NAMES = [
    "list", "dict", "tuple", "set", "frozenset", "str", "int", "float", "bool", "bytes",
    "bytearray", "range", "type", "object", "Exception", "ValueError", "KeyError", "slice",
    "complex", "map", "enumerate", "zip", "reversed", "filter",
]  # fmt: skip
#: builtins called with arbitrary arguments, to compare error messages
MISUSE_NAMES = [
    "sum", "min", "max", "sorted", "any", "all", "iter", "next", "pow", "format", "getattr", "hasattr", "setattr", "isinstance", "issubclass", "len", "abs", "divmod",
    "round", "enumerate", "zip", "map", "filter", "reversed", "list", "dict", "tuple", "set",
    "frozenset", "str", "int", "float", "bool", "repr", "chr", "ord", "range", "vars",
    "callable", "bin", "hex", "ascii", "bytes", "slice", "type", "delattr", "print",
    "bytearray", "complex", "object", "super",
]  # fmt: skip
# not `dir`: the sandbox leaves out the names it forbids, on purpose; not `hash`: string
# hashes vary

#: Templates that show a divergence already reported (a program in tests/fuzz/found/ of the
#: same name). Left out while the bug is open, so that the fuzzers look for new bugs; remove
#: an entry once its bug is fixed. `MONTY_FUZZ_STRICT=1` keeps them.
KNOWN_GAPS: dict[str, str] = {}
STRICT = os.environ.get("MONTY_FUZZ_STRICT", "") not in ("", "0")


@dataclass(frozen=True)
class Ty:
    """A value's kind and bounds: |value| for numbers, length for containers and strings."""

    kind: str
    size: float = 0
    elem: float = 0  # |element| bound of int containers
    cls: str = ""  # class name of an OBJ


MUTATED = {
    INT: Ty(INT, 10**6),
    FLOAT: Ty(FLOAT, 1e7),
    STR: Ty(STR, 100),
    LIST: Ty(LIST, 36, ELEM_CAP),
    DICT: Ty(DICT, 20, ELEM_CAP),
    SET: Ty(SET, 20, ELEM_CAP),
}

_I, _S, _L = Ty(INT, 1000), Ty(STR, 12), Ty(LIST, 8, 1000)
#: (target, parameter types, return type) of callables held in a name (".m": a bound method)
ALIASES = [
    ("len", [_S], Ty(INT, 12)),
    ("abs", [_I], _I),
    ("str", [_I], Ty(STR, 5)),
    ("repr", [_S], Ty(STR, 80)),
    ("sorted", [_L], _L),
    ("sum", [_L], Ty(INT, 8000)),
    ("max", [_I, _I], _I),
    ("min", [_I, _I], _I),
    ("hash", [_I], Ty(INT, 1001)),
    ("round", [Ty(FLOAT, 1000)], Ty(INT, 1001)),
    ("divmod", [_I, Ty(INT, 7)], Ty(TUPLE, 2, 1000)),
    ("pow", [Ty(INT, 10), Ty(INT, 9)], Ty(INT, 10**9)),
    ("str.upper", [_S], _S),
    ("str.strip", [_S], _S),
    ("list.copy", [_L], _L),
    ("int.bit_length", [_I], Ty(INT, 11)),
    ("list.__len__", [_L], Ty(INT, 8)),
    ("str.__add__", [_S, _S], Ty(STR, 24)),
    ("int.__mul__", [_I, Ty(INT, 9)], Ty(INT, 9000)),
    ("(lambda *a, **k: len(a) + len(k))", [_I, _S], Ty(INT, 9)),
    (".upper", [], Ty(STR, 6)),
    (".count", [_I], Ty(INT, 6)),
    (".bit_length", [], Ty(INT, 11)),
]


@dataclass
class Var:
    ty: Ty
    frozen: bool = False  # may not be updated in place or rebound here
    mutated: bool = False


@dataclass
class Func:
    name: str
    params: list[tuple[str, Ty, bool]]  # name, type, has default
    ret: Ty
    varargs: bool = False
    kwargs: bool = False
    kwonly: list[str] = field(default_factory=list[str])
    gen: bool = False  # a generator function: `ret` is the element type


@dataclass
class Klass:
    name: str
    base: str | None
    init: list[tuple[str, Ty, bool]]  # parameters of __init__
    attrs: dict[str, Ty]
    methods: dict[str, Func]  # callable on an instance (self is implicit)
    props: dict[str, Ty]
    dunders: set[str]
    class_attrs: dict[str, Ty]
    classmethods: dict[str, Func]


@dataclass
class Ctx:
    vars: dict[str, Var]
    in_func: bool = False
    ret: Ty | None = None
    in_loop: bool = False
    depth: int = 0
    loop_depth: int = 0

    def child(self, **changes: Any) -> Ctx:
        ctx = Ctx(
            dict(self.vars),
            self.in_func,
            self.ret,
            self.in_loop,
            self.depth + 1,
            self.loop_depth,
        )
        for key, value in changes.items():
            setattr(ctx, key, value)
        return ctx


# --------------------------------------------------------------------------------------------
# AST helpers
# --------------------------------------------------------------------------------------------


def load(name: str) -> ast.Name:
    return ast.Name(name, ast.Load())


def store(name: str) -> ast.Name:
    return ast.Name(name, ast.Store())


def const(value: Any) -> ast.expr:
    if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
        return ast.UnaryOp(ast.USub(), ast.Constant(-value))
    return ast.Constant(value)


def call(func: str | ast.expr, *args: ast.expr, **kwargs: ast.expr) -> ast.Call:
    fn = load(func) if isinstance(func, str) else func
    return ast.Call(fn, list(args), [ast.keyword(k, v) for k, v in kwargs.items()])


def attr(obj: ast.expr, name: str) -> ast.Attribute:
    return ast.Attribute(obj, name, ast.Load())


def meth(obj: ast.expr, name: str, *args: ast.expr, **kwargs: ast.expr) -> ast.Call:
    return call(attr(obj, name), *args, **kwargs)


def binop(a: ast.expr, op: ast.operator, b: ast.expr) -> ast.BinOp:
    return ast.BinOp(a, op, b)


def compare(a: ast.expr, op: ast.cmpop, b: ast.expr) -> ast.Compare:
    return ast.Compare(a, [op], [b])


def index(obj: ast.expr, idx: ast.expr) -> ast.Subscript:
    return ast.Subscript(obj, idx, ast.Load())


def stmt(node: ast.expr) -> ast.Expr:
    return ast.Expr(node)


def assign(name: str, value: ast.expr) -> ast.Assign:
    return ast.Assign([store(name)], value)


def lam(params: list[str], body: ast.expr) -> ast.Lambda:
    args = ast.arguments([], [ast.arg(p) for p in params], None, [], [], None, [])
    return ast.Lambda(args, body)


def fstring(*parts: ast.expr) -> ast.JoinedStr:
    return ast.JoinedStr(list(parts))


def fvalue(value: ast.expr, conversion: int = -1, spec: str = "") -> ast.FormattedValue:
    return ast.FormattedValue(value, conversion, fstring(ast.Constant(spec)) if spec else None)


def gencomp(kind: type[ast.expr], elt: ast.expr, target: str, it: ast.expr, *conds: ast.expr):
    comp = ast.comprehension(store(target), it, list(conds), 0)
    return kind(elt, [comp])  # type: ignore[call-arg]


# --------------------------------------------------------------------------------------------
# The builder
# --------------------------------------------------------------------------------------------

Gen = Callable[[Ctx, float, int], "tuple[ast.expr, Ty] | None"]


class Builder:
    def __init__(self, draw: Callable[[st.SearchStrategy[Any]], Any], max_lines: int) -> None:
        self.draw = draw
        self.lines = max_lines
        self.counter = 0
        self.funcs: dict[str, Func] = {}
        self.classes: dict[str, Klass] = {}
        self.cm: str | None = None
        self.exc_classes: list[str] = []
        self.no_methods = False
        self.imports: set[str] = set()

    # -- choices -----------------------------------------------------------------------------
    def int_(self, lo: int, hi: int) -> int:
        return self.draw(st.integers(lo, hi))

    def bool_(self, p: float = 0.5) -> bool:
        # p is approximate: hypothesis shrinks towards the first (False) outcome
        if p >= 0.5:
            return self.draw(st.integers(0, 99)) < p * 100
        return self.draw(st.integers(0, 99)) >= 100 - p * 100

    def pick(self, options: list[Any]) -> Any:
        return options[self.draw(st.integers(0, len(options) - 1))]

    def fresh(self, prefix: str = "v") -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def take(self, n: int) -> bool:
        if self.lines >= n:
            self.lines -= n
            return True
        return False

    # -- variables ---------------------------------------------------------------------------
    def vars_of(self, ctx: Ctx, kind: str, limit: float = math.inf) -> list[tuple[str, Var]]:
        return [(n, v) for n, v in ctx.vars.items() if v.ty.kind == kind and v.ty.size <= limit]

    def objs(self, ctx: Ctx) -> list[tuple[str, Klass]]:
        return [
            (n, self.classes[v.ty.cls])
            for n, v in ctx.vars.items()
            if v.ty.kind == OBJ and v.ty.cls in self.classes
        ]

    # -- expressions -------------------------------------------------------------------------
    def expr(self, kind: str, ctx: Ctx, limit: float | None = None, depth: int = 0):
        """An expression of `kind` whose bound is at most `limit`: (node, Ty)."""
        if limit is None:
            limit = {INT: INT_CAP, FLOAT: FLOAT_CAP, STR: STR_CAP}.get(kind, SEQ_CAP)
        gens: list[Gen] = getattr(self, f"g_{kind}")()
        leaves = 2  # the first two generators of each kind are leaves
        if depth >= 3 or self.lines <= 0:
            gens = gens[:leaves]
        for _ in range(3):
            gen = self.pick(gens)
            result = gen(ctx, limit, depth + 1)
            if result is not None:
                return result
        result = gens[0](ctx, limit, depth + 1)
        assert result is not None
        return result

    def plain_kind(self) -> str:
        return self.pick([INT, STR, LIST, INT, FLOAT, BOOL, STR, TUPLE, DICT, SET, LIST])

    # ints
    def g_int(self) -> list[Gen]:
        return [
            self.int_lit,
            self.var_gen(INT),
            self.int_arith,
            self.int_mul,
            self.int_div,
            self.int_pow,
            self.int_unary,
            self.int_bits,
            self.int_len,
            self.int_sum,
            self.int_minmax,
            self.int_index,
            self.int_dict_get,
            self.int_convert,
            self.int_str_method,
            self.ternary(INT),
            self.int_boolop,
            self.int_comp_sum,
            self.call_func(INT),
            self.obj_read(INT),
            self.int_lambda,
            self.int_next,
            self.template(INT),
            self.template(INT),
        ]

    def int_lit(self, ctx: Ctx, limit: float, depth: int):
        choices = [v for v in INT_LITS if abs(v) <= limit] or [0]
        v = self.pick(choices)
        return const(v), Ty(INT, abs(v))

    def var_gen(self, kind: str) -> Gen:
        def gen(ctx: Ctx, limit: float, depth: int):
            found = self.vars_of(ctx, kind, limit)
            if not found:
                return None
            name, var = self.pick(found)
            return load(name), var.ty

        return gen

    def int_arith(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(INT, ctx, limit / 2, depth)
        b, tb = self.expr(INT, ctx, limit / 2, depth)
        op = self.pick([ast.Add(), ast.Sub()])
        return binop(a, op, b), Ty(INT, ta.size + tb.size)

    def int_mul(self, ctx: Ctx, limit: float, depth: int):
        root = math.isqrt(int(min(limit, INT_CAP)))
        if root < 2:
            return None
        a, ta = self.expr(INT, ctx, root, depth)
        b, tb = self.expr(INT, ctx, root, depth)
        return binop(a, ast.Mult(), b), Ty(INT, ta.size * tb.size)

    def int_div(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(INT, ctx, limit, depth)
        if self.bool_(0.8):
            b, tb = const(self.pick([2, 3, 7, -2, 10])), Ty(INT, 10)
        else:
            b, tb = self.expr(INT, ctx, min(limit, INT_CAP), depth)
        if self.bool_():
            return binop(a, ast.FloorDiv(), b), Ty(INT, ta.size)
        return binop(a, ast.Mod(), b), Ty(INT, min(ta.size, tb.size) if ta.size >= 0 else tb.size)

    def int_pow(self, ctx: Ctx, limit: float, depth: int):
        e = self.int_(0, 3)
        base_limit = 10
        if base_limit**e > limit:
            return None
        a, ta = self.expr(INT, ctx, base_limit, depth)
        return binop(a, ast.Pow(), ast.Constant(e)), Ty(INT, ta.size**e)

    def int_unary(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(INT, ctx, limit - 1, depth)
        kind = self.int_(0, 2)
        if kind == 0:
            return ast.UnaryOp(ast.USub(), a), ta
        if kind == 1:
            return call("abs", a), ta
        return ast.UnaryOp(ast.Invert(), a), Ty(INT, ta.size + 1)

    def int_bits(self, ctx: Ctx, limit: float, depth: int):
        if self.bool_():
            a, ta = self.expr(INT, ctx, limit / 2, depth)
            b, tb = self.expr(INT, ctx, limit / 2, depth)
            op = self.pick([ast.BitAnd(), ast.BitOr(), ast.BitXor()])
            return binop(a, op, b), Ty(INT, 2 * max(ta.size, tb.size) + 1)
        k = self.int_(0, 3)
        if self.bool_():
            a, ta = self.expr(INT, ctx, limit / 8, depth)
            return binop(a, ast.LShift(), ast.Constant(k)), Ty(INT, ta.size * 2**k)
        a, ta = self.expr(INT, ctx, limit, depth)
        return binop(a, ast.RShift(), ast.Constant(k)), ta

    def int_len(self, ctx: Ctx, limit: float, depth: int):
        kind = self.pick(list(SEQ_KINDS))
        a, ta = self.expr(kind, ctx, min(limit, SEQ_CAP if kind != STR else STR_CAP), depth)
        return call("len", a), Ty(INT, ta.size)

    def int_sum(self, ctx: Ctx, limit: float, depth: int):
        kind = self.pick([LIST, TUPLE, SET])
        a, ta = self.expr(kind, ctx, SEQ_CAP, depth)
        if ta.size * ta.elem > limit:
            return None
        if self.bool_(0.2):
            start, ts = self.expr(INT, ctx, limit / 2, depth)
            if ta.size * ta.elem + ts.size > limit:
                return None
            return call("sum", a, start), Ty(INT, ta.size * ta.elem + ts.size)
        return call("sum", a), Ty(INT, ta.size * ta.elem)

    def int_minmax(self, ctx: Ctx, limit: float, depth: int):
        fn = self.pick(["min", "max"])
        if self.bool_():
            a, ta = self.expr(LIST, ctx, SEQ_CAP, depth)
            if ta.elem > limit:
                return None
            kwargs: dict[str, ast.expr] = {}
            if self.bool_(0.3):
                kwargs["default"] = const(self.pick([0, -1, 99]))
            if self.bool_(0.2):
                v = self.fresh("k")
                kwargs["key"] = lam([v], ast.UnaryOp(ast.USub(), load(v)))
            return call(fn, a, **kwargs), Ty(INT, max(ta.elem, 99))
        n = self.int_(2, 3)
        items = [self.expr(INT, ctx, limit, depth) for _ in range(n)]
        return call(fn, *(i[0] for i in items)), Ty(INT, max(i[1].size for i in items))

    def int_index(self, ctx: Ctx, limit: float, depth: int):
        kind = self.pick([LIST, TUPLE])
        a, ta = self.expr(kind, ctx, SEQ_CAP, depth)
        if ta.elem > limit:
            return None
        if self.bool_(0.7):
            i = const(self.int_(-2, 2))
        else:
            i, _ = self.expr(INT, ctx, 50, depth)
        return index(a, i), Ty(INT, ta.elem)

    def int_dict_get(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(DICT, ctx, SEQ_CAP, depth)
        if ta.elem > limit:
            return None
        key = ast.Constant(self.pick(DICT_KEYS))
        if self.bool_():
            return index(a, key), Ty(INT, ta.elem)
        return meth(a, "get", key, const(self.pick([0, -1]))), Ty(INT, ta.elem)

    def int_convert(self, ctx: Ctx, limit: float, depth: int):
        kind = self.int_(0, 3)
        if kind == 0:
            f, tf = self.expr(FLOAT, ctx, min(limit, FLOAT_CAP), depth)
            return call(self.pick(["int", "round"]), f), Ty(INT, tf.size + 1)
        if kind == 1:
            digits = self.pick(["12", "-7", " 3 ", "0", "1_000", "x1", "2.5", ""])
            if len(digits) > math.log10(max(limit, 1)) + 1:
                return None
            return call("int", ast.Constant(digits)), Ty(INT, 1000)
        if kind == 2:
            b, _ = self.expr(BOOL, ctx, 1, depth)
            return call("int", b), Ty(INT, 1)
        s, ts = self.expr(STR, ctx, 8, depth)
        if 10**ts.size > limit:
            return None
        return call("int", s), Ty(INT, 10**ts.size)

    def int_str_method(self, ctx: Ctx, limit: float, depth: int):
        if self.bool_():
            s, ts = self.expr(STR, ctx, min(limit, STR_CAP), depth)
            name = self.pick(["count", "find", "rfind", "index"])
            return meth(s, name, ast.Constant(self.pick(["a", "b", "", "x"]))), Ty(INT, ts.size)
        a, ta = self.expr(LIST, ctx, min(limit, SEQ_CAP), depth)
        x, _ = self.expr(INT, ctx, ELEM_CAP, depth)
        return meth(a, self.pick(["count", "index"]), x), Ty(INT, ta.size)

    def ternary(self, kind: str) -> Gen:
        def gen(ctx: Ctx, limit: float, depth: int):
            c, _ = self.expr(BOOL, ctx, 1, depth)
            a, ta = self.expr(kind, ctx, limit, depth)
            b, tb = self.expr(kind, ctx, limit, depth)
            return ast.IfExp(c, a, b), _join(ta, tb)

        return gen

    def int_boolop(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(INT, ctx, limit, depth)
        b, tb = self.expr(INT, ctx, limit, depth)
        op = self.pick([ast.Or(), ast.And()])
        return ast.BoolOp(op, [a, b]), _join(ta, tb)

    def int_comp_sum(self, ctx: Ctx, limit: float, depth: int):
        v = self.fresh("x")
        it, tit = self.iterable(ctx, depth)
        inner = ctx.child(vars={**ctx.vars, v: Var(Ty(INT, tit.elem), frozen=True)})
        per = limit / max(tit.size, 1)
        e, te = self.expr(INT, inner, per, depth + 1)
        conds = []
        if self.bool_(0.4):
            c, _ = self.expr(BOOL, inner, 1, depth + 1)
            conds.append(c)
        fn = self.pick(["sum", "len", "max", "min", "any"])
        if fn == "len":
            comp = gencomp(ast.ListComp, e, v, it, *conds)
            return call("len", comp), Ty(INT, tit.size)
        comp = gencomp(ast.GeneratorExp, e, v, it, *conds)
        if fn in ("max", "min"):
            return call(fn, comp, default=const(0)), Ty(INT, te.size)
        if fn == "any":
            return call("int", call("any", comp)), Ty(INT, 1)
        return call("sum", comp), Ty(INT, te.size * tit.size)

    def int_lambda(self, ctx: Ctx, limit: float, depth: int):
        p = self.fresh("p")
        arg, targ = self.expr(INT, ctx, math.sqrt(limit) if limit > 4 else 1, depth)
        inner = ctx.child(vars={**ctx.vars, p: Var(targ, frozen=True)})
        body, tb = self.expr(INT, inner, limit, depth + 1)
        return call(lam([p], body), arg), tb

    def int_next(self, ctx: Ctx, limit: float, depth: int):
        gens = [f for f in self.funcs.values() if f.gen and f.ret.size <= limit]
        if gens and self.bool_():
            f = self.pick(gens)
            c = self.call_args(f, ctx, depth)
            return call("next", c, const(-1)), Ty(INT, max(f.ret.size, 1))
        a, ta = self.expr(LIST, ctx, SEQ_CAP, depth)
        if ta.elem > limit:
            return None
        return call("next", call("iter", a), const(0)), Ty(INT, ta.elem)

    # floats
    def g_float(self) -> list[Gen]:
        return [
            self.float_lit,
            self.var_gen(FLOAT),
            self.float_arith,
            self.float_div,
            self.float_convert,
            self.ternary(FLOAT),
            self.float_round,
            self.template(FLOAT),
        ]

    def float_lit(self, ctx: Ctx, limit: float, depth: int):
        v = self.pick(FLOAT_LITS)
        return const(v), Ty(FLOAT, abs(v))

    def float_arith(self, ctx: Ctx, limit: float, depth: int):
        op = self.pick([ast.Add(), ast.Sub(), ast.Mult()])
        sub = math.sqrt(limit) if isinstance(op, ast.Mult) else limit / 2
        a, ta = self.expr(FLOAT, ctx, sub, depth)
        if self.bool_(0.3):
            b, tb = self.expr(INT, ctx, sub, depth)
        else:
            b, tb = self.expr(FLOAT, ctx, sub, depth)
        size = ta.size * tb.size if isinstance(op, ast.Mult) else ta.size + tb.size
        return binop(a, op, b), Ty(FLOAT, size)

    def float_div(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(INT, ctx, limit, depth)
        b, _ = self.expr(INT, ctx, limit, depth) if self.bool_(0.3) else (const(4), None)
        return binop(a, ast.Div(), b), Ty(FLOAT, ta.size)

    def float_convert(self, ctx: Ctx, limit: float, depth: int):
        if self.bool_(0.8):
            a, ta = self.expr(INT, ctx, limit, depth)
            return call("float", a), Ty(FLOAT, ta.size)
        s = self.pick(["1.5", "-0.25", "1e3", "nan", "inf", "x"])
        if s in ("1e3", "inf") and limit < 1e3:
            return None
        return call("float", ast.Constant(s)), Ty(FLOAT, 1e3)

    def float_round(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(FLOAT, ctx, limit / 2, depth)
        fn = self.pick(["abs", "round", "min", "max"])
        if fn == "round":
            return call("round", a, ast.Constant(self.int_(0, 3))), ta
        if fn in ("min", "max"):
            b, tb = self.expr(FLOAT, ctx, limit / 2, depth)
            return call(fn, a, b), _join(ta, tb)
        return call(fn, a), ta

    # strings
    def g_str(self) -> list[Gen]:
        return [
            self.str_lit,
            self.var_gen(STR),
            self.str_concat,
            self.str_repeat,
            self.str_slice,
            self.str_method,
            self.str_convert,
            self.str_fstring,
            self.str_join,
            self.str_format,
            self.ternary(STR),
            self.call_func(STR),
            self.obj_read(STR),
            self.str_obj,
            self.template(STR),
            self.template(STR),
            self.template(STR),
        ]

    def str_lit(self, ctx: Ctx, limit: float, depth: int):
        choices = [s for s in STR_LITS if len(s) <= limit] or [""]
        s = self.pick(choices)
        return ast.Constant(s), Ty(STR, len(s))

    def str_concat(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(STR, ctx, limit / 2, depth)
        b, tb = self.expr(STR, ctx, limit / 2, depth)
        return binop(a, ast.Add(), b), Ty(STR, ta.size + tb.size)

    def str_repeat(self, ctx: Ctx, limit: float, depth: int):
        k = self.int_(0, 3)
        a, ta = self.expr(STR, ctx, limit / max(k, 1), depth)
        return binop(a, ast.Mult(), const(k)), Ty(STR, ta.size * k)

    def slice_(self, ctx: Ctx, depth: int) -> ast.expr:
        def part() -> ast.expr | None:
            return None if self.bool_(0.4) else const(self.int_(-4, 5))

        step = None if self.bool_(0.7) else const(self.pick([-1, 2, -2, 3]))
        return ast.Slice(part(), part(), step)

    def str_slice(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(STR, ctx, limit, depth)
        if self.bool_(0.3):
            return index(a, const(self.int_(-2, 3))), Ty(STR, 1)
        return index(a, self.slice_(ctx, depth)), ta

    def str_method(self, ctx: Ctx, limit: float, depth: int):
        name = self.pick(
            [
                "upper",
                "lower",
                "strip",
                "title",
                "capitalize",
                "swapcase",
                "replace",
                "center",
                "ljust",
                "rjust",
                "zfill",
                "lstrip",
                "removeprefix",
            ]
        )
        if name == "replace":
            a, ta = self.expr(STR, ctx, limit / 3, depth)
            old, new = self.pick([("a", "AA"), ("b", ""), (" ", "_"), ("", "-")])
            size = ta.size * 3 + 1 if old == "" else ta.size * max(1, len(new))
            return meth(a, name, ast.Constant(old), ast.Constant(new)), Ty(STR, size)
        if name in ("center", "ljust", "rjust", "zfill"):
            width = self.int_(0, 12)
            a, ta = self.expr(STR, ctx, limit - width, depth)
            args: list[ast.expr] = [ast.Constant(width)]
            if name != "zfill" and self.bool_(0.4):
                args.append(ast.Constant(self.pick(["*", "-", "."])))
            return meth(a, name, *args), Ty(STR, ta.size + width)
        a, ta = self.expr(STR, ctx, limit, depth)
        if name == "removeprefix":
            return meth(a, name, ast.Constant(self.pick(["a", "he", "x"]))), ta
        return meth(a, name), ta

    def str_convert(self, ctx: Ctx, limit: float, depth: int):
        kind = self.pick([INT, FLOAT, LIST, STR, TUPLE, BOOL, DICT])
        fn = self.pick(["str", "repr", "str", "ascii"])
        if kind == STR and fn == "str":
            fn = "repr"
        if kind == INT:
            a, ta = self.expr(INT, ctx, INT_CAP, depth)
            size = len(str(int(ta.size))) + 1
        elif kind == FLOAT:
            a, ta = self.expr(FLOAT, ctx, FLOAT_CAP, depth)
            size = 24
        elif kind == BOOL:
            a, _ = self.expr(BOOL, ctx, 1, depth)
            size = 5
        elif kind == STR:
            a, ta = self.expr(STR, ctx, (limit - 2) / 6, depth)
            size = ta.size * 6 + 2
        else:
            a, ta = self.expr(kind, ctx, 6, depth)
            size = 2 + ta.size * (len(str(int(ta.elem))) + 8)
        if size > limit:
            return None
        return call(fn, a), Ty(STR, size)

    def format_spec(self, kind: str) -> str:
        if kind == INT:
            return self.pick(["", ">5", "<4", "^6", "03d", "+d", "x", "b", ",", "#o"])
        if kind == FLOAT:
            return self.pick(["", ".2f", ".1e", ">8.3f", ".0%", "g", "+.1f", ","])
        return self.pick(["", ">6", "^7", ".2", "<3"])

    def str_fstring(self, ctx: Ctx, limit: float, depth: int):
        parts: list[ast.expr] = []
        size = 0.0
        for _ in range(self.int_(1, 3)):
            if self.bool_(0.4):
                text = self.pick(["x=", " ", ", ", "[", "] ", ":"])
                parts.append(ast.Constant(text))
                size += len(text)
            kind = self.pick([INT, FLOAT, STR, INT])
            if kind == STR:
                v, tv = self.expr(STR, ctx, 20, depth)
                vsize = tv.size
            else:
                v, tv = self.expr(kind, ctx, 10**9, depth)
                vsize = 40
            conv = -1 if self.bool_(0.8) else self.pick([ord("r"), ord("s"), ord("a")])
            spec = "" if conv != -1 and kind != STR else self.format_spec(kind)
            if conv != -1 and spec and spec[-1] not in "0123456789<>^":
                spec = ""
            if conv == ord("r") and kind == STR:
                vsize = vsize * 6 + 2
            parts.append(fvalue(v, conv, spec))
            size += vsize + 8
        if size > limit:
            return None
        return fstring(*parts), Ty(STR, size)

    def str_join(self, ctx: Ctx, limit: float, depth: int):
        sep = ast.Constant(self.pick([", ", "-", "", " | "]))
        if self.bool_():
            a, ta = self.expr(LIST, ctx, 10, depth)
            v = self.fresh("x")
            comp = gencomp(ast.GeneratorExp, call("str", load(v)), v, a)
            size = ta.size * (len(str(int(ta.elem))) + 5)
        else:
            s, ts = self.expr(STR, ctx, 30, depth)
            name = self.pick(["split", "sorted", "reversed", "list"])
            comp = meth(s, "split") if name == "split" else call(name, s)
            size = ts.size * 5
        if size > limit:
            return None
        return meth(sep, "join", comp), Ty(STR, size)

    def str_format(self, ctx: Ctx, limit: float, depth: int):
        if limit < 60:
            return None
        a, _ = self.expr(INT, ctx, 10**9, depth)
        b, _ = self.expr(STR, ctx, 20, depth)
        if self.bool_():
            template = self.pick(["{}-{}", "{1}/{0}", "{0!r}:{1:>4}", "{:05d}|{}"])
            return meth(ast.Constant(template), "format", a, b), Ty(STR, 60)
        template = self.pick(["%d:%s", "%5d %r", "%x/%s", "%-4d|%s"])
        return binop(ast.Constant(template), ast.Mod(), ast.Tuple([a, b], ast.Load())), Ty(STR, 60)

    def str_obj(self, ctx: Ctx, limit: float, depth: int):
        if limit < 60:
            return None
        choice = self.int_(0, 2)
        if choice == 0:
            kind = self.pick([INT, STR, LIST, FLOAT, BOOL, DICT])
            a, _ = self.expr(kind, ctx, 6 if kind in SEQ_KINDS else None, depth)
            return attr(call("type", a), "__name__"), Ty(STR, 10)
        objs = self.objs(ctx)
        if not objs:
            return None
        name, _ = self.pick(objs)
        if choice == 1:
            return call(self.pick(["repr", "str"]), load(name)), Ty(STR, 60)
        return attr(call("type", load(name)), self.pick(["__name__", "__qualname__"])), Ty(STR, 10)

    # bools
    def g_bool(self) -> list[Gen]:
        return [
            self.bool_lit,
            self.var_gen(BOOL),
            self.bool_compare,
            self.bool_in,
            self.bool_not,
            self.bool_logic,
            self.bool_builtin,
            self.bool_str,
            self.bool_obj,
            self.template(BOOL),
        ]

    def bool_lit(self, ctx: Ctx, limit: float, depth: int):
        return ast.Constant(self.bool_()), Ty(BOOL, 1)

    def bool_compare(self, ctx: Ctx, limit: float, depth: int):
        kind = self.pick([INT, INT, FLOAT, STR, LIST, TUPLE])
        a, _ = self.expr(kind, ctx, None, depth)
        b, _ = self.expr(kind, ctx, None, depth)
        ops: list[ast.cmpop] = [ast.Lt(), ast.LtE(), ast.Eq(), ast.NotEq(), ast.Gt(), ast.GtE()]
        if self.bool_(0.2) and kind in (INT, FLOAT, STR):
            c, _ = self.expr(kind, ctx, None, depth)
            return ast.Compare(a, [self.pick(ops), self.pick(ops)], [b, c]), Ty(BOOL, 1)
        return compare(a, self.pick(ops), b), Ty(BOOL, 1)

    def bool_in(self, ctx: Ctx, limit: float, depth: int):
        kind = self.pick([LIST, TUPLE, DICT, STR, SET])
        container, _ = self.expr(kind, ctx, None, depth)
        if kind == DICT:
            item: ast.expr = ast.Constant(self.pick(DICT_KEYS))
        elif kind == STR:
            item = ast.Constant(self.pick(["a", "b", "", "lo"]))
        else:
            item, _ = self.expr(INT, ctx, ELEM_CAP, depth)
        op = ast.In() if self.bool_(0.7) else ast.NotIn()
        return compare(item, op, container), Ty(BOOL, 1)

    def bool_not(self, ctx: Ctx, limit: float, depth: int):
        kind = self.pick([BOOL, INT, STR, LIST])
        a, _ = self.expr(kind, ctx, None, depth)
        return ast.UnaryOp(ast.Not(), a), Ty(BOOL, 1)

    def bool_logic(self, ctx: Ctx, limit: float, depth: int):
        a, _ = self.expr(BOOL, ctx, 1, depth)
        b, _ = self.expr(BOOL, ctx, 1, depth)
        return ast.BoolOp(self.pick([ast.And(), ast.Or()]), [a, b]), Ty(BOOL, 1)

    def bool_builtin(self, ctx: Ctx, limit: float, depth: int):
        kind = self.pick([INT, STR, LIST, FLOAT, DICT])
        a, _ = self.expr(kind, ctx, None, depth)
        choice = self.int_(0, 3)
        if choice == 0:
            types = self.pick(["int", "str", "float", "list", "(int, float)", "(str, tuple)"])
            return call("isinstance", a, ast.parse(types, mode="eval").body), Ty(BOOL, 1)
        if choice == 1:
            return call("bool", a), Ty(BOOL, 1)
        if choice == 2 and kind in (LIST, STR):
            fn = self.pick(["any", "all"])
            if kind == LIST and self.bool_():
                v = self.fresh("x")
                cond = compare(load(v), ast.Gt(), const(self.int_(-1, 3)))
                return call(fn, gencomp(ast.GeneratorExp, cond, v, a)), Ty(BOOL, 1)
            return call(fn, a), Ty(BOOL, 1)
        return call("callable", a), Ty(BOOL, 1)

    def bool_str(self, ctx: Ctx, limit: float, depth: int):
        s, _ = self.expr(STR, ctx, None, depth)
        name = self.pick(["startswith", "endswith", "isdigit", "isalpha", "isupper", "isspace"])
        if name in ("startswith", "endswith"):
            return meth(s, name, ast.Constant(self.pick(["a", "h", "", "z"]))), Ty(BOOL, 1)
        return meth(s, name), Ty(BOOL, 1)

    def bool_obj(self, ctx: Ctx, limit: float, depth: int):
        objs = self.objs(ctx)
        if not objs:
            return None
        name, k = self.pick(objs)
        choice = self.int_(0, 3)
        if choice == 0:
            cls = self.pick(list(self.classes))
            return call("isinstance", load(name), load(cls)), Ty(BOOL, 1)
        if choice == 1:
            return call("hasattr", load(name), ast.Constant(self.pick(["x", "name", "zz"]))), Ty(
                BOOL, 1
            )
        other, _ = self.pick(objs)
        ops = [ast.Eq(), ast.NotEq()]
        if "__lt__" in self.all_dunders(k):
            ops += [ast.Lt(), ast.Gt()]
        if choice == 2:
            return compare(load(name), self.pick(ops), load(other)), Ty(BOOL, 1)
        return compare(load(name), ast.Is(), load(other)), Ty(BOOL, 1)

    # lists
    def g_list(self) -> list[Gen]:
        return [
            self.list_lit,
            self.var_gen(LIST),
            self.list_range,
            self.list_comp,
            self.list_concat,
            self.list_sorted,
            self.list_slice,
            self.list_convert,
            self.list_map,
            self.list_pairs,
            self.call_func(LIST),
            self.list_gen,
            self.ternary(LIST),
            self.obj_read(LIST),
            self.template(LIST),
            self.template(LIST),
        ]

    def list_lit(self, ctx: Ctx, limit: float, depth: int):
        n = min(self.int_(0, 4), int(limit))
        items = [self.expr(INT, ctx, ELEM_CAP, depth + 1) for _ in range(n)]
        return ast.List([i[0] for i in items], ast.Load()), Ty(
            LIST, n, max((i[1].size for i in items), default=0)
        )

    def list_range(self, ctx: Ctx, limit: float, depth: int):
        start = self.int_(-3, 3)
        stop = self.int_(start, start + min(int(limit), 10))
        step = self.pick([1, 1, 2, 3])
        args = [const(stop)] if start == 0 and step == 1 else [const(start), const(stop)]
        if step != 1:
            args.append(const(step))
        if self.bool_(0.15):
            args = [const(stop), const(start), const(-step)]
        return call("list", call("range", *args)), Ty(
            LIST, stop - start, max(abs(start), abs(stop))
        )

    def iterable(self, ctx: Ctx, depth: int) -> tuple[ast.expr, Ty]:
        """Something small to loop over, yielding ints."""
        choice = self.int_(0, 3)
        if choice == 0:
            n = self.int_(0, 6)
            return call("range", const(n)), Ty(LIST, n, n)
        if choice == 1:
            lo, hi = self.int_(-2, 2), self.int_(2, 7)
            return call("range", const(lo), const(hi)), Ty(LIST, hi - lo, max(abs(lo), hi))
        kind = self.pick([LIST, TUPLE, SET])
        return self.expr(kind, ctx, ITER_CAP, depth)

    def list_comp(self, ctx: Ctx, limit: float, depth: int):
        v = self.fresh("x")
        it, tit = self.iterable(ctx, depth)
        if tit.size > limit:
            return None
        inner = ctx.child(vars={**ctx.vars, v: Var(Ty(INT, tit.elem), frozen=True)})
        e, te = self.expr(INT, inner, ELEM_CAP, depth + 1)
        conds = []
        if self.bool_(0.4):
            c, _ = self.expr(BOOL, inner, 1, depth + 1)
            conds.append(c)
        comp = ast.comprehension(store(v), it, conds, 0)
        if self.bool_(0.15) and tit.size * 4 <= limit:
            w = self.fresh("y")
            comp2 = ast.comprehension(store(w), call("range", const(self.int_(0, 4))), [], 0)
            inner.vars[w] = Var(Ty(INT, 4), frozen=True)
            e, te = self.expr(INT, inner, ELEM_CAP, depth + 1)
            return ast.ListComp(e, [comp, comp2]), Ty(LIST, tit.size * 4, te.size)
        return ast.ListComp(e, [comp]), Ty(LIST, tit.size, te.size)

    def list_concat(self, ctx: Ctx, limit: float, depth: int):
        if self.bool_(0.3):
            k = self.int_(0, 3)
            a, ta = self.expr(LIST, ctx, limit / max(k, 1), depth)
            return binop(a, ast.Mult(), const(k)), Ty(LIST, ta.size * k, ta.elem)
        a, ta = self.expr(LIST, ctx, limit / 2, depth)
        b, tb = self.expr(LIST, ctx, limit / 2, depth)
        if self.bool_(0.3):
            node: ast.expr = ast.List(
                [ast.Starred(a, ast.Load()), ast.Starred(b, ast.Load())], ast.Load()
            )
        else:
            node = binop(a, ast.Add(), b)
        return node, Ty(LIST, ta.size + tb.size, max(ta.elem, tb.elem))

    def list_sorted(self, ctx: Ctx, limit: float, depth: int):
        kind = self.pick([LIST, TUPLE, SET, LIST])
        a, ta = self.expr(kind, ctx, limit, depth)
        kwargs: dict[str, ast.expr] = {}
        if self.bool_(0.3):
            kwargs["reverse"] = ast.Constant(True)
        if self.bool_(0.3):
            v = self.fresh("k")
            key = self.pick(
                [
                    ast.UnaryOp(ast.USub(), load(v)),
                    binop(load(v), ast.Mod(), const(3)),
                    call("abs", load(v)),
                    ast.Tuple([binop(load(v), ast.Mod(), const(2)), load(v)], ast.Load()),
                ]
            )
            kwargs["key"] = lam([v], key)
        if kind == LIST and self.bool_(0.3):
            return call("list", call("reversed", a)), ta
        return call("sorted", a, **kwargs), Ty(LIST, ta.size, ta.elem)

    def list_slice(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(LIST, ctx, limit, depth)
        return index(a, self.slice_(ctx, depth)), ta

    def list_convert(self, ctx: Ctx, limit: float, depth: int):
        choice = self.int_(0, 3)
        if choice == 0:
            a, ta = self.expr(TUPLE, ctx, limit, depth)
            return call("list", a), Ty(LIST, ta.size, ta.elem)
        if choice == 1:
            a, ta = self.expr(DICT, ctx, limit, depth)
            return call("list", meth(a, "values")), Ty(LIST, ta.size, ta.elem)
        if choice == 2:
            s, ts = self.expr(STR, ctx, limit, depth)
            v = self.fresh("c")
            return gencomp(ast.ListComp, call("ord", load(v)), v, s), Ty(LIST, ts.size, 0x10FFFF)
        a, ta = self.expr(LIST, ctx, limit, depth)
        return meth(a, "copy"), ta

    def list_map(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(LIST, ctx, limit, depth)
        v = self.fresh("k")
        inner = ctx.child(vars={**ctx.vars, v: Var(Ty(INT, ta.elem), frozen=True)})
        if self.bool_():
            body, tb = self.expr(INT, inner, ELEM_CAP, depth + 1)
            return call("list", call("map", lam([v], body), a)), Ty(LIST, ta.size, tb.size)
        cond, _ = self.expr(BOOL, inner, 1, depth + 1)
        return call("list", call("filter", lam([v], cond), a)), ta

    def list_pairs(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(LIST, ctx, limit, depth)
        i, x = self.fresh("i"), self.fresh("x")
        if self.bool_():
            b, tb = self.expr(LIST, ctx, limit, depth)
            it = call("zip", a, b)
            tys = (Ty(INT, ta.elem), Ty(INT, tb.elem))
        else:
            start = self.int_(0, 2)
            it = call("enumerate", a, const(start)) if start else call("enumerate", a)
            tys = (Ty(INT, ta.size + start), Ty(INT, ta.elem))
        inner = ctx.child(
            vars={**ctx.vars, i: Var(tys[0], frozen=True), x: Var(tys[1], frozen=True)}
        )
        e, te = self.expr(INT, inner, ELEM_CAP, depth + 1)
        target = ast.Tuple([store(i), store(x)], ast.Store())
        comp = ast.comprehension(target, it, [], 0)
        return ast.ListComp(e, [comp]), Ty(LIST, ta.size, te.size)

    def list_gen(self, ctx: Ctx, limit: float, depth: int):
        gens = [f for f in self.funcs.values() if f.gen]
        if not gens:
            return None
        f = self.pick(gens)
        return call("list", self.call_args(f, ctx, depth)), Ty(LIST, 20, f.ret.size)

    # tuples
    def g_tuple(self) -> list[Gen]:
        return [
            self.tuple_lit,
            self.var_gen(TUPLE),
            self.tuple_convert,
            self.tuple_concat,
            self.tuple_divmod,
        ]

    def tuple_lit(self, ctx: Ctx, limit: float, depth: int):
        n = min(self.int_(0, 3), int(limit))
        items = [self.expr(INT, ctx, ELEM_CAP, depth + 1) for _ in range(n)]
        return ast.Tuple([i[0] for i in items], ast.Load()), Ty(
            TUPLE, n, max((i[1].size for i in items), default=0)
        )

    def tuple_convert(self, ctx: Ctx, limit: float, depth: int):
        kind = self.pick([LIST, SET])
        a, ta = self.expr(kind, ctx, limit, depth)
        if kind == SET:
            return call("tuple", call("sorted", a)), Ty(TUPLE, ta.size, ta.elem)
        return call("tuple", a), Ty(TUPLE, ta.size, ta.elem)

    def tuple_concat(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(TUPLE, ctx, limit / 2, depth)
        if self.bool_():
            return index(a, self.slice_(ctx, depth)), ta
        b, tb = self.expr(TUPLE, ctx, limit / 2, depth)
        return binop(a, ast.Add(), b), Ty(TUPLE, ta.size + tb.size, max(ta.elem, tb.elem))

    def tuple_divmod(self, ctx: Ctx, limit: float, depth: int):
        if limit < 2:
            return None
        a, ta = self.expr(INT, ctx, ELEM_CAP, depth)
        b, tb = self.expr(INT, ctx, ELEM_CAP, depth) if self.bool_(0.3) else (const(3), Ty(INT, 3))
        return call("divmod", a, b), Ty(TUPLE, 2, max(ta.size, tb.size))

    # dicts (str -> int)
    def g_dict(self) -> list[Gen]:
        return [
            self.dict_lit,
            self.var_gen(DICT),
            self.dict_comp,
            self.dict_merge,
            self.dict_zip,
            self.template(DICT),
        ]

    def dict_lit(self, ctx: Ctx, limit: float, depth: int):
        n = min(self.int_(0, 3), int(limit))
        keys = [ast.Constant(self.pick(DICT_KEYS)) for _ in range(n)]
        values = [self.expr(INT, ctx, ELEM_CAP, depth + 1) for _ in range(n)]
        elem = max((v[1].size for v in values), default=0)
        unique = {k.value: v[0] for k, v in zip(keys, values, strict=True)}
        if self.bool_(0.2) and n:
            return call("dict", **unique), Ty(DICT, len(unique), elem)
        return ast.Dict(list(keys), [v[0] for v in values]), Ty(DICT, n, elem)

    def dict_comp(self, ctx: Ctx, limit: float, depth: int):
        if self.bool_():
            a, ta = self.expr(DICT, ctx, limit, depth)
            k, v = self.fresh("k"), self.fresh("v")
            inner = ctx.child(
                vars={**ctx.vars, v: Var(Ty(INT, ta.elem), frozen=True)},
            )
            value, tv = self.expr(INT, inner, ELEM_CAP, depth + 1)
            conds = []
            if self.bool_(0.4):
                conds.append(compare(load(v), self.pick([ast.Gt(), ast.NotEq()]), const(1)))
            target = ast.Tuple([store(k), store(v)], ast.Store())
            comp = ast.comprehension(target, meth(a, "items"), conds, 0)
            return ast.DictComp(load(k), value, [comp]), Ty(DICT, ta.size, tv.size)
        it, tit = self.iterable(ctx, depth)
        if tit.size > limit:
            return None
        x = self.fresh("x")
        inner = ctx.child(vars={**ctx.vars, x: Var(Ty(INT, tit.elem), frozen=True)})
        value, tv = self.expr(INT, inner, ELEM_CAP, depth + 1)
        comp = ast.comprehension(store(x), it, [], 0)
        return ast.DictComp(call("str", load(x)), value, [comp]), Ty(DICT, tit.size, tv.size)

    def dict_merge(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(DICT, ctx, limit / 2, depth)
        b, tb = self.expr(DICT, ctx, limit / 2, depth)
        ty = Ty(DICT, ta.size + tb.size, max(ta.elem, tb.elem))
        if self.bool_():
            return binop(a, ast.BitOr(), b), ty
        return ast.Dict([None, None], [a, b]), ty

    def dict_zip(self, ctx: Ctx, limit: float, depth: int):
        a, ta = self.expr(LIST, ctx, limit, depth)
        keys = ast.Constant(self.pick(["abc", "kz", "ab", "zzkab"]))
        if self.bool_(0.3):
            d, td = self.expr(DICT, ctx, limit, depth)
            return call("dict", call("sorted", meth(d, "items"))), td
        return call("dict", call("zip", keys, a)), Ty(DICT, min(ta.size, 5), ta.elem)

    # sets (of ints)
    def g_set(self) -> list[Gen]:
        return [self.set_lit, self.var_gen(SET), self.set_ops, self.set_comp]

    def set_lit(self, ctx: Ctx, limit: float, depth: int):
        n = min(self.int_(0, 3), int(limit))
        if n == 0:
            return call("set"), Ty(SET, 0)
        items = [self.expr(INT, ctx, ELEM_CAP, depth + 1) for _ in range(n)]
        return ast.Set([i[0] for i in items]), Ty(SET, n, max(i[1].size for i in items))

    def set_ops(self, ctx: Ctx, limit: float, depth: int):
        if self.bool_(0.3):
            a, ta = self.expr(LIST, ctx, limit, depth)
            return call("set", a), Ty(SET, ta.size, ta.elem)
        a, ta = self.expr(SET, ctx, limit / 2, depth)
        b, tb = self.expr(SET, ctx, limit / 2, depth)
        op = self.pick([ast.BitOr(), ast.BitAnd(), ast.Sub(), ast.BitXor()])
        return binop(a, op, b), Ty(SET, ta.size + tb.size, max(ta.elem, tb.elem))

    def set_comp(self, ctx: Ctx, limit: float, depth: int):
        it, tit = self.iterable(ctx, depth)
        if tit.size > limit:
            return None
        x = self.fresh("x")
        inner = ctx.child(vars={**ctx.vars, x: Var(Ty(INT, tit.elem), frozen=True)})
        e, te = self.expr(INT, inner, ELEM_CAP, depth + 1)
        return gencomp(ast.SetComp, e, x, it), Ty(SET, tit.size, te.size)

    # objects
    def g_obj(self) -> list[Gen]:
        return [self.obj_new, self.obj_var, self.obj_add]

    def obj_new(self, ctx: Ctx, limit: float, depth: int):
        if not self.classes:
            return None
        k = self.classes[self.pick(list(self.classes))]
        if k.classmethods and self.bool_(0.2):
            name = self.pick(list(k.classmethods))
            return self.call_args(k.classmethods[name], ctx, depth, attr(load(k.name), name)), Ty(
                OBJ, cls=k.name
            )
        f = Func(k.name, k.init, Ty(OBJ, cls=k.name))
        return self.call_args(f, ctx, depth), Ty(OBJ, cls=k.name)

    def obj_var(self, ctx: Ctx, limit: float, depth: int):
        objs = self.objs(ctx)
        if not objs:
            return None
        name, k = self.pick(objs)
        return load(name), Ty(OBJ, cls=k.name)

    def obj_add(self, ctx: Ctx, limit: float, depth: int):
        objs = [(n, k) for n, k in self.objs(ctx) if "__add__" in self.all_dunders(k)]
        if not objs:
            return None
        name, k = self.pick(objs)
        other, _ = self.pick(objs)
        return binop(load(name), ast.Add(), load(other)), Ty(OBJ, cls=self.add_result(k))

    def add_result(self, k: Klass) -> str:
        while "__add__" not in k.dunders and k.base:
            k = self.classes[k.base]
        return k.name

    def all_dunders(self, k: Klass) -> set[str]:
        found = set(k.dunders)
        while k.base:
            k = self.classes[k.base]
            found |= k.dunders
        return found

    def all_of(self, k: Klass, what: str) -> dict[str, Any]:
        chain = [k]
        while chain[-1].base:
            chain.append(self.classes[chain[-1].base])
        found: dict[str, Any] = {}
        for klass in reversed(chain):
            found.update(getattr(klass, what))
        return found

    def obj_read(self, kind: str) -> Gen:
        def gen(ctx: Ctx, limit: float, depth: int):
            objs = self.objs(ctx)
            if not objs:
                return None
            name, k = self.pick(objs)
            options: list[tuple[ast.expr, Ty]] = []
            for a, ty in self.all_of(k, "attrs").items():
                if ty.kind == kind and ty.size <= limit:
                    options.append((attr(load(name), a), ty))
            for p, ty in ({} if self.no_methods else self.all_of(k, "props")).items():
                if ty.kind == kind and ty.size <= limit:
                    options.append((attr(load(name), p), ty))
            for a, ty in self.all_of(k, "class_attrs").items():
                if ty.kind == kind and ty.size <= limit:
                    options.append((attr(load(self.pick([name, k.name])), a), ty))
            methods = {} if self.no_methods else self.all_of(k, "methods")
            for m, f in methods.items():
                if f.ret.kind == kind and f.ret.size <= limit:
                    options.append((self.call_args(f, ctx, depth, attr(load(name), m)), f.ret))
            if kind == INT and "__len__" in self.all_dunders(k):
                options.append((call("len", load(name)), Ty(INT, PARAM_STR)))
            if not options:
                return None
            return self.pick(options)

        return gen

    # user functions
    def call_func(self, kind: str) -> Gen:
        def gen(ctx: Ctx, limit: float, depth: int):
            found = [
                f
                for f in self.funcs.values()
                if not f.gen and f.ret.kind == kind and f.ret.size <= limit
            ]
            if not found:
                return None
            f = self.pick(found)
            return self.call_args(f, ctx, depth), f.ret

        return gen

    def param_ty(self, kind: str) -> Ty:
        return {
            INT: Ty(INT, PARAM_INT),
            STR: Ty(STR, PARAM_STR),
            LIST: Ty(LIST, PARAM_LIST, PARAM_INT),
            FLOAT: Ty(FLOAT, PARAM_INT),
        }[kind]

    def call_args(self, f: Func, ctx: Ctx, depth: int, fn: ast.expr | None = None) -> ast.Call:
        args: list[ast.expr] = []
        kwargs: list[ast.keyword] = []
        use_kw = False
        for name, ty, has_default in f.params:
            if has_default and self.bool_(0.5):
                use_kw = True  # later arguments must name their parameter
                continue
            value, _ = self.expr(ty.kind, ctx, ty.size, depth + 1)
            if use_kw or self.bool_(0.15):
                use_kw = True
                kwargs.append(ast.keyword(name, value))
            else:
                args.append(value)
        if f.varargs and not use_kw and self.bool_():
            for _ in range(self.int_(1, 3)):
                args.append(self.expr(INT, ctx, PARAM_INT, depth + 1)[0])
        for name in f.kwonly:
            if self.bool_(0.4):
                kwargs.append(ast.keyword(name, self.expr(INT, ctx, PARAM_INT, depth + 1)[0]))
        if f.kwargs and self.bool_():
            for key in self.draw(st.sets(st.sampled_from(["extra", "zz", "k9"]), max_size=2)):
                kwargs.append(ast.keyword(key, self.expr(INT, ctx, PARAM_INT, depth + 1)[0]))
        if not kwargs and len(args) >= 2 and self.bool_(0.1):
            args = [ast.Starred(ast.List(args, ast.Load()), ast.Load())]
        return ast.Call(fn or load(f.name), args, kwargs)

    # -- statements --------------------------------------------------------------------------
    def block(self, ctx: Ctx, n_max: int) -> list[ast.stmt]:
        body: list[ast.stmt] = []
        for _ in range(self.int_(1, n_max)):
            if self.lines <= 0:
                break
            body.extend(self.statement(ctx))
        return body or [ast.Pass()]

    def statement(self, ctx: Ctx) -> list[ast.stmt]:
        options: list[Callable[[Ctx], list[ast.stmt]]] = [
            self.s_assign,
            self.s_print,
            self.s_assign,
            self.s_mutate,
            self.s_unpack,
            self.s_if,
            self.s_for,
            self.s_mutate,
            self.s_print,
            self.s_while,
            self.s_try,
            self.s_assert,
            self.s_del,
            self.s_match,
            self.s_with,
            self.s_raise,
            self.s_method_call,
            self.s_misuse,
            self.s_builtin_alias,
            self.s_introspect,
        ]
        if ctx.depth == 0:
            options += [
                self.s_def,
                self.s_def,
                self.s_class,
                self.s_class,
                self.s_gen,
                self.s_lambda,
                self.s_closure,
                self.s_exc_class,
                self.s_builtin_subclass,
                self.s_records,
                self.s_protocols,
            ]
        if ctx.in_loop:
            options += [self.s_break]
        if ctx.depth >= 3:
            options = [self.s_assign, self.s_print, self.s_mutate]
        chosen = self.pick(options)
        return chosen(ctx)

    def s_assign(self, ctx: Ctx) -> list[ast.stmt]:
        self.take(1)
        kind = self.pick([*PLAIN_KINDS, OBJ] if self.classes else list(PLAIN_KINDS))
        value, ty = self.expr(kind, ctx)
        name = self.fresh()
        ctx.vars[name] = Var(ty)
        if self.bool_(0.1) and kind in (INT, STR, FLOAT, LIST):
            return [ast.AnnAssign(store(name), load(kind), value, 1)]
        if self.bool_(0.05):
            other = self.fresh()
            ctx.vars[other] = Var(ty)
            return [ast.Assign([store(name), store(other)], value)]
        return [assign(name, value)]

    def s_print(self, ctx: Ctx) -> list[ast.stmt]:
        self.take(1)
        args = []
        for _ in range(self.int_(1, 3)):
            plain = [n for n, v in ctx.vars.items() if v.ty.kind in (*PLAIN_KINDS, OBJ)]
            if plain and self.bool_(0.6):
                args.append(load(self.pick(plain)))
            else:
                args.append(self.expr(self.plain_kind(), ctx)[0])
        kwargs = {}
        if self.bool_(0.15):
            kwargs["sep"] = ast.Constant(self.pick(["", ", ", "|"]))
        if self.bool_(0.1):
            kwargs["end"] = ast.Constant(self.pick(["", ";\n", "!\n"]))
        return [stmt(call("print", *args, **kwargs))]

    def mutable(self, ctx: Ctx, kinds: tuple[str, ...]) -> list[tuple[str, Var]]:
        return [(n, v) for n, v in ctx.vars.items() if not v.frozen and v.ty.kind in kinds]

    def s_mutate(self, ctx: Ctx) -> list[ast.stmt]:
        found = self.mutable(ctx, (INT, FLOAT, STR, LIST, DICT, SET))
        if not found:
            return self.s_assign(ctx)
        self.take(1)
        name, var = self.pick(found)
        kind = var.ty.kind
        target = load(name)
        node: ast.stmt
        if kind == INT:
            choice = self.int_(0, 3)
            if choice == 0:
                e, _ = self.expr(INT, ctx, 100)
                node = ast.AugAssign(store(name), self.pick([ast.Add(), ast.Sub()]), e)
            elif choice == 1:
                node = ast.AugAssign(store(name), ast.Mult(), const(self.pick([2, 3, -1])))
            elif choice == 2:
                op = self.pick([ast.FloorDiv(), ast.Mod(), ast.RShift(), ast.BitXor()])
                node = ast.AugAssign(store(name), op, const(self.pick([2, 3, 5])))
            else:
                e, _ = self.expr(INT, ctx, 100)
                node = assign(name, binop(load(name), ast.Add(), e))
        elif kind == FLOAT:
            op = self.pick([ast.Add(), ast.Sub(), ast.Mult(), ast.Div()])
            e = const(self.pick([0.5, 1.5, 2.0, -1.0]))
            node = ast.AugAssign(store(name), op, e)
        elif kind == STR:
            e, _ = self.expr(STR, ctx, 10)
            node = ast.AugAssign(store(name), ast.Add(), e)
        elif kind == LIST:
            choice = self.int_(0, 8)
            small = lambda: self.expr(INT, ctx, 1000)[0]  # noqa: E731
            if choice == 0:
                node = stmt(meth(target, "append", small()))
            elif choice == 1:
                node = stmt(meth(target, "extend", ast.List([small(), small()], ast.Load())))
            elif choice == 2:
                node = stmt(meth(target, "insert", const(self.int_(-1, 2)), small()))
            elif choice == 3:
                node = stmt(meth(target, "pop", *([const(0)] if self.bool_() else [])))
            elif choice == 4:
                node = ast.Assign(
                    [ast.Subscript(target, const(self.int_(-2, 2)), ast.Store())], small()
                )
            elif choice == 5:
                kw = {"reverse": ast.Constant(True)} if self.bool_(0.3) else {}
                node = stmt(meth(target, self.pick(["sort", "reverse"]), **kw))
            elif choice == 6:
                node = ast.Delete([ast.Subscript(target, const(self.int_(-1, 1)), ast.Del())])
            elif choice == 7:
                node = stmt(meth(target, "remove", small()))
            else:
                node = ast.AugAssign(store(name), ast.Add(), ast.List([small()], ast.Load()))
        elif kind == DICT:
            key = ast.Constant(self.pick(DICT_KEYS))
            choice = self.int_(0, 4)
            small = lambda: self.expr(INT, ctx, 1000)[0]  # noqa: E731
            if choice == 0:
                node = ast.Assign([ast.Subscript(target, key, ast.Store())], small())
            elif choice == 1:
                node = stmt(meth(target, "update", ast.Dict([key], [small()])))
            elif choice == 2:
                node = stmt(meth(target, "pop", key, *([const(0)] if self.bool_() else [])))
            elif choice == 3:
                node = ast.Delete([ast.Subscript(target, key, ast.Del())])
            else:
                node = stmt(meth(target, "setdefault", key, small()))
        else:
            e, _ = self.expr(INT, ctx, 1000)
            node = stmt(meth(target, self.pick(["add", "discard"]), e))
        var.ty = MUTATED[kind]
        var.mutated = True
        return [node]

    def s_unpack(self, ctx: Ctx) -> list[ast.stmt]:
        self.take(1)
        choice = self.int_(0, 4)
        if choice == 0:
            (a, ta), (b, tb) = self.expr(INT, ctx), self.expr(self.plain_kind(), ctx)
            na, nb = self.fresh(), self.fresh()
            ctx.vars[na], ctx.vars[nb] = Var(ta), Var(tb)
            targets = ast.Tuple([store(na), store(nb)], ast.Store())
            return [ast.Assign([targets], ast.Tuple([a, b], ast.Load()))]
        if choice == 1:
            lst, tl = self.expr(LIST, ctx)
            na, nb = self.fresh(), self.fresh()
            ctx.vars[na] = Var(Ty(INT, tl.elem))
            ctx.vars[nb] = Var(tl)
            star_first = self.bool_(0.3)
            targets = (
                [ast.Starred(store(nb), ast.Store()), store(na)]
                if star_first
                else [store(na), ast.Starred(store(nb), ast.Store())]
            )
            return [ast.Assign([ast.Tuple(targets, ast.Store())], lst)]
        if choice == 2:
            d, td = self.expr(TUPLE, ctx) if self.bool_() else self.expr(LIST, ctx, 3)
            names = [self.fresh() for _ in range(self.int_(1, 3))]
            for n in names:
                ctx.vars[n] = Var(Ty(INT, td.elem))
            targets = ast.List if self.bool_(0.2) else ast.Tuple
            return [ast.Assign([targets([store(n) for n in names], ast.Store())], d)]
        if choice == 3:
            swappable = self.mutable(ctx, (INT,))
            if len(swappable) >= 2:
                (a, va), (b, vb) = swappable[0], self.pick(swappable[1:])
                big = _join(va.ty, vb.ty)
                va.ty = vb.ty = big
                return [
                    ast.Assign(
                        [ast.Tuple([store(a), store(b)], ast.Store())],
                        ast.Tuple([load(b), load(a)], ast.Load()),
                    )
                ]
        (a, ta), (b, tb), (c, tc) = (
            self.expr(INT, ctx),
            self.expr(STR, ctx),
            self.expr(INT, ctx),
        )
        na, nb, nc = self.fresh(), self.fresh(), self.fresh()
        ctx.vars.update({na: Var(ta), nb: Var(tb), nc: Var(tc)})
        target = ast.Tuple([ast.Tuple([store(na), store(nb)], ast.Store()), store(nc)], ast.Store())
        value = ast.Tuple([ast.Tuple([a, b], ast.Load()), c], ast.Load())
        return [ast.Assign([target], value)]

    def s_if(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(2):
            return self.s_print(ctx)
        cond, _ = self.expr(BOOL if self.bool_(0.8) else self.plain_kind(), ctx)
        body = self.block(ctx.child(), 2)
        orelse: list[ast.stmt] = []
        if self.bool_(0.5) and self.take(2):
            if self.bool_(0.3):
                orelse = self.s_if(ctx.child(depth=ctx.depth))
                self.lines += 1  # an elif shares its line with the `else`
            else:
                orelse = self.block(ctx.child(), 2)
        return [ast.If(cond, body, orelse)]

    def s_break(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(2):
            return self.s_print(ctx)
        cond, _ = self.expr(BOOL, ctx)
        return [ast.If(cond, [self.pick([ast.Break(), ast.Continue()])], [])]

    def s_for(self, ctx: Ctx) -> list[ast.stmt]:
        if ctx.loop_depth >= 2 or not self.take(2):
            return self.s_print(ctx)
        inner = ctx.child(in_loop=True, loop_depth=ctx.loop_depth + 1)
        choice = self.int_(0, 4)
        if choice <= 1:
            it, tit = self.iterable(ctx, 1)
            if isinstance(it, ast.Name):
                inner.vars[it.id] = Var(ctx.vars[it.id].ty, frozen=True)
            v = self.fresh("i")
            inner.vars[v] = Var(Ty(INT, tit.elem), frozen=True)
            target: ast.expr = store(v)
        elif choice == 2:
            d, td = self.expr(DICT, ctx, ITER_CAP)
            if isinstance(d, ast.Name):
                inner.vars[d.id] = Var(ctx.vars[d.id].ty, frozen=True)
            k, v = self.fresh("k"), self.fresh("v")
            inner.vars[k] = Var(Ty(STR, 5), frozen=True)
            inner.vars[v] = Var(Ty(INT, td.elem), frozen=True)
            target = ast.Tuple([store(k), store(v)], ast.Store())
            it = meth(d, "items")
        elif choice == 3:
            s, ts = self.expr(STR, ctx, ITER_CAP)
            v = self.fresh("c")
            inner.vars[v] = Var(Ty(STR, 1), frozen=True)
            target, it = store(v), s
        else:
            seq, ts = self.iterable(ctx, 1)
            if isinstance(seq, ast.Name):
                inner.vars[seq.id] = Var(ctx.vars[seq.id].ty, frozen=True)
            i, v = self.fresh("i"), self.fresh("x")
            inner.vars[i] = Var(Ty(INT, ITER_CAP + 2), frozen=True)
            inner.vars[v] = Var(Ty(INT, ts.elem), frozen=True)
            target = ast.Tuple([store(i), store(v)], ast.Store())
            it = call("enumerate", seq)
        body = self.block(inner, 3)
        orelse: list[ast.stmt] = []
        if self.bool_(0.15) and self.take(2):
            orelse = [self.s_print(ctx)[0]]
            self.lines += 1
        return [ast.For(target, it, body, orelse)]

    def s_while(self, ctx: Ctx) -> list[ast.stmt]:
        if ctx.loop_depth >= 2 or not self.take(4):
            return self.s_print(ctx)
        counter = self.fresh("n")
        bound = self.int_(0, 5)
        inner = ctx.child(in_loop=True, loop_depth=ctx.loop_depth + 1)
        inner.vars[counter] = Var(Ty(INT, bound + 1), frozen=True)
        incr = ast.AugAssign(store(counter), ast.Add(), const(1))
        if self.bool_(0.3):
            stop = ast.If(compare(load(counter), ast.Gt(), const(bound)), [ast.Break()], [])
            self.take(1)
            loop = ast.While(ast.Constant(True), [incr, stop, *self.block(inner, 3)], [])
        else:
            cond = compare(load(counter), ast.Lt(), const(bound))
            loop = ast.While(cond, [incr, *self.block(inner, 3)], [])
        ctx.vars[counter] = Var(Ty(INT, bound + 1), frozen=True)
        return [assign(counter, const(0)), loop]

    def risky(self, ctx: Ctx) -> ast.stmt:
        """A statement that may well raise."""
        choice = self.int_(0, 6)
        if choice == 6:
            return stmt(call("print", self.misuse_call(ctx)))
        if choice == 0:
            return self.raise_stmt(ctx)
        if choice == 1:
            return stmt(call("int", ast.Constant(self.pick(["12", "x", "3.5", " 7 "]))))
        if choice == 2:
            lst, _ = self.expr(LIST, ctx)
            return stmt(index(lst, const(self.int_(-6, 6))))
        if choice == 3:
            d, _ = self.expr(DICT, ctx)
            return stmt(index(d, ast.Constant(self.pick(DICT_KEYS))))
        if choice == 4:
            a, _ = self.expr(INT, ctx)
            b, _ = self.expr(INT, ctx, 3)
            return stmt(binop(a, self.pick([ast.FloorDiv(), ast.Mod(), ast.Div()]), b))
        objs = self.objs(ctx)
        if objs:
            name, _ = self.pick(objs)
            return stmt(attr(load(name), self.pick(["missing", "x", "name"])))
        return stmt(call("len", self.expr(INT, ctx)[0]))

    def raise_stmt(self, ctx: Ctx) -> ast.stmt:
        exc = self.pick(EXC_TYPES + self.exc_classes)
        if self.bool_(0.2):
            return ast.Raise(load(exc), None)
        msg, _ = self.expr(self.pick([STR, INT]), ctx, 40)
        cause = ast.Constant(None) if self.bool_(0.15) else None
        return ast.Raise(call(exc, msg), cause)

    def handler(self, ctx: Ctx) -> ast.ExceptHandler:
        self.take(1)
        choice = self.int_(0, 3)
        if choice == 0:
            types: ast.expr | None = load(self.pick(EXC_TYPES + self.exc_classes))
        elif choice == 1:
            types = ast.Tuple([load(self.pick(EXC_TYPES)) for _ in range(2)], ast.Load())
        elif choice == 2:
            types = load(self.pick(["Exception", "LookupError", "ArithmeticError"]))
        else:
            types = None
        name = self.fresh("e") if types is not None and self.bool_(0.7) else None
        inner = ctx.child()
        body: list[ast.stmt]
        if name:
            shown = self.pick(
                [
                    load(name),
                    call("repr", load(name)),
                    attr(call("type", load(name)), "__name__"),
                    attr(load(name), "args"),
                ]
            )
            self.take(1)
            body = [stmt(call("print", ast.Constant("caught"), shown))]
            if self.bool_(0.2) and self.take(1):
                body.append(ast.Raise(None, None))
        else:
            body = self.block(inner, 1)
        return ast.ExceptHandler(types, name, body)

    def s_try(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(4):
            return self.s_print(ctx)
        inner = ctx.child()
        body = self.block(inner, 2)
        if self.bool_(0.7):
            self.take(1)
            body.insert(self.int_(0, len(body)), self.risky(inner))
        handlers = [self.handler(ctx) for _ in range(self.int_(0 if self.bool_(0.2) else 1, 2))]
        bare = [h for h in handlers if h.type is None]
        handlers = [h for h in handlers if h.type is not None] + bare[:1]  # bare `except:` last
        orelse = self.block(ctx.child(), 1) if handlers and self.bool_(0.3) else []
        final = self.block(ctx.child(), 1) if not handlers or self.bool_(0.3) else []
        return [ast.Try(body, handlers, orelse, final)]

    def s_raise(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(2):
            return self.s_print(ctx)
        cond, _ = self.expr(BOOL, ctx)
        return [ast.If(cond, [self.raise_stmt(ctx)], [])]

    def s_assert(self, ctx: Ctx) -> list[ast.stmt]:
        self.take(1)
        cond, _ = self.expr(BOOL, ctx)
        msg = self.expr(STR, ctx, 30)[0] if self.bool_(0.5) else None
        return [ast.Assert(cond, msg)]

    def s_del(self, ctx: Ctx) -> list[ast.stmt]:
        found = [n for n, v in ctx.vars.items() if not v.frozen]
        if not found or ctx.depth > 0:
            return self.s_print(ctx)
        self.take(1)
        name = self.pick(found)
        del ctx.vars[name]
        return [ast.Delete([ast.Name(name, ast.Del())])]

    def s_method_call(self, ctx: Ctx) -> list[ast.stmt]:
        objs = self.objs(ctx)
        if not objs:
            return self.s_print(ctx)
        name, k = self.pick(objs)
        methods = self.all_of(k, "methods")
        if not methods:
            return self.s_print(ctx)
        self.take(1)
        m = self.pick(sorted(methods))
        c = self.call_args(methods[m], ctx, 1, attr(load(name), m))
        return [stmt(call("print", c) if self.bool_() else c)]

    def s_with(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(2):
            return self.s_print(ctx)
        out: list[ast.stmt] = []
        if self.cm is None:
            if ctx.depth > 0 or not self.take(11):
                return self.s_print(ctx)
            out.append(self.cm_class())
        assert self.cm is not None
        inner = ctx.child()
        name = self.fresh("t") if self.bool_(0.7) else None
        if name:
            inner.vars[name] = Var(Ty(STR, PARAM_STR), frozen=True)
        body = self.block(inner, 2)
        if self.bool_(0.4):
            self.take(1)
            body.insert(self.int_(0, len(body)), self.risky(inner))
        tag = ast.Constant(self.pick(STR_LITS[:5]))
        suppress = ast.Constant(self.bool_(0.4))
        item = ast.withitem(call(self.cm, tag, suppress), store(name) if name else None)
        out.append(ast.With([item], body))
        return out

    def cm_class(self) -> ast.stmt:
        self.cm = self.fresh("Manager")
        src = f"""
class {self.cm}:
    def __init__(self, tag, suppress=False):
        self.tag = tag
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.tag)
        return self.tag
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.tag, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
"""
        return ast.parse(src).body[0]

    def s_match(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(3):
            return self.s_print(ctx)
        kind = self.pick(
            [INT, STR, LIST, TUPLE, DICT, OBJ] if self.objs(ctx) else [INT, STR, LIST, TUPLE, DICT]
        )
        subject, _ = self.expr(kind, ctx, 6 if kind in SEQ_KINDS else None)
        cases: list[ast.match_case] = []
        for _ in range(self.int_(1, 3)):
            if not self.take(2):
                break
            inner = ctx.child()
            pattern = self.pattern(kind, inner)
            guard = None
            if self.bool_(0.25):
                guard, _ = self.expr(BOOL, inner)
            shown = [load(n) for n in inner.vars if n not in ctx.vars]
            body: list[ast.stmt] = [stmt(call("print", ast.Constant("case"), *shown))]
            if self.bool_(0.3):
                body += self.block(inner, 1)
            cases.append(ast.match_case(pattern, guard, body))
            if guard is None and isinstance(pattern, ast.MatchAs):
                break  # irrefutable: later cases would be a SyntaxError
        if cases and cases[-1].guard is None and isinstance(cases[-1].pattern, ast.MatchAs):
            pass
        elif self.bool_(0.6) and self.take(2):
            cases.append(ast.match_case(ast.MatchAs(None, None), None, [self.s_print(ctx)[0]]))
        if not cases:
            cases.append(ast.match_case(ast.MatchAs(None, None), None, [ast.Pass()]))
        return [ast.Match(subject, cases)]

    def capture(self, ctx: Ctx, ty: Ty) -> str:
        name = self.fresh("m")
        ctx.vars[name] = Var(ty, frozen=True)
        return name

    def pattern(self, kind: str, ctx: Ctx) -> ast.pattern:
        choice = self.int_(0, 3)
        if kind in (INT, STR):
            lits = INT_LITS[:6] if kind == INT else STR_LITS[:6]
            if choice == 0:
                return ast.MatchValue(const(self.pick(lits)))
            if choice == 1:
                return ast.MatchOr([ast.MatchValue(const(self.pick(lits))) for _ in range(2)])
            ty = Ty(INT, INT_CAP) if kind == INT else Ty(STR, STR_CAP)
            if choice == 2:
                return ast.MatchAs(None, self.capture(ctx, ty))
            cls = self.pick(["int", "str", "bool", "float"])
            sub = ast.MatchAs(None, self.capture(ctx, ty)) if self.bool_() else None
            return ast.MatchClass(load(cls), [sub] if sub else [], [], [])
        if kind in (LIST, TUPLE):
            n = self.int_(0, 3)
            items: list[ast.pattern] = []
            for _ in range(n):
                if self.bool_(0.3):
                    items.append(ast.MatchValue(const(self.int_(0, 3))))
                else:
                    items.append(ast.MatchAs(None, self.capture(ctx, Ty(INT, ELEM_CAP))))
            if self.bool_(0.4):
                star = self.capture(ctx, Ty(LIST, SEQ_CAP, ELEM_CAP)) if self.bool_() else None
                items.insert(self.int_(0, len(items)), ast.MatchStar(star))
            return ast.MatchSequence(items)
        if kind == DICT:
            keys = self.draw(st.lists(st.sampled_from(DICT_KEYS), max_size=2, unique=True))
            pats: list[ast.pattern] = [
                ast.MatchAs(None, self.capture(ctx, Ty(INT, ELEM_CAP))) for _ in keys
            ]
            rest = self.capture(ctx, Ty(DICT, SEQ_CAP, ELEM_CAP)) if self.bool_(0.3) else None
            return ast.MatchMapping([ast.Constant(k) for k in keys], pats, rest)
        cls = self.pick(list(self.classes))
        k = self.classes[cls]
        attrs = [a for a, t in self.all_of(k, "attrs").items() if t.kind in (INT, STR)]
        kw: list[str] = []
        kwpats: list[ast.pattern] = []
        if attrs and self.bool_(0.7):
            a = self.pick(attrs)
            kw.append(a)
            ty = self.all_of(k, "attrs")[a]
            if self.bool_():
                kwpats.append(ast.MatchAs(None, self.capture(ctx, ty)))
            else:
                lits = INT_LITS[:4] if ty.kind == INT else STR_LITS[:4]
                kwpats.append(ast.MatchValue(const(self.pick(lits))))
        return ast.MatchClass(load(cls), [], kw, kwpats)

    # -- definitions -------------------------------------------------------------------------
    def func_body(self, ctx: Ctx, ret_kind: str, ret_limit: float) -> list[ast.stmt]:
        body = self.block(ctx, 2) if self.bool_(0.6) and self.lines > 4 else []
        self.take(1)
        if self.bool_(0.2) and self.take(2):
            cond, _ = self.expr(BOOL, ctx)
            early, _ = self.expr(ret_kind, ctx, ret_limit)
            body.append(ast.If(cond, [ast.Return(early)], []))
        value, _ = self.expr(ret_kind, ctx, ret_limit)
        body.append(ast.Return(value))
        return body

    def s_def(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(3):
            return self.s_print(ctx)
        name = self.fresh("f")
        inner = Ctx({n: Var(v.ty, frozen=True) for n, v in ctx.vars.items()}, in_func=True)
        inner.depth = 1
        params: list[tuple[str, Ty, bool]] = []
        args = ast.arguments([], [], None, [], [], None, [])
        for i in range(self.int_(0, 3)):
            p = self.fresh("a")
            kind = self.pick([INT, INT, STR, LIST, FLOAT])
            ty = self.param_ty(kind)
            has_default = (i > 0 and bool(args.defaults)) or self.bool_(0.3)
            args.args.append(ast.arg(p))
            if has_default:
                args.defaults.append(self.expr(kind, ctx, ty.size, 2)[0])
            params.append((p, ty, has_default))
            inner.vars[p] = Var(ty, frozen=True)
        func = Func(name, params, Ty(INT))
        if self.bool_(0.25):
            star = self.fresh("args")
            args.vararg = ast.arg(star)
            inner.vars[star] = Var(Ty(TUPLE, 3, PARAM_INT), frozen=True)
            func.varargs = True
        if self.bool_(0.2):
            k = self.fresh("kw")
            args.kwonlyargs.append(ast.arg(k))
            args.kw_defaults.append(const(self.int_(0, 5)))
            inner.vars[k] = Var(Ty(INT, PARAM_INT), frozen=True)
            func.kwonly.append(k)
        if self.bool_(0.2):
            kw = self.fresh("kwargs")
            args.kwarg = ast.arg(kw)
            inner.vars[kw] = Var(Ty(DICT, 3, PARAM_INT), frozen=True)
            func.kwargs = True
        ret_kind = self.pick([INT, INT, STR, LIST, FLOAT, BOOL, TUPLE])
        ret_limit = {INT: 10**9, STR: 60, FLOAT: 1e9}.get(ret_kind, 12)
        body = self.func_body(inner, ret_kind, ret_limit)
        func.ret = Ty(ret_kind, ret_limit, ELEM_CAP)
        self.funcs[name] = func
        out: list[ast.stmt] = [ast.FunctionDef(name, args, body, [], None)]
        if self.take(1):
            c = self.call_args(func, ctx, 1)
            out.append(stmt(call("print", c)))
        return out

    def s_gen(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(4):
            return self.s_print(ctx)
        name = self.fresh("gen")
        n, step, i = self.fresh("a"), self.fresh("a"), self.fresh("i")
        inner = Ctx({k: Var(v.ty, frozen=True) for k, v in ctx.vars.items()}, in_func=True)
        inner.depth = 2
        inner.vars[n] = Var(Ty(INT, 6), frozen=True)
        inner.vars[step] = Var(Ty(INT, 10), frozen=True)
        inner.vars[i] = Var(Ty(INT, 6), frozen=True)
        value, tv = self.expr(INT, inner, ELEM_CAP)
        loop = ast.For(store(i), call("range", load(n)), [stmt(ast.Yield(value))], [])
        body: list[ast.stmt] = [loop]
        if self.bool_(0.3) and self.take(1):
            body.append(stmt(ast.YieldFrom(call("range", const(self.int_(0, 3))))))
        if self.bool_(0.2) and self.take(1):
            body.insert(0, stmt(call("print", ast.Constant("start"), load(n))))
        if self.bool_(0.2) and self.take(2):
            body = [ast.Try(body, [], [], [stmt(call("print", ast.Constant("done")))])]
        args = ast.arguments([], [ast.arg(n), ast.arg(step)], None, [], [], None, [const(1)])
        self.funcs[name] = Func(
            name, [(n, Ty(INT, 6), False), (step, Ty(INT, 10), True)], Ty(INT, tv.size), gen=True
        )
        return [ast.FunctionDef(name, args, body, [], None)]

    def s_lambda(self, ctx: Ctx) -> list[ast.stmt]:
        self.take(1)
        name = self.fresh("g")
        a, b = self.fresh("a"), self.fresh("a")
        inner = Ctx({k: Var(v.ty, frozen=True) for k, v in ctx.vars.items()}, in_func=True)
        inner.vars[a] = Var(Ty(INT, PARAM_INT), frozen=True)
        inner.vars[b] = Var(Ty(INT, PARAM_INT), frozen=True)
        ret_kind = self.pick([INT, STR, BOOL, LIST])
        limit = {INT: 10**9, STR: 60}.get(ret_kind, 12)
        body, _ = self.expr(ret_kind, inner, limit, 1)
        args = ast.arguments([], [ast.arg(a), ast.arg(b)], None, [], [], None, [const(2)])
        self.funcs[name] = Func(
            name,
            [(a, Ty(INT, PARAM_INT), False), (b, Ty(INT, PARAM_INT), True)],
            Ty(ret_kind, limit, ELEM_CAP),
        )
        return [assign(name, ast.Lambda(args, body))]

    def s_closure(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(9):
            return self.s_print(ctx)
        maker, inc, count, step = (
            self.fresh("make"),
            self.fresh("f"),
            self.fresh("n"),
            self.fresh("a"),
        )
        start = self.int_(0, 5)
        src = f"""
def {maker}({step}=1):
    {count} = {start}
    def {inc}():
        nonlocal {count}
        {count} += {step}
        return {count}
    return {inc}
"""
        counter = self.fresh("counter")
        calls = ", ".join(f"{counter}()" for _ in range(self.int_(1, 3)))
        arg = self.int_(1, 4)
        tail = f"{counter} = {maker}({arg})\nprint({calls})\n"
        self.funcs[counter] = Func(counter, [], Ty(INT, 10**6))
        return list(ast.parse(src + tail).body)

    def s_exc_class(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(3):
            return self.s_print(ctx)
        name = self.fresh("Error")
        base = self.pick(["Exception", "ValueError", "KeyError", *self.exc_classes])
        self.exc_classes.append(name)
        if self.bool_(0.5) and self.take(3):
            src = f"""
class {name}({base}):
    def __init__(self, msg, code=1):
        super().__init__(f'{{msg}} (code {{code}})')
        self.code = code
"""
        else:
            src = f"class {name}({base}):\n    pass\n"
        return list(ast.parse(src).body)

    def s_class(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(10):
            return self.s_print(ctx)
        name = self.fresh("C")
        bases = [k for k in self.classes.values() if k.base is None]
        base = self.pick(bases).name if bases and self.bool_(0.4) else None
        if base is None:
            return self.root_class(name, ctx)
        return self.sub_class(name, self.classes[base], ctx)

    def method_ctx(self, ctx: Ctx, params: dict[str, Ty]) -> Ctx:
        inner = Ctx({k: Var(v.ty, frozen=True) for k, v in ctx.vars.items()}, in_func=True)
        inner.depth = 2
        for p, ty in params.items():
            inner.vars[p] = Var(ty, frozen=True)
        return inner

    def root_class(self, name: str, ctx: Ctx) -> list[ast.stmt]:
        k = Klass(
            name,
            None,
            [("x", Ty(INT, PARAM_INT), False), ("name", Ty(STR, PARAM_STR), True)],
            {"x": Ty(INT, 10**6), "name": Ty(STR, PARAM_STR)},
            {},
            {},
            set(),
            {},
            {},
        )
        default = self.pick(STR_LITS[:5])
        lines = [
            f"class {name}:",
            f"    def __init__(self, x, name={default!r}):",
            "        self.x = x",
            "        self.name = name",
        ]
        if self.bool_(0.3):
            lines.insert(1, f"    kind = {self.pick(STR_LITS[:5])!r}")
            k.class_attrs["kind"] = Ty(STR, 5)
        if self.bool_(0.2):
            lines.insert(1, "    __match_args__ = ('x', 'name')")
        repr_style = self.int_(0, 2)
        if repr_style == 0:
            lines += [
                "    def __repr__(self):",
                f"        return f'{name}({{self.x!r}}, {{self.name!r}})'",
            ]
        elif repr_style == 1:
            lines += [
                "    def __repr__(self):",
                "        return f'{type(self).__name__}(x={self.x})'",
            ]
        else:
            lines += [
                "    def __repr__(self):",
                "        return '<' + self.name + ':' + str(self.x) + '>'",
            ]
        tree = ast.parse("\n".join(lines)).body[0]
        assert isinstance(tree, ast.ClassDef)
        self.classes[name] = k  # so that methods can build instances
        self.add_methods(k, tree, ctx, root=True)
        return [tree]

    def add_methods(self, k: Klass, tree: ast.ClassDef, ctx: Ctx, root: bool) -> None:
        options = ["prop", "bump", "describe", "compute", "eq", "lt", "add", "len", "static", "cm"]
        chosen = self.draw(st.lists(st.sampled_from(options), max_size=4, unique=True))
        for what in chosen:
            if self.lines < 3:
                break
            self.take(3)
            if what == "prop":
                pname = self.fresh("p")
                inner = self.method_ctx(ctx, {})
                value, ty = self.expr(INT, self.obj_ctx(inner, k), 10**9)
                fn = self.method(pname, ["self"], [ast.Return(value)], ["property"])
                k.props[pname] = Ty(INT, ty.size)
            elif what == "bump":
                mname = self.fresh("bump")
                fn = ast.parse(f"def {mname}(self, k=1):\n    self.x += k\n    return self.x").body[
                    0
                ]
                k.methods[mname] = Func(mname, [("k", Ty(INT, 100), True)], Ty(INT, 10**6))
            elif what == "describe":
                mname = "describe"
                inner = self.obj_ctx(self.method_ctx(ctx, {}), k)
                if (
                    not root
                    and self.bool_(0.6)
                    and "describe" in self.all_of(self.classes[k.base or k.name], "methods")
                ):
                    value: ast.expr = binop(
                        meth(call("super"), "describe"), ast.Add(), ast.Constant("!")
                    )
                else:
                    # an override calls no other method: a method of the base that calls
                    # `self.describe()` must not recurse
                    saved, self.no_methods = self.no_methods, not root
                    value, _ = self.expr(STR, inner, 50)
                    self.no_methods = saved
                fn = self.method(mname, ["self"], [ast.Return(value)])
                k.methods[mname] = Func(mname, [], Ty(STR, 60))
            elif what == "compute":
                mname = self.fresh("calc")
                inner = self.obj_ctx(self.method_ctx(ctx, {"n": Ty(INT, PARAM_INT)}), k)
                body = self.func_body(inner, INT, 10**9)
                fn = self.method(mname, ["self", "n"], body)
                k.methods[mname] = Func(mname, [("n", Ty(INT, PARAM_INT), False)], Ty(INT, 10**9))
            elif what == "eq":
                fn = ast.parse(
                    f"def __eq__(self, other):\n    return isinstance(other, {k.name}) and self.x == other.x"
                ).body[0]
                k.dunders.add("__eq__")
                if self.bool_(0.5):
                    tree.body.append(
                        ast.parse("def __hash__(self):\n    return hash(self.x)").body[0]
                    )
            elif what == "lt":
                fn = ast.parse("def __lt__(self, other):\n    return self.x < other.x").body[0]
                k.dunders.add("__lt__")
            elif what == "add":
                fn = ast.parse(
                    f"def __add__(self, other):\n    return {k.name}(self.x + other.x, self.name)"
                ).body[0]
                k.dunders.add("__add__")
            elif what == "len":
                fn = ast.parse("def __len__(self):\n    return len(self.name)").body[0]
                k.dunders.add("__len__")
            elif what == "static":
                mname = self.fresh("st")
                fn = ast.parse(f"@staticmethod\ndef {mname}(a, b=2):\n    return a * 2 + b").body[0]
                k.methods[mname] = Func(
                    mname,
                    [("a", Ty(INT, PARAM_INT), False), ("b", Ty(INT, PARAM_INT), True)],
                    Ty(INT, 3 * PARAM_INT),
                )
            else:
                mname = self.fresh("make")
                fn = ast.parse(
                    f"@classmethod\ndef {mname}(cls, name):\n    return cls(len(name), name)"
                ).body[0]
                k.classmethods[mname] = Func(mname, [("name", Ty(STR, PARAM_STR), False)], Ty(OBJ))
            tree.body.append(fn)

    def obj_ctx(self, ctx: Ctx, k: Klass) -> Ctx:
        """`ctx` where `self` is visible as an instance of `k`."""
        ctx.vars["self"] = Var(Ty(OBJ, cls=k.name), frozen=True)
        return ctx

    def method(
        self, name: str, params: list[str], body: list[ast.stmt], decorators: tuple[str, ...] = ()
    ) -> ast.FunctionDef:
        args = ast.arguments([], [ast.arg(p) for p in params], None, [], [], None, [])
        return ast.FunctionDef(name, args, body, [load(d) for d in decorators], None)

    def sub_class(self, name: str, base: Klass, ctx: Ctx) -> list[ast.stmt]:
        k = Klass(
            name,
            base.name,
            [
                ("x", Ty(INT, PARAM_INT), False),
                ("name", Ty(STR, PARAM_STR), True),
                ("extra", Ty(INT, PARAM_INT), True),
            ],
            {"extra": Ty(INT, PARAM_INT)},
            {},
            {},
            set(),
            {},
            {},
        )
        src = f"""
class {name}({base.name}):
    def __init__(self, x, name='sub', extra=0):
        super().__init__(x, name)
        self.extra = extra
"""
        tree = ast.parse(src).body[0]
        assert isinstance(tree, ast.ClassDef)
        if self.bool_(0.4):
            tree.body.append(
                ast.parse(
                    "def __repr__(self):\n    return super().__repr__() + '+' + str(self.extra)"
                ).body[0]
            )
        self.classes[name] = k
        self.add_methods(k, tree, ctx, root=False)
        return [tree]

    # -- builtins, types and modules: where the sandbox wraps CPython ------------------------
    def fill(self, template: str, ctx: Ctx, depth: int, limits: dict[str, float]) -> ast.expr:
        """`template` with each `{i}` `{f}` `{s}` `{l}` `{d}` `{b}` placeholder replaced by a
        fresh expression of that kind, `{n}` by a small int; `{{` and `}}` stand for braces."""
        kinds = {"i": INT, "f": FLOAT, "s": STR, "l": LIST, "d": DICT, "b": BOOL}
        parts = re.split(r"(\{[ifsldbn]\})", template)
        out = []
        for n, part in enumerate(parts):
            if n % 2 == 0:
                out.append(part.replace("{{", "{").replace("}}", "}"))
            elif part == "{n}":
                out.append(str(self.int_(0, 4)))
            else:
                key = part[1]
                node, _ = self.expr(kinds[key], ctx, limits.get(key), depth + 1)
                out.append(f"({ast.unparse(node)})")
        return ast.parse("".join(out), mode="eval").body

    def template(self, kind: str) -> Gen:
        table: dict[str, list[tuple[str, float, dict[str, float]]]] = {
            # template, bound of the result, limits of the placeholders
            INT: [
                ("math.floor({f})", 1e9, {"f": 1e9}),
                ("math.ceil({f})", 1e9, {"f": 1e9}),
                ("math.gcd({i}, {i})", 1e6, {"i": 1e6}),
                ("math.factorial({n})", 24, {}),
                ("math.isqrt(abs({i}))", 1e3, {"i": 1e6}),
                ("math.comb(6, {n})", 20, {}),
                ("math.trunc({f})", 1e9, {"f": 1e9}),
                ("len(json.dumps({l}))", 400, {"l": 10}),
                ("functools.reduce(operator.add, {l}, 0)", 1e8, {"l": 10}),
                ("operator.mul({i}, 3)", 3e6, {"i": 1e6}),
                ("collections.Counter({s}).most_common(1)[0][1]", 30, {"s": 30}),
                ("len(re.findall('[a-z]', {s}))", 30, {"s": 30}),
                ("sum(itertools.accumulate({l}))", 1e9, {"l": 10}),
                ("len(list(itertools.permutations({l}[:3])))", 6, {"l": 10}),
                ("next(itertools.count({i}, 2))", 1e6, {"i": 1e6}),
                ("collections.deque({l}, maxlen=2)[0]", 1e6, {"l": 10}),
                ("operator.itemgetter(0)({l})", 1e6, {"l": 10}),
                ("json.loads(str({i}))", 1e6, {"i": 1e6}),
                ("int.bit_length({i})", 40, {"i": 1e6}),
                ("str.count({s}, 'a')", 30, {"s": 30}),
                ("list.count({l}, {i})", 10, {"l": 10, "i": 1e6}),
                ("dict.get({d}, 'a', 0)", 1e6, {"d": 10}),
                ("({i}).__add__({i})", 2e6, {"i": 1e6}),
                ("int.from_bytes(bytes([{n}, {n}]), 'big')", 2e3, {}),
                ("int({s}, {n} + 16)", 1e40, {"s": 4}),
                ("len(str.split({s}))", 30, {"s": 30}),
                ("hash(({i}, {i})) == hash(({i}, {i}))", 1, {"i": 1e6}),
                ("type('Dyn', (), {{'a': {i}}}).a", 1e6, {"i": 1e6}),
                ("type('Dyn', (int,), {{}})({i}) + 1", 1e6 + 1, {"i": 1e6}),
            ],
            FLOAT: [
                ("math.sqrt(abs({f}))", 1e5, {"f": 1e9}),
                ("math.hypot({f}, {f})", 2e6, {"f": 1e6}),
                ("math.fsum({l})", 1e7, {"l": 10}),
                ("math.log(abs({i}) + 1)", 30, {"i": 1e9}),
                ("math.pi * {n}", 13, {}),
                ("float.fromhex('0x1.8p1') + {f}", 1e6, {"f": 1e6}),
                ("statistics_mean({l})", 1e6, {"l": 10}),
            ],
            STR: [
                ("json.dumps({d}, sort_keys=True)", 200, {"d": 5}),
                ("json.dumps({l}, indent={n})", 200, {"l": 5}),
                ("json.dumps([{s}, {f}, None, True])", 200, {"s": 20, "f": 1e6}),
                ("re.sub('[aeiou]', '_', {s})", 30, {"s": 30}),
                ("'-'.join(re.split('[ -]', {s}))", 60, {"s": 30}),
                ("string.capwords({s})", 30, {"s": 30}),
                ("string.ascii_lowercase[:{n}]", 4, {}),
                ("repr(collections.Counter({s}))", 300, {"s": 20}),
                ("repr(collections.deque({l}, maxlen=3))", 200, {"l": 10}),
                ("repr(collections.OrderedDict({d}))", 200, {"d": 5}),
                ("repr(collections.namedtuple('P', 'x y')({i}, {s}))", 200, {"i": 1e6, "s": 20}),
                ("repr(collections.defaultdict(list, {d}))", 200, {"d": 5}),
                ("repr(functools.partial(max, {i}))", 200, {"i": 1e6}),
                ("repr(re.compile('a+|b'))", 40, {}),
                ("repr(re.search('[a-c]+', {s}))", 120, {"s": 30}),
                ("re.escape({s})", 60, {"s": 30}),
                ("string.Template('$x-$y').substitute(x={i}, y={s})", 80, {"i": 1e6, "s": 20}),
                ("repr(operator.itemgetter(1, 0))", 40, {}),
                ("repr({B})", 80, {}),
                ("{B}.__name__", 20, {}),  # known: fuzz_builtin_wrapper_metadata
                ("{B}.__qualname__", 20, {}),
                ("type({B}).__name__", 30, {}),
                ("str({B}.__module__)", 20, {}),
                ("({B}.__doc__ or '')[:30]", 30, {}),  # known: fuzz_builtin_wrapper_metadata
                ("repr({T})", 30, {}),
                ("{T}.__name__", 20, {}),
                ("repr({T}.__mro__)", 80, {}),
                ("repr({T}.__bases__)", 40, {}),
                ("str(type({s}))", 20, {"s": 10}),
                ("str(type({l}))", 20, {"l": 4}),
                ("type(type({d})).__name__", 10, {"d": 4}),
                ("str.upper({s})", 30, {"s": 30}),
                ("str.join('/', {s})", 60, {"s": 30}),
                ("'%(a)s-%(b)d' % {{'a': {s}, 'b': {i}}}", 60, {"s": 20, "i": 1e6}),
                ("'{{0}}|{{1!r:>6}}'.format({s}, {i})", 80, {"s": 20, "i": 1e6}),
                ("'{{a}}:{{b[0]}}'.format_map({{'a': {s}, 'b': {l}}})", 60, {"s": 20, "l": 4}),
                ("format({i}, '_^9')", 12, {"i": 1e6}),
                ("format({f}, '.3g')", 20, {"f": 1e6}),
                ("ascii({s})", 200, {"s": 30}),
                ("'|'.join(map(str, {l}))", 200, {"l": 10}),
                ("'|'.join(map(hex, {l}))", 200, {"l": 10}),
                ("' '.join(sorted({s}.split(), key=len))", 30, {"s": 30}),
                ("max({s}.split() or ['none'], key=len)", 30, {"s": 30}),
                ("repr(iter({l}))[:14]", 14, {"l": 4}),
                ("repr(map(str, {l}))[:4]", 4, {"l": 4}),
                ("repr(enumerate({l}))[:11]", 11, {"l": 4}),
                ("type(zip({l}, {l})).__name__", 10, {"l": 4}),
                ("type(reversed({l})).__name__", 20, {"l": 4}),
                ("repr(range({n}, 9, 2))", 20, {}),
                ("repr(slice({n}, None, 2))", 30, {}),
                ("bytes({s}, 'utf-8').hex()", 200, {"s": 20}),
                ("repr({s}.encode())", 200, {"s": 20}),
                ("repr(bytearray({s}, 'ascii'))", 100, {"s": 20}),
                ("str.maketrans('ab', 'xy').__repr__()", 40, {}),
                ("{s}.translate(str.maketrans('ab', 'xy'))", 30, {"s": 30}),
                ("repr(frozenset({l}))", 200, {"l": 6}),
                ("repr(divmod({f}, 0.75))", 60, {"f": 1e6}),
                ("repr(pow({i}, 3, 7))", 5, {"i": 1e6}),
                ("repr(round({f}, -1))", 30, {"f": 1e6}),
                ("repr(complex({n}, {n}) * 1j)", 20, {}),
                ("repr({i} ** -1)", 30, {"i": 1e6}),
                ("repr(2 ** 70 + {i})", 30, {"i": 1e6}),
                ("repr(float('inf') - float('inf'))", 5, {}),
                ("repr(type('Dyn', (), {{}}))", 60, {}),
                ("type('Dyn', (object,), {{'f': lambda self: {s}}})().f()", 20, {"s": 20}),
            ],
            LIST: [
                ("sorted(collections.Counter({l}).elements())", 10, {"l": 10}),
                ("list(itertools.accumulate({l}))", 10, {"l": 10}),
                ("list(itertools.chain({l}, {l}))", 20, {"l": 10}),
                ("list(itertools.islice(itertools.cycle({l}), 5))", 5, {"l": 10}),
                ("[len(p) for p in itertools.combinations({l}, 2)]", 36, {"l": 9}),
                ("list(map(operator.neg, {l}))", 10, {"l": 10}),
                ("sorted({l}, key=functools.cmp_to_key(lambda a, b: b - a))", 10, {"l": 10}),
                ("json.loads(json.dumps({l}))", 10, {"l": 10}),
                ("[m.start() for m in re.finditer('a', {s})]", 30, {"s": 30}),
                ("list(collections.deque({l}, maxlen=3))", 3, {"l": 10}),
                ("[k for k, g in itertools.groupby(sorted({l}))]", 10, {"l": 10}),
                ("list(itertools.starmap(operator.add, zip({l}, {l})))", 10, {"l": 10}),
                ("[math.floor(v / 2) for v in {l}]", 10, {"l": 10}),
                ("sorted({l}, key=abs)", 10, {"l": 10}),
                ("sorted({l}, key=str)", 10, {"l": 10}),
                ("list(map(abs, {l}))", 10, {"l": 10}),
                ("list(map(int, map(str, {l})))", 10, {"l": 10}),
                ("list(map(pow, {l}, [2] * len({l})))", 10, {"l": 10}),
                ("list(filter(None, {l}))", 10, {"l": 10}),
                ("list(range({n}, 9, {n} + 1))", 10, {}),
                ("type({l})(({i}, {i}))", 2, {"l": 4, "i": 1e6}),
                ("list.copy({l})", 10, {"l": 10}),
                ("list(dict.fromkeys({l}))", 10, {"l": 10}),
                ("list({l}.__iter__())", 10, {"l": 10}),
                ("[*map(len, {s}.split())]", 30, {"s": 30}),
                ("list(bytes({s}, 'utf-8'))", 60, {"s": 20}),
                ("list(zip(*[{l}, {l}]))[0:0]", 0, {"l": 6}),
            ],
            DICT: [
                ("dict(collections.Counter({s}))", 30, {"s": 30}),
                ("json.loads(json.dumps({d}))", 10, {"d": 10}),
                ("dict(collections.OrderedDict(sorted({d}.items())))", 10, {"d": 10}),
                ("dict(collections.defaultdict(int, {d}))", 10, {"d": 10}),
                ("dict(collections.ChainMap({d}, {d}))", 20, {"d": 10}),
                ("dict.fromkeys({s}, {i})", 30, {"s": 30, "i": 1e6}),
                ("dict(zip(map(str, {l}), {l}))", 10, {"l": 10}),
                ("dict(sorted({d}.items(), key=lambda kv: kv[1]))", 10, {"d": 10}),
                ("{{k: v for k, v in {d}.items() if isinstance(v, int)}}", 10, {"d": 10}),
            ],
            BOOL: [
                ("math.isclose({f}, {f})", 1, {"f": 1e6}),
                ("re.fullmatch('[a-z]+', {s}) is not None", 1, {"s": 30}),
                ("operator.contains({l}, {i})", 1, {"l": 10, "i": 1e6}),
                ("math.isfinite({f})", 1, {"f": 1e9}),
                ("type({l}) is list", 1, {"l": 4}),
                ("type({s}) == str", 1, {"s": 10}),
                ("isinstance({d}, dict)", 1, {"d": 4}),
                ("isinstance({l}, (tuple, set))", 1, {"l": 4}),
                ("issubclass(type({i}), object)", 1, {"i": 1e6}),
                ("issubclass(bool, {T})", 1, {}),
                ("isinstance({T}, type)", 1, {}),  # known: fuzz_builtin_classes_are_types
                ("callable({B})", 1, {}),
                ("{B} is {B}", 1, {}),
                ("{T} in (list, dict, tuple)", 1, {}),
                ("isinstance(iter({l}), collections.abc_Iterator)", 1, {"l": 4}),
            ],
        }
        options = table[kind]

        def gen(ctx: Ctx, limit: float, depth: int):
            tmpl, bound, limits = self.pick(options)
            if bound > limit or (tmpl in KNOWN_GAPS and not STRICT):
                return None
            tmpl = tmpl.replace("{B}", self.pick(BUILTIN_NAMES)).replace(
                "{T}", self.pick(TYPE_NAMES)
            )
            # a couple of names need a different spelling in sandbox-compatible source
            tmpl = tmpl.replace("statistics_mean(", "(lambda v: sum(v) / len(v))(")
            tmpl = tmpl.replace("collections.abc_Iterator", "type(iter([]))")
            for module in ("math", "json", "re", "collections", "itertools", "functools",
                           "operator", "string"):  # fmt: skip
                if module + "." in tmpl:
                    self.imports.add(module)
            return self.fill(tmpl, ctx, depth, limits), Ty(kind, bound, ELEM_CAP)

        return gen

    def misuse_call(self, ctx: Ctx) -> ast.expr:
        """A builtin called with arbitrary (often wrong) arguments."""
        fn = self.pick(MISUSE_NAMES)
        args = []
        for _ in range(self.int_(0, 3)):
            if self.bool_(0.15):
                args.append(load(self.pick(BUILTIN_NAMES)))
            else:
                kind = self.pick([INT, STR, LIST, FLOAT, DICT, BOOL, TUPLE])
                args.append(self.expr(kind, ctx, 6 if kind in SEQ_KINDS else 1000, 2)[0])
        kwargs = {}
        if self.bool_(0.3):
            key = self.pick(
                ["key", "default", "start", "reverse", "sep", "strict", "base", "end", "x"]
            )
            kwargs[key] = self.pick(
                [const(1), ast.Constant("s"), load("len"), ast.Constant(None), ast.Constant(True)]
            )
        return call(fn, *args, **kwargs)

    def s_misuse(self, ctx: Ctx) -> list[ast.stmt]:
        if not self.take(4):
            return self.s_print(ctx)
        e = self.fresh("e")
        src = (
            f"try:\n    print({ast.unparse(self.misuse_call(ctx))})\n"
            f"except Exception as {e}:\n    print('error', type({e}).__name__, {e})"
        )
        return list(ast.parse(src).body)

    def s_builtin_alias(self, ctx: Ctx) -> list[ast.stmt]:
        """A builtin, unbound method or bound method held in a name and called through it."""
        if ctx.depth > 0:
            return self.s_print(ctx)
        self.take(1)
        name = self.fresh("g")
        target, params, ret = self.pick(ALIASES)
        if target.startswith("."):  # a bound method of a value
            kind = {"upper": STR, "count": LIST, "get": DICT, "bit_length": INT}[target[1:]]
            value, _ = self.expr(kind, ctx, 6 if kind in SEQ_KINDS else 1000)
            node: ast.expr = attr(value, target[1:])
        else:
            node = ast.parse(target, mode="eval").body
        self.funcs[name] = Func(name, [(f"p{i}", ty, False) for i, ty in enumerate(params)], ret)
        return [assign(name, node)]

    def s_builtin_subclass(self, ctx: Ctx) -> list[ast.stmt]:
        if ctx.depth > 0 or not self.take(8):
            return self.s_print(ctx)
        cls, inst = self.fresh("My"), self.fresh("v")
        choice = self.int_(0, 3)
        lim = {"l": 6, "d": 5, "s": 12, "i": 1000}
        if choice == 0:
            src = f"""
class {cls}(list):
    def total(self):
        return sum(self)
    def __repr__(self):
        return '{cls}(' + super().__repr__() + ')'
{inst} = {cls}({{l}})
{inst}.append({{i}})
print({inst}, {inst}.total(), len({inst}), type({inst}).__name__, isinstance({inst}, list))
print({inst} + [1], {inst}[::-1], type({inst}[:1]).__name__, {inst} == list({inst}))
"""
        elif choice == 1:
            src = f"""
class {cls}(dict):
    def __missing__(self, key):
        return len(key)
{inst} = {cls}({{d}})
print({inst}['zzz'], {inst}, 'zzz' in {inst}, {inst}.get('q'), type({inst}).__name__)
print(dict({inst}), sorted({inst}), {inst} | {{d}}, type({inst} | {{}}).__name__)
"""
        elif choice == 2:
            src = f"""
class {cls}(str):
    def shout(self):
        return self.upper() + '!'
{inst} = {cls}({{s}})
print({inst}, {inst}.shout(), {inst} + 'x', type({inst} + 'x').__name__, repr({inst}))
print(len({inst}), {inst} == str({inst}), type({inst}.strip()).__name__, f'{{{inst}:>5}}')
"""
        else:
            src = f"""
class {cls}(int):
    def __repr__(self):
        return f'{cls}({{int(self)}})'
{inst} = {cls}({{i}})
print({inst}, {inst} + 1, type({inst} + 1).__name__, repr({inst}), {inst} * 2)
print(isinstance({inst}, int), hash({inst}) == hash(int({inst})), str({inst}), f'{{{inst}:05}}')
"""
        stmts = []
        for line in src.strip().splitlines():
            if "{" in line and ("{i}" in line or "{l}" in line or "{d}" in line or "{s}" in line):
                expr_src = line
                for key in "ilds":
                    while "{" + key + "}" in expr_src:
                        node, _ = self.expr(
                            {"i": INT, "l": LIST, "d": DICT, "s": STR}[key], ctx, lim[key]
                        )
                        expr_src = expr_src.replace("{" + key + "}", f"({ast.unparse(node)})", 1)
                stmts.append(expr_src)
            else:
                stmts.append(line)
        tree = ast.parse("\n".join(stmts))
        # the instance is not added to ctx.vars: it would reach the final expression through
        # other names, and an instance of a subclass of a builtin is not plain data
        return list(tree.body)

    def s_records(self, ctx: Ctx) -> list[ast.stmt]:
        """A dataclass, named tuple or enum, and what CPython shows of it."""
        if ctx.depth > 0 or not self.take(9):
            return self.s_print(ctx)
        cls, inst = self.fresh("R"), self.fresh("v")
        i, j = (ast.unparse(self.expr(INT, ctx, 1000)[0]) for _ in range(2))
        s = ast.unparse(self.expr(STR, ctx, 12)[0])
        choice = self.int_(0, 4)
        if choice == 0:
            order = self.bool_()
            frozen = self.bool_(0.3)
            src = f"""
from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass(order={order}, frozen={frozen})
class {cls}:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
{inst} = {cls}({i}, {j})
print({inst}, asdict({inst}), astuple({inst}), {inst} == {cls}({i}, {j}), replace({inst}, y=3))
print([f.name for f in fields({inst})], {cls}.__name__, repr({inst}.tags))
"""
            if order:
                src += f"print(sorted([{cls}(2), {cls}(1, 5)]), {cls}(1) < {cls}(2))\n"
            if frozen:
                src += f"try:\n    {inst}.x = 5\nexcept Exception as err:\n    print(type(err).__name__, err)\n"
        elif choice == 1:
            src = f"""
from collections import namedtuple
{cls} = namedtuple('{cls}', 'x y', defaults=[0])
{inst} = {cls}({i})
print({inst}, {inst}._replace(y={j}), {inst}._asdict(), {inst}.x + {inst}.y, {cls}._fields)
print(tuple({inst}), {inst} == ({i}, 0), {inst}[0], len({inst}), {cls}._make([1, 2]))
"""
        elif choice == 2:
            src = f"""
from typing import NamedTuple
class {cls}(NamedTuple):
    a: int
    b: str = 'z'
{inst} = {cls}({i}, {s})
print({inst}, {inst}.a, {inst}.b, {inst}._asdict(), {cls}._fields, {cls}({j}))
"""
        elif choice == 3:
            base = self.pick(["Enum", "IntEnum", "Flag"])
            src = f"""
from enum import Enum, IntEnum, Flag, auto
class {cls}({base}):
    RED = 1
    GREEN = 2
    BLUE = auto()
print({cls}.RED, repr({cls}.GREEN), {cls}(1), {cls}['BLUE'], [c.name for c in {cls}])
print({cls}.RED.value, {cls}.RED in {cls}, len({cls}), {cls}.GREEN.name, type({cls}.RED).__name__)
"""
            if base != "Enum":
                src += (
                    f"print({cls}.RED | {cls}.GREEN, {cls}.RED + 0 if {base == 'IntEnum'} else 0)\n"
                )
        else:
            src = f"""
import functools
@functools.lru_cache(maxsize=None)
def {cls}(n):
    return n * 2 if n < 2 else {cls}(n - 1) + {cls}(n - 2)
print({cls}(abs({i}) % 20), {cls}.cache_info(), {cls}.__name__, {cls}.__wrapped__(1))
@functools.total_ordering
class {inst}:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print({inst}(1) >= {inst}(2), {inst}(3) > {inst}(2), functools.partial(max, 3)({j}))
"""
        return list(ast.parse(src).body)

    def s_introspect(self, ctx: Ctx) -> list[ast.stmt]:
        objs = self.objs(ctx)
        if not objs:
            return self.s_misuse(ctx)
        self.take(1)
        name, k = self.pick(objs)
        o = load(name)
        options: list[ast.expr] = [
            call("getattr", o, ast.Constant("x")),
            call("getattr", o, ast.Constant("nope"), const(self.int_(0, 3))),
            call("hasattr", o, ast.Constant(self.pick(["name", "nope", "__dict__", "x"]))),
            call("vars", o),
            attr(o, "__dict__"),
            call("sorted", call("vars", o)),
            attr(attr(o, "__class__"), "__name__"),
            attr(call("type", o), "__mro__"),
            attr(call("type", o), "__bases__"),
            attr(load(k.name), "__qualname__"),
            attr(load(k.name), "__module__"),
            call("isinstance", o, load("object")),
            call("type", o),
            call("str", call("type", o)),
        ]
        shown = [self.pick(options) for _ in range(self.int_(1, 3))]
        out: list[ast.stmt] = []
        if self.bool_(0.3) and self.take(1):
            out.append(stmt(call("setattr", o, ast.Constant("extra"), const(self.int_(0, 9)))))
        if self.bool_(0.15) and self.take(1):
            out.append(stmt(call("delattr", o, ast.Constant(self.pick(["extra", "name"])))))
        out.append(stmt(call("print", *shown)))
        return out

    def s_protocols(self, ctx: Ctx) -> list[ast.stmt]:
        """Generator send/throw/close, exception groups, globals, chained exceptions."""
        if ctx.depth > 0 or not self.take(10):
            return self.s_print(ctx)
        i, j = (ast.unparse(self.expr(INT, ctx, 1000)[0]) for _ in range(2))
        s = ast.unparse(self.expr(STR, ctx, 12)[0])
        g, e = self.fresh("gen"), self.fresh("e")
        choice = self.int_(0, 4)
        if choice == 0:
            src = f"""
def {g}():
    total = 0
    while True:
        try:
            got = yield total
        except ValueError as err:
            got = len(str(err))
        if got is None:
            return total
        total += got
{e} = {g}()
print(next({e}), {e}.send({i}), {e}.throw(ValueError({s})), {e}.send({j}))
{e}.close()
print(next({e}, 'closed'))
"""
        elif choice == 1:
            src = f"""
try:
    raise ExceptionGroup('grp', [ValueError({i}), KeyError({s}), TypeError('t')])
except* ValueError as {e}:
    print('values', [str(x) for x in {e}.exceptions], {e}.message)
except* (KeyError, TypeError) as {e}:
    print('others', repr({e}.exceptions), type({e}).__name__)
"""
        elif choice == 2:
            src = f"""
{g} = 0
def {e}(step={i}):
    global {g}
    {g} += step
    return {g}
print({e}(), {e}({j}), {g})
"""
        elif choice == 3:
            src = f"""
try:
    try:
        {{}}[{s}]
    except KeyError as {e}:
        raise ValueError('wrapped') from {e}
except ValueError as {e}:
    print(repr({e}), repr({e}.__cause__), {e}.__context__ is {e}.__cause__, {e}.__suppress_context__)
    print({e}.args, str({e}), isinstance({e}, Exception), type({e}).__mro__)
"""
        else:
            src = f"""
def {g}(n):
    try:
        if n > 2:
            raise RuntimeError(n)
        return 'ok'
    except RuntimeError as err:
        return 'caught ' + str(err)
    finally:
        print('finally', n)
print({g}({i} % 5), {g}(3))
"""
        return list(ast.parse(src).body)

    # -- programs ----------------------------------------------------------------------------
    def program(self) -> str:
        ctx = Ctx({})
        body: list[ast.stmt] = []
        self.lines -= 4  # reserved for the imports, the final prints and expression
        while self.lines > 0:
            body.extend(self.statement(ctx))
            if self.bool_(0.1):
                break
        self.lines += 3
        self.trim(body, ctx)
        plain = [n for n, v in ctx.vars.items() if v.ty.kind in PLAIN_KINDS]
        if plain and self.take(1):
            shown = self.draw(st.lists(st.sampled_from(plain), min_size=1, max_size=3, unique=True))
            body.append(stmt(call("print", *(load(n) for n in shown))))
        self.take(1)
        if plain and self.bool_(0.8):
            names = self.draw(st.lists(st.sampled_from(plain), min_size=1, max_size=4, unique=True))
            shape = self.int_(0, 2)
            if shape == 0:
                final: ast.expr = ast.Tuple([load(n) for n in names], ast.Load())
            elif shape == 1:
                final = ast.List([load(n) for n in names], ast.Load())
            else:
                final = ast.Dict([ast.Constant(n) for n in names], [load(n) for n in names])
        else:
            final, _ = self.expr(self.plain_kind(), ctx)
        body.append(stmt(final))
        if self.imports:
            body.insert(0, ast.Import([ast.alias(m) for m in sorted(self.imports)]))
        module = ast.Module(body, [])
        ast.fix_missing_locations(module)
        return ast.unparse(module) + "\n"

    def trim(self, body: list[ast.stmt], ctx: Ctx) -> None:
        """Drop trailing statements until the program fits in MAX_LINES (with 4 lines to spare
        for the imports and the blank line after them, the final print and the final
        expression); forget what they bound."""

        def rendered() -> int:
            module = ast.fix_missing_locations(ast.Module(body, []))
            return len(ast.unparse(module).splitlines()) if body else 0

        if rendered() <= MAX_LINES - 4:
            return
        while body and rendered() > MAX_LINES - 4:
            body.pop()
        bound: set[str] = set()
        for node in ast.walk(ast.Module(body, [])):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                bound.add(node.id)
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                bound.add(node.name)
        ctx.vars = {n: v for n, v in ctx.vars.items() if n in bound}
        self.funcs = {n: f for n, f in self.funcs.items() if n in bound}
        self.classes = {n: k for n, k in self.classes.items() if n in bound}
        if self.cm not in bound:
            self.cm = None
        self.exc_classes = [n for n in self.exc_classes if n in bound]
        self.lines = max(self.lines, 3)


def _join(a: Ty, b: Ty) -> Ty:
    return Ty(a.kind, max(a.size, b.size), max(a.elem, b.elem), a.cls)


@st.composite
def programs(draw: st.DrawFn, max_lines: int = MAX_LINES - 4) -> str:
    """A random valid Python program, as source text (at most MAX_LINES lines)."""
    return Builder(draw, max_lines).program()


if __name__ == "__main__":
    import sys
    import warnings

    from hypothesis.errors import NonInteractiveExampleWarning

    warnings.simplefilter("ignore", NonInteractiveExampleWarning)
    for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
        print(programs().example())
        print("# " + "-" * 70)
