"""What the generated session views (reflexio/_session.py) share: the bound session id and the client."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from ._convert import require

C = TypeVar("C")
R = TypeVar("R")


class SessionBase(Generic[C]):
    """A client with one session id filled in; see ReflexioClient.for_session."""

    def __init__(self, client: C, session_id: str) -> None:
        require(session_id, "session_id")
        self._client = client
        # stripped once, so the publish (which the server strips) and the search (sent verbatim)
        # name the same session
        self._session_id = session_id.strip()

    @property
    def session_id(self) -> str:
        """The bound session id."""
        return self._session_id

    @property
    def client(self) -> C:
        """The client this view calls (for calls about other sessions)."""
        return self._client

    def __repr__(self) -> str:
        return f"{type(self).__name__}(session_id={self._session_id!r}, client={self._client!r})"

    def _scoped(self, request: R) -> R:
        """The caller's own request (request=), refused when it names another session: the call
        cannot belong to two, and taking either would misfile it."""
        if request is None:
            return request
        from reflexio_api.types import Unset

        for name in ("session_id", "session_ids"):
            value: Any = request.get(name) if isinstance(request, Mapping) else getattr(request, name, None)
            if value is None or isinstance(value, Unset):
                continue
            named = [str(v).strip() for v in value] if name == "session_ids" else [str(value).strip()]
            if named != [self._session_id]:
                raise ValueError(
                    f"request {name}={value!r} differs from this view's session {self._session_id!r}; "
                    "leave it out, or use client.for_session(...) for the other session"
                )
        return request
