"""The policy core against faults: a real local HTTP server where it can produce the fault,
httpx mock transports elsewhere. No test sleeps for real backoff: `_sleep` is recorded instead."""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import time
from typing import Any

import httpx
import pytest
from clients import make_client
from fault_server import FaultServer, Reply, closed_port

import reflexio
from reflexio import ReflexioClient
from reflexio._operation import Operation

WHOAMI = '{"success": true, "org_id": "org-1"}'
KEY = "sk-very-secret-key-123"


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def publish(client: Any) -> Any:
    """A non-idempotent write (publish_interaction), sent through the client's send loop."""
    from reflexio_api.api.interactions import publish_interaction
    from reflexio_api.models import PublishUserInteractionRequest, PublishUserInteractionResponse

    body = PublishUserInteractionRequest.from_dict(
        {"user_id": "u", "session_id": "s", "interaction_data_list": [{"role": "user", "content": "hi"}]}
    )
    return client._request(Operation(publish_interaction, {"body": body}, PublishUserInteractionResponse))


def test_connection_refused_is_retried_then_typed(kind: str, sleeps: list[float]) -> None:
    client = make_client(kind, url_endpoint=f"http://127.0.0.1:{closed_port()}", max_retries=2)
    with pytest.raises(reflexio.APIConnectionError) as info:
        client.whoami()
    client.close()
    assert not isinstance(info.value, reflexio.APITimeoutError)
    assert len(sleeps) == 2  # both retries taken
    assert all(s <= 0.05 for s in sleeps)  # nothing listens on this loopback port: no backoff


def test_connection_refused_write_is_retried_because_nothing_was_sent(kind: str, sleeps: list[float]) -> None:
    client = make_client(kind, url_endpoint=f"http://127.0.0.1:{closed_port()}", max_retries=3)
    with pytest.raises(reflexio.APIConnectionError):
        publish(client)
    client.close()
    assert len(sleeps) == 3


def test_reset_mid_response_retries_a_read_but_never_a_write(kind: str, sleeps: list[float]) -> None:
    with FaultServer(Reply(fault="reset")) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=2)
        with pytest.raises(reflexio.APIConnectionError):
            client.whoami()
        assert len(server.requests) == 3
        server.requests.clear()
        with pytest.raises(reflexio.APIConnectionError):
            publish(client)
        client.close()
        assert len(server.requests) == 1, "a publish that may have reached the server must not be repeated"


def test_reset_then_success_recovers(kind: str, sleeps: list[float]) -> None:
    with FaultServer(Reply(fault="reset"), Reply(body=WHOAMI)) as server:
        client = make_client(kind, url_endpoint=server.url)
        assert client.whoami().org_id == "org-1"
        client.close()
    assert len(sleeps) == 1
    assert server.requests[1].headers.get("X-Reflexio-Retry-Count") == "1"
    assert "X-Reflexio-Retry-Count" not in server.requests[0].headers


def test_read_timeout_is_a_typed_timeout(kind: str, sleeps: list[float]) -> None:
    with FaultServer(Reply(fault="hang")) as server:
        client = make_client(kind, url_endpoint=server.url, timeout=0.2, max_retries=1)
        started = time.monotonic()
        with pytest.raises(reflexio.APITimeoutError):
            client.whoami()
        client.close()
    assert len(server.requests) == 2
    assert time.monotonic() - started < 3


def test_per_call_timeout_and_retries_with_options(kind: str, sleeps: list[float]) -> None:
    with FaultServer(Reply(fault="hang")) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=5)
        fast = client.with_options(timeout=0.2, max_retries=0)
        with pytest.raises(reflexio.APITimeoutError):
            fast.whoami()
        client.close()
    assert len(server.requests) == 1
    assert sleeps == []


def test_429_retry_after_seconds_is_honoured(kind: str, sleeps: list[float]) -> None:
    replies = (Reply(429, '{"detail": "slow down"}', {"Retry-After": "3"}), Reply(body=WHOAMI))
    with FaultServer(*replies) as server:
        client = make_client(kind, url_endpoint=server.url)
        assert client.whoami().success
        client.close()
    assert sleeps == [pytest.approx(3.0, abs=0.5)]  # the window reopens 3 s after the 429


def test_429_retry_after_http_date_is_honoured(kind: str, sleeps: list[float]) -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    with FaultServer(Reply(429, "{}", {"Retry-After": when}), Reply(body=WHOAMI)) as server:
        client = make_client(kind, url_endpoint=server.url)
        client.whoami()
        client.close()
    assert len(sleeps) == 1 and 7 <= sleeps[0] <= 10.5


def test_429_retry_after_above_the_cap_raises_at_once(kind: str, sleeps: list[float]) -> None:
    with FaultServer(Reply(429, '{"detail": "quota"}', {"Retry-After": "3600"})) as server:
        client = make_client(kind, url_endpoint=server.url)
        with pytest.raises(reflexio.RateLimitError) as info:
            client.whoami()
        client.close()
    assert info.value.retry_after == pytest.approx(3600, abs=5) and info.value.status_code == 429
    assert sleeps == [] and len(server.requests) == 1


