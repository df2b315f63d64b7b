"""FakeReflexio: an in-memory Reflexio server as an httpx transport, with fault injection and a call log."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from . import _admin, _memory, _records  # noqa: F401  (importing them registers their handlers)
from ._clock import FakeClock
from ._learning import Learned, Learner, apply
from ._limits import rate_limited_body
from ._names import resolve_operation
from ._routes import match, path_exists
from ._state import HANDLERS, FakeState

if TYPE_CHECKING:
    from reflexio import AsyncReflexioClient, ReflexioClient

FAKE_URL = "http://reflexio.localhost"  # a loopback name: no plain-HTTP key warning
STATEFUL_OPERATIONS = frozenset(HANDLERS)  # the rest answer their spec example
# Reachable without the API key (GET only), as on the real server.
# The server refuses (403) a missing user agent, or one with these words, except on its probe paths.
SUSPICIOUS_AGENTS = ("bot", "crawler", "spider", "scraper", "curl", "wget")
UA_EXEMPT_PATHS = {"/health", "/health/live", "/health/ready", "/healthz", "/"}
OPEN_PATHS = {"/", "/health", "/healthz", "/healthz/eval", "/health/live", "/health/ready", "/meta/version"}


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received: `operation` is the spec's operation id (None: no such route)."""

    operation: str | None
    method: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    json: Any  # the parsed JSON body, None without one


@dataclass
class _Fault:
    name: str  # as the test named it: an operation id, a client method, or "*"
    operations: frozenset[str]  # the operation ids it applies to ({"*"}: every operation)
    remaining: int | None  # None: until cleared
    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    error: type[httpx.TransportError] | None = None  # raised instead of an answer
    message: str = ""
    processed: bool = False  # the error comes after the server applied the call
    delay: float = 0.0
    fired: int = 0

    def describe(self) -> str:
        if self.status is not None:
            kind = f"fail({self.name!r}, {self.status})"
        elif self.error is not None:
            kind = f"{self.error.__name__} on {self.name!r}"
        else:
            kind = f"slow_down({self.name!r}, {self.delay})"
        return kind if self.remaining is None else f"{kind} ({self.remaining} time(s) left)"


