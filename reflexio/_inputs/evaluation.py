"""Evaluation input checks."""

from __future__ import annotations

from typing import Any

from .._convert import require


def check_blank(value: Any, name: str) -> None:
    if isinstance(value, str) and not value.strip():
        raise ValueError(f"{name} must not be blank")


def check_experiment_id(experiment_id: Any) -> None:
    require(experiment_id, "experiment_id")
    if len(experiment_id) > 128:
        raise ValueError(f"experiment_id must be at most 128 characters, not {len(experiment_id)}")
