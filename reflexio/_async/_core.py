# Generated from reflexio/_sync/_core.py by scripts/gen_async.py. Do not edit: run `make async`.
"""AsyncAPIClient: construction, the send loop, fire-and-forget and lifecycle of AsyncReflexioClient."""

from __future__ import annotations

import copy
import functools
import os
import weakref
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Self, cast, overload

import httpx

from .._background import AsyncBackgroundWorker, BackgroundStats, ErrorCallback
from .._base_client import BaseClient
from .._cache import MISS, ResponseCache
from .._constants import (
    DEFAULT_BACKGROUND_QUEUE,
    DEFAULT_BACKGROUND_WORKERS,
    DEFAULT_CACHE_SIZE,
    DEFAULT_CACHE_TTL,
    DEFAULT_FLUSH_TIMEOUT,
    DEFAULT_MAX_RESPONSE_BYTES,
    LOG_ENV,
)
from .._lifetime import BearerAuth, Forward, Shared, make_pool, shutdown
from .._operation import Operation
from .._options import check_size, resolve
from .._sync._core import T
from .._validate import check_request

if TYPE_CHECKING:
    from reflexio_api.client import AuthenticatedClient

    from .._endpoint import Endpoint
    from .._hooks import Hooks


class AsyncAPIClient(BaseClient):
    def __init__(
        self,
        api_key: str | None = None,
        url_endpoint: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        *,
        max_retries: int | None = None,
        cache_ttl: float = DEFAULT_CACHE_TTL,
        cache_size: int = DEFAULT_CACHE_SIZE,
        on_error: ErrorCallback | None = None,
        background_queue_size: int = DEFAULT_BACKGROUND_QUEUE,
        background_workers: int = DEFAULT_BACKGROUND_WORKERS,
        background_submit_timeout: float | None = None,
        flush_timeout: float = DEFAULT_FLUSH_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        hooks: Iterable[Hooks] | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: API key; defaults to $REFLEXIO_API_KEY (optional for a self-hosted server).
            url_endpoint: server URL; defaults to $REFLEXIO_API_URL, then $REFLEXIO_URL,
                then https://www.reflexio.ai/.
            timeout: seconds or an httpx.Timeout (default 120 s, connect 5 s).
            max_retries: retries of a failed call (default 2; 0 disables). See docs/retries.md.
            cache_ttl: seconds get_profiles/get_agent_playbooks answers are cached (0 disables).
            cache_size: cached answers kept at most (least recently used evicted).
            on_error: called as on_error(exception, operation_id) when a fire-and-forget call fails.
            background_queue_size: fire-and-forget calls queued at most; a full queue blocks the caller.
            background_workers: concurrent senders of fire-and-forget calls.
            background_submit_timeout: how long a caller waits on a full queue before
                BackgroundQueueFullError (None: wait as long as needed).
            flush_timeout: how long aclose() and interpreter exit wait for pending calls.
            http_client: an httpx client to use instead of the client's own pool. It is not
                modified: base URL, auth, User-Agent and the redirect policy go with each request.
                The client does not close it.
            max_response_bytes: answers larger than this raise ResponseTooLargeError (default 64 MiB).
            hooks: reflexio.Hooks observing every request, response, retry and error (docs/observability.md).
        """
        if LOG_ENV in os.environ:
            from .._logging import setup_from_env

            setup_from_env()
        if hooks is not None:
            from .._hooks import check_hooks

            self._hooks = check_hooks(hooks)
        self._set_options(resolve(api_key, url_endpoint, timeout, max_retries))
        self._flush_timeout = flush_timeout
        self._parent: AsyncAPIClient | None = None
        self._shared = Shared(
            http=http_client,
            make_pool=functools.partial(make_pool, httpx.AsyncHTTPTransport, self._options.base_url),
            make_worker=functools.partial(
                AsyncBackgroundWorker,
                on_error=on_error,
                max_queue=background_queue_size,
                workers=background_workers,
                submit_timeout=background_submit_timeout,
            ),
            cache=ResponseCache(cache_ttl, cache_size),
            max_response_bytes=check_size(max_response_bytes),
        )
        self._finalizer = weakref.finalize(self, shutdown, self._shared, flush_timeout)

    def __repr__(self) -> str:
        key = "'***'" if self._options.api_key else None
        return f"{type(self).__name__}(url_endpoint={self._options.base_url!r}, api_key={key})"

    @property
    def pending(self) -> int:
        """Fire-and-forget calls queued or in flight."""
        return int(self._shared.worker.pending)

    @property
    def background_stats(self) -> BackgroundStats:
        """Counts of fire-and-forget calls: submitted, succeeded, failed, not_sent."""
        stats: BackgroundStats = self._shared.worker.stats
        return stats

    @property
    def api_client(self) -> AuthenticatedClient:
        """The generated low-level client with this client's base URL, auth and timeout (its own pool,
        or the `http_client` given to the client).

        For the raw endpoints in `reflexio_api.api` (plain httpx behaviour: no retries, no typed
        errors); `call_endpoint` runs one through this client's policy instead. It is typed as the
        generated AuthenticatedClient, which every endpoint accepts; the Authorization header (only
        when an api_key is set) is on its pool, not in its `token`.
        """
        from reflexio_api.client import AuthenticatedClient

        shared = self._shared
        raw = shared.raw_http
        if raw is None or raw.base_url != self._base or raw.auth.key != self._options.api_key:
            shared.raw_http = httpx.AsyncClient(
                base_url=self._options.base_url,
                headers=self._headers,
                auth=BearerAuth(self._options.api_key),
                timeout=self._options.timeout,
                follow_redirects=False,
                transport=None if shared.http is None else Forward(shared.send),
            )
        return AuthenticatedClient(base_url=self._options.base_url, token="").set_async_httpx_client(shared.raw_http)

    @overload
    async def call_endpoint(self, endpoint: Endpoint[T], **kwargs: Any) -> T: ...

    @overload
    async def call_endpoint(self, endpoint: ModuleType, **kwargs: Any) -> Any: ...

    async def call_endpoint(self, endpoint: Endpoint[T] | ModuleType, **kwargs: Any) -> Any:
        """Call a generated endpoint module with this client's retries, cache invalidation and typed errors.

        `client.call_endpoint(reflexio_api.api.profiles.get_profiles, body=GetUserProfilesRequest(user_id="u"))`
        returns the parsed 2xx answer, typed as the endpoint's model (GetProfilesViewResponse).

        Args:
            endpoint: a module of reflexio_api.api (one operation).
            kwargs: the arguments of the module's sync_detailed(), `client` left out (body=, path
                and query parameters).
        """
        if not (isinstance(endpoint, ModuleType) and endpoint.__name__.startswith("reflexio_api.api.")):
            raise TypeError(f"endpoint must be a module of reflexio_api.api, not {endpoint!r}")
        try:
            endpoint._get_kwargs(**kwargs)
        except TypeError as exc:
            raise TypeError(f"{endpoint.__name__.rsplit('.', 1)[-1]}: {exc}") from None
        return cast(T, await self._request(Operation(endpoint, kwargs, object)))

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Self:
        """A view of this client with other defaults; it shares the pool, cache and background queue.

        `extra_headers`, `extra_query` and `extra_body` are sent with each of the view's calls (on top
        of the client's; body fields merge into the JSON object): `client.with_options(
        extra_headers={"X-Tenant": "t1"}).search(...)` is the per-call form.

        Args:
            timeout: seconds or an httpx.Timeout for the view's calls (None: the client's).
            max_retries: retries of the view's failed calls (None: the client's).
            extra_headers: headers added to each request.
            extra_query: query parameters added to each request.
            extra_body: fields merged into each JSON body.
        """
        from .._request_options import RequestOptions

        extras = RequestOptions.make(extra_headers, extra_query, extra_body)
        clone = copy.copy(self)
        clone._set_options(self._options.derive(timeout=timeout, max_retries=max_retries))
        if extras:
            clone._extras = extras if self._extras is None else self._extras.merged(extras)
        clone._parent = self
        return clone

    def invalidate_local_cache(self) -> None:
        """Drop every locally cached answer (the server-side cache: invalidate_cache())."""
        self._shared.cache.clear()

    async def _request(self, op: Operation[T]) -> T:
        """Send `op` with retries; return its parsed answer or raise a ReflexioError."""
        call = self._start(op)
        if call.result is not MISS:
            return cast(T, call.result)
        shared = self._shared
        try:
            while True:
                if wait := self._pace(call):
                    await self._sleep(wait)
                    self._paced(call)
                try:
                    async with shared.slots:
                        self._begin_attempt(call)
                        response = await shared.send(call.request)
                        try:
                            self._receive(response, call)
                            await response.aread()
                        finally:
                            await response.aclose()
                except httpx.RequestError as exc:
                    await self._sleep(self._on_transport_error(call, exc))
                    continue
                delay = self._on_response(call, response)
                if delay is None:
                    return cast(T, call.result)
                if delay:
                    await self._sleep(delay)
        except BaseException as exc:
            self._failed(call, exc)
            raise

    async def _sleep(self, seconds: float) -> None:
        await self._shared.clock.asleep(seconds)

    async def _fire(self, op: Operation[Any], *, nowait: bool = False) -> None:
        """Queue `op` to be sent in the background; failures go to the log and `on_error`.

        Its input is checked here, in the caller, as a call that is waited for is: bad input raises now.
        `nowait`: a full queue raises BackgroundQueueFullError at once instead of waiting.
        """
        check_request(op)
        op.patient = True
        self._link_caller(op)
        shared = self._shared
        shared.check()
        await shared.worker.submit(self, op, nowait=nowait)

    async def _send(self, op: Operation[T], wait_for_response: bool) -> T | None:
        """Send now and return the answer, or fire-and-forget and return None."""
        if wait_for_response:
            return await self._request(op)
        await self._fire(op)
        return None

    async def flush(self, timeout: float | None = None) -> bool:
        """Wait for pending fire-and-forget calls; True only when all of them were sent.

        False when `timeout` ran out first, or when a fire-and-forget call failed (or was never sent)
        since the previous flush: `on_error` and the `reflexio` logger have each failure, and
        `background_stats` counts them.
        """
        flushed: bool = await self._shared.worker.flush(timeout)
        return flushed

    async def aclose(self) -> None:
        """Flush pending fire-and-forget calls (up to flush_timeout), then close the connection pool.

        A view (with_options) closes nothing: its client does. A user-supplied http_client stays open.
        """
        if self._parent is not None or self._shared.closed:
            return
        self._finalizer.detach()
        await self._shared.aclose(self._flush_timeout)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
