"""What both measuring processes share (stdlib only: it runs under Python 3.11 and 3.13).

`cases.py` (our client and raw httpx) and `official_runner.py` (reflexio-client 0.2.16) are long-lived
workers driven by `run.py` over a JSON-lines protocol (`serve`), so measurements of different
clients and interpreters can be interleaved ABAB… against the same server in one run.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

USER_ID = "bench-user"
SESSION_ID = "bench-session"
INTERACTIONS = [
    {"role": "user", "content": "Hi! I prefer green tea over coffee and I work as a data engineer."},
    {"role": "assistant", "content": "Noted: green tea, data engineering. How can I help today?"},
]
# The publish body as our client puts it on the wire (raw httpx sends the same bytes).
PUBLISH_BODY = {
    "user_id": USER_ID,
    "interaction_data_list": INTERACTIONS,
    "session_id": SESSION_ID,
    "source": "",
    "agent_version": "agent-v0",
    "session_finished": False,
    "skip_aggregation": False,
    "force_extraction": False,
    "evaluation_only": False,
    "override_learning_stall": False,
}
PUBLISH_PARAMS = {"wait_for_response": "false"}


class Landings:
    """Counts requests the server has finished, from its access log.

    nginx: a log written only by the counted location, one 2-byte line per request ("1\\n"): size // 2.
    Real server: uvicorn's access lines containing `needle`, read incrementally.
    """

    def __init__(self, path: str, needle: str | None = None) -> None:
        self.path = Path(path)
        self.needle = needle.encode() if needle else None
        self._offset = 0
        self._count = 0
        self._tail = b""
        self._base = 0
        self.mark()

    def _read(self) -> int:
        if self.needle is None:
            return self.path.stat().st_size // 2
        with self.path.open("rb") as f:
            f.seek(self._offset)
            chunk = f.read()
        self._offset += len(chunk)
        data = self._tail + chunk
        cut = data.rfind(b"\n") + 1
        self._count += data[:cut].count(self.needle)
        self._tail = data[cut:]
        return self._count

    def mark(self) -> None:
        self._base = self._read()

    def count(self) -> int:
        return self._read() - self._base

    def wait_for(self, n: int, timeout: float = 600.0) -> int:
        deadline = time.monotonic() + timeout
        while (landed := self.count()) < n and time.monotonic() < deadline:
            time.sleep(0.002)
        return landed


def per_call(fn: Callable[[], Any], n: int) -> dict[str, float]:
    """Mean wall time and process CPU time of one call over `n` back-to-back calls, in microseconds.

    CPU time counts only this process (the server runs in another one), so it shows the client's own
    cost even when other processes compete for the cores; wall time is what a caller waits.
    """
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in range(n):
        fn()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"us": wall / n * 1e6, "cpu_us": cpu / n * 1e6}


def timed_fire(submit: Callable[[int], Any], done: Callable[[], Any], n: int, landings: Landings) -> dict[str, Any]:
    """Submit `n` calls, wait for the client (`done`), then until the server has counted all `n`."""
    landings.mark()
    c0, t0 = time.process_time(), time.perf_counter()
    for i in range(n):
        submit(i)
    t_submit = time.perf_counter() - t0
    done()
    t_client = time.perf_counter() - t0
    landed = landings.wait_for(n)
    total = time.perf_counter() - t0
    cpu = time.process_time() - c0  # every thread of this process (background senders included)
    return {
        "seconds": total,
        "submit_s": t_submit,
        "client_done_s": t_client,
        "cpu_s": cpu,
        "landed": landed,
        "n": n,
    }


def max_rss_kib() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def serve(handlers: dict[str, Callable[..., Any]]) -> None:
    """Answer JSON-line commands {"cmd": name, ...} from stdin with one JSON line each.

    The protocol gets its own copy of stdout; fd 1 then points to stderr, so nothing a library
    prints can corrupt the protocol.
    """
    proto = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    for line in sys.stdin:
        if not line.strip():
            continue
        msg = json.loads(line)
        cmd = msg.pop("cmd")
        if cmd == "exit":
            break
        try:
            answer = {"ok": True, "result": handlers[cmd](**msg)}
        except Exception as exc:  # reported to the driver, which records it
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        proto.write(json.dumps(answer) + "\n")
    proto.flush()
