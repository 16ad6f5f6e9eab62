# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false
"""Stage 3: rewrite a checked AST into its guarded form.

What the rewrite does, node by node:

* attribute reads, writes and deletes go through the attribute policy
  (`__m_ga__`, `__m_sa__`, `__m_da__`), with private-name mangling applied by hand;
* size-growing operators (`*`, `**`, `<<`, `%`), format specs, `in` tests and star
  unpacking go through sized guards, unless the operands make the result trivially small;
* every loop iteration, comprehension step and function entry ticks the resource tracker;
* every `except` handler, every `return`/`break`/`continue` inside `finally`, and every
  `with` statement re-raises a tripped limit, so sandbox code cannot swallow it;
* dotted names inside `match` patterns are evaluated through the policy before matching;
* the value of a final expression statement is captured with `__m_result__`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import cast

from .errors import CheckError
from .execute.sizes import SIZED_METHODS, SMALL_INPUT, SizeLimitError, format_spec_size
from .module_function import wrap_module_body

__all__ = ["GUARD_NAMES", "lower"]

GA, SA, DA = "__m_ga__", "__m_sa__", "__m_da__"
TICK, NEXT, CHK, RESULT = "__m_tk__", "__m_next__", "__m_chk__", "__m_result__"
STAR, STARMAP, IN, FMT, NS = "__m_star__", "__m_starmap__", "__m_in__", "__m_fmt__", "__m_ns__"
AUGATTR, AUGITEM = "__m_augattr__", "__m_augitem__"
INT, TYPE, FAST_IN, FAST_ATTR = "__m_int__", "__m_type__", "__m_fast_in__", "__m_fast_attr__"
FLOAT = "__m_float__"
FAST_STORE = "__m_fast_store__"
FAST_SIZED, LEN = "__m_fast_sized__", "__m_len__"
FIELD, FAST_TEXT, FAST_NUM, STR = "__m_field__", "__m_fast_text__", "__m_fast_num__", "__m_str__"
PATTERN = "__m_pattern__"
CM, ACM = "__m_cm__", "__m_acm__"
_LITERAL_CONTAINERS = (ast.List, ast.Tuple, ast.Set, ast.Dict, ast.Constant)
#: ints below this magnitude multiply without a size check
_SMALL_INT = 1 << 62

#: operator class -> (guard for `a op b`, guard for `a op= b`)
_GUARDED_OPS: dict[type[ast.operator], tuple[str, str]] = {
    ast.Add: ("__m_add__", "__m_iadd__"),
    ast.Mult: ("__m_mul__", "__m_imul__"),
    ast.Pow: ("__m_pow__", "__m_ipow__"),
    ast.LShift: ("__m_lshift__", "__m_ilshift__"),
    ast.Mod: ("__m_mod__", "__m_imod__"),
    ast.FloorDiv: ("__m_floordiv__", "__m_ifloordiv__"),
}
#: in-place operators that extend a container from any iterable (`lst += it`, `d |= it`)
_EXTENDING_OPS: dict[type[ast.operator], str] = {ast.Add: "__m_iadd__", ast.BitOr: "__m_ior__"}
#: operator class -> name used by the augmented-assignment helpers
OP_NAMES: dict[type[ast.operator], str] = {
    ast.Add: "add",
    ast.Sub: "sub",
    ast.Mult: "mul",
    ast.MatMult: "matmul",
    ast.Div: "truediv",
    ast.FloorDiv: "floordiv",
    ast.Mod: "mod",
    ast.Pow: "pow",
    ast.LShift: "lshift",
    ast.RShift: "rshift",
    ast.BitOr: "or",
    ast.BitXor: "xor",
    ast.BitAnd: "and",
}

#: Every name the lowered code may use besides the sandbox's own names.
GUARD_NAMES = frozenset(
    {GA, SA, DA, TICK, NEXT, CHK, RESULT, STAR, STARMAP, IN, FMT, NS, AUGATTR, AUGITEM}
    | {name for pair in _GUARDED_OPS.values() for name in pair}
    | set(_EXTENDING_OPS.values())
    | {INT, FLOAT, TYPE, FAST_IN, FAST_ATTR, FAST_STORE, PATTERN, CM, ACM}
    | {FAST_SIZED, LEN, FIELD, FAST_TEXT, FAST_NUM, STR}
)

_UNIT = 1  # an int constant multiplier this small cannot grow anything
#: a constant divisor below this is one CPython digit: dividing by it is linear
_ONE_DIGIT = 1 << 30
#: an int constant with at most this many bits divides anything quickly
_SMALL_CONSTANT_BITS = 2048


def _name(id_: str) -> ast.Name:
    return ast.Name(id=id_, ctx=ast.Load())


def _call(func: str, *args: ast.expr) -> ast.Call:
    return ast.Call(func=_name(func), args=list(args), keywords=[])


def _tick() -> ast.Call:
    """`__m_next__(__m_tk__)`: one tick, a C-level `next()` on the run's ticker (returns True)."""
    return _call(NEXT, _name(TICK))


