"""Generated code is reproducible: regenerating from the checked-in inputs changes no file."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


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
    )
    assert out.read_text() == (ROOT / "openapi/reflexio.yaml").read_text(), "run `make normalize`"


@pytest.mark.slow
def test_make_client_changes_nothing(tmp_path: Path) -> None:
    backup = tmp_path / "before"
    shutil.copytree(ROOT / "generated", backup, ignore=shutil.ignore_patterns("__pycache__"))
    try:
        subprocess.run([sys.executable, "scripts/codegen.py"], cwd=ROOT, check=True, capture_output=True)
        diff = _tree_diff(backup, ROOT / "generated")
    finally:
        shutil.rmtree(ROOT / "generated")
        shutil.copytree(backup, ROOT / "generated")
    assert diff == [], f"`make client` changed generated/: {diff[:20]}"


def test_async_client_is_generated_from_sync() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/gen_async.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
