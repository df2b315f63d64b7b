"""Output: machine output (JSON, JSONL) on stdout, human messages on stderr, small tables."""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: int
    default: str = ""  # shown when the row lacks the key


def plain(value: Any) -> Any:
    """A generated model, enum, datetime or container as plain JSON values."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def dumps(value: Any, *, pretty: bool = False) -> str:
    return json.dumps(plain(value), indent=2 if pretty else None, ensure_ascii=False, default=str)


def emit_json(value: Any, *, pretty: bool = False) -> None:
    """One JSON document on stdout."""
    sys.stdout.write(dumps(value, pretty=pretty) + "\n")


def emit_line(value: Any) -> None:
    """One JSONL line on stdout."""
    sys.stdout.write(dumps(value) + "\n")


def emit_lines(values: Iterable[Any]) -> int:
    """JSONL on stdout, one line per value as it arrives; returns the count."""
    count = 0
    for value in values:
        emit_line(value)
        count += 1
    return count


def say(message: str) -> None:
    """A human message on stderr (stdout stays clean for pipes)."""
    print(message, file=sys.stderr, flush=True)


def cell(value: Any, width: int) -> str:
    text = "" if value is None else str(plain(value)).replace("\n", " ")
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def table(rows: Iterable[Mapping[str, Any]], columns: Sequence[Column]) -> int:
    """Print rows as an aligned text table on stdout, each row as it arrives; returns the row count."""
    write = sys.stdout.write
    write("  ".join(c.header.ljust(c.width) for c in columns).rstrip() + "\n")
    count = 0
    for row in rows:
        write("  ".join(cell(row.get(c.key, c.default), c.width).ljust(c.width) for c in columns).rstrip() + "\n")
        count += 1
    return count