class FakeReflexio(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An in-memory stand-in for the Reflexio server, plugged into the real clients.

    `fake.client()` / `fake.async_client()` give a `ReflexioClient` / `AsyncReflexioClient` whose
    requests this object answers, statefully for publish, requests, interactions, profiles,
    playbooks, search, config, whoami and learning status, and with the spec's example answer for
    every other operation. Those clients wait on `fake.clock`, a virtual clock: backoff and
    rate-limit windows take no real time. `fail`, `time_out`, `drop_connection` and `slow_down`
    inject faults; `requests` and `calls` list what was sent; `learn` / `learn_on_publish` make it
    learn. `serve()` answers over loopback HTTP too, for code that builds its own client from
    REFLEXIO_API_URL.

    Wherever an operation is named, the spec's operation id (`"search_profiles"`) and any public
    method name of either client (`"search_user_profiles"`, deprecated ones included) are accepted;
    anything else raises ValueError.
    """

    def __init__(self, *, api_key: str | None = None) -> None:
        """`api_key`: when set, like a server started with a key, every call but health needs it (401)."""
        self.api_key = api_key
        self.clock = FakeClock()
        self._learner: Learner | None = None
        self._state = FakeState()
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        self._clients: list[ReflexioClient] = []
        self._async_clients: list[AsyncReflexioClient] = []

    def __repr__(self) -> str:
        stored = f"{len(self._state.requests)} requests, {len(self._state.profiles)} profiles stored"
        return f"FakeReflexio({stored}, {len(self.requests)} calls recorded)"

    # -- clients ----------------------------------------------------------------------------------

    def client(self, **options: Any) -> ReflexioClient:
        """A `ReflexioClient` answered by this fake, on its virtual clock; `options` are
        ReflexioClient's (max_retries, timeout, on_error, ...)."""
        from reflexio import ReflexioClient

        options.setdefault("api_key", self.api_key)
        client = ReflexioClient(url_endpoint=FAKE_URL, http_client=httpx.Client(transport=self), **options)
        client._shared.clock = self.clock
        self._clients.append(client)
        return client

    def async_client(self, **options: Any) -> AsyncReflexioClient:
        """An `AsyncReflexioClient` answered by this fake, on its virtual clock."""
        from reflexio import AsyncReflexioClient

        options.setdefault("api_key", self.api_key)
        client = AsyncReflexioClient(url_endpoint=FAKE_URL, http_client=httpx.AsyncClient(transport=self), **options)
        client._shared.clock = self.clock
        self._async_clients.append(client)
        return client

    def close_clients(self) -> list[str]:
        """Close the clients made by `client()` (flushing their fire-and-forget calls) and
        `async_client()`. An async client can only be flushed in its event loop (`aclose_clients`):
        one still open here has its queued calls reported as not sent. Returns a line per such client."""
        while self._clients:
            self._clients.pop().close()
        problems = []
        while self._async_clients:
            client = self._async_clients.pop()
            if not client._shared.closed:
                from reflexio._lifetime import shutdown

                shutdown(client._shared, 0)  # what it still queues is reported as not sent
                lost = client.background_stats.not_sent
                if lost:
                    problems.append(f"{client!r} was not closed: {lost} fire-and-forget call(s) never sent")
        return problems

    async def aclose_clients(self) -> None:
        """Close every client of this fake, flushing the async ones in the running event loop."""
        while self._async_clients:
            await self._async_clients.pop().aclose()
        self.close_clients()

    @contextmanager
    def serve(self, port: int = 0) -> Iterator[str]:
        """Answer over HTTP on 127.0.0.1 (a free port by default) while the block runs; yields the URL.

        A client of that URL is the caller's own: it waits on the real clock.
        """
        from ._serve import serve

        with serve(self, port) as url:
            yield url

    # -- faults -----------------------------------------------------------------------------------

    def fail(
        self,
        operation: str,
        status: int = 503,
        *,
        times: int | None = 1,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer the next `times` calls of `operation` ("*": any) with `status` (None times: until reset).

        The body defaults to the real server's: for 429 `{"error": "Rate limit exceeded: 60 per 1 minute"}`
        with the operation's own limit, `{"detail": ...}` otherwise. Nothing is stored by a failed call.
        """
        if body is None and status != 429:
            body = {"detail": f"injected {status} (reflexio.testing)"}
        self._add(operation, times, status=status, body=body, headers=dict(headers or {}))

    def time_out(
        self, operation: str, *, times: int | None = 1, connect: bool = False, processed: bool = False
    ) -> None:
        """Make the next `times` calls of `operation` time out: `httpx.ReadTimeout`, or `ConnectTimeout`.

        `processed=True` applies a call before its answer is lost (a read timeout after the server
        stored the publish), the case where retrying could duplicate a write.
        """
        kind = httpx.ConnectTimeout if connect else httpx.ReadTimeout
        message = "timed out (injected by reflexio.testing)"
        self._add(operation, times, error=kind, message=message, processed=processed and not connect)

    def drop_connection(self, operation: str, *, times: int | None = 1, processed: bool = False) -> None:
        """Reset the connection of the next `times` calls of `operation` before an answer: the client
        gets `httpx.ReadError` ("Connection reset by peer"), as from a crashed server or a proxy that
        dropped it. `processed=True`: the call was applied first. The client cannot tell whether it
        landed, so it retries only calls that are safe to repeat."""
        message = "[Errno 104] Connection reset by peer (injected by reflexio.testing)"
        self._add(operation, times, error=httpx.ReadError, message=message, processed=processed)

    def slow_down(self, operation: str, seconds: float, *, times: int | None = None) -> None:
        """Answer calls of `operation` after `seconds`; past the client's read timeout it gets ReadTimeout.

        For the fake's own clients the wait is virtual (`clock` moves on); over `serve()` it is real.
        """
        self._add(operation, times, delay=seconds)

    def reset_faults(self) -> None:
        """Remove every injected fault (fired or not)."""
        with self._lock:
            self._faults.clear()

    def unfired_faults(self) -> list[str]:
        """The injected faults no call has met yet, described."""
        with self._lock:
            return [fault.describe() for fault in self._faults if not fault.fired]

    def assert_faults_fired(self) -> None:
        """Raise AssertionError when an injected fault never fired: the code under test did not make
        the call the test meant to break (the pytest fixture checks this at teardown)."""
        unfired = self.unfired_faults()
        if unfired:
            raise AssertionError(
                "reflexio.testing: injected fault(s) never fired, so the test did not exercise them: "
                + "; ".join(unfired)
            )

    def _add(self, operation: str, times: int | None, **fault: Any) -> None:
        operations = resolve_operation(operation)
        if times is not None and times < 1:
            raise ValueError(f"times must be 1 or more (or None for every call), not {times}")
        with self._lock:
            self._faults.append(_Fault(operation, operations, times, **fault))

    def _take_fault(self, operation: str | None) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if "*" in fault.operations or operation in fault.operations:
                    fault.fired += 1
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining == 0:
                            self._faults.remove(fault)
                    return fault
        return None

    # -- learning ---------------------------------------------------------------------------------

    def learn(
        self,
        request_id: str,
        *,
        profiles: Sequence[str | Mapping[str, Any]] = (),
        playbooks: Sequence[str | Mapping[str, Any]] = (),
    ) -> None:
        """Finish the learning of a published request, as the server's extraction would: `profiles`
        and user `playbooks` (contents, or dicts of fields) are stored for its user, and its learning
        status becomes "done". Without a call to this (or `learn_on_publish`), the fake learns nothing."""
        state = self._state
        with state.lock:
            request = state.requests.get(request_id)
            if request is None:
                raise ValueError(f"no request {request_id!r} was published to this fake")
            apply(state, request, Learned(profiles=profiles, playbooks=playbooks))

    def learn_on_publish(self, learner: Learner | None) -> None:
        """Learn from every publish from now on: `learner(published)` returns `Learned(profiles=...,
        playbooks=...)` (or None: nothing found). Each request is then done learning at once; the
        profiles exist by the time publish_interaction returns. None switches it off."""
        self._learner = learner
        self._state.learner = learner

    # -- inspection -------------------------------------------------------------------------------

    def calls(self, operation: str) -> list[RecordedRequest]:
        """The recorded requests of one operation (an operation id or a client method name), oldest first."""
        wanted = resolve_operation(operation, wildcard=False)
        return [r for r in list(self.requests) if r.operation in wanted]

    def reset(self) -> None:
        """Forget everything stored, recorded and injected; the config returns to the server default.
        A learner set with `learn_on_publish` stays."""
        self._state = FakeState(learner=self._learner)
        self.requests.clear()
        self.reset_faults()

    # -- the transport ----------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        fault, answer = self._answer(request)
        if fault is not None and fault.delay:
            self.clock.advance(_pause(request, fault.delay))  # the fake's clients wait on this clock
        return _deliver(request, fault, answer)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        fault, answer = self._answer(request)
        if fault is not None and fault.delay:
            self.clock.advance(_pause(request, fault.delay))
            await asyncio.sleep(0)
        return _deliver(request, fault, answer)

    def _handle_served(self, request: httpx.Request) -> httpx.Response:
        """A request that came over loopback HTTP (`serve()`): a slow answer takes real time."""
        fault, answer = self._answer(request)
        if fault is not None and fault.delay:
            time.sleep(_pause(request, fault.delay))
        return _deliver(request, fault, answer)

    def _answer(self, request: httpx.Request) -> tuple[_Fault | None, httpx.Response | None]:
        """Record `request`, then answer it: the fault injected for its operation, or the server's
        answer (None: a fault that drops the call before the server sees it)."""
        found = match(request.method, request.url.path)
        operation = found[0].operation_id if found else None
        body = _parse(request.content)
        params = dict(request.url.params)
        self.requests.append(
            RecordedRequest(operation, request.method, request.url.path, params, dict(request.headers), body)
        )
        fault = self._take_fault(operation) if operation else None
        if fault is not None and fault.status is not None:
            body = rate_limited_body(operation) if fault.status == 429 and fault.body is None else fault.body
            return fault, _json(fault.status, body, fault.headers)
        if fault is not None and fault.error is not None and not fault.processed:
            return fault, None
        if found is None:
            if path_exists(request.url.path):
                return fault, _json(405, {"detail": "Method Not Allowed"})
            return fault, _json(404, {"detail": "Not Found"})
        route, path_params = found
        refused = _refused_user_agent(request)
        if refused:
            return fault, _json(403, {"detail": f"Forbidden: {refused} user agent"})
        if self.api_key and not (request.method == "GET" and route.path in OPEN_PATHS):
            scheme, _, credential = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or credential != self.api_key:
                return fault, _json(401, {"detail": "Authentication required"}, {"www-authenticate": "Bearer"})
        handled = self._state.handle(route.operation_id, {**params, **path_params}, body)
        status, answer = handled if handled is not None else (route.status, route.example())
        return fault, _json(status, answer)


def _refused_user_agent(request: httpx.Request) -> str | None:
    """Why the server's user-agent filter would refuse `request` (probe paths are exempt), or None."""
    if request.url.path in UA_EXEMPT_PATHS:
        return None
    agent = request.headers.get("user-agent", "").lower()
    if not agent:
        return "Missing"
    return "Suspicious" if any(word in agent for word in SUSPICIOUS_AGENTS) else None


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = (request.extensions.get("timeout") or {}).get("read")
    return None if timeout is None else float(timeout)


def _pause(request: httpx.Request, delay: float) -> float:
    """How long a slowed-down answer takes: `delay`, or until the client's read timeout fires."""
    timeout = _read_timeout(request)
    return delay if timeout is None else min(delay, timeout)


def _deliver(request: httpx.Request, fault: _Fault | None, answer: httpx.Response | None) -> httpx.Response:
    """The answer, or the transport error a fault asked for (raised as httpx's own transport would)."""
    if fault is not None and fault.error is not None:
        raise fault.error(fault.message, request=request)
    timeout = _read_timeout(request)
    if fault is not None and fault.delay and timeout is not None and fault.delay > timeout:
        raise httpx.ReadTimeout("timed out (slow_down in reflexio.testing)", request=request)
    assert answer is not None  # only a transport-error fault leaves no answer
    return answer


def _parse(content: bytes) -> Any:
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", "replace")


_correlation_ids = itertools.count(0x1000_0000)


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    content = b"" if body is None else json.dumps(body).encode()
    # like the real server: every answer carries a correlation id (8 hex characters)
    all_headers = {
        "content-type": "application/json",
        "x-correlation-id": f"{next(_correlation_ids) & 0xFFFFFFFF:08x}",
        **(headers or {}),
    }
    return httpx.Response(status, content=content, headers=all_headers)
