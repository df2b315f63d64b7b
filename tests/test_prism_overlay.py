"""Every public ReflexioClient / AsyncReflexioClient method, called through Prism.

Prism refuses a request the spec does not allow, so each overlay method is checked against the
spec even where the real server cannot serve it (LLM-backed endpoints). Prism's answers are
generated from the schemas, so the tests assert the declared return types, not values.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from clients import make_client
from overlay_calls import CALLS, FIRE_AND_FORGET, LOCAL, conforms, expected_return, public_methods, run, uncovered
from overlay_calls import without_none as answer_type
from prism import Prism, violations

import reflexio._async.operations
import reflexio._sync.operations
from reflexio import APIStatusError, ReflexioClient, ReflexioError
from reflexio._sync.operations import WAIT_LIMIT

pytestmark = pytest.mark.prism


@pytest.fixture(params=["sync", "async"])
def mock(request: pytest.FixtureRequest, prism: Prism, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A client of Prism; fire-and-forget failures are collected in `mock.failures`."""
    # Prism always reports a run "in_progress": rerun_*(wait_for_response=True) returns after one poll.
    for module in (reflexio._sync.operations, reflexio._async.operations):
        monkeypatch.setattr(module, "WAIT_LIMIT", 0.0)
    failures: list[tuple[str, BaseException]] = []
    client = make_client(
        request.param,
        url_endpoint=prism.url,
        api_key="test-key",
        max_retries=0,
        on_error=lambda exc, operation_id: failures.append((operation_id, exc)),
    )
    client.failures = failures
    yield client
    client.close()


def test_the_table_covers_every_public_method() -> None:
    assert not uncovered(), f"add a Prism call for the new public method(s) to tests/overlay_calls.py: {uncovered()}"
    assert set(CALLS) | LOCAL <= public_methods(), "the table names methods the client no longer has"
    assert WAIT_LIMIT > 0  # the fixture's patch is what makes the rerun calls return after one poll


@pytest.mark.parametrize("name", sorted(CALLS))
def test_method_is_accepted_by_the_spec(mock: Any, name: str) -> None:
    spec_call = CALLS[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the deprecated aliases warn (tested elsewhere)
        try:
            result = run(getattr(mock, name), spec_call)
        except APIStatusError as exc:
            pytest.fail(f"Prism refused {name}: {exc.status_code} {violations(exc.response) or exc.body}")
    if name in FIRE_AND_FORGET:
        assert result is None
        assert mock.flush(timeout=60)
        assert mock.failures == []
        assert (mock.background_stats.submitted, mock.background_stats.succeeded) == (1, 1)
        return
    expected = answer_type(expected_return(name))
    if expected in (None, type(None)):  # a probe whose answer has no schema (health_check): None on success
        assert result is None
        return
    assert result is not None
    assert conforms(result, expected), f"{name} returned {type(result).__name__}, declared {expected}"


def test_local_methods_do_not_need_the_server(mock: Any) -> None:
    with pytest.raises(ReflexioError, match="API key"):
        mock.login("someone@example.com", "secret")
    assert mock.invalidate_local_cache() is None


def test_a_request_the_spec_forbids_is_refused(prism: Prism) -> None:
    """The mock is not lenient: a body the spec forbids comes back as 422.

    The client refuses such a body itself (ValueError/TypeError before any traffic), so it is sent
    through the raw low-level client here.
    """
    with ReflexioClient(url_endpoint=prism.url, max_retries=0) as client:
        raw = client.api_client.get_httpx_client()
        response = raw.post("/api/get_profiles", json={"user_id": "user-1", "top_k": "ten"})
    assert response.status_code == 422
    assert "top_k" in violations(response)
