"""Seeing inside calls: correlation ids and attempts, per-attempt logs, hooks, raw responses, per-call extras."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import textwrap
from typing import Any

import httpx
import pytest

from reflexio import (
    AsyncReflexioClient,
    CallEvent,
    Hooks,
    InternalServerError,
    NotFoundError,
    ReflexioClient,
    call_info,
)
from reflexio.testing import FakeReflexio

HEX8 = re.compile(r"^[0-9a-f]{8}$")
KEY = "sk-test-very-secret-key-1234"


@pytest.fixture
def fake() -> FakeReflexio:
    return FakeReflexio(api_key=KEY)


# -- correlation ids and attempts ------------------------------------------------------------------


def test_an_answer_carries_the_correlation_id_and_attempts(fake: FakeReflexio, sleeps: list[float]) -> None:
    client = fake.client(api_key=KEY)
    info = call_info(client.whoami())
    assert info is not None and HEX8.match(info.correlation_id or "")
    assert (info.attempts, info.status_code, info.operation_id, info.cached) == (1, 200, "whoami", False)

    fake.fail("whoami", 503, headers={"x-correlation-id": "deadbeef"})
    retried = call_info(client.whoami())
    assert retried is not None and retried.attempts == 2 and retried.correlation_id != "deadbeef"

    client.get_profiles(user_id="u")
    cached = call_info(client.get_profiles(user_id="u"))
    assert cached is not None and cached.cached and cached.correlation_id is None
    assert call_info(object()) is None


def test_an_error_carries_the_correlation_id_and_attempts_and_shows_the_id(
    fake: FakeReflexio, sleeps: list[float]
) -> None:
    client = fake.client(api_key=KEY)
    fake.fail("whoami", 404, headers={"x-correlation-id": "c0ffee01"})
    with pytest.raises(NotFoundError) as raised:
        client.whoami()
    assert raised.value.correlation_id == "c0ffee01" and raised.value.attempts == 1
    assert "c0ffee01" in str(raised.value)

    fake.fail("whoami", 500, times=3, headers={"x-correlation-id": "c0ffee02"})
    with pytest.raises(InternalServerError) as failed:
        client.whoami()
    assert failed.value.attempts == 3 and "correlation id c0ffee02" in str(failed.value)


def test_an_answer_too_large_to_read_still_names_its_correlation_id(fake: FakeReflexio) -> None:
    from reflexio import ResponseTooLargeError

    client = fake.client(api_key=KEY, max_response_bytes=16)
    with pytest.raises(ResponseTooLargeError) as raised:
        client.whoami()
    assert HEX8.match(raised.value.correlation_id or "") and raised.value.attempts == 1
    assert raised.value.correlation_id in str(raised.value)


async def test_the_async_client_reports_them_too(fake: FakeReflexio, sleeps: list[float]) -> None:
    async with fake.async_client(api_key=KEY) as client:
        info = call_info(await client.whoami())
        assert info is not None and info.attempts == 1 and HEX8.match(info.correlation_id or "")
        fake.fail("whoami", 404, headers={"x-correlation-id": "abcdef12"})
        with pytest.raises(NotFoundError) as raised:
            await client.whoami()
        assert raised.value.correlation_id == "abcdef12" and "abcdef12" in str(raised.value)


# -- logging -----------------------------------------------------------------------------------------


def test_one_info_line_per_attempt(fake: FakeReflexio, sleeps: list[float], caplog: pytest.LogCaptureFixture) -> None:
    client = fake.client(api_key=KEY)
    fake.fail("whoami", 503, headers={"x-correlation-id": "0badcafe"})
    with caplog.at_level(logging.INFO, logger="reflexio"):
        client.whoami()
    lines = [r.getMessage() for r in caplog.records if " -> " in r.getMessage()]
    assert len(lines) == 2, lines
    assert re.fullmatch(r"GET /api/whoami -> 503 in [\d.]+ ms \(attempt 1, whoami, correlation id 0badcafe\)", lines[0])
    assert re.fullmatch(
        r"GET /api/whoami -> 200 in [\d.]+ ms \(attempt 2, whoami, correlation id [0-9a-f]{8}\)", lines[1]
    )
    assert "body=" not in caplog.text  # bodies only at debug


def test_debug_logs_bodies_cut_and_never_a_key(fake: FakeReflexio, caplog: pytest.LogCaptureFixture) -> None:
    with fake.serve() as url, ReflexioClient(api_key=KEY, url_endpoint=url) as client:
        view = client.with_options(extra_body={"llm": {"openai_api_key": "sk-provider-secret", "apiKey": KEY}})
        with caplog.at_level(logging.DEBUG, logger="reflexio"):
            view.search(query="what does the user like " * 100, user_id="u")
    text = caplog.text
    assert "request POST /api/search" in text and "answer 200 body=" in text
    assert "what does the user like" in text and "... (" in text  # the long body is cut
    for secret in (KEY, "sk-provider-secret", "Bearer"):
        assert secret not in text


def test_reflexio_log_env_turns_logging_on_in_a_fresh_process(fake: FakeReflexio, tmp_path: Any) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from reflexio import ReflexioClient
        with ReflexioClient(api_key={KEY!r}, url_endpoint=sys.argv[1]) as client:
            client.whoami()
        """
    )
    with fake.serve() as url:
        env = {**os.environ, "REFLEXIO_LOG": "debug"}
        run = subprocess.run([sys.executable, "-c", script, url], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert re.search(
        r"GET /api/whoami -> 200 in [\d.]+ ms \(attempt 1, whoami, correlation id [0-9a-f]{8}\)", run.stderr
    )
    assert "answer 200 body=" in run.stderr
    assert KEY not in run.stderr and "Bearer" not in run.stderr


# -- hooks ---------------------------------------------------------------------------------------------


class Recorder(Hooks):
    def __init__(self) -> None:
        self.events: list[CallEvent] = []

    def on_request(self, event: CallEvent) -> None:
        self.events.append(event)

    def on_response(self, event: CallEvent) -> None:
        self.events.append(event)

    def on_retry(self, event: CallEvent) -> None:
        self.events.append(event)

    def on_error(self, event: CallEvent) -> None:
        self.events.append(event)


class Broken(Hooks):
    def on_request(self, event: CallEvent) -> None:
        raise RuntimeError("hook bug")


def test_hooks_see_requests_responses_retries_and_errors(
    fake: FakeReflexio, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder()
    client = fake.client(api_key=KEY, hooks=[Broken(), recorder])
    fake.fail("whoami", 503)
    client.whoami()  # the broken hook is logged, the call goes on
    kinds = [(e.kind, e.attempt) for e in recorder.events]
    assert kinds == [("request", 1), ("response", 1), ("retry", 1), ("request", 2), ("response", 2)]
    retry = recorder.events[2]
    assert retry.response is not None and retry.response.status_code == 503 and retry.delay == sleeps[0]
    assert recorder.events[4].elapsed is not None and HEX8.match(recorder.events[4].correlation_id or "")
    assert "Broken.on_request raised" in caplog.text

    recorder.events.clear()
    fake.fail("whoami", 404)
    with pytest.raises(NotFoundError) as raised:
        client.whoami()
    assert [e.kind for e in recorder.events] == ["request", "response", "error"]
    assert recorder.events[-1].error is raised.value


async def test_hooks_on_the_async_client(fake: FakeReflexio, sleeps: list[float]) -> None:
    recorder = Recorder()
    async with fake.async_client(api_key=KEY, hooks=[recorder, Broken()]) as client:
        fake.time_out("whoami", connect=True)
        await client.whoami()
    assert [e.kind for e in recorder.events] == ["request", "retry", "request", "response"]
    assert isinstance(recorder.events[1].error, httpx.ConnectTimeout)


class AsyncHook(Hooks):
    async def on_error(self, event: CallEvent) -> None:  # type: ignore[override]
        pass


def test_hooks_must_be_plain_hooks() -> None:
    with pytest.raises(TypeError, match="reflexio.Hooks"):
        ReflexioClient(url_endpoint="http://localhost:1", hooks=[print])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="AsyncHook.on_error is async"):
        AsyncReflexioClient(url_endpoint="http://localhost:1", hooks=[AsyncHook()])


# -- raw responses -----------------------------------------------------------------------------------


def test_raw_response_gives_the_http_answer_and_the_typed_answer(fake: FakeReflexio) -> None:
    client = fake.client(api_key=KEY)
    client.get_profiles(user_id="u")  # cached now: the raw view still asks the server
    raw = client.with_raw_response.get_profiles(user_id="u")
    assert raw.status_code == 200 and raw.request.method == "POST" and raw.request.url.path == "/api/get_profiles"
    assert raw.correlation_id == raw.headers["x-correlation-id"] and raw.elapsed >= 0
    assert raw.parse().user_profiles == client.get_profiles(user_id="u").user_profiles
    assert len(fake.calls("get_profiles")) == 2
    queued = client.with_raw_response.delete_request("r1")  # fire-and-forget: no HTTP answer to show
    assert queued.parse() is None and queued.exchanges == ()
    with pytest.raises(Exception, match="fire-and-forget"):
        queued.http_response  # noqa: B018


async def test_raw_response_on_the_async_client(fake: FakeReflexio) -> None:
    async with fake.async_client(api_key=KEY) as client:
        raw = await client.with_raw_response.whoami()
        assert raw.status_code == 200 and raw.call_info.attempts == 1
        assert raw.parse().to_dict() == (await client.whoami()).to_dict()


# -- per-call options ----------------------------------------------------------------------------------


def test_with_options_sends_extra_headers_query_and_body(fake: FakeReflexio) -> None:
    client = fake.client(api_key=KEY)
    view = client.with_options(extra_headers={"X-Tenant": "t1"}, extra_query={"trace": "1"}).with_options(
        extra_body={"experimental": True}, extra_headers={"X-Other": "o"}
    )
    view.search(query="q", user_id="u")
    sent = fake.calls("search")[-1]
    assert sent.headers["x-tenant"] == "t1" and sent.headers["x-other"] == "o"
    assert sent.params == {"trace": "1"} and sent.json["experimental"] is True and sent.json["query"] == "q"
    client.search(query="q", user_id="u")
    assert "x-tenant" not in fake.calls("search")[-1].headers  # the client itself is unchanged


def test_an_operation_carries_its_own_options(fake: FakeReflexio) -> None:
    from reflexio_api.api.config import whoami
    from reflexio_api.models import WhoamiResponse

    from reflexio._operation import Operation
    from reflexio._request_options import RequestOptions

    recorder = Recorder()
    client = fake.client(api_key=KEY, hooks=[recorder])
    options = RequestOptions.make(extra_headers={"X-Call": "1"}, timeout=3.5)
    answer = client._request(Operation(whoami, {}, WhoamiResponse, options=options))
    assert isinstance(answer, WhoamiResponse) and fake.calls("whoami")[-1].headers["x-call"] == "1"
    sent = recorder.events[0].request
    assert sent is not None and sent.extensions["timeout"]["read"] == 3.5
    client.whoami()
    assert "x-call" not in fake.calls("whoami")[-1].headers


def test_bad_extras_are_refused_before_sending(fake: FakeReflexio) -> None:
    client = fake.client(api_key=KEY)
    with pytest.raises(TypeError, match="extra_headers"):
        client.with_options(extra_headers={"X-Bad": 1})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="extra_query must be a mapping"):
        client.with_options(extra_query=["a"])  # type: ignore[arg-type]
    assert fake.requests == []


def test_async_with_options_extras(fake: FakeReflexio) -> None:
    import asyncio

    async def run() -> None:
        async with fake.async_client(api_key=KEY) as client:
            await client.with_options(extra_headers={"X-Tenant": "a"}).whoami()

    asyncio.run(run())
    assert fake.calls("whoami")[-1].headers["x-tenant"] == "a"


# -- the real server ---------------------------------------------------------------------------------


@pytest.mark.server
def test_the_real_servers_correlation_id_reaches_answers_errors_and_raw_responses(real_server: Any) -> None:
    with ReflexioClient(url_endpoint=real_server.url) as client:
        info = call_info(client.whoami())
        assert info is not None and HEX8.match(info.correlation_id or "") and info.attempts == 1
        raw = client.with_raw_response.get_config()
        assert raw.status_code == 200 and raw.correlation_id == raw.headers["x-correlation-id"]
        with pytest.raises(NotFoundError) as raised:
            client.get_pending_tool_call("no-such-pending-call-xyz")
        assert HEX8.match(raised.value.correlation_id or "") and raised.value.correlation_id in str(raised.value)
