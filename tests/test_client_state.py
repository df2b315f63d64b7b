"""The client under sharing, forking, event loops, slow servers and bad input (loopback servers only)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import math
import socket
import subprocess
import sys
import textwrap
import threading
import time
import traceback
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from clients import make_client
from fault_server import FaultServer, Reply, Seen, closed_port

import reflexio
from reflexio import AsyncReflexioClient, ReflexioClient

DELETED = Reply(200, '{"success": true, "message": "deleted", "deleted_requests_count": 1}')
KEY = "sk-test-0123456789abcdef"


def echo_session(seen: Seen) -> Reply:
    """Answers with the session id it was sent, so each caller can check it got its own answer."""
    sid = json.loads(seen.body)["session_id"]
    return Reply(200, json.dumps({"success": True, "message": sid, "deleted_requests_count": 1}))


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        gc.collect()
        time.sleep(0.02)
    return True


# -- state lives in the client, not on a shared httpx client -----------------------------------------


def test_two_clients_sharing_one_httpx_client_keep_their_own_server_and_key() -> None:
    shared = httpx.Client(follow_redirects=True, headers={"X-App": "mine"})
    with FaultServer(DELETED) as one, FaultServer(DELETED) as two:
        first = ReflexioClient(api_key="key-one-1234", url_endpoint=one.url, http_client=shared)
        second = ReflexioClient(api_key="key-two-5678", url_endpoint=two.url, http_client=shared)
        first.delete_session("a", wait_for_response=True)
        second.delete_session("b", wait_for_response=True)
        first.delete_session("c", wait_for_response=True)
        first.close()
        second.close()
    assert [json.loads(s.body)["session_id"] for s in one.requests] == ["a", "c"]
    assert [json.loads(s.body)["session_id"] for s in two.requests] == ["b"]
    assert {s.headers["Authorization"] for s in one.requests} == {"Bearer key-one-1234"}
    assert {s.headers["Authorization"] for s in two.requests} == {"Bearer key-two-5678"}
    assert all(s.headers["User-Agent"].startswith("reflexio-python/") for s in one.requests + two.requests)
    assert all(s.headers["X-App"] == "mine" for s in one.requests), "the user's own headers still go out"
    # the user's client is as it was given, and still open
    assert shared.base_url == httpx.URL("") and "authorization" not in shared.headers
    assert shared.follow_redirects is True and type(shared.cookies) is httpx.Cookies
    assert not shared.is_closed
    shared.close()


def test_redirects_are_not_followed_even_when_the_users_client_follows_them() -> None:
    shared = httpx.Client(follow_redirects=True)
    with FaultServer(Reply(307, "", headers={"Location": "/elsewhere"})) as server:
        client = ReflexioClient(url_endpoint=server.url, http_client=shared, max_retries=0)
        with pytest.raises(reflexio.RedirectError):
            client.delete_session("a", wait_for_response=True)
    assert len(server.requests) == 1
    shared.close()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_views_options_hold_for_its_fire_and_forget_calls(kind: str, sleeps: list[float]) -> None:
    with FaultServer(Reply(503, "{}")) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=2)
        client.with_options(max_retries=0).delete_session("view")
        assert not client.flush(timeout=60)  # drained; the call failed (503)
        assert len(server.requests) == 1, "the view says max_retries=0"
        client.delete_session("client")
        assert not client.flush(timeout=60)
        client.close()
    assert len(server.requests) == 1 + 3


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_views_timeout_holds_for_its_fire_and_forget_calls(kind: str) -> None:
    errors: list[BaseException] = []
    with FaultServer(Reply(fault="hang")) as server:  # answers nothing, closes after 5 s
        client = make_client(kind, url_endpoint=server.url, timeout=60, on_error=lambda exc, op: errors.append(exc))
        client.with_options(timeout=0.5, max_retries=0).delete_session("view")
        assert not client.flush(timeout=60)  # drained; the call timed out
        client.close()
    assert [type(e) for e in errors] == [reflexio.APITimeoutError]


# -- lifetime --------------------------------------------------------------------------------------------


def test_an_unclosed_client_is_collected_and_its_pool_closed() -> None:
    with FaultServer(DELETED) as server:
        client = ReflexioClient(url_endpoint=server.url)
        client.delete_session("a", wait_for_response=True)
        client.delete_session("b")  # a fire-and-forget call starts the worker thread
        assert client.flush(timeout=60)
        shared = client._shared  # pool, queue and cache: they never refer back to the client
        ref = weakref.ref(client)
        del client
        assert wait_until(lambda: ref() is None), "nothing but the caller may keep a client alive"
        assert shared.closed and shared.worker._closed


def test_pending_calls_of_a_dropped_client_are_still_sent() -> None:
    with FaultServer(Reply(200, DELETED.body, delay=0.3)) as server:
        client = ReflexioClient(url_endpoint=server.url, flush_timeout=300)
        for i in range(3):
            client.delete_session(f"s-{i}")
        shared = client._shared
        ref = weakref.ref(client)
        del client
        assert wait_until(lambda: ref() is None)
        assert sorted(json.loads(s.body)["session_id"] for s in server.requests) == ["s-0", "s-1", "s-2"]
        # collected on the sender thread once its last call was done: closing there must not wait on itself
        assert wait_until(lambda: shared.closed), "the finalizer finished without waiting out flush_timeout"


FORK_FIRE = """
import os, sys
from reflexio import ReflexioClient