def _stmt(expr: ast.expr) -> ast.Expr:
    return ast.Expr(value=expr)


def _mangle(class_name: str | None, name: str) -> str:
    if class_name is None or not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = class_name.lstrip("_")
    return f"_{stripped}{name}" if stripped else name


def _is_number_const(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) in (int, float, complex)


def _is_unit_int(node: ast.expr) -> bool:
    """An int constant multiplier that cannot grow a sequence (`x * 1`, `x * 0`, `x * -1`)."""
    return isinstance(node, ast.Constant) and type(node.value) is int and abs(node.value) <= _UNIT


def _is_small_number_const(node: ast.expr) -> bool:
    """A number constant that divides or is divided quickly (not a huge int literal)."""
    if not _is_number_const(node):
        return False
    value = cast(ast.Constant, node).value
    return type(value) is not int or value.bit_length() <= _SMALL_CONSTANT_BITS


def _binop_is_safe(node: ast.BinOp) -> bool:
    """True when the operands alone prove the result stays small."""
    left, right = node.left, node.right
    if isinstance(node.op, ast.Mult):
        if isinstance(left, ast.Constant | ast.List | ast.Tuple) and isinstance(
            right, ast.Constant
        ):
            return _const_size(left) * _const_count(right) <= 10_000
        if isinstance(right, ast.Constant | ast.List | ast.Tuple) and isinstance(
            left, ast.Constant
        ):
            return _const_size(right) * _const_count(left) <= 10_000
        float_const = any(
            isinstance(n, ast.Constant) and type(n.value) is float for n in (left, right)
        )
        # `x * 2` is not small: doubling a sequence in a loop is exponential
        return float_const or _is_unit_int(left) or _is_unit_int(right)
    if isinstance(node.op, ast.Pow):
        # `x ** 2` is not small: squaring in a loop doubles the size every time
        return _is_number_const(left) and _is_number_const(right) and _pow_small(left, right)
    if isinstance(node.op, ast.LShift):
        return (
            isinstance(right, ast.Constant) and type(right.value) is int and 0 <= right.value <= 64
        )
    if isinstance(node.op, ast.Mod | ast.FloorDiv):
        return _is_small_number_const(left)
    if isinstance(node.op, ast.Add):
        # adding a constant grows a value by a constant amount per operation
        return isinstance(left, ast.Constant) or isinstance(right, ast.Constant)
    return True


def _const_size(node: ast.expr) -> int:
    if isinstance(node, ast.Constant):
        value = node.value
        return len(value) if isinstance(value, str | bytes) else 1
    return len(cast(ast.List | ast.Tuple, node).elts)


def _const_count(node: ast.expr) -> int:
    value = cast(ast.Constant, node).value
    if type(value) is int:
        return max(value, 0)
    if isinstance(value, str | bytes):
        return len(value)
    return 10**9


def _pow_small(base: ast.expr, exp: ast.expr) -> bool:
    b = cast(ast.Constant, base).value
    e = cast(ast.Constant, exp).value
    if type(b) is not int or type(e) is not int:
        return type(e) is not complex and type(b) is not complex and abs(e) <= 1024  # pyright: ignore[reportArgumentType]
    return e <= 64 or abs(b) <= 1


def _targets(node: ast.expr) -> Iterator[ast.expr]:
    yield node
    if isinstance(node, ast.Tuple | ast.List):
        for elt in node.elts:
            yield from _targets(elt)
    elif isinstance(node, ast.Starred):
        yield from _targets(node.value)


def _has_attr_target(node: ast.expr) -> bool:
    return any(isinstance(t, ast.Attribute) for t in _targets(node))


def _has_star_target(node: ast.expr) -> bool:
    return any(isinstance(t, ast.Starred) for t in _targets(node))


def _is_int_class(operand: ast.expr) -> ast.expr:
    """`operand.__class__ is int` (a native read: only the guards' own names appear here)."""
    cls = ast.Attribute(value=operand, attr="__class__", ctx=ast.Load())
    return ast.Compare(left=cls, ops=[ast.Is()], comparators=[_name(INT)])


