"""Legacy alias helpers: the once-per-process warning and the mapping of old request shapes."""

from __future__ import annotations

import functools
import inspect
import threading
import warnings
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, TypeVar, cast

from .._convert import iso, with_dates
from .._docstrings import with_args_of
from .._warn import warn_caller

P = ParamSpec("P")
R = TypeVar("R")

# An old request: a dict, an old reflexio_commons (pydantic) request model, or the current model.
OldRequest = Any

# Aliases that have warned in this process (shared by the sync and the async client: see _deprecated).
_WARNED: set[str] = set()
_WARNED_LOCK = threading.Lock()

# Request keys of the feedback era and their current names.
_REQUEST_KEYS = {"feedback_name": "playbook_name", "feedback_status_filter": "playbook_status_filter"}
# RawFeedback fields and their UserPlaybook names (do_action/do_not_action: see _user_playbook).
_RAW_FEEDBACK_KEYS = {
    "raw_feedback_id": "user_playbook_id",
    "feedback_name": "playbook_name",
    "feedback_content": "content",
    "when_condition": "trigger",
}

_LOGIN_REMOVED = " ".join(
    [
        "login(email, password) was removed: the server has no login route, API keys replaced it.",
        "Pass api_key=... to the client (ReflexioClient(api_key=...))",
        "or set the REFLEXIO_API_KEY environment variable;",
        "a self-hosted server on loopback needs no key.",
    ]
)


def renamed(method: Callable[P, R], old: str) -> Callable[P, R]:
    """`method` under its deprecated name `old`: same arguments, same answer, a DeprecationWarning
    on every call. Works for sync and async methods alike (an async method stays awaitable)."""
    message = f"{old}() is deprecated; call {method.__name__}() instead"
    alias: Any
    if inspect.iscoroutinefunction(method):

        async def alias(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return await method(*args, **kwargs)

    else:

        def alias(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return method(*args, **kwargs)

    functools.update_wrapper(alias, method)
    alias.__name__ = old
    alias.__qualname__ = f"{method.__qualname__.rpartition('.')[0]}.{old}".lstrip(".")
    alias.__doc__ = with_args_of(method, f"Deprecated: use {method.__name__} (same arguments, same answer).\n")
    return cast(Callable[P, R], alias)


def _deprecated(old: str, new: str) -> None:
    """Warn about `old` once per process, for the sync and the async client together."""
    with _WARNED_LOCK:
        if old in _WARNED:
            return
        _WARNED.add(old)
    warnings.warn(f"{old}() is deprecated and will be removed; use {new}() instead.", DeprecationWarning, stacklevel=3)


def _plain(value: OldRequest, name: str) -> dict[str, Any]:
    """A dict from a dict, an old pydantic model or a current (generated) model."""
    if isinstance(value, Mapping):
        return dict(value)
    if hasattr(value, "model_dump"):  # old reflexio_commons models
        return dict(value.model_dump(mode="json", exclude_none=True))
    if hasattr(value, "to_dict"):  # current generated models
        return dict(value.to_dict())
    raise TypeError(f"{name} must be a dict or a request model, not {type(value).__name__}")


def _old_request(value: OldRequest, name: str, **fields: Any) -> dict[str, Any]:
    """The current request dict from an old request (overlaid with the non-None `fields`)."""
    data = {} if value is None else _plain(value, name)
    data.update({k: v for k, v in fields.items() if v is not None})
    for old, new in _REQUEST_KEYS.items():
        if old in data:
            if new in data:
                raise ValueError(f"{name}: give {old!r} or {new!r}, not both")
            data[new] = data.pop(old)
    return with_dates(data, iso, "start_time", "end_time", prefix="")


def _user_playbook(value: OldRequest, name: str) -> dict[str, Any]:
    """A UserPlaybook dict from a RawFeedback (dict or model); current UserPlaybooks pass through."""
    data = _plain(value, name)
    for old, new in _RAW_FEEDBACK_KEYS.items():
        if old in data:
            if new in data:
                raise ValueError(f"{name}: give {old!r} or {new!r}, not both")
            data[new] = data.pop(old)
    lines = [data.pop("content", None) or ""]
    do, do_not = data.pop("do_action", None), data.pop("do_not_action", None)
    if do:
        lines.append(f"Do: {do}")
    if do_not:
        lines.append(f"Do not: {do_not}")
    content = "\n".join(filter(None, lines))
    if content:
        data["content"] = content
    data.pop("indexed_content", None)
    if not data.get("embedding"):
        data.pop("embedding", None)
    return data


def warn_legacy(value: Any, name: str, selects: str) -> None:
    """A DeprecationWarning for a legacy field that the server accepts but ignores."""
    from reflexio_api.types import Unset

    if value is not None and not isinstance(value, Unset):
        warn_caller(f"{name} no longer selects {selects}: the server accepts and ignores it", DeprecationWarning)
