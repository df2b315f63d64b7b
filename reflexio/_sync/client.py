"""ReflexioClient: the public sync client, assembled from one mixin per API domain and the generated plain methods."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .backfill import BackfillMethods
from .config import ConfigMethods
from .interactions import InteractionsMethods
from .legacy import LegacyMethods
from .operations import OperationsMethods
from .plain import PlainMethods
from .playbooks import PlaybooksMethods
from .profiles import ProfilesMethods
from .tool_calls import ToolCallsMethods

if TYPE_CHECKING:
    from .._raw_views import RawResponseView
    from .._session import SessionClient


class ReflexioClient(
    BackfillMethods,
    InteractionsMethods,
    ProfilesMethods,
    PlaybooksMethods,
    OperationsMethods,
    ToolCallsMethods,
    ConfigMethods,
    LegacyMethods,
    PlainMethods,
):
    """Client for a Reflexio server.

    `ReflexioClient()` reads REFLEXIO_API_KEY and REFLEXIO_API_URL; see `__init__` for every option.
    Use it as a context manager, or call close(), so pending fire-and-forget calls are flushed.
    """

    @property
    def with_raw_response(self) -> RawResponseView:
        """This client's methods returning a RawResponse: the HTTP answer (status, headers, the request
        sent, elapsed time, correlation id) with the typed answer behind `.parse()`.

        `raw = client.with_raw_response.search(query="q", user_id="u")`, then `raw.status_code`,
        `raw.headers["x-correlation-id"]`, `raw.parse().profiles`. Reads skip the local cache.
        """
        from .._raw_views import RawResponseView

        return RawResponseView(self)

    def for_session(self, session_id: str) -> SessionClient:
        """This client with `session_id` filled in for every call that takes one.

        `session = client.for_session("chat_42")`, then `session.search(query=..., user_id=...)` and
        `session.publish_interaction(user_id=..., interactions=[...])` cannot name different
        sessions. The view has every API method with the same parameters, session_id (session_ids)
        optional: the bound one is filled in, the same given again is accepted, another raises
        ValueError. It shares this client's connection pool, cache and background queue (closing
        the client ends it). `session.client` is this client. None or a blank id raises ValueError.

        Args:
            session_id: the session every call of the view is about.
        """
        from .._session import SessionClient

        return SessionClient(self, session_id)
