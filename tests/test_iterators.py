"""iter_profiles, iter_interactions, iter_user_playbooks, iter_agent_playbooks: the lists without an
offset, walked by time (newest first), on the real server and on a local server that misbehaves."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest
from clients import make_client
from fault_server import FaultServer, Reply, Seen
from reflexio_api.models import AgentPlaybookView, InteractionView, ProfileView, UserPlaybookView

from reflexio import AsyncReflexioClient, ReflexioClient

BASE = 1_700_000_000
ITERATORS = {
    "iter_profiles": "get_profiles",
    "iter_interactions": "get_interactions",
    "iter_user_playbooks": "get_user_playbooks",
    "iter_agent_playbooks": "get_agent_playbooks",
    "iter_sessions": "get_requests",
    "iter_session_outcomes": "get_session_outcomes",
}


@pytest.mark.parametrize("cls", [ReflexioClient, AsyncReflexioClient])
@pytest.mark.parametrize(("iterator", "lister"), sorted(ITERATORS.items()))
def test_an_iterator_takes_exactly_the_arguments_of_its_list_method(cls: type, iterator: str, lister: str) -> None:
    assert inspect.signature(getattr(cls, iterator)).parameters == inspect.signature(getattr(cls, lister)).parameters
    assert getattr(cls, iterator).__name__ == iterator


def interactions_page(stamps: list[int]) -> Reply:
    items = [
        {"user_id": "u", "request_id": "r", "interaction_id": s, "created_at": s, "content": "", "user_action": "none"}
        for s in stamps
    ]
    return Reply(200, json.dumps({"success": True, "interactions": items}))


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_next_page_ends_at_the_oldest_item_seen(kind: str) -> None:
    stored = [BASE + 5, BASE + 4, BASE + 3, BASE + 2, BASE + 1]  # newest first; interaction_id = created_at
    sent: list[dict[str, Any]] = []

    def handler(seen: Seen) -> Reply:
        body = json.loads(seen.body)
        sent.append(body)
        end = body.get("end_time")
        limit = BASE + 10**6 if end is None else int(dt_seconds(end))
        return interactions_page([s for s in stored if s <= limit][: body["top_k"]])

    with FaultServer(handler=handler) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        got = [i.interaction_id for i in client.iter_interactions(user_id="u", top_k=2)]
        client.close()
    assert got == stored
    # inclusive: the oldest item of a page comes again (not yielded twice) at the top of the next
    ends = [dt_seconds(b["end_time"]) if "end_time" in b else None for b in sent]
    assert ends == [None, BASE + 4, BASE + 3, BASE + 2, BASE + 1]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_server_that_ignores_the_end_time_cannot_make_iteration_endless(kind: str) -> None:
    stored = [BASE + 3, BASE + 2, BASE + 1]

    def handler(seen: Seen) -> Reply:
        return interactions_page(stored[: json.loads(seen.body)["top_k"]])

    with FaultServer(handler=handler) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        got = [i.interaction_id for i in client.iter_interactions(user_id="u", top_k=1)]
        client.close()
    assert got == stored
    # nothing new on a page: the page doubles, until a short page ends the walk
    assert [json.loads(seen.body)["top_k"] for seen in server.requests] == [1, 1, 2, 2, 4]


def dt_seconds(iso: str) -> float:
    import datetime as dt

    return dt.datetime.fromisoformat(iso).timestamp()


# -- the real server ---------------------------------------------------------------------------


@pytest.mark.server
def test_every_profile_once_even_when_more_share_a_second_than_a_page_holds(client: Any, unique: str) -> None:
    user = f"user-{unique}"
    stamps = [BASE + 3, BASE + 2, BASE + 2, BASE + 2, BASE + 1]
    profiles = [{"user_id": user, "content": f"fact {n}", "last_modified_timestamp": s} for n, s in enumerate(stamps)]
    assert client.add_user_profile(profiles).success
    walked = list(client.iter_profiles(user_id=user, top_k=2))
    assert all(isinstance(p, ProfileView) for p in walked)
    assert sorted(p.content for p in walked) == [f"fact {n}" for n in range(5)]
    assert len({p.profile_id for p in walked}) == 5
    assert [p.content for p in client.iter_profiles(user_id=user, end_time=BASE + 1)] == ["fact 4"]


@pytest.mark.server
def test_every_interaction_of_a_user_once(client: Any, unique: str) -> None:
    user = f"user-{unique}"
    turns = [{"role": "user", "content": f"turn {n}", "created_at": BASE + n // 2} for n in range(5)]
    assert client.publish_interaction(user, turns, session_id=f"chat-{unique}").success
    walked = list(client.iter_interactions({"user_id": user}, top_k=2))
    assert all(isinstance(i, InteractionView) for i in walked)
    assert sorted(i.content for i in walked) == [f"turn {n}" for n in range(5)]


@pytest.mark.server
def test_every_user_and_agent_playbook_once(client: Any, unique: str) -> None:
    user, version = f"user-{unique}", f"v-{unique}"
    base = {"agent_version": version, "request_id": f"req-{unique}", "user_id": user}
    created = [BASE + 2, BASE + 1, BASE + 1, BASE + 1]
    playbooks = [{**base, "content": f"rule {n}", "created_at": s} for n, s in enumerate(created)]
    assert client.add_user_playbook(playbooks).added_count == 4
    walked = list(client.iter_user_playbooks(user_id=user, limit=1))
    assert all(isinstance(p, UserPlaybookView) for p in walked)
    assert sorted(p.content for p in walked) == [f"rule {n}" for n in range(4)]

    agent = [{"agent_version": version, "playbook_name": "p", "content": f"agent rule {n}"} for n in range(3)]
    client.add_agent_playbooks(agent)
    walked_agent = list(client.iter_agent_playbooks(agent_version=version, limit=2))
    assert all(isinstance(p, AgentPlaybookView) for p in walked_agent)
    assert sorted(p.content for p in walked_agent) == [f"agent rule {n}" for n in range(3)]
