"""What changed between two normalized specs, for the maintainer who regenerates the client.

Lists operations added / removed / moved / deprecated, generated modules moved (a line of
openapi/placement.toml changed), request and response fields added / removed / retyped / (no longer)
required, parameters and enum values added / removed. Each change is marked breaking or not for the
clients already released (they talk to the new server with their old generated models) and for
code importing reflexio_api modules, and names every public method it reaches: the method importing
the operation's generated module and, transitively, what calls it (iterators, session views,
publish_many). Enum changes name the overlay's hand constants that copy the enum; codegen.toml
entries whose route is gone are listed first. Ends with a suggested version bump
and CHANGELOG entry.

Usage: python scripts/spec_diff.py [--base FILE_OR_GIT_REV] [--new FILE] [--out FILE]
  --base  the previous spec: a file, or a git revision whose openapi/reflexio.yaml is read (HEAD)
  --new   the current spec (codegen.toml [spec].path)
  --out   also write the Markdown report there (build/spec-diff.md by `make spec-diff`)
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from _config import ROOT, load

from reflexio.testing._names import method_graph, operations_reached

METHODS = ("get", "put", "post", "delete", "patch")
REQUEST, RESPONSE = "request", "response"


@dataclass
class Change:
    kind: str  # e.g. "operation added", "response field removed"
    where: str  # operation id, or Schema.field
    detail: str = ""
    sides: set[str] = field(default_factory=set)
    operations: set[str] = field(default_factory=set)
    breaking: bool = False


# -- reading the two documents -----------------------------------------------------------------


def operations(doc: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path, operation)."""
    return {
        op["operationId"]: (method.upper(), path, op)
        for path, item in doc.get("paths", {}).items()
        for method, op in item.items()
        if method in METHODS
    }