def test_429_and_503_retry_a_write(kind: str, sleeps: list[float]) -> None:
    ok = '{"success": true}'
    with FaultServer(Reply(429, "{}"), Reply(503, "{}"), Reply(body=ok)) as server:
        client = make_client(kind, url_endpoint=server.url)
        assert publish(client).success
        client.close()
    assert len(server.requests) == 3


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_retries_reads_then_raises_typed(kind: str, sleeps: list[float], status: int) -> None:
    with FaultServer(Reply(status, '{"detail": "boom"}')) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=2)
        with pytest.raises(reflexio.InternalServerError) as info:
            client.whoami()
        client.close()
    assert info.value.status_code == status and "boom" in str(info.value)
    assert len(server.requests) == 3


@pytest.mark.parametrize("status", [500, 502])
def test_5xx_never_repeats_a_publish(kind: str, sleeps: list[float], status: int) -> None:
    with FaultServer(Reply(status, "{}")) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=2)
        with pytest.raises(reflexio.InternalServerError):
            publish(client)
        client.close()
    assert len(server.requests) == 1


def test_x_should_retry_header_overrides(kind: str, sleeps: list[float]) -> None:
    with FaultServer(Reply(500, "{}", {"x-should-retry": "false"})) as server:
        client = make_client(kind, url_endpoint=server.url)
        with pytest.raises(reflexio.InternalServerError):
            client.whoami()
        client.close()
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "body, content_type",
    [("<html><body>Welcome to nginx</body></html>", "text/html"), ('{"success": tru', "application/json")],
)
def test_2xx_that_is_not_json_is_a_validation_error_naming_the_url(kind: str, body: str, content_type: str) -> None:
    with FaultServer(Reply(200, body, {"Content-Type": content_type})) as server:
        client = make_client(kind, url_endpoint=server.url)
        with pytest.raises(reflexio.APIResponseValidationError) as info:
            client.whoami()
        client.close()
    message = str(info.value)
    assert server.url in message and "(from the url_endpoint argument) a Reflexio server?" in message
    assert len(server.requests) == 1


def test_2xx_with_wrong_shape_is_a_validation_error(kind: str) -> None:
    with FaultServer(Reply(200, '{"unexpected": 1}')) as server:
        client = make_client(kind, url_endpoint=server.url)
        with pytest.raises(reflexio.APIResponseValidationError):
            client.whoami()
        client.close()


def test_redirect_to_another_host_is_not_followed_and_leaks_nothing(kind: str) -> None:
    with FaultServer(Reply(body=WHOAMI)) as other:
        redirect = Reply(307, "", {"Location": other.url + "/api/whoami"})
        with FaultServer(redirect) as server:
            client = make_client(kind, url_endpoint=server.url, api_key=KEY)
            with pytest.raises(reflexio.RedirectError) as info:
                client.whoami()
            client.close()
        assert other.requests == [], "the redirect target must never see the request (or the key)"
        assert server.requests[0].headers["Authorization"] == f"Bearer {KEY}"
    assert info.value.status_code == 307 and other.url in str(info.value)
    assert KEY not in str(info.value)


def test_422_carries_the_servers_validation_detail(kind: str) -> None:
    detail = '{"detail": [{"loc": ["body", "user_id"], "msg": "Field required", "type": "missing"}]}'
    with FaultServer(Reply(422, detail)) as server:
        client = make_client(kind, url_endpoint=server.url)
        with pytest.raises(reflexio.UnprocessableEntityError) as info:
            client.whoami()
        client.close()
    assert info.value.errors[0]["loc"] == ["body", "user_id"]
    assert "Field required" in str(info.value)


@pytest.mark.parametrize(
    "status, error",
    [
        (400, reflexio.BadRequestError),
        (401, reflexio.AuthenticationError),
        (403, reflexio.PermissionDeniedError),
        (404, reflexio.NotFoundError),
        (409, reflexio.ConflictError),
    ],
)
def test_status_families_map_to_their_class(status: int, error: type, sleeps: list[float]) -> None:
    with FaultServer(Reply(status, '{"detail": "nope"}', {"x-request-id": "req-42"})) as server:
        client = ReflexioClient(url_endpoint=server.url, max_retries=0)
        with pytest.raises(error) as info:
            client.whoami()
        client.close()
    assert info.value.status_code == status and info.value.request_id == "req-42"


def test_no_raw_httpx_exception_escapes() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise httpx.DecodingError("bad gzip", request=request)

    client = ReflexioClient(url_endpoint="http://test", http_client=httpx.Client(transport=httpx.MockTransport(broken)))
    with pytest.raises(reflexio.APIConnectionError):
        client.whoami()


