"""A turn of an agent: what Reflexio retrieved for it, and its publish (sync and async shells).

The logic is in _plan (no I/O); these classes only send: the sync turn waits for the search on a
worker thread for at most the budget, the async turn with asyncio.wait_for. Reflexio's failures
never reach the agent: they go to the log and on_error, and the context comes back empty.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ._context import Context
from ._plan import TurnSettings, context_from, failed, publish_call, report, search_calls

if TYPE_CHECKING:
    from reflexio_api.models import InteractionData, PublishUserInteractionResponse, ToolUsed

    from .._operation import Operation
    from .._session import AsyncSessionClient, SessionClient

T = TypeVar("T")


class _TurnBase:
    """What both turns share: the settings, the context, and building the publish exactly once."""

    def __init__(self, session_id: str, settings: TurnSettings, context: Context) -> None:
        self._session_id = session_id
        self._settings = settings
        self._context = context
        self._published = False

    @property
    def context(self) -> Context:
        """The context block for the prompt (empty when nothing was found or Reflexio failed)."""
        return self._context

    @property
    def session_id(self) -> str:
        return self._session_id

    @property
    def user_id(self) -> str:
        return self._settings.user_id

    @property
    def request_id(self) -> str:
        """The id the turn is published under (also sent with its searches, for attribution)."""
        return self._settings.request_id

    @property
    def published(self) -> bool:
        """publish() was called (a turn is published once)."""
        return self._published

    def __repr__(self) -> str:
        shown = [learning.tag for learning in self._context.learnings]
        return f"{type(self).__name__}(session_id={self._session_id!r}, request_id={self.request_id!r}, shown={shown})"

    def _publish_call(
        self,
        answer: str,
        user: str | None,
        cited: Sequence[str] | None,
        tools_used: Sequence[ToolUsed | dict[str, Any]] | None,
        interactions: Sequence[InteractionData | dict[str, Any]] | None,
        session_finished: bool,
    ) -> Operation[PublishUserInteractionResponse]:
        if self._published:
            raise RuntimeError(f"turn {self.request_id} was already published; start a new turn with session.turn(...)")
        op = publish_call(
            self._settings,
            self._session_id,
            self._context,
            answer=answer,
            user=user,
            cited=cited,
            tools_used=tools_used,
            interactions=interactions,
            session_finished=session_finished,
        )
        self._published = True
        return op

    def _failed(self, exc: Exception) -> None:
        report(self._settings.on_error, exc, "publish_interaction")


class Turn(_TurnBase):
    """One turn of an agent on a session view: `turn.context` for the prompt, then `turn.publish(answer)`."""

    def __init__(self, view: SessionClient, settings: TurnSettings, context: Context) -> None:
        super().__init__(view.session_id, settings, context)
        self._view = view

    def publish(
        self,
        answer: str = "",
        *,
        user: str | None = None,
        cited: Sequence[str] | None = None,
        tools_used: Sequence[ToolUsed | dict[str, Any]] | None = None,
        interactions: Sequence[InteractionData | dict[str, Any]] | None = None,
        session_finished: bool = False,
        background: bool = True,
    ) -> PublishUserInteractionResponse | None:
        """Publish the turn with the session, the learnings shown (retrieved_learnings) and those it cites.

        Args:
            answer: the agent's answer (published as the assistant's interaction).
            user: the user's message; default: the turn's query.
            cited: tags of the learnings that shaped the answer; default: the `[u1]`-style tags
                found in the answer. [] publishes no citations.
            tools_used: tools the answer used (ToolUsed or dicts: tool_name, tool_data, status).
            interactions: the whole turn instead of answer/user/tools_used; what was retrieved and
                cited goes on its last assistant interaction.
            session_finished: the session is complete (the server evaluates it without waiting).
            background: True (default): queue it (fire-and-forget; never waits, a full queue or a
                failure goes to on_error) and return None. False: wait for the answer.

        Bad input raises ValueError/TypeError at once; Reflexio's failures are reported through
        on_error and the log, never raised (the answer is None then).
        """
        op = self._publish_call(answer, user, cited, tools_used, interactions, session_finished)
        client = self._view.client
        try:
            if background:
                client._fire(op, nowait=True)  # pyright: ignore[reportPrivateUsage]
                return None
            return client._request(op)  # pyright: ignore[reportPrivateUsage]
        except Exception as exc:
            self._failed(exc)
            return None


class AsyncTurn(_TurnBase):
    """One turn of an agent on an async session view: `turn.context`, then `await turn.publish(answer)`."""

    def __init__(self, view: AsyncSessionClient, settings: TurnSettings, context: Context) -> None:
        super().__init__(view.session_id, settings, context)
        self._view = view

    async def publish(
        self,
        answer: str = "",
        *,
        user: str | None = None,
        cited: Sequence[str] | None = None,
        tools_used: Sequence[ToolUsed | dict[str, Any]] | None = None,
        interactions: Sequence[InteractionData | dict[str, Any]] | None = None,
        session_finished: bool = False,
        background: bool = True,
    ) -> PublishUserInteractionResponse | None:
        """Publish the turn: see Turn.publish."""
        op = self._publish_call(answer, user, cited, tools_used, interactions, session_finished)
        client = self._view.client
        try:
            if background:
                await client._fire(op, nowait=True)  # pyright: ignore[reportPrivateUsage]
                return None
            return await client._request(op)  # pyright: ignore[reportPrivateUsage]
        except Exception as exc:
            self._failed(exc)
            return None


def start_turn(view: SessionClient, settings: TurnSettings) -> Turn:
    """Search (bounded by the budget, failing open), then the Turn."""
    calls = search_calls(settings)
    context = Context()
    if calls:
        bounded = view.client.with_options(timeout=settings.budget, max_retries=0).for_session(view.session_id)
        try:
            answers = within(settings.budget, lambda: [getattr(bounded, name)(**kwargs) for name, kwargs in calls])
            context = context_from(settings, answers)
        except Exception as exc:
            context = failed(settings, exc, "search")
    return Turn(view, settings, context)


async def astart_turn(view: AsyncSessionClient, settings: TurnSettings) -> AsyncTurn:
    """Search (bounded by the budget, failing open), then the AsyncTurn."""
    import asyncio

    calls = search_calls(settings)
    context = Context()
    if calls:
        bounded = view.client.with_options(timeout=settings.budget, max_retries=0).for_session(view.session_id)
        try:
            searches = asyncio.gather(*(getattr(bounded, name)(**kwargs) for name, kwargs in calls))
            answers = await asyncio.wait_for(searches, settings.budget)
            context = context_from(settings, answers)
        except Exception as exc:
            context = failed(settings, exc, "search")
    return AsyncTurn(view, settings, context)


def within(seconds: float, call: Callable[[], T]) -> T:
    """call() on a daemon thread; its result, its exception, or TimeoutError after `seconds`.

    A call that overruns is left to finish on its own (the turn's client view times out soon after).
    """
    done = threading.Event()
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append((True, call()))
        except BaseException as exc:
            outcome.append((False, exc))
        finally:
            done.set()

    threading.Thread(target=run, name="reflexio-turn-search", daemon=True).start()
    if not done.wait(seconds):
        raise TimeoutError()
    ok, value = outcome[0]
    if not ok:
        raise value
    result: T = value
    return result
