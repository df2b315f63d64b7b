"""Profiles: read, search, add, delete user profiles and their change log."""

from __future__ import annotations

from ._core import SyncAPIClient


class ProfilesMethods(SyncAPIClient):
    pass
