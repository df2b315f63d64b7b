"""Shared fixtures: real servers (one process per mode for the whole run) and clean client environments."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from clients import make_client
from hypothesis import settings
from prism import Prism, ensure_installed
from servers import SERVER_KEY, RealServer, launch, modes_used_by, shared, stop_all

__all__ = ["SERVER_KEY"]

ROOT = Path(__file__).resolve().parent.parent

# Fuzzing size (tests/test_fuzz_responses.py): answers generated per test. "ci" is the default;
# `make test-fast` passes --hypothesis-profile=fast.
settings.register_profile("ci", max_examples=10)
settings.register_profile("fast", max_examples=2)
settings.load_profile("ci")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the real servers the selected tests need in the background, while other tests run."""
    items = [item for item in session.items if item.get_closest_marker("server")]
    launch(sorted(set().union(*(modes_used_by(item) for item in items))))


@pytest.fixture(scope="session", autouse=True)
def _stop_servers() -> Iterator[None]:
    """The real servers started during the run (servers.shared) are stopped at its end."""
    yield
    stop_all()


@pytest.fixture(scope="session")
def real_server() -> RealServer:
    """The real server without an LLM: storage, config, read and delete endpoints work for real."""
    return shared("plain")


@pytest.fixture(scope="session")
def real_server_llm() -> RealServer:
    """The real server in its canned-LLM mode: extraction and generation endpoints answer."""
    return shared("llm")


@pytest.fixture(scope="session")
def real_server_key() -> RealServer:
    """The real server started with an API key: every route but health needs `Bearer <key>`."""
    return shared("key")


@pytest.fixture(scope="session")
def prism() -> Iterator[Prism]:
    """Prism serving openapi/reflexio.yaml: answers valid requests, refuses the ones the spec forbids."""
    ensure_installed()
    server = Prism()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How many generated answers test_fuzz_responses.py fed to the client."""
    from fuzzing import TRIED

    if TRIED:
        counts = ", ".join(f"{count} {kind}" for kind, count in sorted(TRIED.items()))
        terminalreporter.write_sep("-", f"response fuzzing: {sum(TRIED.values())} generated answers tried ({counts})")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's own Reflexio settings."""
    for name in ("REFLEXIO_API_KEY", "REFLEXIO_API_URL", "REFLEXIO_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Backoff delays the clients asked for; nothing really sleeps."""
    from reflexio._async._core import AsyncAPIClient
    from reflexio._sync._core import SyncAPIClient

    recorded: list[float] = []

    def fake(self: object, seconds: float) -> None:
        recorded.append(seconds)

    async def afake(self: object, seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(SyncAPIClient, "_sleep", fake)
    monkeypatch.setattr(AsyncAPIClient, "_sleep", afake)
    return recorded


@pytest.fixture
def unique() -> str:
    """A fresh id suffix, so tests sharing a server never see each other's data."""
    return uuid.uuid4().hex[:10]


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, real_server: RealServer) -> Iterator[object]:
    """A client of the plain real server: ReflexioClient, then AsyncReflexioClient behind a sync facade."""
    c = make_client(request.param, url_endpoint=real_server.url)
    yield c
    c.close()


@pytest.fixture(params=["sync", "async"])
def llm_client(request: pytest.FixtureRequest, real_server_llm: RealServer) -> Iterator[object]:
    """Like `client`, against the real server in canned-LLM mode (extraction endpoints answer)."""
    c = make_client(request.param, url_endpoint=real_server_llm.url)
    yield c
    c.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A full run must call every public client method through the sync/async fixtures at least once."""
    from clients import CALLED

    from reflexio import ReflexioClient

    option = session.config.option
    full_run = (
        not option.markexpr
        and not option.keyword
        and all(Path(arg).resolve() in (ROOT, ROOT / "tests") for arg in session.config.args)
    )
    if not full_run or exitstatus != 0:
        return
    public = {n for n in dir(ReflexioClient) if not n.startswith("_") and callable(getattr(ReflexioClient, n))}
    missing = sorted(public - CALLED)
    if missing:
        print(f"\nclient methods no test called through the sync/async fixtures: {missing}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    else:
        print(f"\nall {len(public)} public client methods were called through both clients")
