"""An agent written from the README, and examples/agent_turn.py, publish every turn with its session
and the learnings it used: checked on the fake."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_examples import run_example

from reflexio.testing import FakeReflexio

ROOT = Path(__file__).resolve().parent.parent


def readme_agent() -> str:
    """The first Python block of the README's "Memory for an agent" section."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("### Memory for an agent", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"^```python\n(.*?)^```", section, flags=re.S | re.M)[0]


def test_an_agent_from_the_readme_publishes_every_turn_with_its_session_and_learnings() -> None:
    namespace: dict[str, Any] = {}
    exec(compile(readme_agent(), "README.md", "exec"), namespace)
    agent_reply = namespace["agent_reply"]
    fake = FakeReflexio()
    messages = ["How do I read a big CSV?", "And a JSON file?", "Thanks!"]
    with fake.client() as client:
        client.add_user_profile([{"user_id": "user_123", "content": "Asked: How do I read a big CSV?"}])
        session = client.for_session("chat_42")
        for message in messages:
            assert agent_reply(session, "user_123", message) == "Read it in chunks."
        assert client.flush(10)
        searched = [call.json for call in fake.calls("search")]
        answers = [session.search(query=m, user_id="user_123") for m in messages]  # what the turns were shown
    published = [call.json for call in fake.calls("publish_interaction")]
    assert len(published) == len(messages)
    for body, search, message, answer in zip(published, searched, messages, answers, strict=True):
        assert (body["session_id"], body["user_id"], search["session_id"]) == ("chat_42", "user_123", "chat_42")
        assert body["request_id"] == search["request_id"]  # the search and the publish name the same turn
        user, assistant = body["interaction_data_list"]
        assert user == {"role": "user", "content": message}
        retrieved = {(r["kind"], r["learning_id"]) for r in assistant.get("retrieved_learnings", [])}
        shown = {("profile", p.profile_id) for p in answer.profiles if p.content.strip()}
        shown |= {("user_playbook", str(p.user_playbook_id)) for p in answer.user_playbooks if p.content.strip()}
        shown |= {("agent_playbook", str(p.agent_playbook_id)) for p in answer.agent_playbooks if p.content.strip()}
        assert retrieved == shown


def test_the_example_publishes_every_turn_and_survives_an_outage_on_the_fake() -> None:
    out = run_example("agent_turn.py", REFLEXIO_EXAMPLES_SERVER="fake")
    published = re.findall(r"^published in (chat_\w+): '(.*)' retrieved_learnings=\[(.*)\]$", out, re.M)
    assert len(published) == 3, out
    for session_id, answer, learnings in published:
        assert session_id == re.search(r"^published in (chat_\w+)", out, re.M).group(1)  # type: ignore[union-attr]
        assert learnings, out  # each turn says what it was shown
        cited = re.search(r"\[([pua]\d+)\]", answer)
        assert cited, out  # and the answer cites one of them
    assert "flush(): True; background_stats: BackgroundStats(submitted=3, succeeded=3, failed=0" in out
    took = float(re.search(r"^Reflexio down: the turn took ([\d.]+) s, context empty: True$", out, re.M).group(1))  # type: ignore[union-attr]
    assert took < 0.5 + 2.0
    assert "on_error: search failed" in out
    assert re.search(r"^Sessions left for \S+: 0$", out, re.M)


@pytest.mark.server
def test_the_example_against_the_real_server(real_server_llm: Any) -> None:
    out = run_example("agent_turn.py", real_server_llm.url)
    published = re.findall(r"^published in chat_\w+: '.*' retrieved_learnings=\[(.*)\]$", out, re.M)
    assert len(published) == 3, out  # every turn stored, with its session
    assert any(learnings.startswith("'profile:") for learnings in published), out  # the seeded profile was shown
    assert "submitted=3, succeeded=3, failed=0" in out  # the server accepted retrieved_learnings and citations
    assert re.search(r"^Sessions left for \S+: 0$", out, re.M)
