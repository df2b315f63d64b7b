"""Which Reflexio server the examples talk to: $REFLEXIO_API_URL when set, else one started for the run.

A local server is, in this order of preference:

1. the real reflexio-ai server (`make server-install` puts it in /opt/reflexio-venv), started with
   tools/reflexio-server.sh on a free loopback port with a throwaway data directory, in the server's
   canned-LLM mode: extraction and generation answer without an LLM key (the profiles are placeholders);
2. the fake server of reflexio.testing, served on a free loopback port from this process: it stores
   what is published, listed, changed and deleted, learns nothing (no LLM) and answers the spec's
   example for the other operations. It needs nothing installed.

REFLEXIO_EXAMPLES_SERVER=real, =fake or =prism picks one (Prism serves openapi/reflexio.yaml with
example answers and stores nothing; `npm ci` installs it). A server started here is stopped at the end.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Generator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import httpx

from tools.launcher import VENV as SERVER_VENV  # the launcher shared with the tests and the benchmark
from tools.launcher import RealServer, free_port

ROOT = Path(__file__).resolve().parent.parent

PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi" / "reflexio.yaml"
START_TIMEOUT = 120.0  # seconds


@dataclass(frozen=True)
class Target:
    """The server of this run: its URL, and `kind` = "env" (REFLEXIO_API_URL), "real" or "prism"."""

    url: str
    kind: str  # "env", "real", "fake" or "prism"

    @property
    def stores_data(self) -> bool:
        """False for Prism: its answers are examples, not what was sent before."""
        return self.kind != "prism"


@contextmanager
def reflexio_server() -> Generator[Target, None, None]:
    """Yield the server to use, with REFLEXIO_API_URL pointing at it so `ReflexioClient()` finds it."""
    url = os.environ.get("REFLEXIO_API_URL")
    if url:
        print(f"Server: {url} (from REFLEXIO_API_URL)")
        yield Target(url, "env")
        return
    choice = os.environ.get("REFLEXIO_EXAMPLES_SERVER", "auto")
    if choice not in ("auto", "real", "fake", "prism"):
        raise SystemExit(f"REFLEXIO_EXAMPLES_SERVER must be real, fake, prism or auto, not {choice!r}")
    folder = Path(tempfile.mkdtemp(prefix="reflexio-example-"))
    try:
        with _local(choice, folder) as target:
            os.environ["REFLEXIO_API_URL"] = target.url
            try:
                yield target
            finally:
                del os.environ["REFLEXIO_API_URL"]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _local(choice: str, folder: Path) -> Generator[Target, None, None]:
    if choice == "prism":
        with _prism(folder) as target:
            yield target
        return
    if choice == "fake":
        with _fake() as target:
            yield target
        return
    if not (SERVER_VENV / "bin" / "python").exists():
        message = f"the real reflexio-ai server is not installed in {SERVER_VENV} (`make server-install`, ~5 min)"
        if choice == "real":
            raise SystemExit(message)
        print(f"Note: {message}; using the in-memory fake server of reflexio.testing instead.")
        with _fake() as target:
            yield target
        return
    with _real(folder) as target:
        yield target


@contextmanager
def _real(folder: Path) -> Generator[Target, None, None]:
    server = RealServer("example", mock_llm=True)  # no authentication on this throwaway server
    print(f"Starting the real reflexio-ai server from {SERVER_VENV} (canned-LLM mode) ...", flush=True)
    try:
        server.start()
    except RuntimeError as error:
        raise SystemExit(str(error)) from None
    try:
        print(f"Server: {server.url} (real reflexio-ai server, canned-LLM mode, throwaway data; stopped at the end)")
        yield Target(server.url, "real")
    finally:
        server.stop()
        print("Server stopped.")


@contextmanager
def _fake() -> Generator[Target, None, None]:
    from reflexio.testing import FakeReflexio

    with FakeReflexio().serve() as url:
        print(
            f"Server: {url} (the in-memory fake of reflexio.testing: it stores what you send, learns nothing "
            "without an LLM; for the real server run `make server-install` or set REFLEXIO_API_URL)"
        )
        yield Target(url, "fake")
    print("Server stopped.")


@contextmanager
def _prism(folder: Path) -> Generator[Target, None, None]:
    _install_prism()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = folder / "prism.log"
    command = [str(PRISM), "mock", str(SPEC), "--host", "127.0.0.1", "--port", str(port)]
    print("Starting the Prism mock server ...", flush=True)
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_for(url, process, log)
        print(f"Server: {url} (Prism mock of openapi/reflexio.yaml: example answers, nothing stored)")
        yield Target(url, "prism")
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        print("Server stopped.")


def _install_prism() -> None:
    if PRISM.exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit(
            "no local server available: install the real one (`make server-install`), or Node.js + npm for "
            "the Prism mock, or set REFLEXIO_API_URL to a running Reflexio server"
        )
    print("Installing Prism with `npm ci` (once) ...", flush=True)
    result = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0 or not PRISM.exists():
        raise SystemExit(f"`npm ci` could not install Prism:\n{result.stderr[-2000:]}")


def _wait_for(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"Prism exited with {process.returncode}:\n{log.read_text(errors='replace')[-2000:]}")
        with suppress(httpx.TransportError):
            if httpx.get(f"{url}/health/live", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise SystemExit(f"Prism did not answer on {url} within {START_TIMEOUT:.0f} s")
