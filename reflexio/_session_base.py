"""What the generated session views (reflexio/_session.py) share: the bound session id and the client."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

C = TypeVar("C")
R = TypeVar("R")


class SessionBase(Generic[C]):
    """A client with one session id filled in; see ReflexioClient.for_session.

    A call may still name the session (`session_id=` / `session_ids=`, or in its `request=`): the
    bound one is accepted, so code written for the client runs unchanged on a view; another one
    raises ValueError, since one call cannot belong to two sessions.
    """

    def __init__(self, client: C, session_id: str) -> None:
        if session_id is None:
            raise ValueError("for_session() needs a session id, not None: every call of the view is filed under it")
        if not isinstance(session_id, str):
            raise TypeError(f"session_id must be a str, not {type(session_id).__name__}")
        if not session_id.strip():
            raise ValueError(f"session_id must not be empty or blank (got {session_id!r})")
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

    # the client's settings, as code that is handed a client object reads them
    @property
    def api_key(self) -> str:
        """The client's API key."""
        client: Any = self._client
        return str(client.api_key)

    @property
    def base_url(self) -> str:
        """The client's server URL."""
        client: Any = self._client
        return str(client.base_url)

    @property
    def timeout(self) -> float:
        """The client's request timeout in seconds."""
        client: Any = self._client
        return float(client.timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(session_id={self._session_id!r}, client={self._client!r})"

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise TypeError(
            f"a {type(self).__name__} cannot be pickled (its client holds a connection pool and the API key): "
            "pass the session id and build a client in the other process"
        )

    def _resolve(self, session_id: str | None, name: str = "session_id") -> str:
        """The bound session; an explicit `session_id` must name it (stripped, as the bound one is)."""
        if session_id is not None and str(session_id).strip() != self._session_id:
            raise ValueError(
                f"{name}={session_id!r} was passed to a view bound to session {self._session_id!r}: "
                "a call cannot belong to two sessions. Leave it out, or use client.for_session(...) "
                "(or view.client) for the other session"
            )
        return self._session_id

    def _resolve_many(self, session_ids: list[str] | None, name: str = "session_ids") -> list[str]:
        """[the bound session]; explicit `session_ids` must be exactly that."""
        if session_ids is not None and [str(s).strip() for s in session_ids] != [self._session_id]:
            raise ValueError(
                f"{name}={session_ids!r} was passed to a view bound to session {self._session_id!r}: "
                "a view reads its own session only. Leave it out, or use view.client to read across sessions"
            )
        return [self._session_id]

    def _scoped(self, request: R) -> R:
        """The caller's own request (request=), refused when it names another session: the call
        cannot belong to two, and taking either would misfile it."""
        if request is None:
            return request
        from reflexio_api.types import Unset

        for name, check in (("session_id", self._resolve), ("session_ids", self._resolve_many)):
            value: Any = request.get(name) if isinstance(request, Mapping) else getattr(request, name, None)
            if value is not None and not isinstance(value, Unset):
                check(value, f"request {name}")
        return request
