"""publish_many's bookkeeping, shared by both clients: conversations -> publish calls, ids, the report.

Each conversation gets a request id derived from its canonical JSON (unless it names one), so
running the same backfill again stores only what is missing: a conversation already stored is
answered "already exists" and counted as already present, not as a failure. With a checkpoint
file, the ids stored so far are written down as they land and a re-run does not even send those.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import operator
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# uuid5 namespace of derived request ids: the same conversation always gets the same id.
NAMESPACE = uuid.UUID("6f1c3a52-5d0e-4c52-9d55-2b8f0f6a1e07")
_RENAMED = {"interaction_data_list": "interactions"}  # the request model's field -> the method's parameter


@dataclass
class PublishFailure:
    """A conversation publish_many could not store: its position in the input, its id and the error."""

    index: int
    request_id: str | None
    error: Exception

    @property
    def reason(self) -> str:
        return f"{type(self.error).__name__}: {self.error}"


@dataclass
class BackfillReport:
    """What publish_many did: counts of stored and already-present conversations, and every failure."""

    published: int = 0
    already_present: int = 0
    failed: list[PublishFailure] = field(default_factory=list)
    elapsed: float = 0.0  # seconds

    @property
    def done(self) -> int:
        """Conversations settled so far, whatever the outcome."""
        return self.published + self.already_present + len(self.failed)

    @property
    def ok(self) -> bool:
        """Every conversation is stored on the server (published now or before)."""
        return not self.failed


@dataclass
class Item:
    index: int
    conversation: Any
    kwargs: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = None


def publish_kwargs(conversation: Any, accepted: Iterable[str]) -> dict[str, Any]:
    """publish_interaction's keyword arguments for one conversation (a dict or a PublishUserInteractionRequest)."""
    to_dict = getattr(conversation, "to_dict", None)
    if callable(to_dict) and not isinstance(conversation, Mapping):
        raw = {_RENAMED.get(k, k): v for k, v in to_dict().items()}
        accepted = set(accepted)
        # a request model carries every field; those publish_interaction does not take must be unset
        kwargs = {k: v for k, v in raw.items() if k in accepted or v not in (None, False, "", [], {})}
    elif isinstance(conversation, Mapping):
        if all(k in conversation for k in ("interactions", "interaction_data_list")):
            raise TypeError("give interactions or interaction_data_list, not both")
        kwargs = {_RENAMED.get(k, k): v for k, v in conversation.items()}
    else:
        raise TypeError(
            f"a conversation must be a dict or a PublishUserInteractionRequest, not {type(conversation).__name__}"
        )
    unknown = sorted(set(kwargs) - set(accepted))
    if unknown:
        raise TypeError(f"publish_interaction() got unexpected keyword arguments: {', '.join(unknown)}")
    return kwargs


def derived_request_id(kwargs: Mapping[str, Any]) -> str:
    """A request id that depends only on the conversation's content (its canonical JSON)."""
    canonical = json.dumps(kwargs, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_jsonable)
    return str(uuid.uuid5(NAMESPACE, canonical))


def _jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if hasattr(value, "value"):  # enums
        return value.value
    return str(value)


class Backfill:
    """One publish_many run: reads the conversations lazily, keeps the report, checkpoint and progress."""

    def __init__(
        self,
        conversations: Iterable[Any],
        accepted: Iterable[str],
        *,
        checkpoint: str | os.PathLike[str] | None,
        on_progress: Callable[[BackfillReport], None] | None,
        progress: bool,
    ) -> None:
        if isinstance(conversations, Mapping | str | bytes) or not isinstance(conversations, Iterable):
            raise TypeError("conversations must be an iterable of dicts or PublishUserInteractionRequest models")
        if on_progress is not None and not callable(on_progress):
            raise TypeError("on_progress must be callable")
        self.conversations = conversations
        self.accepted = frozenset(accepted)
        self.on_progress = on_progress
        self.report = BackfillReport()
        self.started = time.monotonic()
        self._lock = threading.Lock()
        self._path = Path(checkpoint) if checkpoint is not None else None
        self._stored: set[str] = set()
        if self._path is not None:
            with self._path.open("a"):  # a checkpoint that cannot be written fails here, before any traffic
                pass
            self._stored = {line.strip() for line in self._path.read_text().splitlines() if line.strip()}
        self._bar = progress_bar(operator.length_hint(conversations)) if progress else None

    def items(self) -> Iterator[Item]:
        """The conversations still to send; bad ones are reported failed, checkpointed ones present."""
        for index, conversation in enumerate(self.conversations):
            item = Item(index, conversation)
            try:
                item.kwargs = publish_kwargs(conversation, self.accepted)
                given = item.kwargs.get("request_id")
                item.request_id = given if given is not None else derived_request_id(item.kwargs)
                item.kwargs["request_id"] = item.request_id
            except (TypeError, ValueError) as exc:
                self.failed(item, exc)
                continue
            if item.request_id in self._stored:
                self.present(item)
                continue
            yield item

    def published(self, item: Item) -> None:
        self._settle(item, "published")

    def present(self, item: Item) -> None:
        self._settle(item, "already_present")

    def failed(self, item: Item, error: Exception) -> None:
        self._settle(item, None, PublishFailure(item.index, item.request_id, error))

    def _settle(self, item: Item, counter: str | None, failure: PublishFailure | None = None) -> None:
        with self._lock:
            if failure is not None:
                self.report.failed.append(failure)
            else:
                setattr(self.report, str(counter), getattr(self.report, str(counter)) + 1)
                self._checkpoint(item)
            self.report.elapsed = time.monotonic() - self.started
            if self._bar is not None:
                self._bar.update(1)
                self._bar.set_postfix(
                    published=self.report.published, present=self.report.already_present, failed=len(self.report.failed)
                )
            if self.on_progress is not None:
                self.on_progress(self.report)

    def _checkpoint(self, item: Item) -> None:
        if self._path is None or item.request_id is None or item.request_id in self._stored:
            return
        self._stored.add(item.request_id)
        with self._path.open("a") as out:  # one line per landed id: a crash loses at most the one being written
            out.write(item.request_id + "\n")

    def finish(self) -> BackfillReport:
        with self._lock:
            self.report.elapsed = time.monotonic() - self.started
            if self._bar is not None:
                self._bar.close()
            return self.report


def progress_bar(total: int) -> Any:
    """A tqdm progress bar (the optional `progress` extra), imported only when asked for."""
    try:
        tqdm = importlib.import_module("tqdm").tqdm
    except ImportError:
        raise ImportError("progress=True needs tqdm: pip install 'reflexio-python[progress]'") from None
    return tqdm(total=total or None, unit="conversation", desc="publish_many")
