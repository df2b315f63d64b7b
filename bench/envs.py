"""The interpreters the benchmark measures under.

* the project's .venv (Python 3.11): our client and raw httpx;
* bench/.venv-official (Python 3.13, git-ignored): reflexio-client 0.2.16 (it needs Python >= 3.12),
  this checkout installed editable, and matplotlib for the plot. Both distributions own a top-level
  package `reflexio`: the official one wins by default; our workers put this checkout first on
  PYTHONPATH.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# tools/reflexio-server.sh builds this CPython (REFLEXIO_PY_PREFIX) for the real server.
PY313 = Path(os.environ.get("REFLEXIO_PY_PREFIX", "/opt/py313")) / "bin" / "python3.13"
SERVER_SCRIPT = ROOT / "tools" / "reflexio-server.sh"
VENV = BENCH / ".venv-official"
OFFICIAL = "reflexio-client==0.2.16"
PLOT = "matplotlib"
MARKER = VENV / ".bench-ready"


def _clean_env() -> dict[str, str]:
    """The caller's environment without REFLEXIO_* (no API key or URL leaks into a measurement)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFLEXIO_") and k != "PYTHONPATH"}
    env["PYTHONHASHSEED"] = "0"
    return env


@dataclass
class Interpreter:
    label: str  # "3.11" / "3.13"
    python: str
    env_ours: dict[str, str] = field(default_factory=dict)
    env_official: dict[str, str] | None = None  # None: the official client cannot run here

    def version(self) -> str:
        out = subprocess.run([self.python, "-c", "import sys; print(sys.version.split()[0])"], capture_output=True)
        return out.stdout.decode().strip()


def project_interpreter() -> Interpreter:
    venv_python = ROOT / ".venv" / "bin" / "python"
    python = str(venv_python) if venv_python.exists() else sys.executable
    return Interpreter("3.11", python, env_ours=_clean_env())


def _pip(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "install", "-q", *args], capture_output=True)


def install_server() -> str:
    """`reflexio-server.sh install`: CPython 3.13 and the reflexio-ai venv (idempotent; "" when ready)."""
    print("[bench] tools/reflexio-server.sh install (CPython 3.13 + reflexio-ai; a no-op once done)", flush=True)
    result = subprocess.run(["bash", str(SERVER_SCRIPT), "install"], cwd="/", capture_output=True, text=True)
    return "" if result.returncode == 0 else f"reflexio-server.sh install failed: {result.stderr[-800:]}"


def bench_interpreter() -> tuple[Interpreter | None, str]:
    """The 3.13 venv, created and filled on first use; (None, reason) when it cannot be."""
    if not PY313.exists():
        return None, f"{PY313} is missing (`make server-install` builds it)"
    wanted = f"{OFFICIAL} {PLOT} -e {ROOT}\n"
    if not MARKER.exists() or MARKER.read_text() != wanted:
        print(f"[bench] preparing {VENV.relative_to(ROOT)}: {OFFICIAL}, {PLOT}, this checkout (-e)", flush=True)
        if not (VENV / "bin" / "python").exists():
            subprocess.run([str(PY313), "-m", "venv", str(VENV)], check=True)
        result = _pip(OFFICIAL)
        if result.returncode != 0:
            return None, f"pip install {OFFICIAL} failed: {result.stderr.decode()[-500:]}"
        result = _pip("-e", str(ROOT))
        if result.returncode != 0:
            return None, f"pip install -e {ROOT} failed: {result.stderr.decode()[-500:]}"
        _pip(PLOT)  # optional: without it there is no plot
        MARKER.write_text(wanted)
    python = str(VENV / "bin" / "python")
    ours = {**_clean_env(), "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'generated'}"}
    return Interpreter("3.13", python, env_ours=ours, env_official=_clean_env()), ""


def has_matplotlib(python: str) -> bool:
    return subprocess.run([python, "-c", "import matplotlib"], capture_output=True).returncode == 0
