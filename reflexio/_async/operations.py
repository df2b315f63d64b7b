# Generated from reflexio/_sync/operations.py by scripts/gen_async.py. Do not edit: run `make async`.
"""Operations: generation reruns, upgrades, aggregation, unified search, stall state, user data."""

from __future__ import annotations

from ._core import AsyncAPIClient


class AsyncOperationsMethods(AsyncAPIClient):
    pass
