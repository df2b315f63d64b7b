"""Evaluation input checks."""

from __future__ import annotations

from typing import Any

from .._convert import require


def check_range(value: Any, name: str, low: int, high: int | None = None) -> None:
    """An int field within [low, high] (unset and None fields are not checked)."""
    if not isinstance(value, int):
        return
    if value < low or (high is not None and value > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ValueError(f"{name} must be {bounds}, not {value}")


def check_blank(value: Any, name: str) -> None:
    if isinstance(value, str) and not value.strip():
        raise ValueError(f"{name} must not be blank")


def check_experiment_id(experiment_id: Any) -> None:
    require(experiment_id, "experiment_id")
    if len(experiment_id) > 128:
        raise ValueError(f"experiment_id must be at most 128 characters, not {len(experiment_id)}")
