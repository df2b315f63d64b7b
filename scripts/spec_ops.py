"""The operations of openapi/reflexio.yaml, their generated modules and valid example arguments.

`example(schema)` builds a deterministic value that satisfies a schema (required fields only, or
every field with `full=True`); `call_kwargs(op)` turns it into the keyword arguments of the
generated `sync_detailed` (body model, path, query and header parameters).
"""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import re
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "reflexio.yaml"
METHODS = ("get", "post", "put", "patch", "delete")
SAMPLE_TIME = "2024-05-06T07:08:09Z"
# Candidate strings tried in order against a schema's `pattern`.
SAMPLE_STRINGS = ("sample1", "0" * 64)
INF = float("inf")


@functools.cache
def spec() -> dict[str, Any]:
    return dict(yaml.safe_load(SPEC_PATH.read_text()))


@dataclass(frozen=True)
class SpecOp:
    operation_id: str
    method: str
    path: str
    tag: str

    @property
    def operation(self) -> dict[str, Any]:
        return dict(spec()["paths"][self.path][self.method])

    @property
    def module(self) -> types.ModuleType:
        return importlib.import_module(f"reflexio_api.api.{self.tag}.{self.operation_id}")

    @property
    def success_status(self) -> int:
        return min(int(code) for code in self.operation["responses"] if code.startswith("2"))

    @property
    def response_schema(self) -> dict[str, Any] | None:
        """The JSON schema of the 2xx answer ($refs resolved), None when there is no JSON body."""
        response = self.operation["responses"][str(self.success_status)]
        schema = (response.get("content") or {}).get("application/json", {}).get("schema")
        return None if schema is None else resolve(schema)

    @property
    def returns(self) -> type:
        """The generated model the 2xx answer parses into (dict: a free-form object; NoneType: untyped)."""
        source = inspect.getsource(self.module._parse_response)
        if re.search(rf"response_{self.success_status} = dict\(", source):
            return dict
        found = re.search(rf"response_{self.success_status} = (\w+)\.from_dict", source)
        if found is None:
            return type(None)
        return getattr(importlib.import_module("reflexio_api.models"), found.group(1))  # type: ignore[no-any-return]

    def __str__(self) -> str:
        return self.operation_id


@functools.cache
def operations() -> tuple[SpecOp, ...]:
    return tuple(
        SpecOp(op["operationId"], method, path, op["tags"][0])
        for path, item in spec()["paths"].items()
        for method, op in item.items()
        if method in METHODS
    )


def resolve(schema: Any) -> Any:
    """`schema` with every `#/components/...` $ref replaced by its target (the spec has no cycles)."""
    if isinstance(schema, list):
        return [resolve(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        node: Any = spec()
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        return resolve(node)
    return {key: resolve(value) for key, value in schema.items()}


# -- valid examples ---------------------------------------------------------------------------


def example(schema: dict[str, Any], full: bool = False, last: bool = False) -> Any:
    """A value valid against `schema` (already resolved): required properties only unless `full`.

    Of the alternatives of an anyOf/oneOf, the first non-null one is used, or the last with `last`.
    """
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
            return example(options[-1 if last else 0], full, last)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(part)
        return example(merged, full, last)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return _object(schema, full, last)
    if kind == "array":
        return _array(schema, full, last)
    if kind == "string":
        return _string(schema)
    if kind == "integer":
        return int(_number(schema, 1) + 0.5)
    if kind == "number":
        return float(_number(schema, 0.5))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return "sample1"  # an unconstrained schema ({}) accepts anything


def _object(schema: dict[str, Any], full: bool, last: bool) -> dict[str, Any]:
    properties = schema.get("properties", {})
    wanted = properties if full else schema.get("required", [])
    value = {name: example(properties[name], full, last) for name in wanted}
    extra = schema.get("additionalProperties")
    if full and not properties and extra not in (None, False):
        value["key1"] = example(extra, full, last) if isinstance(extra, dict) else "value1"
    return value


def _array(schema: dict[str, Any], full: bool, last: bool) -> list[Any]:
    if "prefixItems" in schema:
        return [example(item, full, last) for item in schema["prefixItems"]]
    count = max(schema.get("minItems", 0), 1 if full else 0)
    return [example(schema.get("items", {}), full, last) for _ in range(count)]


def _string(schema: dict[str, Any]) -> str:
    if schema.get("format") == "date-time":
        return SAMPLE_TIME
    if schema.get("format") == "uri":
        return "https://example.com/path"
    pattern = schema.get("pattern")
    candidates = [s for s in SAMPLE_STRINGS if pattern is None or re.search(pattern, s)]
    text = candidates[0]
    text = text.ljust(schema.get("minLength", 0), "x")
    return text[: schema.get("maxLength", len(text))]


def _number(schema: dict[str, Any], preferred: float) -> float:
    """`preferred` moved inside the bounds; an exclusive bound is kept at half a step away."""
    low = max(schema.get("minimum", -INF), schema.get("exclusiveMinimum", -INF) + 0.5)
    high = min(schema.get("maximum", INF), schema.get("exclusiveMaximum", INF) - 0.5)
    return min(max(preferred, low), high)


# -- generated call arguments -------------------------------------------------------------------


def call_kwargs(op: SpecOp, full: bool = False, last: bool = False) -> dict[str, Any]:
    """Keyword arguments for `op.module.sync_detailed` (without `client`), valid against the spec.

    `full` and `last` choose the example as in `example`.
    """
    signature = inspect.signature(op.module._get_kwargs)
    hints = typing.get_type_hints(op.module._get_kwargs)
    kwargs: dict[str, Any] = {}
    for parameter in op.operation.get("parameters", []):
        if not (full or parameter.get("required")):
            continue
        name = python_name(parameter["name"])
        assert name in signature.parameters, f"{op}: no argument {name!r} for parameter {parameter['name']!r}"
        kwargs[name] = _typed(hints[name], example(resolve(parameter["schema"]), full, last))
    body = op.operation.get("requestBody")
    if body is not None:
        schema = resolve(body["content"]["application/json"]["schema"])
        value = example(schema, full, last)
        kwargs["body"] = value if _is_free_form(hints["body"]) else _model_class(hints["body"]).from_dict(value)
    return kwargs


def python_name(name: str) -> str:
    """The generator's argument name for a parameter (`x-reflexio-signature` -> `x_reflexio_signature`)."""
    return re.sub(r"\W+", "_", name).strip("_").lower()


def _classes(hint: Any) -> list[type]:
    return [c for c in typing.get_args(hint) or (hint,) if isinstance(c, type)]


def _typed(hint: Any, value: Any) -> Any:
    """The parameter value as the generated code wants it: an enum member where the hint is an enum."""
    for cls in _classes(hint):
        if issubclass(cls, enum.Enum):
            return cls(value)
    return value


def _is_free_form(hint: Any) -> bool:
    """A free-form object (`dict[str, Any]`): the generated code takes the plain dict."""
    return typing.get_origin(hint) is dict


def _model_class(hint: Any) -> Any:
    for cls in _classes(hint):
        if hasattr(cls, "from_dict"):
            return cls
    raise AssertionError(f"no generated model in {hint!r}")
