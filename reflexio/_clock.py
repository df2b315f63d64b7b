"""The time a client waits on: backoff, rate-limit windows and polling all read and sleep through it.

`Clock` is the real one (time.monotonic, time.sleep, asyncio.sleep). A client's `Shared` holds one,
so a test double can hand the client a virtual clock (reflexio.testing's FakeClock): the same waits
are asked for, in the same order, without waiting for real.
"""

from __future__ import annotations

import time


class Clock:
    """Monotonic seconds and sleeping, as the sync and async send loops use them."""

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio  # a sync program never loads it

        await asyncio.sleep(seconds)


REAL_CLOCK = Clock()