def _int_fast_path(op: ast.operator, left: ast.expr, right: ast.expr) -> ast.expr | None:
    """A test under which `left op right` needs no guard, or None when there is none.

    Only a plain name or constant may be evaluated twice (once in the test, once in the
    operation); the other operand is evaluated once, in whichever branch runs.
    """
    if isinstance(op, ast.Mult):
        # `x * 3` and `3 * x`: native when `x` is a float or an int (a small one when the
        # constant has more than one digit: the product may grow fast in a loop)
        for operand, const in ((left, right), (right, left)):
            if (
                isinstance(operand, ast.Name | ast.Constant)
                and isinstance(const, ast.Constant)
                and type(const.value) is int
                and abs(const.value) <= 1 << 64
            ):
                if abs(const.value) < _ONE_DIGIT:
                    return _or_float(operand, _is_int_class(_copy_operand(operand)))
                return _or_float(operand, _small_int_test(operand))
        return None
    if not isinstance(left, ast.Name | ast.Constant):
        return None
    if isinstance(op, ast.Add):
        return _is_int_class(_copy_operand(left))
    if isinstance(op, ast.Mod | ast.FloorDiv):
        divisor = right.value if isinstance(right, ast.Constant) else None
        if (type(divisor) is int and 0 < abs(divisor) < _ONE_DIGIT) or type(divisor) is float:
            # linear in the dividend (a float divisor turns an int dividend into a float)
            return _or_float(left, _is_int_class(_copy_operand(left)))
        return _or_float(left, _small_int_test(left))  # a small dividend divides quickly
    return None


def _or_float(operand: ast.expr, test: ast.expr) -> ast.expr:
    """`test or operand.__class__ is float` (float arithmetic is never slow)."""
    is_float = ast.Compare(
        left=ast.Attribute(value=_copy_operand(operand), attr="__class__", ctx=ast.Load()),
        ops=[ast.Is()],
        comparators=[_name(FLOAT)],
    )
    return ast.BoolOp(op=ast.Or(), values=[test, is_float])


def _small_int_test(operand: ast.expr) -> ast.expr:
    """`operand.__class__ is int and -2**62 < operand < 2**62`."""
    bounded = ast.Compare(
        left=ast.Constant(-_SMALL_INT),
        ops=[ast.Lt(), ast.Lt()],
        comparators=[_copy_operand(operand), ast.Constant(_SMALL_INT)],
    )
    return ast.BoolOp(op=ast.And(), values=[_is_int_class(_copy_operand(operand)), bounded])


def _copy_operand(node: ast.expr) -> ast.expr:
    if isinstance(node, ast.Name):
        return ast.copy_location(ast.Name(id=node.id, ctx=ast.Load()), node)
    return ast.copy_location(ast.Constant(cast(ast.Constant, node).value), node)


def _small_text(value: ast.Name, method: str) -> ast.expr:
    """`type(value) in __m_fast_sized__[method] and len(value) <= SMALL_INPUT`: the host
    method may be called natively (its result cannot be big)."""
    table = ast.Subscript(value=_name(FAST_SIZED), slice=ast.Constant(method), ctx=ast.Load())
    is_text = ast.Compare(
        left=_call(TYPE, _copy_operand(value)), ops=[ast.In()], comparators=[table]
    )
    small = ast.Compare(
        left=_call(LEN, _copy_operand(value)),
        ops=[ast.LtE()],
        comparators=[ast.Constant(SMALL_INPUT)],
    )
    return ast.BoolOp(op=ast.And(), values=[is_text, small])


def _plain_field_test(first: ast.expr, operand: ast.Name, conversion: int) -> ast.expr:
    """A test under which an f-string field converts natively: a number, or text (small
    text for `!r`/`!a`, whose escaped form may be 4 times bigger). `first` (the field's
    name, or a walrus binding `operand`) is evaluated first, `operand` after it."""
    if conversion in (ord("r"), ord("a")):
        is_number = ast.Compare(
            left=_call(TYPE, first), ops=[ast.In()], comparators=[_name(FAST_NUM)]
        )
        is_text = ast.Compare(
            left=_call(TYPE, _copy_operand(operand)), ops=[ast.Is()], comparators=[_name(STR)]
        )
        small = ast.Compare(
            left=_call(LEN, _copy_operand(operand)),
            ops=[ast.LtE()],
            comparators=[ast.Constant(SMALL_INPUT)],
        )
        text = ast.BoolOp(op=ast.And(), values=[is_text, small])
        return ast.BoolOp(op=ast.Or(), values=[is_number, text])
    return ast.Compare(left=_call(TYPE, first), ops=[ast.In()], comparators=[_name(FAST_TEXT)])


def _constant_spec_is_small(spec: ast.expr) -> bool:
    """A format spec written out in full whose width and precision are small."""
    if not isinstance(spec, ast.JoinedStr):
        return False
    parts = spec.values
    if not all(isinstance(p, ast.Constant) and isinstance(p.value, str) for p in parts):
        return False
    text = "".join(cast(str, cast(ast.Constant, p).value) for p in parts)
    try:
        return format_spec_size(text) <= 1000
    except SizeLimitError:
        return False


