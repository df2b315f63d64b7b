# Generated from reflexio/_sync/interactions.py by scripts/gen_async.py. Do not edit: run `make async`.
"""Interactions, requests and sessions: publish, read, search, delete; session outcomes."""

from __future__ import annotations

from ._core import AsyncAPIClient


class AsyncInteractionsMethods(AsyncAPIClient):
    pass
