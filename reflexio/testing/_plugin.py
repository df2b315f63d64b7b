"""The pytest fixtures of `pytest -p reflexio.testing`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reflexio import ReflexioClient

from ._fake import FakeReflexio


@pytest.fixture
def reflexio_fake() -> Iterator[FakeReflexio]:
    """A fresh in-memory Reflexio server for one test (inject faults, inspect `.requests`)."""
    fake = FakeReflexio()
    try:
        yield fake
    finally:
        fake.close_clients()


@pytest.fixture
def reflexio_client(reflexio_fake: FakeReflexio) -> Iterator[ReflexioClient]:
    """A ReflexioClient answered by `reflexio_fake`, closed (and flushed) after the test."""
    with reflexio_fake.client() as client:
        yield client


@pytest.fixture
def reflexio_fake_url(reflexio_fake: FakeReflexio, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """`reflexio_fake` served on a loopback port, with REFLEXIO_API_URL pointing at it for the test:
    for code that makes its own `ReflexioClient()`."""
    with reflexio_fake.serve() as url:
        monkeypatch.setenv("REFLEXIO_API_URL", url)
        monkeypatch.delenv("REFLEXIO_API_KEY", raising=False)
        yield url
