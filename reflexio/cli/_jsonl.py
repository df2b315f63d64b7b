"""Conversations from a JSONL file or stdin, read lazily; a bad line is set aside with its number."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

ALIASES = {"interaction_data_list": "interactions"}  # the request model's name for the turns
REQUIRED = ("user_id", "interactions")


@dataclass
class BadLine:
    line: int
    reason: str


@dataclass
class Conversations:
    """Iterates the good lines as dicts (`defaults` under each); `lines[i]` is the line number of the i-th one yielded,
    `bad` the lines refused (not JSON, not an object, an unknown or missing field)."""

    stream: IO[str]
    accepted: frozenset[str]
    defaults: dict[str, Any] = field(default_factory=dict)  # fields a line gets when it names none
    total: int = 0  # non-empty lines, when known ahead (a file): the progress bar's length
    lines: list[int] = field(default_factory=list)
    bad: list[BadLine] = field(default_factory=list)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for number, text in enumerate(self.stream, 1):
            if not text.strip():
                continue
            conversation = self._parse(number, text)
            if conversation is not None:
                self.lines.append(number)
                yield conversation

    def __length_hint__(self) -> int:
        return self.total

    def _parse(self, number: int, text: str) -> dict[str, Any] | None:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            self.bad.append(BadLine(number, f"not valid JSON ({exc.msg} at column {exc.colno})"))
            return None
        if not isinstance(value, dict):
            self.bad.append(BadLine(number, f"expected a JSON object, not {type(value).__name__}"))
            return None
        names = {ALIASES.get(k, k) for k in value}
        unknown = sorted(k for k in value if ALIASES.get(k, k) not in self.accepted)
        if unknown:
            self.bad.append(BadLine(number, f"unknown field {unknown[0]!r}"))
            return None
        missing = [k for k in REQUIRED if k not in names]
        if missing:
            self.bad.append(BadLine(number, f"missing field {missing[0]!r}"))
            return None
        return {**self.defaults, **value}


def count_lines(path: str) -> int:
    """Non-empty lines of a file (the progress bar's total); 0 when it cannot be read ahead."""
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 0
