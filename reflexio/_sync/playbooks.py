"""User and agent playbooks: read, search, add, update, delete."""

from __future__ import annotations

from ._core import SyncAPIClient


class PlaybooksMethods(SyncAPIClient):
    pass
