"""Making the fake learn (learn, learn_on_publish) and searching what it stores (search, search_interactions)."""

from __future__ import annotations

from typing import Any

import pytest

from reflexio import LearningTimeoutError, ReflexioClient
from reflexio.testing import FakeReflexio, Learned, Published

TURNS = [{"role": "user", "content": "I prefer green tea"}, {"role": "assistant", "content": "Noted."}]


@pytest.fixture
def fake() -> FakeReflexio:
    return FakeReflexio()


@pytest.fixture
def client(fake: FakeReflexio) -> Any:
    with fake.client() as client:
        yield client


def publish(client: ReflexioClient, session_id: str = "s1", **extra: Any) -> Any:
    return client.publish_interaction(
        user_id="u1", session_id=session_id, interactions=TURNS, agent_version="v1", **extra
    )


def test_by_default_nothing_is_learned(client: ReflexioClient) -> None:
    result = publish(client)
    assert (result.learning_status, result.profiles_added) == ("deferred", 0)
    assert client.get_learning_status(result.request_id) == "pending"
    with pytest.raises(LearningTimeoutError):
        client.wait_for_learning(result.request_id, timeout=10)  # virtual time: no real wait
    assert client.get_profiles(user_id="u1").user_profiles == []


def test_learn_finishes_one_request(client: ReflexioClient, fake: FakeReflexio) -> None:
    request_id = publish(client).request_id
    fake.learn(request_id, profiles=["Prefers green tea"], playbooks=[{"content": "Offer tea", "trigger": "drinks"}])
    assert client.wait_for_learning(request_id) == "done"
    profile = client.get_profiles(user_id="u1", force_refresh=True).user_profiles[0]
    assert (profile.content, profile.generated_from_request_id) == ("Prefers green tea", request_id)
    playbook = client.get_user_playbooks(user_id="u1").user_playbooks[0]
    assert (playbook.content, playbook.trigger, playbook.agent_version, playbook.request_id) == (
        "Offer tea",
        "drinks",
        "v1",
        request_id,
    )
    with pytest.raises(ValueError, match="no request 'nope'"):
        fake.learn("nope", profiles=["x"])


def test_learn_on_publish_makes_the_profile_appear_after_publish(client: ReflexioClient, fake: FakeReflexio) -> None:
    seen: list[Published] = []

    def learner(published: Published) -> Learned:
        seen.append(published)
        return Learned(profiles=[f"Said: {published.interactions[0]['content']}"])

    fake.learn_on_publish(learner)
    result = publish(client)
    assert (result.learning_status, result.profiles_added) == ("deferred", 0)  # learned in the background
    assert client.wait_for_learning(result.request_id) == "done"
    assert [p.content for p in client.search_user_profiles(user_id="u1", query="green tea").user_profiles] == [
        "Said: I prefer green tea"
    ]
    waited = publish(client, "s2", wait_for_response=True)
    assert (waited.learning_status, waited.profiles_added) == ("done", 1)
    assert [(p.user_id, p.session_id) for p in seen] == [("u1", "s1"), ("u1", "s2")]
    fake.learn_on_publish(None)
    assert client.get_learning_status(publish(client, "s3").request_id) == "pending"


def test_a_learner_that_finds_nothing_still_finishes(client: ReflexioClient, fake: FakeReflexio) -> None:
    fake.learn_on_publish(lambda published: None)
    assert client.wait_for_learning(publish(client).request_id) == "done"
    assert client.get_profiles(user_id="u1").user_profiles == []
    fake.reset()  # the learner stays: it is set-up, not state
    assert client.wait_for_learning(publish(client).request_id) == "done"
    with pytest.raises(TypeError, match="lists"):
        fake.learn(client.get_requests(user_id="u1").sessions[0].requests[0].request.request_id, profiles="one")


def test_unified_search_answers_from_what_is_stored(client: ReflexioClient) -> None:
    client.add_user_profile([{"user_id": "u1", "content": "Prefers green tea"}, {"user_id": "u1", "content": "Cats"}])
    client.add_user_profile([{"user_id": "u2", "content": "Prefers green tea too"}])
    client.add_user_playbook([{"user_id": "u1", "agent_version": "v1", "request_id": "r1", "content": "Offer tea"}])
    client.add_agent_playbooks([{"agent_version": "v1", "content": "Mention the tea menu"}])
    client.add_agent_playbooks([{"agent_version": "v2", "content": "Tea for v2"}])

    found = client.search(query="tea", user_id="u1", agent_version="v1")
    assert [p.content for p in found.profiles] == ["Prefers green tea"]
    assert [p.content for p in found.user_playbooks] == ["Offer tea"]
    assert [p.content for p in found.agent_playbooks] == ["Mention the tea menu"]
    assert found.success and found.degraded and found.search_mode_effective == "fts"  # no embeddings, as the server
    assert not client.search(query="tea", user_id="u1", search_mode="fts").degraded

    only = client.search(query="green tea", user_id="u1", entity_types=["profiles"])
    assert [p.content for p in only.profiles] == ["Prefers green tea"] and only.agent_playbooks == []
    assert client.search(query="coffee", user_id="u1").profiles == []
    assert client.search(query="tea").profiles == []  # profiles need a user
    assert len(client.search(query="tea", top_k=1).agent_playbooks) == 1


def test_session_search_and_search_interactions(client: ReflexioClient) -> None:
    client.add_user_profile([{"user_id": "u1", "content": "Asked about a refund policy"}])
    session = client.for_session("chat_42")
    assert [p.content for p in session.search(query="refund policy", user_id="u1").profiles] == [
        "Asked about a refund policy"
    ]
    publish(client)
    client.publish_interaction(user_id="u1", session_id="s2", interactions=[{"role": "user", "content": "coffee?"}])
    found = client.search_interactions(user_id="u1", query="green tea")
    assert [i.content for i in found.interactions] == ["I prefer green tea"]
