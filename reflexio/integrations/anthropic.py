"""Memory for Anthropic messages: `wrap_anthropic(Anthropic(), session, user_id=...)`.

The wrapped client is a copy of yours (same connection pool) whose `messages.create` searches
Reflexio for the last user message, puts the context block into the request (by default before the
user's text in the last user message; `placement="system"` adds it to `system`), and publishes the
turn with the answer, its tool uses and the learnings shown and cited. A streamed answer
(`stream=True`, or `messages.stream(...)`) is published when the stream ends. A failed LLM call
raises as usual and publishes nothing; a slow or failing Reflexio costs at most the turn's budget
and never raises.

Needs the `anthropic` package: pip install "reflexio-python[anthropic]". See docs/agent.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack, cast, overload

from ._messages import as_dict, field, items, text_of, tool_used, with_text_first
from ._shell import Answer, Placement, bind, patched

if TYPE_CHECKING:
    from anthropic import Anthropic, AsyncAnthropic

    from .._session import AsyncSessionClient, SessionClient
    from ..agent import TurnOptions


class Messages:
    """The I/O-free part of a messages.create call."""

    def query(self, kwargs: Mapping[str, Any]) -> tuple[str, bool]:
        messages = list(kwargs.get("messages") or [])
        users = [i for i, m in enumerate(messages) if field(m, "role") == "user" and text_of(field(m, "content"))]
        if not users:
            return "", False
        # a user message with only tool results continues the turn of the last one with text
        return text_of(field(messages[users[-1]], "content")), users[-1] == len(messages) - 1

    def inject(self, kwargs: Mapping[str, Any], text: str, placement: Placement) -> dict[str, Any]:
        request = dict(kwargs)
        if not text:
            return request
        messages = list(request.get("messages") or [])
        if placement == "user" and messages and field(messages[-1], "role") == "user":
            message = as_dict(messages[-1])
            message["content"] = with_text_first(message.get("content"), text)
            messages[-1] = message
            request["messages"] = messages
            return request
        system = request.get("system")
        if isinstance(system, str) and system:
            request["system"] = f"{system}\n\n{text}"
        elif isinstance(system, list | tuple):
            request["system"] = [*system, {"type": "text", "text": text}]
        else:
            request["system"] = text
        return request

    def answer(self, response: Any) -> Answer:
        blocks = items(field(response, "content"))
        tools = [
            tool_used(field(b, "name"), field(b, "id"), field(b, "input"))
            for b in blocks
            if field(b, "type") == "tool_use"
        ]
        return Answer(text_of(blocks), tools)

    def collector(self) -> EventCollector:
        return EventCollector()

    def finished(self, stream: Any) -> Any | None:
        snapshot = stream.current_message_snapshot
        return snapshot if field(snapshot, "stop_reason") else None


class EventCollector:
    """Assembles a streamed message from its events: the text blocks and the tool uses, in order."""

    def __init__(self) -> None:
        self._blocks: dict[int, dict[str, Any]] = {}

    def add(self, item: Any) -> None:
        kind = field(item, "type")
        index = field(item, "index") or 0
        if kind == "content_block_start":
            block = field(item, "content_block")
            self._blocks[index] = {
                "type": field(block, "type"),
                "text": field(block, "text") or "",
                "id": field(block, "id"),
                "name": field(block, "name"),
                "json": "",
            }
        elif kind == "content_block_delta" and index in self._blocks:
            delta = field(item, "delta")
            if field(delta, "type") == "text_delta":
                self._blocks[index]["text"] += field(delta, "text") or ""
            elif field(delta, "type") == "input_json_delta":
                self._blocks[index]["json"] += field(delta, "partial_json") or ""

    def answer(self) -> Answer:
        blocks = [self._blocks[i] for i in sorted(self._blocks)]
        text = "\n".join(b["text"] for b in blocks if b["type"] == "text")
        tools = [tool_used(b["name"], b["id"], b["json"]) for b in blocks if b["type"] == "tool_use"]
        return Answer(text, tools)


@overload
def wrap_anthropic(
    client: Anthropic,
    session: SessionClient,
    *,
    user_id: str,
    placement: Placement = "user",
    **options: Unpack[TurnOptions],
) -> Anthropic: ...


@overload
def wrap_anthropic(
    client: AsyncAnthropic,
    session: AsyncSessionClient,
    *,
    user_id: str,
    placement: Placement = "user",
    **options: Unpack[TurnOptions],
) -> AsyncAnthropic: ...


def wrap_anthropic(
    client: Anthropic | AsyncAnthropic,
    session: SessionClient | AsyncSessionClient,
    *,
    user_id: str,
    placement: Placement = "user",
    **options: Unpack[TurnOptions],
) -> Anthropic | AsyncAnthropic:
    """A copy of `client` whose messages.create gives each call Reflexio's memory.

    Args:
        client: an anthropic.Anthropic (with a sync session view) or anthropic.AsyncAnthropic
            (with an async one).
        session: `reflexio_client.for_session(conversation_id)`: every call is published to it.
        user_id: the end user the memory is searched for and the turns published under.
        placement: where the context block goes: "user" (default: before the text of the last user
            message) or "system" (appended to the `system` prompt).
        options: session.turn options: searches, top_k, budget, source, agent_version,
            search_options, citation_hint, on_error.

    `messages.stream(...)` is wrapped too (published when its block is left after the answer's end);
    the copy's `copy()`/`with_options()` return wrapped clients. `with_raw_response` and
    `with_streaming_response` are not wrapped.
    """
    try:
        from anthropic import Anthropic, AsyncAnthropic
    except ImportError as exc:
        needs = "pip install 'reflexio-python[anthropic]'"
        raise ImportError(f"wrap_anthropic needs the anthropic package: {needs}") from exc

    from .._session import AsyncSessionClient, SessionClient

    if not isinstance(client, Anthropic | AsyncAnthropic):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"client must be an anthropic.Anthropic or AsyncAnthropic, not {type(client).__name__}")
    is_async = isinstance(client, AsyncAnthropic)
    view = AsyncSessionClient if is_async else SessionClient
    binding = bind(session, user_id, placement, options, view, "anthropic")
    return cast("Anthropic | AsyncAnthropic", patched(client.copy(), binding, Messages(), "messages", is_async))
