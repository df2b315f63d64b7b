"""One API call, described without doing any I/O: which generated endpoint, with which arguments."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Generic, TypeVar

from . import _policy

T = TypeVar("T")


@dataclass(slots=True)
class Operation(Generic[T]):
    """A call of a generated endpoint module (`reflexio_api.api.<tag>.<operation_id>`).

    `kwargs` go to the module's `_get_kwargs`; `returns` is the model the 2xx answer must parse into.
    `cache` names the read-cache namespace when the answer may be served from the local cache.
    """

    api: ModuleType
    kwargs: dict[str, Any]
    returns: type[T]
    cache: str | None = None
    force_refresh: bool = False
    operation_id: str = field(init=False)

    def __post_init__(self) -> None:
        self.operation_id = self.api.__name__.rsplit(".", 1)[-1]

    @property
    def invalidates(self) -> tuple[str, ...]:
        return _policy.INVALIDATES.get(self.operation_id, ())

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
