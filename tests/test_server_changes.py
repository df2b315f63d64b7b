"""Simulated server changes replayed through the whole workflow (scripts/replay_server_changes.py).

Each runs in a scratch copy of the checkout: normalize, make client, make async, the diff report
and the contract tests; it must end in a working client or in failures that name what to edit.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def replay(name: str) -> str:
    result = subprocess.run(
        [sys.executable, "scripts/replay_server_changes.py", name], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.slow
def test_a_new_operation_gets_a_method_and_names_the_table_row_to_review() -> None:
    out = replay("new operation")
    row = "| ok | operation added | `count_profiles` | POST /api/count_profiles |"
    assert f"{row} count_profiles, session.count_profiles |" in out
    assert "new operations with generated default methods: ['count_profiles']" in out
    assert "add its row to TABLE in reflexio/_table.py" in out
    assert out.count("- FAILED") == 1


@pytest.mark.slow
def test_a_new_field_of_a_generated_list_method_reaches_its_view_and_iterator() -> None:
    out = replay("new request field on a list method")
    holders = next(line for line in out.splitlines() if line.startswith("- keyword labels:"))
    for client in ("ReflexioClient", "AsyncReflexioClient", "SessionClient", "AsyncSessionClient"):
        assert f"{client}.get_requests" in holders and f"{client}.iter_sessions" in holders, (client, holders)
    assert "session.iter_sessions" in out and "-> a working client" in out and "FAILED" not in out


@pytest.mark.slow
def test_a_new_field_of_a_cached_generated_method_reaches_its_view_and_iterator() -> None:
    out = replay("new request field")
    holders = next(line for line in out.splitlines() if line.startswith("- keyword min_score:"))
    for client in ("ReflexioClient", "AsyncReflexioClient", "SessionClient", "AsyncSessionClient"):
        assert f"{client}.get_profiles" in holders and f"{client}.iter_profiles" in holders, (client, holders)
    assert "-> a working client" in out and "FAILED" not in out


@pytest.mark.slow
def test_a_new_field_of_a_search_method_reaches_it_and_its_deprecated_alias() -> None:
    out = replay("new request field of a search method")
    holders = next(line for line in out.splitlines() if line.startswith("- keyword min_score:"))
    for client in ("ReflexioClient", "AsyncReflexioClient", "SessionClient", "AsyncSessionClient"):
        for method in ("search_user_profiles", "search_profiles"):
            assert f"{client}.{method}" in holders, (client, method, holders)
    assert "-> a working client" in out and "FAILED" not in out


@pytest.mark.slow
def test_a_new_field_of_a_hand_written_method_names_the_method_and_the_table() -> None:
    out = replay("new request field of a hand-written method")
    assert "search_interactions has no keyword for ['min_score']" in out and "reflexio/_table.py" in out
    assert "session.search_interactions" in out


@pytest.mark.slow
def test_a_new_enum_value_is_not_breaking_and_the_client_keeps_working() -> None:
    out = replay("new enum value")
    assert "| ok | enum value added | `PlaybookStatus` |" in out and "(nothing breaking)" in out
    assert "iter_agent_playbooks" in out and "session.search_agent_playbooks" in out
    assert "-> a working client" in out and "FAILED" not in out


@pytest.mark.slow
def test_a_moved_route_named_in_codegen_toml_names_the_entry_to_edit() -> None:
    out = replay("moved path with an operationId override")
    assert '- [spec.operation_ids] "POST /api/search_profiles"' in out
    failed = [line for line in out.splitlines() if line.startswith("- FAILED")]
    assert any("codegen.toml [spec.operation_ids]" in line and "['search_profiles']" in line for line in failed), out
