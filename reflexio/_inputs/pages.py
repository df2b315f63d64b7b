"""Paging for the iter_* methods: one Pager walks any paged list, `paged`/`apaged` turn a list
method into an iterator with the same parameters (its filters are not written twice)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from .._convert import check_value, timestamp
from .._docstrings import with_args_of

if TYPE_CHECKING:
    from reflexio_api.types import Unset

S = TypeVar("S")
P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
W = TypeVar("W", bound=Callable[..., Any])

# A page size that doubles (items sharing one timestamp fill whole pages) stops growing here.
MOST_PAGE = 10_000


class Pager:
    """Walks a list the server sorts newest first, page by page; yields each item once.

    Two cursors: an offset (`stamp` None), or, for lists without one, the time of the oldest item
    seen (`stamp(item)`, unix seconds) sent as the next page's inclusive end_time. Items already
    yielded are skipped (a list shifts when new items arrive while paging). Paging stops at a short
    page or has_more=False. With an offset, it also stops after STALE_PAGES pages in a row with
    nothing new (a server that ignores the offset cannot loop forever); with a time cursor, a page
    of nothing new means more items share one second than a page holds, so the page size doubles.
    """

    STALE_PAGES = 2

    def __init__(
        self,
        page_size: Any,
        start: Any,
        key: Callable[[Any], Hashable],
        *,
        most: int | None = None,
        stamp: Callable[[Any], Any] | None = None,
        size_name: str = "page_size",
    ) -> None:
        check_value(page_size, size_name, int)
        if page_size < 1 or (most is not None and page_size > most):
            limit = f"1..{most}" if most is not None else "at least 1"
            raise ValueError(f"{size_name} (the page size) must be {limit}, not {page_size}")
        self.page_size: int = page_size
        self.most = most or MOST_PAGE
        self._stamp = stamp
        if stamp is None:
            if start is not None:
                check_value(start, "offset", int)
            self.cursor: Any = start or 0
        else:
            self.cursor = timestamp(start, "end_time")
        self.done = False
        self._key = key
        self._seen: set[Hashable] = set()
        self._stale = 0

    def take(self, items: Any, has_more: bool | None = None) -> list[Any]:
        """The page's items not yielded before; moves the cursor, or marks the walk done.

        `has_more` None (a list without it, or an answer that lacked it): the walk goes on while pages
        come back full."""
        items = items if isinstance(items, list) else []
        new = [item for item in items if self._key(item) not in self._seen]
        self._seen.update(self._key(item) for item in new)
        last = len(items) < self.page_size or has_more is False
        if self._stamp is None:
            self.cursor += len(items)
            self._stale = 0 if new else self._stale + 1
            self.done = last or self._stale >= self.STALE_PAGES
            return new
        stamps = [s for s in map(self._stamp, items) if isinstance(s, int) and not isinstance(s, bool)]
        if last or not stamps:
            self.done = True
        elif new and min(stamps) != self.cursor:
            self.cursor = min(stamps)
        elif self.page_size < self.most:
            self.page_size = min(self.page_size * 2, self.most)
        else:
            self.done = True
        return new


def listed(value: list[T] | Unset) -> list[T]:
    """A page's item list (an answer may leave it out)."""
    return value if isinstance(value, list) else []


def has_more(more: Callable[[R], bool] | None, page: R) -> bool | None:
    """What the page says of the next one: `more(page)`, or None when the list has no such flag or
    the answer lacked it (a server older than the spec): then paging goes on while pages are full."""
    from reflexio_api.types import MissingFieldError

    if more is None:
        return None
    try:
        return more(page)
    except MissingFieldError:
        return None


class _Walk:
    """One iteration: the caller's arguments of the list method, with the pager's size and cursor."""

    def __init__(self, signature: inspect.Signature, size: str, cursor: str, default: int, args: Any, kw: Any) -> None:
        self.bound = signature.bind(*args, **kw)
        given = self.bound.arguments
        request = given.get("request")
        self.size, self.cursor = size, cursor
        self.page_size = _first(given.get(size), _field(request, size), default)
        self.start = _first(given.get(cursor), _field(request, cursor))

    def call(self, pager: Pager) -> tuple[tuple[Any, ...], dict[str, Any]]:
        self.bound.arguments[self.size] = pager.page_size
        self.bound.arguments[self.cursor] = pager.cursor
        return self.bound.args, self.bound.kwargs


