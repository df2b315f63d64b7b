"""reflexio-py end to end against the fake served on loopback: every command as a user runs it
(`main(argv)` in-process, output captured), exit codes, one-line errors, nothing lost on bad input."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from servers import CLOSED_PORT_URL
from spec_ops import SpecOp, call_kwargs, operations

from reflexio.cli import _catalog, main
from reflexio.cli._errors import EXIT_CODES
from reflexio.testing import FakeReflexio

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines()]


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The CLI remembers learned rate limits under $XDG_CACHE_HOME: a folder of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeReflexio, str]]:
    """One fake on loopback for the module (stopping a server takes half a second); reset per test."""
    fake = FakeReflexio()
    with fake.serve() as url:
        yield fake, url


@pytest.fixture
def fake(served: tuple[FakeReflexio, str]) -> Iterator[FakeReflexio]:
    served[0].reset()
    yield served[0]
    served[0].close_clients()


@pytest.fixture
def url(fake: FakeReflexio, served: tuple[FakeReflexio, str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("REFLEXIO_API_URL", served[1])
    return served[1]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str) -> Any:
    def run(*args: str, stdin: str | None = None) -> Result:
        capsys.readouterr()
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


def turn(user: str, text: str, session: str = "s1") -> dict[str, Any]:
    return {"user_id": user, "session_id": session, "interactions": [{"role": "user", "content": text}]}


def contents(fake: FakeReflexio, user: str) -> list[str]:
    with fake.client() as client:
        return [i.content for i in client.iter_interactions(user_id=user)]


def profile(user: str, pid: str, content: str) -> dict[str, Any]:
    return {
        "user_id": user,
        "profile_id": pid,
        "content": content,
        "last_modified_timestamp": 1_700_000_000,
        "generated_from_request_id": "r",
        "source_interaction_ids": [],
        "tags": [],
    }


# -- packaging ---------------------------------------------------------------------------------------


def test_import_reflexio_never_imports_the_cli() -> None:
    # (click itself may be loaded: `import httpx` tries its own command line, httpx._main, when click is installed)
    code = "import sys, reflexio; print(sorted(m for m in sys.modules if m.startswith(('reflexio.cli', 'tqdm'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_help_imports_no_generated_operation_and_lists_the_common_jobs() -> None:
    code = (
        "import sys; from reflexio.cli import main; rc = main(['--help']); "
        "print(rc, sorted(m for m in sys.modules if m.startswith('reflexio_api.api.')), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "0 []"
    for command in ("publish", "search", "export", "whoami", "doctor", "profiles", "playbooks", "config", "tool-calls"):
        assert f"\n  {command} " in done.stdout
    assert "Exit codes" in done.stdout


def test_the_console_script_is_reflexio_py_not_reflexio() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    assert 'reflexio-py = "reflexio.cli:main"' in text
    assert "\nreflexio = " not in text


def test_python_m_runs_the_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "reflexio.cli", "--version"], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.startswith("reflexio-py ")


HAND_WRITTEN = [
    ["publish"],
    ["search"],
    ["export"],
    ["whoami"],
    ["doctor"],
    ["profiles", "list"],
    ["playbooks", "list"],
    ["config", "get"],
    ["config", "set"],
    ["config", "diff"],
]


@pytest.mark.parametrize("command", HAND_WRITTEN, ids=" ".join)
def test_each_common_job_has_its_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--help"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"Usage: reflexio-py {' '.join(command)} ")
    assert "--json" in shown or command == ["export"]  # export writes JSONL whatever


# -- every operation ---------------------------------------------------------------------------------


def spec_operations() -> dict[str, str]:
    """Operation id -> its tag (the command group)."""
    return {op.operation_id: op.tag for op in operations()}


def test_every_spec_operation_has_a_command_under_its_tag() -> None:
    assert _catalog.all_operation_ids() == spec_operations()


def test_the_routes_doctor_compares_are_those_of_the_spec() -> None:
    expected = {_catalog.route_key(op.method, op.path): op.operation_id for op in operations()}
    assert _catalog.routes() == expected


@pytest.mark.parametrize(("operation_id", "tag"), sorted(spec_operations().items()))
def test_each_operation_command_offers_its_parameters_and_body_fields(
    operation_id: str, tag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    info = _catalog.describe(tag, operation_id)
    assert main([tag.replace("_", "-"), operation_id.replace("_", "-"), "--help"]) == 0
    shown = capsys.readouterr().out
    for param in info.params:
        assert "--" + param.name.replace("_", "-") in shown
    for field in info.fields:
        assert "--" + field.name.rstrip("_").replace("_", "-") in shown or field.name in ("json", "body")
    assert ("--body" in shown) == (info.body is not None)


def command_line(op: SpecOp) -> list[str]:
    """The reflexio-py command for `op` with the spec's example arguments: options for the path, query
    and header parameters, the body as --body JSON."""
    args = [op.tag.replace("_", "-"), op.operation_id.replace("_", "-")]
    for name, value in call_kwargs(op, full=True).items():
        if name == "body":
            args += ["--body", json.dumps(value if isinstance(value, dict) else value.to_dict())]
        elif isinstance(value, bool):
            args.append(("--" if value else "--no-") + name.replace("_", "-"))
        else:
            args += ["--" + name.replace("_", "-"), str(getattr(value, "value", value))]
    return args


# The fake refuses these examples as the server would: no such request; a config without storage_config.
REFUSED = {"get_learning_status": 404, "set_config": 422}


@pytest.mark.parametrize("op", operations(), ids=str)
def test_every_operation_runs_end_to_end_with_the_specs_example(cli: Any, fake: FakeReflexio, op: SpecOp) -> None:
    result = cli(*command_line(op), "--json")
    assert fake.calls(op.operation_id), "nothing reached the server"
    if op.operation_id in REFUSED:
        assert result.code == 1
        assert result.err.startswith(f"error: {REFUSED[op.operation_id]} from ") and result.err.count("\n") == 1
        return
    assert result.code == 0, result.err
    json.loads(result.out)  # the answer, as JSON


def test_an_operation_takes_flags_over_a_json_body_file(cli: Any, fake: FakeReflexio, tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"user_profiles": [profile("someone", "p1", "likes tea")]}))
    added = cli("profiles", "add-user-profile", "--body", str(body), "--json")
    assert added.code == 0, added.err
    assert added.json()["added_count"] == 1

    request = tmp_path / "get.json"
    request.write_text(json.dumps({"user_id": "nobody", "top_k": 5}))
    got = cli("profiles", "get-profiles", "--body", str(request), "--user-id", "someone")
    assert got.code == 0, got.err
    assert [p["content"] for p in got.json()["user_profiles"]] == ["likes tea"]
    sent = fake.calls("get_profiles")[-1].json
    assert (sent["user_id"], sent["top_k"]) == ("someone", 5)


def test_an_operation_body_from_stdin_and_typed_query_parameters(cli: Any, fake: FakeReflexio) -> None:
    payload = json.dumps({"user_profiles": [profile("u1", "p1", "a"), profile("u1", "p2", "b")]})
    assert cli("profiles", "add-user-profile", "--body", "-", stdin=payload).code == 0
    listed = cli("profiles", "get-all-profiles", "--limit", "1", "--date-field", "created_at", "--json")
    assert listed.code == 0, listed.err
    assert len(listed.json()["user_profiles"]) == 1
    params = fake.calls("get_all_profiles")[-1].params
    assert (params["limit"], params["date_field"]) == ("1", "created_at")


def test_an_unknown_body_field_is_named_and_nothing_is_sent(cli: Any, fake: FakeReflexio) -> None:
    result = cli("profiles", "search-profiles", "--body", '{"user_id": "u1", "colour": "red"}')
    assert result.code == 2
    assert "unknown field 'colour'" in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert fake.calls("search_profiles") == []


def test_a_missing_required_field_names_its_option(cli: Any, fake: FakeReflexio) -> None:
    result = cli("profiles", "search-profiles", "--query", "tea")
    assert result.code == 2
    assert "missing required field 'user_id' (--user-id)" in result.err
    assert fake.calls("search_profiles") == []


def test_bad_json_in_an_option_is_refused(cli: Any, fake: FakeReflexio) -> None:
    result = cli("profiles", "add-user-profile", "--user-profiles", "[{oops")
    assert result.code == 2
    assert "--user-profiles: not valid JSON" in result.err
    assert fake.calls("add_user_profile") == []


def test_a_list_field_is_a_repeatable_option(cli: Any, fake: FakeReflexio) -> None:
    result = cli("profiles", "search-profiles", "--user-id", "u1", "--tags", "a", "--tags", "b")
    assert result.code == 0, result.err
    assert fake.calls("search_profiles")[-1].json["tags"] == ["a", "b"]


# -- publish -----------------------------------------------------------------------------------------


def test_publish_one_turn_from_flags(cli: Any, fake: FakeReflexio) -> None:
    result = cli("publish", "--user-id", "u1", "--session-id", "s1", "--content", "I prefer email", "--reply", "Noted")
    assert result.code == 0, result.err
    assert result.out.startswith("published request ")
    assert sorted(contents(fake, "u1")) == ["I prefer email", "Noted"]


def test_publish_one_conversation_from_stdin_as_json(cli: Any, fake: FakeReflexio) -> None:
    result = cli("publish", "--body", "-", "--json", stdin=json.dumps(turn("u2", "hello")))
    assert result.code == 0, result.err
    assert result.json()["success"] is True
    assert contents(fake, "u2") == ["hello"]


def test_publish_without_a_user_says_what_is_missing(cli: Any, fake: FakeReflexio) -> None:
    result = cli("publish", "--content", "hi")
    assert result.code == 2
    assert "missing --user-id" in result.err
    assert fake.calls("publish_interaction") == []


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines))
    return path


def test_backfill_names_each_bad_line_and_publishes_every_other(cli: Any, fake: FakeReflexio, tmp_path: Path) -> None:
    good = [json.dumps(turn("u1", f"message {i}")) for i in range(6)]
    lines = [
        good[0],
        '{"user_id": "u1", oops',
        good[1],
        json.dumps({**turn("u1", "x"), "colour": "red"}),
        good[2],
        "[1, 2]",
        "",
        json.dumps({"user_id": "u1", "session_id": "s"}),
        *good[3:],
    ]
    source = write_jsonl(tmp_path / "history.jsonl", lines)
    result = cli("publish", str(source), "--json", "--no-progress")
    assert result.code == 1
    summary = result.json()
    assert (summary["published"], summary["failed"], summary["lines"]) == (6, 4, 10)
    assert [(f["line"], f["error"]) for f in summary["failures"]] == [
        (2, "not valid JSON (Expecting property name enclosed in double quotes at column 19)"),
        (4, "unknown field 'colour'"),
        (6, "expected a JSON object, not list"),
        (8, "missing field 'interactions'"),
    ]
    assert "line 4: unknown field 'colour'" in result.err
    assert sorted(contents(fake, "u1")) == sorted(f"message {i}" for i in range(6))


def test_backfill_rerun_sends_only_what_failed(cli: Any, fake: FakeReflexio, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "h.jsonl", [json.dumps(turn("u1", f"m{i}")) for i in range(5)])
    fake.fail("publish_interaction", 400, times=1)  # the first conversation is refused (not retried)
    first = cli("publish", str(source), "--concurrency", "1", "--json")
    assert first.code == 1
    assert [f["line"] for f in first.json()["failures"]] == [1]
    assert len((tmp_path / "h.jsonl.checkpoint").read_text().split()) == 4

    sent_before = len(fake.calls("publish_interaction"))
    second = cli("publish", str(source), "--json")
    assert second.code == 0, second.err
    assert (second.json()["published"], second.json()["already_present"]) == (1, 4)
    assert len(fake.calls("publish_interaction")) == sent_before + 1  # the checkpoint kept the others
    assert sorted(contents(fake, "u1")) == [f"m{i}" for i in range(5)]


def test_backfill_from_stdin_without_checkpoint_stores_nothing_twice(cli: Any, fake: FakeReflexio) -> None:
    text = "".join(json.dumps(turn("u3", f"m{i}")) + "\n" for i in range(4))
    assert cli("publish", "-", stdin=text).code == 0
    again = cli("publish", "-", "--json", stdin=text)
    assert again.code == 0
    assert (again.json()["published"], again.json()["already_present"]) == (0, 4)
    assert sorted(contents(fake, "u3")) == ["m0", "m1", "m2", "m3"]


def test_source_and_agent_version_flags_fill_the_lines_that_name_none(
    cli: Any, fake: FakeReflexio, tmp_path: Path
) -> None:
    source = write_jsonl(
        tmp_path / "h.jsonl", [json.dumps({**turn("u1", "a"), "source": "crm"}), json.dumps(turn("u1", "b"))]
    )
    assert cli("publish", str(source), "--source", "import", "--agent-version", "v7").code == 0
    sent = sorted((c.json["source"], c.json["agent_version"]) for c in fake.calls("publish_interaction"))
    assert sent == [("crm", "v7"), ("import", "v7")]


def test_a_field_unknown_to_the_spec_inside_a_turn_is_sent_with_a_one_line_warning(
    cli: Any, fake: FakeReflexio, tmp_path: Path
) -> None:
    turns = [{"role": "user", "content": "x", "mood_cli_test": "happy"}]
    source = write_jsonl(
        tmp_path / "h.jsonl", [json.dumps({"user_id": "u1", "session_id": "s", "interactions": turns})]
    )
    result = cli("publish", str(source))
    assert result.code == 0
    assert "warning: interactions[0]: 'mood_cli_test' is not a field of InteractionData" in result.err
    assert fake.calls("publish_interaction")[-1].json["interaction_data_list"][0]["mood_cli_test"] == "happy"
    assert not any(
        isinstance(h, logging.Handler) and "Stderr" in type(h).__name__ for h in logging.getLogger("reflexio").handlers
    )  # the run's handler is gone


def test_a_misspelled_field_inside_a_turn_fails_its_line(cli: Any, fake: FakeReflexio, tmp_path: Path) -> None:
    turns = [{"role": "user", "contnet": "x"}]
    source = write_jsonl(
        tmp_path / "h.jsonl",
        [json.dumps(turn("u1", "ok")), json.dumps({"user_id": "u1", "session_id": "s", "interactions": turns})],
    )
    result = cli("publish", str(source), "--json")
    assert result.code == 1
    [failure] = result.json()["failures"]
    assert failure["line"] == 2 and "'contnet'" in failure["error"] and "did you mean 'content'" in failure["error"]
    assert contents(fake, "u1") == ["ok"]


def test_a_file_and_one_turn_flags_do_not_mix(cli: Any, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "h.jsonl", [json.dumps(turn("u1", "m"))])
    result = cli("publish", str(source), "--content", "x")
    assert result.code == 2
    assert "--content is for one conversation" in result.err


# -- lists, search, export ---------------------------------------------------------------------------


@pytest.fixture
def profiles(fake: FakeReflexio) -> None:
    with fake.client() as client:
        client.add_user_profile([profile("u1", f"p{i}", f"fact {i}") for i in range(5)])
        client.add_user_playbook([{"user_id": "u1", "agent_version": "v1", "request_id": "r1", "content": "be brief"}])
        client.add_agent_playbooks([{"agent_version": "v1", "content": "greet first", "playbook_name": "style"}])


@pytest.mark.usefixtures("profiles")
def test_profiles_list_as_table_and_as_jsonl_with_limit(cli: Any) -> None:
    table = cli("profiles", "list", "--user-id", "u1")
    assert table.code == 0
    rows = table.out.splitlines()
    assert rows[0].split() == ["PROFILE_ID", "STATUS", "MODIFIED", "CONTENT"]
    assert len(rows) == 6 and "fact" in rows[1]
    assert table.err.strip() == "5 items"

    limited = cli("--json", "profiles", "list", "--user-id", "u1", "--limit", "3")
    assert [row["user_id"] for row in limited.lines()] == ["u1"] * 3


@pytest.mark.usefixtures("profiles")
def test_playbooks_list_user_and_agent(cli: Any) -> None:
    user = cli("playbooks", "list", "--user-id", "u1", "--json")
    assert [p["content"] for p in user.lines()] == ["be brief"]
    agent = cli("playbooks", "list", "--agent", "--json")
    assert [p["content"] for p in agent.lines()] == ["greet first"]
    mixed = cli("playbooks", "list", "--agent", "--user-id", "u1")
    assert mixed.code == 2


@pytest.mark.usefixtures("profiles")
def test_search_as_table_and_json(cli: Any) -> None:
    found = cli("search", "fact", "--user-id", "u1", "--top-k", "2", "--json")
    assert found.code == 0
    assert [p["user_id"] for p in found.json()["profiles"]] == ["u1", "u1"]
    table = cli("search", "fact", "--user-id", "u1")
    assert table.code == 0
    rows = table.out.splitlines()
    assert rows[0].split() == ["KIND", "USER_ID", "CONTENT"] and rows[1].split()[:3] == ["profile", "u1", "fact"]


@pytest.mark.usefixtures("profiles")
def test_export_a_user_to_jsonl(cli: Any, fake: FakeReflexio) -> None:
    assert cli("publish", "--user-id", "u1", "--session-id", "s", "--content", "hello").code == 0
    result = cli("export", "--user-id", "u1")
    assert result.code == 0
    kinds = [(r["kind"], r["data"].get("content")) for r in result.lines()]
    assert sorted(k for k, _ in kinds) == ["interaction"] + ["profile"] * 5 + ["user_playbook"]
    assert ("interaction", "hello") in kinds
    assert "exported 5 profiles, 1 user_playbook, 1 interaction" in result.err


@pytest.mark.usefixtures("profiles")
def test_export_the_org_to_a_file(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "org.jsonl"
    result = cli("export", "--org", "-o", str(target))
    assert result.code == 0, result.err
    kinds = sorted({json.loads(line)["kind"] for line in target.read_text().splitlines()})
    assert kinds == ["agent_playbook", "profile", "user_playbook"]
    assert not (tmp_path / "org.jsonl.partial").exists()
    assert cli("export").code == 2


# -- config, whoami, doctor --------------------------------------------------------------------------


def test_config_get_diff_set(cli: Any, tmp_path: Path) -> None:
    current = cli("config", "get", "--json").json()
    local = tmp_path / "config.json"
    local.write_text(json.dumps({"window_size": current["window_size"] + 1}))

    diff = cli("config", "diff", str(local))
    assert diff.code == 1
    assert diff.out.strip() == f"window_size: {current['window_size']} -> {current['window_size'] + 1}"
    dry = cli("config", "set", str(local), "--dry-run")
    assert dry.code == 0 and "nothing sent" in dry.err
    assert cli("config", "get", "--json").json()["window_size"] == current["window_size"]

    assert cli("config", "set", str(local)).code == 0
    assert cli("config", "get", "--json").json()["window_size"] == current["window_size"] + 1
    again = cli("config", "diff", str(local), "--json")
    assert (again.code, again.json()) == (0, [])


def test_whoami_and_doctor(cli: Any) -> None:
    who = cli("whoami", "--json")
    assert who.code == 0 and who.json()["org_id"]
    doctor = cli("doctor", "--json")
    assert doctor.code == 0, doctor.out
    checks = {c["name"]: c["status"] for c in doctor.json()["checks"]}
    assert checks == {
        "client": "ok",
        "reachable": "ok",
        "auth": "ok",
        "version": "ok",
        "spec": "warn",
        "rate limits": "ok",
    }  # the fake serves no /openapi.json


def test_doctor_tells_the_rate_limits_learned_in_earlier_runs(
    cli: Any, fake: FakeReflexio, sleeps: list[float], _cache: Path
) -> None:
    assert "none learned yet" in cli("doctor").out
    fake.fail("publish_interaction", 429, times=1)  # the server's body: "Rate limit exceeded: 60 per 1 minute"
    assert cli("publish", "--user-id", "u1", "--session-id", "s", "--content", "hi").code == 0
    assert (_cache / "reflexio-py" / "limits.json").exists()

    doctor = cli("doctor", "--json")  # a new run: a new client, which learned nothing itself
    limits = next(c for c in doctor.json()["checks"] if c["name"] == "rate limits")
    assert limits["status"] == "ok"
    assert limits["detail"].startswith("publish_interaction: 60 per 1 minute (seen ")


# -- errors and exit codes ---------------------------------------------------------------------------


def test_an_unreachable_server_is_one_line_and_exit_4(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--url", CLOSED_PORT_URL, "--max-retries", "0", "whoami"])
    err = capsys.readouterr().err
    assert code == 4
    assert err.startswith("error: cannot reach the server") and err.count("\n") == 1


def test_debug_shows_the_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    from reflexio import APIConnectionError

    with pytest.raises(APIConnectionError):
        main(["--debug", "--url", CLOSED_PORT_URL, "--max-retries", "0", "whoami"])


def test_a_refused_key_exits_3(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeReflexio(api_key="right")
    with fake.serve() as served:
        code = main(["--url", served, "--api-key", "wrong", "whoami"])
    assert code == 3
    assert capsys.readouterr().err.startswith("error: authentication refused")


def test_doctor_exits_with_the_code_of_its_first_failed_check(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeReflexio(api_key="right")
    with fake.serve() as served:
        code = main(["--url", served, "--json", "doctor"])
    checks = {c["name"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    assert code == 3
    assert (checks["reachable"]["status"], checks["auth"]["status"]) == ("ok", "fail")
    assert checks["auth"]["detail"].startswith("authentication refused")
    assert main(["--url", CLOSED_PORT_URL, "--max-retries", "0", "doctor"]) == 4


def test_a_server_error_exits_1(cli: Any, fake: FakeReflexio, sleeps: list[float]) -> None:
    fake.fail("whoami", 500, times=None)
    result = cli("whoami")
    assert result.code == 1
    assert result.err.startswith("error: ") and result.err.count("\n") == 1


def test_a_usage_error_exits_2(cli: Any) -> None:
    assert cli("profiles", "list").code == 2  # --user-id is required
    assert cli("no-such-command").code == 2


def test_the_docs_list_every_exit_code_and_command() -> None:
    doc = (ROOT / "docs" / "cli.md").read_text()
    for code, text in EXIT_CODES.items():
        assert f"| {code} | {text} |" in doc
    for command in ("publish", "search", "profiles list", "playbooks list", "export", "config diff", "doctor"):
        assert f"reflexio-py {command}" in doc
