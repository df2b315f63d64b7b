"""What some methods return instead of the endpoint's parsed model (a row's `answer` in reflexio/_table.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reflexio_api.models import (
        AdminInvalidateCacheResponse,
        LearningStatusResponse,
        LearningStatusResponseStatus,
    )


def learning_status(answer: LearningStatusResponse) -> LearningStatusResponseStatus:
    """The status alone (a string enum equal to its value)."""
    return answer.status


def invalidation(answer: AdminInvalidateCacheResponse) -> dict[str, Any]:
    """The answer as the plain dict the official client returns: {"invalidated": bool, "org_id": str}."""
    return answer.to_dict()


def text_dict(answer: dict[str, Any]) -> dict[str, str]:
    """A free-form answer of text values, e.g. {"status": "cancelled"}."""
    return {str(key): str(value) for key, value in answer.items()}
