"""Reading and editing chat messages given as dicts or SDK models (I/O-free helpers of the adapters)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, cast


def field(item: Any, name: str) -> Any:
    """item[name] of a dict, item.name of a model; None when absent."""
    if isinstance(item, Mapping):
        return cast("Mapping[str, Any]", item).get(name)
    return getattr(item, name, None)


def items(value: Any) -> list[Any]:
    """A list field of a message or answer; [] when absent."""
    return list(value) if value else []


def as_dict(item: Any) -> dict[str, Any]:
    """A message as a new dict (a model through its model_dump), so the caller's list is never changed."""
    if isinstance(item, Mapping):
        return dict(cast("Mapping[str, Any]", item))
    dump = getattr(item, "model_dump", None)
    if callable(dump):
        return cast("dict[str, Any]", dump(exclude_none=True))
    raise TypeError(f"cannot read a message of type {type(item).__name__}")


def text_of(content: Any) -> str:
    """The text of a message's content: a string, or the text parts of a list of parts/blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, list | tuple):
        parts = [field(part, "text") for part in cast("Sequence[Any]", content) if field(part, "type") == "text"]
        return "\n".join(p for p in parts if isinstance(p, str))
    return ""


def with_text_first(content: Any, text: str) -> Any:
    """The content with `text` before the user's text (after any tool results, which must lead)."""
    if isinstance(content, str) or content is None:
        return f"{text}\n\n{content}" if content else text
    parts: list[Any] = list(content)
    at = next((i for i, part in enumerate(parts) if field(part, "type") == "text"), len(parts))
    parts.insert(at, {"type": "text", "text": text})
    return parts


def arguments(raw: Any) -> Any:
    """Tool-call arguments: parsed when they are JSON, else as given."""
    if isinstance(raw, str):
        try:
            return json.loads(raw) if raw.strip() else {}
        except ValueError:
            return raw
    return raw


def tool_used(name: Any, call_id: Any, args: Any) -> dict[str, Any]:
    """A ToolUsed dict for the publish: the tool's name, its call id and arguments."""
    data: dict[str, Any] = {"arguments": arguments(args)}
    if call_id:
        data["id"] = str(call_id)
    return {"tool_name": str(name or "unknown"), "tool_data": data}
