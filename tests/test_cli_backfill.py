"""A 10,000-line JSONL backfill through `reflexio-py publish`, killed, interrupted and resumed:
in the end every conversation is stored exactly once (the fake on loopback, the CLI in a subprocess)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reflexio.testing import FakeReflexio

CONVERSATIONS = 10_000
USERS = 10


def landed(checkpoint: Path) -> int:
    return len(checkpoint.read_text().split()) if checkpoint.exists() else 0


def wait_until(condition: Callable[[], bool], process: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + 300
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"the backfill ended (exit {process.returncode}) before {what}: {process.stderr.read()}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"no {what} within 300 s")
        time.sleep(0.02)


@pytest.mark.slow
def test_a_10000_line_backfill_killed_then_interrupted_then_resumed_stores_each_conversation_once(
    tmp_path: Path,
) -> None:
    source = tmp_path / "history.jsonl"
    with source.open("w") as out:
        for i in range(CONVERSATIONS):
            turns = [{"role": "user", "content": f"message {i}"}]
            out.write(
                json.dumps({"user_id": f"u{i % USERS}", "session_id": f"s{i % 37}", "interactions": turns}) + "\n"
            )
    checkpoint = tmp_path / "history.jsonl.checkpoint"
    fake = FakeReflexio()
    with fake.serve() as url:
        env = {**os.environ, "REFLEXIO_API_URL": url, "XDG_CACHE_HOME": str(tmp_path / "cache")}
        command = [sys.executable, "-m", "reflexio.cli", "publish", str(source), "--no-progress", "--concurrency", "8"]

        def start() -> subprocess.Popen[str]:
            return subprocess.Popen(
                command + ["--json"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )

        # 1. killed outright (no chance to clean up) once 2,000 conversations have landed
        first = start()
        wait_until(lambda: landed(checkpoint) >= 2_000, first, "2,000 conversations")
        first.kill()
        first.communicate()
        after_kill = landed(checkpoint)
        assert 2_000 <= after_kill < CONVERSATIONS

        # 2. Ctrl-C once 3,000 more have landed: exit 130 and a hint to resume
        second = start()
        wait_until(lambda: landed(checkpoint) >= after_kill + 3_000, second, "3,000 more conversations")
        second.send_signal(signal.SIGINT)
        _, err = second.communicate(timeout=120)
        assert second.returncode == 130, err
        assert "run the same command again to resume" in err
        after_interrupt = landed(checkpoint)
        assert after_kill + 3_000 <= after_interrupt < CONVERSATIONS

        # 3. the same command again finishes the job
        third = subprocess.run(command + ["--json"], env=env, capture_output=True, text=True, timeout=600)
        assert third.returncode == 0, third.stderr
        summary = json.loads(third.stdout)
        assert summary["failed"] == 0
        assert summary["published"] + summary["already_present"] == CONVERSATIONS
        assert summary["already_present"] >= after_interrupt  # the checkpointed ones were not sent again
        assert len(set(checkpoint.read_text().split())) == CONVERSATIONS

        with fake.client() as client:
            stored = [i.content for u in range(USERS) for i in client.iter_interactions(user_id=f"u{u}")]
            sessions = {r.request.request_id for u in range(USERS) for r in _requests(client, f"u{u}")}
    assert len(stored) == CONVERSATIONS  # nothing duplicated
    assert set(stored) == {f"message {i}" for i in range(CONVERSATIONS)}  # nothing lost
    assert len(sessions) == CONVERSATIONS


def _requests(client: object, user: str) -> list[object]:
    return [request for session in client.iter_sessions(user_id=user) for request in session.requests]  # type: ignore[attr-defined]
