"""Reads codegen.toml, the single codegen configuration (shared by the scripts in this folder)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def load() -> dict[str, Any]:
    with open(ROOT / "codegen.toml", "rb") as f:
        return tomllib.load(f)
