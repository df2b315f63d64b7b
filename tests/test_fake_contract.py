"""FakeReflexio cannot drift from the server: one scripted session (publish, list, search, delete,
profiles, playbooks, config) gives the same answers, field by field, from the real server and from the
fake; learning, as the fake does it on request, answers as the canned-LLM server learns.

The fake's faults need no contract of their own where no real server can produce them on demand (a
reset connection, a timeout after the server stored the call); its 429 body is the real server's.

Ids and timestamps that legitimately differ are replaced by placeholders first (tests/fake_contract.py).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from fake_contract import record

from reflexio import ReflexioClient
from reflexio.testing import FakeReflexio, Learned


@pytest.mark.server
def test_the_fake_answers_the_scripted_session_as_the_real_server(real_server) -> None:
    real = record(real_server.url)
    fake = record(FakeReflexio())
    assert [op for op, _, _ in fake] == [op for op, _, _ in real]
    for index, (expected, got) in enumerate(zip(real, fake, strict=True)):
        assert got == expected, (
            f"exchange {index} ({expected[0]}) differs:\nreal: {json.dumps(expected[1:])[:4000]}\n"
            f"fake: {json.dumps(got[1:])[:4000]}"
        )
    assert len(real) > 50  # the session ran to its end


def learning_answers(client: ReflexioClient, tag: str) -> list[Any]:
    """Learning as a test sees it: a forced, waited publish, then one learned in the background."""
    turns = [
        {"role": "user", "content": "I like green tea; keep answers short"},
        {"role": "assistant", "content": "Noted."},
    ]
    waited = client.publish_interaction(
        user_id=f"learn-a-{tag}",
        session_id=f"la-{tag}",
        interactions=turns,
        force_extraction=True,
        wait_for_response=True,
    )
    later = client.publish_interaction(
        user_id=f"learn-b-{tag}", session_id=f"lb-{tag}", interactions=turns, force_extraction=True
    )
    seen: list[Any] = [
        (waited.learning_status, waited.learning_reason, waited.profiles_added >= 1, waited.playbooks_added >= 1),
        raw_status(client, str(waited.request_id)),
        (later.learning_status, later.learning_reason, later.profiles_added),
        client.wait_for_learning(str(later.request_id), timeout=120, poll_interval=0.5),
        raw_status(client, str(later.request_id)),
        len(client.get_profiles(user_id=f"learn-b-{tag}").user_profiles) >= 1,
    ]
    return seen


def raw_status(client: ReflexioClient, request_id: str) -> Any:
    return client.api_client.get_httpx_client().get("/api/learning_status", params={"request_id": request_id}).json()


@pytest.mark.server
def test_learning_on_the_fake_answers_as_the_server_with_an_llm(real_server_llm) -> None:
    """The canned-LLM server learns one profile and one playbook from a forced extraction; the fake
    does the same when told what to learn (learn_on_publish)."""
    tag = uuid.uuid4().hex[:8]
    with ReflexioClient(url_endpoint=real_server_llm.url) as client:
        real = learning_answers(client, tag)
    fake = FakeReflexio()
    fake.learn_on_publish(lambda published: Learned(profiles=["Likes green tea"], playbooks=["Answer briefly"]))
    with fake.client() as client:
        assert learning_answers(client, tag) == real
    assert real[0] == ("done", "covered", True, True) and real[3] == "done"
