"""Pending tool call helpers: the optional HMAC headers."""

from __future__ import annotations

from typing import Any

from .._convert import require


def _seconds(value: int | None) -> int | None:
    if value is not None:
        require(value, "valid_for_seconds", int)
    return value


def _signed(kwargs: dict[str, Any], signature: str | None, timestamp: str | int | None) -> dict[str, Any]:
    """Add the optional HMAC headers to the endpoint arguments (absent ones are not sent)."""
    if signature is not None:
        require(signature, "x_reflexio_signature")
        kwargs["x_reflexio_signature"] = signature
    if timestamp is not None:
        if isinstance(timestamp, bool) or not isinstance(timestamp, (str, int)):
            raise TypeError(f"x_reflexio_timestamp must be a str or int, not {type(timestamp).__name__}")
        kwargs["x_reflexio_timestamp"] = str(timestamp)
    return kwargs
