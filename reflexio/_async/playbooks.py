# Generated from reflexio/_sync/playbooks.py by scripts/gen_async.py. Do not edit: run `make async`.
"""User and agent playbooks: read, search, add, update, delete."""

from __future__ import annotations

from ._core import AsyncAPIClient


class AsyncPlaybooksMethods(AsyncAPIClient):
    pass
