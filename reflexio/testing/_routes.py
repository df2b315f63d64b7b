"""The server's routes and spec example answers, from _spec_answers.json (scripts/gen_fake_answers.py)."""

from __future__ import annotations

import copy
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ANSWERS_FILE = Path(__file__).with_name("_spec_answers.json")


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str
    path: str
    status: int
    answer: Any
    pattern: re.Pattern[str]

    def example(self) -> Any:
        """A fresh copy of the spec's example answer (a valid one, not what was stored)."""
        return copy.deepcopy(self.answer)


@functools.cache
def routes() -> dict[str, Route]:
    table = json.loads(ANSWERS_FILE.read_text())
    return {
        operation_id: Route(
            operation_id,
            entry["method"],
            entry["path"],
            entry["status"],
            entry["answer"],
            re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(entry["path"])) + "$"),
        )
        for operation_id, entry in table.items()
    }


def match(method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    """The route of a request and its path parameters, or None (the server answers 404 or 405)."""
    for route in routes().values():
        found = route.pattern.match(path)
        if found is not None and route.method == method:
            return route, found.groupdict()
    return None


def path_exists(path: str) -> bool:
    return any(route.pattern.match(path) for route in routes().values())
