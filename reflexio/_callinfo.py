"""What the client learned about one call: the server's correlation id, attempts, status, time.

Every typed answer carries it (`reflexio.call_info(answer)`), every APIError has `correlation_id`
and `attempts`, and raw responses (`client.with_raw_response`) expose it too.
"""

from __future__ import annotations

from typing import Any, NamedTuple

CORRELATION_HEADER = "x-correlation-id"


class CallInfo(NamedTuple):
    """`correlation_id`: the server's x-correlation-id of the last answer (quote it in bug reports);
    `attempts`: HTTP attempts made (0: served from the local cache); `status_code` of the last answer;
    `elapsed`: seconds from the first attempt to the answer; `operation_id`: the API operation."""

    operation_id: str
    correlation_id: str | None
    attempts: int
    status_code: int | None
    elapsed: float

    @property
    def cached(self) -> bool:
        """The answer came from the client's local read cache (no request was sent)."""
        return self.attempts == 0


def call_info(answer: object) -> CallInfo | None:
    """The CallInfo of an answer returned by the client; None for anything else (a model built by
    hand, a list, the None of a fire-and-forget call)."""
    info = getattr(answer, "_call_info", None)
    return info if isinstance(info, CallInfo) else None


def attach(answer: Any, info: CallInfo) -> None:
    try:
        answer._call_info = info
    except AttributeError:  # not an answer model (a list, a dict, a plain object)
        return
