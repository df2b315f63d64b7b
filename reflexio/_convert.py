"""Turning what users pass (models, dicts, keyword arguments, datetimes, ISO strings) into request models.

All checks raise ValueError/TypeError before anything is sent.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, TypeVar, cast

M = TypeVar("M")
R = TypeVar("R")

DateLike = dt.datetime | dt.date | str | int | float


def to_model(cls: type[M], value: M | Mapping[str, Any] | None, name: str, /, **fields: Any) -> M:
    """Build `cls` from a model instance or a dict, overlaid with the non-None keyword `fields`.

    Dict keys may be the names sent on the wire or the Python names of renamed fields (`type` or
    `type_`). Misspelled keys and missing required fields raise before any network traffic.
    """
    fields = {k: v for k, v in fields.items() if v is not None}
    if value is None:
        data: dict[str, Any] = {}
    elif isinstance(value, cls):
        if not fields:
            return value
        data = value.to_dict()  # type: ignore[attr-defined]
    elif isinstance(value, Mapping):
        data = dict(value)
    else:
        raise TypeError(f"{name} must be a {cls.__name__} or a dict, not {type(value).__name__}")
    data.update({k: _jsonable(v) for k, v in fields.items()})
    data = wire_keys(cls, data, name)
    try:
        return cls.from_dict(data)  # type: ignore[attr-defined,no-any-return]
    except KeyError as exc:
        raise ValueError(f"{name}: missing required field {exc.args[0]!r} for {cls.__name__}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{name}: invalid {cls.__name__}: {exc}") from None


def to_models(cls: type[M], values: Any, name: str) -> list[M]:
    """A list of `cls` from a list of models and/or dicts."""
    if isinstance(values, (str, bytes, Mapping)) or not hasattr(values, "__iter__"):
        raise TypeError(f"{name} must be a list of {cls.__name__} or dicts, not {type(values).__name__}")
    return [to_model(cls, v, f"{name}[{i}]") for i, v in enumerate(values)]


_warned_keys: set[tuple[str, str]] = set()


def present(**values: Any) -> dict[str, Any]:
    """The keyword arguments that were given (not None): the query parameters to send."""
    return {name: value for name, value in values.items() if value is not None}


def wire_keys(cls: type[Any], data: Mapping[str, Any], name: str) -> dict[str, Any]:
    """`data` with the Python names of renamed fields turned into wire names, its keys checked.

    A key that looks like a misspelled field (`contnet`) raises, naming the field it resembles. Any
    other unknown key is sent on with a one-time warning: a server newer than our spec may know it.
    """
    renamed: dict[str, str] = getattr(cls, "_wire_names", {})
    fields = {a.name for a in getattr(cls, "__attrs_attrs__", ())} - {"additional_properties", "_call_info"}
    known = {renamed.get(field, field) for field in fields}
    out: dict[str, Any] = {}
    for key, value in data.items():
        wire = renamed.get(key, key)
        if wire in out:
            raise ValueError(f"{name}: {key!r} and {wire!r} name the same field of {cls.__name__}; give one")
        out[wire] = value
        if wire not in known:
            _unknown_key(cls, key, known, name)
    return out


def _unknown_key(cls: type[Any], key: str, known: set[str], name: str) -> None:
    import difflib

    # a near-miss: a similar spelling, or a part of a known name (`agent` for `agent_version`) or the reverse
    parts = [field for field in sorted(known) if len(key) >= 3 and (key in field or field in key)]
    close = difflib.get_close_matches(key, sorted(known), n=1) or parts[:1]
    if close:
        raise ValueError(f"{name}: unknown field {key!r} for {cls.__name__}; did you mean {close[0]!r}?")
    if "additional_properties" not in {a.name for a in getattr(cls, "__attrs_attrs__", ())}:
        raise ValueError(f"{name}: unknown field {key!r} for {cls.__name__}, which takes only {sorted(known)}")
    if (cls.__name__, key) not in _warned_keys:
        _warned_keys.add((cls.__name__, key))
        logging.getLogger("reflexio").warning(
            "%s: %r is not a field of %s in this client's spec; sent as is (a newer server may know it)",
            name,
            key,
            cls.__name__,
        )


def timestamp(value: DateLike | None, name: str) -> int | None:
    """Unix seconds from a datetime (naive = UTC), a date, an ISO-8601 string or a number."""
    if value is None:
        return None
    return int(to_datetime(value, name).timestamp())


def iso(value: DateLike | None, name: str) -> str | None:
    """ISO-8601 text (UTC) from the same inputs as `timestamp`."""
    if value is None:
        return None
    return to_datetime(value, name).isoformat()


def to_datetime(value: DateLike, name: str) -> dt.datetime:
    if isinstance(value, bool):
        raise TypeError(f"{name} must be a datetime, an ISO-8601 string or unix seconds, not bool")
    if isinstance(value, dt.datetime):
        result = value
    elif isinstance(value, dt.date):
        result = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float)):
        return dt.datetime.fromtimestamp(value, tz=dt.UTC)
    elif isinstance(value, str):
        from dateutil import parser  # imported on first use: it is not needed at import time

        try:
            result = parser.isoparse(value)
        except ValueError:
            raise ValueError(f"{name}: {value!r} is not an ISO-8601 date/time") from None
    else:
        raise TypeError(f"{name} must be a datetime, an ISO-8601 string or unix seconds, not {type(value).__name__}")
    return result if result.tzinfo is not None else result.replace(tzinfo=dt.UTC)


def require(value: Any, name: str, kind: type = str, *, blank: bool = False) -> None:
    """A required argument: of the right type and, for strings, not blank (unless `blank`)."""
    if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
        raise TypeError(f"{name} must be a {kind.__name__}, not {type(value).__name__}")
    if not blank and isinstance(value, str) and not value.strip():
        raise ValueError(f"{name} must not be empty")


def require_list(values: Any, name: str, of: str = "", *, empty: bool = False) -> None:
    """A list (any sequence but text and dicts) of `of`, not empty unless `empty`."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Sequence):
        kind = f"a list of {of}" if of else "a list"
        raise TypeError(f"{name} must be {kind}, not {type(values).__name__}")
    if not empty and not values:
        raise ValueError(f"{name} must not be empty")


