"""Interaction input helpers: the publish request, the search time window, interaction dicts."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._convert import require, require_list, timestamp, to_models

if TYPE_CHECKING:
    from reflexio_api.models import PublishUserInteractionRequest, SearchInteractionRequest

# The agent version the server records when none is given.
DEFAULT_AGENT_VERSION = "agent-v0"
EXPERIMENT_ARMS = ("treatment", "holdout")
# Learning statuses that no longer change (wait_for_learning stops polling at them).
FINAL_LEARNING_STATUSES = frozenset({"done", "failed", "not_tracked"})


def publish_body(
    *,
    user_id: str,
    interactions: Any,
    source: str,
    agent_version: str,
    session_id: str | None,
    skip_aggregation: bool,
    force_extraction: bool,
    evaluation_only: bool,
    override_learning_stall: bool,
    retrieval_experiment_id: str | None,
    retrieval_experiment_arm: str | None,
    request_id: str | None,
    session_finished: bool = False,
) -> PublishUserInteractionRequest:
    """The publish request, validated as the server would (ValueError/TypeError before any traffic)."""
    from reflexio_api.models import (
        InteractionData,
        PublishUserInteractionRequest,
        PublishUserInteractionRequestRetrievalExperimentArmType0,
    )

    require(user_id, "user_id")
    if session_id is None:
        raise ValueError("session_id is required: the request's conversation/task id")
    require(session_id, "session_id")
    if request_id is not None:
        require(request_id, "request_id")
    require(source, "source", blank=True)
    require(agent_version, "agent_version", blank=True)
    require_list(interactions, "interactions", "InteractionData or dicts")
    items = to_models(InteractionData, [interaction_dict(v, i) for i, v in enumerate(interactions)], "interactions")
    if (retrieval_experiment_id is None) != (retrieval_experiment_arm is None):
        raise ValueError("retrieval_experiment_id and retrieval_experiment_arm must be given together")
    arm = None
    if retrieval_experiment_arm is not None:
        require(retrieval_experiment_id, "retrieval_experiment_id")
        if retrieval_experiment_arm not in EXPERIMENT_ARMS:
            raise ValueError(
                f"retrieval_experiment_arm must be one of {EXPERIMENT_ARMS}, not {retrieval_experiment_arm!r}"
            )
        arm = PublishUserInteractionRequestRetrievalExperimentArmType0(retrieval_experiment_arm)
    body = PublishUserInteractionRequest(
        user_id=user_id,
        interaction_data_list=items,
        session_id=session_id,
        skip_aggregation=bool(skip_aggregation),
        force_extraction=bool(force_extraction),
        evaluation_only=bool(evaluation_only),
        override_learning_stall=bool(override_learning_stall),
        session_finished=bool(session_finished),
        source=source,
        agent_version=agent_version,
    )
    if request_id is not None:
        body.request_id = request_id
    if arm is not None:
        body.retrieval_experiment_id = retrieval_experiment_id
        body.retrieval_experiment_arm = arm
    return body


def detach_window(
    body: SearchInteractionRequest,
) -> tuple[SearchInteractionRequest, tuple[int | None, int | None, int | None]]:
    """A copy of the search request without its time window, and (start, end, top_k) in unix seconds.

    The server compares its ISO-text created_at with a number, so a window sent to it keeps
    everything (start_time) or nothing (end_time), and it ignores top_k.
    """
    from reflexio_api.types import UNSET

    start = timestamp(body.start_time, "start_time") if isinstance(body.start_time, dt.datetime) else None
    end = timestamp(body.end_time, "end_time") if isinstance(body.end_time, dt.datetime) else None
    if start is not None and end is not None and start > end:
        raise ValueError("end_time must not be before start_time")
    top_k = body.top_k if isinstance(body.top_k, int) else None
    sent = copy.copy(body)  # the caller's request model stays as it was
    sent.start_time = sent.end_time = UNSET
    return sent, (start, end, top_k)


def within_window(items: Any, start: int | None, end: int | None, top_k: int | None) -> Any:
    """The interactions created in [start, end], at most top_k, in the server's order."""
    if not isinstance(items, list):
        return items
    kept = [
        i
        for i in items
        if (start is None or (isinstance(i.created_at, int) and i.created_at >= start))
        and (end is None or (isinstance(i.created_at, int) and i.created_at <= end))
    ]
    return kept if top_k is None else kept[:top_k]


def interaction_dict(value: Any, index: int) -> Any:
    """An interaction dict with created_at as unix seconds (a datetime or ISO string is accepted)."""
    if isinstance(value, Mapping) and value.get("created_at") is not None:
        value = {**value, "created_at": timestamp(value["created_at"], f"interactions[{index}].created_at")}
    return value
