"""Stage 2: validate a parsed program against the sandbox's allow-list.

Only node types listed in `ALLOWED_NODES` may appear. Names and attribute names are checked
too: the sandbox may not name the lowered code's own guards (`__m_...`), interpreter
internals (`__builtins__`, `__import__`, `__class__` as a bare name, ...) or introspection
attributes (`__globals__`, `gi_frame`, ...). A refusal raises `CheckError` naming the
construct, the line and the column, before anything runs.
"""

from __future__ import annotations

import ast

from .errors import CheckError
from .names import (
    FORBIDDEN_METHOD_DEFS,
    INTERNAL_PREFIX,
    SOURCE_DUNDER_ATTRS,
    SOURCE_DUNDER_NAMES,
    is_dunder,
)

__all__ = ["FRAME_ATTRS", "check"]

#: Attributes of frames, code objects, generators, coroutines and tracebacks. The run-time
#: policy denies them anyway; refusing them here gives the model an early, clear message.
FRAME_ATTRS = frozenset(
    [
        "gi_frame",
        "gi_code",
        "gi_yieldfrom",
        "gi_running",
        "gi_suspended",
        "cr_frame",
        "cr_code",
        "cr_await",
        "cr_origin",
        "cr_running",
        "cr_suspended",
        "ag_frame",
        "ag_code",
        "ag_await",
        "ag_running",
        "tb_frame",
        "tb_next",
        "tb_lasti",
        "tb_lineno",
        "f_globals",
        "f_locals",
        "f_builtins",
        "f_back",
        "f_code",
        "f_lasti",
        "f_trace",
        "f_lineno",
        "co_code",
        "co_consts",
        "co_names",
        "co_varnames",
        "co_filename",
        "func_globals",
        "func_code",
    ]
)

_STMTS = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Return,
    ast.Delete,
    ast.Assign,
    ast.AugAssign,
    ast.AnnAssign,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.If,
    ast.With,
    ast.AsyncWith,
    ast.Match,
    ast.Raise,
    ast.Try,
    ast.TryStar,
    ast.Assert,
    ast.Import,
    ast.ImportFrom,
    ast.Global,
    ast.Nonlocal,
    ast.Expr,
    ast.Pass,
    ast.Break,
    ast.Continue,
)
_EXPRS = (
    ast.BoolOp,
    ast.NamedExpr,
    ast.BinOp,
    ast.UnaryOp,
    ast.Lambda,
    ast.IfExp,
    ast.Dict,
    ast.Set,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
    ast.Await,
    ast.Yield,
    ast.YieldFrom,
    ast.Compare,
    ast.Call,
    ast.FormattedValue,
    ast.JoinedStr,
    ast.Constant,
    ast.Attribute,
    ast.Subscript,
    ast.Starred,
    ast.Name,
    ast.List,
    ast.Tuple,
    ast.Slice,
)
_OTHER = (
    ast.Module,
    ast.Expression,
    ast.Interactive,
    ast.expr_context,
    ast.boolop,
    ast.operator,
    ast.unaryop,
    ast.cmpop,
    ast.comprehension,
    ast.ExceptHandler,
    ast.arguments,
    ast.arg,
    ast.keyword,
    ast.alias,
    ast.withitem,
    ast.match_case,
    ast.MatchValue,
    ast.MatchSingleton,
    ast.MatchSequence,
    ast.MatchMapping,
    ast.MatchClass,
    ast.MatchStar,
    ast.MatchAs,
    ast.MatchOr,
    ast.type_ignore,
)
#: Every node type a sandbox program may contain.
ALLOWED_NODES: tuple[type[ast.AST], ...] = _STMTS + _EXPRS + _OTHER


def _refuse(node: ast.AST, message: str, source_lines: list[str], filename: str) -> CheckError:
    lineno: int | None = getattr(node, "lineno", None)
    col: int | None = getattr(node, "col_offset", None)
    if (
        isinstance(node, ast.Attribute)
        and node.end_lineno == lineno
        and node.end_col_offset is not None
    ):
        col = node.end_col_offset - len(node.attr)  # point at the attribute name itself
    line = source_lines[lineno - 1] if lineno and 0 < lineno <= len(source_lines) else None
    return CheckError(
        message,
        lineno=lineno,
        col_offset=col,
        source_line=line,
        filename=filename,
        kind="SyntaxError",
    )


def match_attribute_problem(attr: object) -> str | None:
    """Why `attr` may not be read by a class pattern (`case C(attr=...)`, `__match_args__`)."""
    if not isinstance(attr, str):
        return "class pattern attribute names must be strings"
    if attr.startswith("_") or attr in FRAME_ATTRS:
        return f"class patterns may not read the attribute {attr!r} in the sandbox"
    return None


def _name_problem(name: str) -> str | None:
    if name.startswith(INTERNAL_PREFIX):
        return f"the name {name!r} is reserved by the sandbox"
    if is_dunder(name) and name not in SOURCE_DUNDER_NAMES:
        return f"the name {name!r} is not available in the sandbox"
    return None


