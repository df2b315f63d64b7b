"""The session workflow of the official 0.2.32 client: for_session views, finalize_session,
publish_interaction(session_finished=), wait_for_learning, the `*_async` names and the durable
playbook aggregation operations. Real server for the calls, a local HTTP server for the faults."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from clients import make_client
from dedicated import offline
from fault_server import FaultServer, Reply
from reflexio_api.models import (
    FinalizeSessionResponse,
    PlaybookAggregationOperation,
    PublishUserInteractionResponse,
    UnifiedSearchViewResponse,
)

from reflexio import (
    AsyncReflexioClient,
    AsyncSessionClient,
    LearningTimeoutError,
    NotFoundError,
    ReflexioClient,
    SessionClient,
)

ROOT = Path(__file__).resolve().parent.parent
TURN = [{"role": "user", "content": "I prefer short answers."}, {"role": "assistant", "content": "Noted."}]
# Client methods a session view does not offer: lifecycle, views, raw calls, deprecated 0.2.16 names.
NOT_ON_VIEW = {
    "close",
    "aclose",
    "flush",
    "with_options",
    "for_session",
    "call_endpoint",
    "invalidate_local_cache",
    "login",
    "get_feedbacks",
    "get_raw_feedbacks",
    "add_raw_feedback",
    "rerun_feedback_generation",
    "run_feedback_aggregation",
    "delete_request_group",
}
SESSION_PARAMETERS = {"session_id", "session_ids"}


def test_the_generated_views_are_up_to_date() -> None:
    run = subprocess.run(
        [sys.executable, "scripts/gen_session.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize(
    ("client_cls", "view_cls"), [(ReflexioClient, SessionClient), (AsyncReflexioClient, AsyncSessionClient)]
)
def test_a_view_has_every_api_method_with_the_same_parameters_the_session_optional(
    client_cls: type, view_cls: type
) -> None:
    names = {n for n in dir(client_cls) if not n.startswith("_") and inspect.isfunction(getattr(client_cls, n))}
    bound = 0
    for name in sorted(names - NOT_ON_VIEW):
        ours = inspect.signature(getattr(client_cls, name)).parameters
        view = inspect.signature(getattr(view_cls, name)).parameters
        assert list(ours) == list(view), name
        for p in view.values():
            if p.name in SESSION_PARAMETERS:  # None: the bound session
                assert p.default is None and "None" in str(p.annotation), f"{name}({p.name})"
                continue
            assert (p.annotation, p.default) == (ours[p.name].annotation, ours[p.name].default), f"{name}({p.name})"
        bound += bool(SESSION_PARAMETERS & set(ours))
        client_member, view_member = getattr(client_cls, name), getattr(view_cls, name)
        assert inspect.iscoroutinefunction(client_member) == inspect.iscoroutinefunction(view_member), name
        assert inspect.isasyncgenfunction(client_member) == inspect.isasyncgenfunction(view_member), name
    assert bound >= 16  # publish, search(es), requests, outcomes, finalize, delete_session, ...


def test_a_view_refuses_another_session_before_sending() -> None:
    """publish_interaction(user, turns, source, version, session_id, ...) keeps its positions on a
    view; a session other than the bound one is refused (ValueError) before any traffic, as are None
    and blank ids."""
    with ReflexioClient(url_endpoint="http://127.0.0.1:9", max_retries=0) as client:
        view = client.for_session("chat-1")
        with pytest.raises(ValueError, match="cannot belong to two sessions"):
            view.publish_interaction("u", TURN, "web", "v1", "chat-2")
        with pytest.raises(ValueError, match="cannot belong to two sessions"):
            view.search(query="q", session_id="chat-2")
        with pytest.raises(ValueError, match="reads its own session only"):
            view.get_session_outcomes(user_id="u", session_ids=["chat-1", "chat-2"])
        with pytest.raises(ValueError, match="empty or blank"):
            client.for_session("  ")
        with pytest.raises(ValueError, match="not None"):
            client.for_session(None)  # type: ignore[arg-type]
        assert view.client is client
        assert view.session_id == "chat-1"
        assert client.for_session(" chat-1 ").session_id == "chat-1"  # the same session for publish and search
        assert "chat-1" in repr(view)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_view_fills_the_session_in_the_request_body(kind: str) -> None:
    """Through request= too; a request naming another session is refused before sending."""
    answers = {
        "/api/search": {"success": True, "profiles": [], "agent_playbooks": [], "user_playbooks": []},
        "/api/get_session_outcomes": {"success": True, "session_outcomes": []},
        "/api/get_requests": {"success": True, "sessions": [], "has_more": False},
    }
    with FaultServer(handler=lambda seen: Reply(200, json.dumps(answers[seen.path]))) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        view = client.for_session("chat-7")
        view.search(query="q")
        view.get_session_outcomes(user_id="u")
        view.get_requests({"session_id": "chat-7", "user_id": "u"})
        with pytest.raises(ValueError, match="request session_id='other' .* cannot belong to two sessions"):
            view.get_requests({"session_id": "other", "user_id": "u"})
        with pytest.raises(ValueError, match="request session_ids=.* reads its own session only"):
            view.get_session_outcomes({"session_ids": ["chat-7", "chat-8"]})
        assert list(view.iter_sessions(user_id="u")) == []
        client.close()
    bodies = [json.loads(seen.body) for seen in server.requests]
    assert bodies[0]["session_id"] == "chat-7"
    assert bodies[1]["session_ids"] == ["chat-7"]
    assert bodies[2]["session_id"] == bodies[3]["session_id"] == "chat-7"


@pytest.fixture(params=["sync", "async"])
def offline_client(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from offline(request.param)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.wait_for_learning("r", timeout=0),
        lambda c: c.wait_for_learning("r", poll_interval=-1),
        lambda c: c.wait_for_learning("r", timeout="10"),
        lambda c: c.wait_for_learning(" "),
        lambda c: c.finalize_session("u", ""),
        lambda c: c.submit_playbook_aggregation(request_id="r", agent_version=""),
        lambda c: c.get_playbook_aggregation_operation(""),
    ],
)
def test_bad_input_is_refused_before_any_traffic(offline_client: Any, call: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        call(offline_client)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_wait_for_learning_raises_a_timeout_error_while_learning_is_not_final(kind: str) -> None:
    with FaultServer(Reply(200, json.dumps({"status": "processing"}))) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        with pytest.raises(LearningTimeoutError) as caught:
            client.wait_for_learning("req-1", timeout=0.2, poll_interval=0.05)
        client.close()
    assert isinstance(caught.value, TimeoutError)
    assert (caught.value.request_id, caught.value.status) == ("req-1", "processing")
    assert len(server.requests) >= 2  # it polled again before giving up


@pytest.mark.server
def test_a_session_view_and_the_completion_hint_on_the_real_server(llm_client: Any, unique: str) -> None:
    user = f"user-{unique}"
    session = llm_client.for_session(f"chat-{unique}")
    published = session.publish_interaction(user, TURN, agent_version="v1", session_finished=True)
    assert isinstance(published, PublishUserInteractionResponse) and published.success
    other = llm_client.publish_interaction_async(user, TURN, agent_version="v1", session_id=f"other-{unique}")
    assert isinstance(other, PublishUserInteractionResponse) and other.success

    assert llm_client.wait_for_learning(published.request_id, timeout=120, poll_interval=0.2) == "done"
    assert [s.session_id for s in session.get_requests(user_id=user).sessions] == [f"chat-{unique}"]
    assert [s.session_id for s in session.iter_sessions(user_id=user)] == [f"chat-{unique}"]
    assert isinstance(session.search(query="short answers", user_id=user), UnifiedSearchViewResponse)
    assert isinstance(llm_client.search_async(query="short answers", user_id=user), UnifiedSearchViewResponse)

    finalized = session.finalize_session(user)
    assert isinstance(finalized, FinalizeSessionResponse) and finalized.success and finalized.accepted
    again = llm_client.finalize_session_async(user, f"other-{unique}")
    assert isinstance(again, FinalizeSessionResponse) and again.success
    assert llm_client.finalize_session(user, f"other-{unique}").success

    deleted = session.delete_session(wait_for_response=True)
    assert deleted.deleted_requests_count == 1  # only the bound session's request
    assert [s.session_id for s in llm_client.get_requests(user_id=user).sessions] == [f"other-{unique}"]


@pytest.mark.server
def test_a_durable_playbook_aggregation_is_submitted_once_per_request_id(llm_client: Any, unique: str) -> None:
    submitted = llm_client.submit_playbook_aggregation(request_id=f"agg-{unique}", agent_version=f"v-{unique}")
    assert isinstance(submitted, PlaybookAggregationOperation)
    assert (submitted.request_id, submitted.agent_version) == (f"agg-{unique}", f"v-{unique}")
    read = llm_client.get_playbook_aggregation_operation(submitted.operation_id)
    assert read.operation_id == submitted.operation_id
    resubmitted = llm_client.submit_playbook_aggregation(request_id=f"agg-{unique}", agent_version=f"v-{unique}")
    assert resubmitted.operation_id == submitted.operation_id
    with pytest.raises(NotFoundError):
        llm_client.get_playbook_aggregation_operation(f"missing-{unique}")
