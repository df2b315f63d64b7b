# Generated from reflexio/_sync/tool_calls.py by scripts/gen_async.py. Do not edit: run `make async`.
"""Pending tool calls: list, read, resolve, answer, cancel."""

from __future__ import annotations

from ._core import AsyncAPIClient


class AsyncToolCallsMethods(AsyncAPIClient):
    pass
