"""Evaluation input checks."""

from __future__ import annotations

from typing import Any


def check_blank(value: Any, name: str) -> None:
    if isinstance(value, str) and not value.strip():
        raise ValueError(f"{name} must not be blank")
