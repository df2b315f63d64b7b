"""Publishing is never lost and never duplicated: the request-id contract, rate-limit pacing.

The pacer's rules are checked as pure logic; the send loop against real loopback HTTP servers
(tests/fault_server.py for scripted faults, tools/window_server.py for the fixed window and the
request-id contract under concurrency).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from clients import make_client
from fault_server import FaultServer, Reply, Seen

import reflexio
from reflexio import AsyncReflexioClient, ReflexioClient
from reflexio._ratelimit import MARGIN, Pacer, RateLimit, parse_limit_text, parse_rate_limit
from tools.window_server import WindowServer

TURN = [{"role": "user", "content": "hi"}]
SLOWAPI_429 = '{"error": "Rate limit exceeded: 60 per 1 minute"}'


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def publish(client: Any, **kwargs: Any) -> Any:
    return client.publish_interaction("u", TURN, session_id="s", **kwargs)


# -- learning a limit --------------------------------------------------------------------------


def test_limit_text_forms() -> None:
    assert parse_limit_text("Rate limit exceeded: 60 per 1 minute") == (60, 60.0, "60 per 1 minute")
    assert parse_limit_text("5/minute") == (5, 60.0, "5/minute")
    assert parse_limit_text("100 per 2 hours")[:2] == (100, 7200.0)  # type: ignore[index]
    assert parse_limit_text("slow down") is None


def _response(status: int, body: str, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("POST", "http://x/api/publish_interaction")
    return httpx.Response(status, content=body.encode(), headers=headers, request=request)


def test_a_429_teaches_its_limit_from_the_body_or_the_headers() -> None:
    slowapi = parse_rate_limit(_response(429, SLOWAPI_429))
    assert (slowapi.limit, slowapi.period, slowapi.reset_after, slowapi.text) == (60, 60.0, None, "60 per 1 minute")
    assert slowapi.usable
    ietf = parse_rate_limit(_response(429, "{}", {"RateLimit-Policy": "10;w=30", "RateLimit-Reset": "7"}))
    assert (ietf.limit, ietf.period, ietf.reset_after) == (10, 30.0, 7.0)
    epoch = parse_rate_limit(_response(429, "{}", {"X-RateLimit-Limit": "5", "X-RateLimit-Reset": "1000000030"}), 1e9)
    assert (epoch.limit, epoch.reset_after) == (5, 30.0)
    assert parse_rate_limit(_response(429, "{}", {"Retry-After": "4"})).reset_after == 4.0
    assert not parse_rate_limit(_response(429, "{}")).usable  # nothing learned: plain backoff retries


# -- pacing (pure: explicit clock) -------------------------------------------------------------


def test_unknown_limits_never_delay() -> None:
    pacer = Pacer()
    assert [pacer.reserve("op", 1.0) for _ in range(500)] == [1.0] * 500


def test_a_burst_past_the_window_waits_for_it_then_goes_at_the_limit() -> None:
    pacer = Pacer()
    slots = [pacer.reserve("publish", 100.0) for _ in range(70)]  # before the limit is known
    for refused in slots[60:]:  # the server took 60 and refused 10
        pacer.release("publish", refused)
        pacer.limited("publish", RateLimit(limit=60, period=60.0), 100.5)
    again = [pacer.reserve("publish", 100.5) for _ in range(70)]
    window = 60 * (1 + MARGIN)
    assert again[:60] == [100.0 + window] * 60  # the 61st call goes once the first window is over
    assert again[60:] == [pytest.approx(100.0 + 2 * window)] * 10  # and no window ever holds more than 60
    assert pacer.reserve("other", 100.5) == 100.5  # each route has its own window
    assert pacer.describe("publish") == "60 per 60 s"


def test_any_window_of_the_period_holds_at_most_the_limit() -> None:
    pacer = Pacer()
    pacer.limited("op", RateLimit(limit=5, period=1.0), 0.0)
    slots = [pacer.reserve("op", 0.01 * i) for i in range(300)]
    assert slots == sorted(slots)
    for i, start in enumerate(slots):
        assert sum(1 for t in slots[i:] if t < start + 1.0) <= 5


def test_a_refusal_our_own_calls_do_not_explain_waits_a_whole_window() -> None:
    pacer = Pacer()
    pacer.reserve("op", 10.0)  # one call of ours; the window is full anyway (other processes)
    pacer.limited("op", RateLimit(limit=60, period=60.0), 10.0)
    assert pacer.reserve("op", 10.0) == pytest.approx(10.0 + 60 * (1 + MARGIN))


def _learned(limit: int, period: float) -> Pacer:
    """A pacer that sent `limit` calls at 0.0 and was then refused at 0.1."""
    pacer = Pacer()
    for _ in range(limit):
        pacer.reserve("op", 0.0)
    pacer.limited("op", RateLimit(limit=limit, period=period), 0.1)
    return pacer


def test_a_late_send_is_logged_at_its_real_time_and_moves_the_next_window() -> None:
    pacer = _learned(2, 10.0)
    late = pacer.reserve("op", 0.2)
    assert late == pytest.approx(10.2)
    assert pacer.sent_at("op", late, 10.7) == 10.7  # woke up late: the server's window starts at 10.7
    assert pacer.reserve("op", 10.7) == 10.7
    assert pacer.reserve("op", 10.7) == pytest.approx(10.7 + 10.2)  # not 10.2 + 10.2


def test_a_refusal_at_our_window_edge_retries_in_a_small_step_not_a_burst() -> None:
    pacer = _learned(2, 10.0)
    edge = pacer.reserve("op", 10.3)
    assert edge == 10.3
    pacer.release("op", edge)  # the server's window opened later than our log says: refused
    pacer.limited("op", RateLimit(limit=2, period=10.0), 10.35)
    assert pacer.reserve("op", 10.35) == pytest.approx(10.35 + MARGIN * 10)


def test_retry_after_blocks_until_then() -> None:
    pacer = Pacer()
    pacer.limited("op", RateLimit(reset_after=3.0), 5.0)
    assert pacer.reserve("op", 5.0) == 8.0
    assert pacer.reserve("op", 9.0) == 9.0


# -- the request-id contract (scripted server) --------------------------------------------------


class Store:
    """A publish route keeping request ids, whose answers follow a script of faults."""

    def __init__(self, *faults: str | int | None) -> None:
        self.faults = list(faults)
        self.ids: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, seen: Seen) -> Reply:
        rid = json.loads(seen.body)["request_id"]
        with self.lock:
            fault = self.faults.pop(0) if self.faults else None
            if fault in (429, 503):
                return Reply(fault, SLOWAPI_429 if fault == 429 else "{}")
            duplicate = rid in self.ids
            if not duplicate:
                self.ids.append(rid)
        if duplicate:
            return Reply(body=json.dumps({"success": False, "message": f"request_id {rid!r} already exists"}))
        if fault == "reset":
            return Reply(fault="reset")
        if isinstance(fault, int):
            return Reply(fault, '{"detail": "bad gateway"}')
        return Reply(body=json.dumps({"success": True, "request_id": rid}))


@pytest.mark.parametrize("fault", ["reset", 500, 502, 504])
def test_a_lost_answer_is_retried_and_the_replay_is_a_success(kind: str, sleeps: list[float], fault: Any) -> None:
    store = Store(fault)
    with FaultServer(handler=store) as server:
        client = make_client(kind, url_endpoint=server.url)
        answer = publish(client)
        client.close()
    sent = [json.loads(r.body)["request_id"] for r in server.requests]
    assert len(sent) == 2 and sent[0] == sent[1] and store.ids == sent[:1]  # same id twice, stored once
    assert answer.success is True and answer.request_id == sent[0] and answer["replayed"] is True


def test_every_publish_carries_a_request_id_and_keeps_the_callers(kind: str) -> None:
    with FaultServer(handler=Store()) as server:
        client = make_client(kind, url_endpoint=server.url)
        first, second = publish(client), publish(client)
        own = publish(client, request_id="mine-1")
        client.close()
    ids = [json.loads(r.body)["request_id"] for r in server.requests]
    assert ids[0] != ids[1] and len(ids[0]) == 36 and ids[2] == "mine-1"
    assert (first.request_id, second.request_id, own.request_id) == tuple(ids)
    assert "replayed" not in first


def test_already_exists_on_a_first_attempt_raises(kind: str, sleeps: list[float]) -> None:
    store = Store(503)  # refused before doing anything: the retry's "already exists" is not our replay
    store.ids.append("taken")
    with FaultServer(handler=store) as server:
        client = make_client(kind, url_endpoint=server.url)
        with pytest.raises(reflexio.DuplicateRequestError) as info:
            publish(client, request_id="taken")
        client.close()
    assert info.value.request_id == "taken" and "already exists" in info.value.server_message
    assert isinstance(info.value, reflexio.PublishRejectedError) and len(server.requests) == 2


def test_any_refusal_raises_with_the_servers_message(kind: str) -> None:
    refusal = Reply(body='{"success": false, "message": "retrieval experiment does not exist"}')
    with FaultServer(refusal) as server:
        client = make_client(kind, url_endpoint=server.url)
        with pytest.raises(reflexio.PublishRejectedError) as info:
            publish(client)
        client.close()
    assert info.value.server_message == "retrieval experiment does not exist"
    assert not isinstance(info.value, reflexio.DuplicateRequestError) and len(server.requests) == 1


def test_past_the_deadline_a_rate_limit_raises_with_its_limit(kind: str) -> None:
    with FaultServer(Reply(429, SLOWAPI_429)) as server:
        client = make_client(kind, url_endpoint=server.url, timeout=2)
        with pytest.raises(reflexio.RateLimitError) as info:
            publish(client)
        assert len(server.requests) == 1
        with pytest.raises(reflexio.RateLimitError) as paced:  # learned: refused without sending
            publish(client)
        client.close()
    assert info.value.limit == "60 per 1 minute" and 55 < (info.value.retry_after or 0) <= 61.5
    assert paced.value.limit == "60 per 1 minute" and len(server.requests) == 1


def test_a_fire_and_forget_call_waits_out_a_rate_limit(kind: str, sleeps: list[float]) -> None:
    limited = Reply(429, '{"error": "Rate limit exceeded: 10 per 1 hour"}')
    with FaultServer(limited, limited, limited, Reply(body='{"success": true}')) as server:
        errors: list[BaseException] = []
        client = make_client(kind, url_endpoint=server.url, on_error=lambda e, op: errors.append(e), max_retries=0)
        client.delete_session("s1")
        assert client.flush(timeout=30)
        stats = client.background_stats
        client.close()
    assert errors == [] and stats.succeeded == 1 and len(server.requests) == 4
    assert max(sleeps) > 3000  # the whole hour-long window: never dropped, never past a deadline


def test_a_refused_fire_and_forget_publish_reaches_on_error(kind: str) -> None:
    """The request-id contract lives in the send loop: a publish sent in the background is checked too."""
    from reflexio_api.api.interactions import publish_interaction
    from reflexio_api.models import PublishUserInteractionRequest, PublishUserInteractionResponse

    from reflexio._operation import Operation
    from reflexio._publish import publish_check

    body = PublishUserInteractionRequest.from_dict(
        {"user_id": "u", "session_id": "s", "request_id": "taken", "interaction_data_list": TURN}
    )
    op = Operation(publish_interaction, {"body": body}, PublishUserInteractionResponse, accept=publish_check("taken"))
    errors: list[tuple[BaseException, str]] = []
    duplicate = Reply(body='{"success": false, "message": "request_id \'taken\' already exists"}')
    with FaultServer(duplicate) as server:
        client = make_client(kind, url_endpoint=server.url, on_error=lambda e, name: errors.append((e, name)))
        queued = client._client._fire(op)
        if kind == "async":
            client._loop.run_until_complete(queued)
        assert not client.flush(timeout=30)  # drained; the publish was refused
        stats = client.background_stats
        client.close()
    assert [(type(e), name) for e, name in errors] == [(reflexio.DuplicateRequestError, "publish_interaction")]
    assert stats.failed == 1 and stats.succeeded == 0


def test_with_options_views_share_the_windows() -> None:
    with FaultServer(Reply(429, SLOWAPI_429)) as server, ReflexioClient(url_endpoint=server.url, timeout=2) as client:
        with pytest.raises(reflexio.RateLimitError):
            publish(client)
        with pytest.raises(reflexio.RateLimitError):
            publish(client.with_options(timeout=3))
    assert len(server.requests) == 1


# -- many publishers, one fixed window (real HTTP) -----------------------------------------------


@pytest.fixture
def window() -> Iterator[WindowServer]:
    # a 2 s window: the first burst overruns it even on a loaded machine, so 429s do happen
    with WindowServer(limit=20, period=2, drop_every=7) as server:
        yield server


def _check_exactly_once(server: WindowServer, answers: list[Any], expected: int) -> None:
    assert len(answers) == expected and all(a.success for a in answers)
    assert len(server.stored) == expected and set(server.stored.values()) == {1}
    assert {a.request_id for a in answers} == set(server.stored)
    assert server.dropped > 0 and server.refused > 0  # the faults did happen
    assert sum(1 for a in answers if "replayed" in a) == server.dropped


@pytest.mark.slow  # waits for emulated rate-limit windows: runs in `make test` and CI, not in test-fast
def test_eight_threads_on_one_client_store_each_publish_once(window: WindowServer) -> None:
    answers: list[Any] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    with ReflexioClient(url_endpoint=window.url) as client:

        def worker(t: int) -> None:
            for i in range(8):
                try:
                    answer = client.publish_interaction(f"user-{t}", TURN, session_id=f"s-{t}-{i}")
                except BaseException as exc:
                    errors.append(exc)
                    continue
                with lock:
                    answers.append(answer)

        threads = [threading.Thread(target=worker, args=(t,)) for t in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    assert errors == []
    _check_exactly_once(window, answers, 64)


@pytest.mark.slow  # waits for emulated rate-limit windows: runs in `make test` and CI, not in test-fast
def test_asyncio_gather_on_the_async_client_stores_each_publish_once(window: WindowServer) -> None:
    async def main() -> list[Any]:
        async with AsyncReflexioClient(url_endpoint=window.url) as client:
            calls = [client.publish_interaction(f"user-{i % 8}", TURN, session_id=f"s-{i}") for i in range(64)]
            return list(await asyncio.gather(*calls))

    _check_exactly_once(window, asyncio.run(main()), 64)


# -- publish_many -------------------------------------------------------------------------------


def conversations(n: int, start: int = 0) -> Iterator[dict[str, Any]]:
    """A stream of past conversations, as a backfill reads them (never a list)."""
    for i in range(start, n):
        yield {
            "user_id": f"user-{i % 5}",
            "session_id": f"hist-{i}",
            "interactions": [{"role": "user", "content": f"turn {i}"}, {"role": "assistant", "content": "ok"}],
            "source": "backfill",
        }


def test_publish_many_stores_each_conversation_once_through_faults(kind: str, window: WindowServer) -> None:
    from reflexio_api.models import PublishUserInteractionRequest

    model = PublishUserInteractionRequest.from_dict(
        {"user_id": "m", "session_id": "model", "interaction_data_list": [{"role": "user", "content": "as a model"}]}
    )
    seen: list[int] = []
    client = make_client(kind, url_endpoint=window.url)
    report = client.publish_many(
        iter([*conversations(40), model]), concurrency=6, on_progress=lambda r: seen.append(r.done)
    )
    client.close()
    assert report.ok and (report.published, report.already_present) == (41, 0), report.failed
    assert len(window.stored) == 41 and set(window.stored.values()) == {1}
    assert window.dropped > 0 and window.refused > 0
    assert sorted(seen) == list(range(1, 42)) and report.elapsed > 0


def test_publish_many_reports_bad_conversations_and_goes_on(kind: str, window: WindowServer) -> None:
    bad: list[Any] = [
        {"user_id": "u", "interactions": [{"role": "user", "content": "no session"}]},
        {"user_id": "u", "session_id": "s", "interactions": TURN, "colour": "red"},
        "not a conversation",
    ]
    client = make_client(kind, url_endpoint=window.url)
    report = client.publish_many([*bad, *conversations(3)])
    client.close()
    assert report.published == 3 and [f.index for f in sorted(report.failed, key=lambda f: f.index)] == [0, 1, 2]
    reasons = {f.index: f.reason for f in report.failed}
    assert "session_id" in reasons[0] and "colour" in reasons[1] and "str" in reasons[2]
    with pytest.raises(ValueError, match="concurrency"):
        ReflexioClient(url_endpoint=window.url).publish_many(conversations(3), concurrency=0)
    assert len(window.stored) == 3


class Crash(Exception):
    pass


@pytest.mark.parametrize("checkpointed", [True, False])
def test_an_interrupted_backfill_resumes_with_only_the_rest(kind: str, tmp_path: Any, checkpointed: bool) -> None:
    checkpoint = tmp_path / "backfill.ids" if checkpointed else None

    def crash_after_12(report: reflexio.BackfillReport) -> None:
        if report.done == 12:
            raise Crash("the process died")

    with WindowServer(limit=1000) as server:
        client = make_client(kind, url_endpoint=server.url)
        with pytest.raises(Crash):
            client.publish_many(conversations(30), concurrency=3, checkpoint=checkpoint, on_progress=crash_after_12)
        landed = len(server.stored)
        assert 12 <= landed < 30
        received = server.received
        report = client.publish_many(conversations(30), concurrency=3, checkpoint=checkpoint)
        client.close()
    assert report.ok and report.published == 30 - landed and report.already_present == landed
    assert len(server.stored) == 30 and set(server.stored.values()) == {1}
    if checkpointed:  # nothing stored is sent again
        assert server.received - received == 30 - landed and server.duplicates == 0
    else:  # sent again, answered "already exists", counted as present
        assert server.duplicates == landed


def test_derived_request_ids_depend_only_on_the_content() -> None:
    from reflexio._backfill import derived_request_id

    first, again, other = list(conversations(2))[0], list(conversations(1))[0], list(conversations(2))[1]
    assert derived_request_id(first) == derived_request_id(again) != derived_request_id(other)
    assert derived_request_id(dict(reversed(first.items()))) == derived_request_id(first)


def test_publish_many_keeps_given_ids_and_shows_a_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    with WindowServer(limit=1000) as server, ReflexioClient(url_endpoint=server.url) as client:
        given = [{**c, "request_id": f"given-{i}"} for i, c in enumerate(conversations(5))]
        report = client.publish_many(given, progress=True)
    assert report.published == 5 and set(server.stored) == {f"given-{i}" for i in range(5)}
    assert "5/5" in capsys.readouterr().err
