"""Turning what users pass (models, dicts, keyword arguments, datetimes, ISO strings) into request models.

All checks raise ValueError/TypeError before anything is sent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, TypeVar

M = TypeVar("M")

DateLike = dt.datetime | dt.date | str | int | float


def to_model(cls: type[M], value: M | Mapping[str, Any] | None, name: str, **fields: Any) -> M:
    """Build `cls` from a model instance or a dict, overlaid with the non-None keyword `fields`.

    Unknown dict keys and missing required fields raise before any network traffic.
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
    check_keys(cls, data, name)
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


# Models whose schema allows arbitrary keys; every other model rejects unknown ones (a misspelled
# field would otherwise be carried in additional_properties and ignored by the server).
OPEN_MODELS = frozenset({"SetConfigBody", "UpdateConfigBody"})


def check_keys(cls: type[Any], data: Mapping[str, Any], name: str) -> None:
    if cls.__name__ in OPEN_MODELS:
        return
    known = {a.name for a in getattr(cls, "__attrs_attrs__", ())} - {"additional_properties"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"{name}: unknown field(s) {unknown} for {cls.__name__}; known: {sorted(known)}")


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


def require(value: Any, name: str, kind: type = str) -> None:
    """A required argument: of the right type and, for strings, not blank."""
    if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
        raise TypeError(f"{name} must be a {kind.__name__}, not {type(value).__name__}")
    if isinstance(value, str) and not value.strip():
        raise ValueError(f"{name} must not be empty")


def _jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if hasattr(value, "value") and type(value).__module__.startswith("reflexio_api"):
        return value.value  # generated enums
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value
