"""The pytest fixtures and hooks of `pytest -p reflexio.testing`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator
from typing import Any

import pytest

from reflexio import AsyncReflexioClient, ReflexioClient

from ._fake import FakeReflexio

MARKER = "reflexio_client"
_CALL_FAILED = pytest.StashKey[bool]()

try:  # the async fixture needs an async test plugin; pytest-asyncio's decorator works in strict and auto mode
    from pytest_asyncio import fixture as _async_fixture
except ImportError:  # pragma: no cover - without pytest-asyncio (anyio's plugin runs plain async fixtures)
    _async_fixture = pytest.fixture  # type: ignore[assignment]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): ReflexioClient options (max_retries, timeout, on_error, ...) of the "
        "reflexio_client and reflexio_async_client fixtures",
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    outcome: Any = yield
    report = outcome.get_result()
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed


def client_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The options of the closest `@pytest.mark.reflexio_client(...)`, or none."""
    marker = request.node.get_closest_marker(MARKER)
    if marker is None:
        return {}
    if marker.args:
        raise TypeError(f"@pytest.mark.{MARKER} takes keyword options only (max_retries=0, timeout=1, ...)")
    return dict(marker.kwargs)


@pytest.fixture
def reflexio_fake(request: pytest.FixtureRequest) -> Iterator[FakeReflexio]:
    """A fresh in-memory Reflexio server for one test (inject faults, inspect `.requests`).

    At teardown its clients are closed, and a passing test fails when a fault it injected never
    fired or an async client it made was left open with calls queued.
    """
    fake = FakeReflexio()
    yield fake
    problems = fake.close_clients()
    problems += [f"injected fault never fired: {fault}" for fault in fake.unfired_faults()]
    if problems and not request.node.stash.get(_CALL_FAILED, False):
        pytest.fail("reflexio.testing: " + "; ".join(problems), pytrace=False)


@pytest.fixture
def reflexio_client(reflexio_fake: FakeReflexio, request: pytest.FixtureRequest) -> Iterator[ReflexioClient]:
    """A ReflexioClient answered by `reflexio_fake`, closed (and flushed) after the test.

    Options: `@pytest.mark.reflexio_client(max_retries=0, timeout=1, on_error=...)`.
    """
    with reflexio_fake.client(**client_options(request)) as client:
        yield client


@_async_fixture
async def reflexio_async_client(
    reflexio_fake: FakeReflexio, request: pytest.FixtureRequest
) -> AsyncIterator[AsyncReflexioClient]:
    """An AsyncReflexioClient answered by `reflexio_fake`, closed (and flushed) in the test's event loop.

    Needs pytest-asyncio; options as for `reflexio_client`.
    """
    async with reflexio_fake.async_client(**client_options(request)) as client:
        yield client


@pytest.fixture
def reflexio_fake_url(reflexio_fake: FakeReflexio, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """`reflexio_fake` served on a loopback port, with REFLEXIO_API_URL pointing at it for the test:
    for code that makes its own `ReflexioClient()`."""
    with reflexio_fake.serve() as url:
        monkeypatch.setenv("REFLEXIO_API_URL", url)
        monkeypatch.delenv("REFLEXIO_API_KEY", raising=False)
        yield url
