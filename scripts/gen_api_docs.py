"""Generate docs/api.md, the API reference: every public method of ReflexioClient with its parameters
(types and descriptions), its answer type and the routes it calls (`make docs`; `make async` runs it).

Sources: the client itself (signatures, docstrings' Args sections), the spec (each body field's and
query parameter's description where the docstring says nothing of a parameter; each operation's
route), and the overlay's call graph (scripts/spec_diff.py: which operations a method reaches, through
the methods it calls). `python scripts/gen_api_docs.py --check` fails when docs/api.md is stale.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Callable
from typing import Any

import yaml
from _config import ROOT, load
from spec_diff import METHODS, method_sources, overlay_methods

OUT = ROOT / "docs" / "api.md"
HEADER = """# API reference

Generated from the client and `openapi/reflexio.yaml` by `scripts/gen_api_docs.py`. Do not edit: run
`make async` (or `make docs`).

Every method below exists on `ReflexioClient` and, with `await`, on `AsyncReflexioClient`.
`client.for_session(session_id)` returns a view with the same methods and the session filled in
(see the README). Each method lists the routes it calls: a route the server changes reaches the
methods listed with it (`make regen` reports them).
"""
# the per-call options every API method takes (reflexio/_request_options.py)
PER_CALL = {
    "extra_headers": "headers added to this call's request.",
    "extra_query": "query parameters added to this call's request.",
    "extra_body": "fields merged into this call's JSON body.",
    "timeout": "seconds or an httpx.Timeout for this call (default: the client's).",
}
ARG = re.compile(r"^(\w+(?:, \w+)*): (.*)$")


def docstring_args(doc: str) -> dict[str, str]:
    """The Args section of a Google-style docstring: parameter -> description (one line)."""
    found: dict[str, str] = {}
    lines = inspect.cleandoc(doc).splitlines()
    if "Args:" not in lines:
        return found
    current: list[str] = []
    for line in lines[lines.index("Args:") + 1 :]:
        if line and not line.startswith(" "):
            break
        match = ARG.match(line.strip()) if line.startswith("    ") and not line.startswith("        ") else None
        if match:
            current = match.group(1).split(", ")
            for name in current:
                found[name] = match.group(2)
        elif line.strip() and current:
            for name in current:
                found[name] += " " + line.strip()
    return found


def summary(doc: str) -> str:
    """The docstring's text before its Args section."""
    text = inspect.cleandoc(doc)
    return text.split("\nArgs:", 1)[0].strip()


def spec_fields(spec: dict[str, Any]) -> dict[str, dict[str, str]]:
    """operationId -> field/parameter name -> the spec's description."""
    schemas = spec["components"]["schemas"]
    found: dict[str, dict[str, str]] = {}
    for item in spec["paths"].values():
        for method, op in item.items():
            if method not in METHODS:
                continue
            fields = found.setdefault(op["operationId"], {})
            for param in op.get("parameters", []):
                if param.get("description"):
                    fields[param["name"]] = param["description"]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            schema = schemas.get(body.get("$ref", "").rsplit("/", 1)[-1], {})
            fields.update(schema_args(schema.get("description", "")))  # the server model's own Args section
            for name, prop in schema.get("properties", {}).items():
                if prop.get("description"):
                    fields[name] = prop["description"]
    return found


SCHEMA_ARG = re.compile(r"^(\s+)(\w+) \([^)]*\): (.*)$")


def schema_args(description: str) -> dict[str, str]:
    """`name (type): text` lines of a schema description's Args section (the server's pydantic docstrings)."""
    found: dict[str, str] = {}
    current, indent = "", 0
    for line in description.split("Args:", 1)[1].splitlines() if "Args:" in description else ():
        match = SCHEMA_ARG.match(line)
        if match:
            current, indent = match.group(2), len(match.group(1))
            found[current] = match.group(3).strip()
        elif current and line.strip() and len(line) - len(line.lstrip()) > indent:
            found[current] += " " + line.strip()
        elif line.strip():
            current = ""
    return found


def routes(spec: dict[str, Any]) -> dict[str, str]:
    return {
        op["operationId"]: f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def one_line(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render(client: type, spec: dict[str, Any]) -> str:
    reached: dict[str, set[str]] = {}
    for operation, names in overlay_methods(method_sources()).items():
        for name in names:
            reached.setdefault(name, set()).add(operation)
    route, described = routes(spec), spec_fields(spec)
    groups: dict[str, list[str]] = {}
    for name, member in sorted(inspect.getmembers(client)):
        if name.startswith("_") or not callable(member) or isinstance(member, type):
            continue
        owner = next(c for c in client.__mro__ if name in vars(c))
        module = owner.__module__.rsplit(".", 1)[-1]
        groups.setdefault(module, []).append(method_section(name, member, reached, route, described))
    lines = [HEADER]
    for module in sorted(groups, key=lambda m: (m in ("_core", "client"), m)):
        title = "Client" if module in ("_core", "client") else module.replace("_", " ").capitalize()
        lines += [f"## {title}", "", *groups[module]]
    return "\n".join(lines).rstrip() + "\n"


def wrapped(method: Callable[..., Any]) -> Callable[..., Any]:
    """The method an alias or iterator stands for (its Args document both), else `method`."""
    inner = getattr(method, "__wrapped__", None)
    if inner is not None:
        return inner  # type: ignore[no-any-return]
    lists = re.match(r"Every item (\w+) lists", inspect.getdoc(method) or "")
    owner = getattr(method, "__qualname__", "").rpartition(".")[0]
    if lists and owner:
        module = sys.modules.get(method.__module__)
        cls = getattr(module, owner, None)
        if cls is not None and hasattr(cls, lists.group(1)):
            return getattr(cls, lists.group(1))  # type: ignore[no-any-return]
    return method


def method_section(
    name: str,
    method: Callable[..., Any],
    reached: dict[str, set[str]],
    route: dict[str, str],
    described: dict[str, dict[str, str]],
) -> str:
    signature = inspect.signature(method)
    doc = inspect.getdoc(method) or ""
    args = docstring_args(doc) or docstring_args(inspect.getdoc(wrapped(method)) or "")
    operations = sorted(reached.get(name, ()))
    from_spec: dict[str, str] = {}
    for operation in operations:
        from_spec = {**described.get(operation, {}), **from_spec}
    answer = signature.return_annotation
    answer = "None" if answer is inspect.Parameter.empty else str(answer)
    out = [f"### `{name}`", ""]
    if operations:
        out.append("Routes: " + ", ".join(f"`{route[op]}` ({op})" for op in operations if op in route) + "  ")
    out += [f"Returns: `{answer}`", ""]
    if summary(doc):
        out += [summary(doc), ""]
    params = [p for p in signature.parameters.values() if p.name != "self"]
    if params:
        out += ["| parameter | type | default | description |", "|---|---|---|---|"]
        for p in params:
            kind = "*" if p.kind is p.VAR_POSITIONAL else "**" if p.kind is p.VAR_KEYWORD else ""
            annotation = "" if p.annotation is p.empty else str(p.annotation)
            default = "" if p.default is p.empty else repr(p.default)
            text = args.get(p.name) or from_spec.get(p.name, "") or PER_CALL.get(p.name, "")
            out.append(f"| `{kind}{p.name}` | `{one_line(annotation)}` | {one_line(default)} | {one_line(text)} |")
        out.append("")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    from reflexio import ReflexioClient

    spec = yaml.safe_load((ROOT / load()["spec"]["path"]).read_text())
    text = render(ReflexioClient, spec)
    if "--check" in argv:
        if OUT.read_text() != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run `make docs`", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
