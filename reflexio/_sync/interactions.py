"""Interactions, requests and sessions: publish, read, search, delete; session outcomes."""

from __future__ import annotations

from ._core import SyncAPIClient


class InteractionsMethods(SyncAPIClient):
    pass
