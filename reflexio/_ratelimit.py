"""Rate-limit pacing: learn a route's limit from its 429 and space later calls so they fit it.

Pure logic (no I/O, no sleeping), shared by the sync and async send loops and by every thread and
task of one client. Reflexio (slowapi) limits each route per client address in fixed windows and
answers a 429 whose body names the limit (`{"error": "Rate limit exceeded: 60 per 1 minute"}`);
proxies and newer servers may send `Retry-After` or `RateLimit-*` / `X-RateLimit-*` headers instead.

Pacing is a sliding log per operation: a call may go when fewer than `limit` calls of that
operation went in the last `period` (plus a small margin). That holds for any fixed window,
whatever its alignment, and still lets a burst of `limit` calls go at once.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field

import httpx

from ._retry import parse_retry_after

MARGIN = 0.02  # a window is taken to last 2% longer: the server's clock starts when our call arrives
HISTORY = 1024  # sends remembered per operation before (and beyond) a known limit

_UNITS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "month": 2592000.0, "year": 31536000.0}
_LIMIT_TEXT = re.compile(r"(\d+)\s*(?:per|/)\s*(\d+(?:\.\d+)?)?\s*(second|minute|hour|day|month|year)s?", re.IGNORECASE)


@dataclass(frozen=True)
class RateLimit:
    """What a 429 told about its limit: `limit` calls per `period` seconds, and/or when the window reopens."""

    limit: int | None = None
    period: float | None = None
    reset_after: float | None = None
    text: str | None = None  # the limit as the server words it, e.g. "60 per 1 minute"

    @property
    def usable(self) -> bool:
        """True when it says enough to wait for the window instead of guessing a backoff."""
        return bool(self.limit and self.period) or self.reset_after is not None

    def describe(self) -> str | None:
        if self.text:
            return self.text
        if self.limit and self.period:
            return f"{self.limit} per {self.period:g} s"
        return None


def parse_limit_text(text: str) -> tuple[int, float, str] | None:
    """("60 per 1 minute" or "60/minute") -> (60, 60.0, "60 per 1 minute")."""
    match = _LIMIT_TEXT.search(text)
    if match is None:
        return None
    count, amount, unit = match.groups()
    return int(count), float(amount or 1) * _UNITS[unit.lower()], match.group(0)


def parse_rate_limit(response: httpx.Response, wall_now: float | None = None) -> RateLimit:
    """Everything a 429 says about its limit: body text, Retry-After, RateLimit-* and X-RateLimit-* headers."""
    headers = response.headers
    limit: int | None = None
    period: float | None = None
    text: str | None = None
    parsed = parse_limit_text(_error_text(response))
    if parsed is not None:
        limit, period, text = parsed
    policy = headers.get("ratelimit-policy") or headers.get("x-ratelimit-policy")
    if policy:  # IETF draft: "60;w=60"
        match = re.match(r"\s*(\d+)\s*;\s*w\s*=\s*(\d+(?:\.\d+)?)", policy)
        if match:
            limit, period = limit or int(match.group(1)), period or float(match.group(2))
    if limit is None:
        limit = _first_int(headers.get("ratelimit-limit") or headers.get("x-ratelimit-limit"))
    reset = parse_retry_after(headers, now=wall_now)
    if reset is None:
        reset = _reset_seconds(headers.get("ratelimit-reset") or headers.get("x-ratelimit-reset"), wall_now)
    if reset is not None and reset <= 0:
        reset = None
    return RateLimit(limit=limit, period=period, reset_after=reset, text=text)


def _error_text(response: httpx.Response) -> str:
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError):
        return response.text[:500]
    if isinstance(body, dict):
        return " ".join(str(body.get(k, "")) for k in ("error", "detail", "message"))
    return json.dumps(body)[:500]


def _first_int(value: str | None) -> int | None:
    match = re.match(r"\s*(\d+)", value or "")
    return int(match.group(1)) if match else None


def _reset_seconds(value: str | None, wall_now: float | None) -> float | None:
    """Seconds until the window reopens; a value past 10^9 is a unix time (slowapi's X-RateLimit-Reset)."""
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None
    if seconds is not None and seconds > 1e9:
        seconds -= time.time() if wall_now is None else wall_now
    return seconds


@dataclass
class _Lane:
    """One operation's pacing state: its known limit and its recent send times (ascending)."""

    sent: deque[float] = field(default_factory=lambda: deque(maxlen=HISTORY))
    limit: int | None = None
    period: float | None = None
    text: str | None = None
    blocked_until: float = 0.0

    def window(self) -> float:
        assert self.period is not None
        return self.period * (1 + MARGIN)


class Pacer:
    """Send slots per operation, shared by every thread and task of a client (and its with_options views).

    `reserve` hands out the time a call may be sent; `release` gives back one that was not used or
    was refused; `limited` records what a 429 said. Times are `time.monotonic()` seconds.
    """

    def __init__(self) -> None:
        self._lanes: dict[str, _Lane] = {}
        self._lock = threading.Lock()

    def reserve(self, key: str, now: float) -> float:
        """The time (>= now) the next call of `key` may be sent; the slot is taken."""
        with self._lock:
            lane = self._lanes.get(key)
            if lane is None:
                lane = self._lanes[key] = _Lane()
            slot = max(now, lane.blocked_until)
            if lane.sent:
                slot = max(slot, lane.sent[-1])
            if lane.limit and lane.period and len(lane.sent) >= lane.limit:
                slot = max(slot, lane.sent[-lane.limit] + lane.window())
            lane.sent.append(slot)
            return slot

    def sent_at(self, key: str, slot: float, at: float) -> float:
        """The call of `slot` went out at `at` (a late wake-up): log the real time, keeping the log sorted."""
        with self._lock:
            lane = self._lanes.get(key)
            if lane is None or at <= slot:
                return slot
            try:
                i = lane.sent.index(slot)
            except ValueError:
                return slot
            del lane.sent[i]
            while i < len(lane.sent) and lane.sent[i] < at:
                i += 1
            lane.sent.insert(i, at)
            return at

    def release(self, key: str, slot: float) -> None:
        """Forget a reserved send: it was never sent, or the server refused it (429) without counting it."""
        with self._lock:
            lane = self._lanes.get(key)
            if lane is not None:
                with contextlib.suppress(ValueError):  # already forgotten (trimmed from the history)
                    lane.sent.remove(slot)

    def limited(self, key: str, info: RateLimit, now: float) -> None:
        """A call of `key` got a 429 at `now` saying `info`: later slots respect it."""
        with self._lock:
            lane = self._lanes.setdefault(key, _Lane())
            if info.limit and info.period:
                if (lane.limit, lane.period) != (info.limit, info.period):
                    lane.sent = deque(lane.sent, maxlen=max(HISTORY, 2 * info.limit))
                lane.limit, lane.period, lane.text = info.limit, info.period, info.describe()
            if info.reset_after is not None:
                lane.blocked_until = max(lane.blocked_until, now + info.reset_after)
            elif lane.limit and lane.period:
                if not self._explains(lane, now):
                    # Others share the window (other processes on this address, earlier sends): it
                    # is full now and reopens within one period.
                    lane.blocked_until = max(lane.blocked_until, now + lane.window())
                elif len(lane.sent) < lane.limit or lane.sent[-lane.limit] + lane.window() <= now:
                    # The server's window opened a little after ours (a late first call): try again
                    # in a small step, not in a burst.
                    lane.blocked_until = max(lane.blocked_until, now + MARGIN * lane.period)

    @staticmethod
    def _explains(lane: _Lane, now: float) -> bool:
        """Our own sends can fill the window: `limit` of them went in the last two periods.

        (Two: the server's window may have opened a little after our log says, with a late call.)
        """
        assert lane.limit is not None
        start = now - 2 * lane.window()
        return sum(1 for t in lane.sent if start <= t <= now) >= lane.limit

    def describe(self, key: str) -> str | None:
        """The limit known for `key`, as the server worded it."""
        with self._lock:
            lane = self._lanes.get(key)
            return lane.text if lane is not None else None
