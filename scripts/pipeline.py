"""The offline regeneration pipeline, in order: what `make regen` runs after fetching the spec, and
what scripts/replay_server_changes.py replays on simulated server changes.

normalize the spec -> generated client -> input bounds -> plain methods -> the fake's answers ->
async client -> session views -> raw-response views -> API reference. Each step is a script of this folder; the first
that fails stops the run with its message.

Usage: python scripts/pipeline.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = (
    "normalize_spec.py",
    "codegen.py",
    "gen_bounds.py",
    "gen_methods.py",
    "gen_fake_answers.py",
    "gen_async.py",
    "gen_session.py",
    "gen_raw.py",
    "gen_api_docs.py",
)


def main() -> int:
    for step in STEPS:
        result = subprocess.run([sys.executable, str(HERE / step)])
        if result.returncode != 0:
            print(f"scripts/{step} failed (exit {result.returncode})", file=sys.stderr)
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
