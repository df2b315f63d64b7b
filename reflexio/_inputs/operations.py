"""Operations helpers: request defaults, legacy-field warnings, reading run statuses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reflexio_api.models import OperationStatusInfo

# How rerun_*_generation(wait_for_response=True) waits for the server's background run.
POLL_INTERVAL = 0.5  # first pause between status polls (seconds); doubles up to POLL_INTERVAL_MAX
POLL_INTERVAL_MAX = 5.0
WAIT_LIMIT = 600.0  # after this long the server's "started" answer is returned


def current_run(answer: Any) -> OperationStatusInfo | None:
    info: OperationStatusInfo | None = answer.operation_status
    return info


def status_run_id(info: OperationStatusInfo) -> str | None:
    """The operation_id of the run a status row describes (servers that do not say: None)."""
    value = info.request_params.get("operation_id")
    return value if isinstance(value, str) else None


def is_finished(info: OperationStatusInfo) -> bool:
    return str(info.status) in ("completed", "failed", "cancelled")


def run_outcome(info: OperationStatusInfo) -> tuple[bool, str]:
    status = str(info.status)
    label = info.service_name.replace("_", " ").capitalize()
    if status == "completed":
        return True, f"{label} completed"
    error = info.error_message
    detail = f": {error}" if error else ""
    return False, f"{label} {status}{detail}"


def generated_count(info: OperationStatusInfo) -> int | None:
    value = info.stats.get("total_generated")
    return value if isinstance(value, int) else None


def conversation_turns(turns: Any) -> Any:
    """search's conversation_history: dict turns become ConversationTurn models, a bad turn raising
    ValueError with its index (the request parser keeps turns it cannot read as dicts)."""
    if not isinstance(turns, list):
        return turns  # None, unset or a sequence to_model turns into a list: the input check decides
    from reflexio_api.models import ConversationTurn

    from .._convert import to_model

    return [
        to_model(ConversationTurn, turn, f"conversation_history[{i}]") if isinstance(turn, Mapping) else turn
        for i, turn in enumerate(turns)
    ]
