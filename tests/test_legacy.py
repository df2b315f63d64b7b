"""The deprecated names of the older documentation, against the real server, sync and async.

Each alias warns once per process (DeprecationWarning naming its replacement), takes the old
request shapes and calls the current endpoint; login() refuses with a pointer to API keys.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pydantic
import pytest
from clients import make_client
from dedicated import offline, wait_until
from reflexio_api.models import (
    AddUserPlaybookResponse,
    DeleteSessionResponse,
    GetAgentPlaybooksViewResponse,
    GetUserPlaybooksViewResponse,
    PlaybookStatus,
    RerunPlaybookGenerationResponse,
    RunPlaybookAggregationResponse,
    UserPlaybookView,
)

from reflexio import APIError, ReflexioError
from reflexio._inputs import legacy

pytestmark = pytest.mark.server


@pytest.fixture(autouse=True)
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a fresh process would: no alias has warned yet."""
    monkeypatch.setattr(legacy, "_WARNED", set())


def deprecations(seen: list[warnings.WarningMessage], alias: str) -> list[str]:
    return [str(w.message) for w in seen if w.category is DeprecationWarning and f"{alias}()" in str(w.message)]


class RawFeedback(pydantic.BaseModel):
    """The shape of an old reflexio_commons raw feedback (a pydantic model)."""

    agent_version: str
    request_id: str
    user_id: str
    feedback_name: str
    feedback_content: str
    when_condition: str | None = None
    indexed_content: str | None = None


def raw_feedback(unique: str, **fields: Any) -> dict[str, Any]:
    return {
        "agent_version": f"v-{unique}",
        "request_id": f"req-{unique}",
        "user_id": f"user-{unique}",
        "feedback_name": f"fb-{unique}",
        **fields,
    }


def test_raw_feedbacks_are_added_and_read_as_user_playbooks(client, unique) -> None:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        added = client.add_raw_feedback(
            {
                "raw_feedbacks": [
                    raw_feedback(
                        unique,
                        feedback_content="Be polite",
                        do_action="greet the user",
                        do_not_action="interrupt",
                        when_condition="a conversation starts",
                        indexed_content="ignored",
                    )
                ]
            }
        )
        more = client.add_raw_feedback(
            [RawFeedback(**raw_feedback(unique, feedback_content="Keep it short", indexed_content="x"))]
        )
        got = client.get_raw_feedbacks({"feedback_name": f"fb-{unique}", "limit": 10})
        pending = client.get_raw_feedbacks(feedback_name=f"fb-{unique}", status_filter=["pending"])

    assert isinstance(added, AddUserPlaybookResponse) and added.success and added.added_count == 1
    assert more.added_count == 1
    assert isinstance(got, GetUserPlaybooksViewResponse) and got.success
    assert all(isinstance(p, UserPlaybookView) for p in got.user_playbooks)
    by_content = {p.content: p for p in got.user_playbooks}
    polite = by_content["Be polite\nDo: greet the user\nDo not: interrupt"]
    assert (polite.trigger, polite.playbook_name, polite.user_id) == (
        "a conversation starts",
        f"fb-{unique}",
        f"user-{unique}",
    )
    assert set(by_content) == {polite.content, "Keep it short"}
    assert pending.user_playbooks == []
    assert deprecations(seen, "add_raw_feedback") == [
        "add_raw_feedback() is deprecated and will be removed; use add_user_playbook() instead."
    ]
    assert len(deprecations(seen, "get_raw_feedbacks")) == 1
    assert "use get_user_playbooks()" in deprecations(seen, "get_raw_feedbacks")[0]


def test_feedbacks_are_agent_playbooks(client, unique) -> None:
    version = f"v-{unique}"
    client.add_agent_playbooks(
        [
            {
                "agent_version": version,
                "playbook_name": f"fb-{unique}",
                "content": "cite",
                "playbook_status": "approved",
            },
            {"agent_version": version, "playbook_name": f"fb-{unique}", "content": "draft"},
        ]
    )
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        approved = client.get_feedbacks({"feedback_name": f"fb-{unique}", "feedback_status_filter": "approved"})
        every = client.get_feedbacks(feedback_name=f"fb-{unique}", limit=5, force_refresh=True)
    assert isinstance(approved, GetAgentPlaybooksViewResponse) and approved.success
    assert [(p.content, p.playbook_status) for p in approved.agent_playbooks] == [("cite", PlaybookStatus.APPROVED)]
    assert sorted(p.content for p in every.agent_playbooks) == ["cite", "draft"]
    assert len(deprecations(seen, "get_feedbacks")) == 1
    assert "use get_agent_playbooks()" in deprecations(seen, "get_feedbacks")[0]