def check_ids(ids: Any, name: str) -> None:
    """A non-empty list of non-empty string ids."""
    require_list(ids, name, "str")
    for i, value in enumerate(ids):
        require(value, f"{name}[{i}]")


def with_dates(request: R, convert: Callable[[Any, str], Any], *names: str, prefix: str = "request.") -> R:
    """A dict request with its date fields converted by `convert` (iso or timestamp); models pass as they are."""
    if not isinstance(request, Mapping):
        return request
    data = dict(request)
    for name in names:
        if data.get(name) is not None:
            data[name] = convert(data[name], f"{prefix}{name}")
    return cast(R, data)


def keyed(cls: type[M], value: Any, key: str, /, **fields: Any) -> M:
    """A request whose one required field may be given bare (an id, a list of ids), as the model or a dict."""
    if value is None or isinstance(value, (cls, Mapping)):
        return to_model(cls, value, "request", **fields)
    return to_model(cls, None, "request", **{key: value}, **fields)


def as_list(value: Any) -> Any:
    """Lists of ids may come as any iterable (tuple, set, generator); models, dicts and text stay as they are."""
    if isinstance(value, (list, str, bytes, Mapping)) or not isinstance(value, Iterable):
        return value
    if hasattr(value, "to_dict"):
        return value
    return list(value)


def current_statuses(values: Any) -> Any:
    """A status_filter with every spelling of CURRENT ("current", "None", Status.NONE) sent as null.

    The server reads the text "None" as a status that no row has: that filter would match nothing.
    """
    if not isinstance(values, list):
        return values
    return [None if isinstance(v, str) and (v == "None" or v.lower() == "current") else v for v in values]


def left_out(request: Any, field: str) -> bool:
    """True when `request` (None, a dict or a model) does not choose `field` itself."""
    return request is None or (isinstance(request, Mapping) and field not in request)


def check_window(start: Any, end: Any, names: tuple[str, str]) -> None:
    """A time window of a built request: its end later than its start, when both are set."""
    if isinstance(start, (int, float)) and isinstance(end, (int, float)) and end <= start:
        raise ValueError(f"{names[1]} ({end}) must be later than {names[0]} ({start})")


def check_not_blank(value: Any, name: str) -> None:
    """An optional text field: None or left out is fine, a blank string is refused."""
    if isinstance(value, str) and not value.strip():
        raise ValueError(f"{name} must not be blank")


def check_not_empty(value: Any, name: str) -> None:
    """A list field of a built request that must hold something (unset fields are not checked)."""
    if isinstance(value, list) and not value:
        raise ValueError(f"{name} must not be empty")


def check_value(value: Any, name: str, kind: Any) -> None:
    """A method argument (not a request field: those pass the spec-derived check, _validate.py) is of `kind`:
    a type, an Enum, a list [kind] (None allowed with [kind, None]) or a tuple of alternatives."""
    if isinstance(kind, tuple):
        errors: list[Exception] = []
        for alternative in kind:
            try:
                check_value(value, name, alternative)
                return
            except (TypeError, ValueError) as exc:
                errors.append(exc)
        raise errors[-1]
    if isinstance(kind, list):
        if not isinstance(value, list):
            raise TypeError(f"{name} must be a list, not {type(value).__name__}")
        for i, item in enumerate(value):
            if not (item is None and None in kind):
                check_value(item, f"{name}[{i}]", kind[0])
        return
    if isinstance(kind, type) and issubclass(kind, Enum):
        if not isinstance(value, kind):
            allowed = ", ".join(repr(m.value) for m in kind)
            raise ValueError(f"{name}: {value!r} is not one of {allowed}")
        return
    if kind is bool:
        ok = isinstance(value, bool)
    elif kind is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    else:
        ok = isinstance(value, kind) and not (isinstance(value, bool) and kind is not bool)
    if not ok:
        raise TypeError(f"{name} must be {kind.__name__}, not {type(value).__name__}")


def _jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if hasattr(value, "value") and type(value).__module__.startswith("reflexio_api"):
        return value.value  # generated enums
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return [_jsonable(v) for v in value]  # a tuple or any other sequence is sent as a JSON list
    return value
