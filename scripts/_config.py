"""Reads codegen.toml, the single codegen configuration, and loads reflexio/ modules the scripts in this
folder need, without the package."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def standalone(name: str) -> ModuleType:
    """A module of reflexio/ (`_table`, `_docstrings`) loaded without importing the reflexio package, so the
    generators run while the package itself is half regenerated."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "reflexio" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def load() -> dict[str, Any]:
    with open(ROOT / "codegen.toml", "rb") as f:
        return tomllib.load(f)
