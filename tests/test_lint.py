"""The hand-written code stays clean: `make lint` (ruff check, ruff format --check, mypy --strict) runs in CI too.

Ruff checks the whole tree but what pyproject.toml excludes (generated code); mypy the files it names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check"],
        ["ruff", "format", "--check"],
        ["mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_lint(command: list[str]) -> None:
    run = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, f"{' '.join(command)} failed:\n{run.stdout}{run.stderr}"
