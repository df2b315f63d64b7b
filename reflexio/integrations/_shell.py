"""What both SDK wrappers do around one LLM call, sync and async: start the turn, inject its context,
call the LLM, publish the answer (at the end of a stream). Each SDK module supplies an Adapter with
the I/O-free parts: where the query is, how to inject, how to read an answer or a stream.

A failed LLM call raises as it would unwrapped and publishes nothing; Reflexio's failures never
reach the caller (the turn fails open, publishing problems go to on_error and the log).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar

from ..agent._plan import TurnOptions, client_on_error, report, settings

if TYPE_CHECKING:
    from .._session import AsyncSessionClient, SessionClient
    from ..agent import AsyncTurn, Turn

log = logging.getLogger("reflexio")

# Set while an SDK stream helper starts its request: the helper may call the (patched) create
# itself, which must then pass through, or the turn would be searched and published twice.
_IN_HELPER: ContextVar[bool] = ContextVar("reflexio_in_stream_helper", default=False)

Placement = Literal["user", "system"]
PLACEMENTS = ("user", "system")


@dataclass
class Answer:
    """An LLM answer as published: its text and the tools it called."""

    text: str = ""
    tools_used: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])


class Collector(Protocol):
    """Assembles a streamed answer from its chunks or events."""

    def add(self, item: Any) -> None: ...

    def answer(self) -> Answer: ...


class Adapter(Protocol):
    """The I/O-free part of one SDK call."""

    def query(self, kwargs: Mapping[str, Any]) -> tuple[str, bool]:
        """The user's text to search for, and whether this call starts a user turn (else it
        continues one after tool results)."""
        ...

    def inject(self, kwargs: Mapping[str, Any], text: str, placement: Placement) -> dict[str, Any]: ...

    def answer(self, response: Any) -> Answer: ...

    def collector(self) -> Collector: ...

    def finished(self, stream: Any) -> Any | None:
        """The final snapshot of an SDK stream helper's stream when it reached its end, else None."""
        ...


@dataclass(frozen=True)
class Binding:
    """What a wrapped client is bound to: the session view, the user, the placement, the turn options."""

    session: Any
    user_id: str
    placement: Placement
    options: TurnOptions

    def on_error(self) -> Any:
        return self.options.get("on_error") or client_on_error(self.session)


def bind(session: Any, user_id: str, placement: str, options: TurnOptions, expected: type, sdk: str) -> Binding:
    """Check the wrapper's arguments once, before any call (ValueError/TypeError)."""
    if not isinstance(session, expected):
        raise TypeError(
            f"session must be a {expected.__name__} (client.for_session(...) of the "
            f"{'async' if 'Async' in expected.__name__ else 'sync'} client, for {sdk}), not {type(session).__name__}"
        )
    if placement not in PLACEMENTS:
        raise ValueError(f"placement must be one of {PLACEMENTS}, not {placement!r}")
    settings(session, user_id=user_id, query="", **options)  # checks the options now, not at the first call
    return Binding(session, user_id, placement, options)  # type: ignore[arg-type]


def patched(client: Any, binding: Binding, adapter: Adapter, resource: str, is_async: bool) -> Any:
    """`client` (a copy of the user's) with `<resource>.create` giving each call memory; its copy()
    and with_options() return patched copies too."""
    target = client
    for name in resource.split("."):
        target = getattr(target, name)  # the SDK's resources are cached per client: patching sticks
    create = target.create
    if is_async:

        async def acreate(**kwargs: Any) -> Any:
            return await acall(binding, adapter, create, kwargs)

        target.create = acreate
    else:

        def screate(**kwargs: Any) -> Any:
            return call(binding, adapter, create, kwargs)

        target.create = screate
    helper = getattr(target, "stream", None)  # chat.completions.stream / messages.stream: a context manager
    if callable(helper):

        def stream(**kwargs: Any) -> Any:
            recorder = AsyncRecordingManager if is_async else RecordingManager
            return recorder(binding, adapter, helper, kwargs)

        target.stream = stream
    copy = client.copy

    def patched_copy(**changes: Any) -> Any:
        return patched(copy(**changes), binding, adapter, resource, is_async)

    client.copy = client.with_options = patched_copy
    return client