client = ReflexioClient(url_endpoint=sys.argv[1], max_retries=0, timeout=10, flush_timeout=20)
client.delete_session("parent-0")  # the worker thread runs and the pool is warm before the fork
assert client.flush(30)
pid = os.fork()
if pid == 0:
    client.delete_session("child-0")
    sys.exit(0)  # no close(): the exit finalizer sends it
_, status = os.waitpid(pid, 0)
print("child exit", os.waitstatus_to_exitcode(status))
"""


def test_a_forked_child_sends_its_fire_and_forget_calls_and_exits() -> None:
    with FaultServer(DELETED) as server:
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(FORK_FIRE), server.url], capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        assert "child exit 0" in result.stdout
        assert sorted(json.loads(s.body)["session_id"] for s in server.requests) == ["child-0", "parent-0"]


FORK_CONCURRENT = """
import os, sys
from reflexio import ReflexioClient

client = ReflexioClient(url_endpoint=sys.argv[1], max_retries=0, timeout=20)
client.delete_session("warm", wait_for_response=True)  # one kept-alive connection
who = "parent"
pid = os.fork()
if pid == 0:
    who = "child"
for i in range(30):
    sid = f"{who}-{i}"
    answer = client.delete_session(sid, wait_for_response=True)
    if answer.message != sid:
        print(f"{who} sent {sid} and got the answer to {answer.message}", flush=True)
        os._exit(3)
if pid == 0:
    os._exit(0)
