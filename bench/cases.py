"""Our client (reflexio.ReflexioClient) and raw httpx, measured in a worker process.

    python bench/cases.py serve                      # JSON-lines worker driven by run.py
    python bench/cases.py memory URL QUEUE CALLS MODE # one memory figure, printed as JSON
    python bench/cases.py profile URL OP N            # cProfile of N calls, printed as JSON

Runs under the project's .venv (3.11) and under the 3.13 bench venv (PYTHONPATH puts this checkout
first there, because reflexio-client 0.2.16 installs a package named `reflexio` too).
"""

from __future__ import annotations

import cProfile
import json
import logging
import os
import pstats
import sys
import time
from collections.abc import Callable
from typing import Any

import common
import httpx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# -- our client ------------------------------------------------------------------------------------


class Ours:
    """The calls measured, through ReflexioClient's public methods."""

    def __init__(self, url: str, **options: Any) -> None:
        from reflexio import ReflexioClient

        self.client = ReflexioClient(url_endpoint=url, **options)

    def whoami(self) -> Callable[[], Any]:
        return self.client.whoami

    def get_config(self) -> Callable[[], Any]:
        return self.client.get_config

    def publish(self) -> Callable[[], Any]:
        publish = self.client.publish_interaction  # waits for the HTTP answer (server-side wait_for_response=false)
        return lambda: publish(user_id=common.USER_ID, interactions=common.INTERACTIONS, session_id=common.SESSION_ID)

    def delete_fire(self) -> Callable[[int], Any]:
        delete = self.client.delete_session
        return lambda i: delete(f"bench-{i}", wait_for_response=False)

    def get_profiles(self, force_refresh: bool) -> Callable[[], Any]:
        get = self.client.get_profiles
        return lambda: get(user_id=common.USER_ID, force_refresh=force_refresh)


# -- raw httpx: one pooled client sending the same requests ----------------------------------------


class Raw:
    def __init__(self, url: str) -> None:
        self.client = httpx.Client(base_url=url, timeout=120.0)

    def _json(self, method: str, path: str, **kwargs: Any) -> Callable[[], Any]:
        send = self.client.request

        def call() -> Any:
            response = send(method, path, **kwargs)
            response.raise_for_status()
            return response.json()

        return call

    def whoami(self) -> Callable[[], Any]:
        return self._json("GET", "/api/whoami")

    def get_config(self) -> Callable[[], Any]:
        return self._json("GET", "/api/get_config")

    def publish(self) -> Callable[[], Any]:
        return self._json("POST", "/api/publish_interaction", params=common.PUBLISH_PARAMS, json=common.PUBLISH_BODY)

    def get_profiles(self, force_refresh: bool) -> Callable[[], Any]:
        return self._json("POST", "/api/get_profiles", json={"user_id": common.USER_ID})

    def delete(self) -> Callable[[int], Any]:
        send = self.client.request

        def call(i: int) -> Any:
            send("DELETE", "/api/delete_session", json={"session_id": f"bench-{i}"}).raise_for_status()

        return call


# -- the worker ------------------------------------------------------------------------------------

_clients: dict[tuple[str, str], Any] = {}


def _client(kind: str, url: str) -> Any:
    key = (kind, url)
    if key not in _clients:
        _clients[key] = Ours(url) if kind == "ours" else Raw(url)
    return _clients[key]


def info() -> dict[str, Any]:
    import reflexio

    return {
        "python": sys.version.split()[0],
        "executable": sys.executable,
        "httpx": httpx.__version__,
        "reflexio": reflexio.__version__,
        "reflexio_file": reflexio.__file__,
    }


def blocking(client: str, url: str, op: str, n: int) -> dict[str, Any]:
    adapter = _client(client, url)
    fn = getattr(adapter, op)()
    fn()  # a warm connection and a parsed answer before timing
    return common.per_call(fn, n)


def fire(client: str, url: str, n: int, log: str, needle: str | None = None) -> dict[str, Any]:
    landings = common.Landings(log, needle)
    if client == "ours":
        adapter = _client("ours", url)
        submit, done = adapter.delete_fire(), adapter.client.flush
        submit(-1)
        done()
    else:
        adapter = _client("raw", url)
        submit, done = adapter.delete(), lambda: None
        submit(-1)
    landings.wait_for(1, timeout=30)
    result = common.timed_fire(submit, done, n, landings)
    if client == "ours":
        stats = adapter.client.background_stats
        result["failed"] = stats.failed + stats.not_sent
    return result


