"""Test doubles for code that calls Reflexio: `FakeReflexio`, an in-memory server for the real clients.

    from reflexio.testing import FakeReflexio

    fake = FakeReflexio()
    with fake.client() as client:  # a real ReflexioClient; its requests never leave the process
        client.publish_interaction(user_id="u1", session_id="s1", interactions=[{"role": "user", "content": "hi"}])
        assert len(client.get_requests(user_id="u1").sessions) == 1

As a pytest plugin (`pytest -p reflexio.testing`, or `pytest_plugins = ["reflexio.testing"]` in a
conftest.py) it offers the fixtures `reflexio_fake` (a fresh FakeReflexio), `reflexio_client` (a
ReflexioClient answered by it), `reflexio_async_client` (needs pytest-asyncio) and
`reflexio_fake_url` (the fake served on loopback, with REFLEXIO_API_URL set to it); options of the
client fixtures go in `@pytest.mark.reflexio_client(...)`. Nothing here is imported by `import reflexio`.
"""

from __future__ import annotations

import sys

from ._clock import FakeClock
from ._fake import FAKE_URL, STATEFUL_OPERATIONS, FakeReflexio, RecordedRequest
from ._learning import Learned, Learner, Published

__all__ = [
    "FAKE_URL",
    "STATEFUL_OPERATIONS",
    "FakeClock",
    "FakeReflexio",
    "Learned",
    "Learner",
    "Published",
    "RecordedRequest",
]

if "pytest" in sys.modules:  # loaded by pytest (as a plugin with `-p reflexio.testing`): offer the fixtures
    from ._plugin import (  # noqa: F401
        pytest_configure,
        pytest_runtest_makereport,
        reflexio_async_client,
        reflexio_client,
        reflexio_fake,
        reflexio_fake_url,
    )
