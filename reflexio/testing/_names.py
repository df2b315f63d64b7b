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
from collections.abc import Collection, Iterable
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


def _sync_sources() -> list[Path]:
    import reflexio._sync

    return sorted(Path(reflexio._sync.__file__).parent.glob("*.py"))


def method_graph(sources: Iterable[Path]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The call graph of the client classes in `sources` (their `Async` twins skipped: same names).

    Per method or class attribute: the operations whose `reflexio_api.api` module it imports, and the
    names it uses: `self.X`, `self._client.X` (a session view forwarding to its client), and what a class
    attribute wraps (`iter_x = paged(get_x, ...)`, `x_async = in_thread(x)`, `x = renamed(y, "x")`,
    `paged(InteractionsPlain.get_x, ...)`: a generated method of reflexio/_sync/plain.py). Methods of
    reflexio/_session.py are named as users write them, `session.X`; the names they use are not.
    scripts/spec_diff.py reads the same graph.
    """
    direct: dict[str, set[str]] = {}
    uses: dict[str, set[str]] = {}
    for source in sources:
        prefix = "session." if source.name == "_session.py" else ""
        for cls in (n for n in ast.parse(source.read_text(encoding="utf-8")).body if isinstance(n, ast.ClassDef)):
            if cls.name.startswith("Async"):
                continue
            for node in cls.body:
                if isinstance(node, ast.FunctionDef):
                    name = prefix + node.name
                elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                    name = prefix + node.targets[0].id
                else:
                    continue
                ops = direct.setdefault(name, set())
                used = uses.setdefault(name, set())
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("reflexio_api.api."):
                        ops.update(alias.name for alias in inner.names)
                    elif isinstance(inner, ast.Attribute):
                        owner = inner.value
                        on_self = isinstance(owner, ast.Name) and owner.id == "self"
                        via_client = isinstance(owner, ast.Attribute) and owner.attr == "_client"
                        if on_self or via_client or isinstance(node, ast.Assign):
                            used.add(inner.attr)
                    elif isinstance(inner, ast.Name) and isinstance(node, ast.Assign):
                        used.add(inner.id)
                used.discard(name)
    return direct, uses


def operations_reached(
    name: str, direct: dict[str, set[str]], uses: dict[str, set[str]], stop: Collection[str] = ()
) -> set[str]:
    """The operations `name` sends: those it imports, and transitively those of the methods it uses.

    A used method named in `stop` counts as that name only (not followed).
    """
    found: set[str] = set()
    seen, todo = {name}, [name]
    while todo:
        current = todo.pop()
        found |= direct[current]
        for other in uses[current]:
            if other in direct and other not in seen:
                seen.add(other)
                if other in stop:
                    found.add(other)
                else:
                    todo.append(other)
    return found


@functools.cache
def method_operations() -> dict[str, frozenset[str]]:
    """Public method name (of ReflexioClient or AsyncReflexioClient) -> the operation ids it sends.

    A method that calls another one named as its operation (`self.get_user_playbooks(...)`) sends
    that operation only, not whatever else that method may send.
    """
    direct, uses = method_graph(_sync_sources())
    ids = operation_ids()
    table: dict[str, frozenset[str]] = {}
    for name in direct:
        if name.startswith("_"):
            continue
        ops = frozenset(operations_reached(name, direct, uses, stop=ids))
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
