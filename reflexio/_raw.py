"""Raw responses: `client.with_raw_response.<method>(...)` returns a RawResponse instead of the answer.

The view (generated into reflexio/_raw_views.py by scripts/gen_raw.py) runs the method on a copy
of the client that records each HTTP exchange, then hands back the last one with the method's own
typed answer behind `.parse()`. Type checkers see each method's parameters (`raw_method` keeps them
through a ParamSpec) and `.parse()`'s return type.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import httpx

from ._callinfo import CallInfo
from ._exceptions import ReflexioError

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C")


@dataclass(frozen=True)
class RawResponse(Generic[R]):
    """The HTTP exchange behind one method call, and its typed answer.

    `http_response` is the last answer's httpx.Response (`.status_code`, `.headers`, `.request`, the
    request sent); `exchanges` lists every call a method made (paged or fanned-out methods make several).
    """

    _answer: R
    exchanges: tuple[tuple[httpx.Response, CallInfo], ...] = field(default=())

    def parse(self) -> R:
        """The method's typed answer (what the plain method returns)."""
        return self._answer

    @property
    def http_response(self) -> httpx.Response:
        if not self.exchanges:
            raise ReflexioError("no HTTP answer was received: the call was queued (fire-and-forget)")
        return self.exchanges[-1][0]

    @property
    def call_info(self) -> CallInfo:
        """Correlation id, attempts, status and elapsed time of the last call."""
        if not self.exchanges:
            raise ReflexioError("no HTTP answer was received: the call was queued (fire-and-forget)")
        return self.exchanges[-1][1]

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request(self) -> httpx.Request:
        """The request sent (its method, URL, headers and body)."""
        return self.http_response.request

    @property
    def elapsed(self) -> float:
        """Seconds from the first attempt to the answer (retries included)."""
        return self.call_info.elapsed

    @property
    def correlation_id(self) -> str | None:
        return self.call_info.correlation_id


class RawViewBase(Generic[C]):
    """What every raw-response view holds: the client it calls."""

    def __init__(self, client: C) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._client!r})"


class raw_method(Generic[P, R]):  # noqa: N801  (used like a decorator: lower case reads better)
    """A method of a sync raw-response view: same parameters, returns RawResponse[answer]."""

    def __init__(self, method: Callable[Concatenate[Any, P], R]) -> None:
        self._method = method

    @overload
    def __get__(self, view: None, owner: type[Any]) -> raw_method[P, R]: ...
    @overload
    def __get__(self, view: RawViewBase[Any], owner: type[Any]) -> Callable[P, RawResponse[R]]: ...
    def __get__(self, view: RawViewBase[Any] | None, owner: type[Any]) -> Any:
        if view is None:
            return self
        method = self._method

        @functools.wraps(method)
        def call(*args: Any, **kwargs: Any) -> RawResponse[R]:
            client = view._client._capturing()
            answer = method(client, *args, **kwargs)
            return RawResponse(answer, tuple(client._captured))

        return call


class async_raw_method(Generic[P, R]):  # noqa: N801
    """A method of an async raw-response view: awaitable, returns RawResponse[answer]."""

    def __init__(self, method: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]) -> None:
        self._method = method

    @overload
    def __get__(self, view: None, owner: type[Any]) -> async_raw_method[P, R]: ...
    @overload
    def __get__(self, view: RawViewBase[Any], owner: type[Any]) -> Callable[P, Awaitable[RawResponse[R]]]: ...
    def __get__(self, view: RawViewBase[Any] | None, owner: type[Any]) -> Any:
        if view is None:
            return self
        method = self._method

        @functools.wraps(method)
        async def call(*args: Any, **kwargs: Any) -> RawResponse[R]:
            client = view._client._capturing()
            answer = await method(client, *args, **kwargs)
            return RawResponse(answer, tuple(client._captured))

        return call
