"""FakeReflexio: an in-memory Reflexio server as an httpx transport, with fault injection and a call log."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from . import _admin, _memory, _records  # noqa: F401  (importing them registers their handlers)
from ._routes import match, path_exists
from ._state import HANDLERS, FakeState

if TYPE_CHECKING:
    from reflexio import AsyncReflexioClient, ReflexioClient

FAKE_URL = "http://reflexio.localhost"  # a loopback name: no plain-HTTP key warning
RATE_LIMITED = {"error": "Rate limit exceeded: 60 per 1 minute"}  # the real server's 429 body
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
    operation: str  # an operation id, or "*" for every operation
    remaining: int | None  # None: until cleared
    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    timeout: type[httpx.TimeoutException] | None = None
    processed: bool = False  # a read timeout after the server applied the call
    delay: float = 0.0


class FakeReflexio(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An in-memory stand-in for the Reflexio server, plugged into the real clients.

    `fake.client()` / `fake.async_client()` give a `ReflexioClient` / `AsyncReflexioClient` whose
    requests this object answers, statefully for publish, requests, interactions, profiles,
    playbooks, config, whoami and learning status, and with the spec's example answer for every
    other operation. `fail`, `time_out` and `slow_down` inject faults; `requests` lists what was sent.
    `serve()` answers over loopback HTTP too, for code that builds its own client from
    REFLEXIO_API_URL.
    """

    def __init__(self, *, api_key: str | None = None) -> None:
        """`api_key`: when set, like a server started with a key, every call but health needs it (401)."""
        self.api_key = api_key
        self._state = FakeState()
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        self._clients: list[ReflexioClient] = []

    def __repr__(self) -> str:
        stored = f"{len(self._state.requests)} requests, {len(self._state.profiles)} profiles stored"
        return f"FakeReflexio({stored}, {len(self.requests)} calls recorded)"

    # -- clients ----------------------------------------------------------------------------------

    def client(self, **options: Any) -> ReflexioClient:
        """A `ReflexioClient` answered by this fake; `options` are ReflexioClient's (max_retries, ...)."""
        from reflexio import ReflexioClient

        options.setdefault("api_key", self.api_key)
        client = ReflexioClient(url_endpoint=FAKE_URL, http_client=httpx.Client(transport=self), **options)
        self._clients.append(client)
        return client

    def async_client(self, **options: Any) -> AsyncReflexioClient:
        """An `AsyncReflexioClient` answered by this fake."""
        from reflexio import AsyncReflexioClient

        options.setdefault("api_key", self.api_key)
        return AsyncReflexioClient(url_endpoint=FAKE_URL, http_client=httpx.AsyncClient(transport=self), **options)

    def close_clients(self) -> None:
        """Close the sync clients made by `client()` (flushing their fire-and-forget calls)."""
        while self._clients:
            self._clients.pop().close()

    @contextmanager
    def serve(self, port: int = 0) -> Iterator[str]:
        """Answer over HTTP on 127.0.0.1 (a free port by default) while the block runs; yields the URL."""
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

        The body defaults to the real server's: `{"error": "Rate limit exceeded: ..."}` for 429,
        `{"detail": ...}` otherwise. Nothing is stored by a failed call.
        """
        if body is None:
            body = RATE_LIMITED if status == 429 else {"detail": f"injected {status} (reflexio.testing)"}
        self._add(_Fault(operation, times, status=status, body=body, headers=dict(headers or {})))

    def time_out(
        self, operation: str, *, times: int | None = 1, connect: bool = False, processed: bool = False
    ) -> None:
        """Make the next `times` calls of `operation` time out: `httpx.ReadTimeout`, or `ConnectTimeout`.

        `processed=True` applies a call before its answer is lost (a read timeout after the server
        stored the publish), the case where retrying could duplicate a write.
        """
        kind = httpx.ConnectTimeout if connect else httpx.ReadTimeout
        self._add(_Fault(operation, times, timeout=kind, processed=processed and not connect))

    def slow_down(self, operation: str, seconds: float, *, times: int | None = None) -> None:
        """Answer calls of `operation` after `seconds`; past the client's read timeout it gets ReadTimeout."""
        self._add(_Fault(operation, times, delay=seconds))

    def reset_faults(self) -> None:
        """Remove every injected fault."""
        with self._lock:
            self._faults.clear()

    def _add(self, fault: _Fault) -> None:
        if fault.remaining is not None and fault.remaining < 1:
            raise ValueError(f"times must be 1 or more (or None for every call), not {fault.remaining}")
        with self._lock:
            self._faults.append(fault)

    def _take_fault(self, operation: str | None) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.operation in ("*", operation):
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining == 0:
                            self._faults.remove(fault)
                    return fault
        return None

    # -- inspection -------------------------------------------------------------------------------

    def calls(self, operation: str) -> list[RecordedRequest]:
        """The recorded requests of one operation, oldest first."""
        return [r for r in list(self.requests) if r.operation == operation]

    def reset(self) -> None:
        """Forget everything stored, recorded and injected; the config returns to the server default."""
        self._state = FakeState()
        self.requests.clear()
        self.reset_faults()

    # -- the transport ----------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        fault, answer = self._answer(request)
        if fault is not None and fault.delay:
            time.sleep(_pause(request, fault.delay))
        return _deliver(request, fault, answer)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        fault, answer = self._answer(request)
        if fault is not None and fault.delay:
            await asyncio.sleep(_pause(request, fault.delay))
        return _deliver(request, fault, answer)

    def _answer(self, request: httpx.Request) -> tuple[_Fault | None, httpx.Response | None]:
        """Record `request`, then answer it: the fault injected for its operation, or the server's
        answer (None: a timeout fault that drops the call before the server sees it)."""
        found = match(request.method, request.url.path)
        operation = found[0].operation_id if found else None
        body = _parse(request.content)
        params = dict(request.url.params)
        self.requests.append(
            RecordedRequest(operation, request.method, request.url.path, params, dict(request.headers), body)
        )
        fault = self._take_fault(operation) if operation else None
        if fault is not None and fault.status is not None:
            return fault, _json(fault.status, fault.body, fault.headers)
        if fault is not None and fault.timeout is not None and not fault.processed:
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
    """The answer, or the timeout a fault asked for (raised as httpx's own transport would)."""
    if fault is not None and fault.timeout is not None:
        raise fault.timeout("timed out (injected by reflexio.testing)", request=request)
    timeout = _read_timeout(request)
    if fault is not None and fault.delay and timeout is not None and fault.delay > timeout:
        raise httpx.ReadTimeout("timed out (slow_down in reflexio.testing)", request=request)
    assert answer is not None  # only a timeout fault leaves no answer
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
