"""Per-attempt limits on an answer: a wall-clock deadline and a maximum size.

httpx's read timeout is per read, so a server that trickles a byte a second never trips it. The
answer's stream is wrapped so that reading it stops once the attempt's deadline has passed
(httpx.ReadTimeout: retried like any timeout) or once it grew past the size limit
(ResponseTooLargeError). The limit holds for the decoded answer too: a gzip or deflate answer is
decoded here, a slice at a time, and reading stops as soon as the decoded bytes pass the limit (a
small "gzip bomb" never grows in memory); httpx then sees it without its Content-Encoding.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator

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

    def too_large(self, size: int, decoded: bool = False) -> ResponseTooLargeError:
        request = self.response.request
        if decoded:
            what = (
                f"decodes to more than max_response_bytes={self.max_bytes} ({size} bytes or more from {self.received}"
            )
            what += " on the wire)"
        else:
            what = f"is larger than max_response_bytes={self.max_bytes} ({size} bytes or more)"
        return ResponseTooLargeError(
            f"{request.method} {request.url.path}: the answer {what}; raise max_response_bytes if it is expected",
            request=request,
        )


# The encodings decoded here, a slice at a time (httpx would decode each wire chunk whole).
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
_SLICE = 64 * 1024


class _Decoding:
    """Decodes the answer's Content-Encoding (gzip / deflate, possibly stacked) and counts the decoded bytes."""

    def __init__(self, encodings: list[str], bounds: _Bounds) -> None:
        self.bounds = bounds
        self.decoded = 0
        # decoded in the reverse order of their application
        self.stages = [_Stage(encoding) for encoding in reversed(encodings)]

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        """The decoded bytes of one wire chunk, a slice at a time."""
        pieces: Iterable[bytes] = [chunk]
        for stage in self.stages:
            pieces = stage.feed(pieces)
        return self._counted(pieces)

    def end(self) -> Iterator[bytes]:
        """What the decoders still hold once the wire stream ended."""
        pieces: Iterable[bytes] = []
        for stage in self.stages:
            pieces = stage.end(pieces)
        return self._counted(pieces)

    def _counted(self, pieces: Iterable[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            self.decoded += len(piece)
            if self.decoded > self.bounds.max_bytes:
                raise self.bounds.too_large(self.decoded, decoded=True)
            yield piece


class _Stage:
    """One encoding: zlib with a bounded output per call (deflate: zlib-wrapped, else raw, as httpx does)."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.wbits = _WBITS[encoding]
        self.first = True
        self.inflate = zlib.decompressobj(self.wbits)

    def feed(self, pieces: Iterable[bytes]) -> Iterator[bytes]:
        for data in pieces:
            while data:
                try:
                    out = self.inflate.decompress(data, _SLICE)
                except zlib.error as exc:
                    if not (self.first and self.encoding == "deflate"):
                        raise httpx.DecodingError(f"{self.encoding} answer: {exc}") from exc
                    self.inflate = zlib.decompressobj(-zlib.MAX_WBITS)  # a raw deflate stream
                    self.first = False
                    continue
                self.first = False
                data = self.inflate.unconsumed_tail
                if out:
                    yield out

    def end(self, pieces: Iterable[bytes]) -> Iterator[bytes]:
        yield from self.feed(pieces)
        rest = self.inflate.flush(_SLICE)
        while rest:
            yield rest
            rest = self.inflate.flush(_SLICE)


def _decoding(response: httpx.Response, bounds: _Bounds) -> _Decoding | None:
    """A decoder for the answer's Content-Encoding when every coding is one decoded here (httpx then
    sees the answer unencoded); None otherwise (identity, or a coding httpx decodes itself)."""
    encodings = [e.strip().lower() for value in response.headers.get_list("content-encoding") for e in value.split(",")]
    encodings = [e for e in encodings if e and e != "identity"]
    if not encodings or any(e not in _WBITS for e in encodings):
        return None
    del response.headers["content-encoding"]
    return _Decoding(encodings, bounds)


class _SyncBounded(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, bounds: _Bounds, decoding: _Decoding | None) -> None:
        self.inner = inner
        self.bounds = bounds
        self.decoding = decoding

    def __iter__(self) -> Iterator[bytes]:
        decoding = self.decoding
        for chunk in self.inner:
            self.bounds.count(chunk)
            if decoding is None:
                yield chunk
            else:
                yield from decoding.feed(chunk)
        if decoding is not None:
            yield from decoding.end()

    def close(self) -> None:
        self.inner.close()


class _AsyncBounded(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, bounds: _Bounds, decoding: _Decoding | None) -> None:
        self.inner = inner
        self.bounds = bounds
        self.decoding = decoding

    async def __aiter__(self) -> AsyncIterator[bytes]:
        decoding = self.decoding
        async for chunk in self.inner:
            self.bounds.count(chunk)
            if decoding is None:
                yield chunk
            else:
                for piece in decoding.feed(chunk):
                    yield piece
        if decoding is not None:
            for piece in decoding.end():
                yield piece

    async def aclose(self) -> None:
        await self.inner.aclose()


def bounded(
    response: httpx.Response, max_bytes: int, ends: float | None
) -> httpx.SyncByteStream | httpx.AsyncByteStream:
    """`response.stream`, counted, timed and decoded (raises at once when Content-Length is already too large)."""
    bounds = _Bounds(response, max_bytes, ends)
    decoding = _decoding(response, bounds)
    stream = response.stream
    if isinstance(stream, httpx.AsyncByteStream):
        return _AsyncBounded(stream, bounds, decoding)
    assert isinstance(stream, httpx.SyncByteStream)
    return _SyncBounded(stream, bounds, decoding)
