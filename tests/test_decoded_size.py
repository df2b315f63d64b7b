"""max_response_bytes holds for the decoded answer: a gzip bomb from a real local HTTP server is refused
with ResponseTooLargeError, and decoding stops there (memory stays bounded)."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib

import pytest
from clients import make_client
from fault_server import FaultServer, Reply

import reflexio

LIMIT = 1_000_000


def _bomb(decoded_mb: int) -> bytes:
    """A gzip stream of `decoded_mb` MiB of JSON-ish spaces, made without holding them in memory."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * (1 << 20)
    parts = [packer.compress(b"{" + block)]
    parts += [packer.compress(block) for _ in range(decoded_mb - 1)]
    parts.append(packer.compress(b"}") + packer.flush())
    return b"".join(parts)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return _bomb(256)  # 256 MiB decoded from a few hundred KiB on the wire


def _gzip_reply(body: bytes, encoding: str = "gzip") -> Reply:
    return Reply(200, body, {"Content-Type": "application/json", "Content-Encoding": encoding})


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_gzip_bomb_is_refused_and_never_decoded_whole(kind: str, bomb: bytes) -> None:
    assert len(bomb) < LIMIT  # the wire size alone passes the limit
    with FaultServer(_gzip_reply(bomb)) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0, max_response_bytes=LIMIT)
        tracemalloc.start()
        try:
            with pytest.raises(reflexio.ResponseTooLargeError) as info:
                client.whoami()
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            client.close()
    assert f"decodes to more than max_response_bytes={LIMIT}" in str(info.value), info.value
    assert peak < 16 * LIMIT, f"decoding held {peak} bytes at its peak"  # not the 256 MiB it decodes to
    assert len(server.requests) == 1


WHOAMI = {"success": True, "org_id": "self-host-org", "server_version": "0.2.32"}


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    "encoding, body",
    [
        ("gzip", gzip.compress(json.dumps(WHOAMI).encode())),
        ("deflate", zlib.compress(json.dumps(WHOAMI).encode())),  # zlib-wrapped
        ("deflate", zlib.compress(json.dumps(WHOAMI).encode(), wbits=-zlib.MAX_WBITS)),  # raw deflate
        ("gzip, gzip", gzip.compress(gzip.compress(json.dumps(WHOAMI).encode()))),
    ],
    ids=["gzip", "deflate-zlib", "deflate-raw", "gzip-twice"],
)
def test_an_encoded_answer_within_the_limit_parses(kind: str, encoding: str, body: bytes) -> None:
    with FaultServer(_gzip_reply(body, encoding)) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        answer = client.whoami()
        client.close()
    assert answer.org_id == "self-host-org"


def test_an_answer_that_decodes_just_past_the_limit_is_refused() -> None:
    body = json.dumps({**WHOAMI, "pad": "x" * LIMIT}).encode()
    with FaultServer(_gzip_reply(gzip.compress(body))) as server:
        client = make_client("sync", url_endpoint=server.url, max_retries=0, max_response_bytes=LIMIT)
        with pytest.raises(reflexio.ResponseTooLargeError, match="decodes to more than"):
            client.whoami()
        client.close()


def test_a_corrupt_gzip_answer_is_a_typed_error() -> None:
    with FaultServer(_gzip_reply(b"\x1f\x8b not gzip at all")) as server:
        client = make_client("sync", url_endpoint=server.url, max_retries=0)
        with pytest.raises(reflexio.ReflexioError):
            client.whoami()
        client.close()
