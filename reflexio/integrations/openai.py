"""Memory for OpenAI chat completions: `wrap_openai(OpenAI(), session, user_id=...)`.

The wrapped client is a copy of yours (same connection pool) whose `chat.completions.create`
searches Reflexio for the last user message, puts the context block into the request (by default
before the user's text in the last user message; `placement="system"` adds a system message), and
publishes the turn with the answer, its tool calls and the learnings shown and cited. A streamed
answer (`stream=True`, or `chat.completions.stream(...)`) is published when the stream ends. A
failed LLM call raises as usual and publishes nothing; a slow or failing Reflexio costs at most the
turn's budget and never raises.

Needs the `openai` package: pip install "reflexio-python[openai]". See docs/agent.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack, cast, overload

from ._messages import as_dict, field, items, text_of, tool_used, with_text_first
from ._shell import Answer, Placement, bind, patched

if TYPE_CHECKING:
    from openai import AsyncOpenAI, OpenAI

    from .._session import AsyncSessionClient, SessionClient
    from ..agent import TurnOptions

SYSTEM_ROLES = ("system", "developer")


class ChatCompletions:
    """The I/O-free part of a chat.completions.create call."""

    def query(self, kwargs: Mapping[str, Any]) -> tuple[str, bool]:
        messages = list(kwargs.get("messages") or [])
        users = [i for i, m in enumerate(messages) if field(m, "role") == "user"]
        if not users:
            return "", False
        return text_of(field(messages[users[-1]], "content")), users[-1] == len(messages) - 1

    def inject(self, kwargs: Mapping[str, Any], text: str, placement: Placement) -> dict[str, Any]:
        request = dict(kwargs)
        if not text:
            return request
        messages = list(request.get("messages") or [])
        users = [i for i, m in enumerate(messages) if field(m, "role") == "user"]
        if placement == "user" and users:
            message = as_dict(messages[users[-1]])
            message["content"] = with_text_first(message.get("content"), text)
            messages[users[-1]] = message
        else:
            at = next((i for i, m in enumerate(messages) if field(m, "role") not in SYSTEM_ROLES), len(messages))
            messages.insert(at, {"role": "system", "content": text})
        request["messages"] = messages
        return request

    def answer(self, response: Any) -> Answer:
        choices = items(field(response, "choices"))
        message = field(choices[0], "message") if choices else None
        calls = items(field(message, "tool_calls"))
        tools = [
            tool_used(field(field(c, "function"), "name"), field(c, "id"), field(field(c, "function"), "arguments"))
            for c in calls
        ]
        return Answer(text_of(field(message, "content")), tools)

    def collector(self) -> ChunkCollector:
        return ChunkCollector()

    def finished(self, stream: Any) -> Any | None:
        snapshot = stream.current_completion_snapshot
        choices = items(field(snapshot, "choices"))
        return snapshot if choices and field(choices[0], "finish_reason") else None


class ChunkCollector:
    """Assembles the first choice of a streamed chat completion: its text and tool calls."""

    def __init__(self) -> None:
        self._text: list[str] = []
        self._calls: dict[int, dict[str, Any]] = {}

    def add(self, item: Any) -> None:
        for choice in items(field(item, "choices")):
            if (field(choice, "index") or 0) != 0:
                continue
            delta = field(choice, "delta")
            if isinstance(field(delta, "content"), str):
                self._text.append(field(delta, "content"))
            for part in items(field(delta, "tool_calls")):
                call = self._calls.setdefault(field(part, "index") or 0, {"id": None, "name": "", "arguments": ""})
                call["id"] = field(part, "id") or call["id"]
                function = field(part, "function")
                call["name"] += field(function, "name") or ""
                call["arguments"] += field(function, "arguments") or ""

    def answer(self) -> Answer:
        calls = [self._calls[i] for i in sorted(self._calls)]
        return Answer("".join(self._text), [tool_used(c["name"], c["id"], c["arguments"]) for c in calls])


@overload
def wrap_openai(
    client: OpenAI,
    session: SessionClient,
    *,
    user_id: str,
    placement: Placement = "user",
    **options: Unpack[TurnOptions],
) -> OpenAI: ...


@overload
def wrap_openai(
    client: AsyncOpenAI,
    session: AsyncSessionClient,
    *,
    user_id: str,
    placement: Placement = "user",
    **options: Unpack[TurnOptions],
) -> AsyncOpenAI: ...


def wrap_openai(
    client: OpenAI | AsyncOpenAI,
    session: SessionClient | AsyncSessionClient,
    *,
    user_id: str,
    placement: Placement = "user",
    **options: Unpack[TurnOptions],
) -> OpenAI | AsyncOpenAI:
    """A copy of `client` whose chat.completions.create gives each call Reflexio's memory.

    Args:
        client: an openai.OpenAI (with a sync session view) or openai.AsyncOpenAI (with an async one).
        session: `reflexio_client.for_session(conversation_id)`: every call is published to it.
        user_id: the end user the memory is searched for and the turns published under.
        placement: where the context block goes: "user" (default: before the text of the last user
            message) or "system" (a system message after the leading system/developer messages).
        options: session.turn options: searches, top_k, budget, source, agent_version,
            search_options, citation_hint, on_error.

    `chat.completions.stream(...)` is wrapped too (published when its block is left after the answer's
    end); the copy's `copy()`/`with_options()` return wrapped clients. `with_raw_response`,
    `with_streaming_response`, `parse` and the Responses API are not wrapped.
    """
    try:
        from openai import AsyncOpenAI, OpenAI
    except ImportError as exc:
        needs = "pip install 'reflexio-python[openai]'"
        raise ImportError(f"wrap_openai needs the openai package: {needs}") from exc

    from .._session import AsyncSessionClient, SessionClient

    if not isinstance(client, OpenAI | AsyncOpenAI):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"client must be an openai.OpenAI or openai.AsyncOpenAI, not {type(client).__name__}")
    is_async = isinstance(client, AsyncOpenAI)
    binding = bind(session, user_id, placement, options, AsyncSessionClient if is_async else SessionClient, "openai")
    return cast(
        "OpenAI | AsyncOpenAI", patched(client.copy(), binding, ChatCompletions(), "chat.completions", is_async)
    )
