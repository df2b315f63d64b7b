"""Fire-and-forget senders: a bounded queue drained by worker threads (sync) or tasks (async).

Each queued call is sent with the client's own send loop (same pool, same retries). A failure is
logged on the `reflexio` logger and handed to `on_error(exc, operation_id)`. `flush` waits for the
queue to drain; `close` flushes with a deadline and reports what it could not send (NotSentError).
A full queue blocks the caller (backpressure, bounded memory); `submit_timeout` turns that wait
into a BackgroundQueueFullError.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._exceptions import BackgroundQueueFullError, ClientClosedError, NotSentError
from ._operation import Operation

if TYPE_CHECKING:
    import asyncio  # imported by the async worker's methods: a sync program never loads it

log = logging.getLogger("reflexio")

# What users pass as on_error: any callable taking (exception, operation_id); its result is ignored.
ErrorCallback = Callable[[Exception, str], object]
_STOP: Any = object()


@dataclass
class BackgroundStats:
    submitted: int = 0
    succeeded: int = 0
    failed: int = 0
    not_sent: int = 0


class _Reporter:
    """What both workers share: counting outcomes and reporting failures."""

    def __init__(self, on_error: ErrorCallback | None, max_queue: int, workers: int, submit_timeout: float | None):
        if max_queue < 1 or workers < 1:
            raise ValueError("background_queue_size and background_workers must be >= 1")
        self.on_error = on_error
        self.max_queue = max_queue
        self.workers = workers
        self.submit_timeout = submit_timeout
        self.stats = BackgroundStats()

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

    def not_sent(self, ops: list[Operation[Any]]) -> None:
        """Report calls still queued at close: one log line, one on_error call each."""
        if not ops:
            return
        self.stats.not_sent += len(ops)
        log.error("%d fire-and-forget calls were never sent (still queued when the client closed)", len(ops))
        for op in ops:
            if self.on_error is not None:
                try:
                    self.on_error(NotSentError(f"{op.operation_id} was never sent: the client closed"), op.operation_id)
                except Exception:
                    log.exception("on_error callback raised")


class BackgroundWorker(_Reporter):
    """Threads that send queued calls with `send(op)`."""

    def __init__(
        self,
        send: Callable[[Operation[Any]], Any],
        *,
        on_error: ErrorCallback | None,
        max_queue: int,
        workers: int,
        submit_timeout: float | None = None,
    ) -> None:
        super().__init__(on_error, max_queue, workers, submit_timeout)
        self._send = send
        self._queue: queue.Queue[Any] = queue.Queue(max_queue)
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    @property
    def pending(self) -> int:
        return self._queue.unfinished_tasks

    def submit(self, op: Operation[Any]) -> None:
        if self._closed:
            raise ClientClosedError()
        self._start()
        self.stats.submitted += 1
        try:
            self._queue.put(op, timeout=self.submit_timeout)
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
            op = self._queue.get()
            try:
                if op is _STOP:
                    return
                self._send(op)
                self.succeeded()
            except BaseException as exc:
                self.failed(exc, op)
            finally:
                self._queue.task_done()

    def flush(self, timeout: float | None = None) -> bool:
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
        drained = self.flush(timeout)
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
    """Tasks, in the running event loop, that send queued calls with `await send(op)`."""

    def __init__(
        self,
        send: Callable[[Operation[Any]], Awaitable[Any]],
        *,
        on_error: ErrorCallback | None,
        max_queue: int,
        workers: int,
        submit_timeout: float | None = None,
    ) -> None:
        super().__init__(on_error, max_queue, workers, submit_timeout)
        self._send = send
        self._queue: asyncio.Queue[Any] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._closed = False

    @property
    def pending(self) -> int:
        return 0 if self._queue is None else self._queue._unfinished_tasks  # type: ignore[attr-defined]

    async def submit(self, op: Operation[Any]) -> None:
        import asyncio

        if self._closed:
            raise ClientClosedError()
        if self._queue is None:
            self._queue = asyncio.Queue(self.max_queue)
        if not self._tasks:
            self._tasks = [asyncio.create_task(self._run(self._queue)) for _ in range(self.workers)]
        self.stats.submitted += 1
        try:
            await asyncio.wait_for(self._queue.put(op), self.submit_timeout)
        except TimeoutError:
            self.stats.submitted -= 1
            raise self.queue_full() from None

    async def _run(self, jobs: asyncio.Queue[Any]) -> None:
        import asyncio

        while True:
            op = await jobs.get()
            try:
                await self._send(op)
                self.succeeded()
            except asyncio.CancelledError:
                self.not_sent([op])
                raise
            except BaseException as exc:
                self.failed(exc, op)
            finally:
                jobs.task_done()

    async def flush(self, timeout: float | None = None) -> bool:
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
        drained = await self.flush(timeout)
        self._closed = True
        for task in self._tasks:
            task.cancel()
        import asyncio

        await asyncio.gather(*self._tasks, return_exceptions=True)
        unsent = []
        while self._queue is not None and not self._queue.empty():
            unsent.append(self._queue.get_nowait())
            self._queue.task_done()
        self.not_sent(unsent)
        return drained


def close_at_exit(background: BackgroundWorker | AsyncBackgroundWorker, timeout: float) -> None:
    """At interpreter exit: send what is pending within `timeout` and report the rest.

    A thread worker is flushed; an async worker cannot run without its event loop, so every call
    it still holds is reported as not sent (use `async with` or `await client.aclose()`).
    """
    if isinstance(background, BackgroundWorker):
        background.close(timeout)
    elif background.pending:
        log.error(
            "%d fire-and-forget calls of an AsyncReflexioClient were never sent: "
            "close the client with `await client.aclose()` or `async with`",
            background.pending,
        )