class _Lowerer(ast.NodeTransformer):
    def __init__(self, filename: str, source_lines: list[str], capture_result: bool = True) -> None:
        self.capture_result = capture_result
        self.filename = filename
        self.lines = source_lines
        self.counter = 0
        self.class_names: list[str | None] = [None]
        #: whether each enclosing statement scope is a class body (temporaries would leak there)
        self.in_class_body: list[bool] = [False]
        #: enclosing function bodies and comprehensions (a walrus may bind a temporary in a
        #: function, never in a comprehension)
        self.function_depth = 0
        self.comprehension_depth = 0

    # -- helpers -----------------------------------------------------------------------
    def temp(self) -> str:
        self.counter += 1
        return f"__m_t{self.counter}__"

    def fail(self, node: ast.AST, message: str) -> CheckError:
        lineno = getattr(node, "lineno", None)
        line = self.lines[lineno - 1] if lineno and 0 < lineno <= len(self.lines) else None
        return CheckError(
            message,
            lineno=lineno,
            col_offset=getattr(node, "col_offset", None),
            source_line=line,
            filename=self.filename,
        )

    def attr_name(self, attr: str) -> ast.Constant:
        return ast.Constant(_mangle(self.class_names[-1], attr))

    def body(self, stmts: list[ast.stmt]) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for stmt in stmts:
            result = self.visit(stmt)
            if result is None:
                continue
            if isinstance(result, list):
                out.extend(cast(list[ast.stmt], result))
            else:
                out.append(cast(ast.stmt, result))
        return out or [ast.Pass()]

    def tick_stmt(self, at: ast.AST) -> ast.stmt:
        return ast.copy_location(_stmt(_tick()), at)

    def split_target(self, target: ast.expr) -> tuple[ast.expr, list[ast.stmt]]:
        """Replace attribute sub-targets with temporaries; return the stores to run after."""
        if isinstance(target, ast.Attribute):
            tmp = self.temp()
            store = _stmt(
                _call(SA, self.visit(target.value), self.attr_name(target.attr), _name(tmp))
            )
            return ast.Name(id=tmp, ctx=ast.Store()), [ast.copy_location(store, target)]
        if isinstance(target, ast.Tuple | ast.List):
            elts: list[ast.expr] = []
            post: list[ast.stmt] = []
            for elt in target.elts:
                new, more = self.split_target(elt)
                elts.append(new)
                post.extend(more)
            target.elts = elts
            return target, post
        if isinstance(target, ast.Starred):
            new, post = self.split_target(target.value)
            target.value = new
            return target, post
        return self.visit(target), []

    def assign_from(self, target: ast.expr, value: ast.expr, at: ast.AST) -> list[ast.stmt]:
        """Statements that assign `value` to `target` through the guards."""
        if _has_star_target(target):
            value = _call(STAR, value)
        new, post = self.split_target(target)
        return [ast.copy_location(ast.Assign(targets=[new], value=value), at), *post]

    # -- module and definitions --------------------------------------------------------
    def visit_Module(self, node: ast.Module) -> ast.Module:
        stmts = node.body
        last = stmts[-1] if stmts and self.capture_result else None
        node.body = self.body(stmts[:-1]) if isinstance(last, ast.Expr) else self.body(stmts)
        if isinstance(last, ast.Expr):
            capture = _stmt(_call(RESULT, self.visit(last.value)))
            node.body.append(ast.copy_location(capture, last))
            node.body = [s for s in node.body if not isinstance(s, ast.Pass)] or node.body
        return node

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> ast.AST:
        # arguments, decorators and annotations are evaluated in the enclosing scope
        node.args = self.visit(node.args)
        if not isinstance(node, ast.Lambda):
            node.decorator_list = [self.visit(d) for d in node.decorator_list]
            if node.returns is not None:
                node.returns = self.visit(node.returns)
        self.function_depth += 1
        try:
            return self._function_body(node)
        finally:
            self.function_depth -= 1

    def _function_body(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> ast.AST:
        if isinstance(node, ast.Lambda):
            node.body = ast.copy_location(
                ast.BoolOp(op=ast.And(), values=[_tick(), self.visit(node.body)]), node.body
            )
            return node
        body = node.body
        doc: list[ast.stmt] = []
        first = body[0]
        if (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
        ):
            doc, body = [first], body[1:]  # pyright: ignore[reportAssignmentType]
        self.in_class_body.append(False)
        node.body = [*doc, self.tick_stmt(node), *(self.body(body) if body else [])]
        self.in_class_body.pop()
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        return self._function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        return self._function(node)

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        return self._function(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        node.bases = [self.visit(b) for b in node.bases]
        node.keywords = [self.visit(k) for k in node.keywords]
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        self.class_names.append(node.name)
        self.in_class_body.append(True)
        node.body = self.body(node.body)
        self.in_class_body.pop()
        self.class_names.pop()
        return node

    # -- attributes ----------------------------------------------------------------------
    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if not isinstance(node.ctx, ast.Load):
            raise self.fail(node, "assigning to an attribute here is not supported in the sandbox")
        name = self.attr_name(node.attr)
        value = self.visit(node.value)
        guarded = _call(GA, value, name)
        if isinstance(value, ast.Name):
            # `obj.name` reads natively when the run's policy already allowed `name` outright
            # on every instance of `type(obj)`; anything else goes through the guard.
            attr = self.attr_name(node.attr).value
            assert isinstance(attr, str)
            table = ast.Subscript(value=_name(FAST_ATTR), slice=ast.Constant(attr), ctx=ast.Load())
            test = ast.Compare(
                left=_call(TYPE, _copy_operand(value)), ops=[ast.In()], comparators=[table]
            )
            if attr in SIZED_METHODS:
                test = ast.BoolOp(op=ast.Or(), values=[_small_text(value, attr), test])
            native = ast.Attribute(value=_copy_operand(value), attr=attr, ctx=ast.Load())
            return ast.copy_location(ast.IfExp(test=test, body=native, orelse=guarded), node)
        return ast.copy_location(guarded, node)

    def fast_store(
        self, obj: ast.Name, attr: ast.Constant, value: ast.expr, at: ast.AST
    ) -> list[ast.stmt]:
        """`obj.attr = value` written natively when the run's policy already allowed this
        store on every instance of `type(obj)`, through the guard otherwise."""
        out: list[ast.stmt] = []
        if not isinstance(value, ast.Name | ast.Constant):
            tmp = self.temp()  # CPython evaluates the value before the object
            out.append(
                ast.copy_location(ast.Assign(targets=[ast.Name(tmp, ast.Store())], value=value), at)
            )
            value = _name(tmp)
        name = cast(str, attr.value)
        table = ast.Subscript(value=_name(FAST_STORE), slice=ast.Constant(name), ctx=ast.Load())
        test = ast.Compare(
            left=_call(TYPE, _copy_operand(obj)), ops=[ast.In()], comparators=[table]
        )
        native = ast.Assign(
            targets=[ast.Attribute(value=_copy_operand(obj), attr=name, ctx=ast.Store())],
            value=_copy_operand(value),
        )
        guarded = _stmt(_call(SA, _copy_operand(obj), ast.Constant(name), _copy_operand(value)))
        out.append(ast.copy_location(ast.If(test=test, body=[native], orelse=[guarded]), at))
        return out

    # -- assignments ---------------------------------------------------------------------
    def visit_Assign(self, node: ast.Assign) -> ast.AST | list[ast.stmt]:
        value = self.visit(node.value)
        if not any(_has_attr_target(t) or _has_star_target(t) for t in node.targets):
            node.targets = [self.visit(t) for t in node.targets]
            node.value = value
            return node
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Attribute):
            target = node.targets[0]
            obj = self.visit(target.value)
            attr = self.attr_name(target.attr)
            call = _call(SA, obj, attr, value)
            if isinstance(obj, ast.Name) and not self.in_class_body[-1]:
                return self.fast_store(obj, attr, value, node)
            return ast.copy_location(_stmt(call), node)
        if len(node.targets) == 1:
            return self.assign_from(node.targets[0], value, node)
        tmp = self.temp()
        out: list[ast.stmt] = [
            ast.copy_location(ast.Assign(targets=[ast.Name(tmp, ast.Store())], value=value), node)
        ]
        for target in node.targets:
            out.extend(self.assign_from(target, _name(tmp), node))
        out.append(ast.copy_location(ast.Delete(targets=[ast.Name(tmp, ast.Del())]), node))
        return out

    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST | list[ast.stmt]:
        node.annotation = self.visit(node.annotation)
        if isinstance(node.target, ast.Attribute):
            if node.value is None:
                return ast.copy_location(_stmt(self.visit(node.target.value)), node)
            target = node.target
            call = _call(
                SA, self.visit(target.value), self.attr_name(target.attr), self.visit(node.value)
            )
            return ast.copy_location(_stmt(call), node)
        node.target = self.visit(node.target)
        if node.value is not None:
            node.value = self.visit(node.value)
        return node

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        target = node.target
        value = self.visit(node.value)
        op_name = OP_NAMES[type(node.op)]
        if isinstance(target, ast.Attribute):
            call = _call(
                AUGATTR,
                self.visit(target.value),
                self.attr_name(target.attr),
                ast.Constant(op_name),
                value,
            )
            return ast.copy_location(_stmt(call), node)
        guarded = _GUARDED_OPS.get(type(node.op))
        if guarded and _binop_is_safe(ast.BinOp(left=_name("x"), op=node.op, right=value)):
            guarded = None
        if type(node.op) in _EXTENDING_OPS and not isinstance(value, ast.Constant):
            guarded = ("", _EXTENDING_OPS[type(node.op)])
        if guarded is None:
            node.target = self.visit(target)
            node.value = value
            return node
        if isinstance(target, ast.Subscript):
            call = _call(
                AUGITEM,
                self.visit(target.value),
                self.visit(target.slice),
                ast.Constant(op_name),
                value,
            )
            return ast.copy_location(_stmt(call), node)
        assert isinstance(target, ast.Name)
        load = ast.copy_location(_name(target.id), target)
        guarded_value: ast.expr = _call(guarded[1], load, value)
        fast = _int_fast_path(node.op, load, value)
        if fast is not None:
            plain = ast.BinOp(left=_name(target.id), op=node.op, right=value)
            guarded_value = ast.IfExp(test=fast, body=plain, orelse=guarded_value)
        assign = ast.Assign(targets=[ast.Name(target.id, ast.Store())], value=guarded_value)
        return ast.copy_location(assign, node)

    def visit_Delete(self, node: ast.Delete) -> ast.AST | list[ast.stmt]:
        out: list[ast.stmt] = []
        plain: list[ast.expr] = []
        for target in node.targets:
            if isinstance(target, ast.Attribute):
                if plain:
                    out.append(ast.copy_location(ast.Delete(targets=plain), node))
                    plain = []
                call = _call(DA, self.visit(target.value), self.attr_name(target.attr))
                out.append(ast.copy_location(_stmt(call), node))
            elif isinstance(target, ast.Tuple | ast.List) and _has_attr_target(target):
                out.extend(
                    cast(
                        list[ast.stmt],
                        self.visit_Delete(ast.copy_location(ast.Delete(targets=target.elts), node)),
                    )
                )
            else:
                plain.append(self.visit(target))
        if plain:
            out.append(ast.copy_location(ast.Delete(targets=plain), node))
        return out

    # -- loops ---------------------------------------------------------------------------
    def _for(self, node: ast.For | ast.AsyncFor) -> ast.AST:
        node.iter = self.visit(node.iter)
        prefix: list[ast.stmt] = []
        if _has_attr_target(node.target) or _has_star_target(node.target):
            tmp = self.temp()
            prefix = self.assign_from(node.target, _name(tmp), node)
            node.target = ast.Name(tmp, ast.Store())
        else:
            node.target = self.visit(node.target)
        node.body = [self.tick_stmt(node), *prefix, *self.body(node.body)]
        node.orelse = self.body(node.orelse) if node.orelse else []
        return node

    def visit_For(self, node: ast.For) -> ast.AST:
        return self._for(node)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> ast.AST:
        return self._for(node)

    def visit_While(self, node: ast.While) -> ast.AST:
        node.test = self.visit(node.test)
        node.body = [self.tick_stmt(node), *self.body(node.body)]
        node.orelse = self.body(node.orelse) if node.orelse else []
        return node

    def visit_comprehension(self, node: ast.comprehension) -> ast.AST:
        if _has_attr_target(node.target):
            raise self.fail(
                node.target,
                "assigning to an attribute in a comprehension is not supported in the sandbox",
            )
        node.iter = self.visit(node.iter)
        if _has_star_target(node.target):
            node.iter = _call(STARMAP, node.iter)
        node.target = self.visit(node.target)
        node.ifs = [_tick(), *(self.visit(i) for i in node.ifs)]
        return node

    # -- exceptions and context managers ---------------------------------------------------
    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> ast.AST:
        if node.type is not None:
            node.type = self.visit(node.type)
        node.body = [ast.copy_location(_stmt(_call(CHK)), node), *self.body(node.body)]
        return node

    def _try(self, node: ast.Try | ast.TryStar) -> ast.AST:
        node.body = self.body(node.body)
        node.handlers = [self.visit(h) for h in node.handlers]
        node.orelse = self.body(node.orelse) if node.orelse else []
        if node.finalbody:
            # a `finally` never runs sandbox code once a limit tripped or the run ended
            checked = [ast.copy_location(_stmt(_call(CHK)), node), *self.body(node.finalbody)]
            node.finalbody = _guard_exits(checked)
        return node

    def visit_Try(self, node: ast.Try) -> ast.AST:
        return self._try(node)

    def visit_TryStar(self, node: ast.TryStar) -> ast.AST:
        return self._try(node)

    def _with(self, node: ast.With | ast.AsyncWith) -> list[ast.stmt]:
        prefix: list[ast.stmt] = []
        for item in node.items:
            guard = ACM if isinstance(node, ast.AsyncWith) else CM
            item.context_expr = _call(guard, self.visit(item.context_expr))
            var = item.optional_vars
            if var is None:
                continue
            if _has_attr_target(var) or _has_star_target(var):
                tmp = self.temp()
                prefix.extend(self.assign_from(var, _name(tmp), node))
                item.optional_vars = ast.Name(tmp, ast.Store())
            else:
                item.optional_vars = self.visit(var)
        node.body = [*prefix, *self.body(node.body)]
        return [node, ast.copy_location(_stmt(_call(CHK)), node)]

    def visit_With(self, node: ast.With) -> list[ast.stmt]:
        return self._with(node)

    def visit_AsyncWith(self, node: ast.AsyncWith) -> list[ast.stmt]:
        return self._with(node)

    # -- expressions -----------------------------------------------------------------------
    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        safe = _binop_is_safe(node)
        node.left = self.visit(node.left)
        node.right = self.visit(node.right)
        guarded = _GUARDED_OPS.get(type(node.op))
        if guarded is None or safe:
            return node
        call = _call(guarded[0], node.left, node.right)
        fast = _int_fast_path(node.op, node.left, node.right)
        if fast is not None:
            return ast.copy_location(ast.IfExp(test=fast, body=node, orelse=call), node)
        return ast.copy_location(call, node)

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        node.left = self.visit(node.left)
        node.comparators = [self.visit(c) for c in node.comparators]
        if not any(isinstance(op, ast.In | ast.NotIn) for op in node.ops):
            return node
        if len(node.ops) == 1:
            right = node.comparators[0]
            if isinstance(right, _LITERAL_CONTAINERS):
                return node  # a container written out in full: bounded
            if isinstance(right, ast.Name):
                # `x in d` on a list/dict/set/str... is bounded: only other containers are guarded
                test = ast.Compare(
                    left=_call(TYPE, _copy_operand(right)),
                    ops=[ast.In()],
                    comparators=[_name(FAST_IN)],
                )
                guarded: ast.expr = _call(IN, node.left, right)
                if isinstance(node.ops[0], ast.NotIn):
                    guarded = ast.UnaryOp(op=ast.Not(), operand=guarded)
                fast = ast.Compare(left=node.left, ops=node.ops, comparators=[_copy_operand(right)])
                return ast.copy_location(ast.IfExp(test=test, body=fast, orelse=guarded), node)
        operands = [node.left, *node.comparators]
        parts: list[ast.expr] = []
        for i, op in enumerate(node.ops):
            left, right = operands[i], operands[i + 1]
            if i + 1 < len(node.ops):
                tmp = self.temp()
                right = ast.NamedExpr(target=ast.Name(tmp, ast.Store()), value=right)
                operands[i + 1] = _name(tmp)
            if isinstance(op, ast.In | ast.NotIn):
                test: ast.expr = _call(IN, left, right)
                if isinstance(op, ast.NotIn):
                    test = ast.UnaryOp(op=ast.Not(), operand=test)
            else:
                test = ast.Compare(left=left, ops=[op], comparators=[right])
            parts.append(test)
        result = parts[0] if len(parts) == 1 else ast.BoolOp(op=ast.And(), values=parts)
        return ast.copy_location(result, node)

    def visit_Call(self, node: ast.Call) -> ast.AST:
        node.func = self.visit(node.func)
        args: list[ast.expr] = []
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                arg.value = _call(STAR, self.visit(arg.value))
                args.append(arg)
            else:
                args.append(self.visit(arg))
        node.args = args
        node.keywords = [self.visit(k) for k in node.keywords]
        return node

    def _starred_elts(self, node: ast.List | ast.Tuple | ast.Set) -> ast.AST:
        if isinstance(node, ast.List | ast.Tuple) and not isinstance(node.ctx, ast.Load):
            node.elts = [self.visit(e) for e in node.elts]
            return node
        elts: list[ast.expr] = []
        for elt in node.elts:
            if isinstance(elt, ast.Starred):
                elt.value = _call(STAR, self.visit(elt.value))
                elts.append(elt)
            else:
                elts.append(self.visit(elt))
        node.elts = elts
        return node

    def visit_List(self, node: ast.List) -> ast.AST:
        return self._starred_elts(node)

    def visit_Tuple(self, node: ast.Tuple) -> ast.AST:
        return self._starred_elts(node)

    def visit_Set(self, node: ast.Set) -> ast.AST:
        return self._starred_elts(node)

    def _comprehension(self, node: ast.AST) -> ast.AST:
        self.comprehension_depth += 1
        try:
            return self.generic_visit(node)
        finally:
            self.comprehension_depth -= 1

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comprehension

    def may_bind_temporary(self) -> bool:
        """Whether a walrus here binds a temporary the sandbox never sees: in a function
        body (a local) or at the top level of a program (a local of its `<module>` function),
        never in a class body or a comprehension (where CPython refuses it), nor at the top
        level of `exec`'d code (its globals dict belongs to the sandbox)."""
        if self.comprehension_depth or self.in_class_body[-1]:
            return False
        return self.function_depth > 0 or self.capture_result

    def checked_field(self, value: ast.expr, conversion: int) -> ast.expr:
        """The value of an f-string field converted natively, through `__m_field__` unless
        it is plain (a number or text, tested inline: the common case costs no call)."""
        if isinstance(value, ast.Constant):
            return value
        if isinstance(value, ast.Name):
            operand = value
            test = _plain_field_test(_copy_operand(value), operand, conversion)
        elif self.may_bind_temporary():
            operand = _name(self.temp())
            bound = ast.NamedExpr(target=ast.Name(operand.id, ast.Store()), value=value)
            test = _plain_field_test(bound, operand, conversion)
        else:
            return ast.copy_location(_call(FIELD, value, ast.Constant(conversion)), value)
        guarded = _call(FIELD, _copy_operand(operand), ast.Constant(conversion))
        checked = ast.IfExp(test=test, body=_copy_operand(operand), orelse=guarded)
        return ast.copy_location(checked, value)

    def visit_FormattedValue(self, node: ast.FormattedValue) -> ast.AST:
        node.value = self.visit(node.value)
        if node.format_spec is None:
            node.value = self.checked_field(node.value, node.conversion)
            return node
        if _constant_spec_is_small(node.format_spec):
            node.format_spec = self.visit(node.format_spec)
            if node.conversion != -1:
                # `f'{x!r:>8}'`: the conversion runs natively before the (small) spec applies
                node.value = self.checked_field(node.value, node.conversion)
            return node
        spec = self.visit(node.format_spec)
        node.value = ast.copy_location(
            _call(FMT, node.value, ast.Constant(node.conversion), spec), node
        )
        node.conversion = -1
        node.format_spec = None
        return node

    # -- match -------------------------------------------------------------------------------
    def visit_Match(self, node: ast.Match) -> ast.AST | list[ast.stmt]:
        node.subject = self.visit(node.subject)
        holder = self.temp()
        values: list[ast.keyword] = []

        def dotted(expr: ast.expr) -> ast.expr:
            key = f"v{len(values)}"
            values.append(ast.keyword(arg=key, value=self.visit(expr)))
            if isinstance(expr, ast.Call):
                ast.copy_location(expr, expr.args[0])
            return ast.copy_location(
                ast.Attribute(value=_name(holder), attr=key, ctx=ast.Load()), expr
            )

        for case in node.cases:
            for pattern in ast.walk(case.pattern):
                if isinstance(pattern, ast.MatchValue) and isinstance(pattern.value, ast.Attribute):
                    pattern.value = dotted(pattern.value)
                elif isinstance(pattern, ast.MatchValue):
                    pattern.value = self.visit(pattern.value)
                elif isinstance(pattern, ast.MatchClass):
                    spec = _call(
                        "__m_pattern__",
                        pattern.cls,
                        ast.Constant(tuple(pattern.kwd_attrs)),  # pyright: ignore[reportArgumentType]
                        ast.Constant(len(pattern.patterns)),
                    )
                    pattern.cls = dotted(spec)
                elif isinstance(pattern, ast.MatchMapping):
                    pattern.keys = [
                        dotted(k) if isinstance(k, ast.Attribute) else k for k in pattern.keys
                    ]
            if case.guard is not None:
                case.guard = self.visit(case.guard)
            case.body = self.body(case.body)
        if not values:
            return node
        setup = ast.Assign(
            targets=[ast.Name(holder, ast.Store())],
            value=ast.Call(func=_name(NS), args=[], keywords=values),
        )
        return [ast.copy_location(setup, node), node]


class _ExitGuard(ast.NodeTransformer):
    """Put `__m_chk__()` before each return/break/continue of a `finally` body."""

    def __init__(self) -> None:
        self.loop_depth = 0

    def _guard(self, node: ast.stmt) -> list[ast.stmt]:
        return [ast.copy_location(_stmt(_call(CHK)), node), node]

    def visit_Return(self, node: ast.Return) -> list[ast.stmt]:
        return self._guard(node)

    def visit_Break(self, node: ast.Break) -> ast.AST | list[ast.stmt]:
        return node if self.loop_depth else self._guard(node)

    def visit_Continue(self, node: ast.Continue) -> ast.AST | list[ast.stmt]:
        return node if self.loop_depth else self._guard(node)

    def _loop(self, node: ast.For | ast.AsyncFor | ast.While) -> ast.AST:
        self.loop_depth += 1
        node.body = [cast(ast.stmt, s) for s in _flatten(self.visit(s) for s in node.body)]
        self.loop_depth -= 1
        node.orelse = [cast(ast.stmt, s) for s in _flatten(self.visit(s) for s in node.orelse)]
        return node

    visit_For = visit_AsyncFor = visit_While = _loop

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        return node

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        return node


def _flatten(items: Iterator[ast.AST | list[ast.stmt] | None]) -> list[ast.AST]:
    out: list[ast.AST] = []
    for item in items:
        if item is None:
            continue
        if isinstance(item, list):
            out.extend(item)
        else:
            out.append(item)
    return out


def _guard_exits(stmts: list[ast.stmt]) -> list[ast.stmt]:
    guard = _ExitGuard()
    return [cast(ast.stmt, s) for s in _flatten(guard.visit(s) for s in stmts)]


def lower(
    tree: ast.Module | ast.Expression,
    source: str,
    *,
    filename: str = "main.py",
    capture_result: bool = True,
) -> ast.Module | ast.Expression:
    """Return the guarded form of a checked tree (the input tree is modified in place)."""
    lowered = _Lowerer(filename, source.splitlines(), capture_result).visit(tree)
    if capture_result and isinstance(lowered, ast.Module):
        lowered = wrap_module_body(lowered)
    return ast.fix_missing_locations(lowered)
