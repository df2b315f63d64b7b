"""Pending tool calls: list, read, resolve, answer, cancel."""

from __future__ import annotations

from ._core import SyncAPIClient


class ToolCallsMethods(SyncAPIClient):
    pass
