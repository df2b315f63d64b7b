"""Generate reflexio/_session.py, the session views of client.for_session(...) (`make async` runs it).

SessionClient / AsyncSessionClient have every public method of the API mixins in reflexio/_sync/
and reflexio/_async/ with the same signature, except that `session_id` / `session_ids` are optional
(default None): they call the client's method with the bound session filled in. An explicit value
equal to the bound one is accepted (code written for the client runs unchanged on a view); another
raises ValueError (reflexio/_session_base.py). Other methods are forwarded unchanged. Writing these
signatures by hand would repeat every one of them; copying them keeps the types exact.
Rules:
- `session_id` keeps its place; a positional parameter without a default after it (which cannot
  follow the new default) becomes keyword-only, and so does every positional one after that;
- every argument is passed on by keyword (positional-only ones by position); a `request=` of a
  method with the session filled in is checked not to name another session;
- `@overload` stubs are copied with the same change; the implementation's call passes its
  wider types on, which each method's `bool` overload accepts;
- class-level aliases (`x_async = in_thread(x)`, `old = renamed(new, "old")`) are copied as they
  are, so they wrap the view's own methods (`XPlain.name`, a generated method, becomes `name`);
- iterator methods yield the client's items (async generators on the async view);
- a method's `@per_call` is not copied: the view passes the per-call options on to the client's method;
- each view also inherits its hand-written mixin (MIXINS: the agent turn helper of reflexio/agent).
`python scripts/gen_session.py --check` fails when the committed file differs (run by the tests).
"""

from __future__ import annotations

import ast
import sys
import textwrap
from pathlib import Path

from _config import standalone
from gen_async import _format as format_files  # the same ruff pass as the async client

args_section = standalone("_docstrings").args_section

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "reflexio" / "_session.py"
SKIP_MODULES = {"__init__", "_core", "client", "legacy"}  # lifecycle, and the deprecated 0.2.16 names
BOUND = {"session_id": "self._resolve", "session_ids": "self._resolve_many"}  # the SessionBase check of each
BOUND_TYPES = {"session_id": "str | None", "session_ids": "list[str] | None"}
VIEWS = (("_sync", "SessionClient", "ReflexioClient"), ("_async", "AsyncSessionClient", "AsyncReflexioClient"))
# Hand-written methods of each view that are not API calls (the agent turn helper), mixed in as a base.
MIXINS = {"SessionClient": "TurnMethods", "AsyncSessionClient": "AsyncTurnMethods"}
HEADER = '''"""Session views: a client with one session id filled in (client.for_session(session_id)).

Generated from the API mixins of reflexio/_sync and reflexio/_async by scripts/gen_session.py.
Do not edit: run `make async`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._session_base import SessionBase
from .agent._views import AsyncTurnMethods, TurnMethods
'''


class Imports:
    """Where each name a copied signature uses comes from, for the generated module's imports."""

    def __init__(self) -> None:
        self.origin: dict[str, tuple[str, str]] = {}  # name -> (module, imported name)
        self.runtime: set[str] = set()
        self.typing: set[str] = set()

    def learn(self, tree: ast.Module, module: str) -> None:
        package = module.rsplit(".", 1)[0]
        nodes = list(tree.body)
        for node in tree.body:
            if isinstance(node, ast.If):  # if TYPE_CHECKING:
                nodes += node.body
        for node in nodes:
            if isinstance(node, ast.ImportFrom):
                source = node.module or ""
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    source = ".".join(base + ([source] if source else []))
                for alias in node.names:
                    self.origin[alias.asname or alias.name] = (source, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    self.origin[alias.asname or alias.name] = (alias.name, "")  # a plain `import module`
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                self.origin.setdefault(node.name, (module, node.name))
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.origin.setdefault(target.id, (module, target.id))

    def use(self, node: ast.AST | None, runtime: bool) -> None:
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Name) and sub.id in self.origin:
                (self.runtime if runtime else self.typing).add(sub.id)

    def render(self) -> str:
        def lines(names: set[str], indent: str) -> list[str]:
            out = []
            for name in sorted(names):
                module, original = self.origin[name]
                if not original:
                    out.append(f"{indent}import {module}" + (f" as {name}" if module != name else ""))
                    continue
                if module.startswith("reflexio."):
                    module = "." + module.removeprefix("reflexio.")
                alias = f" as {name}" if original != name else ""
                out.append(f"{indent}from {module} import {original}{alias}")
            return out

        typing_only = self.typing - self.runtime
        text = "\n".join(lines(self.runtime, ""))
        if typing_only:
            text += "\n\nif TYPE_CHECKING:\n" + "\n".join(lines(typing_only, "    "))
        return text + "\n"


