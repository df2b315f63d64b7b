"""The dropped-connection fault, the 429 body per route, and flush() after a failed background call."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from reflexio import APIConnectionError, InternalServerError, RateLimitError, ReflexioClient
from reflexio.testing import FakeReflexio
from reflexio.testing._limits import LIMITS

TURNS = [{"role": "user", "content": "I prefer tea"}]


def test_a_dropped_read_is_retried() -> None:
    fake = FakeReflexio()
    fake.drop_connection("get_profiles")
    with fake.client() as client:
        assert client.get_profiles(user_id="u1").success
    assert len(fake.calls("get_profiles")) == 2 and len(fake.clock.sleeps) == 1


@pytest.mark.parametrize("processed", [False, True])
def test_a_dropped_write_is_not_repeated(processed: bool) -> None:
    """The client cannot tell whether the write landed: it raises instead of risking a duplicate."""
    fake = FakeReflexio()
    fake.drop_connection("add_user_profile", processed=processed)
    with fake.client() as client:
        with pytest.raises(APIConnectionError, match="Connection reset"):
            client.add_user_profile([{"user_id": "u1", "content": "Prefers tea"}])
        stored = client.get_profiles(user_id="u1").user_profiles
    assert len(stored) == (1 if processed else 0)
    assert len(fake.calls("add_user_profile")) == 1


@pytest.mark.parametrize("processed", [False, True])
def test_a_dropped_publish_lands_once(processed: bool) -> None:
    """publish_interaction carries a request id, so its retry is safe either way."""
    fake = FakeReflexio()
    fake.drop_connection("publish_interaction", processed=processed)
    with fake.client() as client:
        result = client.publish_interaction(user_id="u1", session_id="s1", interactions=TURNS, request_id="r1")
        assert result.success and result.request_id == "r1"
        assert [s.session_id for s in client.get_requests(user_id="u1").sessions] == ["s1"]
    assert len(fake.calls("publish_interaction")) == 2


def test_a_dropped_connection_over_loopback_http() -> None:
    fake = FakeReflexio()
    fake.drop_connection("whoami")
    with fake.serve() as url, ReflexioClient(url_endpoint=url, max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            client.whoami()
        assert client.whoami().success
    fake.assert_faults_fired()


def test_flush_is_false_after_a_failed_background_call() -> None:
    fake = FakeReflexio()
    errors: list[str] = []
    fake.fail("delete_session", 500)
    with fake.client(max_retries=0, on_error=lambda exc, op: errors.append(op)) as client:
        client.delete_session("s1")
        assert not client.flush(timeout=30)
        assert client.background_stats.failed == 1 and errors == ["delete_session"]
        assert client.flush(timeout=30)  # nothing failed since
        client.delete_session("s2")
        assert client.flush(timeout=30)


async def test_async_flush_is_false_after_a_failed_background_call() -> None:
    fake = FakeReflexio()
    fake.fail("delete_session", 500)
    async with fake.async_client(max_retries=0) as client:
        await client.delete_session("s1")
        assert not await client.flush(timeout=30)
        assert await client.flush(timeout=30)
        await client.delete_session("s2")
        assert await client.flush(timeout=30)
    assert len(fake.calls("delete_session")) == 2


def test_a_status_fault_through_a_view(fake_client: Any) -> None:
    fake, client = fake_client
    fake.fail("whoami", 500, times=None)
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=1).whoami()
    assert len(fake.calls("whoami")) == 2
    fake.reset_faults()


@pytest.fixture
def fake_client() -> Any:
    fake = FakeReflexio()
    with fake.client() as client:
        yield fake, client


def test_an_injected_429_names_the_routes_own_limit() -> None:
    fake = FakeReflexio()
    fake.fail("set_config", 429)
    fake.fail("rerun_profile_generation", 429)
    with fake.client(timeout=1) as client:
        with pytest.raises(RateLimitError) as config:
            client.set_config({"window_size": 5})
        with pytest.raises(RateLimitError) as rerun:
            client.rerun_profile_generation(user_id="u1", wait_for_response=True)
    assert (config.value.limit, rerun.value.limit) == ("10 per 1 minute", "5 per 1 minute")


def test_the_limits_are_the_documented_ones() -> None:
    """reflexio/testing/_limits.py and the table of docs/disagreements.md (measured on the real server) agree."""
    text = (Path(__file__).resolve().parent.parent / "docs" / "disagreements.md").read_text()
    documented = {}
    for count, names in re.findall(r"^\| (\d+) / minute \| (.+) \|$", text, flags=re.M):
        for name in re.sub(r"\([^)]*\)", "", names).replace(",", " ").split():
            documented[name] = int(count)
    assert documented == LIMITS
