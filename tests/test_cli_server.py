"""reflexio-py against the real reflexio-ai server: doctor, generated operations, config diff, auth,
and a small backfill killed mid-way and resumed (publish is limited to 60/min: the 10,000-line case
runs on the fake, tests/test_cli_backfill.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflexio import ReflexioClient

pytestmark = pytest.mark.server


@pytest.fixture(scope="module", autouse=True)
def _cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The CLI remembers learned rate limits under $XDG_CACHE_HOME: a throwaway folder here."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


def clean_env(url: str) -> dict[str, str]:
    """The environment without the developer's Reflexio settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFLEXIO_")}
    env["REFLEXIO_API_URL"] = url
    return env


def cli(url: str, *args: str, key: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = clean_env(url)
    if key is not None:
        env["REFLEXIO_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "reflexio.cli", *args], env=env, capture_output=True, text=True, timeout=timeout
    )


def test_doctor_finds_the_server_and_its_operations_match_the_client(real_server) -> None:
    done = cli(real_server.url, "doctor", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    checks = {c["name"]: c for c in json.loads(done.stdout)["checks"]}
    assert {name: c["status"] for name, c in checks.items() if name != "version"} == {
        "client": "ok",
        "reachable": "ok",
        "auth": "ok",
        "spec": "ok",
        "rate limits": "ok",
    }
    assert "server 100 operations, client 100" in checks["spec"]["detail"]


def test_a_generated_operation_and_whoami(real_server) -> None:
    version = cli(real_server.url, "health", "get-version-info", "--json")
    assert version.returncode == 0, version.stderr
    assert "server_version" in json.loads(version.stdout)
    who = cli(real_server.url, "whoami", "--json")
    assert json.loads(who.stdout)["org_id"]


def test_config_diff_against_the_server(real_server, tmp_path: Path) -> None:
    current = cli(real_server.url, "config", "get")
    assert current.returncode == 0, current.stderr
    local = tmp_path / "config.json"
    local.write_text(current.stdout)
    same = cli(real_server.url, "config", "diff", str(local))
    assert (same.returncode, same.stdout) == (0, ""), same.stderr
    config = json.loads(current.stdout)
    local.write_text(json.dumps({"window_size": config["window_size"] + 1}))
    differs = cli(real_server.url, "config", "diff", str(local), "--json")
    assert differs.returncode == 1
    assert json.loads(differs.stdout) == [
        {"path": "window_size", "server": config["window_size"], "local": config["window_size"] + 1, "only": None}
    ]


def test_a_server_with_a_key_refuses_none_with_exit_3(real_server_key) -> None:
    done = cli(real_server_key.url, "whoami")
    assert done.returncode == 3
    assert done.stderr.startswith("error: authentication refused") and done.stderr.count("\n") == 1
    assert cli(real_server_key.url, "whoami", key=real_server_key.api_key).returncode == 0


def test_a_small_backfill_killed_and_resumed_stores_each_conversation_once(
    real_server, unique: str, tmp_path: Path
) -> None:
    count = 12
    source = tmp_path / "history.jsonl"
    user = f"cli-{unique}"
    source.write_text(
        "".join(
            json.dumps(
                {"user_id": user, "session_id": f"s{i % 3}", "interactions": [{"role": "user", "content": f"m{i}"}]}
            )
            + "\n"
            for i in range(count)
        )
    )
    checkpoint = tmp_path / "history.jsonl.checkpoint"
    env = clean_env(real_server.url)
    command = [sys.executable, "-m", "reflexio.cli", "publish", str(source), "--concurrency", "1", "--json"]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while (not checkpoint.exists() or len(checkpoint.read_text().split()) < 4) and first.poll() is None:
        assert time.monotonic() < deadline, "no 4 conversations within 120 s"
        time.sleep(0.01)
    first.kill()
    first.communicate()
    landed = len(checkpoint.read_text().split())
    assert landed >= 4

    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    summary = json.loads(second.stdout)
    assert summary["failed"] == 0 and summary["published"] + summary["already_present"] == count
    with ReflexioClient(url_endpoint=real_server.url) as client:
        stored = [i.content for i in client.iter_interactions(user_id=user)]
    assert sorted(stored) == sorted(f"m{i}" for i in range(count))

    exported = cli(real_server.url, "export", "--user-id", user)
    assert exported.returncode == 0, exported.stderr
    kinds = [json.loads(line)["kind"] for line in exported.stdout.splitlines()]
    assert kinds.count("interaction") == count


def test_lists_search_and_org_export(real_server, unique: str, tmp_path: Path) -> None:
    user = f"cli-lists-{unique}"
    profiles = [
        {
            "user_id": user,
            "profile_id": f"{unique}-{i}",
            "content": f"likes green tea {i}",
            "last_modified_timestamp": int(time.time()),
            "generated_from_request_id": "r",
            "source_interaction_ids": [],
            "tags": [],
        }
        for i in range(3)
    ]
    added = cli(real_server.url, "profiles", "add-user-profile", "--user-profiles", json.dumps(profiles))
    assert added.returncode == 0, added.stderr
    listed = cli(real_server.url, "profiles", "list", "--user-id", user, "--limit", "2", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [json.loads(line)["user_id"] for line in listed.stdout.splitlines()] == [user, user]
    found = cli(real_server.url, "search", "green tea", "--user-id", user, "--json")
    assert found.returncode == 0, found.stderr
    assert "profiles" in json.loads(found.stdout)
    target = tmp_path / "org.jsonl"
    org = cli(real_server.url, "export", "--org", "-o", str(target))
    assert org.returncode == 0, org.stderr
    contents = {json.loads(line)["data"].get("content") for line in target.read_text().splitlines()}
    assert {f"likes green tea {i}" for i in range(3)} <= contents