def publish(binding: Binding, turn: Turn, read: Callable[[], Answer], new_turn: bool) -> None:
    """Publish the turn with the answer `read()` gives; a problem is reported, never raised (the LLM call succeeded)."""
    try:
        answer = read()
        turn.publish(answer.text, user=None if new_turn else "", tools_used=answer.tools_used or None)
    except Exception as exc:
        report(binding.on_error(), exc, "publish_interaction")


async def apublish(binding: Binding, turn: AsyncTurn, read: Callable[[], Answer], new_turn: bool) -> None:
    """publish, for an async turn."""
    try:
        answer = read()
        await turn.publish(answer.text, user=None if new_turn else "", tools_used=answer.tools_used or None)
    except Exception as exc:
        report(binding.on_error(), exc, "publish_interaction")


def begin(binding: Binding, adapter: Adapter, kwargs: dict[str, Any]) -> tuple[dict[str, Any], Turn | None, bool]:
    """Start the turn of a call: the request with the context in it, the turn, whether the call starts
    a user turn. Messages this wrapper cannot read give the request as it was and no turn (reported)."""
    session: SessionClient = binding.session
    kwargs = listed(kwargs)
    try:
        query, new_turn = adapter.query(kwargs)
        turn = session.turn(binding.user_id, query, **binding.options)
        return adapter.inject(kwargs, turn.context.text, binding.placement), turn, new_turn
    except Exception as exc:
        report(binding.on_error(), exc, "search")
        return kwargs, None, False


async def abegin(
    binding: Binding, adapter: Adapter, kwargs: dict[str, Any]
) -> tuple[dict[str, Any], AsyncTurn | None, bool]:
    """begin, for an async call."""
    session: AsyncSessionClient = binding.session
    kwargs = listed(kwargs)
    try:
        query, new_turn = adapter.query(kwargs)
        turn = await session.turn(binding.user_id, query, **binding.options)
        return adapter.inject(kwargs, turn.context.text, binding.placement), turn, new_turn
    except Exception as exc:
        report(binding.on_error(), exc, "search")
        return kwargs, None, False


def call(binding: Binding, adapter: Adapter, create: Callable[..., Any], kwargs: dict[str, Any]) -> Any:
    """One sync LLM call with memory."""
    if _IN_HELPER.get():
        return create(**kwargs)
    request, turn, new_turn = begin(binding, adapter, kwargs)
    response = create(**request)
    if turn is None:
        return response
    if request.get("stream") is True:
        finish = functools.partial(publish, binding, turn, new_turn=new_turn)
        return RecordingStream(response, adapter.collector(), finish, functools.partial(_dropped, binding))
    publish(binding, turn, lambda: adapter.answer(response), new_turn)
    return response


async def acall(binding: Binding, adapter: Adapter, create: Callable[..., Any], kwargs: dict[str, Any]) -> Any:
    """One async LLM call with memory."""
    if _IN_HELPER.get():
        return await create(**kwargs)
    request, turn, new_turn = await abegin(binding, adapter, kwargs)
    response = await create(**request)
    if turn is None:
        return response
    if request.get("stream") is True:
        finish = functools.partial(apublish, binding, turn, new_turn=new_turn)
        return AsyncRecordingStream(response, adapter.collector(), finish, functools.partial(_dropped, binding))
    await apublish(binding, turn, lambda: adapter.answer(response), new_turn)
    return response


