"""Which operations each public client method sends, read from the client's own source.

`fake.fail("search_user_profiles", ...)` must mean the operation `search_profiles`. The table is
derived from reflexio/_sync (the async client is generated from it): a method sends the operations
of the `reflexio_api.api` modules it imports, plus those of the client methods it calls
(`self.get_user_playbooks(...)`, `in_thread(...)`, `paged(...)`, `renamed(...)`), so it cannot
drift from the code. tests/test_fake_names.py checks that every public method of both clients is
either in it or known to send nothing.
"""

from __future__ import annotations

import ast
import difflib
import functools
from pathlib import Path

# Public methods that send no request of their own.
SENDS_NOTHING = frozenset(
    {
        "close",
        "aclose",
        "flush",
        "with_options",
        "for_session",
        "invalidate_local_cache",
        "call_endpoint",
        "login",  # removed from the server: raises without sending
    }
)
_RENAMED_IN_ASYNC = {"close": "aclose"}


def _sync_sources() -> list[ast.Module]:
    import reflexio._sync

    folder = Path(reflexio._sync.__file__).parent
    return [ast.parse(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.py"))]


def _method_facts(trees: list[ast.Module]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per method of the client classes: the operations it imports, and the methods it calls or wraps."""
    direct: dict[str, set[str]] = {}
    calls: dict[str, set[str]] = {}
    for tree in trees:
        for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
            for item in cls.body:
                body: ast.AST
                if isinstance(item, ast.FunctionDef):
                    name, body = item.name, item
                elif (
                    isinstance(item, ast.Assign)
                    and len(item.targets) == 1
                    and isinstance(item.targets[0], ast.Name)
                    and isinstance(item.value, ast.Call)
                ):
                    name, body = item.targets[0].id, item.value  # iter_x = paged(get_x, ...), x_async = in_thread(x)
                    wrapped = [arg.id for arg in item.value.args if isinstance(arg, ast.Name)]
                    # paged(InteractionsPlain.get_interactions, ...): a generated method (reflexio/_sync/plain.py)
                    wrapped += [arg.attr for arg in item.value.args if isinstance(arg, ast.Attribute)]
                    calls.setdefault(name, set()).update(wrapped)
                else:
                    continue
                ops = direct.setdefault(name, set())
                called = calls.setdefault(name, set())
                for node in ast.walk(body):
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reflexio_api.api."):
                        ops.update(alias.name for alias in node.names)
                    elif (
                        isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"
                    ):
                        called.add(node.attr)
    return direct, calls


@functools.cache
def method_operations() -> dict[str, frozenset[str]]:
    """Public method name (of ReflexioClient or AsyncReflexioClient) -> the operation ids it sends."""
    direct, calls = _method_facts(_sync_sources())

    ids = operation_ids()

    def resolve(name: str, seen: frozenset[str]) -> set[str]:
        if name in ids and len(seen) > 1:
            return {name}  # another method it calls, named as its operation: that one only
        found = set(direct.get(name, ()))
        for other in calls.get(name, ()):
            if other in direct and other not in seen:
                found |= resolve(other, seen | {other})
        return found

    table: dict[str, frozenset[str]] = {}
    for name in direct:
        if name.startswith("_"):
            continue
        ops = frozenset(resolve(name, frozenset({name})))
        if ops:
            table[name] = ops
            if name in _RENAMED_IN_ASYNC:
                table[_RENAMED_IN_ASYNC[name]] = ops
    return table


def operation_ids() -> frozenset[str]:
    from ._routes import routes

    return frozenset(routes())


def resolve_operation(name: str, *, wildcard: bool = True) -> frozenset[str]:
    """The operation ids `name` stands for: an operation id, or a public method name of either client.

    "*" (when `wildcard`) stands for every operation. Anything else raises ValueError, with the
    nearest names.
    """
    if not isinstance(name, str):
        raise TypeError(f"an operation must be named by a string, not {type(name).__name__}")
    if wildcard and name == "*":
        return frozenset({"*"})
    ids = operation_ids()
    if name in ids:
        return frozenset({name})
    methods = method_operations()
    if name in methods:
        return methods[name]
    if name in SENDS_NOTHING:
        raise ValueError(f"{name!r} sends no request to the server: name an operation or an API method")
    close = difflib.get_close_matches(name, sorted(ids | set(methods)), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    raise ValueError(f"{name!r} is neither an operation id of the Reflexio API nor a method of ReflexioClient{hint}")
