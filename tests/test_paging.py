"""iter_sessions / iter_session_outcomes against servers whose paging misbehaves (a local HTTP server)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from clients import make_client
from fault_server import FaultServer, Reply, Seen


def sessions_page(*ids: str, has_more: bool = True) -> Reply:
    sessions = [{"session_id": i, "requests": []} for i in ids]
    return Reply(200, json.dumps({"success": True, "sessions": sessions, "has_more": has_more}))


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_server_that_ignores_the_offset_cannot_make_iteration_endless(kind: str) -> None:
    with FaultServer(handler=lambda seen: sessions_page("a", "b")) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        got = [s.session_id for s in client.iter_sessions(top_k=2)]
        client.close()
    assert got == ["a", "b"]
    assert len(server.requests) == 3  # the first page, then two that brought nothing new


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_sessions_arriving_while_iterating_are_not_yielded_twice_and_none_is_skipped(kind: str) -> None:
    """Newest first, top_k 2: [d c] | two new sessions arrive | [d c] b a -> offset 2 is [d c] again."""
    lists = [["d", "c", "b", "a"], ["f", "e", "d", "c", "b", "a"]]
    offsets: list[int] = []

    def handler(seen: Seen) -> Reply:
        body = json.loads(seen.body)
        offsets.append(body["offset"])
        now = lists[0] if len(offsets) == 1 else lists[1]
        page = now[body["offset"] : body["offset"] + body["top_k"]]
        return sessions_page(*page, has_more=body["offset"] + body["top_k"] < len(now))

    with FaultServer(handler=handler) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        got = [s.session_id for s in client.iter_sessions(user_id="u", top_k=2)]
        client.close()
    assert got == ["d", "c", "b", "a"]  # the walk's own sessions, each once (the new ones came after it began)
    assert offsets == [0, 2, 4]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_outcomes_page_until_a_short_page(kind: str) -> None:
    def record(n: int) -> dict[str, Any]:
        return {
            "user_id": "u",
            "session_id": f"s{n}",
            "outcome": "success",
            "occurred_at": n,
            "source": "web",
            "created_at": n,
            "outcome_id": f"o{n}",
        }

    seen_pages: list[tuple[int, int]] = []

    def handler(seen: Seen) -> Reply:
        body = json.loads(seen.body)
        seen_pages.append((body["offset"], body["top_k"]))
        items = [record(n) for n in range(5)][body["offset"] : body["offset"] + body["top_k"]]
        return Reply(200, json.dumps({"success": True, "session_outcomes": items}))

    with FaultServer(handler=handler) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        got = [o.outcome_id for o in client.iter_session_outcomes(user_id="u", top_k=2)]
        client.close()
    assert got == ["o0", "o1", "o2", "o3", "o4"]
    assert seen_pages == [(0, 2), (2, 2), (4, 2)]  # the third page is short: the end
