"""The agent turn helper: session.turn(...) retrieves, renders and publishes; it fails open within its budget."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest
from fault_server import FaultServer, Reply, closed_port

from reflexio import AsyncReflexioClient, ReflexioClient
from reflexio.agent import AsyncTurn, Context, Turn
from reflexio.agent._plan import context_from, settings
from reflexio.testing import FakeReflexio

BOUND = 0.5  # the budget of the outage tests
MARGIN = 2.0  # generous: the suite runs on a loaded 2-core machine
TOOL = {"tool_name": "read_csv", "tool_data": {"path": "big.csv"}}


# The fake filters a user-playbook search by its request_id (the server takes it for attribution
# only), so the seeded playbook comes from the request the turns are published under.
TURN_ID = "turn-1"


def seed(client: ReflexioClient) -> None:
    client.add_user_profile([{"user_id": "u1", "content": "Prefers concise answers about CSV files"}])
    playbook = {
        "user_id": "u1",
        "agent_version": "v1",
        "request_id": TURN_ID,
        "content": "Read large CSV files in chunks",
    }
    client.add_user_playbook([playbook | {"trigger": "reading a big CSV"}])
    client.add_agent_playbooks([{"agent_version": "v1", "content": "Mention pandas for CSV files"}])


def published(fake: FakeReflexio) -> list[dict[str, Any]]:
    return [call.json for call in fake.calls("publish_interaction")]


PICKED = ["profiles", "user_playbooks", "agent_playbooks"]


def test_a_turn_shows_tagged_learnings_and_publishes_what_it_used() -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        seed(client)
        session = client.for_session("chat_1")
        turn = session.turn("u1", "CSV", searches=PICKED, source="support_chat", agent_version="v1", request_id=TURN_ID)
        context = turn.context
        assert [(item.tag, item.kind) for item in context.learnings] == [
            ("p1", "profile"),
            ("u1", "user_playbook"),
            ("a1", "agent_playbook"),
        ]
        assert context.text.splitlines()[1:4] == [
            "- [p1] Prefers concise answers about CSV files",
            "- [u1] Read large CSV files in chunks (when: reading a big CSV)",
            "- [a1] Mention pandas for CSV files",
        ]
        assert "[p1]" in context.text.splitlines()[-1]  # the citation hint
        assert context.to_dict()[1] == {
            "tag": "u1",
            "kind": "user_playbook",
            "id": context.learnings[1].learning_id,
            "content": "Read large CSV files in chunks",
            "trigger": "reading a big CSV",
        }
        assert turn.publish("Use chunksize [u1], with pandas [a1].", tools_used=[TOOL]) is None  # fire-and-forget
        assert client.flush(10)
        assert client.background_stats.failed == 0
    searches = [fake.calls(op)[0].json for op in ("search_profiles", "search_user_playbooks", "search_agent_playbooks")]
    assert {(s["session_id"], s["request_id"], s["query"], s["top_k"]) for s in searches} == {
        ("chat_1", turn.request_id, "CSV", 5)
    }
    [body] = published(fake)
    assert (body["session_id"], body["user_id"], body["request_id"]) == ("chat_1", "u1", turn.request_id)
    assert (body["source"], body["agent_version"]) == ("support_chat", "v1")
    user, assistant = body["interaction_data_list"]
    assert user == {"role": "user", "content": "CSV"}
    assert assistant["tools_used"] == [TOOL]
    assert assistant["retrieved_learnings"] == [
        {"kind": item.kind, "learning_id": item.learning_id} for item in context.learnings
    ]
    assert [(c["tag"], c["kind"], c["real_id"]) for c in assistant["citations"]] == [
        ("u1", "user_playbook", context.learnings[1].learning_id),
        ("a1", "agent_playbook", context.learnings[2].learning_id),
    ]
    assert assistant["citations"][0]["title"] == "Read large CSV files in chunks"


def test_the_unified_search_is_the_default_and_its_answer_is_what_gets_published() -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        session = client.for_session("chat_2")
        answer = session.search(query="csv", user_id="u1")
        turn = session.turn("u1", "csv")
        turn.publish("ok", cited=[], background=False)
    [_, search] = [call.json for call in fake.calls("search")]
    assert (search["session_id"], search["request_id"]) == ("chat_2", turn.request_id)
    shown = {(item.kind, item.learning_id) for item in turn.context.learnings}
    expected = {("profile", p.profile_id) for p in answer.profiles} | {
        ("user_playbook", str(p.user_playbook_id)) for p in answer.user_playbooks
    }
    assert expected <= shown
    [body] = published(fake)
    retrieved = body["interaction_data_list"][-1].get("retrieved_learnings", [])
    assert {(r["kind"], r["learning_id"]) for r in retrieved} == shown
    assert "citations" not in body["interaction_data_list"][-1]  # cited=[]
    if answer.experiment is not None:  # attributed to the experiment the search assigned
        assert body["retrieval_experiment_id"] == answer.experiment.experiment_id


def test_the_search_experiment_and_receipts_go_with_the_publish() -> None:
    from reflexio_api.models import RetrievalExperimentAssignment, UnifiedSearchViewResponse, UserPlaybookView

    playbook = UserPlaybookView(
        agent_version="v",
        request_id="r",
        user_playbook_id=7,
        playbook_name="",
        created_at=1,
        content="Be brief",
        source_interaction_ids=[],
        tags=[],
        exposure_receipt="signed-receipt",
    )
    experiment = RetrievalExperimentAssignment.from_dict({"experiment_id": "exp1", "arm": "treatment"})
    answer = UnifiedSearchViewResponse(
        success=True, profiles=[], agent_playbooks=[], user_playbooks=[playbook], degraded=True, experiment=experiment
    )
    fake = FakeReflexio()
    with fake.client() as client:
        session = client.for_session("chat_3")
        turn_settings = settings(session, user_id="u1", query="q")
        context = context_from(turn_settings, [answer])
        assert (context.experiment_id, context.experiment_arm, context.degraded) == ("exp1", "treatment", True)
        Turn(session, turn_settings, context).publish("Brief. [u1]", background=False)
    [body] = published(fake)
    assert (body["retrieval_experiment_id"], body["retrieval_experiment_arm"]) == ("exp1", "treatment")
    assistant = body["interaction_data_list"][-1]
    assert assistant["retrieved_learnings"] == [
        {"kind": "user_playbook", "learning_id": "7", "exposure_receipt": "signed-receipt"}
    ]
    assert assistant["citations"][0]["real_id"] == "7"


def test_a_holdout_turn_shows_nothing_and_still_publishes_its_arm() -> None:
    from reflexio_api.models import RetrievalExperimentAssignment, SearchProfilesViewResponse

    experiment = RetrievalExperimentAssignment.from_dict({"experiment_id": "exp2", "arm": "holdout"})
    withheld = SearchProfilesViewResponse(success=True, user_profiles=[], experiment=experiment)
    fake = FakeReflexio()
    with fake.client() as client:
        session = client.for_session("chat_12")
        turn_settings = settings(session, user_id="u1", query="q", searches=["profiles"])
        context = context_from(turn_settings, [withheld])
        assert not context and context.text == "" and context.experiment_arm == "holdout"
        Turn(session, turn_settings, context).publish("An answer without memory.", background=False)
    [body] = published(fake)
    assert (body["retrieval_experiment_id"], body["retrieval_experiment_arm"]) == ("exp2", "holdout")
    assert "retrieved_learnings" not in body["interaction_data_list"][-1]


def test_bad_arguments_fail_before_any_request() -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        session = client.for_session("chat_4")
        for kwargs, error in (
            ({"user_id": ""}, ValueError),
            ({"top_k": 0}, ValueError),
            ({"budget": -1}, ValueError),
            ({"searches": ["bogus"]}, ValueError),
            ({"searches": "profiles"}, ValueError),
            ({"search_options": {"bogus": 1}}, TypeError),
            ({"search_options": {"query": "other"}}, TypeError),  # the turn sets it
            ({"agent_version": 2}, TypeError),
        ):
            with pytest.raises(error):
                session.turn(**({"user_id": "u1", "query": "q"} | kwargs))
        turn = session.turn("u1", "q", search_options={"tags": ["billing"]})
        assert fake.calls("search")[0].json["tags"] == ["billing"]
        with pytest.raises(ValueError, match="not shown"):
            turn.publish("answer", cited=["u9"])
        assert not turn.published
        turn.publish("answer", cited=[])
        with pytest.raises(RuntimeError, match="already published"):
            turn.publish("again")
        client.flush(10)
    assert len(published(fake)) == 1


def test_an_empty_query_searches_nothing_and_still_publishes() -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        turn = client.for_session("chat_5").turn("u1", "")
        assert turn.context == Context() and not turn.context and turn.context.text == ""
        turn.publish("Hello!", user="")
        client.flush(10)
    assert fake.calls("search") == []
    assert [row["role"] for row in published(fake)[0]["interaction_data_list"]] == ["assistant"]


def test_a_whole_turn_of_interactions_carries_what_was_used_on_its_answer() -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        seed(client)
        turn = client.for_session("chat_6").turn("u1", "CSV", searches=["user_playbooks"], request_id=TURN_ID)
        rows = [
            {"role": "user", "content": "CSV"},
            {"role": "assistant", "content": "Reading it [u1]", "tools_used": [TOOL]},
            {"role": "user", "content": "thanks"},
        ]
        turn.publish(interactions=rows)
        client.flush(10)
    body_rows = published(fake)[0]["interaction_data_list"]
    assert [c["tag"] for c in body_rows[1]["citations"]] == ["u1"]
    assert "retrieved_learnings" not in body_rows[2]


# -- failing open ------------------------------------------------------------------------------


class Errors:
    def __init__(self) -> None:
        self.seen: list[tuple[str, Exception]] = []

    def __call__(self, error: Exception, operation_id: str) -> None:
        self.seen.append((operation_id, error))


@pytest.mark.parametrize("outage", ["stalls", "refuses"])
def test_an_outage_costs_a_turn_at_most_its_budget(outage: str, caplog: pytest.LogCaptureFixture) -> None:
    errors = Errors()
    with FaultServer(Reply(fault="hang")) as stalled:
        url = stalled.url if outage == "stalls" else f"http://127.0.0.1:{closed_port()}"
        client = ReflexioClient(url_endpoint=url, on_error=errors, timeout=1.0, max_retries=0)
        session = client.for_session("chat_7")
        with caplog.at_level(logging.WARNING, logger="reflexio"):
            started = time.monotonic()
            turn = session.turn("u1", "How do I read a CSV?", budget=BOUND)
            turn.publish("Read it in chunks.")
            elapsed = time.monotonic() - started
        assert elapsed < BOUND + MARGIN, f"the turn took {elapsed:.2f} s with a {BOUND} s budget"
        assert turn.context == Context() and turn.context.text == "" and not turn.context.learnings
        assert turn.context.error is not None
        if outage == "stalls":
            assert isinstance(turn.context.error, TimeoutError) and "budget of 0.5 s" in str(turn.context.error)
        assert errors.seen[0] == ("search", turn.context.error)
        assert "agent turn: search failed" in caplog.text
        client.close()  # the queued publish fails (or is never sent): reported, never raised
    assert [op for op, _ in errors.seen][1:] == ["publish_interaction"]


def test_a_full_background_queue_drops_the_publish_instead_of_waiting() -> None:
    errors = Errors()
    with FaultServer(Reply(fault="hang")) as stalled:
        client = ReflexioClient(
            url_endpoint=stalled.url,
            on_error=errors,
            timeout=2.0,
            max_retries=0,
            background_queue_size=1,
            background_workers=1,
        )
        session = client.for_session("chat_8")
        started = time.monotonic()
        for _ in range(3):  # one in flight, one queued, the third finds the queue full
            session.turn("u1", "", budget=BOUND).publish("answer")
        assert time.monotonic() - started < BOUND + MARGIN
        assert ("publish_interaction", "BackgroundQueueFullError") in {(op, type(e).__name__) for op, e in errors.seen}
        client.close()


# -- async ------------------------------------------------------------------------------------


async def test_a_full_async_background_queue_drops_the_publish_instead_of_waiting() -> None:
    errors = Errors()
    with FaultServer(Reply(fault="hang")) as stalled:
        client = AsyncReflexioClient(
            url_endpoint=stalled.url, on_error=errors, timeout=2.0, max_retries=0, background_queue_size=1
        )
        session = client.for_session("chat_11")
        started = time.monotonic()
        for _ in range(3):
            await (await session.turn("u1", "", budget=BOUND)).publish("answer")
        assert time.monotonic() - started < BOUND + MARGIN
        assert ("publish_interaction", "BackgroundQueueFullError") in {(op, type(e).__name__) for op, e in errors.seen}
        await client.aclose()


async def test_the_async_turn_retrieves_and_publishes() -> None:
    fake = FakeReflexio()
    with fake.client() as sync_client:
        seed(sync_client)
    client = fake.async_client()
    async with client:
        turn = await client.for_session("chat_9").turn("u1", "CSV", searches=PICKED, request_id=TURN_ID)
        assert isinstance(turn, AsyncTurn)
        assert [item.tag for item in turn.context.learnings] == ["p1", "u1", "a1"]
        assert await turn.publish("Chunks [u1]") is None
        assert await client.flush(10)
    [body] = published(fake)
    assert body["session_id"] == "chat_9"
    assert [c["tag"] for c in body["interaction_data_list"][-1]["citations"]] == ["u1"]
    assert len(body["interaction_data_list"][-1]["retrieved_learnings"]) == 3


async def test_an_outage_costs_an_async_turn_at_most_its_budget() -> None:
    errors = Errors()
    with FaultServer(Reply(fault="hang")) as stalled:
        client = AsyncReflexioClient(url_endpoint=stalled.url, on_error=errors, timeout=1.0, max_retries=0)
        started = time.monotonic()
        turn = await client.for_session("chat_10").turn("u1", "q", budget=BOUND, searches=PICKED)
        await turn.publish("answer")
        elapsed = time.monotonic() - started
        assert elapsed < BOUND + MARGIN, f"the turn took {elapsed:.2f} s with a {BOUND} s budget"
        assert not turn.context and isinstance(turn.context.error, TimeoutError)
        assert errors.seen[0][0] == "search"
        await client.aclose()
