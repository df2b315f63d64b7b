"""Every script in examples/ runs green against the real server, as a user would run it.

Each script runs in a subprocess with REFLEXIO_API_URL (and REFLEXIO_API_KEY where the server wants
one) pointing at a server of the test session; the quickstart also runs the way `make demo` does on
a fresh machine: without REFLEXIO_API_URL, starting and stopping its own server.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from conftest import SERVER_KEY
from prism import ensure_installed
from servers import installed

from reflexio import ReflexioClient

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# Every example script and the test that runs it (a new script fails test_every_example_is_run).
COVERED = {
    "demo.py",
    "init_and_auth.py",
    "requests_and_sessions.py",
    "configuration.py",
    "operations.py",
    "agent_turn.py",
}


def run_example(name: str, url: str | None = None, **env: str) -> str:
    """Run examples/<name> like `python examples/<name>`; return its output after checking exit status 0."""
    clean = {k: v for k, v in os.environ.items() if k not in ("REFLEXIO_API_URL", "REFLEXIO_URL", "REFLEXIO_API_KEY")}
    if url is not None:
        clean["REFLEXIO_API_URL"] = url
    clean.update(env)
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name)], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, (
        f"{name} exited {result.returncode}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    )
    return result.stdout


def value(pattern: str, output: str) -> str:
    match = re.search(pattern, output, re.MULTILINE)
    assert match, f"no line matching {pattern!r} in:\n{output}"
    return match.group(1)


def test_every_example_is_run() -> None:
    scripts = {p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("_")}
    assert scripts == COVERED


@pytest.mark.server
def test_demo_against_the_server_of_reflexio_api_url(real_server_llm) -> None:
    out = run_example("demo.py", real_server_llm.url)
    assert f"Server: {real_server_llm.url} (from REFLEXIO_API_URL)" in out
    user_id = value(r"^1\. publish_interaction: 4 turns for user (\S+),", out)
    assert int(value(r"profiles_added=(\d+)", out)) >= 1  # canned-LLM extraction ran
    assert "4 interaction(s)" in out
    assert re.search(r"^ {3}again: \d+ profile\(s\), 0 requests sent \(answered from the local cache\)$", out, re.M)
    assert re.search(r"^ {3}force_refresh=True: \d+ profile\(s\), 1 request sent$", out, re.M)
    assert "returned None at once" in out
    assert "flush() -> True; background_stats: submitted=1 succeeded=1 failed=0 not_sent=0" in out
    assert "0 session(s) left" in out
    # What the demo published is gone from the server.
    with ReflexioClient(url_endpoint=real_server_llm.url) as client:
        assert client.get_requests(user_id=user_id).sessions == []
        assert client.get_profiles(user_id=user_id).user_profiles == []


@pytest.mark.server
def test_demo_starts_and_stops_its_own_server() -> None:
    """`make demo` on a machine with no REFLEXIO_API_URL: a local server, named, then stopped."""
    out = run_example("demo.py")
    url = value(r"^Server: (http://127\.0\.0\.1:\d+) ", out)
    kind = "real reflexio-ai server" if installed() else "the in-memory fake of reflexio.testing"
    assert f"Server: {url} ({kind}" in out
    assert "Server stopped." in out and out.rstrip().endswith("Done.")
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/health", timeout=5)


def test_demo_falls_back_to_the_fake_without_the_real_server() -> None:
    """`make demo` on a fresh machine: no real server, no npm; publish, list, cache and delete show real effects."""
    out = run_example("demo.py", REFLEXIO_VENV="/nonexistent-reflexio-venv")
    assert "the real reflexio-ai server is not installed in /nonexistent-reflexio-venv" in out
    url = value(r"^Server: (http://127\.0\.0\.1:\d+) \(the in-memory fake of reflexio\.testing", out)
    assert "make server-install" in out  # says how to get the real one
    request_id = value(r"request_id=(\S+) learning_status=", out)
    assert f"     request {request_id} source=quickstart agent_version=demo-v1: 4 interaction(s)" in out
    assert "       user: How do I read a CSV file lazily?" in out
    assert re.search(r"^ {3}again: 0 profile\(s\), 0 requests sent \(answered from the local cache\)$", out, re.M)
    assert "flush() -> True; background_stats: submitted=1 succeeded=1 failed=0 not_sent=0" in out
    assert re.search(r"^ {3}get_requests\(user_id='\S+'\): 0 session\(s\) left$", out, re.M)
    assert out.rstrip().endswith("Done.")
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/health", timeout=5)


# Lines each example prints against the fake: what it stores behaves as on the real server.
ON_THE_FAKE = {
    "init_and_auth.py": ["This server runs without authentication", "org_id=self-host-org"],
    "requests_and_sessions.py": [
        "iter_sessions -> 3 sessions",
        "delete_session: Deleted 1 requests",
        "Fire-and-forget deletes sent: True, failed: 0",
    ],
    "configuration.py": [
        "Preset applied: True: extraction_preset=long_form window_size=25 stride_size=10",
        "Stored aggregation min_cluster_size: 3",
        "Original configuration restored: True",
    ],
    "operations.py": ["flush(): True; 5 of 5 background calls succeeded", "get_stall_state: not stalled"],
    "agent_turn.py": ["submitted=3, succeeded=3, failed=0", "context empty: True"],  # tests/test_turn_example.py
}


@pytest.mark.parametrize("name", sorted(COVERED - {"demo.py"}))
def test_every_example_runs_against_the_fake(name: str) -> None:
    out = run_example(name, REFLEXIO_EXAMPLES_SERVER="fake")
    assert "(the in-memory fake of reflexio.testing" in out
    for line in ON_THE_FAKE[name]:
        assert line in out
    assert not re.search(r"^Sessions left for \S+: [1-9]", out, re.M)
    assert "Server stopped." in out


@pytest.mark.prism
def test_demo_against_prism_on_request() -> None:
    ensure_installed()
    out = run_example("demo.py", REFLEXIO_EXAMPLES_SERVER="prism")
    url = value(r"^Server: (http://127\.0\.0\.1:\d+) \(Prism mock", out)
    assert "(Prism answers an example, whatever was deleted)" in out
    assert out.rstrip().endswith("Done.")
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/health/live", timeout=5)


@pytest.mark.server
def test_init_and_auth_with_a_key_server(real_server_key) -> None:
    out = run_example("init_and_auth.py", real_server_key.url, REFLEXIO_API_KEY=SERVER_KEY)
    assert f"ReflexioClient(url_endpoint='{real_server_key.url}/', api_key='***')" in out
    assert SERVER_KEY not in out
    assert "org_id=self-host-org" in out
    assert "A wrong API key is refused: AuthenticationError (HTTP 401)" in out
    assert "ReflexioClient(url_endpoint='localhost:8081') -> ValueError: invalid Reflexio URL" in out


@pytest.mark.server
def test_init_and_auth_without_authentication(real_server) -> None:
    out = run_example("init_and_auth.py", real_server.url)
    assert f"ReflexioClient(url_endpoint='{real_server.url}/', api_key=None)" in out
    assert re.search(r"^get_config\(\): window_size=\d+ stride_size=\d+$", out, re.M)
    assert "This server runs without authentication" in out


@pytest.mark.server
def test_requests_and_sessions(real_server) -> None:
    out = run_example("requests_and_sessions.py", real_server.url)
    user_id = value(r"^Published 4 requests for (\S+) ", out)
    first = value(r"\(first: (\S+)\)", out)
    assert out.count("Session: ") == 3
    assert "  Source: support_chat" in out and "  Agent version: candidate-b" in out
    assert "evaluation_only request: learning_status=done (not_applicable)" in out
    assert "Requests in the last 7 days: 4" in out
    assert f"get_requests(request_id=...) -> ['{first}']" in out
    assert "iter_sessions -> 3 sessions" in out  # three sessions, in pages of two
    assert "delete_session: Deleted 1 requests" in out
    assert "Fire-and-forget deletes sent: True, failed: 0" in out
    assert f"Sessions left for {user_id}: 0" in out
    with ReflexioClient(url_endpoint=real_server.url) as client:
        assert client.get_requests(user_id=user_id).sessions == []


@pytest.mark.server
def test_configuration_changes_then_restores(real_server) -> None:
    with ReflexioClient(url_endpoint=real_server.url) as client:
        before = client.get_config().to_dict()
        out = run_example("configuration.py", real_server.url)
        after = client.get_config().to_dict()
    assert "Preset applied: True: extraction_preset=long_form window_size=25 stride_size=10" in out
    assert "Config updated: True" in out
    assert "Stored profile context_prompt: Analyzing customer conversations" in out
    assert "Stored aggregation min_cluster_size: 3" in out
    assert "update_config: True, shadow_mode_enabled=True" in out
    assert "invalidate_cache: invalidated=" in out
    assert "whoami: self-host-org sqlite" in out
    assert "Original configuration restored: True" in out
    assert after == before


@pytest.mark.server
def test_operations_with_canned_llm(real_server_llm) -> None:
    out = run_example("operations.py", real_server_llm.url)
    assert int(value(r"profiles_added=(\d+)", out)) >= 1
    assert int(value(r"^rerun_profile_generation: Profile generation completed \(profiles_generated=(\d+)\)", out)) >= 1
    assert int(value(r"^PENDING profiles: (\d+)$", out)) >= 1
    assert int(value(r"^upgrade_profiles: Upgraded: (\d+) promoted", out)) >= 1
    assert "rerun_playbook_generation: Playbook generation completed" in out
    assert int(value(r"^upgrade_user_playbooks: Upgraded: (\d+) promoted", out)) >= 1
    assert "run_playbook_aggregation: None (queued)" in out
    assert "run_playbook_aggregation(wait_for_response=True): success=True" in out
    assert "flush(): True; 5 of 5 background calls succeeded" in out
    assert not re.search(r"background \w+ failed", out)  # nothing reached on_error
    assert "get_stall_state: not stalled" in out
    assert int(value(r"^clear_user_data: \{.*'profiles': (\d+)", out)) >= 1