def _optional(arg: ast.arg) -> ast.arg:
    return ast.arg(arg.arg, ast.parse(BOUND_TYPES[arg.arg], mode="eval").body)


def with_optional_session(args: ast.arguments) -> tuple[ast.arguments, list[str]]:
    """The parameters with session_id/session_ids optional (None: the bound session)."""
    positional = args.posonlyargs + args.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    bound = [a.arg for a in positional + args.kwonlyargs if a.arg in BOUND]
    keep: list[ast.arg] = []
    keep_defaults: list[ast.expr | None] = []
    moved: list[tuple[ast.arg, ast.expr | None]] = []
    seen_bound = False
    for arg, default in zip(positional, defaults, strict=True):
        if arg.arg in BOUND:
            arg, default, seen_bound = _optional(arg), ast.Constant(None), True
        if moved or (seen_bound and default is None):
            moved.append((arg, default))
        else:
            keep.append(arg)
            keep_defaults.append(default)
    kwonly = [
        (_optional(a), ast.Constant(None)) if a.arg in BOUND else (a, d)
        for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
    ]
    kwonly = moved + kwonly
    first_default = next((i for i, d in enumerate(keep_defaults) if d is not None), len(keep_defaults))
    posonly = [a for a in keep if a in args.posonlyargs]
    new = ast.arguments(
        posonlyargs=posonly,
        args=[a for a in keep if a not in args.posonlyargs],
        vararg=args.vararg,
        kwonlyargs=[a for a, _ in kwonly],
        kw_defaults=[d for _, d in kwonly],
        kwarg=args.kwarg,
        defaults=[d for d in keep_defaults[first_default:] if d is not None],
    )
    return new, bound


def forward_call(name: str, args: ast.arguments, bound: list[str]) -> ast.Call:
    positional = [ast.Name(a.arg) for a in args.posonlyargs[1:]]
    if args.vararg:
        positional.append(ast.Starred(ast.Name(args.vararg.arg)))
    keywords = [ast.keyword(a.arg, ast.Name(a.arg)) for a in args.args + args.kwonlyargs if a.arg != "self"]
    for keyword in keywords if bound else ():
        if keyword.arg == "request":  # the caller's request must not name another session
            keyword.value = ast.Call(ast.Attribute(ast.Name("self"), "_scoped"), [ast.Name("request")], [])
        elif keyword.arg in BOUND:  # the bound session; an explicit other one is refused
            check = ast.parse(BOUND[keyword.arg], mode="eval").body
            keyword.value = ast.Call(check, [ast.Name(keyword.arg)], [])
    if args.kwarg:
        keywords.append(ast.keyword(None, ast.Name(args.kwarg.arg)))
    return ast.Call(ast.Attribute(ast.Attribute(ast.Name("self"), "_client"), name), positional, keywords)


def is_generator(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(n, ast.Yield | ast.YieldFrom) for n in ast.walk(fn))


def is_overload(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "overload" for d in fn.decorator_list)


