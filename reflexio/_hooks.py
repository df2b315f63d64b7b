"""Hooks: observe every request, response, retry and failure of a client (sync and async alike).

Subclass `Hooks`, override the methods you need, and pass it: `ReflexioClient(hooks=[MyHooks()])`.
Each method receives a `CallEvent` and runs in the caller's thread (or task) right where the event
happens, so it must be quick and must not block; an async client calls the same plain methods.
A hook that raises never breaks the call: the exception is logged on the `reflexio` logger.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import httpx

log = logging.getLogger("reflexio")

EventKind = Literal["request", "response", "retry", "error"]


@dataclass(frozen=True, slots=True)
class CallEvent:
    """One moment of a call.

    - request: `request` is about to be sent (attempt 1, 2, ...);
    - response: `response` arrived for that attempt (any status), after `elapsed` seconds;
    - retry: the call will be sent again after `delay` seconds (`response` or `error` says why);
    - error: the call failed for good with `error` (after `attempt` attempts).
    """

    kind: EventKind
    operation_id: str
    attempt: int
    request: httpx.Request | None = None
    response: httpx.Response | None = None
    error: BaseException | None = None
    elapsed: float | None = None
    delay: float | None = None
    correlation_id: str | None = None


class Hooks:
    """Override any of these; the defaults do nothing."""

    def on_request(self, event: CallEvent) -> None:
        """Before each attempt is sent."""

    def on_response(self, event: CallEvent) -> None:
        """After each attempt's answer arrived (success or not)."""

    def on_retry(self, event: CallEvent) -> None:
        """When an attempt failed and the call will be sent again."""

    def on_error(self, event: CallEvent) -> None:
        """When the call failed for good (the exception is raised to the caller next)."""


def check_hooks(hooks: Iterable[Hooks] | None) -> tuple[Hooks, ...]:
    if hooks is None:
        return ()
    if isinstance(hooks, Hooks):
        return (hooks,)
    found = tuple(hooks)
    for hook in found:
        if not isinstance(hook, Hooks):
            raise TypeError(f"hooks must be reflexio.Hooks instances, not {type(hook).__name__}")
        for name in _METHODS.values():
            if inspect.iscoroutinefunction(getattr(hook, name)):
                raise TypeError(
                    f"{type(hook).__name__}.{name} is async: hooks run inline on both clients, so they are plain "
                    "methods (hand slow work to a queue or asyncio.create_task yourself)"
                )
    return found


def emit(hooks: tuple[Hooks, ...], event: CallEvent) -> None:
    """Call each hook's method for `event`; a hook that raises is logged, never propagated."""
    name = _METHODS[event.kind]
    for hook in hooks:
        try:
            getattr(hook, name)(event)
        except Exception:
            log.exception("reflexio hook %s.%s raised (the call goes on)", type(hook).__name__, name)


_METHODS: dict[str, str] = {
    "request": "on_request",
    "response": "on_response",
    "retry": "on_retry",
    "error": "on_error",
}
