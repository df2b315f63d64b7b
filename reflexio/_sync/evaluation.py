"""Evaluation and retrieval experiments."""

from __future__ import annotations

from ._core import SyncAPIClient


class EvaluationMethods(SyncAPIClient):
    pass