def async_scale(client: str, url: str, n: int) -> dict[str, Any]:
    """`n` concurrent tasks on one async client, each awaiting whoami(): seconds until all answered.

    Ours: AsyncReflexioClient (at most POOL_SIZE requests in flight, the rest wait in line). Raw:
    one httpx.AsyncClient with its default pool, every task sending at once.
    """
    import asyncio

    async def run() -> dict[str, Any]:
        if client == "ours":
            from reflexio import AsyncReflexioClient

            ours = AsyncReflexioClient(url_endpoint=url)
            call: Callable[[], Any] = ours.whoami
            close = ours.aclose
        else:
            raw = httpx.AsyncClient(base_url=url, timeout=120.0)

            async def call() -> Any:
                response = await raw.get("/api/whoami")
                response.raise_for_status()
                return response.json()

            close = raw.aclose
        await asyncio.gather(*(call() for _ in range(50)))  # warm connections and imports
        t0 = time.perf_counter()
        results = await asyncio.gather(*(call() for _ in range(n)), return_exceptions=True)
        seconds = time.perf_counter() - t0
        await close()
        failed = [r for r in results if isinstance(r, BaseException)]
        answered = n - len(failed)  # calls/s counts answered calls only (a stalled pool times requests out)
        return {"n": n, "s": seconds, "per_s": answered / seconds, "failed": len(failed), "error": repr(failed[:1])}

    return asyncio.run(run())


def cache(client: str, url: str, n: int) -> dict[str, Any]:
    adapter = _client(client, url)
    miss, hit = adapter.get_profiles(True), adapter.get_profiles(False)
    miss()
    hit()
    return {"miss_us": common.per_call(miss, n)["us"], "hit_us": common.per_call(hit, n)["us"]}


def memory(url: str, queue: int, calls: int, mode: str) -> dict[str, Any]:
    """Peak memory while `calls` fire-and-forget deletes meet a server that never answers.

    The queue holds `queue` of them; background_submit_timeout=0 turns every further submit
    into an immediate BackgroundQueueFullError, so the loop finishes.
    """
    import tracemalloc

    from reflexio import BackgroundQueueFullError

    logging.getLogger("reflexio").disabled = True
    ours = Ours(url, background_queue_size=queue, background_submit_timeout=0.0, timeout=60.0, max_retries=0)
    submit = ours.delete_fire()
    submit(-1)  # loads what the first call imports and starts the sender, before measuring
    rss0 = common.max_rss_kib()
    if mode == "tracemalloc":
        tracemalloc.start()
    rejected = 0
    t0 = time.perf_counter()
    for i in range(calls - 1):
        try:
            submit(i)
        except BackgroundQueueFullError:
            rejected += 1
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] if mode == "tracemalloc" else None
    return {
        "queue": queue,
        "calls": calls,
        "queued": ours.client.pending,
        "rejected": rejected,
        "submit_s": seconds,
        "tracemalloc_peak_bytes": peak,
        "rss_growth_kib": common.max_rss_kib() - rss0,
        "max_rss_kib": common.max_rss_kib(),
    }


def _where(key: tuple[str, int, str]) -> str:
    path, line, func = key
    for prefix in (ROOT + "/", os.path.dirname(os.path.dirname(httpx.__file__)) + "/"):
        if path.startswith(prefix):
            path = path[len(prefix) :]
    return f"{path}:{line}({func})" if line else func


