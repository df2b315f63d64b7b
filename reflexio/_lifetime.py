"""What a client and its `with_options` views share, and how long it lives.

`Shared` holds the connection pool, the read cache, the fire-and-forget worker and the resolved
endpoint URLs. Nothing in it refers to the client, so:

- an unclosed client is garbage-collected: `weakref.finalize(client, shutdown, shared, ...)` then
  flushes what is pending (at interpreter exit) and closes the pool;
- after `os.fork()` the child replaces the pool, the worker and the cache of every live client
  (the parent's connections and queued calls stay the parent's);
- an async client notices a new event loop (a second `asyncio.run()`): it starts a new pool and
  worker there, and reports the calls still queued on the old loop as not sent.

A user-supplied httpx client is never modified; after a fork or on another event loop it cannot be
replaced, so the client raises a ReflexioError saying what to do.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import urllib.request
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from ._background import AsyncBackgroundWorker, BackgroundStats, BackgroundWorker
from ._cache import ResponseCache
from ._clock import REAL_CLOCK, Clock
from ._constants import POOL_SIZE
from ._exceptions import ReflexioError
from ._ratelimit import Pacer
from ._secrets import Secret

if TYPE_CHECKING:
    import asyncio  # imported where an async client needs it: a sync program never loads it

log = logging.getLogger("reflexio")

_LIVE: weakref.WeakSet[Shared] = weakref.WeakSet()


class Forward(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport that hands each request to `send` (the user's httpx client): raw endpoints use their pool."""

    def __init__(self, send: Callable[[httpx.Request], Any]) -> None:
        self._send = send

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = self._send(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = await self._send(request)
        return response


class BearerAuth(httpx.Auth):
    """The Authorization header of `api_client` requests, made per request from the key (a Secret: the
    plain header is never stored)."""

    def __init__(self, key: Secret) -> None:
        self.key = key

    def auth_flow(self, request: httpx.Request) -> Any:
        if self.key:
            request.headers["Authorization"] = f"Bearer {self.key.reveal()}"
        yield request


def make_pool(cls: type[httpx.HTTPTransport] | type[httpx.AsyncHTTPTransport], base_url: str) -> Any:
    """The client's own pool: an httpx transport, sent to directly (no cookie jar, auth flow or
    redirect handling to pass through), with as many kept-alive connections as requests may be in
    flight. The proxy comes from the environment (HTTPS_PROXY, ALL_PROXY, NO_PROXY, ...), as httpx does."""
    limits = httpx.Limits(max_connections=POOL_SIZE, max_keepalive_connections=POOL_SIZE)
    return cls(limits=limits, proxy=environment_proxy(base_url), trust_env=True)


def environment_proxy(base_url: str) -> str | None:
    parts = urlsplit(base_url)
    if urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all")


class Shared:
    """The pool, cache, worker and URL table of one client and its views (no reference to the client).

    `send(request)` sends on the client's own transport, or on the user's httpx client (`http`)
    with streaming on and redirects off.
    """

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient | None,
        make_pool: Callable[[], httpx.HTTPTransport | httpx.AsyncHTTPTransport],
        make_worker: Callable[..., BackgroundWorker | AsyncBackgroundWorker],
        cache: ResponseCache,
        max_response_bytes: int,
        max_in_flight: int = POOL_SIZE,
    ) -> None:
        self.http: Any = http  # the user's httpx client, or None
        self.owns_http = http is None
        self._make_pool = make_pool
        self.transport: Any = None
        self.send: Any = None
        if http is None:
            self._new_pool()
        else:
            self.send = functools.partial(http.send, stream=True, follow_redirects=False)
        self.is_async = isinstance(http, httpx.AsyncClient) or isinstance(self.transport, httpx.AsyncHTTPTransport)
        self._make_worker = make_worker
        self.worker: Any = make_worker(stats=BackgroundStats())
        self.cache = cache
        self.cookies = httpx.Cookies()  # of the client's own pool (a load balancer's stickiness cookie, ...)
        self.closed = False
        self.problem: str | None = None  # why a user-supplied pool cannot be used any more
        self.forked = False  # in a forked child, until its own pool is made (on first use)
        self.raw_http: Any = None  # the pool of `api_client`, made on first use
        self.max_response_bytes = max_response_bytes
        self.pacer = Pacer()  # the rate-limit windows of the client and its views
        self.clock: Clock = REAL_CLOCK  # what backoff, rate-limit windows and polling wait on
        self.max_in_flight = max_in_flight
        self.slots: Any = contextlib.nullcontext()  # bounds requests in flight on an async pool
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        _LIVE.add(self)

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise TypeError("a client's shared state (pool, cache, queue) cannot be pickled")

    def _new_pool(self) -> None:
        self.transport = self._make_pool()
        self.send = self.transport.handle_async_request if self.is_async_pool() else self.transport.handle_request

    def is_async_pool(self) -> bool:
        return isinstance(self.transport, httpx.AsyncHTTPTransport)

    @property
    def pool_closed(self) -> bool:
        """A user-supplied httpx client closed by its owner."""
        return self.http is not None and bool(self.http.is_closed)

    # -- checks before each call ---------------------------------------------------------------

    def check(self) -> None:
        if self.problem is not None:
            raise ReflexioError(self.problem)
        if self.forked:
            self._new_pool()
            self.forked = False
        if self.is_async:
            self._bind_loop()

    def _bind_loop(self) -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        bound = self._loop() if self._loop is not None else None
        if bound is loop:
            return
        if self._loop is not None:  # the loop the pool was used in has been replaced
            if not self.owns_http:
                raise ReflexioError(
                    "this AsyncReflexioClient's http_client was first used in another event loop, and "
                    "connections cannot move between loops: create the client (and its httpx.AsyncClient) "
                    "inside the event loop that uses it, e.g. within your `async def main()`"
                )
            self.worker.abandon("its event loop changed")
            self.worker = self._make_worker(stats=self.worker.stats)
            self._new_pool()  # the old pool's connections belong to the old loop
            self.raw_http = None
        self._loop = weakref.ref(loop)
        self.slots = asyncio.Semaphore(self.max_in_flight)

    # -- fork ------------------------------------------------------------------------------------

    def after_fork(self) -> None:
        """In the child: a fresh worker and cache; a fresh pool, or an error if it was the user's."""
        self.worker = self._make_worker(stats=BackgroundStats())  # the parent sends what it queued
        self.cache = ResponseCache(self.cache.ttl, self.cache.max_entries)
        self.cookies = httpx.Cookies(self.cookies)  # a copy: the jar's lock may have been held at the fork
        self.pacer = Pacer()  # its lock too; the child learns the limits again from its first 429
        self.raw_http = None
        self._loop = None
        self.slots = contextlib.nullcontext()
        if self.owns_http:
            self.forked = True  # the parent's pool is left alone: closing it could end its connections
        else:
            self.problem = (
                "this client's http_client was created before os.fork(); the child must not share the "
                "parent's connections: create a new client (or pass a new httpx client) in the child"
            )

    # -- closing ---------------------------------------------------------------------------------

    def close(self, flush_timeout: float) -> None:
        """Flush (up to `flush_timeout`) and stop the thread worker, close the pools we made."""
        self.worker.close(flush_timeout)
        self.closed = True
        if self.raw_http is not None:
            self.raw_http.close()
        if self.owns_http and not self.forked:
            self.transport.close()

    async def aclose(self, flush_timeout: float) -> None:
        await self.worker.close(flush_timeout)
        self.closed = True
        if self.raw_http is not None:
            await self.raw_http.aclose()
        if self.owns_http and not self.forked:
            await self.transport.aclose()


def shutdown(shared: Shared, flush_timeout: float) -> None:
    """The finalizer of an unclosed client (collected, or still alive at interpreter exit).

    A thread worker is flushed within `flush_timeout`; an async worker cannot run without its event
    loop, so what it still holds is reported as not sent (use `async with` / `await client.aclose()`).
    """
    if shared.closed:
        return
    if not shared.is_async:
        shared.close(flush_timeout)
        return
    shared.closed = True
    shared.worker.abandon("the AsyncReflexioClient was never closed: use `async with` or `await client.aclose()`")
    loop = shared._loop() if shared._loop is not None else None
    if shared.owns_http and loop is not None and loop.is_running():
        import asyncio

        with contextlib.suppress(RuntimeError):
            asyncio.run_coroutine_threadsafe(shared.transport.aclose(), loop)


def _after_fork_in_child() -> None:
    for shared in list(_LIVE):
        shared.after_fork()


os.register_at_fork(after_in_child=_after_fork_in_child)
