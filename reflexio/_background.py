"""Fire-and-forget senders: a bounded queue drained by worker threads (sync) or tasks (async).

Each queued call is sent with the send loop of the client or view that queued it (same pool; that
view's retries and timeout). The worker keeps no other reference to a client. A failure is
logged on the `reflexio` logger and handed to `on_error(exc, operation_id)`. `flush` waits for the
queue to drain and is falsy when a call failed since the previous flush (so `assert client.flush()`
cannot pass over a lost call); `close` flushes with a deadline and reports what it could not send
(NotSentError).
A full queue blocks the caller (backpressure, bounded memory); `submit_timeout` turns that wait
into a BackgroundQueueFullError, and `submit(..., nowait=True)` raises it at once (the agent turn
helper: a turn never waits for Reflexio).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._exceptions import BackgroundQueueFullError, ClientClosedError, NotSentError
from ._operation import Operation

if TYPE_CHECKING:
    import asyncio  # imported by the async worker's methods: a sync program never loads it

log = logging.getLogger("reflexio")

# What users pass as on_error: any callable taking (exception, operation_id); its result is ignored.
ErrorCallback = Callable[[Exception, str], object]
Item = tuple[Any, Operation[Any]]  # (the client or view that queued the call, the call)
_STOP: Any = object()


@dataclass
class BackgroundStats:
    submitted: int = 0
    succeeded: int = 0
    failed: int = 0
    not_sent: int = 0


class _Reporter:
    """What both workers share: counting outcomes and reporting failures."""

    def __init__(
        self,
        on_error: ErrorCallback | None,
        max_queue: int,
        workers: int,
        submit_timeout: float | None,
        stats: BackgroundStats | None,
    ):
        if max_queue < 1 or workers < 1:
            raise ValueError("background_queue_size and background_workers must be >= 1")
        self.on_error = on_error
        self.max_queue = max_queue
        self.workers = workers
        self.submit_timeout = submit_timeout
        self.stats = stats or BackgroundStats()
        self._lost_seen = self.stats.failed + self.stats.not_sent  # failures a flush already reported

    def settle(self, drained: bool) -> bool:
        """A flush's answer: the queue drained and no call failed (or went unsent) since the last flush."""
        if not drained:
            return False
        lost = self.stats.failed + self.stats.not_sent
        clean = lost == self._lost_seen
        self._lost_seen = lost
        return clean

    def succeeded(self) -> None:
        self.stats.succeeded += 1

    def failed(self, exc: BaseException, op: Operation[Any]) -> None:
        self.stats.failed += 1
        log.error("fire-and-forget %s failed: %s", op.operation_id, exc)
        if self.on_error is not None:
            error = exc if isinstance(exc, Exception) else RuntimeError(f"{op.operation_id} interrupted: {exc!r}")
            try:
                self.on_error(error, op.operation_id)
            except Exception:  # a broken callback must not kill the worker
                log.exception("on_error callback raised")

    def queue_full(self) -> BackgroundQueueFullError:
        return BackgroundQueueFullError(
            f"{self.max_queue} fire-and-forget calls are already queued and none freed a slot within "
            f"{self.submit_timeout} s; call flush() or raise background_queue_size"
        )

    def not_sent(self, items: list[Item], why: str = "the client closed") -> None:
        """Report calls that were never sent: one log line, one on_error call each."""
        if not items:
            return
        self.stats.not_sent += len(items)
        log.error("%d fire-and-forget calls were never sent (%s)", len(items), why)
        for _, op in items:
            if self.on_error is not None:
                try:
                    self.on_error(NotSentError(f"{op.operation_id} was never sent: {why}"), op.operation_id)
                except Exception:
                    log.exception("on_error callback raised")


