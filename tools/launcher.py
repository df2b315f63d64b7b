"""The one launcher of local servers, shared by the tests, the examples and the benchmark.

`free_port()` is the only way this project picks a port: the kernel hands out one nothing
listens on, so runs side by side never collide. `RealServer` starts the real reflexio-ai
server through tools/reflexio-server.sh on such a port, with a data directory, PID file and
log of its own in a temporary folder that `stop()` removes.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "reflexio-server.sh"
VENV = Path(os.environ.get("REFLEXIO_VENV", "/opt/reflexio-venv"))
# The script's settings of one server instance: never taken from the caller's environment.
INSTANCE_SETTINGS = (
    "REFLEXIO_PORT",
    "REFLEXIO_DATA_DIR",
    "REFLEXIO_PID_FILE",
    "REFLEXIO_LOG_FILE",
    "REFLEXIO_KEEP_DATA",
    "REFLEXIO_MOCK_LLM_RESPONSE",
    "REFLEXIO_SERVER_API_KEY",
    "REFLEXIO_ALLOW_MY_CONFIG",
)


def free_port() -> int:
    """A loopback TCP port that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def installed() -> bool:
    """True when `make server-install` has put the real server into REFLEXIO_VENV."""
    return (VENV / "bin" / "python").exists()


def release_venv(release: str) -> Path:
    """Where an older reflexio-ai release is installed beside the target one (scripts/compat.py)."""
    return Path(f"/opt/rx-{release}")


@dataclass
class RealServer:
    """One real server on loopback: `port` 0 means a free one, picked when it starts."""

    name: str = "server"
    port: int = 0
    mock_llm: bool = False
    api_key: str | None = None
    allow_my_config: bool = False
    release: str | None = None  # another reflexio-ai release, installed in release_venv(release)
    folder: Path = field(init=False)
    _starter: subprocess.Popen[str] | None = field(default=None, init=False, repr=False)
    _up: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=f"reflexio-{self.name}-"))
        self._pick_port = self.port == 0
        if self._pick_port:
            self.port = free_port()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        """The server's output (uvicorn's access lines included)."""
        return self.folder / "server.log"

    def env(self) -> dict[str, str]:
        """The environment tools/reflexio-server.sh runs with for this server."""
        env = {k: v for k, v in os.environ.items() if k not in INSTANCE_SETTINGS}
        # several servers starting side by side on a loaded 2-core machine can take minutes
        env.setdefault("REFLEXIO_START_TIMEOUT", "300")
        env.update(
            REFLEXIO_PORT=str(self.port),
            REFLEXIO_DATA_DIR=str(self.folder / "data"),
            REFLEXIO_PID_FILE=str(self.folder / "server.pid"),
            REFLEXIO_LOG_FILE=str(self.log),
            REFLEXIO_MOCK_LLM_RESPONSE="true" if self.mock_llm else "false",
        )
        if self.api_key:
            env["REFLEXIO_SERVER_API_KEY"] = self.api_key
        if self.allow_my_config:
            env["REFLEXIO_ALLOW_MY_CONFIG"] = "true"
        if self.release:
            env.update(REFLEXIO_VERSION=self.release, REFLEXIO_VENV=str(release_venv(self.release)))
        return env

    def launch(self) -> None:
        """Begin starting the server and return at once; `start()` waits until it answers."""
        if self._starter is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._starter = self._script("start")

    def start(self) -> RealServer:
        """Start the server (or finish a `launch()`) and wait until it answers /health."""
        if self._up:
            return self
        for attempt in range(3):
            self.launch()
            assert self._starter is not None
            _, stderr = self._starter.communicate()
            failed = self._starter.returncode != 0
            self._starter = None
            if not failed:
                self._up = True
                return self
            # a free port can be taken by someone else before the server binds it: pick another
            if self._pick_port and attempt < 2 and "already" in stderr.lower():
                self.port = free_port()
                continue
            self.stop()
            raise RuntimeError(f"real server {self.name} did not start on {self.url}:\n{stderr[-3000:]}")
        raise AssertionError("unreachable")

    def stop(self) -> None:
        """Stop the server and remove its folder (data, PID file, log)."""
        if self._starter is not None:
            self._starter.communicate()
            self._starter = None
        self._script("stop").communicate()
        self._up = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> RealServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _script(self, command: str) -> subprocess.Popen[str]:
        # cwd=/ : a ./reflexio folder in the working directory would shadow the server's own package
        return subprocess.Popen(
            ["bash", str(SCRIPT), command],
            env=self.env(),
            cwd="/",
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
