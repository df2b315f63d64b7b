"""`make compat`: this client and the official one against reflexio-ai releases side by side.

Installs each release beside the target (light installs, /opt/rx-<version>, through
tools/reflexio-server.sh; the target, codegen.toml [spec].server_version, is `make server-install`'s
/opt/reflexio-venv), the official client (PyPI reflexio-client) into a venv of its own made from
/opt/py313's Python, then for each release starts its server in canned-LLM mode and runs:
- every example of examples/ with this client (REFLEXIO_API_URL set to that server);
- the common calls of scripts/compat_calls.py with this client and with the official one.
Prints a Markdown table (and writes it to --out FILE).

Usage: python scripts/compat.py [--official 0.2.16] [--out FILE] RELEASE...
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from tools.launcher import SCRIPT, RealServer, release_venv

ROOT = Path(__file__).resolve().parent.parent

TARGET = tomllib.loads((ROOT / "codegen.toml").read_text())["spec"]["server_version"]
PY313 = Path(os.environ.get("REFLEXIO_PY_PREFIX", "/opt/py313")) / "bin" / "python3.13"
WORK = Path(os.environ.get("REFLEXIO_COMPAT_DIR", Path(tempfile.gettempdir()) / "reflexio-compat"))
EXAMPLES = sorted(p.name for p in (ROOT / "examples").glob("*.py") if not p.name.startswith("_"))
DRIVER = ROOT / "scripts" / "compat_calls.py"


def log(message: str) -> None:
    print(f"[compat] {message}", file=sys.stderr, flush=True)


def install_release(release: str) -> None:
    """The release's light install beside the target (the script does nothing when it is there)."""
    if release == TARGET:
        if not (Path(os.environ.get("REFLEXIO_VENV", "/opt/reflexio-venv")) / "bin" / "python").exists():
            raise SystemExit(f"reflexio-ai {TARGET} is not installed: run `make server-install` first")
        return
    env = {**os.environ, "REFLEXIO_VERSION": release, "REFLEXIO_VENV": str(release_venv(release))}
    log(f"reflexio-ai {release} in {release_venv(release)} (installed on first use)")
    subprocess.run(["bash", str(SCRIPT), "install"], env=env, check=True, cwd="/")


def official_python(version: str) -> Path:
    """The official client's venv, made from /opt/py313's Python (it needs >= 3.12), not this project's."""
    venv = WORK / f"official-client-{version}"
    python = venv / "bin" / "python"
    probe = [str(python), "-c", "from importlib.metadata import version; print(version('reflexio-client'))"]
    if python.exists() and subprocess.run(probe, capture_output=True, text=True).stdout.strip() == version:
        return python
    log(f"installing reflexio-client {version} into {venv}")
    subprocess.run([str(PY313), "-m", "venv", "--clear", str(venv)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", f"reflexio-client=={version}"], check=True)
    return python


def run_calls(python: Path, url: str) -> dict[str, dict[str, object]]:
    # cwd outside the checkout: `import reflexio` must find the interpreter's installed package
    run = subprocess.run(
        [str(python), str(DRIVER), url], cwd=tempfile.gettempdir(), capture_output=True, text=True, timeout=900
    )
    results = {}
    for line in run.stdout.splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            results[row["call"]] = row
    if not results:
        results["(start)"] = {"ok": False, "detail": (run.stderr.strip().splitlines() or ["no output"])[-1]}
    return results


def run_example(name: str, url: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k not in ("REFLEXIO_API_URL", "REFLEXIO_URL", "REFLEXIO_API_KEY")}
    env["REFLEXIO_API_URL"] = url
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
    )
    last = (run.stderr.strip() or run.stdout.strip()).splitlines()[-1:] or [""]
    return {"ok": run.returncode == 0, "detail": "" if run.returncode == 0 else last[0]}


def cell(result: dict[str, object] | None, notes: dict[str, int], client: str) -> str:
    """A table cell: ok, or the error's kind and status; details go to numbered notes (one per distinct text)."""
    if result is None:
        return "-"
    detail = str(result.get("detail") or "")
    detail = re.sub(r"https?://127\.0\.0\.1:\d+", "<server>", detail).split("?", 1)[0][:300]
    ref = ""
    if detail:
        note = f"{'this client' if client == 'ours' else 'official client'}: {detail}"
        ref = f" [{notes.setdefault(note, len(notes) + 1)}]"
    if result["ok"]:
        return f"ok{ref}"
    kind = detail.split(":", 1)[0] or "failed"
    status = re.search(r"\b([45]\d\d)\b", detail)
    return f"**{kind}{f' {status.group(1)}' if status else ''}**{ref}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("releases", nargs="*", default=[TARGET, "0.2.28", "0.2.24"])
    parser.add_argument("--official", default="0.2.16", help="the reflexio-client release to compare with")
    parser.add_argument("--out", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    for release in args.releases:
        install_release(release)
    official = official_python(args.official)
    ours = Path(sys.executable)
    table: dict[str, dict[tuple[str, str], dict[str, object]]] = {}
    started = time.monotonic()
    for release in args.releases:
        log(f"reflexio-ai {release}: starting its server")
        with RealServer(
            name=f"compat-{release}", mock_llm=True, release=None if release == TARGET else release
        ) as server:
            for name in EXAMPLES:
                table.setdefault(f"examples/{name}", {})[(release, "ours")] = run_example(name, server.url)
            for client, python in (("ours", ours), ("official", official)):
                for call, result in run_calls(python, server.url).items():
                    table.setdefault(call, {})[(release, client)] = result
    notes: dict[str, int] = {}
    columns = [(release, client) for release in args.releases for client in ("ours", "official")]
    header = ["", *(f"{r} {'this client' if c == 'ours' else f'official {args.official}'}" for r, c in columns)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row, results in table.items():
        cells = [cell(results.get(col), notes, col[1]) for col in columns]
        lines.append(f"| `{row}` | " + " | ".join(cells) + " |")
    lines.append("")
    lines += [f"[{n}] {note}  " for note, n in notes.items()]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    log(f"done in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
