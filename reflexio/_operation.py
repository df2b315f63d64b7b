"""One API call, described without doing any I/O: which generated endpoint, with which arguments."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _table
from ._warn import warn_caller

if TYPE_CHECKING:
    from ._request_options import RequestOptions

T = TypeVar("T")


@dataclass(slots=True)
class Operation(Generic[T]):
    """A call of a generated endpoint module (`reflexio_api.api.<tag>.<operation_id>`).

    `kwargs` go to the module's `_get_kwargs`; `returns` is the model the 2xx answer must parse into.
    `cache` names the read-cache namespace when the answer may be served from the local cache.
    `idempotent` overrides the policy table (a publish carrying its request_id is safe to resend);
    `accept(answer, replay_possible)` checks a 2xx answer and may raise (publish: success=False);
    `patient`: no caller is waiting (fire-and-forget), so rate-limit windows are waited for without a deadline.
    `options`: per-call extras (reflexio/_request_options.py), applied on top of the client's.
    """

    api: ModuleType
    kwargs: dict[str, Any]
    returns: type[T]
    cache: str | None = None
    force_refresh: bool = False
    idempotent: bool | None = None
    accept: Callable[[Any, bool], Any] | None = None
    patient: bool = False
    options: RequestOptions | None = None  # extra headers/query/body and timeout of this call alone
    link: Any = None  # the caller's trace context of a fire-and-forget call (reflexio/_otel.py)
    operation_id: str = field(init=False)

    def __post_init__(self) -> None:
        from reflexio_api.deprecated import OPERATIONS as DEPRECATED

        self.operation_id = self.api.__name__.rsplit(".", 1)[-1]
        if self.operation_id in DEPRECATED:
            message = f"the server marks {self.operation_id} deprecated; it may be removed in a later release"
            warn_caller(message, DeprecationWarning)

    @property
    def invalidates(self) -> tuple[str, ...]:
        return _table.invalidated_by(self.operation_id)

    def cache_key(self, request_kwargs: dict[str, Any]) -> str:
        """The full request (path, query and body) as a canonical string."""
        return json.dumps(
            [request_kwargs["url"], request_kwargs.get("params"), request_kwargs.get("json")],
            sort_keys=True,
            default=str,
        )


_DOT_SEGMENTS = (".", "..")


def check_route(path: str, op: Operation[Any]) -> None:
    """Refuse a path parameter that would change the route: "." and ".." are dot segments that
    URL resolution removes (GET /api/pending_tool_calls/.. would become GET /api), and an empty one
    names another route. Any other id is percent-encoded by the generated code ("/" -> %2F)."""
    if path == "/":
        return
    for segment in path.split("?", 1)[0].split("/")[1:]:
        if segment in _DOT_SEGMENTS or not segment:
            names = [k for k, v in op.kwargs.items() if isinstance(v, str) and v.strip() == segment]
            name = names[0] if names else "a path parameter"
            raise ValueError(f"{op.operation_id}: {name}={segment!r} is not a valid id (it would change the URL path)")
