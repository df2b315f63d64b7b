"""The diff report of scripts/spec_diff.py on simulated server changes, and fetch_spec's server version."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fetch_spec  # noqa: E402
import spec_diff  # noqa: E402

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi/reflexio.yaml").read_text())
SOURCES = sorted((ROOT / "reflexio" / "_sync").glob("*.py"))


def changed(mutate: Any) -> tuple[list[spec_diff.Change], str]:
    new = copy.deepcopy(SPEC)
    mutate(new)
    changes = spec_diff.diff(SPEC, new)
    return changes, spec_diff.report(SPEC, new, changes, SOURCES, "0.1.0")


def only(changes: list[spec_diff.Change]) -> spec_diff.Change:
    assert len(changes) == 1, [(c.kind, c.where) for c in changes]
    return changes[0]


def test_an_unchanged_spec_reports_nothing() -> None:
    changes, text = changed(lambda doc: None)
    assert changes == [] and "No change" in text
    assert spec_diff.suggest_version("0.1.0", changes) == ("0.1.0", "no change")


def test_a_new_operation_is_not_breaking() -> None:
    def add(doc: dict[str, Any]) -> None:
        op = copy.deepcopy(doc["paths"]["/api/get_profiles"]["post"])
        op["operationId"] = "probe_operation"
        doc["paths"]["/api/probe_operation"] = {"post": op}

    changes, text = changed(add)
    change = only(changes)
    assert (change.kind, change.where, change.breaking) == ("operation added", "probe_operation", False)
    assert "(raw only)" in text and "0.1.0 -> 0.1.1" in text and "### Added" in text


def test_a_new_request_field_is_not_breaking_unless_required() -> None:
    def add(doc: dict[str, Any], required: bool) -> None:
        schema = doc["components"]["schemas"]["GetUserProfilesRequest"]
        schema["properties"]["probe_field"] = {"type": "number"}
        if required:
            schema["required"] = [*schema.get("required", []), "probe_field"]

    change = only(changed(lambda doc: add(doc, False))[0])
    assert (change.kind, change.where, change.sides, change.breaking) == (
        "field added",
        "GetUserProfilesRequest.probe_field",
        {"request"},
        False,
    )
    assert "profiles.get_profiles" in changed(lambda doc: add(doc, False))[1]
    assert only(changed(lambda doc: add(doc, True))[0]).breaking


def test_a_removed_response_field_is_breaking_and_names_its_readers() -> None:
    def remove(doc: dict[str, Any]) -> None:
        del doc["components"]["schemas"]["PublishUserInteractionResponse"]["properties"]["learning_status"]

    changes, text = changed(remove)
    change = only(changes)
    assert (change.kind, change.sides, change.breaking) == ("field removed", {"response"}, True)
    assert "interactions.publish_interaction" in text and "examples/demo.py:" in text
    assert "0.1.0 -> 0.2.0 (breaking" in text and "### Breaking" in text


def test_a_new_enum_value_breaks_answers_not_requests() -> None:
    def add(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["PlaybookStatus"]["enum"].append("probe_value")

    change = only(changed(add)[0])
    assert (change.kind, change.where, change.detail) == ("enum value added", "PlaybookStatus", "'probe_value'")
    assert "response" in change.sides and change.breaking


def test_a_moved_path_is_breaking_for_released_clients() -> None:
    def move(doc: dict[str, Any]) -> None:
        doc["paths"]["/api/interactions/search"] = doc["paths"].pop("/api/search_interactions")

    changes, text = changed(move)
    change = only(changes)
    assert change.kind == "operation moved" and change.breaking
    assert "POST /api/search_interactions -> POST /api/interactions/search" in text
    assert "interactions.search_interactions" in text


def test_deprecation_and_retyping_are_reported() -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["paths"]["/api/get_profiles"]["post"]["deprecated"] = True
        doc["components"]["schemas"]["GetUserProfilesRequest"]["properties"]["top_k"] = {"type": "string"}

    kinds = {(c.kind, c.breaking) for c in changed(change)[0]}
    assert kinds == {("operation deprecated", False), ("retyped", True)}


def test_make_spec_diff_compares_against_a_git_revision(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = subprocess.run(
        [sys.executable, "scripts/spec_diff.py", "--base", "HEAD", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text() == result.stdout and result.stdout.startswith("# Spec diff: reflexio-ai")


def test_the_server_version_skips_placeholders(monkeypatch: pytest.MonkeyPatch) -> None:
    assert fetch_spec.is_release("0.2.32") and fetch_spec.is_release("1.0.0rc1")
    assert not fetch_spec.is_release("0.0.0-dev") and not fetch_spec.is_release("") and not fetch_spec.is_release(None)
    assert fetch_spec.server_version({"server_version": "0.2.40"}, "0.2.32") == (
        "0.2.40",
        "/meta/version server_version",
    )
    monkeypatch.setattr(fetch_spec, "installed_server_version", lambda: None)  # no server venv on this machine
    assert fetch_spec.server_version({"server_version": "0.0.0-dev"}, "0.2.32")[0] == "0.2.32"
    monkeypatch.setattr(fetch_spec, "installed_server_version", lambda: "0.2.33")
    assert fetch_spec.server_version({"server_version": "0.0.0-dev"}, "0.2.32") == ("0.2.33", "installed reflexio-ai")
