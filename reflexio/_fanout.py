"""Bounded concurrency over a lazily read iterator: threads (sync client) or tasks (async client).

`Fanout(n).run(jobs, send)` calls `send(job)` for every job with at most `n` running at once; the
iterator is read one job at a time as a worker frees up, so an endless or huge input is never
held in memory. The first exception a worker meets (from `send` or from the iterator) stops the
others from taking new jobs and is raised once the running ones finish.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

T = TypeVar("T")


def check_concurrency(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"concurrency must be an int >= 1, not {value!r}")
    return value


class Fanout:
    def __init__(self, workers: int) -> None:
        self.workers = check_concurrency(workers)

    def run(self, jobs: Iterator[T], send: Callable[[T], object]) -> None:
        lock = threading.Lock()
        errors: list[BaseException] = []

        def work() -> None:
            while not errors:
                with lock:
                    try:
                        job = next(jobs)
                    except StopIteration:
                        return
                    except BaseException as exc:
                        errors.append(exc)
                        return
                try:
                    send(job)
                except BaseException as exc:
                    errors.append(exc)
                    return

        threads = [threading.Thread(target=work, name="reflexio-fanout", daemon=True) for _ in range(self.workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]


class AsyncFanout:
    def __init__(self, workers: int) -> None:
        self.workers = check_concurrency(workers)

    async def run(self, jobs: Iterator[T], send: Callable[[T], Awaitable[object]]) -> None:
        errors: list[BaseException] = []

        async def work() -> None:
            while not errors:
                try:  # one event loop: no two tasks advance the iterator at once
                    job = next(jobs)
                except StopIteration:
                    return
                except BaseException as exc:
                    errors.append(exc)
                    return
                try:
                    await send(job)
                except BaseException as exc:
                    errors.append(exc)
                    return

        import asyncio  # here, not at import: a sync program never loads asyncio

        await asyncio.gather(*(work() for _ in range(self.workers)))
        if errors:
            raise errors[0]
