"""Retry decisions and backoff: pure functions, shared by the sync and async send loops.

Policy (documented in docs/retries.md):
- connect-phase failures (the request provably never reached the server): every call;
- other transport failures (timeout or reset after sending), 408, 500, 502, 504: idempotent calls only;
- 409 is a state conflict (a tool call already resolved, ...): asking again gives the same answer, never retried;
- 429 and 503 (the server refused before doing anything): every call, writes included;
- `x-should-retry: true|false` from the server overrides the status rule;
- a refused connection to a loopback address (nothing listens there): retried after 20 ms, not backed off;
- delay: Retry-After / retry-after-ms when 0 < value <= MAX_RETRY_AFTER, else 0.5 s * 2^n capped at 8 s,
  times a 0.75-1.0 jitter; a Retry-After above the cap is not waited for: the error is raised.
"""

from __future__ import annotations

import email.utils
import math
import random
import time

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
REFUSED_STATUSES = frozenset({429, 503})
TRANSIENT_STATUSES = frozenset({408, 500, 502, 504})


def retry_on_transport_error(exc: httpx.TransportError, *, idempotent: bool) -> bool:
    return isinstance(exc, NOT_SENT_ERRORS) or idempotent


REFUSED_LOOPBACK_DELAY = 0.02


def refused_on_loopback(exc: BaseException, request: httpx.Request) -> bool:
    """A local server that is not running: worth no backoff (the official client fails in ms too)."""
    from ._options import is_loopback

    if not isinstance(exc, httpx.ConnectError) or not is_loopback(request.url.host):
        return False
    while exc is not None:
        if isinstance(exc, ConnectionRefusedError):
            return True
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return False


def retry_on_status(response: httpx.Response, *, idempotent: bool) -> bool:
    should = response.headers.get("x-should-retry")
    if should == "true":
        return True
    if should == "false":
        return False
    status = response.status_code
    return status in REFUSED_STATUSES or (idempotent and status in TRANSIENT_STATUSES)


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds the server asks us to wait (retry-after-ms, or Retry-After in seconds or HTTP date)."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return email.utils.mktime_tz(parsed) - (time.time() if now is None else now)


def backoff(retries_taken: int) -> float:
    delay = min(INITIAL_RETRY_DELAY * math.pow(2.0, min(retries_taken, 30)), MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def retry_delay(retries_taken: int, retry_after: float | None) -> float | None:
    """Delay before the next attempt, or None when the server asked for more than we wait."""
    if retry_after is not None and math.isfinite(retry_after):
        if retry_after > MAX_RETRY_AFTER:
            return None
        if retry_after > 0:
            return retry_after
    return backoff(retries_taken)