def load_spec(ref: str) -> dict[str, Any]:
    """A spec from a file, or from a git revision of codegen.toml's [spec].path."""
    path = Path(ref)
    if path.is_file():
        return dict(yaml.safe_load(path.read_text()))
    spec_path = load()["spec"]["path"]
    text = subprocess.run(
        ["git", "show", f"{ref}:{spec_path}"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return dict(yaml.safe_load(text))


def overlay_methods(sources: list[Path]) -> dict[str, list[str]]:
    """operationId -> every public method that reaches it: the method importing its generated module,
    and what calls that method (iterators, session views, publish_many, aliases), transitively.

    Names are as users write them: `get_profiles`, `iter_profiles`, `session.get_profiles` (the view
    of client.for_session); each exists on both clients. The call graph is the one the fake reads
    (reflexio/testing/_names.py); unlike the fake, a method calling another one named as its operation
    reaches everything that one does.
    """
    direct, uses = method_graph(sources)
    found: dict[str, list[str]] = {operation: [] for ops in direct.values() for operation in ops}
    for name in sorted(direct):
        if not name.removeprefix("session.").startswith("_"):
            for operation in operations_reached(name, direct, uses):
                found[operation].append(name)
    return found


def method_sources() -> list[Path]:
    """The hand-written client mixins and the generated session views: where methods reach operations."""
    return [*sorted((ROOT / "reflexio" / "_sync").glob("*.py")), ROOT / "reflexio" / "_session.py"]


# -- comparing schemas ---------------------------------------------------------------------------


class Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: dict[tuple[str, str], Change] = {}

    def add(self, kind: str, where: str, side: str, operation: str, detail: str = "") -> None:
        change = self.changes.setdefault((kind, where), Change(kind, where, detail))
        change.sides.add(side)
        change.operations.add(operation)

    def resolve(self, doc: dict[str, Any], schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        if len(schema.get("allOf", ())) == 1:  # the normalizer's {"allOf": [{"$ref": ...}], "default": ...}
            return self.resolve(doc, schema["allOf"][0])
        ref = schema.get("$ref")
        if not isinstance(ref, str):
            return None, schema
        name = ref.rsplit("/", 1)[-1]
        return name, doc["components"]["schemas"].get(name, {})

    def kind(self, doc: dict[str, Any], schema: dict[str, Any]) -> str:
        """A schema's type, without its enum values and properties (those are compared one by one)."""
        if "$ref" in schema or len(schema.get("allOf", ())) == 1:
            return self.kind(doc, self.resolve(doc, schema)[1])
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return " | ".join(sorted({self.kind(doc, alt) for alt in schema[key]}))
        kind = schema.get("type", "object" if "properties" in schema else "any")
        if kind == "array":
            return f"array[{self.kind(doc, schema.get('items', {}))}]"
        if "const" in schema:
            return f"{kind} const {schema['const']!r}"
        fmt = schema.get("format")
        return f"{kind} ({fmt})" if fmt else str(kind)

    def compare(self, a: dict[str, Any], b: dict[str, Any], where: str, side: str, op: str, seen: set[Any]) -> None:
        name_a, a = self.resolve(self.old, a)
        name_b, b = self.resolve(self.new, b)
        if name_b is not None:
            where = name_b
        key = (name_a, name_b, side, op)
        if name_a is not None and key in seen:
            return
        seen.add(key)
        kind_a, kind_b = self.kind(self.old, a), self.kind(self.new, b)
        if kind_a != kind_b:
            self.add("retyped", where, side, op, f"{kind_a} -> {kind_b}")
            return
        enum_a, enum_b = _enum_values(a), _enum_values(b)
        for value in sorted(enum_b - enum_a, key=str):
            self.add("enum value added", where, side, op, repr(value))
        for value in sorted(enum_a - enum_b, key=str):
            self.add("enum value removed", where, side, op, repr(value))
        for key_ in ("anyOf", "oneOf"):
            for alt_a, alt_b in zip(a.get(key_, []), b.get(key_, []), strict=False):
                self.compare(alt_a, alt_b, where, side, op, seen)
        if "items" in a and "items" in b:
            self.compare(a["items"], b["items"], where, side, op, seen)
        props_a, props_b = a.get("properties", {}), b.get("properties", {})
        req_a, req_b = set(a.get("required", [])), set(b.get("required", []))
        for prop in sorted(props_b.keys() - props_a.keys()):
            self.add("field added", f"{where}.{prop}", side, op, "required" if prop in req_b else "optional")
        for prop in sorted(props_a.keys() - props_b.keys()):
            self.add("field removed", f"{where}.{prop}", side, op, "was required" if prop in req_a else "")
        for prop in sorted(props_a.keys() & props_b.keys()):
            if prop in req_b and prop not in req_a:
                self.add("field now required", f"{where}.{prop}", side, op)
            elif prop in req_a and prop not in req_b:
                self.add("field no longer required", f"{where}.{prop}", side, op)
            self.compare(props_a[prop], props_b[prop], f"{where}.{prop}", side, op, seen)

    def compare_operation(self, op_id: str, a: dict[str, Any], b: dict[str, Any]) -> None:
        seen: set[Any] = set()
        params_a = {(p["in"], p["name"]): p for p in a.get("parameters", [])}
        params_b = {(p["in"], p["name"]): p for p in b.get("parameters", [])}
        for key in sorted(params_b.keys() - params_a.keys()):
            status = "required" if params_b[key].get("required") else "optional"
            self.add("parameter added", f"{op_id}({key[1]})", REQUEST, op_id, f"{key[0]}, {status}")
        for key in sorted(params_a.keys() - params_b.keys()):
            self.add("parameter removed", f"{op_id}({key[1]})", REQUEST, op_id, key[0])
        for key in sorted(params_a.keys() & params_b.keys()):
            if params_b[key].get("required") and not params_a[key].get("required"):
                self.add("parameter now required", f"{op_id}({key[1]})", REQUEST, op_id)
            self.compare(params_a[key]["schema"], params_b[key]["schema"], f"{op_id}({key[1]})", REQUEST, op_id, seen)
        body_a, body_b = _body(a), _body(b)
        if body_a is not None and body_b is not None:
            self.compare(body_a, body_b, f"{op_id} body", REQUEST, op_id, seen)
        elif body_a is not None or body_b is not None:
            self.add("request body " + ("added" if body_b is not None else "removed"), op_id, REQUEST, op_id)
        answer_a, answer_b = _answer(a), _answer(b)
        if answer_a is not None and answer_b is not None:
            self.compare(answer_a, answer_b, f"{op_id} answer", RESPONSE, op_id, seen)


def _enum_values(schema: dict[str, Any]) -> set[Any]:
    return set(schema.get("enum", []))


def _body(op: dict[str, Any]) -> dict[str, Any] | None:
    return op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")  # type: ignore[no-any-return]


def _answer(op: dict[str, Any]) -> dict[str, Any] | None:
    codes = sorted(code for code in op.get("responses", {}) if code.startswith("2"))
    if not codes:
        return None
    return op["responses"][codes[0]].get("content", {}).get("application/json", {}).get("schema")  # type: ignore[no-any-return]


# -- breaking or not, for released clients -------------------------------------------------------


def is_breaking(change: Change) -> bool:
    """Whether a client already released (old generated models) can fail against the new server."""
    kind, request, response = change.kind, REQUEST in change.sides, RESPONSE in change.sides
    if kind == "module moved":
        return True  # code importing the generated module must change its import
    if kind in ("operation removed", "operation moved", "retyped", "request body added", "parameter removed"):
        return True
    if kind in ("field added", "parameter added"):
        return request and change.detail.startswith("required")
    if kind == "field removed":
        return True  # a request still sends it (the server may refuse it); code reading the answer loses it
    if kind in ("field now required", "parameter now required"):
        return request
    if kind == "field no longer required":
        return response  # the old model insists on a field the server may now leave out
    if kind == "enum value added":
        return False  # answers: the generated enums keep a value newer than the spec; requests: never sent
    if kind == "enum value removed":
        return request
    return False


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    ops_a, ops_b = operations(old), operations(new)
    differ = Differ(old, new)
    out: list[Change] = []
    for op_id in sorted(ops_b.keys() - ops_a.keys()):
        method, path, _ = ops_b[op_id]
        out.append(Change("operation added", op_id, f"{method} {path}", operations={op_id}))
    for op_id in sorted(ops_a.keys() - ops_b.keys()):
        method, path, _ = ops_a[op_id]
        out.append(Change("operation removed", op_id, f"{method} {path}", operations={op_id}))
    for op_id in sorted(ops_a.keys() & ops_b.keys()):
        (method_a, path_a, a), (method_b, path_b, b) = ops_a[op_id], ops_b[op_id]
        if (method_a, path_a) != (method_b, path_b):
            moved = f"{method_a} {path_a} -> {method_b} {path_b}"
            out.append(Change("operation moved", op_id, moved, {REQUEST}, {op_id}))
        if a.get("tags") != b.get("tags"):
            modules = [f"reflexio_api.api.{op['tags'][0]}.{op_id}" for op in (a, b)]
            out.append(Change("module moved", op_id, " -> ".join(modules), operations={op_id}))
        if b.get("deprecated") and not a.get("deprecated"):
            out.append(Change("operation deprecated", op_id, f"{method_b} {path_b}", operations={op_id}))
        differ.compare_operation(op_id, a, b)
    out += differ.changes.values()
    for change in out:
        change.breaking = is_breaking(change)
    return out


# -- the report ---------------------------------------------------------------------------------


def reading_sources() -> list[Path]:
    """The hand-written code that may read an answer's fields: the overlay (not _async) and the examples."""
    overlay = [p for p in sorted((ROOT / "reflexio").rglob("*.py")) if "_async" not in p.parts]
    return overlay + sorted((ROOT / "examples").glob("*.py"))


def readers(where: str, sources: list[Path]) -> list[str]:
    """Overlay lines reading an attribute named like the field `where` names (to check after a removal)."""
    if "." not in where:
        return []
    name = where.rsplit(".", 1)[-1]
    hits = []
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.Attribute) and node.attr == name:
                hits.append((source, node.lineno))
    return [f"{source.relative_to(ROOT)}:{line}" for source, line in sorted(set(hits))]


def enum_locations(doc: dict[str, Any]) -> dict[str, set[str]]:
    """Where the spec declares string enums ("Schema" or "Schema.field" for an inline one) -> values."""
    found: dict[str, set[str]] = {}
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        if schema.get("enum"):
            found[name] = {v for v in schema["enum"] if isinstance(v, str)}
        for prop, sub in schema.get("properties", {}).items():
            for alt in [sub, *sub.get("anyOf", []), *sub.get("oneOf", [])]:
                if alt.get("enum"):
                    found.setdefault(f"{name}.{prop}", set()).update(v for v in alt["enum"] if isinstance(v, str))
    return found


def hand_enum_copies(sources: list[Path], enums: dict[str, set[str]]) -> dict[str, list[str]]:
    """Enum location -> the overlay's module-level constants written as a subset of its values
    ("reflexio/_inputs/interactions.py:19 FINAL_LEARNING_STATUSES"): to review when the enum changes."""
    found: dict[str, list[str]] = {}
    for source in sources:
        for node in ast.parse(source.read_text()).body:
            if not (isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None):
                continue
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            values = {c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant) and isinstance(c.value, str)}
            if not isinstance(target, ast.Name) or len(values) < 2:
                continue
            for where, members in enums.items():
                if values <= members:
                    found.setdefault(where, []).append(f"{source.relative_to(ROOT)}:{node.lineno} {target.id}")
    return found


def stale_config_routes(new: dict[str, Any]) -> list[str]:
    """codegen.toml entries naming a route ("METHOD /path") the new spec does not have."""
    spec = load()["spec"]
    routes = {f"{m.upper()} {path}" for path, item in new.get("paths", {}).items() for m in item if m in METHODS}
    lines = [f'[spec.operation_ids] "{key}"' for key in spec.get("operation_ids", {}) if key not in routes]
    for item in spec.get("supplements", []):
        lines += [
            f'[spec].supplements {item["name"]}: "{key}"' for key in item.get("responses", []) if key not in routes
        ]
    return lines


def suggest_version(current: str, changes: list[Change]) -> tuple[str, str]:
    """(next version, reason): breaking -> minor while 0.x (major from 1.0), new API -> minor, else patch."""
    major, minor, patch = (int(part) for part in re.findall(r"\d+", current)[:3])
    breaking = any(c.breaking for c in changes)
    additions = any(c.kind in ("operation added", "field added", "parameter added") for c in changes)
    if breaking:
        bumped = f"{major + 1}.0.0" if major >= 1 else f"{major}.{minor + 1}.0"
        return bumped, "breaking changes for released clients"
    if additions and major >= 1:
        return f"{major}.{minor + 1}.0", "new API, nothing breaking"
    if changes:
        return f"{major}.{minor}.{patch + 1}", "nothing breaking"
    return current, "no change"


def report(old: dict[str, Any], new: dict[str, Any], changes: list[Change], sources: list[Path], version: str) -> str:
    methods = overlay_methods(sources)
    old_v, new_v = old.get("info", {}).get("version", "?"), new.get("info", {}).get("version", "?")
    lines = [f"# Spec diff: reflexio-ai {old_v} -> {new_v}", ""]
    stale = stale_config_routes(new)
    if stale:
        lines += ["codegen.toml names routes this spec does not have (a route moved or is gone): edit or remove:"]
        lines += [*(f"- {entry}" for entry in stale), ""]
    if not changes:
        return "\n".join([*lines, "No change in operations, fields or enum values.", ""])
    copies = hand_enum_copies(reading_sources(), {**enum_locations(old), **enum_locations(new)})
    breaking = [c for c in changes if c.breaking]
    lines += [
        f"{len(changes)} change(s), {len(breaking)} breaking (released clients, or code importing reflexio_api).",
        "",
        "| | change | where | detail | public methods reached (both clients; session = client.for_session) |",
        "|---|---|---|---|---|",
    ]
    for change in sorted(changes, key=lambda c: (not c.breaking, c.kind, c.where)):
        touched = sorted({m for op in change.operations for m in methods.get(op, [])})
        sides = f" ({'/'.join(sorted(change.sides))})" if change.sides and "field" in change.kind else ""
        detail = change.detail
        if change.kind in ("field removed", "retyped") and RESPONSE in change.sides:
            found = readers(change.where, reading_sources())
            attribute = change.where.rsplit(".", 1)[-1]
            where_read = f"`.{attribute}` read at {', '.join(found[:6])}" if found else ""
            detail = "; ".join(filter(None, [detail, where_read]))
        if change.kind.startswith("enum value"):
            if change.kind == "enum value added" and RESPONSE in change.sides:
                detail += "; released clients keep it as an unknown value"
            if copies.get(change.where):
                detail += f"; hand constant copying this enum, review it: {', '.join(copies[change.where])}"
        lines.append(
            f"| {'BREAKING' if change.breaking else 'ok'} | {change.kind}{sides} | `{change.where}` | {detail} "
            f"| {', '.join(touched) or '(raw only)'} |"
        )
    bumped, reason = suggest_version(version, changes)
    lines += ["", f"Suggested version: {version} -> {bumped} ({reason}).", "", "## Suggested CHANGELOG entry", ""]
    lines += ["```markdown", *changelog(changes, bumped, old_v, new_v), "```"]
    return "\n".join(lines) + "\n"


def changelog(changes: list[Change], version: str, old_v: str, new_v: str) -> list[str]:
    groups = {
        "Breaking": [c for c in changes if c.breaking],
        "Added": [c for c in changes if not c.breaking and "added" in c.kind],
        "Changed": [c for c in changes if not c.breaking and "added" not in c.kind],
    }
    out = [f"## {version} (unreleased)", "", f"For reflexio-ai {new_v} (was {old_v})."]
    for title, items in groups.items():
        if items:
            out += ["", f"### {title}"]
            out += [f"- {c.kind}: `{c.where}`" + (f" ({c.detail})" if c.detail else "") for c in items]
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD")
    parser.add_argument("--new", default=str(ROOT / load()["spec"]["path"]))
    parser.add_argument("--out")
    args = parser.parse_args(argv)
    old, new = load_spec(args.base), load_spec(args.new)
    sources = method_sources()
    version = re.search(r'"(.+)"', (ROOT / "reflexio" / "_version.py").read_text())
    text = report(old, new, diff(old, new), sources, version.group(1) if version else "0.0.0")
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
