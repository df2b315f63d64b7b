"""Playbook input helpers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from .._convert import check_not_empty, current_statuses, iso, to_model, to_models, with_dates

M = TypeVar("M")

# AgentPlaybook fields add_agent_playbooks' server drops (it keeps only the editable ones).
DROPPED_AGENT_PLAYBOOK_FIELDS = (
    "tags",
    "status",
    "blocking_issue",
    "expanded_terms",
    "embedding",
    "merged_into",
    "superseded_by",
)


def playbook_filter(
    cls: type[M], request: Any, start_time: Any, end_time: Any, *, playbook_status: Any = None, **fields: Any
) -> M:
    """A playbook read or search request from a model, a dict and/or keywords (keywords win): times
    (datetime, ISO text, unix seconds) sent as ISO 8601, CURRENT status as null, filters type-checked.

    `playbook_status` is the kind of the request's playbook_status_filter, where it has one.
    """

    body: Any = to_model(
        cls,
        with_dates(request, iso, "start_time", "end_time"),
        "request",
        start_time=iso(start_time, "start_time"),
        end_time=iso(end_time, "end_time"),
        **fields,
    )
    body.status_filter = current_statuses(body.status_filter)
    return cast(M, body)


def items_request(cls: type[M], item_cls: type[Any], value: Any, field: str) -> M:
    """An add-request from the request itself, its dict, a list of items, or a single item."""
    if isinstance(value, cls) or (isinstance(value, Mapping) and field in value):
        body = to_model(cls, value, field)
    else:
        items = [value] if isinstance(value, (item_cls, Mapping)) else value
        body = cls(**{field: to_models(item_cls, items, field)})
    check_not_empty(getattr(body, field), field)
    return body


def check_not_dropped(item: Any, name: str) -> None:
    """Refuse fields of an added agent playbook that the server would silently drop."""
    from reflexio_api.types import Unset

    dropped = [
        field
        for field in DROPPED_AGENT_PLAYBOOK_FIELDS
        if not isinstance(getattr(item, field), Unset) and getattr(item, field) not in (None, [])
    ]
    if dropped:
        raise ValueError(f"{name}: the server does not store {dropped} of added agent playbooks; leave them out")
