# Generated from reflexio/_sync/profiles.py by scripts/gen_async.py. Do not edit: run `make async`.
"""Profiles: read, search, add, delete user profiles and their change log."""

from __future__ import annotations

from ._core import AsyncAPIClient


class AsyncProfilesMethods(AsyncAPIClient):
    pass
