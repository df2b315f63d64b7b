"""Real peers for the tests: the real reflexio-ai server, started through tools/reflexio-server.sh."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "reflexio-server.sh"
VENV = Path(os.environ.get("REFLEXIO_VENV", "/opt/reflexio-venv"))
# CI sets REFLEXIO_REQUIRE_SERVER=1: a missing server is then a failure, never a skip.
REQUIRED = os.environ.get("REFLEXIO_REQUIRE_SERVER") == "1"
# Test servers listen on PORT_BASE+1.. ; set REFLEXIO_TEST_PORT_BASE to run two suites side by side.
PORT_BASE = int(os.environ.get("REFLEXIO_TEST_PORT_BASE", "18080"))
CLOSED_PORT_URL = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused


@dataclass
class RealServer:
    """One real server process on loopback with its own data directory."""

    name: str
    port: int
    mock_llm: bool = False
    api_key: str | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        env = {
            **os.environ,
            "REFLEXIO_PORT": str(self.port),
            "REFLEXIO_DATA_DIR": f"/tmp/reflexio-test-{self.port}-{self.name}",
            "REFLEXIO_PID_FILE": f"/tmp/reflexio-test-{self.port}-{self.name}.pid",
            "REFLEXIO_LOG_FILE": f"/tmp/reflexio-test-{self.port}-{self.name}.log",
            "REFLEXIO_MOCK_LLM_RESPONSE": "true" if self.mock_llm else "false",
            # The test servers have no LLM. Their LLM calls (e.g. the evaluation judge, which the canned
            # mode does not cover) go to a closed local port and fail at once: towards the real
            # provider, from a machine without internet, one now and then hung for the server's hard
            # timeout (~290 s) instead.
            "OPENAI_BASE_URL": CLOSED_PORT_URL,
            "OPENAI_API_BASE": CLOSED_PORT_URL,
        }
        env.pop("REFLEXIO_SERVER_API_KEY", None)
        if self.api_key:
            env["REFLEXIO_SERVER_API_KEY"] = self.api_key
        return env

    def _script(self, command: str) -> subprocess.CompletedProcess[str]:
        # cwd=/ : this project's ./reflexio folder must not shadow the server's own `reflexio` package
        return subprocess.run(["bash", str(SCRIPT), command], env=self.env(), cwd="/", capture_output=True, text=True)

    def start(self) -> None:
        self._script("stop")
        result = self._script("start")
        if result.returncode != 0:
            raise RuntimeError(f"real server {self.name} did not start:\n{result.stderr[-3000:]}")

    def stop(self) -> None:
        self._script("stop")


def installed() -> bool:
    return (VENV / "bin" / "python").exists()


def skip_or_fail_without_server() -> None:
    if installed():
        return
    message = f"the real reflexio-ai server is not installed in {VENV}: run `make server-install`"
    if REQUIRED:
        pytest.fail(message)
    pytest.skip(message)
