# Generated from reflexio/_sync/client.py by scripts/gen_async.py. Do not edit: run `make async`.
"""AsyncReflexioClient: the public async client, assembled from one mixin per API domain and the generated plain methods."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .backfill import AsyncBackfillMethods
from .config import AsyncConfigMethods
from .interactions import AsyncInteractionsMethods
from .legacy import AsyncLegacyMethods
from .operations import AsyncOperationsMethods
from .plain import AsyncPlainMethods
from .playbooks import AsyncPlaybooksMethods
from .profiles import AsyncProfilesMethods
from .tool_calls import AsyncToolCallsMethods

if TYPE_CHECKING:
    from .._raw_views import AsyncRawResponseView
    from .._session import AsyncSessionClient


class AsyncReflexioClient(
    AsyncBackfillMethods,
    AsyncInteractionsMethods,
    AsyncProfilesMethods,
    AsyncPlaybooksMethods,
    AsyncOperationsMethods,
    AsyncToolCallsMethods,
    AsyncConfigMethods,
    AsyncLegacyMethods,
    AsyncPlainMethods,
):
    """Client for a Reflexio server.

    `AsyncReflexioClient()` reads REFLEXIO_API_KEY and REFLEXIO_API_URL; see `__init__` for every option.
    Use it as a context manager, or call aclose(), so pending fire-and-forget calls are flushed.
    """

    @property
    def with_raw_response(self) -> AsyncRawResponseView:
        """This client's methods returning a RawResponse: the HTTP answer (status, headers, the request
        sent, elapsed time, correlation id) with the typed answer behind `.parse()`.

        `raw = client.with_raw_response.search(query="q", user_id="u")`, then `raw.status_code`,
        `raw.headers["x-correlation-id"]`, `raw.parse().profiles`. Reads skip the local cache.
        """
        from .._raw_views import AsyncRawResponseView

        return AsyncRawResponseView(self)

    def for_session(self, session_id: str) -> AsyncSessionClient:
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
        from .._session import AsyncSessionClient

        return AsyncSessionClient(self, session_id)