# Who owns the code a profiled function belongs to (first match wins). Functions of none of these
# (the standard library, builtins) are charged to their callers, in proportion to the time each
# caller spent in them: a builtin called by h11 counts as h11.
VENV_PARTS = [os.sep + name + os.sep for name in ("httpx", "httpcore", "h11", "reflexio_api")]
COMPONENTS: list[tuple[str, Callable[[str, str], bool]]] = [
    ("socket I/O", lambda p, f: p == "~" and "_socket.socket" in f),
    ("reflexio (hand-written)", lambda p, f: p.startswith(os.path.join(ROOT, "reflexio") + os.sep)),
    ("reflexio_api (generated)", lambda p, f: VENV_PARTS[3] in p or "attrs generated" in p),
    ("httpx", lambda p, f: VENV_PARTS[0] in p),
    ("httpcore + h11", lambda p, f: VENV_PARTS[1] in p or VENV_PARTS[2] in p),
    ("bench driver", lambda p, f: p.startswith(os.path.join(ROOT, "bench") + os.sep) and ".venv" not in p),
]


def _owner(key: tuple[str, int, str]) -> str | None:
    path, _, func = key
    for name, match in COMPONENTS:
        if match(path, func):
            return name
    return None


def by_component(stats: dict[Any, Any], n: int) -> dict[str, float]:
    """Self time per call (µs) by owner, the standard library and builtins charged to their callers."""
    memo: dict[Any, dict[str, float]] = {}

    def shares(key: Any) -> dict[str, float]:
        if key in memo:
            return memo[key]
        memo[key] = {"other": 1.0}  # a cycle ends here
        owner = _owner(key)
        callers = stats[key][4]
        total = sum(v[2] for v in callers.values())
        if owner is not None or not total:
            result = {owner or "other": 1.0}
        else:
            result = {}
            for caller, v in callers.items():
                for name, fraction in shares(caller).items():
                    result[name] = result.get(name, 0.0) + fraction * v[2] / total
        memo[key] = result
        return result

    out: dict[str, float] = {}
    for key, value in stats.items():
        for name, fraction in shares(key).items():
            out[name] = out.get(name, 0.0) + fraction * value[2] / n * 1e6
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def profile(url: str, op: str, n: int) -> dict[str, Any]:
    """cProfile of `n` calls of our client, in this thread.

    op 'fire': `n` fire-and-forget submits with the queue replaced by a list, then the `n` sends the
    background worker would make (client._request per call); the queue hand-off itself is not in it.
    """
    logging.getLogger("reflexio").disabled = True
    ours = Ours(url)
    if op == "fire":
        submit, send = ours.delete_fire(), ours.client._request
        captured: list[Any] = []
        ours.client._fire = captured.append  # type: ignore[method-assign]

        def fn() -> None:
            captured.clear()
            for i in range(n):
                submit(i)
            for queued in captured:
                send(queued)

        fn()
        repeat = 1
    else:
        fn = getattr(ours, op)()
        fn()
        repeat = n
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(repeat):
        fn()
    prof.disable()
    stats = pstats.Stats(prof)
    rows = [(key, value[2], value[3]) for key, value in stats.stats.items()]  # type: ignore[attr-defined]
    by_self = sorted(rows, key=lambda r: r[1], reverse=True)[:15]
    ours_cum = sorted(
        (r for r in rows if r[0][0].startswith(os.path.join(ROOT, "reflexio") + os.sep)),
        key=lambda r: r[2],
        reverse=True,
    )[:15]

    def fmt(r: tuple[Any, float, float]) -> dict[str, Any]:
        return {"where": _where(r[0]), "self_us": r[1] / n * 1e6, "cum_us": r[2] / n * 1e6}

    return {
        "op": op,
        "n": n,
        "python": sys.version.split()[0],
        "total_us_per_call": stats.total_tt / n * 1e6,  # type: ignore[attr-defined]
        "components_self_us": by_component(stats.stats, n),  # type: ignore[attr-defined]
        "top_self": [fmt(r) for r in by_self],
        "top_ours_cumulative": [fmt(r) for r in ours_cum],
    }


def main(argv: list[str]) -> None:
    if argv[0] == "serve":
        common.serve({"info": info, "blocking": blocking, "fire": fire, "cache": cache, "async_scale": async_scale})
    elif argv[0] == "memory":
        result = memory(argv[1], int(argv[2]), int(argv[3]), argv[4])
        print(json.dumps(result), flush=True)
        os._exit(0)  # the background thread still waits on the silent server
    elif argv[0] == "profile":
        print(json.dumps(profile(argv[1], argv[2], int(argv[3]))), flush=True)
        os._exit(0)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
