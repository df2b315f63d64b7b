"""Normalize the server's OpenAPI document into openapi/reflexio.yaml.

Every operation and schema of the server document is kept. What changes:
- operationIds: FastAPI's `get_profiles_api_get_profiles_post` becomes `get_profiles`
  (handler name without the path/method suffix and without `_endpoint`), with the
  overrides of codegen.toml [spec.operation_ids];
- tags: each operation gets the folder of openapi/placement.toml (scripts/placement.py), a new one
  the first matching rule of codegen.toml [spec].tags (and its line in the table);
- deprecated operations get a notice in their description (scripts/deprecation.py);
- inline schema titles ("Response Get Config Api Get Config Get") become `Response`
  / `Body` (the generator prefixes the operationId), so generated class names read well;
- info: a real title and the server's version;
- supplements: schemas the document leaves untyped (the org Config) are added from the server's
  own models and referenced from the listed responses;
- nullable fields of the server's schemas are never required: the server drops None fields from
  its answers (response_model_exclude_none), so "required" would make a valid answer unparsable;
- a string `const` alternative of an anyOf is folded into its sibling string alternative (whose
  pattern is widened to admit it): the generator checks the const first and rejects every other
  value, so `"" | pattern string` would refuse any non-empty string. Accepted values do not change;
- answers: every schema an answer reaches is marked `x-reflexio-response` (the model template then
  types its optional fields `X | None`, never Unset); in schemas only answers use, every
  non-nullable field is required: it has a default (or default factory) that FastAPI always sends.
  Parsing stays lenient where another server version could leave such a field out: the template
  falls back to the spec's default, and lists without one are listed in `x-reflexio-empty-if-absent`;
- `additionalProperties: false` is dropped: a server newer than the spec may send or accept more
  fields, so every model keeps unknown keys (additional_properties) and can send them on;
- docs: summaries lose the handler's " Endpoint" suffix and descriptions keep only the `Args:`
  entries that name a parameter of the operation (not org_id, the HTTP request, dependencies or the
  handler's name for the body, which the generator documents as `body`).

Usage: python scripts/normalize_spec.py [UPSTREAM.json] [OUT.yaml]  (defaults from codegen.toml)
"""

from __future__ import annotations

import copy
import json
import re
import sys
from typing import Any

import deprecation
import placement
import yaml
from _config import ROOT, load

METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")


def handler_name(path: str, method: str, operation_id: str) -> str:
    suffix = re.sub(r"\W", "_", path) + "_" + method
    if not operation_id.endswith(suffix):
        raise SystemExit(f"unexpected operationId {operation_id!r} for {method.upper()} {path}")
    name = operation_id[: -len(suffix)].rstrip("_")
    return name.removesuffix("_endpoint")


def tag_for(path: str, rules: list[dict[str, str]]) -> str:
    for rule in rules:
        if re.search(rule["match"], path):
            return rule["tag"]
    raise SystemExit(f"no codegen.toml [spec].tags rule matches the new route {path}: add one")


