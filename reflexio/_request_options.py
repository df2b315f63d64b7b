"""Per-call request options: extra headers, query parameters, body fields and a timeout.

`client.with_options(extra_headers=..., extra_query=..., extra_body=..., timeout=...)` gives a view
whose every call sends them; an Operation can carry its own (`Operation.options`), applied on top.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from ._options import to_timeout

F = TypeVar("F", bound=Callable[..., Any])
# The types of the per-call keywords every API method takes (extra_headers=, extra_query=, extra_body=, timeout=)
Headers = Mapping[str, str]
Query = Mapping[str, Any]
Body = Mapping[str, Any]
TimeoutLike = float | httpx.Timeout
PER_CALL = ("extra_headers", "extra_query", "extra_body", "timeout")


def per_call(method: F) -> F:
    """An API method taking the per-call keywords: given any of them, the call runs on
    `self.with_options(...)` (a view sharing the client's pool, cache and background queue, so a
    fire-and-forget call keeps them too); the method itself never sees them."""

    def view(self: Any, kwargs: dict[str, Any]) -> Any:
        given = {name: kwargs.pop(name) for name in PER_CALL if name in kwargs}
        if all(value is None for value in given.values()):
            return self
        return self.with_options(**given)

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def call_async(self: Any, *args: Any, **kwargs: Any) -> Any:
            return await method(view(self, kwargs), *args, **kwargs)

        return call_async  # type: ignore[return-value]

    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        return method(view(self, kwargs), *args, **kwargs)

    return call  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class RequestOptions:
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    timeout: httpx.Timeout | None = None

    @classmethod
    def make(
        cls,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RequestOptions:
        """Checked options (a clear error before anything is sent)."""
        for name, value in (("extra_headers", extra_headers), ("extra_query", extra_query), ("extra_body", extra_body)):
            if value is not None and not isinstance(value, Mapping):
                raise TypeError(f"{name} must be a mapping, not {type(value).__name__}")
        for key, header in (extra_headers or {}).items():
            if not isinstance(key, str) or not isinstance(header, str):
                raise TypeError(f"extra_headers must map str to str, not {key!r}: {header!r}")
        return cls(
            dict(extra_headers) if extra_headers else None,
            dict(extra_query) if extra_query else None,
            dict(extra_body) if extra_body else None,
            None if timeout is None else to_timeout(timeout),
        )

    def __bool__(self) -> bool:
        return bool(self.extra_headers or self.extra_query or self.extra_body or self.timeout)

    def merged(self, other: RequestOptions | None) -> RequestOptions:
        """These options with `other`'s on top (headers, query and body merged key by key)."""
        if not other:
            return self
        return RequestOptions(
            _merge(self.extra_headers, other.extra_headers),
            _merge(self.extra_query, other.extra_query),
            _merge(self.extra_body, other.extra_body),
            other.timeout or self.timeout,
        )

    def apply(self, kwargs: dict[str, Any], operation_id: str) -> dict[str, Any]:
        """The generated endpoint's request kwargs with the extras applied (a new dict)."""
        kwargs = dict(kwargs)
        if self.extra_headers:
            kwargs["headers"] = {**(kwargs.get("headers") or {}), **self.extra_headers}
        if self.extra_query:
            kwargs["params"] = {**(kwargs.get("params") or {}), **self.extra_query}
        if self.extra_body:
            body = kwargs.get("json")
            if body is None and kwargs.get("content") is None:
                body = {}
            if not isinstance(body, dict):
                kind = type(body).__name__
                raise ValueError(f"{operation_id}: extra_body needs a JSON object body, this call sends {kind}")
            kwargs["json"] = {**body, **self.extra_body}
        return kwargs


def _merge(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    if not a:
        return b
    if not b:
        return a
    return {**a, **b}