_, status = os.waitpid(pid, 0)
print("child exit", os.waitstatus_to_exitcode(status))
"""


def test_parent_and_child_never_share_a_connection() -> None:
    with FaultServer(handler=echo_session) as server:
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(FORK_CONCURRENT), server.url],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "child exit 0" in result.stdout, result.stdout
        assert len(server.requests) == 61
        assert server.connections >= 2, "the child opened its own connection"


def test_an_async_client_works_from_a_second_asyncio_run() -> None:
    with FaultServer(DELETED) as server:
        client = AsyncReflexioClient(url_endpoint=server.url, max_retries=0)
        asyncio.run(client.delete_session("one", wait_for_response=True))
        asyncio.run(client.delete_session("two", wait_for_response=True))

        async def fire_and_close() -> None:
            await client.delete_session("three")
            await client.aclose()

        asyncio.run(fire_and_close())
    assert [json.loads(s.body)["session_id"] for s in server.requests] == ["one", "two", "three"]


def test_an_async_client_on_a_users_pool_says_what_to_do_in_another_loop() -> None:
    with FaultServer(DELETED) as server:
        client = AsyncReflexioClient(url_endpoint=server.url, http_client=httpx.AsyncClient())
        asyncio.run(client.delete_session("one", wait_for_response=True))
        with pytest.raises(reflexio.ReflexioError, match="event loop"):
            asyncio.run(client.delete_session("two", wait_for_response=True))
    assert len(server.requests) == 1


def test_an_unclosed_async_client_reports_every_queued_call_once() -> None:
    errors: list[BaseException] = []
    with FaultServer(Reply(fault="hang")) as server:

        async def main() -> AsyncReflexioClient:
            client = AsyncReflexioClient(
                url_endpoint=server.url, max_retries=0, on_error=lambda exc, op: errors.append(exc)
            )
            for i in range(3):
                await client.delete_session(f"s-{i}")
            while not server.requests:  # one call in flight, two queued, when the loop ends
                await asyncio.sleep(0.01)
            return client

        client = asyncio.run(main())
        stats = client.background_stats
        del client
        gc.collect()
    assert [type(e) for e in errors] == [reflexio.NotSentError] * 3
    assert stats.not_sent == 3 and stats.submitted == 3


# -- timeouts and size -----------------------------------------------------------------------------------


class RawServer:
    """A loopback server whose connections are handled by `serve(conn)` in a thread each.

    The listening socket is closed only after the accept loop has ended: closing it under a blocked
    accept() lets the next socket the process opens reuse its descriptor, and the loop would then
    accept that socket's connections (another test's server answered by this one).
    """

    def __init__(self, serve: Callable[[socket.socket], None]) -> None:
        self.serve = serve
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.05)  # accept() wakes up to see `stop`
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stop = threading.Event()
        self.sent = 0
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()  # a blocking socket: the listener's timeout is not inherited
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            with contextlib.suppress(OSError):  # the client hung up
                self.serve(conn)

    def send(self, conn: socket.socket, data: bytes) -> None:
        conn.sendall(data)
        self.sent += len(data)

    def close(self) -> None:
        self.stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def raw_server() -> Iterator[Callable[[Callable[[RawServer, socket.socket], None]], RawServer]]:
    servers: list[RawServer] = []

    def start(serve: Callable[[RawServer, socket.socket], None]) -> RawServer:
        server = RawServer(lambda conn: serve(server, conn))
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def run_in_thread(fn: Callable[[], Any], timeout: float = 90) -> Any:
    """fn() in a thread, so a client that never returns fails the test instead of hanging it."""
    outcome: list[Any] = []

    def target() -> None:
        try:
            outcome.append(fn())
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    assert outcome, f"the call was still running after {timeout} s"
    return outcome[0]


def test_a_trickling_answer_ends_at_the_attempts_deadline(raw_server: Any) -> None:
    def trickle(server: RawServer, conn: socket.socket) -> None:
        server.send(conn, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        while not server.stop.is_set() and server.sent < 100_000:
            server.send(conn, b" ")
            time.sleep(0.25)

    server = raw_server(trickle)
    client = ReflexioClient(url_endpoint=server.url, timeout=2, max_retries=0)
    outcome = run_in_thread(lambda: client.delete_session("s", wait_for_response=True))
    assert isinstance(outcome, reflexio.APITimeoutError), outcome
    header_bytes = 90
    assert server.sent - header_bytes < 60, "reading stopped long before the body was complete"
    client.close()


def test_an_endless_answer_stops_at_max_response_bytes(raw_server: Any) -> None:
    def endless(server: RawServer, conn: socket.socket) -> None:
        server.send(conn, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"[" + b"0," * 32_000
        while not server.stop.is_set() and server.sent < 2_000_000_000:
            server.send(conn, b"%x\r\n%s\r\n" % (len(chunk), chunk))

    server = raw_server(endless)
    client = ReflexioClient(url_endpoint=server.url, max_retries=0, max_response_bytes=1_000_000)
    outcome = run_in_thread(lambda: client.delete_session("s", wait_for_response=True))
    assert isinstance(outcome, reflexio.ResponseTooLargeError), outcome
    assert "max_response_bytes=1000000" in str(outcome)
    client.close()


def test_a_declared_length_above_the_limit_is_refused_before_reading() -> None:
    with FaultServer(Reply(200, "x" * 5000)) as server:
        client = ReflexioClient(url_endpoint=server.url, max_retries=0, max_response_bytes=1000)
        with pytest.raises(reflexio.ResponseTooLargeError, match="5000 bytes"):
            client.delete_session("s", wait_for_response=True)
        client.close()


# -- path parameters -------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [".", ".."])
def test_dot_segment_ids_are_refused_before_any_traffic(bad: str) -> None:
    with FaultServer(Reply(404, '{"detail": "no"}')) as server:
        client = ReflexioClient(url_endpoint=server.url, max_retries=0)
        with pytest.raises(ValueError, match="pending_tool_call_id"):
            client.get_pending_tool_call(bad)
        client.close()
    assert server.requests == []


@pytest.mark.parametrize(("value", "path"), [("%2F", "%252F"), ("/", "%2F"), ("a/../b", "a%2F..%2Fb"), ("..a", "..a")])
def test_other_ids_are_encoded_and_keep_the_route(value: str, path: str) -> None:
    with FaultServer(Reply(404, '{"detail": "no"}')) as server:
        client = ReflexioClient(url_endpoint=server.url, max_retries=0)
        with pytest.raises(reflexio.NotFoundError):
            client.get_pending_tool_call(value)
        client.close()
    assert [s.path for s in server.requests] == [f"/api/pending_tool_calls/{path}"]


# -- secrets and messages ----------------------------------------------------------------------------------


def test_the_api_key_is_masked_even_when_the_server_echoes_it() -> None:
    body = json.dumps({"detail": f"invalid API key {KEY}"})
    with FaultServer(Reply(401, body)) as server:
        client = ReflexioClient(api_key=KEY, url_endpoint=server.url, max_retries=0)
        with pytest.raises(reflexio.AuthenticationError) as info:
            client.delete_session("s", wait_for_response=True)
        client.close()
    error = info.value
    shown = str(error) + "".join(traceback.format_exception(error)) + repr(error.body) + error.message
    assert KEY not in shown and "***" in str(error)
    assert "an API key was sent and refused" in str(error)


def test_a_401_says_when_no_key_was_sent() -> None:
    with FaultServer(Reply(401, '{"detail": "Missing API key"}')) as server:
        client = ReflexioClient(api_key="", url_endpoint=server.url, max_retries=0)
        with pytest.raises(reflexio.AuthenticationError, match="no API key was sent"):
            client.delete_session("s", wait_for_response=True)
        client.close()


PAGE = (
    "<html><head><style>body { color: red }</style><title>Not Found</title></head><body>"
    + ("<p>The page you asked for is not here.</p>" * 200)
    + "</body></html>"
)


@pytest.mark.parametrize("status", [404, 501, 200])
def test_a_non_json_answer_is_shortened_and_asks_whether_this_is_a_reflexio_server(status: int) -> None:
    with FaultServer(Reply(status, PAGE, headers={"Content-Type": "text/html"})) as server:
        client = ReflexioClient(url_endpoint=server.url, max_retries=0)
        with pytest.raises(reflexio.APIError) as info:
            client.delete_session("s", wait_for_response=True)
        client.close()
    message = str(info.value)
    assert "<" not in message and "color: red" not in message
    assert len(message) < 700
    assert f"is {server.url} (from the url_endpoint argument) a Reflexio server?" in message


def test_a_connection_error_says_where_the_url_came_from(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REFLEXIO_API_URL", raising=False)
    monkeypatch.setenv("REFLEXIO_URL", f"http://127.0.0.1:{closed_port()}")
    client = ReflexioClient(max_retries=0)
    with pytest.raises(reflexio.APIConnectionError, match=r"came from \$REFLEXIO_URL"):
        client.delete_session("s", wait_for_response=True)
    client.close()


# -- environment defaults and a dead local server ----------------------------------------------------------


def test_retries_and_timeout_from_the_environment(monkeypatch: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    monkeypatch.setenv("REFLEXIO_MAX_RETRIES", "0")
    monkeypatch.setenv("REFLEXIO_TIMEOUT", "7.5")
    with FaultServer(Reply(503, "{}")) as server:
        client = ReflexioClient(url_endpoint=server.url)
        assert client._options.timeout.read == 7.5
        with pytest.raises(reflexio.InternalServerError):
            client.delete_session("s", wait_for_response=True)
        assert len(server.requests) == 1
        assert ReflexioClient(url_endpoint=server.url, max_retries=1)._options.max_retries == 1, "arguments win"
        client.close()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("REFLEXIO_TIMEOUT", "soon"),
        ("REFLEXIO_TIMEOUT", "-1"),
        ("REFLEXIO_TIMEOUT", "nan"),
        ("REFLEXIO_MAX_RETRIES", "1.5"),
    ],
)
def test_bad_environment_defaults_are_named(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=name):
        ReflexioClient(url_endpoint="http://127.0.0.1:1")


def test_a_refused_loopback_connection_is_not_backed_off(sleeps: list[float]) -> None:
    client = ReflexioClient(url_endpoint=f"http://127.0.0.1:{closed_port()}", max_retries=2)
    with pytest.raises(reflexio.APIConnectionError):
        client.delete_session("s", wait_for_response=True)
    client.close()
    assert len(sleeps) == 2 and max(sleeps) <= 0.05


# -- bad input ---------------------------------------------------------------------------------------------

MSG = {"role": "user", "content": "hi"}
# case: (the call, the field its error must name)
BAD_CALLS: dict[str, tuple[Callable[[ReflexioClient], Any], str]] = {
    "bytes content": (
        lambda c: c.publish_interaction("u", [{"role": "user", "content": b"hi"}], session_id="s"),
        "content",
    ),
    "lone surrogate": (
        lambda c: c.publish_interaction("u", [{"role": "user", "content": "a\ud800"}], session_id="s"),
        "content",
    ),
    "surrogate in an id": (lambda c: c.get_pending_tool_call("a\udc80"), "pending_tool_call_id"),
    "dict as content": (
        lambda c: c.publish_interaction("u", [{"role": "user", "content": {"a": 1}}], session_id="s"),
        "content",
    ),
    "int role": (lambda c: c.publish_interaction("u", [{"role": 1, "content": "hi"}], session_id="s"), "role"),
    "source pattern": (lambda c: c.publish_interaction("u", [MSG], session_id="s", source="Web App"), "source"),
    "NaN threshold": (lambda c: c.search_interactions(user_id="u", query="q", threshold=math.nan), "threshold"),
    "inf threshold": (lambda c: c.search_interactions(user_id="u", query="q", threshold=math.inf), "threshold"),
    "threshold above 1": (lambda c: c.search_interactions(user_id="u", query="q", threshold=1.5), "threshold"),
    "top_k=True": (lambda c: c.get_interactions(user_id="u", top_k=True), "top_k"),
    "top_k=2.5": (lambda c: c.get_interactions(user_id="u", top_k=2.5), "top_k"),
    "top_k=0": (lambda c: c.get_interactions(user_id="u", top_k=0), "top_k"),
    'tags="abc"': (lambda c: c.get_user_playbooks(tags="abc"), "tags"),
    "limit=-1": (lambda c: c.get_all_interactions(limit=-1), "limit"),
    "NaN in a free-form dict": (lambda c: c.resolve_pending_tool_call("id", result={"x": math.nan}), "result"),
    "bytes in a free-form dict": (lambda c: c.resolve_pending_tool_call("id", result={"x": b"raw"}), "result"),
}


@pytest.mark.parametrize("case", sorted(BAD_CALLS))
def test_bad_input_is_refused_before_any_traffic(case: str) -> None:
    with FaultServer(Reply(500, "{}")) as server:
        client = ReflexioClient(url_endpoint=server.url, max_retries=0)
        call, field = BAD_CALLS[case]
        with pytest.raises((TypeError, ValueError)) as info:
            call(client)
        client.close()
    assert not isinstance(info.value, UnicodeError), "a clear message, not a codec error"
    assert field in str(info.value), "the message names the field"
    assert server.requests == []


def test_the_input_check_knows_every_endpoint_and_request_model() -> None:
    """It is derived from the generated code: every endpoint's parameters and models compile."""
    import importlib
    import pkgutil

    import reflexio_api.api as api

    from reflexio._validate import _endpoint

    count = 0
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{tag.name}")
        for module in pkgutil.iter_modules(package.__path__):
            _endpoint(importlib.import_module(f"{package.__name__}.{module.name}"))
            count += 1
    assert count >= 100


