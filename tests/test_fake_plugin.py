"""The pytest plugin as a user runs it: options marker, async fixture, teardown checks (one pytest run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USER_TESTS = """
import pytest

from reflexio import InternalServerError


@pytest.mark.reflexio_client(max_retries=0, timeout=5)
def test_options_marker(reflexio_client, reflexio_fake):
    reflexio_fake.fail("whoami", 500)
    with pytest.raises(InternalServerError):
        reflexio_client.whoami()
    assert len(reflexio_fake.calls("whoami")) == 1
    assert reflexio_client._options.timeout.read == 5


def test_on_error_option_reaches_the_client(request, reflexio_fake):
    errors = []
    request.node.add_marker(pytest.mark.reflexio_client(on_error=lambda exc, op: errors.append(op), max_retries=0))
    client = request.getfixturevalue("reflexio_client")
    reflexio_fake.fail("delete_session", 500)
    client.delete_session("s1")
    assert not client.flush(timeout=30)
    assert errors == ["delete_session"]


@pytest.mark.asyncio
async def test_async_fixture(reflexio_async_client, reflexio_fake):
    reflexio_fake.fail("publish_interaction", 429)
    await reflexio_async_client.publish_interaction(
        user_id="u", session_id="s", interactions=[{"role": "user", "content": "hi"}]
    )
    await reflexio_async_client.delete_session("s")  # flushed when the fixture closes the client
    assert len(reflexio_fake.calls("publish_interaction")) == 2


def test_after_the_async_fixture(reflexio_fake):
    assert reflexio_fake.calls("delete_session") == []  # a fresh fake per test


def test_unfired_fault_fails_at_teardown(reflexio_fake):
    reflexio_fake.fail("publish_interaction", 429)


def test_a_failing_test_is_not_reported_twice(reflexio_fake):
    reflexio_fake.fail("publish_interaction", 429)
    assert False, "the test's own failure"


@pytest.mark.asyncio
async def test_unclosed_async_client_is_reported(reflexio_fake):
    reflexio_fake.slow_down("delete_session", 1.0)  # still in flight when the test's event loop ends
    client = reflexio_fake.async_client()
    await client.delete_session("s")
"""


def test_the_plugin_as_a_user_runs_it(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(USER_TESTS)
    command = [sys.executable, "-m", "pytest", "-p", "reflexio.testing", "-p", "no:cacheprovider", "-rA"]
    command.append("test_user.py")
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    out = result.stdout
    for name in (
        "test_options_marker",
        "test_on_error_option_reaches_the_client",
        "test_async_fixture",
        "test_after_the_async_fixture",
        "test_unfired_fault_fails_at_teardown",
        "test_unclosed_async_client_is_reported",
    ):
        assert f"PASSED test_user.py::{name}" in out, out
    assert "ERROR test_user.py::test_unfired_fault_fails_at_teardown" in out
    assert "injected fault never fired: fail('publish_interaction', 429)" in out
    assert "ERROR test_user.py::test_unclosed_async_client_is_reported" in out
    assert "was not closed: 1 fire-and-forget call(s) never sent" in out
    assert "FAILED test_user.py::test_a_failing_test_is_not_reported_twice" in out
    assert "ERROR test_user.py::test_a_failing_test_is_not_reported_twice" not in out
    assert "1 failed, 6 passed, 2 errors" in out, out


USER_TYPED = """
import pytest

from reflexio import AsyncReflexioClient, ReflexioClient
from reflexio.testing import FakeReflexio, Learned, Published


def learner(published: Published) -> Learned | None:
    return Learned(profiles=[published.interactions[0]["content"]], playbooks=[{"content": "x", "trigger": "y"}])


@pytest.mark.reflexio_client(max_retries=0)
def test_sync(reflexio_client: ReflexioClient, reflexio_fake: FakeReflexio) -> None:
    reflexio_fake.learn_on_publish(learner)
    reflexio_fake.drop_connection("publish_interaction", processed=True)
    reflexio_fake.fail("search_user_profiles", 429, times=None)
    result = reflexio_client.publish_interaction(user_id="u", session_id="s", interactions=[])
    reflexio_fake.learn(str(result.request_id), profiles=["p"])
    sleeps: list[float] = reflexio_fake.clock.sleeps
    assert reflexio_client.flush(timeout=1) and not sleeps
    reflexio_fake.assert_faults_fired()


async def test_async(reflexio_async_client: AsyncReflexioClient, reflexio_fake: FakeReflexio) -> None:
    await reflexio_fake.aclose_clients()
    assert reflexio_fake.close_clients() == []
"""


def test_a_users_mypy_accepts_the_testing_api(tmp_path: Path) -> None:
    (tmp_path / "test_typed.py").write_text(USER_TYPED)
    run = subprocess.run(  # outside the checkout, so mypy finds the installed package as a user's project would
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "test_typed.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0 and "Success" in run.stdout, run.stdout + run.stderr
