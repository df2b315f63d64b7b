"""Playbook input helpers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._convert import check_not_empty, to_model, to_models

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
