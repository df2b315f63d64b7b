"""docs/raw-endpoints.md's Python blocks run as written, against the fake served on loopback.

(They type-check under mypy and pyright --strict in tests/test_typing.py.)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from reflexio.testing import FakeReflexio

DOC = Path(__file__).resolve().parent.parent / "docs" / "raw-endpoints.md"


def test_the_raw_endpoint_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from reflexio_api.models import GetProfileStatisticsResponse

    blocks = re.findall(r"^```python\n(.*?)^```", DOC.read_text(), flags=re.S | re.M)
    assert len(blocks) >= 2, "docs/raw-endpoints.md lost its examples"
    fake = FakeReflexio()
    with fake.serve() as url:
        monkeypatch.setenv("REFLEXIO_API_URL", url)
        monkeypatch.delenv("REFLEXIO_API_KEY", raising=False)
        scope: dict[str, Any] = {}
        try:
            exec(compile("\n\n".join(blocks), str(DOC), "exec"), scope)
        finally:
            if "client" in scope:
                scope["client"].close()
    assert isinstance(scope["stats"], GetProfileStatisticsResponse)
    assert scope["response"].status_code == 200
    assert isinstance(scope["maybe_stats"], GetProfileStatisticsResponse)
    assert [r.operation for r in fake.requests][-3:] == [
        "get_profile_statistics",
        "health_check",
        "get_profile_statistics",
    ]
