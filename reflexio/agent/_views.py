"""`session.turn(...)`: the turn helper of the session views (mixed into the generated SessionClient
and AsyncSessionClient by scripts/gen_session.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack, cast

from ._plan import TurnOptions, settings
from ._turn import AsyncTurn, Turn, astart_turn, start_turn

if TYPE_CHECKING:
    from .._session import AsyncSessionClient, SessionClient


class TurnMethods:
    """The sync session view's turn helper."""

    def turn(
        self,
        user_id: str,
        query: str,
        *,
        request_id: str | None = None,
        **options: Unpack[TurnOptions],
    ) -> Turn:
        """Start a turn of the agent: search Reflexio for `query` and return the Turn.

        `turn.context.text` is the block to put into the prompt ("" when nothing applies),
        `turn.context.learnings` the same as data; then `turn.publish(answer)` publishes the turn
        with this session, the learnings shown and those the answer cites.

        The turn fails open: the search takes at most `budget` seconds; when Reflexio is slow or
        failing the context is empty and the failure goes to the log and `on_error` (default: the
        client's). Bad arguments raise ValueError/TypeError before any request.

        Args:
            user_id: your stable id of the end user.
            query: what to search for, usually the user's message (also the published user message).
            request_id: the id to publish the turn under (default: a fresh UUID).
            options: (reflexio.agent.TurnOptions)
                searches: "unified" (default: one search of profiles and playbooks) or the
                    searches to run: any of "profiles", "user_playbooks", "agent_playbooks".
                top_k: results per kind, 1..100 (default 5).
                budget: seconds the search may take at most (default 2.0; the turn never waits longer).
                source, agent_version: published with the turn (see publish_interaction).
                search_options: more arguments of the search method(s), e.g. {"tags": ["billing"]}.
                citation_hint: end the context block asking the model to cite tags (default True).
                on_error: called as on_error(exception, "search" | "publish_interaction")
                    (default: the client's).
        """
        turn = settings(self, user_id=user_id, query=query, request_id=request_id, **options)
        return start_turn(cast("SessionClient", self), turn)


class AsyncTurnMethods:
    """The async session view's turn helper."""

    async def turn(
        self,
        user_id: str,
        query: str,
        *,
        request_id: str | None = None,
        **options: Unpack[TurnOptions],
    ) -> AsyncTurn:
        """Start a turn of the agent (awaitable): see SessionClient.turn.

        Args:
            user_id: your stable id of the end user.
            query: what to search for, usually the user's message (also the published user message).
            request_id: the id to publish the turn under (default: a fresh UUID).
            options: reflexio.agent.TurnOptions, as for SessionClient.turn.
        """
        turn = settings(self, user_id=user_id, query=query, request_id=request_id, **options)
        return await astart_turn(cast("AsyncSessionClient", self), turn)
