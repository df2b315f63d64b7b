"""reflexio.testing.FakeReflexio: state, spec answers, faults, the call log, loopback serving, cost.

The fake's answers are held to the real server's by tests/test_fake_contract.py; these tests need
no server.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import spec_ops

from reflexio import (
    APITimeoutError,
    AsyncReflexioClient,
    AuthenticationError,
    DuplicateRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ReflexioClient,
)
from reflexio.testing import STATEFUL_OPERATIONS, FakeReflexio

ROOT = Path(__file__).resolve().parent.parent
TURNS = [{"role": "user", "content": "I prefer tea"}, {"role": "assistant", "content": "Noted."}]


@pytest.fixture
def fake() -> FakeReflexio:
    return FakeReflexio()


@pytest.fixture
def client(fake: FakeReflexio) -> Any:
    with fake.client() as client:
        yield client


def publish(client: ReflexioClient, user: str = "u1", session: str = "s1", **extra: Any) -> Any:
    return client.publish_interaction(user_id=user, session_id=session, interactions=TURNS, **extra)


# -- state ----------------------------------------------------------------------------------------


def test_publish_then_list_then_delete(client: ReflexioClient, fake: FakeReflexio) -> None:
    first = publish(client, request_id="r1", source="web")
    publish(client, session="s2")
    assert first.success and first.request_id == "r1" and first.learning_status == "deferred"
    listed = client.get_requests(user_id="u1")
    assert {s.session_id for s in listed.sessions} == {"s1", "s2"}
    assert [i.content for i in client.get_requests(request_id="r1").sessions[0].requests[0].interactions] == [
        "I prefer tea",
        "Noted.",
    ]
    assert client.get_requests(user_id="u1", source="web").sessions[0].session_id == "s1"
    assert client.delete_session("s1") is None  # fire-and-forget, sent by the background worker
    assert client.flush(timeout=30)
    assert [s.session_id for s in client.get_requests(user_id="u1").sessions] == ["s2"]
    assert client.get_requests(user_id="someone-else").sessions == []


def test_a_duplicate_request_id_is_refused_like_the_server_does(client: ReflexioClient) -> None:
    publish(client, request_id="same")
    with pytest.raises(DuplicateRequestError) as refused:
        publish(client, request_id="same", session="other")
    assert refused.value.server_message == "request_id 'same' already exists"
    assert [s.session_id for s in client.get_requests(user_id="u1").sessions] == ["s1"]


def test_get_requests_pages_by_session(client: ReflexioClient) -> None:
    for n in range(5):
        publish(client, session=f"s{n}")
    first = client.get_requests(user_id="u1", top_k=2)
    rest = client.get_requests(user_id="u1", top_k=2, offset=2)
    last = client.get_requests(user_id="u1", top_k=2, offset=4)
    seen = [s.session_id for page in (first, rest, last) for s in page.sessions]
    assert sorted(seen) == [f"s{n}" for n in range(5)]
    assert first.has_more and rest.has_more and not last.has_more
    assert [s.session_id for s in client.iter_sessions(user_id="u1", top_k=2)] == seen


def test_learning_status_of_a_known_and_an_unknown_request(client: ReflexioClient) -> None:
    publish(client, request_id="r1")
    assert client.get_learning_status("r1") == "pending"
    with pytest.raises(NotFoundError, match="request not found"):
        client.get_learning_status("nope")


def test_profiles_add_get_search_update_delete(client: ReflexioClient, fake: FakeReflexio) -> None:
    client.add_user_profile([{"user_id": "u1", "content": "Prefers tea", "profile_id": "p1"}])
    client.add_user_profile([{"user_id": "u1", "content": "Writes Python", "profile_id": "p2"}])
    assert {p.profile_id for p in client.get_profiles(user_id="u1").user_profiles} == {"p1", "p2"}
    found = client.search_user_profiles(user_id="u1", query="python")
    assert [p.profile_id for p in found.user_profiles] == ["p2"]
    assert client.update_user_profile(user_id="u1", profile_id="p1", content="Prefers coffee").success
    assert not client.update_user_profile(user_id="u1", profile_id="missing", content="x").success
    profiles = client.get_profiles(user_id="u1", profile_id="p1", force_refresh=True).user_profiles
    assert profiles[0].content == "Prefers coffee"
    client.delete_profile(user_id="u1", search_query="coffee")
    client.flush(timeout=30)
    assert [p.profile_id for p in client.get_profiles(user_id="u1", force_refresh=True).user_profiles] == ["p2"]


def test_reads_are_cached_by_the_real_client(client: ReflexioClient, fake: FakeReflexio) -> None:
    client.get_profiles(user_id="u1")
    client.get_profiles(user_id="u1")
    assert len(fake.calls("get_profiles")) == 1
    client.add_user_profile([{"user_id": "u1", "content": "Prefers tea"}])  # a write drops the cached answer
    assert len(client.get_profiles(user_id="u1").user_profiles) == 1
    assert len(fake.calls("get_profiles")) == 2


def test_playbooks_add_get_update_delete(client: ReflexioClient) -> None:
    client.add_user_playbook([{"user_id": "u1", "agent_version": "v1", "request_id": "r1", "content": "Be brief"}])
    playbook = client.get_user_playbooks(user_id="u1").user_playbooks[0]
    client.update_user_playbook(user_playbook_id=playbook.user_playbook_id, content="Be very brief")
    assert client.search_user_playbooks(query="very brief").user_playbooks[0].content == "Be very brief"
    client.delete_user_playbook(playbook.user_playbook_id, wait_for_response=True)
    assert client.get_user_playbooks(user_id="u1").user_playbooks == []

    client.add_agent_playbooks([{"agent_version": "v1", "content": "Greet first"}])
    agent = client.get_agent_playbooks(agent_version="v1").agent_playbooks[0]
    assert agent.playbook_status == "pending"
    client.update_agent_playbook(agent_playbook_id=agent.agent_playbook_id, playbook_status="approved")
    approved = client.get_agent_playbooks(agent_version="v1", force_refresh=True).agent_playbooks
    assert approved[0].playbook_status == "approved"


def test_config_set_update_and_identity(client: ReflexioClient) -> None:
    assert client.get_config().window_size == 10  # the real server's default
    assert client.set_config({"window_size": 25, "stride_size": 10})["success"]
    assert client.update_config({"agent_context_prompt": "support bot"})["success"]
    config = client.get_config()
    assert (config.window_size, config.stride_size, config.agent_context_prompt) == (25, 10, "support bot")
    assert client.whoami().org_id == "self-host-org"


def test_clear_user_data_removes_what_the_user_owns(client: ReflexioClient) -> None:
    publish(client)
    publish(client, user="u2")
    client.add_user_profile([{"user_id": "u1", "content": "Prefers tea"}])
    cleared = client.clear_user_data("u1")
    assert cleared.success and cleared.message == "Cleared 4 row(s) for user 'u1'"
    assert client.get_requests(user_id="u1").sessions == []
    assert len(client.get_requests(user_id="u2").sessions) == 1


def test_reset_forgets_everything(client: ReflexioClient, fake: FakeReflexio) -> None:
    publish(client)
    fake.fail("*", 500, times=None)
    fake.reset()
    assert fake.requests == []
    assert client.get_requests(user_id="u1").sessions == []


# -- every other operation: the spec's example ------------------------------------------------------


@pytest.mark.parametrize("op", spec_ops.operations(), ids=str)
def test_every_operation_answers_a_valid_answer(op: spec_ops.SpecOp, client: ReflexioClient) -> None:
    response = op.module.sync_detailed(client=client.api_client, **spec_ops.call_kwargs(op))
    if op.operation_id in STATEFUL_OPERATIONS and response.status_code in (404, 422):
        return  # an example id the fake does not hold, a config without storage_config: refused as the server does
    assert response.status_code == op.success_status, response.content
    if op.returns is not type(None):
        assert isinstance(response.parsed, op.returns), response.content


def test_the_spec_answers_file_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/gen_fake_answers.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_unknown_routes_answer_like_the_server(fake: FakeReflexio) -> None:
    with httpx.Client(transport=fake, base_url="http://reflexio.localhost") as http:
        assert http.post("/api/nothing").json() == {"detail": "Not Found"}
        assert http.get("/api/publish_interaction").status_code == 405
        refused = http.post("/api/publish_interaction", json={"user_id": "x"})
        assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["body", "session_id"]
        crawler = http.get("/api/whoami", headers={"user-agent": "curl/8.0"})
        assert (crawler.status_code, crawler.json()) == (403, {"detail": "Forbidden: Suspicious user agent"})
        assert http.get("/health", headers={"user-agent": ""}).status_code == 200


# -- faults ---------------------------------------------------------------------------------------


def test_a_failing_call_is_retried_then_succeeds(fake: FakeReflexio, sleeps: list[float]) -> None:
    fake.fail("get_profiles", 503, times=2)
    with fake.client(max_retries=2) as client:
        assert client.get_profiles(user_id="u1").success
    assert len(fake.calls("get_profiles")) == 3 and len(sleeps) == 2


def test_rate_limited_with_the_servers_body(fake: FakeReflexio) -> None:
    fake.fail("publish_interaction", 429)
    with fake.client(timeout=1) as client:  # a window's wait does not fit in 1 s: the call fails
        with pytest.raises(RateLimitError) as caught:
            publish(client)
        assert caught.value.body == {"error": "Rate limit exceeded: 60 per 1 minute"}
        assert caught.value.limit == "60 per 1 minute"
    with fake.client() as client:  # a client that has not learned the limit: only one call failed
        assert publish(client).success
        assert len(client.get_requests(user_id="u1").sessions) == 1
    assert len(fake.calls("publish_interaction")) == 2


def test_failures_until_reset_and_for_any_operation(fake: FakeReflexio) -> None:
    fake.fail("*", 500, times=None, body={"detail": "boom"})
    with fake.client(max_retries=0) as client:
        for _ in range(3):
            with pytest.raises(InternalServerError):
                client.whoami()
        fake.reset_faults()
        assert client.whoami().success
    with pytest.raises(ValueError, match="times"):
        fake.fail("whoami", times=0)


def test_a_lost_answer_after_the_publish_landed(fake: FakeReflexio, sleeps: list[float]) -> None:
    """The case a resilience test wants: the client saw a timeout, the server stored the publish."""
    fake.time_out("publish_interaction", processed=True)
    with fake.client(max_retries=1) as client:
        result = publish(client, request_id="r1")  # the retry meets "already exists": it landed once
        assert result.success and result.request_id == "r1"
        assert result.additional_properties["replayed"] is True
        assert len(client.get_requests(user_id="u1").sessions) == 1
    assert len(fake.calls("publish_interaction")) == 2


def test_a_connect_timeout_is_retried(fake: FakeReflexio, sleeps: list[float]) -> None:
    fake.time_out("publish_interaction", connect=True)
    with fake.client() as client:
        assert publish(client).success
        assert len(client.get_requests(user_id="u1").sessions) == 1


def test_a_slow_answer_past_the_read_timeout(fake: FakeReflexio) -> None:
    fake.slow_down("whoami", 5.0)
    with fake.client(timeout=0.05, max_retries=0) as client, pytest.raises(APITimeoutError):
        client.whoami()
    fake.reset_faults()
    fake.slow_down("whoami", 0.01, times=1)
    with fake.client(max_retries=0) as client:
        assert client.whoami().success


def test_the_call_log(fake: FakeReflexio, client: ReflexioClient) -> None:
    publish(client, request_id="r1")
    client.get_learning_status("r1")
    sent = fake.calls("publish_interaction")[0]
    assert (sent.method, sent.path) == ("POST", "/api/publish_interaction")
    assert sent.json["interaction_data_list"][0]["content"] == "I prefer tea"
    assert sent.headers["user-agent"].startswith("reflexio-python/")
    assert fake.calls("get_learning_status")[0].params == {"request_id": "r1"}


# -- async, loopback, auth ------------------------------------------------------------------------


async def test_the_async_client(fake: FakeReflexio, sleeps: list[float]) -> None:
    fake.fail("get_requests", 503)
    async with fake.async_client() as client:
        assert isinstance(client, AsyncReflexioClient)
        await client.publish_interaction(user_id="u1", session_id="s1", interactions=TURNS)
        assert len((await client.get_requests(user_id="u1")).sessions) == 1
        await client.delete_session("s1")
        assert await client.flush(timeout=30)
        assert (await client.get_requests(user_id="u1")).sessions == []
    fake.slow_down("whoami", 5.0)
    async with fake.async_client(timeout=0.05, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.whoami()


def test_served_over_loopback_http(fake: FakeReflexio) -> None:
    with fake.serve() as url, ReflexioClient(url_endpoint=url) as client:
        publish(client)
        assert len(client.get_requests(user_id="u1").sessions) == 1
        fake.fail("whoami", 401, times=None)
        with pytest.raises(AuthenticationError):
            client.whoami()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/health", timeout=5)


def test_an_api_key_is_required_when_set() -> None:
    fake = FakeReflexio(api_key="secret-key")
    with fake.client(api_key="wrong") as client:
        with pytest.raises(AuthenticationError):
            client.whoami()
        assert client.api_client.get_httpx_client().get("/health").status_code == 200
    with fake.client() as client:  # the fake's own key by default
        assert client.whoami().success


# -- cost ------------------------------------------------------------------------------------------


def test_import_reflexio_does_not_load_the_fake() -> None:
    code = "import sys, reflexio; print('reflexio.testing' in sys.modules, 'pytest' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
    code = "import sys, reflexio.testing; print('pytest' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False"]  # outside pytest the fixtures are not defined: no pytest import


# -- the plugin, as a user runs it ----------------------------------------------------------------


def run_pytest(folder: Path, name: str, source: str) -> str:
    """Run `pytest -p reflexio.testing` on one test file in `folder`; return its output after success."""
    (folder / name).write_text(source)
    command = [sys.executable, "-m", "pytest", "-p", "reflexio.testing", "-p", "no:cacheprovider", "-q", name]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_readme_example_runs_with_the_plugin(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("```python\n# test_agent.py")
    example = readme[start + len("```python\n") : readme.index("```\n", start + 10)]
    assert "3 passed" in run_pytest(tmp_path, "test_agent.py", example)


def test_the_url_fixture_serves_code_that_makes_its_own_client(tmp_path: Path) -> None:
    source = """
from reflexio import ReflexioClient


def test_it(reflexio_fake_url, reflexio_fake):
    with ReflexioClient() as client:  # reads REFLEXIO_API_URL
        assert client.base_url == reflexio_fake_url + "/"
        client.publish_interaction(user_id="u", session_id="s", interactions=[{"role": "user", "content": "hi"}])
    assert len(reflexio_fake.calls("publish_interaction")) == 1
"""
    assert "1 passed" in run_pytest(tmp_path, "test_own_client.py", source)


def test_docs_list_what_the_fake_answers_from_state_and_from_the_spec() -> None:
    rows = [line.split("|")[1:4] for line in (ROOT / "docs" / "testing.md").read_text().splitlines()]
    listed = {
        cells[0].strip(): (set(re.findall(r"`(\w+)`", cells[1])), set(re.findall(r"`(\w+)`", cells[2])))
        for cells in rows
        if len(cells) == 3 and cells[0].strip() not in ("tag", "---")
    }
    expected: dict[str, tuple[set[str], set[str]]] = {}
    for op in spec_ops.operations():
        stateful, examples = expected.setdefault(op.tag, (set(), set()))
        (stateful if op.operation_id in STATEFUL_OPERATIONS else examples).add(op.operation_id)
    assert listed == expected