def view_method(fn: ast.FunctionDef | ast.AsyncFunctionDef, client: str, imports: Imports) -> ast.stmt:
    args, bound = with_optional_session(fn.args)
    # the view forwards the per-call options to the client's method, which applies them (per_call)
    decorators = [d for d in fn.decorator_list if not (isinstance(d, ast.Name) and d.id == "per_call")]
    for node in [*args.defaults, *args.kw_defaults, *decorators]:
        imports.use(node, runtime=True)
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
        imports.use(arg.annotation if arg else None, runtime=False)
    imports.use(fn.returns, runtime=False)
    coroutine = isinstance(fn, ast.AsyncFunctionDef) and not is_generator(fn)
    if is_overload(fn):
        body: list[ast.stmt] = [ast.Expr(ast.Constant(...))]
    else:
        what = "with the bound session" if bound else "(forwarded)"
        call: ast.expr = forward_call(fn.name, args, bound)
        forward: ast.stmt = ast.Return(ast.Await(call) if coroutine else call)
        if is_generator(fn) and isinstance(fn, ast.AsyncFunctionDef):
            item = ast.Name("item")
            forward = ast.AsyncFor(item, call, [ast.Expr(ast.Yield(item))], [])
        elif is_generator(fn):
            forward = ast.Expr(ast.YieldFrom(call))
        doc = f"{client}.{fn.name} {what}."
        if args_section(ast.get_docstring(fn) or ""):
            doc += "\n\n" + textwrap.indent(args_section(ast.get_docstring(fn) or ""), " " * 8) + "\n" + " " * 8
        body = [ast.Expr(ast.Constant(doc)), forward]
    kind = ast.AsyncFunctionDef if isinstance(fn, ast.AsyncFunctionDef) else ast.FunctionDef
    return kind(name=fn.name, args=args, body=body, decorator_list=decorators, returns=fn.returns)


class OwnMethods(ast.NodeTransformer):
    """`InteractionsPlain.get_requests` in an alias -> `get_requests`: the view's own method."""

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if isinstance(node.value, ast.Name) and node.value.id.endswith("Plain"):
            return ast.copy_location(ast.Name(node.attr, ast.Load()), node)
        return self.generic_visit(node)


def render() -> str:
    imports = Imports()
    classes = []
    for package, view, client in VIEWS:
        methods: list[ast.stmt] = []
        aliases: list[ast.stmt] = []
        for path in sorted((ROOT / "reflexio" / package).glob("*.py")):
            if path.stem in SKIP_MODULES:
                continue
            tree = ast.parse(path.read_text())
            imports.learn(tree, f"reflexio.{package}.{path.stem}")
            for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
                for node in cls.body:
                    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
                        methods.append(view_method(node, client, imports))
                    elif isinstance(node, ast.Assign) and not ast.unparse(node.targets[0]).startswith("_"):
                        node = OwnMethods().visit(node)
                        imports.use(node.value, runtime=True)
                        aliases.append(node)
        doc = f"{client} with one session: every call that takes a session id gets the bound one."
        client_attribute = ast.AnnAssign(ast.Name("_client"), ast.Name(client), None, simple=1)
        body = [ast.Expr(ast.Constant(doc)), client_attribute, *methods, *aliases]
        base = ast.Subscript(ast.Name("SessionBase"), ast.Constant(client))  # the client is imported for typing only
        bases: list[ast.expr] = [base, ast.Name(MIXINS[view])]
        classes.append(ast.ClassDef(name=view, bases=bases, keywords=[], body=body, decorator_list=[], type_params=[]))
        imports.origin[client] = (f"reflexio.{package}.client", client)
        imports.use(ast.Name(client), runtime=False)
    module = ast.Module(body=classes, type_ignores=[])
    code = ast.unparse(ast.fix_missing_locations(module))
    text = HEADER + imports.render() + "\n\n" + code + "\n"
    return format_files({OUT.name: text})[OUT.name]


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text() != text:
            print("reflexio/_session.py is out of date: run `make async`")
            return 1
        return 0
    OUT.write_text(text)
    print("reflexio/_session.py: generated from reflexio/_sync and reflexio/_async")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
