"""Medians, ratios and goals from a run's raw measurements; BENCHMARKS.md; the plot.

python bench/report.py plot bench/results/latest.json bench/results/latest.png   # needs matplotlib
python bench/report.py markdown bench/results/latest.json                          # reprint the Markdown

Ratios are paired: within one round the clients run back to back against the same server, so each
round gives one ratio (ours / raw httpx, ...) and the figure is the median of those per-round
ratios. A change of machine load between rounds then cancels out instead of landing on one client.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path
from typing import Any

GOAL_BLOCKING = 1.10  # ours / raw httpx per call, at most
GOAL_FIRE = 0.90  # ours / raw httpx throughput until all landed, at least (on the real server: / reflexio-client)
GOAL_IMPORT = 0.50  # ours / reflexio-client import time, at most
GOAL_FIRST_ANSWER = 0.50  # ours / reflexio-client import + construct + first get_profiles, at most
GOAL_ASYNC = 0.90  # ours / raw httpx.AsyncClient throughput with 5,000 concurrent tasks, at least
OPS = {"whoami": "whoami()", "get_config": "get_config()", "publish": "publish_interaction()"}
PYTHONS = ("3.13", "3.11")


def _median(values: list[Any]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def _paired(a: list[Any], b: list[Any]) -> dict[str, float] | None:
    """Per-round ratios a[i] / b[i] (same round, adjacent in time): median, min, max, rounds."""
    pairs = [x / y for x, y in zip(a, b, strict=False) if x is not None and y]
    if not pairs:
        return None
    return {"median": statistics.median(pairs), "min": min(pairs), "max": max(pairs), "rounds": len(pairs)}


def med(ratio: dict[str, float] | None) -> float:
    return (ratio or {}).get("median") or 0.0


def _goal(name: str, ratio: dict[str, float] | None, op: str, target: float) -> dict[str, Any] | None:
    if ratio is None:
        return None
    value = ratio["median"]
    met = value <= target if op == "<=" else value >= target
    return {
        "goal": name,
        "value": value,
        "min": ratio["min"],
        "max": ratio["max"],
        "target": f"{op} {target:.2f}",
        "met": met,
    }


def _blocking(data: dict[str, Any], goals: list[dict[str, Any] | None]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for server, ops in data.get("blocking", {}).items():
        for op, by_client in ops.items():
            cpu = data.get("blocking_cpu", {}).get(server, {}).get(op, {})
            row: dict[str, Any] = {label: _median(v) for label, v in by_client.items()}
            row.update({f"{label} cpu": _median(v) for label, v in cpu.items()})
            for py in PYTHONS:
                ours, raw, off = (by_client.get(f"{c}@{py}", []) for c in ("ours", "raw", "official"))
                row[f"ours/raw@{py}"] = _paired(ours, raw)
                row[f"ours/raw cpu@{py}"] = _paired(cpu.get(f"ours@{py}", []), cpu.get(f"raw@{py}", []))
                row[f"official/raw@{py}"] = _paired(off, raw)
                row[f"ours/official@{py}"] = _paired(ours, off)
                if server == "canned":
                    name = f"blocking {OPS[op]}: ours / raw httpx, Python {py}"
                    goals.append(_goal(name, row[f"ours/raw@{py}"], "<=", GOAL_BLOCKING))
            out.setdefault(server, {})[op] = row
    return out


def _fire(data: dict[str, Any], goals: list[dict[str, Any] | None]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for server, by_n in data.get("fire", {}).items():
        for n, by_client in by_n.items():
            row: dict[str, Any] = {}
            seconds = {label: [r and r["seconds"] for r in runs] for label, runs in by_client.items()}
            for label, runs in by_client.items():
                done = [r for r in runs if r]
                secs, cpu = _median(seconds[label]), _median([r.get("cpu_s") for r in done])
                row[label] = {
                    "seconds": secs,
                    "calls_per_s": int(n) / secs if secs else None,
                    "submit_s": _median([r["submit_s"] for r in done]),
                    "cpu_us_per_call": cpu / int(n) * 1e6 if cpu else None,
                    "rounds": len(done),
                }
            for py in PYTHONS:
                ours, raw, off = (seconds.get(f"{c}@{py}", []) for c in ("ours", "raw", "official"))
                # throughput ratio = the other's time / ours
                row[f"ours/raw@{py}"] = _paired(raw, ours)
                row[f"ours/official@{py}"] = _paired(off, ours)
                row[f"official/raw@{py}"] = _paired(raw, off)
                where = f"fire-and-forget N={int(n):,} ({server})"
                goals.append(
                    _goal(f"{where}: ours / raw httpx throughput, Python {py}", row[f"ours/raw@{py}"], ">=", GOAL_FIRE)
                )
                if server == "real":
                    goals.append(
                        _goal(
                            f"{where}: ours / reflexio-client throughput, Python {py}",
                            row[f"ours/official@{py}"],
                            ">=",
                            GOAL_FIRE,
                        )
                    )
            out.setdefault(server, {})[n] = row
    return out


def _fresh_runs(
    runs: dict[str, list[dict[str, float]]], field: str, goal: str, target: float, goals: list[dict[str, Any] | None]
) -> dict[str, Any]:
    """Medians of a fresh-process case (`field` and the whole process, in ms) and its paired ratio goal."""
    out: dict[str, Any] = {}
    for label, rows in runs.items():
        out[label] = {
            "ms": (_median([r[field] for r in rows]) or 0) * 1e3,
            "process_ms": (_median([r["process_s"] for r in rows]) or 0) * 1e3,
            "runs": len(rows),
        }
    ratio = _paired([r[field] for r in runs.get("ours@3.13", [])], [r[field] for r in runs.get("official@3.13", [])])
    if ratio:
        out["ours/official@3.13"] = ratio
        goals.append(_goal(goal, ratio, "<=", target))


def _async_scale(data: dict[str, Any], goals: list[dict[str, Any] | None]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    n = (data.get("config") or {}).get("async_scale", [5000])[0]
    for server, by_client in data.get("async_scale", {}).items():
        row: dict[str, Any] = {label: _median(v) for label, v in by_client.items()}
        row["n"] = n
        for py in PYTHONS:
            row[f"ours/raw@{py}"] = _paired(by_client.get(f"ours@{py}", []), by_client.get(f"raw@{py}", []))
            name = f"async, {n:,} concurrent tasks on one client: ours / raw httpx.AsyncClient throughput, Python {py}"
            goals.append(_goal(name, row[f"ours/raw@{py}"], ">=", GOAL_ASYNC))
        out[server] = row
    return out


def summarize(data: dict[str, Any]) -> dict[str, Any]:
    keys = ("machine", "load", "command", "date", "duration_s", "config", "notes", "workers")
    s: dict[str, Any] = {k: data.get(k) for k in keys}
    s["errors"] = data.get("errors", [])
    goals: list[dict[str, Any] | None] = []
    s["blocking"] = _blocking(data, goals)
    s["fire"] = _fire(data, goals)
    s["async_scale"] = _async_scale(data, goals)

    s["cache"] = {}
    for server, by_client in data.get("cache", {}).items():
        rows = {}
        for label, runs in by_client.items():
            hit, miss = _median([r["hit_us"] for r in runs]), _median([r["miss_us"] for r in runs])
            rows[label] = {"hit_us": hit, "miss_us": miss, "miss/hit": miss / hit if hit and miss else None}
        s["cache"][server] = rows

    s["import"] = _fresh_runs(
        data.get("import", {}), "import_s", "import reflexio: ours / reflexio-client, Python 3.13", GOAL_IMPORT, goals
    )
    s["first_answer"] = _fresh_runs(
        data.get("first_answer", {}),
        "first_s",
        "first answer (import + construct + get_profiles, real server): ours / reflexio-client, Python 3.13",
        GOAL_FIRST_ANSWER,
        goals,
    )

    s["memory"] = []
    for row in data.get("memory", []):
        row = dict(row)
        if row.get("queued") and row.get("tracemalloc_peak_bytes"):
            row["bytes_per_queued_call"] = row["tracemalloc_peak_bytes"] / row["queued"]
        s["memory"].append(row)

    s["profile"] = data.get("profile", {})
    s["goals"] = [g for g in goals if g is not None]
    return s


# -- text ------------------------------------------------------------------------------------------


def _f(value: float | None, fmt: str = "{:.0f}") -> str:
    return "–" if value is None else fmt.format(value)


def _x(ratio: dict[str, float] | None, bold: bool = False, band: bool = False) -> str:
    if ratio is None:
        return "–"
    text = f"{ratio['median']:.2f}×"
    text = f"**{text}**" if bold else text
    return text + (f" ({ratio['min']:.2f}–{ratio['max']:.2f})" if band else "")


def _blocking_table(rows: dict[str, Any], py: str) -> list[str]:
    official = any(row.get(f"official@{py}") for row in rows.values())
    head = "| call | ours µs | raw httpx µs | ours / raw (range) | ours / raw, CPU |"
    sep = "|---|---:|---:|---:|---:|"
    if official:
        head += " reflexio-client µs | reflexio-client / raw | ours / reflexio-client |"
        sep += "---:|---:|---:|"
    out = [head, sep]
    for op, row in rows.items():
        if row.get(f"ours@{py}") is None:
            continue
        line = (
            f"| {OPS[op]} | {_f(row.get(f'ours@{py}'))} | {_f(row.get(f'raw@{py}'))} | "
            f"{_x(row.get(f'ours/raw@{py}'), bold=True, band=True)} | {_x(row.get(f'ours/raw cpu@{py}'))} |"
        )
        if official:
            line += (
                f" {_f(row.get(f'official@{py}'))} | {_x(row.get(f'official/raw@{py}'))} | "
                f"{_x(row.get(f'ours/official@{py}'))} |"
            )
        out.append(line)
    return out


def _fire_table(fire: dict[str, Any], py: str) -> list[str]:
    out = [
        "| server | N | ours | raw httpx | reflexio-client | ours / raw (range) | ours / reflexio-client |"
        " CPU µs per call: ours, raw, reflexio-client |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for server, by_n in fire.items():
        for n, row in by_n.items():
            if not row.get(f"ours@{py}"):
                continue

            def cell(label: str, row: dict[str, Any] = row) -> str:
                c = row.get(label)
                if not c or not c["seconds"]:
                    return "–"
                return f"{c['seconds']:.2f} s ({c['calls_per_s']:,.0f}/s)"

            cpu = ", ".join(
                _f((row.get(f"{c}@{py}") or {}).get("cpu_us_per_call")) for c in ("ours", "raw", "official")
            )
            out.append(
                f"| {server} | {int(n):,} | {cell(f'ours@{py}')} | {cell(f'raw@{py}')} | {cell(f'official@{py}')} | "
                f"{_x(row.get(f'ours/raw@{py}'), bold=True, band=True)} | {_x(row.get(f'ours/official@{py}'))} | "
                f"{cpu} |"
            )
    return out


def _header(s: dict[str, Any]) -> list[str]:
    m = s.get("machine") or {}
    cfg = s.get("config") or {}
    load = s.get("load") or {}
    pythons = ", ".join((m.get("python") or {}).values())
    workers = s.get("workers") or {}
    official = (workers.get("official@3.13") or {}).get("reflexio_client", "0.2.16")
    httpx_version = (workers.get("ours@3.13") or workers.get("ours@3.11") or {}).get("httpx", "?")
    fire_rounds = ", ".join(f"N={n:,} × {r}" for n, r in cfg.get("fire") or [])
    if cfg.get("real_fire"):
        fire_rounds += f" (nginx), N={cfg['real_fire'][0]:,} × {cfg['real_fire'][1]} (real server)"
    loads = " → ".join(f"{v[0]:.1f}" for v in (load.get("start"), load.get("end")) if v)
    return [
        "# Benchmarks",
        "",
        "Written by `make bench` (bench/run.py). One run measures everything against servers it starts",
        "on loopback: nginx answering canned JSON (`return 200 '…'`, so the client's own cost is what",
        "shows) and the real reflexio-ai server (end to end). Clients run interleaved, round after round,",
        "the order rotating; every ratio is the median of per-round ratios (range in brackets), so it",
        "holds on a noisy machine where absolute times do not. No timing is asserted in the test suite.",
        "Raw numbers: `bench/results/latest.json`.",
        "",
        f"* Command: `{s.get('command')}` — {s.get('date')}, {s.get('duration_s')} s",
        f"* Machine: {m.get('nproc')} CPUs (`nproc`), {m.get('cpu')}, Linux {m.get('kernel')}; load average"
        f" (1 min) {loads or '?'} during the run (other jobs shared the cores)",
        f"* Python {pythons}; httpx {httpx_version}; nginx {m.get('nginx')}; reflexio-client {official}",
        "  (needs Python ≥ 3.12: it runs in bench/.venv-official, a 3.13 venv where this checkout is",
        "  installed too, so the 3.13 columns compare all three clients under one interpreter; 3.11 is the",
        "  project's own .venv)",
        f"* Rounds: {cfg.get('rounds')} × {cfg.get('calls')} calls per client and op (blocking, cache, canned);"
        f" {cfg.get('real_rounds')} × {cfg.get('real_calls')} (real server); fire-and-forget rounds:"
        f" {fire_rounds}; {cfg.get('import_runs')} fresh processes (import)",
        "",
    ]


def _goals(s: dict[str, Any]) -> list[str]:
    lines = ["## Goals", "", "| goal | value (range) | target | met |", "|---|---:|---:|:---:|"]
    for g in s.get("goals", []):
        lines.append(
            f"| {g['goal']} | {g['value']:.2f}× ({g['min']:.2f}–{g['max']:.2f}) | {g['target']}× | "
            f"{'yes' if g['met'] else '**no**'} |"
        )
    return lines + [""]


HOT_PATH = [
    "## What the client does per call",
    "",
    "* Endpoint URLs are resolved against the base URL once per client and endpoint; httpx parses and",
    "  joins the URL string on every request, the largest part of its request-building cost.",
    "* The client's own pool is an httpx transport it sends to directly: the request is built with the",
    "  client's headers (User-Agent, Accept, Authorization) and timeout, and skips httpx.Client's cookie",
    "  jar (cookies are stored only from answers that set one), auth flow and redirect handling. Nothing",
    "  is set on an httpx client; a user-supplied one is used through its public build_request/send.",
    "* The answer is streamed through a counter that enforces max_response_bytes and the attempt's",
    "  wall-clock deadline; each request's arguments pass one generic check (types, bounds) first.",
    "* So the client's share of a call's HTTP work costs less than raw httpx's; what it adds is typed-model",
    "  work in the generated code: building the request model from the arguments (with the checks that",
    "  raise ValueError/TypeError before any traffic) and parsing the answer into models. `get_config()`",
    "  pays the most: its answer holds a dozen nested config models (see the profile table at the end).",
    "* The local read cache keeps the answer's bytes and parses them again on a hit: each caller gets its",
    "  own objects, at a fraction of the cost of a deep copy.",
    "* Fire-and-forget calls go to a bounded queue drained by one sender thread on the client's pool",
    "  (more threads only contend for the GIL); `flush()` waits for them.",
    "* `import reflexio` loads no generated model; each method imports the ones it needs on first use.",
    "",
]


# Sections of BENCHMARKS.md written by their own scripts (bench/backfill.py, bench/cli_startup.py,
# bench/overhead.py): a full run keeps them.
KEPT = [
    ("<!-- backfill:start -->", "<!-- backfill:end -->"),
    ("<!-- cli-startup:start -->", "<!-- cli-startup:end -->"),
    ("<!-- overhead:start -->", "<!-- overhead:end -->"),
]


def write_section(path: Path, text: str, start: str, end: str) -> None:
    """Put `text` (a section framed by `start`/`end`) into the markdown file, replacing its old one."""
    current = path.read_text() if path.exists() else ""
    if start in current and end in current:
        current = re.sub(re.escape(start) + ".*?" + re.escape(end) + "\n?", lambda _: text, current, flags=re.S)
    else:
        current = current.rstrip("\n") + "\n\n" + text
    path.write_text(current)


def kept_sections(old: str) -> str:
    out = ""
    for start, end in KEPT:
        i, j = old.find(start), old.find(end)
        if 0 <= i < j:
            out += "\n" + old[i : j + len(end)] + "\n"
    return out


def _async_section(s: dict[str, Any]) -> list[str]:
    rows = s.get("async_scale") or {}
    if not rows:
        return []
    out = [
        "## Async at scale",
        "",
        "N tasks started at once on one async client, each awaiting one `whoami()`; the clock runs until",
        "all have their answer. Ours: `AsyncReflexioClient` (at most its pool size of requests in flight,",
        "the others waiting in line, all kept alive); raw: one `httpx.AsyncClient` (default pool), every",
        "task sending at once, so httpcore's wait queue holds thousands of requests it rescans per event.",
        "Calls/s counts answered calls: a stalled pool fails the rest with PoolTimeout (see the notes).",
        "",
        "| server | Python | N | ours calls/s | raw httpx calls/s | ours / raw (range) |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for server, row in rows.items():
        for py in PYTHONS:
            if row.get(f"ours@{py}") is None:
                continue
            out.append(
                f"| {server} | {py} | {row['n']:,} | {_f(row.get(f'ours@{py}'))} | {_f(row.get(f'raw@{py}'))} | "
                f"{_x(row.get(f'ours/raw@{py}'), bold=True, band=True)} |"
            )
    return out + [""]


def markdown(s: dict[str, Any], png: Path | None) -> str:
    lines = _header(s) + _goals(s)
    if png is not None:
        lines += [f"![ratios to raw httpx, import time and memory]({png})", ""]
    lines += HOT_PATH
    blocking = s.get("blocking", {})
    for server, title in (("canned", "nginx, canned JSON"), ("real", "real reflexio-ai server")):
        if server not in blocking:
            continue
        lines += [
            f"## Blocking calls — {title}",
            "",
            "Mean time per call over back-to-back calls on one warm connection (median over rounds).",
            "Raw httpx: one pooled `httpx.Client` sending the same request and decoding the JSON into a",
            "dict; ours and reflexio-client also build and parse their typed models. CPU: the client",
            "process's CPU time per call, which other jobs on the machine disturb much less than wall time.",
            "",
        ]
        if server == "real":
            pub = (s.get("config") or {}).get("real_publish") or ["?", "?"]
            lines += [
                f"publish_interaction on the real server: {pub[0]} rounds × {pub[1]} calls, Python 3.13 only",
                "(the server accepts 60 a minute per client address). The server's own work dominates.",
                "",
            ]
        for py in PYTHONS:
            if any(row.get(f"ours@{py}") is not None for row in blocking[server].values()):
                lines += [f"Python {py}:", ""] + _blocking_table(blocking[server], py) + [""]
    if s.get("fire"):
        lines += [
            "## Fire-and-forget deletes until all have landed",
            "",
            "Time from the first `delete_session(..., wait_for_response=False)` until the server has",
            "counted all N: nginx's access log of that location (one line per answered request), or the",
            "real server's uvicorn access lines. Ours: N calls, then `flush()`; raw httpx: N sequential",
            "calls on one pooled client (the fastest raw-httpx sender here; more threads lose to the GIL);",
            "reflexio-client: its own fire-and-forget (a 4-thread pool; no flush, so the clock runs until",
            "the server has all N). CPU: the client process's CPU time per call, sending threads included.",
            "",
        ]
        for py in PYTHONS:
            if any(row.get(f"ours@{py}") for by_n in s["fire"].values() for row in by_n.values()):
                lines += [f"Python {py}:", ""] + _fire_table(s["fire"], py) + [""]
    lines += _async_section(s)
    lines += _import_section(s) + first_answer_section(s) + _cache_section(s) + _memory_section(s) + _profile_section(s)
    missed = [g for g in s.get("goals", []) if not g["met"]]
    if missed:
        lines += ["Goals missed in this run: " + "; ".join(g["goal"] for g in missed) + ".", ""]
    for note in s.get("notes") or []:
        lines.append(f"* Note: {note}")
    for err in s.get("errors") or []:
        lines.append(f"* Error: {err}")
    return "\n".join(lines).rstrip() + "\n"


def _import_section(s: dict[str, Any]) -> list[str]:
    intro = [
        "A fresh process each time, bytecode already compiled; `import reflexio` timed inside the process",
        "(process: the whole run of `python -c`, interpreter start-up included). Generated models load",
        "when a method first needs them, not at import.",
    ]
    return _fresh_section(s.get("import", {}), "## `import reflexio`", intro, "| package | import ms | process ms |")


def first_answer_section(s: dict[str, Any]) -> list[str]:
    intro = [
        "`from reflexio import ReflexioClient`, construct it, one `get_profiles({'user_id': ...})` against the",
        "real server (ten profiles): timed inside a fresh process (process: the whole run of `python -c`).",
        "The models a call needs are imported when it first runs; the others never load.",
    ]
    header = "| client | first answer ms | process ms |"
    return _fresh_section(s.get("first_answer", {}), "## First answer in a fresh process", intro, header)


def _fresh_section(rows: dict[str, Any], title: str, intro: list[str], header: str) -> list[str]:
    if not rows:
        return []
    lines = [title, "", *intro, "", header, "|---|---:|---:|"]
    for label, row in rows.items():
        if "ms" in row:
            name = label.replace("official", "reflexio-client")
            lines.append(f"| {name} | {row['ms']:.0f} | {row['process_ms']:.0f} |")
    if "ours/official@3.13" in rows:
        lines += ["", f"ours / reflexio-client (Python 3.13): {_x(rows['ours/official@3.13'], bold=True, band=True)}"]
    return lines + [""]


def _cache_section(s: dict[str, Any]) -> list[str]:
    if not s.get("cache"):
        return []
    lines = [
        "## get_profiles from the local cache",
        "",
        "Miss: `force_refresh=True` (a round trip; the answer is parsed and cached); hit: the same call",
        "served from the cache. Ours returns a private copy on every hit (it parses the cached bytes",
        "again), so a caller mutating its result cannot corrupt the cache; reflexio-client returns the",
        "cached object itself.",
        "",
        "| server | client | hit µs | miss µs | miss / hit |",
        "|---|---|---:|---:|---:|",
    ]
    for server, rows in s["cache"].items():
        for label, row in rows.items():
            name = label.replace("official", "reflexio-client")
            lines.append(
                f"| {server} | {name} | {_f(row['hit_us'], '{:.1f}')} | {_f(row['miss_us'])} | "
                f"{_f(row['miss/hit'], '{:.0f}×')} |"
            )
    return lines + [""]


def _memory_section(s: dict[str, Any]) -> list[str]:
    if not s.get("memory"):
        return []
    calls = (s.get("config") or {}).get("memory_calls", 0)
    lines = [
        f"## Memory: {calls:,} fire-and-forget calls against a server that never answers",
        "",
        "The server is a listening socket that never accepts. Ours: `background_queue_size=Q`,",
        "`background_submit_timeout=0`, so a full queue raises BackgroundQueueFullError at once and the",
        "loop ends (by default a full queue blocks the caller instead: backpressure). reflexio-client",
        "queues every call in its thread pool's unbounded queue. Peak: tracemalloc's peak during the",
        "submit loop; RSS growth: ru_maxrss after minus before, in a separate run without tracemalloc.",
        "",
        "| client | queue Q | queued | rejected | peak MiB | bytes per queued call | RSS growth MiB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in s["memory"]:
        peak = row.get("tracemalloc_peak_bytes")
        queue = f"{row['queue']:,}" if row["queue"] else "unbounded"
        lines.append(
            f"| {row['client'].replace('official', 'reflexio-client')} | {queue} | "
            f"{row.get('queued', 0):,} | {row.get('rejected', 0):,} | {_f(peak and peak / 2**20, '{:.1f}')} | "
            f"{_f(row.get('bytes_per_queued_call'))} | {_f((row.get('rss_growth_kib') or 0) / 1024, '{:.1f}')} |"
        )
    return lines + [""]


def _profile_section(s: dict[str, Any]) -> list[str]:
    profiles = s.get("profile") or {}
    if not profiles:
        return []
    py = next(iter(profiles.values())).get("python", "")
    lines = [
        f"## Where our client's time goes (cProfile, Python {py}, canned server)",
        "",
        "Self time per call by owner of the code, under the profiler (which inflates Python-heavy code:",
        "read the shares, not the totals). `fire`: the submits plus the sends the background worker",
        "makes, run in one thread. Our hand-written code is the `reflexio` column; `reflexio_api` is the",
        "generated request/response models.",
        "",
    ]
    order = ["reflexio (hand-written)", "reflexio_api (generated)", "httpx", "httpcore + h11", "socket I/O"]
    names = [n for n in order if any(n in p.get("components_self_us", {}) for p in profiles.values())]
    names.append("other")  # the bench driver, and what no owner could be found for
    lines += ["| op | total µs | " + " | ".join(names) + " |", "|---|---:|" + "---:|" * len(names)]
    for op, prof in profiles.items():
        total = prof["total_us_per_call"]
        comp = prof.get("components_self_us", {})
        other = total - sum(comp.get(n, 0.0) for n in names[:-1])
        cells = " | ".join(f"{(comp.get(n, 0.0) if n != 'other' else other) / total * 100:.0f}%" for n in names)
        lines.append(f"| {op} | {total:.0f} | {cells} |")
    return lines + [""]


def console(s: dict[str, Any]) -> str:
    out = ["", f"{'goal':<78} value  target  met"]
    for g in s.get("goals", []):
        out.append(f"{g['goal']:<78} {g['value']:5.2f}× {g['target']:>7}  {'yes' if g['met'] else 'NO'}")
    for err in s.get("errors") or []:
        out.append(f"error: {err}")
    return "\n".join(out)


# -- plot ------------------------------------------------------------------------------------------


def plot(s: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ours, official = ("ours", "#1f77b4"), ("reflexio-client 0.2.16", "#d62728")
    fig, axes = plt.subplots(1, 4, figsize=(17, 4.2), gridspec_kw={"width_ratios": [3, 3, 1.4, 2.2]})

    def bars(ax: Any, labels: list[str], series: list[tuple[tuple[str, str], list[float]]]) -> None:
        width = 0.8 / len(series)
        for i, ((name, color), values) in enumerate(series):
            xs = [k + (i - (len(series) - 1) / 2) * width for k in range(len(labels))]
            ax.bar(xs, values, width, label=name, color=color)
        ax.set_xticks(range(len(labels)), labels)

    rows = s.get("blocking", {}).get("canned", {})
    ops = [op for op in rows if rows[op].get("ours/raw@3.13")]
    bars(
        axes[0],
        [OPS[op] for op in ops],
        [
            (ours, [med(rows[op].get("ours/raw@3.13")) for op in ops]),
            (official, [med(rows[op].get("official/raw@3.13")) for op in ops]),
        ],
    )
    axes[0].axhline(1.0, color="grey", lw=1)
    axes[0].axhline(GOAL_BLOCKING, color="#1f77b4", lw=1, ls="--", label=f"goal ≤ {GOAL_BLOCKING}×")
    axes[0].set_ylabel("time per call / raw httpx (lower is better)")
    axes[0].set_title("Blocking call, nginx canned JSON")
    axes[0].legend(fontsize=8)

    fire = [(srv, n, row) for srv, by_n in s.get("fire", {}).items() for n, row in by_n.items()]
    fire = [f for f in fire if f[2].get("ours/raw@3.13")]
    bars(
        axes[1],
        [f"{'nginx' if srv == 'canned' else 'real server'}\nN={int(n):,}" for srv, n, _ in fire],
        [
            (ours, [med(row.get("ours/raw@3.13")) for _, _, row in fire]),
            (official, [med(row.get("official/raw@3.13")) for _, _, row in fire]),
        ],
    )
    axes[1].axhline(1.0, color="grey", lw=1)
    axes[1].axhline(GOAL_FIRE, color="#1f77b4", lw=1, ls="--", label=f"goal ≥ {GOAL_FIRE}×")
    axes[1].set_ylabel("throughput / raw httpx (higher is better)")
    axes[1].set_title("Fire-and-forget deletes")
    axes[1].legend(fontsize=8)

    imp = s.get("import", {})
    labels = [k for k in ("ours@3.13", "official@3.13") if k in imp]
    axes[2].bar(
        ["ours", "reflexio-\nclient"][: len(labels)],
        [imp[k]["ms"] for k in labels],
        color=[ours[1], official[1]][: len(labels)],
    )
    axes[2].set_ylabel("ms (lower is better)")
    axes[2].set_title("import reflexio")

    mem = s.get("memory", [])
    axes[3].bar(
        [f"ours\nQ={r['queue']:,}" if r["queue"] else "reflexio-\nclient" for r in mem],
        [(r.get("tracemalloc_peak_bytes") or 0) / 2**20 for r in mem],
        color=[ours[1] if r["queue"] else official[1] for r in mem],
    )
    axes[3].tick_params(axis="x", labelsize=8)
    axes[3].set_ylabel("tracemalloc peak, MiB")
    axes[3].set_title(f"{(s.get('config') or {}).get('memory_calls', 0):,} queued calls, silent server")
    fig.suptitle(f"reflexio-python benchmarks, Python 3.13 — {s.get('date')}", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=100)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] in ("plot", "markdown"):
        summary = json.loads(Path(sys.argv[2]).read_text())["summary"]
        if sys.argv[1] == "plot":
            plot(summary, Path(sys.argv[3]))
        else:
            print(markdown(summary, None))
    else:
        sys.exit(__doc__)
