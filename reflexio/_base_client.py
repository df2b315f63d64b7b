"""BaseClient: everything the sync and async clients share that does no I/O.

Building the request from a generated endpoint, the read cache, deciding on retries, mapping
status codes to exceptions and parsing answers into generated models all live here; the two
clients only differ in how they send and sleep (reflexio/_sync/_core.py and its generated twin).
"""

from __future__ import annotations

import json
import logging
import math
import sys
import time
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import _limits, _ratelimit, _retry, _table
from ._cache import MISS, ResponseCache
from ._callinfo import CORRELATION_HEADER, CallInfo, attach
from ._constants import RETRY_COUNT_HEADER
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    RateLimitError,
    ReflexioError,
    make_status_error,
    not_json_hint,
    shorten,
)
from ._lifetime import Shared
from ._operation import Operation, check_route
from ._options import ClientOptions, check_url, to_timeout, warn_plain_http
from ._secrets import Secret, mask_error
from ._validate import check_request
from ._version import __version__

if TYPE_CHECKING:  # imported where used: a client without hooks or extras never loads them
    from ._hooks import Hooks
    from ._request_options import RequestOptions

T = TypeVar("T")
log = logging.getLogger("reflexio")
USER_AGENT = f"reflexio-python/{__version__}"
# The generated parsers read only this flag from their client argument.
_PARSER_CLIENT = SimpleNamespace(raise_on_unexpected_status=False)
_MAX_URLS = 512  # resolved endpoint URLs kept per client (the API has ~100 fixed paths)
_OTEL = "opentelemetry.trace"  # tracing is on once the application imported OpenTelemetry
_INFO = logging.INFO


@dataclass(slots=True)
class Call(Generic[T]):
    """One operation in flight: its current request, attempt count and outcome."""

    op: Operation[T]
    idempotent: bool
    cache_key: str | None
    generation: int
    retries_taken: int = 0
    result: Any = MISS
    deadline: float | None = None  # monotonic time after which no rate-limit window is waited for
    slot: float | None = None  # the pacer's send slot of the current attempt
    ambiguous: bool = False  # an earlier attempt may have reached the server (its answer was lost)
    refused: httpx.Response | None = None  # the last 429
    attempt_deadline: float | None = None  # wall-clock end of the current attempt (time.monotonic)
    options: RequestOptions | None = None  # the client's and the operation's extras, merged
    timeout: httpx.Timeout | None = None  # this call's own timeout (None: the client's)
    attempts: int = 0  # attempts sent so far
    started: float = 0.0  # monotonic time the first attempt was sent
    sent_at: float = 0.0  # monotonic time the current attempt was sent
    correlation_id: str | None = None  # the server's x-correlation-id of the last answer
    span: Any = None  # the OpenTelemetry span of the call (reflexio/_otel.py), when tracing
    request: httpx.Request = field(init=False)  # set by _start unless the cache answered


