"""The servers the benchmark runs against, all on loopback, started and stopped by it.

* `Nginx`: canned JSON answers (`return 200 '...'`), so the client's own cost is what shows.
  The bodies in canned.json were captured from reflexio-ai 0.2.32 and parse in both clients.
  DELETE /api/delete_session alone writes an access log, one 2-byte line per request: the
  landing counter of the fire-and-forget case.
* `RealServer`: reflexio-ai started by tools/launcher.py (the launcher the tests and examples use).
  Landings are counted from uvicorn's access lines in its log.
* `blackhole`: a listening socket that never accepts: a server that never answers.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tools.launcher import VENV, RealServer, free_port, installed  # shared with the tests and examples

BENCH = Path(__file__).resolve().parent

__all__ = ["VENV", "RealServer", "installed"]
CANNED = json.loads((BENCH / "canned.json").read_text())

ROUTES = {  # path: (method, canned body)
    "/api/whoami": ("GET", "whoami"),
    "/api/get_config": ("GET", "get_config"),
    "/api/publish_interaction": ("POST", "publish_interaction"),
    "/api/delete_session": ("DELETE", "delete_session"),
    "/api/get_profiles": ("POST", "get_profiles"),
}
COUNTED = "/api/delete_session"
REAL_NEEDLE = '"DELETE /api/delete_session HTTP/1.1" 200'


def _wait_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


# -- nginx -----------------------------------------------------------------------------------------


def nginx_binary() -> str:
    """nginx from Debian's packages; installed with apt-get when missing."""
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if found:
        return found
    print("[bench] nginx missing: apt-get install nginx-light", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    cmd = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "nginx-light"]
    if subprocess.run(cmd, env=env, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=True, capture_output=True)
        subprocess.run(cmd, env=env, check=True, capture_output=True)
    return shutil.which("nginx") or "/usr/sbin/nginx"


def _nginx_string(body: object) -> str:
    """A JSON body as an nginx single-quoted string: no `$` (variables) or quotes, backslashes doubled."""
    text = json.dumps(body, separators=(",", ":"), ensure_ascii=True)
    text = text.replace("$", "\\u0024").replace("'", "\\u0027")
    return "'" + text.replace("\\", "\\\\") + "'"


def nginx_conf(prefix: Path, port: int) -> str:
    locations = []
    for path, (method, name) in ROUTES.items():
        log = f"access_log {prefix}/landings.log landing;" if path == COUNTED else ""
        locations.append(
            f"    location = {path} {{\n"
            f"      if ($request_method != {method}) {{ return 405; }}\n"
            f"      {log}\n"
            f"      return 200 {_nginx_string(CANNED[name])};\n"
            f"    }}"
        )
    body = "\n".join(locations)
    return f"""# written by bench/servers.py
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  log_format landing "1";
  default_type application/json;
  keepalive_requests 10000000;
  keepalive_timeout 300s;
  client_body_temp_path {prefix}/tmp;
  server {{
    listen 127.0.0.1:{port} backlog=4096;
{body}
    location / {{ return 404 '{{"detail":"Not Found"}}'; }}
  }}
}}
"""


class Nginx:
    def __init__(self) -> None:
        self.port = free_port()
        self.prefix = Path(tempfile.mkdtemp(prefix="reflexio-bench-nginx-"))
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def landings_log(self) -> str:
        return str(self.prefix / "landings.log")

    def start(self) -> Nginx:
        binary = nginx_binary()
        (self.prefix / "tmp").mkdir()
        self.prefix.chmod(0o755)
        conf = self.prefix / "nginx.conf"
        conf.write_text(nginx_conf(self.prefix, self.port))
        Path(self.landings_log).touch()
        self.proc = subprocess.Popen(
            [binary, "-p", str(self.prefix), "-c", str(conf), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=open(self.prefix / "stderr.log", "wb"),  # noqa: SIM115
        )
        try:
            _wait_port(self.port)
        except RuntimeError:
            self.stop()
            raise RuntimeError(f"nginx did not start: {(self.prefix / 'stderr.log').read_text()[-2000:]}") from None
        return self

    def version(self) -> str:
        out = subprocess.run([nginx_binary(), "-v"], capture_output=True, text=True)
        return (out.stderr or out.stdout).strip().rsplit("/", 1)[-1]

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # the master quits and takes its worker with it
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        shutil.rmtree(self.prefix, ignore_errors=True)


@contextlib.contextmanager
def blackhole() -> Iterator[str]:
    """A URL whose server accepts connections (kernel backlog) and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()