def test_the_bounds_table_matches_the_spec_and_the_models() -> None:
    import reflexio_api.models as models

    from reflexio._bounds import MODELS

    script = Path(__file__).resolve().parent.parent / "scripts" / "gen_bounds.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    for name, fields in MODELS.items():
        cls = getattr(models, name, None)
        if cls is not None:  # every model that has a class has the bounded fields
            assert set(fields) <= {a.name for a in cls.__attrs_attrs__}, name


# -- the environment ---------------------------------------------------------------------------------------

SHADOW = "import sys, warnings; sys.path.append(sys.argv[1]); import reflexio; print('imported')"


def test_import_warns_once_when_the_server_package_shares_the_environment(tmp_path: Any) -> None:
    site = tmp_path / "site"
    (site / "reflexio").mkdir(parents=True)
    (site / "reflexio_ai-0.2.32.dist-info").mkdir()
    shared = subprocess.run([sys.executable, "-c", SHADOW, str(site)], capture_output=True, text=True, check=True)
    assert shared.stderr.count("reflexio-ai server package is installed") == 1
    assert "pip uninstall reflexio-ai" in shared.stderr
    alone = subprocess.run([sys.executable, "-c", SHADOW, str(tmp_path)], capture_output=True, text=True, check=True)
    assert "reflexio-ai" not in alone.stderr
