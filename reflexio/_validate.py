"""The one input check every request passes before it is sent (called from BaseClient._start).

It is derived from the generated code, not written per method: the parameters of the endpoint's
`_get_kwargs` and the attrs fields of the request models give each value's type, and
reflexio/_bounds.py (from the spec) its bounds. Refused, with TypeError/ValueError naming the field:
wrong types (a bool where an int is expected, a float for an int, bytes or a dict for a str, a str
for a list), NaN and infinities, strings with lone surrogates (not encodable as UTF-8), values
outside the spec's minimum/maximum/length/pattern/items bounds, and anything not JSON in free-form
fields. Checkers are built once per endpoint and per model class. A parameter given as the raw value
of its enum ("created_at") is passed on as the enum member: the generated endpoints read `.value`.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import math
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

from ._bounds import MODELS, PARAMS
from ._operation import Operation

Check = Callable[[Any], None]


class _Invalid(Exception):
    """A refused value; the path to it is collected on the way up (nothing is built when all is well)."""

    def __init__(self, kind: type[Exception], text: str) -> None:
        self.kind = kind
        self.text = text  # follows the path: " must be a str, not bytes"
        self.path: list[str] = []

    def at(self, segment: str) -> _Invalid:
        self.path.append(segment)
        return self

    def error(self, root: str) -> Exception:
        return self.kind(root + "".join(reversed(self.path)).lstrip(".") + self.text)


def check_request(op: Operation[Any]) -> None:
    """Raise TypeError/ValueError, naming the field, when `op`'s arguments cannot be what the API takes;
    turn raw enum values of parameters into the enum's members."""
    _endpoint(op.api)(op.kwargs)


# -- endpoints and models --------------------------------------------------------------------------


@functools.cache
def _endpoint(api: types.ModuleType) -> Callable[[dict[str, Any]], None]:
    operation_id = api.__name__.rsplit(".", 1)[-1]
    hints = typing.get_type_hints(api._get_kwargs)
    checks: dict[str, Check] = {
        name: _compile(tp, PARAMS.get(operation_id, {}).get(name, {})) for name, tp in hints.items() if name != "return"
    }
    enums = {name: cls for name, tp in hints.items() for cls in _members(tp) if _is_enum(cls)}

    def check(kwargs: dict[str, Any]) -> None:
        for name, value in kwargs.items():
            checker = checks.get(name)
            if checker is not None:
                try:
                    checker(value)
                except _Invalid as exc:
                    raise exc.error(f"{operation_id}: {'' if name == 'body' else name}") from None
            if name in enums and isinstance(value, (str, int)) and not isinstance(value, enum.Enum):
                kwargs[name] = enums[name](value)

    return check


def _members(tp: Any) -> tuple[Any, ...]:
    """The types of a union (`X | Unset | None`), or the type itself."""
    return typing.get_args(tp) if typing.get_origin(tp) in (typing.Union, types.UnionType) else (tp,)


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


class _Names(dict[str, Any]):
    """A model module's names, then any model by name (reflexio_api.models loads them on first use)."""

    def __missing__(self, name: str) -> Any:
        import reflexio_api.models as models

        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None


@functools.cache
def _model(cls: type) -> Check:
    """The check of an attrs request model: each field by its annotation and bounds."""
    import attrs

    module = inspect.getmodule(cls)
    namespace = _Names(vars(module) if module else {})
    hints = typing.get_type_hints(cls, globalns={}, localns=namespace)
    bounds = MODELS.get(cls.__name__, {})
    fields = [
        (f.name, _compile(hints[f.name], bounds.get(f.name, {})))
        for f in attrs.fields(cls)
        if f.name not in ("additional_properties", "_call_info")
    ]
    has_extra = any(f.name == "additional_properties" for f in attrs.fields(cls))

    def check(value: Any) -> None:
        if not isinstance(value, cls):
            raise _Invalid(TypeError, f" must be a {cls.__name__} (or a dict), not {type(value).__name__}")
        for name, checker in fields:
            try:
                checker(getattr(value, name))
            except _Invalid as exc:
                raise exc.at("." + name) from None
        if has_extra:
            for key, item in getattr(value, "additional_properties", {}).items():
                try:
                    _json(item)
                except _Invalid as exc:
                    raise exc.at("." + key) from None

    return check


