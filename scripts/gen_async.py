"""Generate reflexio/_async/ from the hand-written sync client in reflexio/_sync/ (`make async`).

The async client is the sync client with `async def`/`await` where I/O happens; writing it by
hand would repeat every method. Rules:
- every class gets its async name (SyncAPIClient -> AsyncAPIClient, X -> AsyncX);
- methods become `async def`, except properties, __init__/__repr__ and KEEP_SYNC;
  close -> aclose, __enter__/__exit__ -> __aenter__/__aexit__;
- calls of those methods on `self`, and of AWAITED attributes, are awaited; an I/O method (one of
  AWAITED's) called on any other name stops the generator with the file, line and the names it knows;
- module-level helpers and constants are imported from the sync module, not copied;
- httpx.Client -> httpx.AsyncClient, httpx.HTTPTransport -> httpx.AsyncHTTPTransport,
  set_httpx_client -> set_async_httpx_client, BackgroundWorker -> AsyncBackgroundWorker, Fanout -> AsyncFanout,
  time.sleep -> asyncio.sleep, clock.sleep(...) -> await clock.asleep(...);
- `name_async = in_thread(name)` (a coroutine twin of a blocking method) -> `name_async = name`;
- awaited calls and renamed methods of known objects (AWAITED, RENAMED_ATTRS: response.read() ->
  await response.aread()), and `with x.slots:` -> `async with` (ASYNC_WITH);
- docstrings speak of the async client (DOC_WORDS: "sync client" -> "async client", close() -> aclose());
- generator methods become async generators: Iterator -> AsyncIterator, and `yield from xs`
  (not allowed there) -> `for item in xs: yield item`.
`python scripts/gen_async.py --check` fails when the committed files differ (run by the tests).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "reflexio" / "_sync"
DST = ROOT / "reflexio" / "_async"
BANNER = "# Generated from reflexio/_sync/{name} by scripts/gen_async.py. Do not edit: run `make async`.\n"

KEEP_SYNC = {"__init__", "__repr__", "with_options", "invalidate_local_cache", "for_session"}
RENAMED_METHODS = {"close": "aclose", "__enter__": "__aenter__", "__exit__": "__aexit__"}
NAMES = {
    "SyncAPIClient": "AsyncAPIClient",
    "BackgroundWorker": "AsyncBackgroundWorker",
    "Fanout": "AsyncFanout",
    "ReflexioClient": "AsyncReflexioClient",
    "SessionClient": "AsyncSessionClient",
    "RawResponseView": "AsyncRawResponseView",
    "Iterator": "AsyncIterator",
    "paged": "apaged",
}
# attribute calls on these objects are awaited: shared.send(...), self._shared.worker.flush(...)
AWAITED = {
    "shared": {"send"},
    "worker": {"submit", "flush", "close"},
    "_shared": {"aclose"},
    "response": {"aread", "aclose"},
    "asyncio": {"sleep"},
    "fanout": {"run"},
    "clock": {"asleep"},
}
IO_METHODS = frozenset().union(*AWAITED.values())  # called on another name, they stop the generator
# (object, method) -> the async method's name: self._shared.close() -> await self._shared.aclose()
RENAMED_ATTRS = {
    ("clock", "sleep"): "asleep",
    ("_shared", "close"): "aclose",
    ("response", "read"): "aread",
    ("response", "close"): "aclose",
}
# docstring wording of the sync client -> the async one's (regular expression, replacement), in order
DOC_WORDS = (
    (
        r"^The hand-written sync client\. reflexio/_async/ is generated from this folder",
        "The async client, generated from reflexio/_sync/",
    ),
    (r"\bsync client\b", "async client"),
    (r"\bclose\(\)", "aclose()"),
)
# `with <object>.<attr>:` -> `async with`: the async client's in-flight bound is an asyncio.Semaphore
ASYNC_WITH = {"slots"}


def class_names(trees: list[ast.Module]) -> dict[str, str]:
    names = dict(NAMES)
    for tree in trees:
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name not in names:
                names[node.name] = "Async" + node.name
    return names


def async_methods(trees: list[ast.Module]) -> set[str]:
    found = set()
    for tree in trees:
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef) and becomes_async(fn):
                    found.add(RENAMED_METHODS.get(fn.name, fn.name))
    return found


def becomes_async(fn: ast.FunctionDef) -> bool:
    decorated = any(isinstance(d, ast.Name) and d.id in ("property", "staticmethod") for d in fn.decorator_list)
    if decorated or fn.name in KEEP_SYNC:
        return False
    return not (fn.name.startswith("__") and fn.name not in RENAMED_METHODS)


class ToAsync(ast.NodeTransformer):
    def __init__(self, names: dict[str, str], methods: set[str], path: Path) -> None:
        self.names = names
        self.methods = methods
        self.path = path  # the module converted, for error messages

    def visit_Name(self, node: ast.Name) -> ast.Name:
        node.id = self.names.get(node.id, node.id)
        return node

    def visit_alias(self, node: ast.alias) -> ast.alias:
        node.name = {"time": "asyncio", **self.names}.get(node.name, node.name)
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.Attribute:
        self.generic_visit(node)
        if isinstance(node.value, ast.Name):
            if node.value.id == "httpx" and node.attr in ("Client", "HTTPTransport"):
                node.attr = "Async" + node.attr
            elif node.value.id == "time" and node.attr == "sleep":
                node.value.id, node.attr = "asyncio", "sleep"
        if node.attr == "set_httpx_client":  # the generated client's async twin
            node.attr = "set_async_httpx_client"
        if node.attr in RENAMED_METHODS and _on_self(node):
            node.attr = RENAMED_METHODS[node.attr]
        owner = node.value.attr if isinstance(node.value, ast.Attribute) else getattr(node.value, "id", "")
        node.attr = RENAMED_ATTRS.get((owner, node.attr), node.attr)
        return node

    def visit_With(self, node: ast.With) -> ast.stmt:
        self.generic_visit(node)
        ctx = node.items[0].context_expr
        if isinstance(ctx, ast.Attribute) and ctx.attr in ASYNC_WITH:
            return ast.copy_location(ast.AsyncWith(items=node.items, body=node.body), node)
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.Constant:
        """Docstrings name the async classes, and speak of the async client (DOC_WORDS)."""
        if isinstance(node.value, str):
            for old, new in self.names.items():
                node.value = re.sub(rf"\b{old}\b", new, node.value)
            for pattern, new in DOC_WORDS:
                node.value = re.sub(pattern, new, node.value)
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.ClassDef:
        node.name = self.names.get(node.name, node.name)
        self.generic_visit(node)
        node.body = [self._method(fn) if isinstance(fn, ast.FunctionDef) else fn for fn in node.body]
        return node

    def _method(self, fn: ast.FunctionDef) -> ast.stmt:
        if not becomes_async(fn):
            return fn
        new = ast.AsyncFunctionDef(
            name=RENAMED_METHODS.get(fn.name, fn.name),
            args=fn.args,
            body=fn.body,
            decorator_list=fn.decorator_list,
            returns=fn.returns,
            type_comment=fn.type_comment,
            type_params=getattr(fn, "type_params", []),
        )
        return ast.copy_location(new, fn)

    def visit_Expr(self, node: ast.Expr) -> ast.stmt:
        """`yield from xs` -> `for item in xs: yield item`: async generators cannot delegate."""
        self.generic_visit(node)
        if not isinstance(node.value, ast.YieldFrom):
            return node
        loop = ast.For(
            target=ast.Name(id="item", ctx=ast.Store()),
            iter=node.value.value,
            body=[ast.Expr(value=ast.Yield(value=ast.Name(id="item", ctx=ast.Load())))],
            orelse=[],
        )
        return ast.copy_location(loop, node)

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Name) and func.id == "in_thread":  # the async method is its own twin
            return node.args[0]
        if not isinstance(func, ast.Attribute):
            return node
        owner = func.value
        if _on_self(func) and func.attr in self.methods:
            return ast.Await(value=node)
        owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
        if func.attr in AWAITED.get(owner_name or "", ()):
            return ast.Await(value=node)
        if func.attr in IO_METHODS and owner_name not in AWAITED and not _on_self(func):
            raise SystemExit(
                f"reflexio/_sync/{self.path.name}:{node.lineno}: {ast.unparse(node)[:80]} may be I/O the async client "
                f"must await, but {owner_name!r} is not a name scripts/gen_async.py knows (AWAITED): call it on "
                f"one of {sorted(AWAITED)}, or add the name there"
            )
        return node


def _on_self(node: ast.Attribute) -> bool:
    value = node.value
    is_super = isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "super"
    return (isinstance(value, ast.Name) and value.id == "self") or is_super


def render() -> dict[str, str]:
    sources = sorted(SRC.glob("*.py"))
    trees = [ast.parse(p.read_text()) for p in sources]
    names = class_names(trees)
    methods = async_methods(trees)
    shared = {p.stem: module_level_names(t) for p, t in zip(sources, trees, strict=True)}
    out = {}
    for path, tree in zip(sources, trees, strict=True):
        share_module_level(tree, path.stem, shared)
        tree = ToAsync(names, methods, path).visit(tree)
        out[path.name] = BANNER.format(name=path.name) + ast.unparse(ast.fix_missing_locations(tree)) + "\n"
    return _format(out)


def module_level_names(tree: ast.Module) -> list[str]:
    """Helpers and constants defined at module level: they do no I/O and serve both clients."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.extend(t.id for t in targets if isinstance(t, ast.Name))
    return names