def normalize(doc: dict[str, Any], cfg: dict[str, Any]) -> dict[str, Any]:
    spec_cfg = cfg["spec"]
    overrides: dict[str, str] = spec_cfg.get("operation_ids", {})
    out = copy.deepcopy(doc)
    out["info"] = {
        "title": spec_cfg["title"],
        "description": spec_cfg["description"],
        "version": doc["info"].get("x-server-version", doc["info"]["version"]),
    }
    seen: dict[str, str] = {}
    used_overrides = set()
    folders = placement.load(placement.table_path(cfg, ROOT))
    for path, item in out["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            key = f"{method.upper()} {path}"
            name = overrides.get(key) or handler_name(path, method, op["operationId"])
            used_overrides.add(key)
            if name in seen:
                raise SystemExit(
                    f"operationId {name!r} of {key} clashes with {seen[name]}: in codegen.toml [spec.operation_ids] "
                    f"give one of the two routes another name. If {key} replaces {seen[name]}, map "
                    f'"{key}" = "{name}" and the old route to a new name, so the method moves to the new route'
                )
            seen[name] = key
            op["operationId"] = name
            op["tags"] = [folders.get(name) or tag_for(path, spec_cfg["tags"])]
            _retitle_inline(op)
            _clean_docs(op)
    deprecation.annotate(out)
    relax_nullable_required(out["components"]["schemas"])
    fold_string_consts(out)
    add_supplements(out, spec_cfg.get("supplements", []))
    mark_responses(out, spec_cfg.get("inputs", []))
    open_objects(out["components"]["schemas"])
    stale = set(overrides) - used_overrides
    if stale:  # not a stop: the diff report lists them (scripts/spec_diff.py)
        print(
            f"warning: codegen.toml [spec.operation_ids] names routes the spec does not have: {sorted(stale)}; "
            "if a route moved, change its key to the new route there",
            file=sys.stderr,
        )
    return out


def add_supplements(doc: dict[str, Any], supplements: list[dict[str, Any]]) -> None:
    schemas = doc["components"]["schemas"]
    for item in supplements:
        schema = json.loads((ROOT / item["schema"]).read_text())
        for name, definition in schema.pop("$defs", {}).items():
            schemas.setdefault(name, definition)
        schemas[item["name"]] = schema
        for key in item["responses"]:
            method, path = key.split(" ", 1)
            if method.lower() not in doc["paths"].get(path, {}):  # listed by the diff report (scripts/spec_diff.py)
                print(
                    f"warning: codegen.toml [spec].supplements names a route the spec does not have: {key}",
                    file=sys.stderr,
                )
                continue
            response = doc["paths"][path][method.lower()]["responses"]["200"]
            response["content"]["application/json"]["schema"] = {"$ref": f"#/components/schemas/{item['name']}"}


RESPONSE_MARK = "x-reflexio-response"
EMPTY_IF_ABSENT = "x-reflexio-empty-if-absent"


def mark_responses(doc: dict[str, Any], inputs: list[str]) -> None:
    """Mark answer schemas; require the defaulted fields of those no request uses (the server always sends them).

    `inputs` names schemas the client also takes as input although no request body references them.
    """
    schemas = doc["components"]["schemas"]
    in_answers: dict[str, dict[str, Any]] = {}
    in_requests: dict[str, dict[str, Any]] = {}
    _reach([{"$ref": f"#/components/schemas/{name}"} for name in inputs], schemas, in_requests)
    for item in doc["paths"].values():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            _reach(op.get("requestBody"), schemas, in_requests)
            _reach(op.get("parameters"), schemas, in_requests)
            for code, response in op.get("responses", {}).items():
                if code.startswith("2"):
                    _reach(response, schemas, in_answers)
    for key, schema in in_answers.items():
        schema[RESPONSE_MARK] = True
        if key in in_requests:
            continue
        properties = schema.get("properties", {})
        # A non-nullable field has a default or a default factory, so the server always sends it
        # (only None values are left out); a `default: null` on a non-nullable field is the exception.
        defaulted = [
            name for name, prop in properties.items() if not _nullable(prop) and prop.get("default", 0) is not None
        ]
        required = schema.get("required", [])
        added = [name for name in defaulted if name not in required]
        if added:
            schema["required"] = required + added
        # A list without a default has the server's default factory (an empty list): an answer
        # without it (another server version) parses as empty instead of failing.
        lists = [
            name for name in added if properties[name].get("type") == "array" and "default" not in properties[name]
        ]
        if lists:
            schema[EMPTY_IF_ABSENT] = lists
        for name in added:  # the generator drops a default written beside a bare $ref: keep it through allOf
            prop = properties[name]
            if "$ref" in prop and "default" in prop:
                properties[name] = {"allOf": [{"$ref": prop.pop("$ref")}], **prop}


def open_objects(node: Any) -> None:
    """Drop every `additionalProperties: false` (see the module docstring)."""
    if isinstance(node, list):
        for item in node:
            open_objects(item)
    elif isinstance(node, dict):
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]
        for value in node.values():
            open_objects(value)


def _reach(node: Any, schemas: dict[str, Any], seen: dict[str, dict[str, Any]]) -> None:
    """Every object schema under `node` (following $refs), keyed by component name or id() for inline ones."""
    if isinstance(node, list):
        for item in node:
            _reach(item, schemas, seen)
        return
    if not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[-1]
        if name not in seen:
            seen[name] = schemas[name]
            _reach(schemas[name], schemas, seen)
        return
    if node.get("type") == "object" and "properties" in node:
        seen.setdefault(f"inline:{id(node)}", node)
    for value in node.values():
        _reach(value, schemas, seen)