# -- types -----------------------------------------------------------------------------------------


def _compile(tp: Any, bounds: Mapping[str, Any]) -> Check:
    """The check of one annotation (a union of alternatives; Unset and None always pass when allowed)."""
    from reflexio_api.types import Unset

    alternatives = typing.get_args(tp) if _is_union(tp) else (tp,)
    allow_unset = Unset in alternatives
    allow_none = type(None) in alternatives
    real = [a for a in alternatives if a not in (Unset, type(None))]
    checks = [_one(a) for a in real]
    limit = _bounds(bounds)
    expected = " or ".join(_name(a) for a in real) or "None"

    single = checks[0] if len(checks) == 1 else None

    def check(value: Any) -> None:
        if value is None:
            if allow_none or not real:
                return
            raise _Invalid(TypeError, f" must be {expected}, not None")
        if allow_unset and isinstance(value, Unset):
            return
        if single is not None:
            single(value)
        else:
            errors = []
            for one in checks:
                try:
                    one(value)
                    break
                except _Invalid as exc:
                    errors.append(exc)
            else:
                deeper = [e for e in errors if e.kind is ValueError or e.path]
                if deeper:
                    raise deeper[0]
                raise _Invalid(TypeError, f" must be {expected}, not {type(value).__name__}")
        if limit is not None:
            limit(value)

    return check


def _one(tp: Any) -> Check:
    origin = typing.get_origin(tp)
    if tp is str:
        return _str
    if tp is bool:
        return _typed(bool)
    if tp is int:
        return _int
    if tp is float:
        return _float
    if tp is dt.datetime or tp is dt.date:
        return _typed(dt.date)
    if tp is Any or tp is object:
        return _json
    if origin is list:
        (item_type,) = typing.get_args(tp) or (Any,)
        return _list(_compile(item_type, {}))
    if origin is dict:
        args = typing.get_args(tp)
        free_form = not args or args[1] is Any  # a free-form object: any JSON value, null included
        return _dict(_json if free_form else _compile(args[1], {}))
    if origin is typing.Literal:
        allowed = typing.get_args(tp)

        def literal(value: Any) -> None:
            if value not in allowed:
                raise _Invalid(ValueError, f" must be one of {list(allowed)}, not {value!r}")

        return literal
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum(tp)
    if isinstance(tp, type) and hasattr(tp, "__attrs_attrs__"):
        model: type = tp
        return lambda value: _model(model)(value)
    return lambda value: None  # a type the check does not know (e.g. File): the generated code decides


def _typed(kind: type) -> Check:
    def check(value: Any) -> None:
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise _Invalid(TypeError, f" must be a {kind.__name__}, not {type(value).__name__}")

    return check


def _str(value: Any) -> None:
    if type(value) is not str and not isinstance(value, str):
        raise _Invalid(TypeError, f" must be a str, not {type(value).__name__}")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise _Invalid(
                ValueError, f" holds a lone surrogate at index {exc.start}: not valid Unicode text"
            ) from None


def _int(value: Any) -> None:
    if type(value) is not int and (isinstance(value, bool) or not isinstance(value, int)):
        hint = f" ({value!r} has a fractional part)" if isinstance(value, float) and not value.is_integer() else ""
        raise _Invalid(TypeError, f" must be an int, not {type(value).__name__}{hint}")


