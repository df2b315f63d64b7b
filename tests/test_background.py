"""Fire-and-forget: every call lands or is reported, counted on the server side."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
import time
from typing import Any

import pytest
from clients import make_client
from fault_server import FaultServer, Reply, Seen

import reflexio
from reflexio import ReflexioClient
from reflexio._async._core import AsyncAPIClient
from reflexio._operation import Operation
from reflexio._sync._core import SyncAPIClient

OK = Reply(200, '{"success": true, "message": "deleted", "deleted_requests_count": 1}')


def delete_session_op(session_id: str) -> Operation[Any]:
    from reflexio_api.api.interactions import delete_session
    from reflexio_api.models import DeleteSessionRequest, DeleteSessionResponse

    body = DeleteSessionRequest(session_id=session_id)
    return Operation(delete_session, {"body": body}, DeleteSessionResponse)


def session_of(seen: Seen) -> str:
    return str(json.loads(seen.body)["session_id"])


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    async def asleep(self: Any, seconds: float) -> None:
        return None

    monkeypatch.setattr(SyncAPIClient, "_sleep", lambda self, seconds: None)
    monkeypatch.setattr(AsyncAPIClient, "_sleep", asleep)


@pytest.mark.slow  # soak: 10,000 calls
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_10000_calls_land_or_are_reported_when_the_server_fails_a_share(kind: str) -> None:
    """Every 10th session fails for good (400), every 7th answers 503 once: all land or are reported."""
    landed: set[str] = set()
    attempts: dict[str, int] = {}
    lock = threading.Lock()

    def handler(seen: Seen) -> Reply:
        sid = session_of(seen)
        with lock:
            attempts[sid] = attempts.get(sid, 0) + 1
            n = int(sid.split("-")[1])
            if n % 10 == 0:
                return Reply(400, '{"detail": "bad session"}')
            if n % 7 == 0 and attempts[sid] == 1:
                return Reply(503, "{}")
            landed.add(sid)
        return OK

    errors: list[tuple[str, str]] = []
    total = 10_000
    with FaultServer(handler=handler) as server:
        client = make_client(
            kind, url_endpoint=server.url, on_error=lambda exc, op: errors.append((type(exc).__name__, op))
        )
        for i in range(total):
            client._fire(delete_session_op(f"s-{i}"))
        assert client.flush(timeout=120) is False  # drained, but 1000 calls failed: flush says so
        assert client.pending == 0
        stats = client.background_stats
        client.close()
    failing = {f"s-{i}" for i in range(total) if i % 10 == 0}
    assert len(landed) == total - len(failing)
    assert len(errors) == len(failing) and {e[0] for e in errors} == {"BadRequestError"}
    assert stats.submitted == total and stats.succeeded == len(landed) and stats.failed == len(failing)


def test_close_reports_what_could_not_be_sent() -> None:
    errors: list[BaseException] = []
    with FaultServer(Reply(fault="hang")) as server:
        client = ReflexioClient(
            url_endpoint=server.url,
            timeout=2,
            max_retries=0,
            flush_timeout=0.3,
            on_error=lambda e, op: errors.append(e),
        )
        for i in range(20):
            client._fire(delete_session_op(f"s-{i}"))
        started = time.monotonic()
        client.close()
        assert time.monotonic() - started < 2, "close() waits at most flush_timeout for the queue"
    not_sent = [e for e in errors if isinstance(e, reflexio.NotSentError)]
    assert len(not_sent) == 19  # one was in flight, the rest never left the queue
    assert client.background_stats.not_sent == 19


def test_full_queue_blocks_then_raises_with_a_submit_timeout() -> None:
    with FaultServer(Reply(fault="hang")) as server:
        client = ReflexioClient(
            url_endpoint=server.url,
            timeout=5,
            max_retries=0,
            background_queue_size=3,
            background_submit_timeout=0.2,
            flush_timeout=0.1,
        )
        for i in range(4):  # one taken by the worker, three fill the queue
            client._fire(delete_session_op(f"s-{i}"))
        with pytest.raises(reflexio.BackgroundQueueFullError, match="background_queue_size"):
            for i in range(4, 10):
                client._fire(delete_session_op(f"s-{i}"))
        assert client.pending <= 4
        client.close()


EXIT_SCRIPT = """
import sys
from reflexio import ReflexioClient

client = ReflexioClient(url_endpoint=sys.argv[1], flush_timeout=float(sys.argv[3]), max_retries=0, timeout=2)
for i in range(int(sys.argv[2])):
    client.delete_session(f"s-{i}")  # fire-and-forget by default
# no close(): the process ends right here
"""


@pytest.mark.slow  # soak: 10,000 calls
def test_calls_issued_right_before_exit_still_land() -> None:
    with FaultServer(OK) as server:
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(EXIT_SCRIPT), server.url, "10000", "120"],
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert result.returncode == 0, result.stderr
        assert len({session_of(s) for s in server.requests}) == 10_000


def test_exit_with_an_unreachable_server_reports_the_loss_in_bounded_time() -> None:
    with FaultServer(Reply(fault="hang")) as server:
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(EXIT_SCRIPT), server.url, "500", "0.5"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert time.monotonic() - started < 20
    assert "499 fire-and-forget calls were never sent" in result.stderr
    assert "1 fire-and-forget calls were still in flight" in result.stderr
