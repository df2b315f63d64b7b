"""The publish request-id contract: every publish carries an id, so resending it can never store it twice.

The server stores a request id once: a publish whose id already exists is answered 200 with
success=False and "request_id '…' already exists". After an attempt whose answer was lost (reset,
read timeout, 500/502/504) the client resends the same id; "already exists" then means that
attempt landed, and the call returns success marked as a replay. Any other success=False, or
"already exists" on a first attempt, raises: a publish the server did not store never looks like
a success.
"""

from __future__ import annotations

import uuid
from functools import partial
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from ._exceptions import DuplicateRequestError, PublishRejectedError
from ._operation import Operation

if TYPE_CHECKING:
    from reflexio_api.models import PublishUserInteractionRequest, PublishUserInteractionResponse

T = TypeVar("T")
REPLAYED = "replayed"  # set to True in a replayed answer's additional properties: answer["replayed"]


def new_request_id() -> str:
    return str(uuid.uuid4())


def is_duplicate(message: str) -> bool:
    return "already exists" in message


def check_publish(answer: T, replay_possible: bool, *, request_id: str) -> T:
    """The answer of a publish of `request_id`, or the typed error when the server did not store it."""
    if getattr(answer, "success", False) is True:
        return answer
    message = getattr(answer, "message", "")
    message = message if isinstance(message, str) else ""
    if is_duplicate(message) and replay_possible:
        answer.success = True  # type: ignore[attr-defined]
        answer.request_id = request_id  # type: ignore[attr-defined]
        answer.message = f"request {request_id!r} was stored by an earlier attempt whose answer was lost"  # type: ignore[attr-defined]
        answer[REPLAYED] = True  # type: ignore[index]
        return answer
    error = DuplicateRequestError if is_duplicate(message) else PublishRejectedError
    raise error(message or "success=false", request_id=request_id, answer=answer)


def publish_check(request_id: str) -> Any:
    """The Operation.accept hook of a publish of `request_id`."""
    return partial(check_publish, request_id=request_id)


def publish_operation(
    body: PublishUserInteractionRequest, wait_for_response: bool, endpoint: ModuleType | None = None
) -> Operation[PublishUserInteractionResponse]:
    """The publish call of `body` (which carries its request_id): safe to resend, checked by publish_check.

    `endpoint`: the generated publish_interaction module, as the calling method imports it (the
    client's methods name the operations they send by importing them; None imports it here).
    """
    from reflexio_api.models import PublishUserInteractionResponse

    if endpoint is None:
        from reflexio_api.api.interactions import publish_interaction

        endpoint = publish_interaction

    kwargs = {"body": body, "wait_for_response": bool(wait_for_response)}
    accept = publish_check(str(body.request_id))
    return Operation(endpoint, kwargs, PublishUserInteractionResponse, idempotent=True, accept=accept)
