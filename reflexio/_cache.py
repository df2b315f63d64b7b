"""The local read cache: per client, LRU-bounded, TTL on a monotonic clock, thread-safe, copy-out.

Writes invalidate a namespace *after* they land (`invalidate`), and bump the namespace's
generation: a read that started before the invalidation does not store its (possibly stale)
answer (`store` checks the generation the read started with).
"""

from __future__ import annotations

import copy
import threading
import time
from collections import OrderedDict
from collections.abc import Hashable, Iterable
from typing import Any

MISS: Any = object()


class ResponseCache:
    def __init__(self, ttl: float, max_entries: int, clock: Any = time.monotonic) -> None:
        if ttl < 0 or max_entries < 0:
            raise ValueError("cache_ttl and cache_size must be >= 0")
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[tuple[str, Hashable], tuple[float, Any]] = OrderedDict()
        self._generations: dict[str, int] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.ttl > 0 and self.max_entries > 0

    def __len__(self) -> int:
        with self._lock:  # not between a store's insert and its trim
            return len(self._entries)

    def generation(self, namespace: str) -> int:
        with self._lock:
            return self._generations.get(namespace, 0)

    def get(self, namespace: str, key: Hashable) -> Any:
        """A private copy of the cached value, or MISS."""
        if not self.enabled:
            return MISS
        with self._lock:
            entry = self._entries.get((namespace, key))
            if entry is None:
                return MISS
            expires, value = entry
            if self._clock() >= expires:
                del self._entries[(namespace, key)]
                return MISS
            self._entries.move_to_end((namespace, key))
        return copy.deepcopy(value)

    def store(self, namespace: str, key: Hashable, value: Any, generation: int) -> None:
        """Keep a private copy of value, unless the namespace was invalidated since `generation`."""
        if not self.enabled:
            return
        frozen = copy.deepcopy(value)
        with self._lock:
            if self._generations.get(namespace, 0) != generation:
                return
            self._entries[(namespace, key)] = (self._clock() + self.ttl, frozen)
            self._entries.move_to_end((namespace, key))
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def invalidate(self, namespaces: Iterable[str]) -> None:
        with self._lock:
            names = set(namespaces)
            for name in names:
                self._generations[name] = self._generations.get(name, 0) + 1
            for entry_key in [k for k in self._entries if k[0] in names]:
                del self._entries[entry_key]

    def clear(self) -> None:
        with self._lock:
            for name in {k[0] for k in self._entries} | set(self._generations):
                self._generations[name] = self._generations.get(name, 0) + 1
            self._entries.clear()