def _float(value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Invalid(TypeError, f" must be a number, not {type(value).__name__}")
    if not math.isfinite(value):
        raise _Invalid(ValueError, f" must be a finite number, not {value!r}")


def _enum(cls: type[enum.Enum]) -> Check:
    values = {m.value for m in cls}  # the generated code sends a raw value as it is

    def check(value: Any) -> None:
        if not isinstance(value, cls) and not (isinstance(value, (str, int)) and value in values):
            allowed = ", ".join(repr(m.value) for m in cls)
            raise _Invalid(ValueError, f": {value!r} is not one of {allowed}")

    return check


def _list(item: Check) -> Check:
    def check(value: Any) -> None:
        if not isinstance(value, (list, tuple)):
            raise _Invalid(TypeError, f" must be a list, not {type(value).__name__}")
        for i, element in enumerate(value):
            try:
                item(element)
            except _Invalid as exc:
                raise exc.at(f"[{i}]") from None

    return check


def _dict(item: Check) -> Check:
    def check(value: Any) -> None:
        if not isinstance(value, Mapping):
            raise _Invalid(TypeError, f" must be a dict, not {type(value).__name__}")
        for key, element in value.items():
            if not isinstance(key, str):
                raise _Invalid(TypeError, f" keys must be str, not {type(key).__name__}")
            try:
                item(element)
            except _Invalid as exc:
                raise exc.at(f"[{key!r}]") from None

    return check


def _json(value: Any) -> None:
    """A free-form value: JSON types only (finite numbers, valid text)."""
    if value is None or isinstance(value, (bool, int)):
        return
    if isinstance(value, float):
        _float(value)
    elif isinstance(value, str):
        _str(value)
    elif isinstance(value, (list, tuple, Mapping)):
        _JSON_CONTAINER[isinstance(value, Mapping)](value)
    elif hasattr(type(value), "__attrs_attrs__"):
        cls: type = type(value)
        _model(cls)(value)
    elif not isinstance(value, enum.Enum):
        raise _Invalid(TypeError, f" must be a JSON value (str, number, bool, list, dict), not {type(value).__name__}")


_JSON_CONTAINER = (_list(_json), _dict(_json))


# -- bounds ----------------------------------------------------------------------------------------


def _bounds(bounds: Mapping[str, Any]) -> Check | None:
    if not bounds:
        return None
    pattern = re.compile(bounds["pattern"]) if "pattern" in bounds else None

    def check(value: Any) -> None:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            for key, ok, word in _NUMERIC:
                if key in bounds and not ok(value, bounds[key]):
                    raise _Invalid(ValueError, f" must be {word} {bounds[key]:g}, not {value!r}")
        elif isinstance(value, str):
            if "minLength" in bounds and len(value) < bounds["minLength"]:
                raise _Invalid(ValueError, f" must be at least {bounds['minLength']} characters long")
            if "maxLength" in bounds and len(value) > bounds["maxLength"]:
                raise _Invalid(ValueError, f" must be at most {bounds['maxLength']} characters long, not {len(value)}")
            if pattern is not None and not pattern.search(value):
                raise _Invalid(ValueError, f": {value!r} does not match the pattern {pattern.pattern!r}")
        elif isinstance(value, (list, tuple)):
            if "minItems" in bounds and len(value) < bounds["minItems"]:
                raise _Invalid(ValueError, f" must hold at least {bounds['minItems']} items")
            if "maxItems" in bounds and len(value) > bounds["maxItems"]:
                raise _Invalid(ValueError, f" must hold at most {bounds['maxItems']} items, not {len(value)}")

    return check


_NUMERIC: list[tuple[str, Callable[[float, float], bool], str]] = [
    ("minimum", lambda v, b: v >= b, ">="),
    ("maximum", lambda v, b: v <= b, "<="),
    ("exclusiveMinimum", lambda v, b: v > b, ">"),
    ("exclusiveMaximum", lambda v, b: v < b, "<"),
]


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def _name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is not None:
        return getattr(origin, "__name__", str(tp))
    return getattr(tp, "__name__", str(tp))
