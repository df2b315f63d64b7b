"""What the generated session views (reflexio/_session.py) share: the bound session id and the client."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._convert import require

C = TypeVar("C")


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
