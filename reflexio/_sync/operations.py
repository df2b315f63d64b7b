"""Operations: generation reruns, upgrades, aggregation, unified search, stall state, user data."""

from __future__ import annotations

from ._core import SyncAPIClient


class OperationsMethods(SyncAPIClient):
    pass
