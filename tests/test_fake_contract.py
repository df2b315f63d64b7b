"""FakeReflexio cannot drift from the server: one scripted session (publish, list, delete, profiles,
playbooks, config) gives the same answers, field by field, from the real server and from the fake.

Ids and timestamps that legitimately differ are replaced by placeholders first (tests/fake_contract.py).
"""

from __future__ import annotations

import json

import pytest
from fake_contract import record

from reflexio.testing import FakeReflexio


@pytest.mark.server
def test_the_fake_answers_the_scripted_session_as_the_real_server(real_server) -> None:
    real = record(real_server.url)
    fake = record(FakeReflexio())
    assert [op for op, _, _ in fake] == [op for op, _, _ in real]
    for index, (expected, got) in enumerate(zip(real, fake, strict=True)):
        assert got == expected, (
            f"exchange {index} ({expected[0]}) differs:\nreal: {json.dumps(expected[1:])[:4000]}\n"
            f"fake: {json.dumps(got[1:])[:4000]}"
        )
    assert len(real) > 50  # the session ran to its end
