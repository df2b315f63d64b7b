"""The operations the client knows, read from the generated package (one module per spec operation).

Listing needs no import: tags are the folders of `reflexio_api/api`, operation ids the module names.
`describe(tag, operation_id)` imports one module and reads its signature and body model.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import inspect
import os
import re
import typing
from dataclasses import dataclass
from types import ModuleType
from typing import Any

API_PACKAGE = "reflexio_api.api"


@functools.cache
def _api_dir() -> str:
    spec = importlib.util.find_spec("reflexio_api")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the generated package reflexio_api is missing: reinstall reflexio-python")
    return os.path.join(list(spec.submodule_search_locations)[0], "api")


def _modules(folder: str) -> list[str]:
    return sorted(name[:-3] for name in os.listdir(folder) if name.endswith(".py") and not name.startswith("_"))


@functools.cache
def tags() -> tuple[str, ...]:
    """The spec's tags (one generated sub-package each)."""
    root = _api_dir()
    return tuple(sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "__init__.py"))))


@functools.cache
def operation_ids(tag: str) -> tuple[str, ...]:
    """The operation ids of one tag."""
    return tuple(_modules(os.path.join(_api_dir(), tag)))


def all_operation_ids() -> dict[str, str]:
    """Every operation id the client knows -> its tag."""
    return {op: tag for tag in tags() for op in operation_ids(tag)}


_ROUTE = re.compile(r'"method": "(\w+)",\s*"url": "([^"]+)"')
_PARAM = re.compile(r"\{[^}]*\}")


def route_key(method: str, path: str) -> tuple[str, str]:
    """A route with its path parameters unnamed, so routes compare across differently named specs."""
    return method.upper(), _PARAM.sub("{}", path)


@functools.cache
def declared_routes() -> dict[str, tuple[str, str]]:
    """Operation id -> (METHOD, path) of every operation the client knows, read from the generated
    modules' text (no import)."""
    found = {}
    for tag in tags():
        for operation_id in operation_ids(tag):
            with open(os.path.join(_api_dir(), tag, operation_id + ".py"), encoding="utf-8") as source:
                match = _ROUTE.search(source.read())
            if match:
                found[operation_id] = (match.group(1).upper(), match.group(2))
    return found


def routes() -> dict[tuple[str, str], str]:
    """route_key -> operation id: what `doctor` compares with the server's /openapi.json (the
    server's operation ids differ from the client's: the normalizer renamed them)."""
    return {route_key(method, path): op for op, (method, path) in declared_routes().items()}


@dataclass(frozen=True)
class Param:
    """A path or query parameter of an operation (keyword argument of the generated `sync_detailed`)."""

    name: str
    annotation: Any
    required: bool


@dataclass(frozen=True)
class Field:
    """A field of an operation's JSON body model."""

    name: str  # the Python attribute
    wire: str  # the name in JSON
    annotation: str  # as written in the generated model, e.g. "int | None | Unset"
    required: bool


@dataclass(frozen=True)
class OperationInfo:
    tag: str
    operation_id: str
    module: ModuleType
    summary: str
    description: str
    params: tuple[Param, ...]
    body: type[Any] | None
    fields: tuple[Field, ...]

    @property
    def free_form(self) -> bool:
        """The body declares no fields (a config document): any key is accepted."""
        return self.body is not None and not self.fields


def describe(tag: str, operation_id: str) -> OperationInfo:
    """Parameters, body fields and summary of one operation, from its generated module."""
    module = importlib.import_module(f"{API_PACKAGE}.{tag}.{operation_id}")
    function = module.sync_detailed
    hints = typing.get_type_hints(function)
    params: list[Param] = []
    body: type[Any] | None = None
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "client":
            continue
        if name == "body":
            body = _model_of(hints[name])
            continue
        params.append(Param(name, hints[name], parameter.default is inspect.Parameter.empty))
    summary, description = _doc(function.__doc__ or "")
    return OperationInfo(
        tag, operation_id, module, summary, description, tuple(params), body, _fields(body) if body else ()
    )


def _model_of(annotation: Any) -> type[Any]:
    """The body's model class, or dict for a free-form body (a config document)."""
    if typing.get_origin(annotation) is dict or annotation is dict:
        return dict
    for candidate in typing.get_args(annotation) or (annotation,):
        if isinstance(candidate, type) and hasattr(candidate, "from_dict"):
            return candidate
    raise TypeError(f"unexpected body type {annotation!r}")


def _fields(model: type[Any]) -> tuple[Field, ...]:
    import attrs

    if model is dict:
        return ()
    wire_names: dict[str, str] = getattr(model, "_wire_names", {})
    found = []
    for attribute in attrs.fields(model):
        if attribute.name == "additional_properties" or not attribute.init:
            continue
        annotation = attribute.type if isinstance(attribute.type, str) else getattr(attribute.type, "__name__", "")
        required = attribute.default is attrs.NOTHING
        found.append(Field(attribute.name, wire_names.get(attribute.name, attribute.name), annotation, required))
    return tuple(found)


def _doc(text: str) -> tuple[str, str]:
    """(summary, description) of a generated docstring: the first line, then the text up to Args/Raises."""
    lines = inspect.cleandoc(text).splitlines()
    summary = lines[0].strip() if lines else ""
    body: list[str] = []
    for line in lines[1:]:
        if line.strip() in ("Args:", "Raises:", "Returns:"):
            break
        body.append(line)
    return summary, "\n".join(body).strip()