class BackgroundWorker(_Reporter):
    """Threads that send queued calls with `client._request(op)`."""

    def __init__(
        self,
        *,
        on_error: ErrorCallback | None,
        max_queue: int,
        workers: int,
        submit_timeout: float | None = None,
        stats: BackgroundStats | None = None,
    ) -> None:
        super().__init__(on_error, max_queue, workers, submit_timeout, stats)
        self._queue: queue.Queue[Any] = queue.Queue(max_queue)
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    @property
    def pending(self) -> int:
        return self._queue.unfinished_tasks

    def submit(self, client: Any, op: Operation[Any], *, nowait: bool = False) -> None:
        """Queue a call; a full queue waits submit_timeout, or raises at once with `nowait`."""
        if self._closed:
            raise ClientClosedError()
        self._start()
        self.stats.submitted += 1
        try:
            self._queue.put((client, op), block=not nowait, timeout=self.submit_timeout)
        except queue.Full:
            self.stats.submitted -= 1
            raise self.queue_full() from None

    def _start(self) -> None:
        if len(self._threads) == self.workers:
            return
        with self._lock:
            while len(self._threads) < self.workers:
                thread = threading.Thread(target=self._run, name="reflexio-background", daemon=True)
                thread.start()
                self._threads.append(thread)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                self._queue.task_done()
                return
            client, op = item
            try:
                client._request(op)
                self.succeeded()
            except BaseException as exc:
                self.failed(exc, op)
            finally:
                self._queue.task_done()
                del item, client  # a client with nothing queued can be collected (its finalizer may run here)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued call was sent; False if `timeout` ran out first or a call failed
        since the previous flush."""
        return self.settle(self._drain_queue(timeout))

    def _drain_queue(self, timeout: float | None) -> bool:
        """Wait until every queued call was sent (or failed); False if `timeout` ran out first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._queue.all_tasks_done:
            while self._queue.unfinished_tasks:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._queue.all_tasks_done.wait(remaining)
        return True

    def close(self, timeout: float | None) -> bool:
        """Flush within `timeout`, stop the threads, report every call that was never sent."""
        if self._closed:
            return True
        drained = self._drain_queue(timeout)
        self._closed = True
        unsent = []
        while True:
            try:
                unsent.append(self._queue.get_nowait())
            except queue.Empty:
                break
            self._queue.task_done()
        self.not_sent(unsent)
        if self._queue.unfinished_tasks:
            log.error(
                "%d fire-and-forget calls were still in flight when the client closed; their outcome is unknown",
                self._queue.unfinished_tasks,
            )
        for _ in self._threads:
            self._queue.put(_STOP)
        return drained


class AsyncBackgroundWorker(_Reporter):
    """Tasks, in the running event loop, that send queued calls with `await client._request(op)`."""

    def __init__(
        self,
        *,
        on_error: ErrorCallback | None,
        max_queue: int,
        workers: int,
        submit_timeout: float | None = None,
        stats: BackgroundStats | None = None,
    ) -> None:
        super().__init__(on_error, max_queue, workers, submit_timeout, stats)
        self._queue: asyncio.Queue[Any] | None = None
        self._unfinished = 0  # queued or being sent (asyncio.Queue keeps its own count private)
        self._tasks: list[asyncio.Task[None]] = []
        self._closed = False

    @property
    def pending(self) -> int:
        return self._unfinished

    async def submit(self, client: Any, op: Operation[Any], *, nowait: bool = False) -> None:
        """Queue a call; a full queue waits submit_timeout, or raises at once with `nowait`."""
        import asyncio

        if self._closed:
            raise ClientClosedError()
        if self._queue is None:
            self._queue = asyncio.Queue(self.max_queue)
        if not self._tasks:
            self._tasks = [asyncio.create_task(self._run(self._queue)) for _ in range(self.workers)]
        self.stats.submitted += 1
        self._unfinished += 1
        try:
            if nowait:
                self._queue.put_nowait((client, op))
            else:
                await asyncio.wait_for(self._queue.put((client, op)), self.submit_timeout)
        except (TimeoutError, asyncio.QueueFull):
            self._unfinished -= 1
            self.stats.submitted -= 1
            raise self.queue_full() from None

    async def _run(self, jobs: asyncio.Queue[Any]) -> None:
        import asyncio

        while True:
            item = await jobs.get()
            client, op = item
            try:
                await client._request(op)
                self.succeeded()
            except asyncio.CancelledError:  # the loop is ending (or the client closing): nothing more is sent
                self.not_sent([item, *self._drain()], "its event loop ended before it was sent")
                raise
            except BaseException as exc:
                self.failed(exc, op)
            finally:
                self._unfinished -= 1
                jobs.task_done()
                del item, client

    def _drain(self) -> list[Item]:
        items = []
        while self._queue is not None and not self._queue.empty():
            items.append(self._queue.get_nowait())
            self._unfinished -= 1
            self._queue.task_done()
        return items

    def abandon(self, why: str) -> None:
        """Without the event loop: report every queued call as not sent, cancel the tasks."""
        self._closed = True
        self.not_sent(self._drain(), why)
        for task in self._tasks:
            with contextlib.suppress(RuntimeError):  # its loop may be closed already
                task.cancel()

    async def flush(self, timeout: float | None = None) -> bool:
        """As BackgroundWorker.flush, in the event loop."""
        return self.settle(await self._drain_queue(timeout))

    async def _drain_queue(self, timeout: float | None) -> bool:
        import asyncio

        if self._queue is None:
            return True
        try:
            await asyncio.wait_for(self._queue.join(), timeout)
        except TimeoutError:
            return False
        return True

    async def close(self, timeout: float | None) -> bool:
        if self._closed:
            return True
        drained = await self._drain_queue(timeout)
        self._closed = True
        for task in self._tasks:
            task.cancel()
        import asyncio

        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.not_sent(self._drain())
        return drained
