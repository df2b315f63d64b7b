"""The official reflexio-client 0.2.16, measured in a worker process of the 3.13 bench venv.

    python bench/official_runner.py serve                       # JSON-lines worker driven by run.py
    python bench/official_runner.py memory URL QUEUE CALLS MODE  # one memory figure, printed as JSON

It answers the same commands as cases.py (client "official"), so run.py interleaves the two.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import Any

import common

_clients: dict[str, Any] = {}


def _client(url: str) -> Any:
    if url not in _clients:
        from reflexio import ReflexioClient

        _clients[url] = ReflexioClient(url_endpoint=url)
    return _clients[url]


def _op(client: Any, op: str) -> Callable[[], Any]:
    if op == "publish":
        return lambda: client.publish_interaction(
            user_id=common.USER_ID, interactions=common.INTERACTIONS, session_id=common.SESSION_ID
        )
    return getattr(client, op)


def info() -> dict[str, Any]:
    from importlib.metadata import version

    import reflexio

    return {
        "python": sys.version.split()[0],
        "executable": sys.executable,
        "reflexio_client": version("reflexio-client"),
        "reflexio_file": reflexio.__file__,
    }


def blocking(client: str, url: str, op: str, n: int) -> dict[str, Any]:
    fn = _op(_client(url), op)
    fn()
    return common.per_call(fn, n)


def fire(client: str, url: str, n: int, log: str, needle: str | None = None) -> dict[str, Any]:
    """The official client's own fire-and-forget: delete_session(wait_for_response=False).

    It has no flush(): the time runs until the server has counted all `n`.
    """
    official = _client(url)
    landings = common.Landings(log, needle)

    def submit(i: int) -> None:
        official.delete_session(f"bench-{i}", wait_for_response=False)

    submit(-1)
    landings.wait_for(1, timeout=30)
    return common.timed_fire(submit, lambda: None, n, landings)


def cache(client: str, url: str, n: int) -> dict[str, Any]:
    official = _client(url)

    def miss() -> Any:
        return official.get_profiles(user_id=common.USER_ID, force_refresh=True)

    def hit() -> Any:
        return official.get_profiles(user_id=common.USER_ID)

    miss()
    hit()
    return {"miss_us": common.per_call(miss, n)["us"], "hit_us": common.per_call(hit, n)["us"]}


def memory(url: str, queue: int, calls: int, mode: str) -> dict[str, Any]:
    """Peak memory while `calls` fire-and-forget deletes meet a server that never answers.

    The official client has no queue bound (`queue` is ignored): every call waits in its
    thread pool's unbounded queue.
    """
    import tracemalloc

    from reflexio import ReflexioClient

    logging.disable(logging.CRITICAL)
    official = ReflexioClient(url_endpoint=url, timeout=60)
    official.delete_session("bench-warm", wait_for_response=False)  # the first call's imports, before measuring
    rss0 = common.max_rss_kib()
    if mode == "tracemalloc":
        tracemalloc.start()
    t0 = time.perf_counter()
    for i in range(calls - 1):
        official.delete_session(f"bench-{i}", wait_for_response=False)
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] if mode == "tracemalloc" else None
    return {
        "queue": None,
        "calls": calls,
        "queued": official._thread_pool._work_queue.qsize(),
        "rejected": 0,
        "submit_s": seconds,
        "tracemalloc_peak_bytes": peak,
        "rss_growth_kib": common.max_rss_kib() - rss0,
        "max_rss_kib": common.max_rss_kib(),
    }


def main(argv: list[str]) -> None:
    if argv[0] == "serve":
        common.serve({"info": info, "blocking": blocking, "fire": fire, "cache": cache})
    elif argv[0] == "memory":
        print(json.dumps(memory(argv[1], int(argv[2]), int(argv[3]), argv[4])), flush=True)
        os._exit(0)  # its pool threads would otherwise run every queued call before exit
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