def test_the_key_never_appears_in_repr_errors_or_logs(caplog: pytest.LogCaptureFixture, sleeps: list[float]) -> None:
    caplog.set_level(logging.DEBUG, logger="reflexio")
    with FaultServer(Reply(401, '{"detail": "Invalid API key"}')) as server:
        client = ReflexioClient(url_endpoint=server.url, api_key=KEY)
        with pytest.raises(reflexio.AuthenticationError) as info:
            client.whoami()
        texts = [repr(client), str(client), repr(client._options), str(info.value), repr(info.value), caplog.text]
        client.close()
    for text in texts:
        assert KEY not in text


def test_plain_http_with_a_key_to_a_remote_host_warns_once() -> None:
    with pytest.warns(UserWarning, match="plain http"):
        ReflexioClient(url_endpoint="http://reflexio.example.test:8081", api_key=KEY)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ReflexioClient(url_endpoint="http://reflexio.example.test:8081", api_key=KEY)  # once per host
        ReflexioClient(url_endpoint="http://127.0.0.1:8081", api_key=KEY)  # loopback: fine
        ReflexioClient(url_endpoint="https://reflexio.example.test", api_key=KEY)


def test_bad_settings_fail_before_any_traffic() -> None:
    with pytest.raises(ValueError, match="invalid Reflexio URL"):
        ReflexioClient(url_endpoint="localhost:8081")
    with pytest.raises(ValueError, match="timeout"):
        ReflexioClient(url_endpoint="http://127.0.0.1:1", timeout=-1)
    with pytest.raises(ValueError, match="max_retries"):
        ReflexioClient(url_endpoint="http://127.0.0.1:1", max_retries=-1)


@pytest.mark.server
def test_real_server_with_a_key_accepts_ours_and_rejects_a_wrong_one(real_server_key: Any, kind: str) -> None:
    from conftest import SERVER_KEY

    good = make_client(kind, url_endpoint=real_server_key.url, api_key=SERVER_KEY)
    assert good.whoami().success
    good.close()
    for key in ("wrong-key", ""):
        bad = make_client(kind, url_endpoint=real_server_key.url, api_key=key, max_retries=0)
        with pytest.raises(reflexio.AuthenticationError) as info:
            bad.whoami()
        bad.close()
        assert info.value.status_code == 401
        assert SERVER_KEY not in str(info.value)


def test_get_my_config_masks_credentials_in_repr(kind: str) -> None:
    body = '{"success": true, "storage_type": "postgres", "storage_config": {"password": "hunter2-db-pass"}}'
    with FaultServer(Reply(200, body)) as server:
        client = make_client(kind, url_endpoint=server.url)
        config = client.get_my_config()
        client.close()
    assert "hunter2-db-pass" not in repr(config) and "hunter2-db-pass" not in str(config)
    assert "<masked>" in repr(config) and config.storage_type == "postgres"
    assert config.storage_config["password"] == "hunter2-db-pass"  # still readable on purpose


def test_a_conflict_is_not_retried_even_when_idempotent(sleeps: list[float]) -> None:
    with FaultServer(Reply(409, '{"detail": "tool call already resolved"}')) as server:
        client = ReflexioClient(url_endpoint=server.url, max_retries=2)
        with pytest.raises(reflexio.ConflictError):
            client.whoami()
        assert len(server.requests) == 1 and sleeps == []


def test_cookies_set_by_the_server_are_sent_back(sleeps: list[float]) -> None:
    whoami = json.dumps(
        {"success": True, "org_id": "o", "storage_type": "sqlite", "storage_label": "l", "storage_configured": True}
    )
    first = Reply(200, whoami, {"Content-Type": "application/json", "Set-Cookie": "lb=node-2; Path=/"})
    with FaultServer(first, Reply(200, whoami)) as server:
        client = ReflexioClient(url_endpoint=server.url)
        client.whoami()
        client.whoami()
        client.whoami()
        assert "Cookie" not in server.requests[0].headers
        assert [r.headers.get("Cookie") for r in server.requests[1:]] == ["lb=node-2", "lb=node-2"]


def test_a_closed_client_raises_its_own_error_without_traffic() -> None:
    with FaultServer(Reply(200, "{}")) as server:
        client = ReflexioClient(url_endpoint=server.url)
        client.close()
        with pytest.raises(reflexio.ClientClosedError, match="closed"):
            client.whoami()
        with pytest.raises(reflexio.ClientClosedError):
            client.delete_session("s-1")  # fire-and-forget: refused, not silently dropped

        async def use_after_aclose() -> None:
            async with reflexio.AsyncReflexioClient(url_endpoint=server.url) as aclient:
                pass
            with pytest.raises(reflexio.ClientClosedError):
                await aclient.whoami()
            with pytest.raises(reflexio.ClientClosedError):
                await aclient.delete_session("s-1")

        asyncio.run(use_after_aclose())
        assert server.requests == []
