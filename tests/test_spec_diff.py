"""The diff report of scripts/spec_diff.py on simulated server changes, and fetch_spec's server version."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import fetch_spec
import pytest
import spec_diff
import yaml

ROOT = Path(__file__).resolve().parent.parent


SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi/reflexio.yaml").read_text())
SOURCES = spec_diff.method_sources()


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
    row = next(line for line in changed(lambda doc: add(doc, False))[1].splitlines() if "probe_field" in line)
    for reached in ("get_profiles", "iter_profiles", "session.get_profiles", "session.iter_profiles"):
        assert f" {reached}," in row or f" {reached} |" in row, (reached, row)
    assert only(changed(lambda doc: add(doc, True))[0]).breaking


def test_a_removed_response_field_is_breaking_and_names_its_readers() -> None:
    def remove(doc: dict[str, Any]) -> None:
        del doc["components"]["schemas"]["PublishUserInteractionResponse"]["properties"]["learning_status"]

    changes, text = changed(remove)
    change = only(changes)
    assert (change.kind, change.sides, change.breaking) == ("field removed", {"response"}, True)
    assert "publish_interaction, publish_interaction_async, publish_many" in text and "examples/demo.py:" in text
    assert "session.publish_many" in text
    assert "0.1.0 -> 0.2.0 (breaking" in text and "### Breaking" in text


def test_a_new_enum_value_is_not_breaking() -> None:
    """Released clients keep an answer's unknown enum value (the generated enums are open)."""

    def add(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["PlaybookStatus"]["enum"].append("probe_value")

    changes, text = changed(add)
    change = only(changes)
    assert (change.kind, change.where, change.detail) == ("enum value added", "PlaybookStatus", "'probe_value'")
    assert "response" in change.sides and not change.breaking
    assert "keep it as an unknown value" in text and "0.1.0 -> 0.1.1 (nothing breaking)" in text


def test_an_enum_change_names_the_hand_constants_copying_it() -> None:
    enums = spec_diff.enum_locations(SPEC)
    copies = spec_diff.hand_enum_copies(spec_diff.reading_sources(), enums)
    assert copies, "the overlay has constants written as enum values (e.g. the final learning statuses)"
    where, constants = next(iter(sorted(copies.items())))

    def add(doc: dict[str, Any]) -> None:
        schema_name, _, prop = where.partition(".")
        schema = doc["components"]["schemas"][schema_name]
        target = schema if not prop else schema["properties"][prop]
        target = next((alt for alt in [target, *target.get("anyOf", [])] if alt.get("enum")), target)
        target["enum"].append("probe_value")

    text = changed(add)[1]
    assert "hand constant copying this enum, review it" in text
    assert all(constant in text for constant in constants)


def test_codegen_toml_routes_that_are_gone_are_report_lines() -> None:
    def move(doc: dict[str, Any]) -> None:
        doc["paths"]["/api/profiles/search"] = doc["paths"].pop("/api/search_profiles")

    text = changed(move)[1]
    assert '- [spec.operation_ids] "POST /api/search_profiles"' in text


def test_a_moved_path_is_breaking_for_released_clients() -> None:
    def move(doc: dict[str, Any]) -> None:
        doc["paths"]["/api/interactions/search"] = doc["paths"].pop("/api/search_interactions")

    changes, text = changed(move)
    change = only(changes)
    assert change.kind == "operation moved" and change.breaking
    assert "POST /api/search_interactions -> POST /api/interactions/search" in text
    assert "search_interactions" in text


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


def test_the_server_version_is_only_what_the_server_or_its_operator_says(monkeypatch: pytest.MonkeyPatch) -> None:
    assert fetch_spec.is_release("0.2.32") and fetch_spec.is_release("1.0.0rc1")
    assert not fetch_spec.is_release("0.0.0-dev") and not fetch_spec.is_release("") and not fetch_spec.is_release(None)
    monkeypatch.delenv("REFLEXIO_SERVER_VERSION", raising=False)
    assert fetch_spec.server_version({"server_version": "0.2.40"}) == ("0.2.40", "/meta/version server_version")
    assert fetch_spec.server_version({"server_version": "0.0.0-dev"})[0] == "unknown"
    assert fetch_spec.server_version(None)[0] == "unknown"
    monkeypatch.setenv("REFLEXIO_SERVER_VERSION", "0.2.28")
    assert fetch_spec.server_version({"server_version": "0.0.0-dev"}) == ("0.2.28", "$REFLEXIO_SERVER_VERSION")
    assert fetch_spec.server_version({"server_version": "0.2.40"})[0] == "0.2.40"
