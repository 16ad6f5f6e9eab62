"""Run a program's top-level code as a function, so its names are fast global lookups.

CPython runs module-level code with `LOAD_NAME`/`STORE_NAME`, which its specializing
interpreter does not speed up; LLM-written snippets do most of their work at top level. After
lowering, the module body is moved into `def <module>(): global <every top-level name>; ...`
(or `async def` when it awaits) and called once. Declaring every name bound at top level
`global` keeps module semantics exactly: stores go to the globals dict, loads look in globals
then builtins. The function is named `<module>` so tracebacks read as CPython's; that name is
not an identifier, so sandbox code can never refer to it.

Programs that CPython only allows at module level (`from m import *`) stay as they are.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import cast

__all__ = ["MODULE_FUNCTION", "wrap_module_body"]

MODULE_FUNCTION = "<module>"
_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def _definition_parts(node: ast.AST) -> list[ast.AST]:
    """The parts of a definition evaluated in the enclosing scope."""
    if isinstance(node, ast.ClassDef):
        return [*node.decorator_list, *node.bases, *node.keywords]
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
        args = node.args
        parts: list[ast.AST] = [*args.defaults, *(d for d in args.kw_defaults if d is not None)]
        if not isinstance(node, ast.Lambda):
            parts.extend(node.decorator_list)
        return parts
    return []


def _scope_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """`node` and every node evaluated in the same scope (comprehension targets excluded:
    they bind in the comprehension's own scope; a walrus inside one binds here)."""
    yield node
    if isinstance(node, (*_DEFINITIONS, ast.Lambda)):
        for part in _definition_parts(node):
            yield from _scope_nodes(part)
        return
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.comprehension):
            yield from _scope_nodes(child.iter)
            for cond in child.ifs:
                yield from _scope_nodes(cond)
            continue
        yield from _scope_nodes(child)


def _bound_names(body: list[ast.stmt]) -> set[str]:
    names: set[str] = set()
    for stmt in body:
        for node in _scope_nodes(stmt):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
                names.add(node.id)
            elif isinstance(node, _DEFINITIONS):
                names.add(node.name)
            elif isinstance(node, ast.alias):
                names.add(node.asname or node.name.partition(".")[0])
            elif (isinstance(node, ast.ExceptHandler) and node.name) or (
                isinstance(node, ast.MatchAs | ast.MatchStar) and node.name
            ):
                names.add(node.name)
            elif isinstance(node, ast.MatchMapping) and node.rest:
                names.add(node.rest)
            elif isinstance(node, ast.Global):
                names.update(node.names)
    return names


def _awaits(body: list[ast.stmt]) -> bool:
    for stmt in body:
        for node in _scope_nodes(stmt):
            if isinstance(node, ast.Await | ast.AsyncFor | ast.AsyncWith):
                return True
            if isinstance(node, ast.comprehension) and node.is_async:
                return True
    return False


def _only_valid_in_functions(body: list[ast.stmt]) -> bool:
    """`return`, `yield` and `nonlocal` at top level are errors CPython must report as such."""
    kinds = (ast.Return, ast.Yield, ast.YieldFrom, ast.Nonlocal)
    return any(isinstance(node, kinds) for stmt in body for node in _scope_nodes(stmt))


def _star_import(body: list[ast.stmt]) -> bool:
    return any(
        isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names)
        for stmt in body
        for node in _scope_nodes(stmt)
    )


class _ModuleAnnotations(ast.NodeTransformer):
    """`x: T = v` at top level becomes `x = v` plus `__annotations__['x'] = T`
    (a function may not annotate a global name; the module keeps CPython's `__annotations__`)."""

    def __init__(self) -> None:
        self.found = False

    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST | list[ast.stmt]:
        if not isinstance(node.target, ast.Name):
            return node
        self.found = True
        out: list[ast.stmt] = []
        if node.value is not None:
            assign = ast.Assign(
                targets=[ast.Name(id=node.target.id, ctx=ast.Store())], value=node.value
            )
            out.append(ast.copy_location(assign, node))
        if node.simple:
            key = ast.Subscript(
                value=ast.Name(id="__annotations__", ctx=ast.Load()),
                slice=ast.Constant(node.target.id),
                ctx=ast.Store(),
            )
            out.append(ast.copy_location(ast.Assign(targets=[key], value=node.annotation), node))
        return out or [ast.copy_location(ast.Pass(), node)]

    def _skip(self, node: ast.AST) -> ast.AST:
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = visit_Lambda = _skip


def wrap_module_body(tree: ast.Module) -> ast.Module:
    """Move `tree`'s statements into the `<module>` function (see the module docstring)."""
    body = tree.body
    doc: list[ast.stmt] = []  # statements kept at module level
    first = body[0] if body else None
    if (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    ):
        doc, body = [cast(ast.stmt, first)], body[1:]
    if not body or _star_import(body) or _only_valid_in_functions(body):
        return tree  # unchanged: CPython itself runs it or reports the error
    annotations = _ModuleAnnotations()
    rewritten: list[ast.stmt] = []
    for stmt in body:
        result: ast.AST | list[ast.stmt] = annotations.visit(stmt)
        rewritten.extend(result if isinstance(result, list) else [cast(ast.stmt, result)])
    body = rewritten
    if annotations.found:
        setup = ast.Assign(
            targets=[ast.Name(id="__annotations__", ctx=ast.Store())],
            value=ast.Dict(keys=[], values=[]),
        )
        doc.append(ast.copy_location(setup, body[0]))
    names = sorted(_bound_names(body))
    stmts: list[ast.stmt] = [ast.Global(names=names)] if names else []
    stmts.extend(body)
    args = ast.arguments(
        posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]
    )
    is_async = _awaits(body)
    func_type = ast.AsyncFunctionDef if is_async else ast.FunctionDef
    func = func_type(name=MODULE_FUNCTION, args=args, body=stmts, decorator_list=[], returns=None)
    call: ast.expr = ast.Call(
        func=ast.Name(id=MODULE_FUNCTION, ctx=ast.Load()), args=[], keywords=[]
    )
    if is_async:
        call = ast.Await(value=call)
    ast.copy_location(func, body[0])
    for stmt in stmts[:1]:
        ast.copy_location(stmt, body[0])
    tree.body = [*doc, func, ast.copy_location(ast.Expr(value=call), body[0])]
    return ast.fix_missing_locations(tree)
