"""Deprecated names from the older documentation, mapped to the current endpoints."""

from __future__ import annotations

from ._core import SyncAPIClient


class LegacyMethods(SyncAPIClient):
    pass