def listed(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The call's arguments with `messages` as a list: an iterable given by the caller is read once."""
    messages = kwargs.get("messages")
    if messages is None or isinstance(messages, list):
        return kwargs
    return {**kwargs, "messages": list(messages)}


def _dropped(binding: Binding, exc: Exception) -> None:
    report(binding.on_error(), exc, "publish_interaction")


F = TypeVar("F")


class _Recording(Generic[F]):
    """What both recording streams share: collecting the items, and handing out `finish` once."""

    def __init__(self, stream: Any, collector: Collector, finish: F, dropped: Callable[[Exception], None]) -> None:
        self._stream = stream
        self._collector = collector
        self._finish: F | None = finish
        self._dropped = dropped

    def _collect(self, item: Any) -> Any:
        """Pass `item` through; a chunk the collector cannot read drops the publish (reported), never the stream."""
        if self._finish is not None:
            try:
                self._collector.add(item)
            except Exception as exc:
                self._finish = None
                self._dropped(exc)
        return item

    def _ended(self) -> F | None:
        """The publish to run now that the stream ended (None when dropped, closed early or already run)."""
        finish, self._finish = self._finish, None
        return finish

    def __getattr__(self, name: str) -> Any:
        if name == "_stream":  # not set yet (a copy being made): no recursion
            raise AttributeError(name)
        return getattr(self._stream, name)


class RecordingStream(_Recording[Callable[[Callable[[], Answer]], None]]):
    """The SDK's stream, passed through chunk by chunk; the assembled answer is published once it ends.

    A stream closed early or broken by an error publishes nothing. Other attributes are the SDK stream's.
    """

    def __iter__(self) -> RecordingStream:
        return self

    def __next__(self) -> Any:
        try:
            item = next(self._stream)
        except StopIteration:
            if finish := self._ended():
                finish(self._collector.answer)
            raise
        return self._collect(item)

    def __enter__(self) -> RecordingStream:
        self._stream.__enter__()
        return self

    def __exit__(self, *exc_info: Any) -> Any:
        return self._stream.__exit__(*exc_info)

    def close(self) -> None:
        self._finish = None
        self._stream.close()


class AsyncRecordingStream(_Recording[Callable[[Callable[[], Answer]], Awaitable[None]]]):
    """The async SDK stream, passed through; the assembled answer is published once it ends."""

    def __aiter__(self) -> AsyncRecordingStream:
        return self

    async def __anext__(self) -> Any:
        try:
            item = await self._stream.__anext__()
        except StopAsyncIteration:
            if finish := self._ended():
                await finish(self._collector.answer)
            raise
        return self._collect(item)

    async def __aenter__(self) -> AsyncRecordingStream:
        await self._stream.__aenter__()
        return self

    async def __aexit__(self, *exc_info: Any) -> Any:
        return await self._stream.__aexit__(*exc_info)

    async def close(self) -> None:
        self._finish = None
        await self._stream.close()


def _final(adapter: Adapter, stream: Any) -> Any | None:
    try:
        return adapter.finished(stream)
    except Exception:  # nothing received yet: the SDK's snapshot is not there
        return None


class RecordingManager:
    """The SDK's stream helper (`with client.messages.stream(...) as stream:`): the turn starts on
    entering; on leaving, a stream that reached its end is published from the SDK's final snapshot."""

    def __init__(self, binding: Binding, adapter: Adapter, helper: Callable[..., Any], kwargs: dict[str, Any]) -> None:
        self._binding, self._adapter, self._helper, self._kwargs = binding, adapter, helper, kwargs
        self._turn: Turn | None = None
        self._new_turn = False
        self._manager: Any = None
        self._stream: Any = None

    def __enter__(self) -> Any:
        request, self._turn, self._new_turn = begin(self._binding, self._adapter, self._kwargs)
        started = _IN_HELPER.set(True)
        try:
            self._manager = self._helper(**request)
            self._stream = self._manager.__enter__()
        finally:
            _IN_HELPER.reset(started)
        return self._stream

    def __exit__(self, *exc_info: Any) -> Any:
        final = _final(self._adapter, self._stream) if exc_info[0] is None and self._turn is not None else None
        result = self._manager.__exit__(*exc_info)
        if final is not None and self._turn is not None:
            publish(self._binding, self._turn, lambda: self._adapter.answer(final), self._new_turn)
        return result


class AsyncRecordingManager:
    """RecordingManager, for `async with client.messages.stream(...) as stream:`."""

    def __init__(self, binding: Binding, adapter: Adapter, helper: Callable[..., Any], kwargs: dict[str, Any]) -> None:
        self._binding, self._adapter, self._helper, self._kwargs = binding, adapter, helper, kwargs
        self._turn: AsyncTurn | None = None
        self._new_turn = False
        self._manager: Any = None
        self._stream: Any = None

    async def __aenter__(self) -> Any:
        request, self._turn, self._new_turn = await abegin(self._binding, self._adapter, self._kwargs)
        started = _IN_HELPER.set(True)
        try:
            self._manager = self._helper(**request)
            self._stream = await self._manager.__aenter__()
        finally:
            _IN_HELPER.reset(started)
        return self._stream

    async def __aexit__(self, *exc_info: Any) -> Any:
        final = _final(self._adapter, self._stream) if exc_info[0] is None and self._turn is not None else None
        result = await self._manager.__aexit__(*exc_info)
        if final is not None and self._turn is not None:
            await apublish(self._binding, self._turn, lambda: self._adapter.answer(final), self._new_turn)
        return result