class BaseClient:
    _options: ClientOptions
    _shared: Shared
    _headers: dict[str, str]  # User-Agent, Accept, Accept-Encoding: sent with every request
    _extensions: dict[str, Any]  # the request's timeout, as httpx transports read it
    _base: httpx.URL
    _hooks: tuple[Hooks, ...] = ()  # observers of every call (reflexio/_hooks.py)
    _extras: RequestOptions | None = None  # extra headers/query/body/timeout of a with_options view
    _captured: list[tuple[httpx.Response, CallInfo]] | None = None  # a with_raw_response view's answers
    _urls: dict[str, httpx.URL]  # endpoint path -> URL under _base (parsing URLs is costly)

    def __copy__(self) -> Any:  # with_options views: a shallow copy (pickling is refused below)
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        return clone

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise TypeError(
            f"a {type(self).__name__} cannot be pickled (it holds a connection pool and the API key): "
            "pass its settings and build a new client in the other process"
        )

    # -- settings code written for the official client reads (and sets) --------------------------

    @property
    def api_key(self) -> str:
        """The API key sent as `Authorization: Bearer ...` ("" when none); setting it applies to later calls."""
        return self._options.api_key.reveal()

    @api_key.setter
    def api_key(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"api_key must be a str, not {type(value).__name__}")
        self._set_options(replace(self._options, api_key=Secret(value.strip())))
        if value.strip():
            warn_plain_http(self._options.base_url)

    @property
    def base_url(self) -> str:
        """The server URL (the `url_endpoint` argument, $REFLEXIO_API_URL, ...); setting it applies to later calls."""
        return self._options.base_url

    @base_url.setter
    def base_url(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"base_url must be a str, not {type(value).__name__}")
        self._set_options(replace(self._options, base_url=check_url(value), url_source="the base_url attribute"))
        if self._options.api_key:
            warn_plain_http(self._options.base_url)

    url_endpoint = base_url  # the constructor argument's name

    @property
    def timeout(self) -> float:
        """The request timeout in seconds (the read timeout of an httpx.Timeout); setting it applies to later calls."""
        timeout = self._options.timeout
        parts = [t for t in (timeout.read, timeout.write, timeout.pool, timeout.connect) if t is not None]
        return float(parts[0]) if parts else math.inf

    @timeout.setter
    def timeout(self, value: float | httpx.Timeout) -> None:
        self._set_options(replace(self._options, timeout=to_timeout(value)))

    @property
    def _pacer(self) -> _ratelimit.Pacer:
        return self._shared.pacer  # one client and its views share one set of rate-limit windows

    @property
    def _cache(self) -> ResponseCache:
        return self._shared.cache

    def _set_options(self, options: ClientOptions) -> None:
        self._options = options
        self._base = httpx.URL(options.base_url)
        self._extensions = {"timeout": options.timeout.as_dict()}
        self._headers = {"User-Agent": USER_AGENT, "Accept": "application/json", "Accept-Encoding": "gzip, deflate"}
        self._urls = {}

    def _request_headers(self) -> dict[str, str]:
        """The headers of every request, the Authorization header included (made here, never stored)."""
        key = self._options.api_key
        return {**self._headers, "Authorization": f"Bearer {key.reveal()}"} if key else self._headers

    def _capturing(self) -> Any:
        """A view of this client that records each answer's HTTP response (with_raw_response)."""
        import copy

        view = copy.copy(self)
        view._captured = []
        view._parent = self  # type: ignore[attr-defined]  # a view closes nothing and keeps its client alive
        return view

    # -- request -----------------------------------------------------------------------------

    def _start(self, op: Operation[T]) -> Call[T]:
        """Build the first request, unless the cache answers (`call.result` is set then)."""
        shared = self._shared
        if shared.closed:
            raise ClientClosedError()
        shared.check()
        if shared.pool_closed:
            raise ClientClosedError()
        check_request(op)
        kwargs = op.api._get_kwargs(**op.kwargs)
        options = op.options if self._extras is None else self._extras.merged(op.options)
        if options:
            kwargs = options.apply(kwargs, op.operation_id)
        cache = shared.cache
        cache_key = op.cache_key(kwargs) if op.cache and cache.enabled else None
        idempotent = op.idempotent
        if idempotent is None:
            idempotent = _table.is_idempotent(op.operation_id, kwargs["method"])
        call: Call[T] = Call(
            op=op,
            idempotent=idempotent,
            cache_key=cache_key,
            generation=cache.generation(op.cache) if op.cache else 0,
            deadline=self._rate_limit_deadline(op),
        )
        if options:
            call.options = options
            call.timeout = options.timeout
        if op.cache and cache_key is not None and not op.force_refresh and self._captured is None:
            content = cache.get(op.cache, cache_key)
            if content is not MISS:
                call.result = op.returns.from_dict(json.loads(content))  # type: ignore[attr-defined]
                attach(call.result, CallInfo(op.operation_id, None, 0, None, 0.0))
                return call
        call.request = self._build(op, kwargs, retries_taken=0, timeout=call.timeout)
        if _OTEL in sys.modules:
            from . import _otel

            call.span = _otel.start(self, call, kwargs)
        return call

    def _build(
        self, op: Operation[Any], kwargs: dict[str, Any], retries_taken: int, timeout: httpx.Timeout | None = None
    ) -> httpx.Request:
        """The request, with everything that is the client's applied here (never set on the httpx client)."""
        headers = self._request_headers()
        if kwargs.get("headers") or retries_taken:
            headers = {**headers, **(kwargs.get("headers") or {})}
            if retries_taken:
                headers[RETRY_COUNT_HEADER] = str(retries_taken)
        shared = self._shared
        http = shared.http
        if http is None:  # the client's own pool: nothing of httpx.Client's to merge in
            return httpx.Request(
                kwargs["method"],
                self._url(kwargs["url"], op),
                params=kwargs.get("params"),
                json=kwargs.get("json"),
                content=kwargs.get("content"),
                headers=headers,
                cookies=shared.cookies if shared.cookies else None,
                extensions=self._extensions if timeout is None else {"timeout": timeout.as_dict()},
            )
        request: httpx.Request = http.build_request(  # the user's: their headers, cookies, event hooks
            kwargs["method"],
            self._url(kwargs["url"], op),
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            content=kwargs.get("content"),
            headers=headers,
            timeout=self._options.timeout if timeout is None else timeout,
        )
        return request

    def _url(self, path: str, op: Operation[Any]) -> httpx.URL:
        """`path` resolved against the base URL, once per endpoint (parsing URLs is costly)."""
        urls = self._urls
        url = urls.get(path)
        if url is None:
            check_route(path, op)
            base = self._base
            url = base.copy_with(raw_path=base.raw_path + httpx.URL(path).raw_path.lstrip(b"/"))
            if len(urls) < _MAX_URLS:
                urls[path] = url
        return url

    # -- rate limits (reflexio/_ratelimit.py) ----------------------------------------------------

    def _rate_limit_deadline(self, op: Operation[Any]) -> float | None:
        """A caller waits for a rate-limit window at most its read timeout; background calls wait as needed."""
        timeout = op.options.timeout if op.options is not None and op.options.timeout else self._options.timeout
        budget = timeout.read
        return None if op.patient or budget is None else self._shared.clock.monotonic() + budget

    def _pace(self, call: Call[Any]) -> float:
        """Take the call's send slot: the seconds to wait before sending (0 almost always).

        Raises RateLimitError, without sending, when the slot lies past the call's deadline.
        """
        key = call.op.operation_id
        now = self._shared.clock.monotonic()
        slot = self._pacer.reserve(key, now)
        if call.deadline is not None and slot > max(now, call.deadline):
            self._pacer.release(key, slot)
            self._invalidate_after(call)
            raise self._rate_limit_error(call, slot - now)
        call.slot = slot
        return slot - now

    def _paced(self, call: Call[Any]) -> None:
        """The call waited for its slot and goes now: the pacer logs the real time (the wake-up may be late)."""
        if call.slot is not None:
            call.slot = self._pacer.sent_at(call.op.operation_id, call.slot, self._shared.clock.monotonic())

    def _rate_limited(self, call: Call[Any], response: httpx.Response) -> bool:
        """A 429: learn its limit; True when the call should wait for its window (paced by _pace)."""
        key = call.op.operation_id
        if call.slot is not None:
            self._pacer.release(key, call.slot)  # refused before doing anything: it used no slot
            call.slot = None
        info = _ratelimit.parse_rate_limit(response)
        if not info.usable:
            return False
        self._pacer.limited(key, info, self._shared.clock.monotonic())
        call.refused = response
        log.info("%s rate-limited (%s): waiting for its window", key, info.describe() or "limit unknown")
        return True

    def _rate_limit_error(self, call: Call[Any], retry_after: float) -> RateLimitError:
        limit = self._pacer.describe(call.op.operation_id)
        response = call.refused
        if response is None:  # refused on our side before sending, from what earlier 429s taught
            response = httpx.Response(429, json={"error": f"Rate limit exceeded: {limit}"}, request=call.request)
        error = make_status_error(response, retry_after=retry_after)
        assert isinstance(error, RateLimitError)
        error.limit = limit
        error.message = (
            f"{error.message}; the next {call.op.operation_id} slot opens in {retry_after:.1f} s, "
            "past this call's timeout"
        )
        error.args = (error.message,)
        return error

    def _receive(self, response: httpx.Response, call: Call[Any]) -> None:
        """Have `response.read()` stop at the size limit and at the attempt's wall-clock deadline."""
        response.request = call.request  # a transport's answer does not carry it
        call.correlation_id = response.headers.get(CORRELATION_HEADER)  # before the body: a failed read names it too
        shared = self._shared
        if shared.http is None and "set-cookie" in response.headers:  # the user's client keeps its own
            shared.cookies.extract_cookies(response)
        response.stream = _limits.bounded(response, shared.max_response_bytes, call.attempt_deadline)

    def _begin_attempt(self, call: Call[Any]) -> None:
        call.attempt_deadline = _limits.deadline(call.timeout or self._options.timeout)
        call.attempts += 1
        call.sent_at = now = time.monotonic()
        if call.attempts == 1:
            call.started = now
        if self._hooks:
            from ._hooks import CallEvent, emit

            emit(self._hooks, CallEvent("request", call.op.operation_id, call.attempts, request=call.request))

    def _retry_later(
        self,
        call: Call[Any],
        delay: float | None,
        response: httpx.Response | None = None,
        error: BaseException | None = None,
    ) -> float | None:
        """Prepare the next attempt; None when the retry budget is spent or the server asked too much."""
        if delay is None or call.retries_taken >= self._options.max_retries:
            return None
        call.retries_taken += 1
        kwargs = call.op.api._get_kwargs(**call.op.kwargs)
        if call.options:
            kwargs = call.options.apply(kwargs, call.op.operation_id)
        call.request = self._build(call.op, kwargs, call.retries_taken, timeout=call.timeout)
        why = response.status_code if response is not None else type(error).__name__
        log.info("retrying %s in %.2f s (retry %d, after %s)", call.op.operation_id, delay, call.retries_taken, why)
        if self._hooks:
            from ._hooks import CallEvent, emit

            event = CallEvent(
                "retry",
                call.op.operation_id,
                call.attempts,
                request=call.request,
                response=response,
                error=error,
                delay=delay,
                correlation_id=call.correlation_id,
            )
            emit(self._hooks, event)
        if call.span is not None:
            from . import _otel

            _otel.retry(call, delay, response, error)
        return delay

    def _attempt_done(self, call: Call[Any], response: httpx.Response | None, outcome: str) -> None:
        """Log the attempt (INFO, bodies at DEBUG) and tell the hooks about its answer."""
        elapsed = time.monotonic() - call.sent_at
        if log.isEnabledFor(_INFO):
            from . import _logging

            op_id = call.op.operation_id
            _logging.attempt_line(call.request, outcome, elapsed, call.attempts, op_id, call.correlation_id)
            if log.isEnabledFor(logging.DEBUG):
                _logging.bodies(call.request, response, self._options.api_key.reveal())
        if self._hooks and response is not None:
            from ._hooks import CallEvent, emit

            event = CallEvent(
                "response",
                call.op.operation_id,
                call.attempts,
                request=call.request,
                response=response,
                elapsed=elapsed,
                correlation_id=call.correlation_id,
            )
            emit(self._hooks, event)

    def _failed(self, call: Call[Any], exc: BaseException) -> None:
        """The call ends with `exc`: note its correlation id and attempts, tell the hooks and the trace."""
        if isinstance(exc, APIError):
            exc.attempts = call.attempts
            cid = call.correlation_id
            if cid:
                exc.correlation_id = cid
                if cid not in exc.message:
                    exc.message = f"{exc.message} [correlation id {cid}]"
                    if exc.args and isinstance(exc.args[0], str):
                        exc.args = (exc.message, *exc.args[1:])
        if self._hooks and isinstance(exc, Exception):
            from ._hooks import CallEvent, emit

            event = CallEvent(
                "error",
                call.op.operation_id,
                call.attempts,
                request=getattr(call, "request", None),
                error=exc,
                correlation_id=call.correlation_id,
            )
            emit(self._hooks, event)
        if call.span is not None:
            from . import _otel

            _otel.end(call, exc)

    def _link_caller(self, op: Operation[Any]) -> None:
        """A fire-and-forget call's span links to the trace of the code that queued it."""
        if _OTEL in sys.modules:
            from . import _otel

            op.link = _otel.caller_link()

    # -- outcome -----------------------------------------------------------------------------

    def _on_transport_error(self, call: Call[Any], exc: Exception) -> float:
        """Delay before retrying after a transport failure; raises the typed error otherwise."""
        if log.isEnabledFor(_INFO):
            self._attempt_done(call, None, type(exc).__name__)
        if isinstance(exc, _retry.NOT_SENT_ERRORS):
            if call.slot is not None:
                self._pacer.release(call.op.operation_id, call.slot)
        else:
            call.ambiguous = True
        if isinstance(exc, httpx.TransportError) and _retry.retry_on_transport_error(exc, idempotent=call.idempotent):
            refused = _retry.refused_on_loopback(exc, call.request)
            wait = _retry.REFUSED_LOOPBACK_DELAY if refused else _retry.backoff(call.retries_taken)
            delay = self._retry_later(call, wait, error=exc)
            if delay is not None:
                return delay
        self._invalidate_after(call)
        request, options = call.request, self._options
        if isinstance(exc, httpx.TimeoutException):
            message = (
                f"{request.method} {request.url.path} timed out ({str(exc) or type(exc).__name__}; {options.timeout})"
            )
            raise mask_error(APITimeoutError(request, message), options.api_key) from exc
        message = (
            f"Connection error: {str(exc) or type(exc).__name__} ({request.method} {request.url}; "
            f"the server URL {options.base_url} came from {options.url_source})"
        )
        raise mask_error(APIConnectionError(message, request=request), options.api_key) from exc

    def _on_response(self, call: Call[Any], response: httpx.Response) -> float | None:
        """None when `call.result` holds the answer; a delay to retry; raises a typed error otherwise."""
        if self._hooks or log.isEnabledFor(_INFO):
            self._attempt_done(call, response, str(response.status_code))
        if response.is_success:
            self._invalidate_after(call)
            result = self._parse(call.op, response)
            info = CallInfo(
                call.op.operation_id,
                call.correlation_id,
                call.attempts,
                response.status_code,
                time.monotonic() - call.started,
            )
            if call.op.accept is not None:
                result = call.op.accept(result, call.ambiguous)
            attach(result, info)
            call.result = result
            self._store(call, response)
            if self._captured is not None:
                self._captured.append((response, info))
            if call.span is not None:
                from . import _otel

                _otel.end(call, None, response)
            return None
        if response.status_code == 429 and self._rate_limited(call, response):
            return 0.0
        if response.status_code in _retry.TRANSIENT_STATUSES:
            call.ambiguous = True
        retry_after = _retry.parse_retry_after(response.headers)
        if not response.is_redirect and _retry.retry_on_status(response, idempotent=call.idempotent):
            delay = self._retry_later(call, _retry.retry_delay(call.retries_taken, retry_after), response=response)
            if delay is not None:
                return delay
        self._invalidate_after(call)
        error = make_status_error(response, retry_after=retry_after, url_source=self._options.url_source)
        raise mask_error(error, self._options.api_key)

    def _parse(self, op: Operation[T], response: httpx.Response) -> T:
        try:
            parsed = op.api._parse_response(client=_PARSER_CLIENT, response=response)
        except ReflexioError:
            raise
        except Exception as exc:
            error = _invalid_body(response, f"{type(exc).__name__}: {exc}", self._options.url_source)
            raise mask_error(error, self._options.api_key) from exc
        if not isinstance(parsed, op.returns):
            error = _invalid_body(
                response, f"expected {op.returns.__name__}, got {type(parsed).__name__}", self._options.url_source
            )
            raise mask_error(error, self._options.api_key)
        return parsed

    def _store(self, call: Call[Any], response: httpx.Response) -> None:
        """Cache the answer's bytes: immutable, and parsing them again is cheaper than a deep copy."""
        op = call.op
        if op.cache and call.cache_key is not None:
            self._shared.cache.store(op.cache, call.cache_key, response.content, call.generation)

    def _invalidate_after(self, call: Call[Any]) -> None:
        """A finished write, failed or not, may have changed what the cache holds: drop what it affects."""
        if call.op.invalidates:
            self._shared.cache.invalidate(call.op.invalidates)


def _invalid_body(response: httpx.Response, reason: str, url_source: str) -> APIResponseValidationError:
    kind = response.headers.get("content-type", "no content type")
    snippet = shorten(response.text, 120)
    return APIResponseValidationError(
        response,
        f"{response.request.url} answered {response.status_code} with a body that is not the expected JSON "
        f"({kind}: {snippet!r}; {reason}).{not_json_hint(response, url_source)}",
        body=snippet,
    )
