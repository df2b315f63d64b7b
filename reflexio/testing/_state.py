"""The in-memory Reflexio server behind FakeReflexio: its state, the handler registry, shared helpers.

The handlers (one per operation that keeps state, in _records.py, _memory.py and _admin.py) answer
plain JSON values shaped as reflexio-ai 0.2.32 shapes them (its storage rules, messages and
defaults), checked field by field against the real server by tests/test_fake_contract.py.
Operations without a handler answer the spec example of _routes.py.
"""

from __future__ import annotations

import functools
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

JSON = Any
Handler = Callable[["FakeState", dict[str, str], JSON], tuple[int, JSON]]
HANDLERS: dict[str, Handler] = {}

ORG_ID = "self-host-org"
STORAGE = {"storage_type": "sqlite", "storage_label": "in-memory (reflexio.testing)"}
# GET /api/get_config of a fresh reflexio-ai 0.2.32 server (sqlite, no LLM key)
DEFAULT_CONFIG_FILE = Path(__file__).with_name("_default_config.json")


@functools.cache
def _default_config_text() -> str:
    return DEFAULT_CONFIG_FILE.read_text()


def default_config() -> dict[str, Any]:
    """A fresh copy of the server's default config."""
    config: dict[str, Any] = json.loads(_default_config_text())
    return config


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = handler
        return handler

    return register


class Invalid(Exception):
    """A request the server refuses with 422 (FastAPI's `{"detail": [...]}` shape)."""

    def __init__(self, field_name: str, value: JSON, message: str = "Field required", kind: str = "missing") -> None:
        super().__init__(message)
        self.detail = [{"type": kind, "loc": ["body", field_name], "msg": message, "input": value}]


@dataclass
class FakeState:
    """What the fake server stores. Guarded by `lock`: fire-and-forget calls arrive from other threads."""

    config: dict[str, JSON] = field(default_factory=default_config)
    lock: threading.RLock = field(default_factory=threading.RLock)
    requests: dict[str, dict[str, JSON]] = field(default_factory=dict)  # request_id -> Request
    interactions: dict[int, dict[str, JSON]] = field(default_factory=dict)  # interaction_id -> InteractionView
    profiles: dict[str, dict[str, JSON]] = field(default_factory=dict)  # profile_id -> ProfileView
    user_playbooks: dict[int, dict[str, JSON]] = field(default_factory=dict)
    agent_playbooks: dict[int, dict[str, JSON]] = field(default_factory=dict)
    runs: dict[str, dict[str, JSON]] = field(default_factory=dict)  # service_name -> its latest run
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    clock: Callable[[], float] = time.time
    learner: Callable[[Any], Any] | None = None  # FakeReflexio.learn_on_publish: run on every publish

    def now(self) -> int:
        return int(self.clock())

    def handle(self, operation_id: str, params: dict[str, str], body: JSON) -> tuple[int, JSON] | None:
        """(status, answer) of a stateful operation, or None when the operation keeps no state."""
        handler = HANDLERS.get(operation_id)
        if handler is None:
            return None
        try:
            with self.lock:
                return handler(self, params, body if body is not None else {})
        except Invalid as exc:
            return 422, {"detail": exc.detail}


# -- request helpers -------------------------------------------------------------------------------


def require(body: JSON, *names: str) -> None:
    if not isinstance(body, dict):
        raise Invalid("body", body, "Input should be a valid dictionary", "dict_type")
    for name in names:
        if body.get(name) in (None, ""):
            raise Invalid(name, body)


def epoch(value: JSON) -> int | None:
    """An ISO-8601 date-time (as the client sends start_time/end_time) in epoch seconds."""
    if value is None:
        return None
    return int(datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp())


def in_window(created: int, body: JSON) -> bool:
    start, end = epoch(body.get("start_time")), epoch(body.get("end_time"))
    return (start is None or created >= start) and (end is None or created <= end)


def matches(text: str, query: JSON) -> bool:
    """The fake's text search: every word of the query appears in the text, ignoring case."""
    if not query:
        return True
    words = str(query).lower().split()
    return all(word in text.lower() for word in words)
