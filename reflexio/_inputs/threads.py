"""Coroutine twins of blocking methods, for names the official client offers as `*_async`."""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec, TypeVar

from .._docstrings import with_args_of

S = TypeVar("S")
P = ParamSpec("P")
R = TypeVar("R")


def in_thread(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], Coroutine[Any, Any, R]]:
    """`method` as a coroutine that runs the blocking call in a worker thread (asyncio.to_thread):
    same arguments, same answer, the event loop stays free. The async client uses the method itself."""

    async def twin(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        import asyncio  # here, not at import: a sync program never loads asyncio

        return await asyncio.to_thread(method, self, *args, **kwargs)

    functools.update_wrapper(twin, method)
    twin.__name__ = f"{method.__name__}_async"
    twin.__qualname__ = f"{method.__qualname__}_async"
    twin.__doc__ = with_args_of(method, f"{method.__name__}, awaitable: the blocking call runs in a worker thread.\n")
    return twin
