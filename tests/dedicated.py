"""Helpers for the domain tests: the server for org-wide calls, clients of it, polling.

Org-wide calls (delete_all_*, clear_user_data, upgrade_*, invalidate_cache, retrieval
experiments, evaluation regeneration) and the rate-limited generation endpoints run against
the run's org-wide server (`fresh_server`), so they cannot disturb, or be disturbed by, the
session-wide servers that every other test shares.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from clients import make_client
from servers import RealServer, shared

T = TypeVar("T")

# Nothing listens here: a client pointed at it fails with APIConnectionError on its first request,
# so a ValueError/TypeError from it proves the input was refused before any network traffic.
OFFLINE_URL = "http://127.0.0.1:9"


def fresh_server(name: str = "", offset: int | None = None, *, mock_llm: bool = False) -> Iterator[RealServer]:
    """The run's server for org-wide calls (canned-LLM mode with `mock_llm`), for one test module.

    One process per mode serves every module that asks, one module after another (pytest runs
    modules in turn), so a module may empty the org or change its experiments but must not
    expect an empty server: it sees its own data by unique ids. `name` and `offset` are
    accepted for old callers and ignored (the port is a free one).
    """
    yield shared("org-llm" if mock_llm else "org")


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
