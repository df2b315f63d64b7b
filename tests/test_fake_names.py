"""Operations are named by operation id or by client method; a wrong name or an unfired fault fails at once."""

from __future__ import annotations

import pytest

from reflexio import AsyncReflexioClient, InternalServerError, ReflexioClient
from reflexio.testing import FakeReflexio
from reflexio.testing._names import SENDS_NOTHING, method_operations, operation_ids, resolve_operation


def public_methods(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_") and callable(getattr(cls, name))}


def test_every_public_method_of_both_clients_is_named_or_sends_nothing() -> None:
    table = method_operations()
    for cls in (ReflexioClient, AsyncReflexioClient):
        assert public_methods(cls) - set(table) - SENDS_NOTHING == set(), cls.__name__
    assert set(table) & SENDS_NOTHING == set()
    assert set().union(*table.values()) <= operation_ids()


def test_the_table_follows_the_code_it_is_read_from() -> None:
    """Spot checks where method and operation names differ (renames, aliases, wrappers)."""
    assert resolve_operation("search_user_profiles") == {"search_profiles"}
    assert resolve_operation("search_profiles") == {"search_profiles"}  # the operation id wins over the alias
    assert resolve_operation("mark_session_outcome") == {"set_session_outcome"}
    assert resolve_operation("submit_playbook_aggregation") == {"submit_playbook_aggregation_operation"}
    assert resolve_operation("get_raw_feedbacks") == {"get_user_playbooks"}  # deprecated
    assert resolve_operation("rerun_feedback_generation") == {"rerun_playbook_generation"}
    assert resolve_operation("iter_sessions") == {"get_requests"}
    assert resolve_operation("wait_for_learning") == {"get_learning_status"}
    assert resolve_operation("publish_interaction_async") == {"publish_interaction"}
    assert resolve_operation("*") == {"*"}


@pytest.mark.parametrize(
    ("name", "nearest"),
    [("publsh_interaction", "publish_interaction"), ("get_profile", "get_profiles"), ("serch", "search")],
)
def test_a_misspelled_name_fails_at_once(fake: FakeReflexio, name: str, nearest: str) -> None:
    for call in (lambda: fake.fail(name, 429), lambda: fake.calls(name), lambda: fake.time_out(name)):
        with pytest.raises(ValueError, match=f"did you mean '{nearest}'"):
            call()
    assert fake.unfired_faults() == []


def test_names_that_send_nothing_are_refused(fake: FakeReflexio) -> None:
    with pytest.raises(ValueError, match="sends no request"):
        fake.fail("flush")
    with pytest.raises(ValueError, match="neither an operation id"):
        fake.drop_connection("zzzz")
    with pytest.raises(ValueError, match="neither"):
        fake.calls("*")  # the call log takes one operation
    with pytest.raises(TypeError):
        fake.fail(None)  # type: ignore[arg-type]


def test_a_method_name_reaches_its_operation(fake: FakeReflexio) -> None:
    fake.fail("search_user_profiles", 500)
    fake.fail("mark_session_outcome", 500)
    with fake.client(max_retries=0) as client:
        with pytest.raises(InternalServerError):
            client.search_user_profiles(user_id="u1", query="tea")
        with pytest.raises(InternalServerError):
            client.mark_session_outcome(session_id="s1", outcome="success", occurred_at=1_700_000_000)
    assert len(fake.calls("search_user_profiles")) == len(fake.calls("search_profiles")) == 1
    assert len(fake.calls("mark_session_outcome")) == 1
    fake.assert_faults_fired()


def test_a_fault_that_never_fired_is_reported(fake: FakeReflexio) -> None:
    fake.fail("whoami", 503)
    fake.time_out("get_profiles", times=None)
    with pytest.raises(AssertionError, match=r"never fired.*fail\('whoami', 503\).*ReadTimeout on 'get_profiles'"):
        fake.assert_faults_fired()
    with fake.client() as client:
        assert client.whoami().success  # the 503 fired, then the retry succeeded
    assert fake.unfired_faults() == ["ReadTimeout on 'get_profiles'"]
    fake.reset_faults()
    fake.assert_faults_fired()


@pytest.fixture
def fake() -> FakeReflexio:
    return FakeReflexio()
