"""Config helpers: partial updates and the update answer."""

from __future__ import annotations

from typing import Any

# Top-level fields an extraction_preset sets when the payload does not set them itself.
PRESET_FIELDS = ("window_size", "stride_size")


def merge_partial_config(current: dict[str, Any], partial: dict[str, Any]) -> dict[str, Any]:
    """`partial` over the current config; a new preset is not overridden by the current window sizes."""
    if partial.get("extraction_preset") is not None:
        current = {k: v for k, v in current.items() if k not in PRESET_FIELDS}
    return {**current, **partial}


def _message_dict(answer: dict[str, Any]) -> dict[str, Any]:
    """The server says `msg`; the documentation says `message`: offer both."""
    if "msg" in answer:
        answer.setdefault("message", answer["msg"])
    return answer
