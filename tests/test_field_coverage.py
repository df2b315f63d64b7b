"""Every field a method's request can carry is reachable from the method: as a keyword argument,
or through its `request=` model/dict. A field the server adds fails here until it is exposed
(or listed in EXEMPT with the reason)."""

from __future__ import annotations

import ast
import importlib
import inspect
import textwrap
import typing
from types import ModuleType

import pytest

from reflexio import ReflexioClient

# (method, field sent) -> the parameter that carries it under another name
ALIASES = {
    ("publish_interaction", "interaction_data_list"): "interactions",
}
# (method, endpoint) pairs whose request the method builds itself, with the reason
EXEMPT = {
    ("delete_profile", "delete_profiles_by_ids"): "the ids are those of the profiles search_query matched",
}


def endpoints(method: object) -> list[ModuleType]:
    """The generated endpoint modules the method imports (reflexio_api.api.<tag>.<operation>)."""
    found = []
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(method)))):  # type: ignore[arg-type]
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reflexio_api.api."):
            found += [importlib.import_module(f"{node.module}.{alias.name}") for alias in node.names]
    return found


def sent_fields(endpoint: ModuleType) -> dict[str, str]:
    """Each field the endpoint sends: body fields -> "body", query and path parameters -> "parameter"."""
    fields: dict[str, str] = {}
    for name, annotation in typing.get_type_hints(endpoint._get_kwargs).items():
        if name == "return":
            continue
        if name != "body":
            fields[name] = "parameter"
            continue
        for model in typing.get_args(annotation) or (annotation,):
            attrs = getattr(model, "__attrs_attrs__", ())
            fields.update({a.name: "body" for a in attrs if a.name not in ("additional_properties", "_call_info")})
    return fields


def sending_methods() -> list[tuple[str, ModuleType]]:
    pairs = []
    for name, member in inspect.getmembers(ReflexioClient, inspect.isfunction):
        if not name.startswith("_"):
            pairs += [(name, endpoint) for endpoint in endpoints(member)]
    return pairs


PAIRS = sending_methods()


def test_the_methods_send_most_operations_of_the_spec() -> None:
    assert len({endpoint.__name__ for _, endpoint in PAIRS}) > 70


@pytest.mark.parametrize(("method", "endpoint"), PAIRS, ids=[f"{m}-{e.__name__.rsplit('.', 1)[-1]}" for m, e in PAIRS])
def test_every_request_field_is_reachable_from_the_method(method: str, endpoint: ModuleType) -> None:
    operation = endpoint.__name__.rsplit(".", 1)[-1]
    method = inspect.unwrap(getattr(ReflexioClient, method)).__name__  # an alias checks as its target
    if (method, operation) in EXEMPT:
        return
    parameters = inspect.signature(getattr(ReflexioClient, method)).parameters
    no_keyword = [field for field in sent_fields(endpoint) if ALIASES.get((method, field), field) not in parameters]
    assert not no_keyword, (
        f"{method} has no keyword for {no_keyword} of {operation}: add them to the method in reflexio/_sync/, or "
        f"make {operation} a row of TABLE in reflexio/_table.py so `make client` generates them"
    )


def test_exemptions_and_aliases_are_still_needed() -> None:
    operations = {(m, e.__name__.rsplit(".", 1)[-1]) for m, e in PAIRS}
    assert set(EXEMPT) <= operations
    for (method, field), parameter in ALIASES.items():
        assert parameter in inspect.signature(getattr(ReflexioClient, method)).parameters
        assert field not in inspect.signature(getattr(ReflexioClient, method)).parameters