def test_rerun_feedback_generation_regenerates_user_playbooks(llm_client, unique) -> None:
    versions = (f"v-{unique}", f"v2-{unique}")
    for version in versions:
        llm_client.publish_interaction(
            f"user-{unique}",
            [{"role": "user", "content": "Always answer in Spanish"}, {"role": "assistant", "content": "Claro."}],
            agent_version=version,
            session_id=f"s-{version}",
        )

    def pending(version: str) -> list[UserPlaybookView]:
        found = llm_client.get_user_playbooks(agent_version=version, status_filter=["pending"]).user_playbooks
        return list(found)

    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        answer = llm_client.rerun_feedback_generation({"agent_version": versions[0]}, wait_for_response=True)
        fired = llm_client.rerun_feedback_generation(agent_version=versions[1], start_time="2020-01-01T00:00:00Z")
    assert isinstance(answer, RerunPlaybookGenerationResponse) and answer.success
    assert answer.playbooks_generated and len(pending(versions[0])) == answer.playbooks_generated
    assert fired is None
    assert llm_client.flush(60) and llm_client.background_stats.failed == 0
    landed = wait_until(lambda: pending(versions[1]), "the fire-and-forget run's user playbooks")
    assert all("Spanish" in p.content for p in landed + pending(versions[0]))
    assert len(deprecations(seen, "rerun_feedback_generation")) == 1
    assert "use rerun_playbook_generation()" in deprecations(seen, "rerun_feedback_generation")[0]


def test_run_feedback_aggregation_aggregates_playbooks(client, unique) -> None:
    version = f"v-{unique}"
    client.add_user_playbook({"agent_version": version, "request_id": "r", "user_id": f"user-{unique}", "content": "c"})
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        answer = client.run_feedback_aggregation({"agent_version": version}, wait_for_response=True)
        fired = client.run_feedback_aggregation(agent_version=version)
    assert isinstance(answer, RunPlaybookAggregationResponse) and answer.success
    assert answer.message == "Skipped: not enough new playbooks (1 < 2)"
    assert fired is None
    assert client.flush(30)
    assert client.background_stats.succeeded == 1 and client.background_stats.failed == 0
    assert len(deprecations(seen, "run_feedback_aggregation")) == 1
    assert "use run_playbook_aggregation()" in deprecations(seen, "run_feedback_aggregation")[0]


def test_delete_request_group_deletes_the_session(client, unique) -> None:
    user = f"user-{unique}"
    for session in (f"g1-{unique}", f"g1-{unique}", f"g2-{unique}"):
        client.publish_interaction(user, [{"role": "user", "content": "hi"}], session_id=session)

    def sessions() -> set[str]:
        return {s.session_id for s in client.get_requests(user_id=user).sessions}

    assert sessions() == {f"g1-{unique}", f"g2-{unique}"}
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        assert client.delete_request_group(f"g1-{unique}") is None
        assert client.flush(30)
        assert sessions() == {f"g2-{unique}"}
        answer = client.delete_request_group({"request_group": f"g2-{unique}"}, wait_for_response=True)
    assert isinstance(answer, DeleteSessionResponse) and answer.success
    assert answer.deleted_requests_count == 1
    assert sessions() == set()
    assert len(deprecations(seen, "delete_request_group")) == 1
    assert "use delete_session()" in deprecations(seen, "delete_request_group")[0]


def test_one_warning_per_process_for_the_sync_and_the_async_client(real_server, unique) -> None:
    sync, asyncc = make_client("sync", url_endpoint=real_server.url), make_client("async", url_endpoint=real_server.url)
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            for c in (sync, asyncc, sync):
                assert c.get_raw_feedbacks({"feedback_name": f"none-{unique}"}).user_playbooks == []
        assert len(deprecations(seen, "get_raw_feedbacks")) == 1
    finally:
        sync.close()
        asyncc.close()


# -- login and bad input: refused before any network traffic --------------------------------------------


@pytest.fixture(params=["sync", "async"])
def offline_client(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from offline(request.param)


def test_login_says_to_use_an_api_key(offline_client) -> None:
    with pytest.raises(ReflexioError, match="API keys replaced it") as raised:
        offline_client.login("me@example.com", "secret")
    assert not isinstance(raised.value, APIError)  # refused locally, never sent
    assert "REFLEXIO_API_KEY" in str(raised.value) and "api_key=" in str(raised.value)
    assert "secret" not in str(raised.value)


BAD_CALLS = {
    "raw feedbacks not a list": (lambda c: c.add_raw_feedback({"raw_feedbacks": "be nice"}), TypeError),
    "unknown request key": (lambda c: c.add_raw_feedback({"feedbacks": []}), ValueError),
    "old and new field": (
        lambda c: c.add_raw_feedback([{"feedback_content": "a", "content": "b", "agent_version": "v"}]),
        ValueError,
    ),
    "missing request_id": (lambda c: c.add_raw_feedback([{"agent_version": "v", "feedback_content": "a"}]), ValueError),
    "feedback_name and playbook_name": (
        lambda c: c.get_raw_feedbacks({"feedback_name": "a", "playbook_name": "b"}),
        ValueError,
    ),
    "request not a dict": (lambda c: c.get_raw_feedbacks("fb"), TypeError),
    "unknown approval": (lambda c: c.get_feedbacks(feedback_status_filter="maybe"), ValueError),
    "bad date": (lambda c: c.rerun_feedback_generation(start_time="yesterday-ish"), ValueError),
    "blank feedback_name": (lambda c: c.run_feedback_aggregation(feedback_name=" "), ValueError),
    "group id not str": (lambda c: c.delete_request_group(5), TypeError),
    "group without id": (lambda c: c.delete_request_group({"group": "g"}), ValueError),
}


@pytest.mark.parametrize("call, error", BAD_CALLS.values(), ids=BAD_CALLS.keys())
def test_bad_input_is_refused_before_sending(offline_client, call, error) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(error):
            call(offline_client)
    assert offline_client.background_stats.submitted == 0
