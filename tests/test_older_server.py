"""A server older than the client's spec: a route it lacks says so, and the examples run against
one older real release (reflexio-ai 0.2.28, installed beside the target by `make compat` / .ci/run)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from clients import make_client
from fault_server import FaultServer, Reply
from reflexio_api.types import SPEC_SERVER_VERSION
from servers import REQUIRED
from test_examples import COVERED, run_example

import reflexio
from tools.launcher import RealServer, release_venv

OLDER = "0.2.28"  # lacks 14 of the spec's 100 operations, get_session_outcomes among them


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    "status, body", [(404, {"detail": "Not Found"}), (405, {"detail": "Method Not Allowed"})], ids=["404", "405"]
)
def test_no_such_route_names_the_specs_server_version(kind: str, status: int, body: dict[str, str]) -> None:
    with FaultServer(Reply(status, json.dumps(body))) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        with pytest.raises(reflexio.APIStatusError) as info:
            client.get_session_outcomes(session_ids=["s"])
        client.close()
    message = str(info.value)
    assert info.value.status_code == status
    assert "older than this client's spec" in message and f"reflexio-ai {SPEC_SERVER_VERSION}" in message, message


def test_a_handlers_own_404_gets_no_older_server_hint() -> None:
    with FaultServer(Reply(404, json.dumps({"detail": "Request 'r' not found"}))) as server:
        client = make_client("sync", url_endpoint=server.url, max_retries=0)
        with pytest.raises(reflexio.NotFoundError) as info:
            client.get_learning_status("r")
        client.close()
    assert "not found" in str(info.value) and "older" not in str(info.value)


@pytest.fixture(scope="module")
def older_server() -> Iterator[RealServer]:
    if not (release_venv(OLDER) / "bin" / "python").exists():
        message = f"reflexio-ai {OLDER} is not installed in {release_venv(OLDER)}: run `make compat`"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    with RealServer(name=f"rx-{OLDER}", release=OLDER, mock_llm=True) as server:
        yield server


@pytest.mark.server
def test_a_route_the_older_release_lacks_says_so(older_server: RealServer) -> None:
    with reflexio.ReflexioClient(url_endpoint=older_server.url, max_retries=0) as client:
        assert client.whoami().success
        with pytest.raises(reflexio.NotFoundError) as info:
            client.get_session_outcomes(session_ids=["s"])
    assert f"may be older than this client's spec (reflexio-ai {SPEC_SERVER_VERSION}" in str(info.value)


@pytest.mark.server
@pytest.mark.parametrize("name", sorted(COVERED))
def test_the_examples_run_against_an_older_release(older_server: RealServer, name: str) -> None:
    run_example(name, older_server.url)
