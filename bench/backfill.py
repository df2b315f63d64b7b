"""Backfill throughput under a rate limit: publish_many against an emulated fixed window.

    .venv/bin/python bench/backfill.py [--conversations 500] [--limit 50] [--period 2] [--rounds 3]

The server is tools/window_server.py (real HTTP on loopback, slowapi's fixed window: the window
starts at the first call after the previous one ended; a call past the limit is answered 429 with
only the limit in its body). Each round backfills N fresh conversations with publish_many, on the
sync client then the async one, each with a fresh client that has to learn the limit from its
first 429.

The best any client can do is to fill every window: the last of ceil(N / limit) windows opens
(ceil(N / limit) - 1) * period after the first call. The figure is that ideal time divided by the
measured time from the first call reaching the server to publish_many's return (1.0 = every window
filled, no time lost);
the goal is >= 0.95. Writes bench/results/backfill.json and its section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import report

from reflexio import AsyncReflexioClient, ReflexioClient
from tools.window_server import WindowServer

BENCH = Path(__file__).resolve().parent

GOAL = 0.95
START, END = "<!-- backfill:start -->", "<!-- backfill:end -->"


def conversations(n: int, tag: str) -> Any:
    for i in range(n):
        yield {
            "user_id": f"bench-{i % 10}",
            "session_id": f"{tag}-{i}",
            "interactions": [{"role": "user", "content": f"past turn {i}"}, {"role": "assistant", "content": "ok"}],
        }


def one_round(kind: str, args: argparse.Namespace, tag: str) -> dict[str, Any]:
    with WindowServer(limit=args.limit, period=args.period) as server:
        if kind == "sync":
            with ReflexioClient(url_endpoint=server.url) as client:
                report = client.publish_many(conversations(args.conversations, tag), concurrency=args.concurrency)
                finished = time.monotonic()
        else:

            async def run() -> tuple[Any, float]:
                async with AsyncReflexioClient(url_endpoint=server.url) as client:
                    done = await client.publish_many(
                        conversations(args.conversations, tag), concurrency=args.concurrency
                    )
                    return done, time.monotonic()

            report, finished = asyncio.run(run())
        assert server.first_at is not None
        elapsed = finished - server.first_at
        if not report.ok or len(server.stored) != args.conversations:
            raise SystemExit(f"{kind}: {len(server.stored)} stored, failures: {report.failed[:3]}")
        ideal = (math.ceil(args.conversations / args.limit) - 1) * args.period
        return {
            "client": kind,
            "elapsed_s": round(elapsed, 3),
            "per_s": round(args.conversations / elapsed, 2),
            "ratio": round(ideal / elapsed, 4),
            "refused_429": server.refused,
            "windows": server.windows,
        }


def section(result: dict[str, Any]) -> str:
    cfg = result["config"]
    lines = [
        START,
        "## Backfill under a rate limit (publish_many)",
        "",
        f"* Command: `{result['command']}` — {result['date']}, {result['duration_s']} s; load average (1 min)"
        f" {result['load'][0]:.1f} → {result['load'][1]:.1f}",
        f"* Emulated server: tools/window_server.py, slowapi's fixed window of {cfg['limit']} publishes per"
        f" {cfg['period']:g} s (429 with only the limit in its body); {cfg['conversations']} conversations per"
        f" round, concurrency {cfg['concurrency']}, a fresh client per round (it learns the limit from its"
        " first 429)",
        "* Figure: the ideal time (every window filled: the last window opens (⌈N / limit⌉ − 1) × period"
        " after the first call) / the measured time from the first call to publish_many's return; median over"
        " rounds (range)",
        "",
        "| client | conversations/s (limit: "
        f"{cfg['limit'] / cfg['period']:g}/s) | ideal / measured time (range) | target | met | 429s per round |",
        "|---|---:|---:|---:|:---:|---:|",
    ]
    for kind in ("sync", "async"):
        rows = [r for r in result["rounds"] if r["client"] == kind]
        ratios = [r["ratio"] for r in rows]
        value = statistics.median(ratios)
        lines.append(
            f"| {'ReflexioClient' if kind == 'sync' else 'AsyncReflexioClient'} "
            f"| {statistics.median(r['per_s'] for r in rows):.1f} "
            f"| **{value:.3f}** ({min(ratios):.3f}–{max(ratios):.3f}) | >= {GOAL:.2f} "
            f"| {'yes' if value >= GOAL else 'no'} | {statistics.median(r['refused_429'] for r in rows):g} |"
        )
    lines += [
        "",
        "The client sends the first window's calls at once, learns the limit from the first 429 and",
        "then keeps every window full without exceeding it (a sliding log of its own sends: any",
        "window of the period holds at most the limit), so the 429s are the few calls in flight",
        "when the first window filled. Each window is taken 2 % longer than the server's (its clock starts",
        "when our first call arrives), which caps the figure at 0.98. Raw numbers: `bench/results/backfill.json`.",
        END,
    ]
    return "\n".join(lines) + "\n"


def write_markdown(path: Path, text: str) -> None:
    report.write_section(path, text, START, END)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=500)
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--period", type=float, default=2.0)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=BENCH / "results" / "backfill.json")
    parser.add_argument("--markdown", type=Path, default=BENCH.parent / "BENCHMARKS.md")
    args = parser.parse_args()
    if args.period != int(args.period):
        raise SystemExit("--period: whole seconds (the 429 body says 'N per P second')")
    args.period = int(args.period)
    t0, load0 = time.monotonic(), os.getloadavg()[0]
    rounds = []
    for r in range(args.rounds):
        for kind in ("sync", "async") if r % 2 == 0 else ("async", "sync"):
            rounds.append(one_round(kind, args, f"r{r}-{kind}"))
            print(json.dumps(rounds[-1]), flush=True)
    result = {
        "command": "python bench/backfill.py" + "".join(f" {a}" for a in sys.argv[1:] if not a.startswith("--out")),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "duration_s": round(time.monotonic() - t0, 1),
        "load": [load0, os.getloadavg()[0]],
        "config": {k: getattr(args, k) for k in ("conversations", "limit", "period", "concurrency", "rounds")},
        "rounds": rounds,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    text = section(result)
    write_markdown(args.markdown, text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