def _attr_problem(attr: str) -> str | None:
    if attr.startswith(INTERNAL_PREFIX):
        return f"the attribute {attr!r} is reserved by the sandbox"
    if is_dunder(attr) and attr not in SOURCE_DUNDER_ATTRS:
        return f"access to the attribute {attr!r} is not allowed in the sandbox"
    if attr in FRAME_ATTRS:
        return f"access to the attribute {attr!r} is not allowed in the sandbox"
    return None


class _Checker(ast.NodeVisitor):
    def __init__(self, source_lines: list[str], filename: str) -> None:
        self.lines = source_lines
        self.filename = filename
        self.class_depth: list[bool] = []

    def fail(self, node: ast.AST, message: str) -> CheckError:
        return _refuse(node, message, self.lines, self.filename)

    def generic_visit(self, node: ast.AST) -> None:
        if not isinstance(node, ALLOWED_NODES):
            raise self.fail(node, f"{type(node).__name__} is not supported in the sandbox")
        super().generic_visit(node)

    def _check_name(self, node: ast.AST, name: str | None) -> None:
        if name is None:
            return
        problem = _name_problem(name)
        if problem:
            raise self.fail(node, problem)

    def visit_Name(self, node: ast.Name) -> None:
        in_class = bool(self.class_depth) and self.class_depth[-1]
        if in_class and node.id in SOURCE_DUNDER_ATTRS and node.id not in ("__class__", "__dict__"):
            return  # `__slots__ = ...`, `__rmul__ = __mul__`, `__match_args__ = ...` in a class body
        self._check_name(node, node.id)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.generic_visit(node)  # report the first refused attribute in reading order
        problem = _attr_problem(node.attr)
        if problem:
            raise self.fail(node, problem)

    def visit_arg(self, node: ast.arg) -> None:
        self._check_name(node, node.arg)
        self.generic_visit(node)

    def visit_keyword(self, node: ast.keyword) -> None:
        if node.arg is not None and node.arg.startswith(INTERNAL_PREFIX):
            raise self.fail(node, f"the keyword {node.arg!r} is reserved by the sandbox")
        self.generic_visit(node)

    def _visit_def(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        if node.name.startswith(INTERNAL_PREFIX):
            raise self.fail(node, f"the name {node.name!r} is reserved by the sandbox")
        in_class = bool(self.class_depth) and self.class_depth[-1]
        if in_class and node.name in FORBIDDEN_METHOD_DEFS:
            raise self.fail(node, f"defining {node.name} is not supported in the sandbox")
        if not in_class and is_dunder(node.name) and node.name not in SOURCE_DUNDER_NAMES:
            raise self.fail(node, f"the name {node.name!r} is not available in the sandbox")
        if isinstance(node, ast.ClassDef):
            for kw in node.keywords:
                self.visit(kw.value)
            for base in node.bases:
                self.visit(base)
            for deco in node.decorator_list:
                self.visit(deco)
            self.class_depth.append(True)
            for stmt in node.body:
                self.visit(stmt)
            self.class_depth.pop()
            return
        self.class_depth.append(False)
        self.generic_visit(node)
        self.class_depth.pop()

    visit_FunctionDef = _visit_def
    visit_AsyncFunctionDef = _visit_def
    visit_ClassDef = _visit_def

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.class_depth.append(False)
        self.generic_visit(node)
        self.class_depth.pop()

    def visit_Global(self, node: ast.Global) -> None:
        for name in node.names:
            self._check_name(node, name)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        for name in node.names:
            self._check_name(node, name)

    def visit_alias(self, node: ast.alias) -> None:
        for part in node.name.split("."):
            if part != "*":
                self._check_name(node, part)
        self._check_name(node, node.asname)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            raise self.fail(node, "relative imports are not supported in the sandbox")
        self.generic_visit(node)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        self._check_name(node, node.name)
        self.generic_visit(node)

    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        self._check_name(node, node.name)
        self.generic_visit(node)

    def visit_MatchStar(self, node: ast.MatchStar) -> None:
        self._check_name(node, node.name)

    def visit_MatchMapping(self, node: ast.MatchMapping) -> None:
        self._check_name(node, node.rest)
        self.generic_visit(node)

    def visit_MatchClass(self, node: ast.MatchClass) -> None:
        for attr in node.kwd_attrs:
            # class patterns read attributes natively: only plain public names are allowed
            problem = _attr_problem(attr) or match_attribute_problem(attr)
            if problem:
                raise self.fail(node, problem)
        self.generic_visit(node)


def check(tree: ast.AST, source: str, *, filename: str = "main.py") -> None:
    """Raise `CheckError` if `tree` uses anything outside the sandbox's allow-list."""
    _Checker(source.splitlines(), filename).visit(tree)
