"""A loopback stand-in for the Reflexio publish route, over real HTTP, with the server's two contracts.

- Rate limit as slowapi does it: a fixed window per route that starts at the first call after the
  previous one ended; every call counts, and one past `limit` is answered 429 with no header and
  the body `{"error": "Rate limit exceeded: 20 per 1 second"}`.
- The request-id contract: a request id is stored once; a publish of an existing one is answered
  200 `{"success": false, "message": "request_id '…' already exists"}`.

Every `drop_every`-th stored publish loses its answer after it was stored (connection reset
mid-answer, 502 or 504 in turn), as a proxy or a crash would. `stored` counts how often each
request id was stored: exactly once each is the goal.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
import uuid
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FAULTS = ("reset", 502, 504)


def reset_mid_answer(handler: BaseHTTPRequestHandler) -> None:
    """Start a 200 answer, then reset the connection (RST) before its body is complete."""
    handler.wfile.write(b'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{"partial')
    handler.wfile.flush()
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


class WindowServer:
    def __init__(self, limit: int = 20, period: int = 1, drop_every: int = 0) -> None:
        self.limit, self.period, self.drop_every = limit, period, drop_every
        self.stored: Counter[str] = Counter()
        self.received = 0  # publish requests that reached the route (429s included)
        self.refused = 0  # answered 429
        self.dropped = 0  # stored, answer lost
        self.duplicates = 0  # answered "already exists"
        self.windows = 0
        self.first_at: float | None = None  # time.monotonic() of the first publish received
        self._window_start: float | None = None
        self._count = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if not self.path.startswith("/api/publish_interaction"):
                    return self._answer(404, {"detail": "Not Found"})
                status, answer, fault = server._publish(json.loads(body or b"{}"))
                if fault == "reset":
                    return reset_mid_answer(self)
                return self._answer(status, answer)

            def _answer(self, status: int, answer: object) -> None:
                payload = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 128

        self._httpd = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def limit_text(self) -> str:
        return f"{self.limit} per {self.period} second"

    def _publish(self, body: dict[str, object]) -> tuple[int, object, str | None]:
        with self._lock:
            self.received += 1
            now = time.monotonic()
            if self.first_at is None:
                self.first_at = now
            if self._window_start is None or now >= self._window_start + self.period:
                self._window_start, self._count = now, 0
                self.windows += 1
            self._count += 1
            if self._count > self.limit:
                self.refused += 1
                return 429, {"error": f"Rate limit exceeded: {self.limit_text}"}, None
            request_id = str(body.get("request_id") or uuid.uuid4())
            if request_id in self.stored:
                self.duplicates += 1
                return 200, {"success": False, "message": f"request_id {request_id!r} already exists"}, None
            self.stored[request_id] += 1
            drop = bool(self.drop_every) and sum(self.stored.values()) % self.drop_every == 0
            if not drop:
                return 200, {"success": True, "request_id": request_id, "learning_status": "deferred"}, None
            fault = FAULTS[self.dropped % len(FAULTS)]
            self.dropped += 1
        if fault == "reset":
            return 0, None, "reset"
        return int(fault), {"detail": "upstream failed"}, None

    def __enter__(self) -> WindowServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
