"""Dry run of the maintainer's workflow on simulated server changes, each in a scratch copy.

For each change: copy the checkout (tracked and new files) into a temporary folder, edit the server
document there (openapi/upstream/...), then run what `make regen` runs: the offline pipeline
(scripts/pipeline.py), the diff report, and the contract tests (without the real server and Prism). Each
change should end in a working client, or in failing tests that name what to edit. The checkout is
never written.

Usage: python scripts/replay_server_changes.py [NAME ...]   (default: every change)
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _config import ROOT, load
from pipeline import STEPS


def contract_tests() -> list[str]:
    """The Makefile's CONTRACT_TESTS (what `make regen` runs)."""
    found = re.search(r"^CONTRACT_TESTS := ((?:.*\\\n)*.*)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    if found is None:
        raise SystemExit("no CONTRACT_TESTS in the Makefile")
    return found.group(1).replace("\\", " ").split()


Doc = dict[str, Any]


def new_operation(doc: Doc) -> None:
    """POST /api/count_profiles, a new read."""
    op = copy.deepcopy(doc["paths"]["/api/get_profiles"]["post"])
    op["operationId"] = "count_profiles_api_count_profiles_post"
    op["summary"] = "Count Profiles"
    doc["paths"]["/api/count_profiles"] = {"post": op}


def new_request_field(doc: Doc) -> None:
    """get_profiles takes an optional min_score."""
    props = doc["components"]["schemas"]["GetUserProfilesRequest"]["properties"]
    props["min_score"] = {"anyOf": [{"type": "number"}, {"type": "null"}], "title": "Min Score"}


def new_search_field(doc: Doc) -> None:
    """search_user_profiles (a generated method with a deprecated alias) takes an optional min_score."""
    props = doc["components"]["schemas"]["SearchUserProfileRequest"]["properties"]
    props["min_score"] = {"anyOf": [{"type": "number"}, {"type": "null"}], "title": "Min Score"}


def new_hand_written_field(doc: Doc) -> None:
    """search_interactions (a hand-written method) takes an optional min_score."""
    props = doc["components"]["schemas"]["SearchInteractionRequest"]["properties"]
    props["min_score"] = {"anyOf": [{"type": "number"}, {"type": "null"}], "title": "Min Score"}


def new_list_field(doc: Doc) -> None:
    """get_requests (a list method with an iterator) takes an optional labels filter."""
    props = doc["components"]["schemas"]["GetRequestsRequest"]["properties"]
    props["labels"] = {"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}], "title": "Labels"}


def removed_response_field(doc: Doc) -> None:
    """get_learning_status answers without `status` (the client reads it)."""
    schema = doc["components"]["schemas"]["LearningStatusResponse"]
    del schema["properties"]["status"]
    schema["required"] = [name for name in schema.get("required", []) if name != "status"]


def new_enum_value(doc: Doc) -> None:
    """Playbooks can be "expired"."""
    doc["components"]["schemas"]["PlaybookStatus"]["enum"].append("expired")


def moved_path(doc: Doc) -> None:
    """POST /api/search_interactions moves to /api/interactions/search (same handler)."""
    item = doc["paths"].pop("/api/search_interactions")
    item["post"]["operationId"] = "search_interactions_api_interactions_search_post"
    doc["paths"]["/api/interactions/search"] = item


def moved_overridden_path(doc: Doc) -> None:
    """POST /api/search_profiles (its operationId set in codegen.toml) moves to /api/profiles/search."""
    item = doc["paths"].pop("/api/search_profiles")
    item["post"]["operationId"] = "search_user_profiles_api_profiles_search_post"
    doc["paths"]["/api/profiles/search"] = item


# the request field a change adds: the replay lists the public methods (both clients, both session views)
# that take it as a keyword
NEW_FIELDS = {
    "new request field": "min_score",
    "new request field on a list method": "labels",
    "new request field of a search method": "min_score",
    "new request field of a hand-written method": "min_score",
}
KEYWORD_HOLDERS = """
import inspect, sys
from reflexio import AsyncReflexioClient, ReflexioClient
from reflexio._session import AsyncSessionClient, SessionClient
for cls in (ReflexioClient, AsyncReflexioClient, SessionClient, AsyncSessionClient):
    for name, member in inspect.getmembers(cls, callable):
        if not name.startswith("_") and sys.argv[1] in inspect.signature(member).parameters:
            print(f"{cls.__name__}.{name}")
"""

CHANGES: dict[str, Callable[[Doc], None]] = {
    "new operation": new_operation,
    "new request field": new_request_field,
    "new request field on a list method": new_list_field,
    "new request field of a search method": new_search_field,
    "new request field of a hand-written method": new_hand_written_field,
    "removed response field": removed_response_field,
    "new enum value": new_enum_value,
    "moved path": moved_path,
    "moved path with an operationId override": moved_overridden_path,
}


def scratch_copy(dst: Path) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (dst / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dst / name)


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # the scratch copy's packages come first (the checkout is installed in editable mode)
    env = {**os.environ, "PYTHONPATH": f"{cwd}{os.pathsep}{cwd / 'generated'}", "PYTHONDONTWRITEBYTECODE": "1"}
    env["COLUMNS"] = "400"  # pytest's summary lines keep the whole message
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)


def failures(pytest_output: str) -> list[str]:
    """`FAILED test - first line of its message` lines of pytest's -rf summary."""
    return [line.removeprefix("FAILED ") for line in pytest_output.splitlines() if line.startswith("FAILED ")]


def replay(name: str, change: Callable[[Doc], None], work: Path) -> list[str]:
    cfg = load()
    scratch_copy(work)
    upstream = work / cfg["spec"]["upstream"]
    doc = json.loads(upstream.read_text())
    change(doc)
    upstream.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    base = work / "build" / "reflexio.previous.yaml"
    base.parent.mkdir(exist_ok=True)
    shutil.copyfile(work / cfg["spec"]["path"], base)
    py = sys.executable
    lines = [f"## {name}: {change.__doc__}"]
    for step in STEPS:
        result = run([py, f"scripts/{step}"], work)
        if result.returncode != 0:
            message = (result.stderr.strip().splitlines() or ["?"])[-1]
            return [*lines, f"- `scripts/{step}` stops: {message}"]
    if name in NEW_FIELDS:
        holders = run([py, "-c", KEYWORD_HOLDERS, NEW_FIELDS[name]], work).stdout.split()
        lines.append(f"- keyword {NEW_FIELDS[name]}: {', '.join(holders) or 'no method takes it'}")
    report = run([py, "scripts/spec_diff.py", "--base", str(base)], work).stdout
    summary = [line for line in report.splitlines() if line.startswith(("| BREAKING", "| ok", "Suggested", "- [spec"))]
    lines += [f"- diff report: {line.strip()}" for line in summary]
    selection = ["-m", "not server and not prism and not slow", *contract_tests()]
    tests = run([py, "-m", "pytest", "-q", "-rf", "-p", "no:cacheprovider", "--tb=short", *selection], work)
    failed = failures(tests.stdout)
    if tests.returncode == 0:
        lines.append(f"- contract tests pass: {tests.stdout.strip().splitlines()[-1]} -> a working client")
    lines += [f"- FAILED {line[:400]}" for line in failed]
    lines += [f"  - {m.group(1)}" for m in re.finditer(r"^E\s+(\S+\.py:\d+: error: .*)$", tests.stdout, re.MULTILINE)]
    if tests.returncode != 0 and not failed:
        lines.append(f"- pytest exit {tests.returncode}: {tests.stdout[-500:]}")
    return lines


def main(names: list[str]) -> int:
    chosen = {n: c for n, c in CHANGES.items() if not names or n in names}
    for name, change in chosen.items():
        with tempfile.TemporaryDirectory(prefix="reflexio-replay-") as tmp:
            print("\n".join(replay(name, change, Path(tmp))), flush=True)
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
