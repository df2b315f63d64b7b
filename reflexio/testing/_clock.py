"""FakeClock: the virtual time of clients bound to a FakeReflexio (no real waiting)."""

from __future__ import annotations

import threading
import time

from reflexio._clock import Clock


class FakeClock(Clock):
    """Time that moves only when a client sleeps: a backoff or a rate-limit window takes no real time.

    `sleeps` lists every wait the clients asked for, in order; `now` is the virtual monotonic time.
    The client's decisions (which attempts, in which order, how long to wait) are the real ones.
    """

    def __init__(self) -> None:
        self._now = time.monotonic()
        self._lock = threading.Lock()
        self.sleeps: list[float] = []

    @property
    def now(self) -> float:
        return self._now

    @property
    def slept(self) -> float:
        """Seconds of virtual time the clients waited, in total."""
        return sum(self.sleeps)

    def monotonic(self) -> float:
        return self._now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
        self.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio

        self.sleep(seconds)
        await asyncio.sleep(0)  # still a point where other tasks run, as a real sleep is

    def advance(self, seconds: float) -> None:
        """Move virtual time forward (a slow answer of the fake does); negative amounts count as none."""
        with self._lock:
            self._now += max(0.0, seconds)
