"""The README's Sessions example and docs/testing.md's examples run on the fake as written.

(The README's Testing example runs with the plugin in tests/test_fake.py.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reflexio.testing import FakeReflexio, Learned

ROOT = Path(__file__).resolve().parent.parent


def readme_block(first_line: str, doc: str = "README.md") -> str:
    readme = (ROOT / doc).read_text()
    start = readme.index(f"```python\n{first_line}") + len("```python\n")
    return readme[start : readme.index("```\n", start)]


def test_the_sessions_example_runs_on_the_fake() -> None:
    fake = FakeReflexio()
    fake.learn_on_publish(lambda published: Learned(profiles=["Waiting for a refund"]))
    with fake.client() as client:
        client.add_user_profile([{"user_id": "user_123", "content": "Asked about the refund policy"}])
        scope: dict[str, Any] = {"client": client}
        exec(readme_block('session = client.for_session("chat_42")'), scope)
        assert [p.content for p in scope["context"].profiles] == ["Asked about the refund policy"]
        assert scope["result"].success
        assert client.get_learning_status(scope["result"].request_id) == "done"
        stored = client.get_requests(user_id="user_123").sessions
        assert [s.session_id for s in stored] == ["chat_42"]
        assert {p.content for p in client.get_profiles(user_id="user_123").user_profiles} == {
            "Asked about the refund policy",
            "Waiting for a refund",
        }
    assert [r.json["session_id"] for r in fake.calls("search")] == ["chat_42"]
    assert len(fake.calls("finalize_session")) == 1
    assert fake.clock.sleeps == []  # learning was done at the first poll


def test_the_time_and_learning_examples_of_the_testing_doc_run() -> None:
    timed: dict[str, Any] = {}
    exec(readme_block("from reflexio.testing import FakeReflexio\n\nfake", "docs/testing.md"), timed)
    assert len(timed["fake"].calls("publish_interaction")) == 2
    learning: dict[str, Any] = {}
    exec(readme_block("from reflexio.testing import FakeReflexio, Learned", "docs/testing.md"), learning)
    fake = learning["fake"]
    with fake.client() as client:
        published = client.publish_interaction(user_id="u2", session_id="s2", interactions=learning["turns"])
        assert client.get_learning_status(published.request_id) == "done"
        assert [p.content for p in client.get_profiles(user_id="u2").user_profiles] == ["Said: I prefer green tea"]
