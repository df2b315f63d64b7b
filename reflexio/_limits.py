"""Per-attempt limits on an answer: a wall-clock deadline and a maximum size.

httpx's read timeout is per read, so a server that trickles a byte a second never trips it. The
answer's stream is wrapped so that reading it stops once the attempt's deadline has passed
(httpx.ReadTimeout: retried like any timeout) or once it grew past the size limit
(ResponseTooLargeError).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx

from ._exceptions import ResponseTooLargeError


def deadline(timeout: httpx.Timeout) -> float | None:
    """The end of an attempt started now: its longest phase timeout from now (None: no limit)."""
    phases = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
    return time.monotonic() + max(phases) if phases else None


class _Bounds:
    def __init__(self, response: httpx.Response, max_bytes: int, ends: float | None) -> None:
        self.response = response
        self.max_bytes = max_bytes
        self.ends = ends
        self.received = 0
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise self.too_large(int(length))

    def count(self, chunk: bytes) -> None:
        self.received += len(chunk)
        if self.received > self.max_bytes:
            raise self.too_large(self.received)
        if self.ends is not None and time.monotonic() > self.ends:
            raise httpx.ReadTimeout(
                f"the answer was still arriving when the attempt's deadline passed ({self.received} bytes read)",
                request=self.response.request,
            )

    def too_large(self, size: int) -> ResponseTooLargeError:
        request = self.response.request
        return ResponseTooLargeError(
            f"{request.method} {request.url.path}: the answer is larger than max_response_bytes="
            f"{self.max_bytes} ({size} bytes or more); raise max_response_bytes if it is expected",
            request=request,
        )


class _SyncBounded(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, bounds: _Bounds) -> None:
        self.inner = inner
        self.bounds = bounds

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            self.bounds.count(chunk)
            yield chunk

    def close(self) -> None:
        self.inner.close()


class _AsyncBounded(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, bounds: _Bounds) -> None:
        self.inner = inner
        self.bounds = bounds

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            self.bounds.count(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()


def bounded(
    response: httpx.Response, max_bytes: int, ends: float | None
) -> httpx.SyncByteStream | httpx.AsyncByteStream:
    """`response.stream`, counted and timed (raises at once when Content-Length is already too large)."""
    bounds = _Bounds(response, max_bytes, ends)
    stream = response.stream
    if isinstance(stream, httpx.AsyncByteStream):
        return _AsyncBounded(stream, bounds)
    assert isinstance(stream, httpx.SyncByteStream)
    return _SyncBounded(stream, bounds)
