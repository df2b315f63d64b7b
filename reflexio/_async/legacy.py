# Generated from reflexio/_sync/legacy.py by scripts/gen_async.py. Do not edit: run `make async`.
"""Deprecated names from the older documentation, mapped to the current endpoints."""

from __future__ import annotations

from ._core import AsyncAPIClient


class AsyncLegacyMethods(AsyncAPIClient):
    pass
