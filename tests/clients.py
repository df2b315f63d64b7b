"""Run one test body against both clients: the async client is driven through a sync facade.

`AsyncAsSync(AsyncReflexioClient(...))` exposes the same methods as ReflexioClient; each awaitable
result is run to completion on one private event loop, so background tasks of fire-and-forget
calls live on that loop and `flush()` drains them, as in an asyncio application.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

from reflexio import AsyncReflexioClient, ReflexioClient

# Every public method called through the fixtures, for the coverage check in conftest.py.
CALLED: set[str] = set()


class Recording:
    """Wraps a sync client and records which public methods a test called."""

    def __init__(self, client: ReflexioClient) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._client, name)
        if callable(attr) and not name.startswith("_"):
            CALLED.add(name)
        if inspect.iscoroutinefunction(attr):  # the official client's `*_async` twins
            return lambda *args, **kwargs: asyncio.run(attr(*args, **kwargs))
        return attr


class AsyncAsSync:
    """The async client behind a blocking interface (test helper only)."""

    def __init__(self, client: AsyncReflexioClient) -> None:
        self._client = client
        self._loop = asyncio.new_event_loop()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._client, name)
        if name in ("with_options", "for_session"):  # a derived client shares this facade's event loop
            CALLED.add(name)
            return lambda *args, **kwargs: self._derived(attr(*args, **kwargs))
        if inspect.isasyncgenfunction(attr):
            CALLED.add(name)
            return lambda *args, **kwargs: self._iterate(attr(*args, **kwargs))
        if not callable(attr) or not inspect.iscoroutinefunction(attr):
            return attr
        if not name.startswith("_"):
            CALLED.add(name)

        def call(*args: Any, **kwargs: Any) -> Any:
            return self._loop.run_until_complete(attr(*args, **kwargs))

        return call

    def _iterate(self, items: AsyncIterator[Any]) -> Iterator[Any]:
        while True:
            try:
                yield self._loop.run_until_complete(anext(items))
            except StopAsyncIteration:
                return

    def _derived(self, client: Any) -> AsyncAsSync:
        facade = AsyncAsSync.__new__(AsyncAsSync)
        facade._client, facade._loop = client, self._loop
        return facade

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()


def make_client(kind: str, **kwargs: Any) -> Any:
    if kind == "sync":
        return Recording(ReflexioClient(**kwargs))
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    facade = AsyncAsSync(AsyncReflexioClient(**kwargs))
    facade._loop.close()
    facade._loop = loop
    return facade