def _clean_docs(op: dict[str, Any]) -> None:
    if "summary" in op:
        op["summary"] = op["summary"].removesuffix(" Endpoint")
    description = op.get("description")
    if not description or "Args:" not in description:
        return
    lines = description.split("\n")
    start = lines.index("Args:") if "Args:" in lines else None
    if start is None:
        return
    # Entries naming a parameter of the operation stay; the others are the server handler's own
    # (org_id, the HTTP request, dependencies, its name for the body, which the client calls `body`).
    params = {param["name"] for param in op.get("parameters", [])}
    kept: list[str] = []
    dropping = False
    end = start + 1
    while end < len(lines) and (lines[end].startswith(" ") or not lines[end].strip()):
        line = lines[end]
        if line.startswith("    ") and not line.startswith("     "):
            dropping = re.split(r"[\s(:]", line.strip(), maxsplit=1)[0] not in params
        if not dropping and line.strip():
            kept.append(line)
        end += 1
    section = ["Args:", *kept, ""][: len(kept) + (2 if end < len(lines) else 1)] if kept else []
    op["description"] = "\n".join(lines[:start] + section + lines[end:]).rstrip("\n")


def relax_nullable_required(schemas: dict[str, Any]) -> None:
    """Drop nullable fields from `required` (an omitted field then parses as unset)."""
    for schema in schemas.values():
        properties = schema.get("properties", {})
        required = [name for name in schema.get("required", []) if not _nullable(properties.get(name, {}))]
        if len(required) != len(schema.get("required", [])):
            schema["required"] = required


def fold_string_consts(node: Any) -> None:
    """anyOf [{string, const c}, {string, pattern p}, ...] -> anyOf [{string, pattern "^c$|(?:p)"}, ...]."""
    if isinstance(node, list):
        for item in node:
            fold_string_consts(item)
        return
    if not isinstance(node, dict):
        return
    alternatives = node.get("anyOf")
    if isinstance(alternatives, list):
        consts = [a for a in alternatives if isinstance(a.get("const"), str) and re.fullmatch(r"\w*", a["const"])]
        strings = [a for a in alternatives if a.get("type") == "string" and not {"const", "enum", "format"} & set(a)]
        if consts and len(strings) == 1 and all(_fits(a["const"], strings[0]) for a in consts):
            target = strings[0]
            if "pattern" in target:
                target["pattern"] = "|".join([f"^{a['const']}$" for a in consts] + [f"(?:{target['pattern']})"])
            node["anyOf"] = [a for a in alternatives if not any(a is c for c in consts)]
    for value in node.values():
        fold_string_consts(value)


def _fits(value: str, schema: dict[str, Any]) -> bool:
    return schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value))


def _nullable(prop: dict[str, Any]) -> bool:
    return prop.get("nullable") is True or any(alt.get("type") == "null" for alt in prop.get("anyOf", []))


def _retitle_inline(op: dict[str, Any]) -> None:
    """Give inline (non-$ref) request and response schemas a readable title."""
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body is not None and "$ref" not in body and "title" in body:
        body["title"] = "Body"
    for response in op.get("responses", {}).values():
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if schema is not None and "$ref" not in schema and "title" in schema:
            schema["title"] = "Response"


def main(argv: list[str]) -> None:
    cfg = load()
    src = ROOT / (argv[1] if len(argv) > 1 else cfg["spec"]["upstream"])
    dst = ROOT / (argv[2] if len(argv) > 2 else cfg["spec"]["path"])
    doc = json.loads(src.read_text())
    result = normalize(doc, cfg)
    header = f"# Normalized from {src.relative_to(ROOT)} by scripts/normalize_spec.py. Do not edit: run `make spec`.\n"
    dst.write_text(header + yaml.safe_dump(result, sort_keys=False, allow_unicode=True, width=120))
    n_ops = sum(1 for item in result["paths"].values() for m in METHODS if m in item)
    if dst == ROOT / cfg["spec"]["path"]:  # the checked-in spec: record new operations' folders
        table_file = placement.table_path(cfg, ROOT)
        table = placement.load(table_file)
        if placement.updated(result, table) != table:
            placement.save(table_file, placement.updated(result, table))
            print(f"{table_file.relative_to(ROOT)}: operations added or dropped")
    print(f"{dst}: {n_ops} operations, {len(result['components']['schemas'])} schemas")


if __name__ == "__main__":
    main(sys.argv)
