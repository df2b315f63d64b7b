"""Start-up of the command line: `reflexio-py --help` against reflexio-ai's `reflexio --help`.

    .venv/bin/python bench/cli_startup.py [--runs 15]

Each command runs in a fresh process, the commands interleaved round after round (the order
rotating), bytecode compiled by a warm-up run; the figure is the wall time of the whole process
(interpreter start-up included), median and range. Also timed: a group's help (`profiles --help`,
whose commands are made from the generated operations) and one operation's help. Writes
bench/results/cli_startup.json and its section of BENCHMARKS.md (`make bench` runs it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import report

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OURS = str(Path(sys.executable).parent / "reflexio-py")
OFFICIAL = os.environ.get("REFLEXIO_VENV", "/opt/reflexio-venv") + "/bin/reflexio"
START, END = "<!-- cli-startup:start -->", "<!-- cli-startup:end -->"

COMMANDS = {
    "reflexio-py --help": [OURS, "--help"],
    "reflexio --help (reflexio-ai 0.2.32)": [OFFICIAL, "--help"],
    "reflexio-py profiles --help": [OURS, "profiles", "--help"],
    "reflexio-py profiles search-profiles --help": [OURS, "profiles", "search-profiles", "--help"],
}


def timed(argv: list[str]) -> float | None:
    t0 = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, cwd="/", env={**os.environ, "COLUMNS": "100"})
    wall = time.perf_counter() - t0
    return wall if done.returncode == 0 else None


def measure(runs: int) -> dict[str, list[float]]:
    commands = {label: argv for label, argv in COMMANDS.items() if os.path.exists(argv[0])}
    for argv in commands.values():  # warm-up: bytecode compiled, files in the page cache
        timed(argv)
    times: dict[str, list[float]] = {label: [] for label in commands}
    labels = list(commands)
    for r in range(runs):
        for label in labels[r % len(labels) :] + labels[: r % len(labels)]:
            wall = timed(commands[label])
            if wall is not None:
                times[label].append(wall)
    return times


def section(result: dict[str, object]) -> str:
    times: dict[str, list[float]] = result["times"]  # type: ignore[assignment]
    lines = [
        START,
        "## Command line start-up (`--help`)",
        "",
        f"* Command: `{result['command']}` — {result['date']}, {result['runs']} fresh processes per command,",
        f"  interleaved; load average (1 min) {result['load'][0]:.1f} → {result['load'][1]:.1f}",  # type: ignore[index]
        f"* Interpreters: reflexio-py {result['python_ours']} (the project's .venv), reflexio-ai"
        f" {result['python_official']} ({OFFICIAL})",
        "* Wall time of the whole process (interpreter start-up included), median (range).",
        "",
        "| command | ms |",
        "|---|---:|",
    ]
    for label, values in times.items():
        if values:
            ms = [v * 1e3 for v in values]
            lines.append(f"| `{label}` | {statistics.median(ms):.0f} ({min(ms):.0f}–{max(ms):.0f}) |")
    ours, official = times.get("reflexio-py --help"), times.get("reflexio --help (reflexio-ai 0.2.32)")
    if ours and official:
        ratios = sorted(a / b for a, b in zip(ours, official, strict=False))  # round by round
        lines += [
            "",
            "reflexio-py / reflexio-ai's reflexio, median of the per-round ratios:"
            f" **{statistics.median(ratios):.2f}×** ({ratios[0]:.2f}–{ratios[-1]:.2f})",
        ]
    lines += [
        "",
        "reflexio-py makes an operation's command only when it is named (`--help` imports no generated",
        "endpoint module); reflexio-ai builds its whole Typer app, every command module and the client",
        "they use, before it prints its help.",
        END,
        "",
    ]
    return "\n".join(lines)


def _official_python() -> str:
    """The version of the interpreter reflexio-ai's venv runs (its pyvenv.cfg), or "?"."""
    cfg = Path(OFFICIAL).parent.parent / "pyvenv.cfg"
    try:
        for line in cfg.read_text().splitlines():
            key, _, value = line.partition("=")
            if key.strip() in ("version", "version_info"):
                return value.strip()
    except OSError:
        pass
    return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--out", type=Path, default=BENCH / "results" / "cli_startup.json")
    parser.add_argument("--markdown", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    if not os.path.exists(OURS):
        raise SystemExit(f"{OURS} missing: `make install` (the dev extra installs the cli extra)")
    load0 = os.getloadavg()[0]
    times = measure(args.runs)
    result = {
        "command": "python bench/cli_startup.py" + "".join(f" {a}" for a in sys.argv[1:] if not a.startswith("--out")),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "runs": args.runs,
        "load": [load0, os.getloadavg()[0]],
        "times": times,
        "python_ours": platform.python_version(),
        "python_official": _official_python(),
    }
    if not os.path.exists(OFFICIAL):
        result["note"] = f"{OFFICIAL} missing (make server-install): reflexio-ai not measured"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    text = section(result)
    report.write_section(args.markdown, text, START, END)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
