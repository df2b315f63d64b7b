"""Clients bound to the fake wait on its virtual clock: the real client's attempts, without real waiting.

Assertions are on the clock's recorded sleeps and on the attempts the fake received, never on wall time.
"""

from __future__ import annotations

import httpx
import pytest

from reflexio import (
    APIConnectionError,
    LearningTimeoutError,
    RateLimitError,
    ReflexioClient,
)
from reflexio._clock import REAL_CLOCK
from reflexio.testing import FakeReflexio

TURNS = [{"role": "user", "content": "I prefer tea"}]
WINDOW = 60 * 1.02  # "60 per 1 minute", plus the pacer's 2% margin


def publish(client: ReflexioClient, **extra: object) -> object:
    return client.publish_interaction(user_id="u1", session_id="s1", interactions=TURNS, **extra)


def test_a_429_waits_for_the_window_on_the_virtual_clock() -> None:
    fake = FakeReflexio()
    fake.fail("publish_interaction", 429)
    started = fake.clock.now
    with fake.client() as client:
        assert publish(client).success  # waited for the window, then sent again
        assert len(client.get_requests(user_id="u1").sessions) == 1
    assert len(fake.calls("publish_interaction")) == 2
    assert fake.clock.sleeps == [pytest.approx(WINDOW)]
    assert fake.clock.now - started == pytest.approx(WINDOW)


def test_a_window_past_the_timeout_is_refused_without_waiting() -> None:
    fake = FakeReflexio()
    fake.fail("publish_interaction", 429)
    with fake.client(timeout=1) as client, pytest.raises(RateLimitError):
        publish(client)
    assert fake.clock.sleeps == [] and len(fake.calls("publish_interaction")) == 1


def test_backoff_delays_are_the_real_clients() -> None:
    fake = FakeReflexio()
    fake.fail("get_profiles", 503, times=2)
    with fake.client(max_retries=2) as client:
        assert client.get_profiles(user_id="u1").success
    assert len(fake.calls("get_profiles")) == 3
    first, second = fake.clock.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0  # 0.5 s * 2^n, times a 0.75-1.0 jitter
    assert [r.headers.get("x-reflexio-retry-count") for r in fake.calls("get_profiles")] == [None, "1", "2"]


async def test_the_async_client_waits_on_the_same_clock() -> None:
    fake = FakeReflexio()
    fake.fail("publish_interaction", 429)
    fake.fail("get_requests", 503)
    async with fake.async_client() as client:
        await client.publish_interaction(user_id="u1", session_id="s1", interactions=TURNS)
        assert len((await client.get_requests(user_id="u1")).sessions) == 1
    assert len(fake.calls("publish_interaction")) == 2 and len(fake.calls("get_requests")) == 2
    assert fake.clock.sleeps[0] == pytest.approx(WINDOW) and 0.375 <= fake.clock.sleeps[1] <= 0.5


def test_wait_for_learning_times_out_on_the_virtual_clock() -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        request_id = publish(client).request_id  # type: ignore[attr-defined]
        with pytest.raises(LearningTimeoutError):
            client.wait_for_learning(request_id, timeout=60, poll_interval=5)
    assert fake.clock.sleeps == [5.0] * 12
    assert len(fake.calls("wait_for_learning")) == 13


def test_a_slow_answer_moves_the_virtual_clock() -> None:
    fake = FakeReflexio()
    fake.slow_down("whoami", 30.0, times=1)
    started = fake.clock.now
    with fake.client(timeout=5, max_retries=0) as client, pytest.raises(APIConnectionError):
        client.whoami()  # past the 5 s read timeout
    assert fake.clock.now - started == pytest.approx(5.0)
    assert fake.clock.sleeps == []  # the client itself did not wait


def test_the_real_client_keeps_the_real_clock() -> None:
    with ReflexioClient(url_endpoint="http://127.0.0.1:9", http_client=httpx.Client()) as client:
        assert client._shared.clock is REAL_CLOCK
    fake = FakeReflexio()
    with fake.client() as bound:
        assert bound._shared.clock is fake.clock
        assert bound.with_options(max_retries=0)._shared.clock is fake.clock
