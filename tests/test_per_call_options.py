"""Per-call options on every API method: extra_headers, extra_query, extra_body and timeout.

They reach the wire on both clients, through session views and iterators, on hand-written and
generated methods and for fire-and-forget calls; they hold for that one call only.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
from reflexio_api.models import WhoamiResponse

from reflexio import APITimeoutError, AsyncReflexioClient, ReflexioClient
from reflexio._request_options import PER_CALL
from reflexio._session import AsyncSessionClient, SessionClient
from reflexio.testing import FakeReflexio

EXTRAS = {"extra_headers": {"X-Tenant": "acme"}, "extra_query": {"trace": "1"}, "extra_body": {"note": "probe"}}
# Methods without the per-call keywords: lifecycle and local ones, and wait_for_learning (its own timeout)
WITHOUT = {"close", "flush", "with_options", "for_session", "invalidate_local_cache", "login", "wait_for_learning"}
WITHOUT |= {"call_endpoint", "aclose", "turn"}  # turn: the agent helper, bounded by its own budget


def api_methods(cls: type) -> list[str]:
    return [n for n in dir(cls) if not n.startswith("_") and callable(getattr(cls, n)) and n not in WITHOUT]


@pytest.mark.parametrize("cls", [ReflexioClient, AsyncReflexioClient, SessionClient, AsyncSessionClient])
def test_every_api_method_takes_the_per_call_keywords(cls: type) -> None:
    missing = [
        name for name in api_methods(cls) if not set(PER_CALL) <= set(inspect.signature(getattr(cls, name)).parameters)
    ]
    assert not missing, f"{cls.__name__} methods without per-call options: {missing}"


def sent(fake: FakeReflexio, operation: str) -> tuple[dict[str, str], dict[str, str], object]:
    call = fake.calls(operation)[-1]
    return call.headers, call.params, call.json


def test_they_reach_the_wire_for_that_call_only() -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        client.get_profiles(user_id="u", force_refresh=True, **EXTRAS)  # hand-written and cached
        headers, params, body = sent(fake, "get_profiles")
        assert headers["x-tenant"] == "acme" and params == {"trace": "1"}
        assert isinstance(body, dict) and body["note"] == "probe" and body["user_id"] == "u"
        client.get_profiles(user_id="u", force_refresh=True)
        headers, params, body = sent(fake, "get_profiles")
        assert "x-tenant" not in headers and params == {} and isinstance(body, dict) and "note" not in body
        client.get_profile_statistics(extra_headers={"X-Tenant": "generated"})  # a generated method
        assert sent(fake, "get_profile_statistics")[0]["x-tenant"] == "generated"


def test_session_views_iterators_and_fire_and_forget_keep_them() -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        session = client.for_session("s1")
        session.get_requests(user_id="u", extra_headers={"X-Tenant": "view"})
        assert sent(fake, "get_requests")[0]["x-tenant"] == "view"
        list(client.iter_sessions(user_id="u", extra_query={"page": "all"}))
        assert all(call.params == {"page": "all"} for call in fake.calls("get_requests")[1:])
        client.delete_session("s1", extra_headers={"X-Tenant": "background"})  # fire-and-forget
        assert client.flush(timeout=10)
        assert sent(fake, "delete_session")[0]["x-tenant"] == "background"


async def test_the_async_client_takes_them_too() -> None:
    fake = FakeReflexio()
    async with fake.async_client() as client:
        await client.whoami(extra_headers={"X-Tenant": "async"}, extra_query={"a": "1"})
        headers, params, _ = sent(fake, "whoami")
        assert headers["x-tenant"] == "async" and params == {"a": "1"}
        await client.for_session("s2").get_requests(user_id="u", extra_body={"note": "x"})
        body = sent(fake, "get_requests")[2]
        assert isinstance(body, dict) and body["note"] == "x" and body["session_id"] == "s2"


def test_a_per_call_timeout_bounds_that_call() -> None:
    fake = FakeReflexio()
    fake.slow_down("whoami", 30)  # on the fake's virtual clock
    with fake.client(max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            client.whoami(timeout=httpx.Timeout(0.2))
        assert isinstance(client.whoami(), WhoamiResponse)  # the client's own 120 s still holds


def test_bad_options_are_refused_before_sending() -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        with pytest.raises(TypeError, match="extra_headers"):
            client.whoami(extra_headers={"X-Count": 3})  # type: ignore[dict-item]
        with pytest.raises(TypeError, match="extra_query"):
            client.whoami(extra_query=[("a", "1")])  # type: ignore[arg-type]
    assert fake.calls("whoami") == []


USER_CODE = """
from reflexio import AsyncReflexioClient, ReflexioClient

def use(client: ReflexioClient) -> None:
    client.get_profiles(user_id="u", extra_headers={"X-Tenant": "a"}, timeout=5)
    client.for_session("s").search(query="q", user_id="u", extra_query={"debug": "1"})
    client.health_live(extra_body={"a": 1})
    client.whoami(extra_headers={"X-Count": 3})

async def use_async(client: AsyncReflexioClient) -> None:
    await client.whoami(timeout=2.5)
"""


def test_users_code_with_per_call_options_type_checks(tmp_path: Path) -> None:
    (tmp_path / "use.py").write_text(textwrap.dedent(USER_CODE))
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "use.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    errors = [line for line in run.stdout.splitlines() if "error:" in line]
    assert len(errors) == 1 and "use.py:8:" in errors[0], run.stdout  # a header value must be a str
