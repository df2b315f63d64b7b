"""Generated code is reproducible: regenerating from the checked-in inputs changes no file.

Everything is regenerated into tmp_path and compared there: the checkout is never written."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The scripts run from the checkout, which they only read: no __pycache__ is written into it.
NO_PYC = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


def _tree_diff(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [f"only in {a.name}: {n}" for n in cmp.left_only] + [f"only in new: {n}" for n in cmp.right_only]
    out += [f"changed: {n}" for n in cmp.diff_files]
    for sub in cmp.common_dirs:
        out += [f"{sub}/{line}" for line in _tree_diff(a / sub, b / sub)]
    return out


def test_normalized_spec_matches_upstream(tmp_path: Path) -> None:
    out = tmp_path / "reflexio.yaml"
    subprocess.run(
        [sys.executable, "scripts/normalize_spec.py", "openapi/upstream/reflexio-ai.openapi.json", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env=NO_PYC,
    )
    assert out.read_text() == (ROOT / "openapi/reflexio.yaml").read_text(), "run `make normalize`"


@pytest.mark.slow
def test_make_client_changes_nothing(tmp_path: Path) -> None:
    fresh = tmp_path / "reflexio_api"
    command = [sys.executable, "scripts/codegen.py", "--out", str(fresh)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=NO_PYC)
    assert result.returncode == 0, result.stdout + result.stderr
    diff = _tree_diff(ROOT / "generated" / "reflexio_api", fresh)
    assert diff == [], f"`make client` would change generated/: {diff[:20]}"


def test_async_client_is_generated_from_sync() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/gen_async.py", "--check"], cwd=ROOT, capture_output=True, text=True, env=NO_PYC
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_plain_methods_are_generated_from_the_spec_and_the_table() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/gen_methods.py", "--check"], cwd=ROOT, capture_output=True, text=True, env=NO_PYC
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_api_reference_is_generated_from_the_client_and_spec() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/gen_api_docs.py", "--check"], cwd=ROOT, capture_output=True, text=True, env=NO_PYC
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_raw_response_views_are_generated() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/gen_raw.py", "--check"], cwd=ROOT, capture_output=True, text=True, env=NO_PYC
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_io_on_a_name_the_async_generator_does_not_know_stops_it() -> None:
    """The async client awaits I/O by the name it is called on (scripts/gen_async.py AWAITED): a call of
    one of those methods on another name would be left un-awaited, so the generator refuses it."""
    import ast

    import gen_async

    tree = ast.parse("class A(SyncAPIClient):\n    def f(self):\n        pool = self._shared\n        pool.send(1)\n")
    converter = gen_async.ToAsync({}, set(), ROOT / "reflexio" / "_sync" / "probe.py")
    with pytest.raises(SystemExit, match=r"probe.py:4: pool.send\(1\).*AWAITED"):
        converter.visit(tree)
