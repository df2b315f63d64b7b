"""Offset paging for the iter_* methods: which items of a page are new, and where the next page starts."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

from .._convert import check_value


class Pager:
    """Walks an offset-paged list. Items already yielded are skipped (the list shifts when new
    items arrive while paging); paging stops at a short page, at has_more=False, or after
    STALE_PAGES pages in a row with nothing new (a server that ignores the offset cannot
    loop forever)."""

    STALE_PAGES = 2

    def __init__(self, page_size: Any, start: Any, key: Callable[[Any], Hashable], *, most: int | None = None) -> None:
        check_value(page_size, "page_size", int)
        if page_size < 1 or (most is not None and page_size > most):
            limit = f"1..{most}" if most is not None else "at least 1"
            raise ValueError(f"page_size must be {limit}, not {page_size}")
        self.page_size: int = page_size
        if start is not None:
            check_value(start, "request.offset", int)
        self.offset: int = start or 0
        self.done = False
        self._key = key
        self._seen: set[Hashable] = set()
        self._stale = 0

    def take(self, items: Any, has_more: Any = True) -> list[Any]:
        """The page's items not yielded before; marks the walk done after the last page."""
        items = items if isinstance(items, list) else []
        new = [item for item in items if self._key(item) not in self._seen]
        self._seen.update(self._key(item) for item in new)
        self.offset += len(items)
        self._stale = 0 if new else self._stale + 1
        self.done = self._stale >= self.STALE_PAGES or len(items) < self.page_size or has_more is False
        return new


def start_offset(request: Any) -> Any:
    """The offset a caller's own request (a model or a dict) starts paging at, if it names one."""
    from reflexio_api.types import Unset

    offset = request.get("offset") if isinstance(request, Mapping) else getattr(request, "offset", None)
    return None if isinstance(offset, Unset) else offset


def outcome_key(record: Any) -> Hashable:
    """What tells two session-outcome records apart (outcome_id is optional in the schema)."""
    return (record.session_id, record.outcome_id, record.outcome_revision, record.outcome, record.created_at)
