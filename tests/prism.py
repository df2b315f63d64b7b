"""The Prism mock server: serves openapi/reflexio.yaml and refuses requests the spec does not allow.

Started with `--errors`, Prism answers a request that violates the spec with 422 (or 400/401/404/405)
and an `sl-violations` header naming the violation, instead of answering it; a valid request gets a
static answer built from the spec's schemas. node_modules is installed with `npm ci` when missing.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import spec_ops
from servers import REQUIRED, free_port

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 90.0  # seconds; Prism usually listens within a few seconds


@dataclass
class Prism:
    """One Prism process on a free loopback port; its log (violations included) is kept in `folder`."""

    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="prism-")))
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.folder / "prism.log"

    def start(self) -> None:
        spec = annotated_spec(self.folder / "reflexio.prism.json")
        self.port = free_port()
        command = [str(PRISM), "mock", str(spec), "--errors", "--host", "127.0.0.1", "--port", str(self.port)]
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Prism exited with {self.process.returncode}:\n{self.tail()}")
            try:
                if httpx.get(f"{self.url}/health/live", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        message = f"Prism did not listen on {self.url} within {START_TIMEOUT:.0f} s:\n{self.tail()}"
        self.stop()
        raise RuntimeError(message)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)

    def tail(self, chars: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""


def annotated_spec(path: Path) -> Path:
    """openapi/reflexio.yaml plus an `examples` value on the schemas Prism's static answers miss.

    Prism builds its answers without honouring `pattern` or `prefixItems` (and, with --errors,
    refuses to send such an invalid answer); a valid example on those schemas is used instead.
    `examples` is an annotation: which requests the spec allows is unchanged.
    """
    document = copy.deepcopy(spec_ops.spec())
    _annotate(document)
    path.write_text(json.dumps(document))
    return path


def _annotate(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _annotate(item)
    elif isinstance(node, dict):
        for value in node.values():
            _annotate(value)
        if ("pattern" in node or "prefixItems" in node) and "examples" not in node:
            node["examples"] = [spec_ops.example(spec_ops.resolve(node))]


def ensure_installed() -> None:
    """Install node_modules with `npm ci` when Prism is missing; skip (fail under CI) when that cannot work."""
    if PRISM.exists():
        return
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        _skip_or_fail("Prism needs Node.js and npm, not found on PATH: install them, then run `npm ci`")
    result = subprocess.run([str(npm), "ci", "--no-audit", "--no-fund"], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0 or not PRISM.exists():
        _skip_or_fail(f"`npm ci` could not install Prism:\n{result.stderr[-3000:]}")


def _skip_or_fail(message: str) -> None:
    if REQUIRED:
        pytest.fail(message)
    pytest.skip(message)


def violations(response: httpx.Response) -> str:
    """Prism's description of why it refused a request or could not answer (empty when it did not)."""
    return response.headers.get("sl-violations", "")