def _first(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)


def _field(request: Any, name: str) -> Any:
    """A field of the caller's own request (a model or a dict), if it names one."""
    from reflexio_api.types import Unset

    value = request.get(name) if isinstance(request, Mapping) else getattr(request, name, None)
    return None if isinstance(value, Unset) else value


def paged(
    method: Callable[Concatenate[S, P], R],
    items: Callable[[R], list[T]],
    *,
    name: str,
    item: str,
    key: Callable[[Any], Hashable],
    size: str = "top_k",
    default: int = 30,
    cursor: str = "offset",
    stamp: Callable[[Any], Any] | None = None,
    most: int | None = None,
    more: Callable[[R], bool] | None = None,
) -> Callable[Concatenate[S, P], Iterator[T]]:
    """The method `name`: an iterator over every `item` that `method` lists, page after page,
    with the parameters of `method`.

    `size` (top_k or limit) is the page size (default `default`). `cursor` is "offset", or
    "end_time" with `stamp` giving an item's time for lists that have no offset. The arguments are
    checked when iteration starts, before the first request (as `method` checks them). `more` reads
    a page's has_more, for lists that have one.
    """
    signature = inspect.signature(method)

    def walk(self: S, /, *args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        call = _Walk(signature, size, cursor, default, (self, *args), kwargs)
        pager = Pager(call.page_size, call.start, key, most=most, stamp=stamp, size_name=size)
        while not pager.done:
            call_args, call_kwargs = call.call(pager)
            page = method(*call_args, **call_kwargs)
            yield from pager.take(items(page), has_more(more, page))

    return _named(walk, method, signature, name, f"Iterator[{item}]")


def apaged(
    method: Callable[Concatenate[S, P], Awaitable[R]],
    items: Callable[[R], list[T]],
    *,
    name: str,
    item: str,
    key: Callable[[Any], Hashable],
    size: str = "top_k",
    default: int = 30,
    cursor: str = "offset",
    stamp: Callable[[Any], Any] | None = None,
    most: int | None = None,
    more: Callable[[R], bool] | None = None,
) -> Callable[Concatenate[S, P], AsyncIterator[T]]:
    """`paged` for the async client: an async iterator over an async list method."""
    signature = inspect.signature(method)

    async def walk(self: S, /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
        call = _Walk(signature, size, cursor, default, (self, *args), kwargs)
        pager = Pager(call.page_size, call.start, key, most=most, stamp=stamp, size_name=size)
        while not pager.done:
            call_args, call_kwargs = call.call(pager)
            page = await method(*call_args, **call_kwargs)
            for item in pager.take(items(page), has_more(more, page)):
                yield item

    return _named(walk, method, signature, name, f"AsyncIterator[{item}]")


def _named(iterator: W, method: Any, signature: inspect.Signature, name: str, returns: str) -> W:
    """The iterator as a method `name` with the list method's parameters, returning `returns`."""
    walk: Any = iterator
    functools.update_wrapper(walk, method)
    del walk.__wrapped__  # its own signature, not the list method's
    walk.__name__ = name
    walk.__qualname__ = f"{method.__qualname__.rpartition('.')[0]}.{name}".lstrip(".")
    walk.__doc__ = with_args_of(
        method,
        f"Every item {method.__name__} lists, fetched page by page; takes the arguments of {method.__name__}.\n\n"
        "Each item comes once, even when new ones arrive while iterating. top_k / limit is the page size,\n"
        "and the arguments are checked when iteration starts.\n",
    )
    walk.__annotations__ = {**method.__annotations__, "return": returns}
    walk.__signature__ = signature.replace(return_annotation=returns)
    return iterator
