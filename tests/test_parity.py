"""ReflexioClient and AsyncReflexioClient offer the same public API: same names, parameters and returns."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from reflexio import AsyncReflexioClient, ReflexioClient

# The only names that differ, and why: the async twin closes with `aclose` (asyncio convention).
RENAMED = {"close": "aclose", "__enter__": "__aenter__", "__exit__": "__aexit__"}
# Methods that do no I/O stay plain functions on the async client.
NO_IO = {"with_options", "invalidate_local_cache", "for_session"}
# The async client's annotations name the async twins of these types.
ASYNC_NAMES = {
    "httpx.Client": "httpx.AsyncClient",
    "ReflexioClient": "AsyncReflexioClient",
    "SessionClient": "AsyncSessionClient",
    "RawResponseView": "AsyncRawResponseView",
    "Iterator": "AsyncIterator",
}


def public_members(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") or name in RENAMED or name in RENAMED.values()
    }


def normalized(signature: inspect.Signature) -> str:
    text = str(signature)
    for sync_name, async_name in ASYNC_NAMES.items():
        text = re.sub(rf"\b{re.escape(sync_name)}\b", async_name, text)
    return text


def test_same_public_names() -> None:
    sync_names = {RENAMED.get(name, name) for name in public_members(ReflexioClient)}
    assert sync_names == set(public_members(AsyncReflexioClient))
    assert len(sync_names) > 80


@pytest.mark.parametrize("name", sorted(n for n in public_members(ReflexioClient) if n not in RENAMED.values()))
def test_same_signature_and_awaitability(name: str) -> None:
    sync_member = inspect.getattr_static(ReflexioClient, name)
    async_member = inspect.getattr_static(AsyncReflexioClient, RENAMED.get(name, name))
    if isinstance(sync_member, property):
        assert isinstance(async_member, property)
        assert normalized(inspect.signature(sync_member.fget)) == normalized(inspect.signature(async_member.fget))
        return
    assert normalized(inspect.signature(sync_member)) == normalized(inspect.signature(async_member))
    assert name.startswith("__") or inspect.getdoc(sync_member), f"{name} has no docstring"
    # the official client's `*_async` names: coroutines on both clients (a worker thread on the sync one)
    assert inspect.iscoroutinefunction(sync_member) is name.endswith("_async")
    if inspect.isgeneratorfunction(sync_member):  # iter_*: an async generator, used with `async for`
        assert inspect.isasyncgenfunction(async_member)
        return
    assert inspect.iscoroutinefunction(async_member) is (name not in NO_IO)


def test_constructors_take_the_same_options() -> None:
    sync_params = inspect.signature(ReflexioClient.__init__).parameters
    async_params = inspect.signature(AsyncReflexioClient.__init__).parameters
    assert list(sync_params) == list(async_params)
    assert [p.default for p in sync_params.values()] == [p.default for p in async_params.values()]


def official_table() -> list[tuple[str, str]]:
    """The table of docs/official-client.md: (method of the official 0.2.32 client, ours)."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "official-client.md").read_text()
    return re.findall(r"^\| `(\w+)` \| `(\w+)` \|", doc, re.MULTILINE)


def test_every_method_of_the_official_client_is_on_both_clients() -> None:
    table = official_table()
    assert len({official for official, _ in table}) == len(table) == 81  # the 0.2.32 client's public methods
    for official, ours in table:
        for cls in (ReflexioClient, AsyncReflexioClient):
            assert callable(getattr(cls, ours, None)), f"{cls.__name__} has no {ours} (official {official})"
    session_workflow = {"for_session", "finalize_session", "finalize_session_async", "publish_interaction_async"}
    assert session_workflow | {"search_async", "submit_playbook_aggregation"} <= {official for official, _ in table}
