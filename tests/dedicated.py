"""Helpers for the domain tests: a fresh real server per test module, clients of it, polling.

Org-wide calls (delete_all_*, clear_user_data, upgrade_*, invalidate_cache, retrieval
experiments, evaluation regeneration) and the rate-limited generation endpoints run against a
server of their own, so they cannot disturb, or be disturbed by, the session-wide servers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from clients import make_client
from servers import PORT_BASE, RealServer, skip_or_fail_without_server

T = TypeVar("T")

# Nothing listens here: a client pointed at it fails with APIConnectionError on its first request,
# so a ValueError/TypeError from it proves the input was refused before any network traffic.
OFFLINE_URL = "http://127.0.0.1:9"


def fresh_server(name: str, offset: int, *, mock_llm: bool = False) -> Iterator[RealServer]:
    """Start a real server with an empty data directory on PORT_BASE + offset; stop it afterwards."""
    skip_or_fail_without_server()
    server = RealServer(name, PORT_BASE + offset, mock_llm=mock_llm)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def clients_of(kind: str, url: str) -> Iterator[Any]:
    """A sync or async (behind the sync facade) client of `url`, closed afterwards."""
    client = make_client(kind, url_endpoint=url)
    try:
        yield client
    finally:
        client.close()


def offline(kind: str) -> Iterator[Any]:
    """A client of OFFLINE_URL that does not retry."""
    client = make_client(kind, url_endpoint=OFFLINE_URL, max_retries=0)
    try:
        yield client
    finally:
        client.close()


def wait_until(probe: Callable[[], T], what: str, timeout: float = 60.0) -> T:
    """Call `probe` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.2)
