"""Interactions, requests, sessions and session outcomes against the real server; both clients."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from dedicated import clients_of, fresh_server, offline
from reflexio_api.models import (
    BulkDeleteResponse,
    DeleteRequestResponse,
    DeleteSessionResponse,
    DeleteUserInteractionResponse,
    GetInteractionsRequest,
    GetInteractionsViewResponse,
    GetRequestsRequest,
    GetRequestsViewResponse,
    GetSessionOutcomesRequest,
    GetSessionOutcomesResponse,
    InteractionData,
    InteractionView,
    PublishUserInteractionResponse,
    Request,
    RequestDataView,
    SearchInteractionRequest,
    SearchInteractionsViewResponse,
    SessionOutcomeFailureReason,
    SessionOutcomeKind,
    SessionOutcomeRecord,
    SessionView,
    SetSessionOutcomeRequest,
    SetSessionOutcomeResponse,
)
from servers import RealServer

from reflexio import DuplicateRequestError, NotFoundError, PublishRejectedError

pytestmark = pytest.mark.server

OLD = dt.datetime(2024, 3, 1, 12, 0, 0)  # naive: UTC
NEW = dt.datetime(2025, 6, 1, 12, 0, 0, tzinfo=dt.UTC)
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


@pytest.fixture(scope="module")
def own_server() -> Iterator[RealServer]:
    yield from fresh_server("interactions", 11)


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, real_server: RealServer, own_server: RealServer) -> Iterator[Any]:
    """The sync client on the shared server, the async one on this module's own server.

    The server allows 60 publish_interaction calls a minute per caller; split over two servers,
    this module stays under that.
    """
    yield from clients_of(request.param, real_server.url if request.param == "sync" else own_server.url)


def publish(client: Any, user: str, session: str, *texts: str, **kwargs: Any) -> PublishUserInteractionResponse:
    answer = client.publish_interaction(
        user_id=user, interactions=[{"role": "user", "content": t} for t in texts], session_id=session, **kwargs
    )
    assert isinstance(answer, PublishUserInteractionResponse) and answer.success, answer
    return answer


def texts(items: Any) -> list[str]:
    return sorted(i.content for i in items)


# -- publish -----------------------------------------------------------------------------------


def test_publish_interaction_stores_what_was_sent(client: Any, unique: str) -> None:
    user, session = f"int-pub-{unique}", f"sess-{unique}"
    answer = client.publish_interaction(
        user,
        [
            {"role": "user", "content": "My order #42 has not arrived", "created_at": OLD},
            InteractionData(role="assistant", content="Let me check order #42", user_action_description="lookup"),
        ],
        source="support_chat",
        agent_version="v2.1.0",
        session_id=session,
    )
    assert isinstance(answer, PublishUserInteractionResponse)
    assert answer.success and answer.request_id
    assert answer.learning_status == "deferred"  # wait_for_response=False: learning runs later
    assert client.get_learning_status(answer.request_id) == "pending"

    stored = client.get_interactions(user_id=user)
    assert isinstance(stored, GetInteractionsViewResponse) and stored.success
    assert all(isinstance(i, InteractionView) for i in stored.interactions)
    by_role = {i.role: i for i in stored.interactions}
    assert by_role["user"].content == "My order #42 has not arrived"
    assert by_role["user"].created_at == int(OLD.replace(tzinfo=dt.UTC).timestamp())
    assert by_role["assistant"].content == "Let me check order #42"
    assert by_role["assistant"].user_action_description == "lookup"
    assert {i.request_id for i in stored.interactions} == {answer.request_id}

    (session_view,) = client.get_requests(request_id=answer.request_id).sessions
    request = session_view.requests[0].request
    assert isinstance(request, Request)
    assert (request.user_id, request.session_id, request.source, request.agent_version) == (
        user,
        session,
        "support_chat",
        "v2.1.0",
    )
    assert request.evaluation_only is False


def test_publish_interaction_flags_and_own_request_id(client: Any, unique: str) -> None:
    user = f"int-flags-{unique}"
    answer = client.publish_interaction(
        user,
        [{"role": "user", "content": "benchmark turn", "created_at": "2025-06-01T14:00:00+02:00"}],
        session_id=f"eval-{unique}",
        evaluation_only=True,
        skip_aggregation=True,
        request_id=f"req-{unique}",
    )
    assert answer.success and answer.request_id == f"req-{unique}"
    assert answer.learning_status == "done" and answer.learning_reason == "not_applicable"  # never learned from
    request = client.get_requests(request_id=f"req-{unique}").sessions[0].requests[0]
    assert request.request.evaluation_only is True
    assert request.interactions[0].created_at == int(NEW.timestamp())  # 14:00+02:00 == 12:00 UTC

    with pytest.raises(DuplicateRequestError) as duplicate:  # a first attempt: someone else's request
        client.publish_interaction(user, [{"role": "user", "content": "x"}], session_id="s", request_id=f"req-{unique}")
    assert duplicate.value.request_id == f"req-{unique}" and "already exists" in duplicate.value.server_message
    assert isinstance(duplicate.value.answer, PublishUserInteractionResponse)

    with pytest.raises(PublishRejectedError) as refused:
        client.publish_interaction(
            user,
            [{"role": "user", "content": "x"}],
            session_id="s",
            retrieval_experiment_id=f"exp-{unique}",
            retrieval_experiment_arm="holdout",
        )
    assert not isinstance(refused.value, DuplicateRequestError)
    assert refused.value.server_message == "retrieval experiment does not exist for this organization"


def test_get_learning_status_of_an_unknown_request_is_not_found(client: Any, unique: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.get_learning_status(f"no-such-request-{unique}")
    assert caught.value.status_code == 404


def test_publish_waiting_for_extraction_learns_at_once(llm_client: Any, unique: str) -> None:
    user = f"int-llm-{unique}"
    answer = llm_client.publish_interaction(
        user,
        [{"role": "user", "content": "I only drink decaf"}, {"role": "assistant", "content": "Got it"}],
        session_id=f"s-{unique}",
        wait_for_response=True,
        force_extraction=True,
        skip_aggregation=True,
    )
    assert isinstance(answer, PublishUserInteractionResponse)
    assert answer.success and answer.learning_status == "done"
    assert answer.profiles_added >= 1
    assert llm_client.get_learning_status(answer.request_id) == "done"
    assert len(llm_client.get_profiles(user_id=user).user_profiles) == answer.profiles_added


# -- read / search -----------------------------------------------------------------------------


def test_get_interactions_shapes_and_time_window(client: Any, unique: str) -> None:
    user = f"int-get-{unique}"
    client.publish_interaction(user, [{"role": "user", "content": "old turn", "created_at": OLD}], session_id="a")
    client.publish_interaction(user, [{"role": "user", "content": "new turn", "created_at": NEW}], session_id="b")
    publish(client, f"{user}-other", "c", "someone else")

    for answer in (
        client.get_interactions(user_id=user),
        client.get_interactions({"user_id": user}),
        client.get_interactions(GetInteractionsRequest(user_id=user, top_k=10)),
    ):
        assert isinstance(answer, GetInteractionsViewResponse)
        assert [i.content for i in answer.interactions] == ["new turn", "old turn"]  # newest first

    assert [i.content for i in client.get_interactions(user_id=user, top_k=1).interactions] == ["new turn"]
    cut = dt.datetime(2025, 1, 1)
    assert texts(client.get_interactions(user_id=user, start_time=cut).interactions) == ["new turn"]
    assert texts(client.get_interactions(user_id=user, end_time="2025-01-01T00:00:00Z").interactions) == ["old turn"]
    assert texts(client.get_interactions({"user_id": user, "end_time": cut.timestamp()}).interactions) == ["old turn"]
    # 13:30 at UTC+2 is before OLD (12:00 UTC), 14:30 at UTC+2 after it
    early = dt.datetime(2024, 3, 1, 13, 30, tzinfo=PLUS_TWO)
    late = dt.datetime(2024, 3, 1, 14, 30, tzinfo=PLUS_TWO)
    assert texts(client.get_interactions(user_id=user, start_time=early).interactions) == ["new turn", "old turn"]
    assert texts(client.get_interactions(user_id=user, start_time=late).interactions) == ["new turn"]


def test_get_all_interactions_newest_first(client: Any, unique: str) -> None:
    user = f"int-all-{unique}"
    publish(client, f"{user}-a", "s", "first of three")
    publish(client, f"{user}-b", "s", "second of three", "third of three")
    answer = client.get_all_interactions(limit=2)
    assert isinstance(answer, GetInteractionsViewResponse) and answer.success
    assert all(isinstance(i, InteractionView) for i in answer.interactions)
    assert [(i.user_id, i.content) for i in answer.interactions] == [
        (f"{user}-b", "third of three"),
        (f"{user}-b", "second of three"),
    ]
    assert [i.content for i in client.get_all_interactions(3).interactions][-1] == "first of three"


def test_search_interactions_shapes(client: Any, unique: str) -> None:
    user = f"int-search-{unique}"
    first = client.publish_interaction(
        user, [{"role": "user", "content": "refund for my blue kettle", "created_at": OLD}], session_id="a"
    )
    client.publish_interaction(
        user, [{"role": "user", "content": "kettle arrived broken", "created_at": NEW}], session_id="b"
    )
    publish(client, user, "c", "unrelated question about shoes")

    for answer in (
        client.search_interactions(user_id=user, query="kettle"),
        client.search_interactions({"user_id": user, "query": "kettle", "search_mode": "fts"}),
        client.search_interactions(SearchInteractionRequest(user_id=user, query="kettle")),
    ):
        assert isinstance(answer, SearchInteractionsViewResponse) and answer.success
        assert all(isinstance(i, InteractionView) for i in answer.interactions)
        assert texts(answer.interactions) == ["kettle arrived broken", "refund for my blue kettle"]

    by_request = client.search_interactions(user_id=user, query="kettle", request_id=first.request_id)
    assert texts(by_request.interactions) == ["refund for my blue kettle"]
    assert client.search_interactions(user_id=user, query="bicycle").interactions == []


def test_search_interactions_time_window_and_top_k(client: Any, unique: str) -> None:
    user = f"int-window-{unique}"
    client.publish_interaction(user, [{"role": "user", "content": "old kettle", "created_at": OLD}], session_id="a")
    client.publish_interaction(user, [{"role": "user", "content": "new kettle", "created_at": NEW}], session_id="b")

    cut = dt.datetime(2025, 1, 1)
    assert texts(client.search_interactions(user_id=user, query="kettle", end_time=cut).interactions) == ["old kettle"]
    assert texts(client.search_interactions(user_id=user, query="kettle", start_time=cut).interactions) == [
        "new kettle"
    ]
    window = {"user_id": user, "query": "kettle", "start_time": "2024-03-01T13:30:00+02:00", "end_time": "2024-12-31"}
    assert texts(client.search_interactions(window).interactions) == ["old kettle"]
    assert (
        client.search_interactions(
            user_id=user, query="kettle", start_time=dt.datetime(2024, 3, 1, 14, 30, tzinfo=PLUS_TWO), end_time=cut
        ).interactions
        == []
    )
    assert len(client.search_interactions(user_id=user, query="kettle", top_k=1).interactions) == 1
    request = SearchInteractionRequest(user_id=user, query="kettle", start_time=NEW - dt.timedelta(days=1))
    assert texts(client.search_interactions(request).interactions) == ["new kettle"]
    assert request.start_time == NEW - dt.timedelta(days=1)  # the caller's request is left as it was


def test_search_interactions_without_query_uses_most_recent_k(client: Any, unique: str) -> None:
    user = f"int-recent-{unique}"
    publish(client, user, "s", "turn 0", "turn 1", "turn 2")
    recent = client.search_interactions(user_id=user, most_recent_k=2)
    assert [i.content for i in recent.interactions] == ["turn 1", "turn 2"]  # oldest of the two first
    assert client.search_interactions(user_id=user).interactions == []  # no query, no most_recent_k: nothing


# -- delete ------------------------------------------------------------------------------------


def test_delete_interaction_fire_and_forget_and_waiting(client: Any, unique: str) -> None:
    user = f"int-del-{unique}"
    publish(client, user, "s", "keep me", "drop me", "drop me too")
    ids = {i.content: i.interaction_id for i in client.get_interactions(user_id=user).interactions}

    assert client.delete_interaction(user, ids["drop me"]) is None
    assert client.flush(timeout=30) is True and client.background_stats.failed == 0
    answer = client.delete_interaction(user_id=user, interaction_id=ids["drop me too"], wait_for_response=True)
    assert isinstance(answer, DeleteUserInteractionResponse) and answer.success
    assert [i.content for i in client.get_interactions(user_id=user).interactions] == ["keep me"]


def test_get_requests_as_documented(client: Any, unique: str) -> None:
    user = f"customer-{unique}"
    one = publish(client, user, f"ticket-{unique}", "hello", source="support_chat", agent_version="v1")
    two = publish(client, user, f"ticket-{unique}", "still there?", "yes", source="support_chat", agent_version="v1")
    three = publish(client, user, f"chat-{unique}", "new topic", source="web_app", agent_version="v2")

    response = client.get_requests(user_id=user, top_k=50)
    assert isinstance(response, GetRequestsViewResponse) and response.success
    seen = {}
    for session in response.sessions:
        assert isinstance(session, SessionView)
        for request_data in session.requests:
            assert isinstance(request_data, RequestDataView)
            request = request_data.request
            seen[request.request_id] = (
                session.session_id,
                request.source,
                request.agent_version,
                len(request_data.interactions),
            )
    assert seen == {
        one.request_id: (f"ticket-{unique}", "support_chat", "v1", 1),
        two.request_id: (f"ticket-{unique}", "support_chat", "v1", 2),
        three.request_id: (f"chat-{unique}", "web_app", "v2", 1),
    }

    recent_requests = client.get_requests(
        user_id=user,
        start_time=dt.datetime.now(dt.UTC) - dt.timedelta(days=7),
        end_time=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1),
    )
    assert {s.session_id for s in recent_requests.sessions} == {f"ticket-{unique}", f"chat-{unique}"}
    assert client.get_requests(user_id=user, end_time=dt.datetime(2025, 1, 1)).sessions == []
    assert client.get_requests({"user_id": user, "start_time": "2099-01-01T00:00:00Z"}).sessions == []

    single_request = client.get_requests(request_id=two.request_id)
    assert [[r.request.request_id for r in s.requests] for s in single_request.sessions] == [[two.request_id]]
    by_session = client.get_requests(GetRequestsRequest(session_id=f"ticket-{unique}"))
    assert sorted(r.request.request_id for r in by_session.sessions[0].requests) == sorted(
        [one.request_id, two.request_id]
    )
    by_source = client.get_requests(user_id=user, source="web_app")
    assert [s.session_id for s in by_source.sessions] == [f"chat-{unique}"]


def test_get_requests_pages_through_sessions(client: Any, unique: str) -> None:
    user = f"int-pages-{unique}"
    for n in range(3):
        publish(client, user, f"page-{n}-{unique}", f"turn {n}")
    collected: list[str] = []
    offset = 0
    while True:
        page = client.get_requests(user_id=user, top_k=2, offset=offset)
        assert len(page.sessions) <= 2
        collected += [s.session_id for s in page.sessions]
        offset += 2
        if not page.has_more:
            break
    assert collected == [f"page-{n}-{unique}" for n in (2, 1, 0)]  # newest first, each once

    # iter_sessions does that paging
    walked = list(client.iter_sessions(user_id=user, top_k=2))
    assert all(isinstance(s, SessionView) and s.requests for s in walked)
    assert [s.session_id for s in walked] == collected
    from_second = client.iter_sessions(GetRequestsRequest(user_id=user, offset=1), top_k=1)
    assert [s.session_id for s in from_second] == collected[1:]
    assert [s.session_id for s in client.iter_sessions({"user_id": user}, session_id=collected[0])] == collected[:1]


def test_delete_request_as_documented(client: Any, unique: str) -> None:
    user = f"int-delreq-{unique}"
    doomed = publish(client, user, "s", "malformed turn")
    kept = publish(client, user, "s", "good turn")
    response = client.delete_request(request_id=doomed.request_id, wait_for_response=True)
    assert isinstance(response, DeleteRequestResponse)
    assert response and response.success and response.message == "Deleted successfully"
    assert client.get_requests(request_id=doomed.request_id).sessions == []
    assert [i.content for i in client.get_interactions(user_id=user).interactions] == ["good turn"]

    assert client.delete_request(kept.request_id) is None  # fire-and-forget
    assert client.flush(timeout=30) is True
    assert client.get_interactions(user_id=user).interactions == []


def test_delete_session_as_documented(client: Any, unique: str) -> None:
    user = f"int-delsess-{unique}"
    publish(client, user, f"support_ticket_{unique}", "turn one")
    publish(client, user, f"support_ticket_{unique}", "turn two")
    publish(client, user, f"old_test_run_{unique}", "test turn")
    publish(client, user, f"keep_{unique}", "kept turn")

    response = client.delete_session(session_id=f"support_ticket_{unique}", wait_for_response=True)
    assert isinstance(response, DeleteSessionResponse)
    assert response and response.success and response.deleted_requests_count == 2

    assert client.delete_session(session_id=f"old_test_run_{unique}", wait_for_response=False) is None
    assert client.flush(timeout=30) is True and client.background_stats.failed == 0
    assert [s.session_id for s in client.get_requests(user_id=user).sessions] == [f"keep_{unique}"]
    again = client.delete_session(f"support_ticket_{unique}", wait_for_response=True)
    assert again.success and again.deleted_requests_count == 0


def test_delete_requests_by_ids_counts_what_it_deleted(client: Any, unique: str) -> None:
    user = f"int-bulk-{unique}"
    a = publish(client, user, "s", "a")
    b = publish(client, user, "s", "b")
    c = publish(client, user, "s", "c")
    answer = client.delete_requests_by_ids([a.request_id, c.request_id, f"never-{unique}"])
    assert isinstance(answer, BulkDeleteResponse)
    assert answer.success and answer.deleted_count == 2
    assert [r.request.request_id for r in client.get_requests(user_id=user).sessions[0].requests] == [b.request_id]
    assert texts(client.get_interactions(user_id=user).interactions) == ["b"]


# -- session outcomes --------------------------------------------------------------------------


def test_mark_session_outcome_records_once(client: Any, unique: str) -> None:
    user, session = f"int-outcome-{unique}", f"sess-{unique}"
    publish(client, user, session, "please cancel my plan", source="support_chat")
    when = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)

    first = client.mark_session_outcome(
        session_id=session, outcome="success", occurred_at=when, label="resolved", value=4.5, metadata={"csat": 5}
    )
    assert isinstance(first, SetSessionOutcomeResponse)
    assert first.success and first.recorded and first.outcome_id
    assert (first.user_id, first.source) == (user, "support_chat")  # taken from the session's first request

    retry = client.mark_session_outcome(
        {"session_id": session, "outcome": "success", "occurred_at": when.isoformat(), "label": "resolved"},
        value=4.5,
        metadata={"csat": 5},
    )
    assert retry.success and retry.recorded is False and retry.outcome_id == first.outcome_id

    conflict = client.mark_session_outcome(
        SetSessionOutcomeRequest(
            session_id=session, outcome=SessionOutcomeKind.FAILURE, occurred_at=int(when.timestamp())
        )
    )
    assert conflict.success is False and conflict.reason == SessionOutcomeFailureReason.CONFLICTING_FINALIZATION

    (record,) = client.get_session_outcomes(session_ids=[session]).session_outcomes
    assert isinstance(record, SessionOutcomeRecord)
    assert (record.session_id, record.user_id, record.outcome, record.label, record.value) == (
        session,
        user,
        SessionOutcomeKind.SUCCESS,
        "resolved",
        4.5,
    )
    assert record.occurred_at == int(when.timestamp())
    assert record.metadata == {"csat": 5}


def test_mark_session_outcome_refusals_are_answers(client: Any, unique: str) -> None:
    unknown = client.mark_session_outcome(
        session_id=f"never-{unique}", outcome="failure", occurred_at=dt.datetime.now()
    )
    assert unknown.success is False and unknown.reason == SessionOutcomeFailureReason.UNKNOWN_SESSION

    publish(client, f"int-early-{unique}", f"early-{unique}", "hi")
    early = client.mark_session_outcome(session_id=f"early-{unique}", outcome="failure", occurred_at=OLD)
    assert early.success is False and early.reason == SessionOutcomeFailureReason.OCCURRED_BEFORE_SESSION


def test_get_session_outcomes_filters(client: Any, unique: str) -> None:
    user = f"int-outcomes-{unique}"
    now = dt.datetime.now(dt.UTC)
    plan = [("success", "fixed", 1), ("failure", "gave_up", 3), ("unknown", "fixed", 5)]
    sessions = []
    for n, (outcome, label, hours) in enumerate(plan):
        session = f"o{n}-{unique}"
        sessions.append(session)
        publish(client, user, session, f"turn {n}", source="web_app")
        answer = client.mark_session_outcome(
            session_id=session, outcome=outcome, label=label, occurred_at=now + dt.timedelta(hours=hours)
        )
        assert answer.recorded

    everything = client.get_session_outcomes(user_id=user)
    assert isinstance(everything, GetSessionOutcomesResponse) and everything.success
    assert sorted(o.session_id for o in everything.session_outcomes) == sessions

    def ids(**filters: Any) -> list[str]:
        return sorted(o.session_id for o in client.get_session_outcomes(user_id=user, **filters).session_outcomes)

    assert ids(outcome="failure") == [sessions[1]]
    assert ids(outcome=SessionOutcomeKind.UNKNOWN) == [sessions[2]]
    assert ids(label="fixed") == [sessions[0], sessions[2]]
    assert ids(source="web_app") == sessions
    assert ids(session_ids=sessions[:2]) == sessions[:2]
    assert ids(start_time=now + dt.timedelta(hours=2)) == sessions[1:]
    assert ids(end_time=(now + dt.timedelta(hours=4)).isoformat()) == sessions[:2]
    naive_utc = (now + dt.timedelta(hours=2)).replace(tzinfo=None)
    assert ids(start_time=naive_utc, end_time=(now + dt.timedelta(hours=4)).astimezone(PLUS_TWO)) == [sessions[1]]
    page = [o.session_id for o in client.get_session_outcomes(user_id=user, top_k=2, offset=1).session_outcomes]
    assert len(page) == 2 and set(page) < set(sessions)
    as_model = client.get_session_outcomes(GetSessionOutcomesRequest(user_id=user, outcome="success"))
    assert [o.session_id for o in as_model.session_outcomes] == [sessions[0]]
    as_dict = client.get_session_outcomes({"user_id": user, "start_time": (now + dt.timedelta(hours=4)).isoformat()})
    assert [o.session_id for o in as_dict.session_outcomes] == [sessions[2]]

    walked = list(client.iter_session_outcomes(user_id=user, top_k=2))
    assert all(isinstance(o, SessionOutcomeRecord) for o in walked)
    assert sorted(o.session_id for o in walked) == sessions
    fixed = client.iter_session_outcomes({"user_id": user, "label": "fixed"}, top_k=1)
    assert sorted(o.session_id for o in fixed) == [sessions[0], sessions[2]]


# -- org-wide: on this module's own server (runs last: it empties that server) -----------------


@pytest.fixture(params=["sync", "async"])
def own_client(request: pytest.FixtureRequest, own_server: RealServer) -> Iterator[Any]:
    yield from clients_of(request.param, own_server.url)


def test_delete_all_interactions_empties_the_org(own_client: Any, unique: str) -> None:
    publish(own_client, f"all-a-{unique}", "s1", "one", "two")
    publish(own_client, f"all-b-{unique}", "s2", "three")
    assert len(own_client.get_all_interactions(limit=1000).interactions) >= 3

    answer = own_client.delete_all_interactions()
    assert isinstance(answer, BulkDeleteResponse) and answer.success  # deleted_count: always 0 (server 0.2.32)
    assert own_client.get_all_interactions(limit=1000).interactions == []
    assert own_client.get_requests(top_k=100).sessions == []


# -- bad input: refused before any network traffic --------------------------------------------


@pytest.fixture(params=["sync", "async"])
def nowhere(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from offline(request.param)


def test_bad_input_is_refused_before_sending(nowhere: Any) -> None:
    c = nowhere
    with pytest.raises(ValueError, match="top_k"):
        list(c.iter_sessions(user_id="u", top_k=0))
    with pytest.raises(TypeError, match="top_k"):
        list(c.iter_sessions(user_id="u", top_k="10"))
    with pytest.raises(ValueError, match=r"top_k \(the page size\) must be 1\.\.1000"):
        list(c.iter_session_outcomes(user_id="u", top_k=1001))
    with pytest.raises(ValueError, match="unknown field"):
        list(c.iter_sessions({"usr_id": "u"}))
    with pytest.raises(TypeError, match="offset"):
        list(c.iter_session_outcomes({"user_id": "u", "offset": "2"}))
    turn = [{"role": "user", "content": "hi"}]
    with pytest.raises(ValueError, match="session_id"):
        c.publish_interaction("u", turn)
    with pytest.raises(ValueError, match="session_id"):
        c.publish_interaction("u", turn, session_id="  ")
    with pytest.raises(ValueError, match="user_id"):
        c.publish_interaction("", turn, session_id="s")
    with pytest.raises(ValueError, match="interactions"):
        c.publish_interaction("u", [], session_id="s")
    with pytest.raises(TypeError, match="interactions"):
        c.publish_interaction("u", {"role": "user", "content": "hi"}, session_id="s")
    with pytest.raises(ValueError, match="unknown field"):
        c.publish_interaction("u", [{"role": "user", "contnet": "hi"}], session_id="s")
    with pytest.raises(ValueError, match="not an ISO-8601"):
        c.publish_interaction("u", [{"content": "hi", "created_at": "yesterday"}], session_id="s")
    with pytest.raises(ValueError, match="together"):
        c.publish_interaction("u", turn, session_id="s", retrieval_experiment_id="e")
    with pytest.raises(ValueError, match="retrieval_experiment_arm"):
        c.publish_interaction(
            "u", turn, session_id="s", retrieval_experiment_id="e", retrieval_experiment_arm="control"
        )
    with pytest.raises(TypeError, match="source"):
        c.publish_interaction("u", turn, session_id="s", source=None)
    with pytest.raises(ValueError, match="request_id"):
        c.get_learning_status("")
    with pytest.raises(ValueError, match="user_id"):
        c.get_interactions(top_k=3)
    with pytest.raises(ValueError, match="unknown field"):
        c.get_interactions({"user_id": "u", "topk": 3})
    with pytest.raises(TypeError, match="start_time"):
        c.get_interactions(user_id="u", start_time=["2025"])
    with pytest.raises(TypeError, match="limit"):
        c.get_all_interactions(limit=2.5)
    with pytest.raises(ValueError, match="user_id"):
        c.search_interactions(query="x")
    with pytest.raises(ValueError, match="end_time"):
        c.search_interactions(user_id="u", query="x", start_time="2025-02-01", end_time="2025-01-01")
    with pytest.raises(TypeError, match="interaction_id"):
        c.delete_interaction("u", "12")
    with pytest.raises(ValueError, match="interaction_id"):
        c.delete_interaction("u", 0)
    with pytest.raises(ValueError, match="unknown field"):
        c.get_requests({"user": "u"})
    with pytest.raises(ValueError, match="request_id"):
        c.delete_request("   ")
    with pytest.raises(TypeError, match="session_id"):
        c.delete_session(None)
    with pytest.raises(ValueError, match="request_ids"):
        c.delete_requests_by_ids([])
    with pytest.raises(ValueError, match="session_id"):
        c.mark_session_outcome(outcome="success", occurred_at=dt.datetime.now())
    with pytest.raises(ValueError, match="outcome"):
        c.mark_session_outcome(session_id="s", occurred_at=dt.datetime.now())
    with pytest.raises(ValueError, match="invalid"):
        c.mark_session_outcome(session_id="s", outcome="great", occurred_at=dt.datetime.now())
    with pytest.raises(TypeError, match="value"):
        c.mark_session_outcome(session_id="s", outcome="success", occurred_at=dt.datetime.now(), value="high")
    with pytest.raises(ValueError, match="unknown field"):
        c.get_session_outcomes({"user_id": "u", "outcomes": ["success"]})
    with pytest.raises(ValueError, match="not an ISO-8601"):
        c.get_session_outcomes(start_time="soon")
    assert c.pending == 0