def share_module_level(tree: ast.Module, stem: str, shared: dict[str, list[str]]) -> None:
    """The async module imports its sync twin's module-level helpers (and its siblings') instead of copying them."""
    own = set(shared[stem])
    body: list[ast.stmt] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in own:
            continue
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if all(isinstance(t, ast.Name) and t.id in own for t in targets):
                continue
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module in shared:
            helpers = [a for a in node.names if a.name in shared[node.module]]
            rest = [a for a in node.names if a.name not in shared[node.module]]
            if helpers:
                body.append(ast.ImportFrom(module=f"_sync.{node.module}", names=helpers, level=2))
            if rest:
                body.append(ast.ImportFrom(module=node.module, names=rest, level=1))
            continue
        body.append(node)
    if own:
        last_import = max(i for i, n in enumerate(body) if isinstance(n, (ast.Import, ast.ImportFrom)))
        names = [ast.alias(name=n) for n in shared[stem]]
        body.insert(last_import + 1, ast.ImportFrom(module=f"_sync.{stem}", names=names, level=2))
    tree.body = body


def _format(files: dict[str, str]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in files.items():
            Path(tmp, name).write_text(text)
        ruff = Path(sys.executable).with_name("ruff")
        args = ["--no-cache", "--isolated", "--line-length", "120", "--target-version", "py311"]
        subprocess.run([str(ruff), "check", "--fix-only", "--select", "I,F401", *args, "-q", tmp], check=True)
        subprocess.run([str(ruff), "format", *args, "-q", tmp], check=True)
        return {name: Path(tmp, name).read_text() for name in files}


def main(argv: list[str]) -> int:
    files = render()
    if "--check" in argv:
        stale = [n for n, text in files.items() if not (DST / n).exists() or (DST / n).read_text() != text]
        extra = [p.name for p in DST.glob("*.py") if p.name not in files]
        if stale or extra:
            print(f"reflexio/_async is out of date ({', '.join(stale + extra)}): run `make async`")
            return 1
        return 0
    DST.mkdir(exist_ok=True)
    for old in DST.glob("*.py"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (DST / name).write_text(text)
    print(f"reflexio/_async: {len(files)} modules generated from reflexio/_sync")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
