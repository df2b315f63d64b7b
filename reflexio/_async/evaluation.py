# Generated from reflexio/_sync/evaluation.py by scripts/gen_async.py. Do not edit: run `make async`.
"""Evaluation and retrieval experiments."""

from __future__ import annotations

from ._core import AsyncAPIClient


class AsyncEvaluationMethods(AsyncAPIClient):
    pass
