"""The version: one number in reflexio/_version.py, carried by the User-Agent and named in the CHANGELOG."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from clients import make_client
from fault_server import FaultServer, Reply

import reflexio
from reflexio import ReflexioClient

ROOT = Path(__file__).resolve().parent.parent
WHOAMI = '{"success": true, "org_id": "org-1"}'


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_user_agent_on_the_wire_carries_the_version(kind: str) -> None:
    with FaultServer(Reply(body=WHOAMI)) as server:
        client = make_client(kind, url_endpoint=server.url)
        try:
            client.whoami()
        finally:
            client.close()
    assert server.requests[0].headers["User-Agent"] == f"reflexio-python/{reflexio.__version__}"


def test_raw_endpoints_send_the_same_user_agent() -> None:
    from reflexio_api.api.config import whoami

    with FaultServer(Reply(body=WHOAMI)) as server, ReflexioClient(url_endpoint=server.url) as client:
        response = whoami.sync_detailed(client=client.api_client)
    assert response.status_code == 200
    assert server.requests[0].headers["User-Agent"] == f"reflexio-python/{reflexio.__version__}"


def test_version_is_semantic_and_in_the_changelog() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", reflexio.__version__)
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert re.search(rf"^## {re.escape(reflexio.__version__)}\b", changelog, re.MULTILINE)
