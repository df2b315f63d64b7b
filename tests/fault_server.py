"""A real local HTTP server that answers from a script, to produce faults on demand.

Each request takes the next `Reply` of the script (the last one repeats). A reply is a status
with headers and body, or a fault: "reset" (RST mid-response), "hang" (never answers in time),
"close" (closes the connection without answering). Every request is recorded.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tools.launcher import free_port
from tools.window_server import reset_mid_answer  # one helper for both loopback servers


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    fault: str | None = None  # "reset" | "hang" | "close"
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class FaultServer:
    """Answers from `replies` in order (the last repeats), or from `handler(seen)` when given."""

    def __init__(self, *replies: Reply, handler: Callable[[Seen], Reply] | None = None) -> None:
        self.script = list(replies) or [Reply()]
        self.handler = handler
        self.requests: list[Seen] = []
        self.connections = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # one request must not wait 40 ms for a delayed ACK

            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, dict(self.headers), body)
                with server._lock:
                    server.requests.append(seen)
                    reply = server.script[min(len(server.requests), len(server.script)) - 1]
                if server.handler is not None:
                    reply = server.handler(seen)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.fault == "hang":
                    time.sleep(5)
                    return
                if reply.fault == "close":
                    self.close_connection = True
                    return
                payload = reply.body.encode() if isinstance(reply.body, str) else reply.body
                if reply.fault == "reset":
                    reset_mid_answer(self)
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def get_request(self):  # type: ignore[no-untyped-def]
                conn = super().get_request()
                server.connections += 1
                return conn

        self._httpd = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        # shutdown() waits for the serve loop's next poll: poll often, so a test does not end 0.5 s late
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def closed_port() -> int:
    """A loopback port nobody listens on (connection refused)."""
    return free_port()
