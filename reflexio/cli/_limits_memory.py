"""The rate limits servers announced in their 429s, remembered between runs so `doctor` can tell them.

Kept in $XDG_CACHE_HOME/reflexio-py/limits.json (default ~/.cache), per server URL; written only
when a run learned a limit. A cache: a file that cannot be read or written is ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any


def path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "reflexio-py" / "limits.json"


def learned(client: Any, operation_ids: list[str]) -> dict[str, str]:
    """The limits this client's pacer learned in this run, per operation, as the server worded them."""
    pacer = client._pacer
    return {op: text for op in operation_ids if (text := pacer.describe(op))}


def recalled(url: str) -> dict[str, dict[str, Any]]:
    """operation -> {"limit": text, "seen": unix time} remembered for the server at `url`."""
    try:
        data = json.loads(path().read_text())
    except (OSError, ValueError):
        return {}
    found = data.get(url) if isinstance(data, dict) else None
    return found if isinstance(found, dict) else {}


def remember(url: str, limits: dict[str, str]) -> None:
    if not limits:
        return
    target = path()
    with contextlib.suppress(OSError, ValueError):
        try:
            data = json.loads(target.read_text())
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict):
            data = {}
        entry = data.setdefault(url, {})
        now = time.time()
        for op, text in limits.items():
            entry[op] = {"limit": text, "seen": now}
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".limits-")
        with os.fdopen(fd, "w") as out:
            json.dump(data, out, indent=1)
        os.replace(tmp, target)  # whole or not at all: runs side by side never leave half a file
