"""Operations against the real server, through the sync and the async client.

Generation (rerun/manual), upgrades, aggregation, user-data clearing and the server cache run
against this module's own canned-LLM server: they act org-wide or are rate limited per client
address (5 calls a minute for each generation endpoint). Unified search, storage stats and the
stall state use the session's plain server.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from dedicated import clients_of, fresh_server, offline, wait_until
from reflexio_api.models import (
    AgentPlaybookView,
    ClearUserDataResponse,
    MarkNotifiedResponse,
    ProfileView,
    RerunPlaybookGenerationResponse,
    RerunProfileGenerationResponse,
    RunPlaybookAggregationResponse,
    StallStateResponse,
    Status,
    StorageStatsResponse,
    UnifiedSearchRequest,
    UnifiedSearchViewResponse,
    UpgradeProfilesResponse,
    UpgradeUserPlaybooksResponse,
    UserPlaybookView,
)
from servers import RealServer

from reflexio import PermissionDeniedError

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def own_server() -> Iterator[RealServer]:
    yield from fresh_server("operations", 22, mock_llm=True)


@pytest.fixture(params=["sync", "async"])
def own_client(request: pytest.FixtureRequest, own_server: RealServer) -> Iterator[Any]:
    yield from clients_of(request.param, own_server.url)


def publish(client: Any, unique: str, text: str, *, source: str = "") -> None:
    answer = client.publish_interaction(
        f"user-{unique}",
        [{"role": "user", "content": text}, {"role": "assistant", "content": "Noted."}],
        source=source,
        agent_version=f"v-{unique}",
        session_id=f"s-{unique}",
    )
    assert answer.success


def profiles(client: Any, unique: str, *statuses: str | None) -> list[ProfileView]:
    found = client.get_profiles(user_id=f"user-{unique}", status_filter=list(statuses), force_refresh=True)
    assert all(isinstance(p, ProfileView) for p in found.user_profiles)
    return list(found.user_profiles)


def user_playbooks(client: Any, unique: str, *statuses: str | None) -> list[UserPlaybookView]:
    found = client.get_user_playbooks(agent_version=f"v-{unique}", status_filter=list(statuses))
    assert all(isinstance(p, UserPlaybookView) for p in found.user_playbooks)
    return list(found.user_playbooks)


# -- profile generation and upgrade ---------------------------------------------------------------


def test_rerun_profile_generation_waits_then_upgrade_promotes(own_client, unique) -> None:
    publish(own_client, unique, "I love hiking and prefer short answers")

    answer = own_client.rerun_profile_generation(user_id=f"user-{unique}", wait_for_response=True)
    assert isinstance(answer, RerunProfileGenerationResponse)
    assert answer.success and answer.msg == "Profile generation completed"
    assert answer.profiles_generated and answer.profiles_generated >= 1
    pending = profiles(own_client, unique, "pending")
    assert len(pending) == answer.profiles_generated
    assert all(p.status == Status.PENDING and "hiking" in p.content for p in pending)
    assert profiles(own_client, unique, "current") == []

    upgraded = own_client.upgrade_profiles(user_id=f"user-{unique}")
    assert isinstance(upgraded, UpgradeProfilesResponse) and upgraded.success
    assert upgraded.profiles_promoted == len(pending) and upgraded.profiles_archived == 0
    current = profiles(own_client, unique, "current")
    assert {p.profile_id for p in current} == {p.profile_id for p in pending}
    assert profiles(own_client, unique, "pending") == []

    again = own_client.upgrade_profiles({"user_id": f"user-{unique}"})
    assert not again.success and again.profiles_promoted == 0  # nothing pending any more


def test_rerun_profile_generation_fire_and_forget_lands(own_client, unique) -> None:
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=1)  # naive = UTC
    publish(own_client, unique, "My favourite colour is green")
    end = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat()

    assert (
        own_client.rerun_profile_generation({"user_id": f"user-{unique}", "start_time": before, "end_time": end})
        is None
    )
    assert own_client.flush(60)
    assert own_client.background_stats.succeeded == 1
    pending = wait_until(lambda: profiles(own_client, unique, "pending"), "the rerun's pending profiles")
    assert any("green" in p.content for p in pending)


def test_manual_profile_generation_writes_current_profiles(own_client, unique) -> None:
    publish(own_client, unique, "I work as a night-shift nurse")
    assert own_client.manual_profile_generation(user_id=f"user-{unique}") is None
    assert own_client.flush(60)
    current = wait_until(lambda: profiles(own_client, unique, "current"), "manual profiles")
    assert any("nurse" in p.content for p in current)
    assert profiles(own_client, unique, "pending") == []

    other = f"{unique}-chat"
    publish(own_client, other, "I am allergic to peanuts", source="chat")
    own_client.manual_profile_generation(source="chat")  # every user with interactions from "chat"
    own_client.flush(60)
    assert any("peanuts" in p.content for p in wait_until(lambda: profiles(own_client, other, "current"), "chat"))
    assert own_client.background_stats.failed == 0


# -- playbook generation, upgrade and aggregation ---------------------------------------------------


def test_rerun_playbook_generation_waits_then_upgrade_promotes(own_client, unique) -> None:
    publish(own_client, unique, "Please always answer in French")

    answer = own_client.rerun_playbook_generation(agent_version=f"v-{unique}", wait_for_response=True)
    assert isinstance(answer, RerunPlaybookGenerationResponse)
    assert answer.success and answer.msg == "Playbook generation completed"
    assert answer.playbooks_generated and answer.playbooks_generated >= 1
    pending = user_playbooks(own_client, unique, "pending")
    assert len(pending) == answer.playbooks_generated
    assert all(p.user_id == f"user-{unique}" and "French" in p.content for p in pending)

    upgraded = own_client.upgrade_user_playbooks(agent_version=f"v-{unique}")
    assert isinstance(upgraded, UpgradeUserPlaybooksResponse) and upgraded.success
    assert upgraded.user_playbooks_promoted == len(pending)
    assert {p.user_playbook_id for p in user_playbooks(own_client, unique, None)} == {
        p.user_playbook_id for p in pending
    }
    again = own_client.upgrade_user_playbooks({"agent_version": f"v-{unique}", "archive_current": True})
    assert not again.success and again.message == "No pending items found to upgrade"


def test_rerun_playbook_generation_fire_and_forget_lands(own_client, unique) -> None:
    publish(own_client, unique, "Never use emojis in replies")
    assert own_client.rerun_playbook_generation({"agent_version": f"v-{unique}"}) is None
    assert own_client.flush(60) and own_client.background_stats.succeeded == 1
    pending = wait_until(lambda: user_playbooks(own_client, unique, "pending"), "the rerun's user playbooks")
    assert any("emojis" in p.content for p in pending)


def test_manual_playbook_generation_writes_current_user_playbooks(own_client, unique) -> None:
    publish(own_client, unique, "Show code samples in Python")
    assert own_client.manual_playbook_generation(agent_version=f"v-{unique}") is None
    own_client.flush(60)
    current = wait_until(lambda: user_playbooks(own_client, unique, None), "manual user playbooks")
    assert any("Python" in p.content for p in current)

    other = f"{unique}-chat"
    publish(own_client, other, "Use metric units", source="chat")
    own_client.manual_playbook_generation(agent_version=f"v-{other}", source="chat")
    own_client.flush(60)
    found = wait_until(lambda: user_playbooks(own_client, other, None), "manual user playbooks from chat")
    assert any("metric" in p.content for p in found)
    assert own_client.background_stats.failed == 0


def test_run_playbook_aggregation_answers_or_fires(own_client, unique) -> None:
    own_client.add_user_playbook(
        {"agent_version": f"v-{unique}", "request_id": f"r-{unique}", "user_id": f"user-{unique}", "content": "Be kind"}
    )
    answer = own_client.run_playbook_aggregation(agent_version=f"v-{unique}", wait_for_response=True)
    assert isinstance(answer, RunPlaybookAggregationResponse) and answer.success
    assert answer.message == "Skipped: not enough new playbooks (1 < 2)"
    assert own_client.get_agent_playbooks(agent_version=f"v-{unique}").agent_playbooks == []

    assert own_client.run_playbook_aggregation({"agent_version": f"v-{unique}"}) is None
    assert own_client.flush(60)
    assert own_client.background_stats.succeeded == 1 and own_client.background_stats.failed == 0


# -- user data and the server cache -------------------------------------------------------------------


def test_clear_user_data_removes_the_users_rows_only(own_client, unique) -> None:
    user = f"user-{unique}"
    publish(own_client, unique, "hello")
    own_client.add_user_playbook({"agent_version": f"v-{unique}", "request_id": "r", "user_id": user, "content": "x"})
    own_client.add_agent_playbooks({"agent_version": f"v-{unique}", "content": "shared"})
    stats = own_client.storage_stats(user)
    assert isinstance(stats, StorageStatsResponse) and stats.playbook_count == 1

    answer = own_client.clear_user_data(user_id=user)
    assert isinstance(answer, ClearUserDataResponse) and answer.success
    counts = answer.deleted_counts
    assert type(counts) is dict  # a free-form object is a plain dict
    assert (counts["interactions"], counts["requests"], counts["user_playbooks"]) == (2, 1, 1)
    assert own_client.storage_stats(user).playbook_count == 0
    assert own_client.get_user_playbooks(user_id=user).user_playbooks == []
    assert [p.content for p in own_client.get_agent_playbooks(agent_version=f"v-{unique}").agent_playbooks] == [
        "shared"
    ]
    again = own_client.clear_user_data({"user_id": user})
    assert sum(again.deleted_counts.values()) == 0


def test_invalidate_cache_evicts_the_org_and_the_local_cache(own_client, own_server, unique) -> None:
    version = f"v-{unique}"
    own_client.add_agent_playbooks({"agent_version": version, "content": "first"})
    assert len(own_client.get_agent_playbooks(agent_version=version).agent_playbooks) == 1  # now cached here
    for other in clients_of("sync", own_server.url):
        other.add_agent_playbooks({"agent_version": version, "content": "second"})

    first = own_client.invalidate_cache()
    assert first == {"invalidated": True, "org_id": "self-host-org"}
    assert own_client.invalidate_cache() == {"invalidated": False, "org_id": "self-host-org"}
    found = own_client.get_agent_playbooks(agent_version=version).agent_playbooks
    assert sorted(p.content for p in found) == ["first", "second"]  # the local cache was dropped too
    assert all(isinstance(p, AgentPlaybookView) for p in found)

    own_client.whoami()  # the org is loaded into the server's cache again
    assert own_client.invalidate_cache("self-host-org")["invalidated"] is True
    with pytest.raises(PermissionDeniedError):
        own_client.invalidate_cache({"org_id": "another-org"})


# -- search, storage stats and the stall state on the shared server ----------------------------------


def test_search_returns_every_kind_and_narrows_by_entity_type(client, unique) -> None:
    word = f"quokka{unique}"
    user = f"user-{unique}"
    client.add_user_playbook({"agent_version": f"v-{unique}", "request_id": "r", "user_id": user, "content": word})
    client.add_agent_playbooks(
        {"agent_version": f"v-{unique}", "content": f"{word} agent", "playbook_status": "approved"}
    )
    client.add_user_profile([{"user_id": user, "content": f"{word} profile"}])

    answer = client.search(query=word, user_id=user)
    assert isinstance(answer, UnifiedSearchViewResponse) and answer.success
    assert [p.content for p in answer.user_playbooks] == [word]
    assert [p.content for p in answer.agent_playbooks] == [f"{word} agent"]
    assert [p.content for p in answer.profiles] == [f"{word} profile"]
    assert isinstance(answer.user_playbooks[0], UserPlaybookView) and isinstance(answer.profiles[0], ProfileView)

    only_agent = client.search({"query": word, "entity_types": ["agent_playbooks"]})
    assert (len(only_agent.agent_playbooks), only_agent.user_playbooks, only_agent.profiles) == (1, [], [])
    approved = client.search(
        UnifiedSearchRequest(query=word),
        agent_playbook_status_filter=["approved"],
        conversation_history=[{"role": "user", "content": "earlier turn"}],
        top_k=3,
        search_mode="fts",
    )
    assert [p.content for p in approved.agent_playbooks] == [f"{word} agent"]
    assert client.search(query=word, agent_version="another-version").agent_playbooks == []


def test_storage_stats_count_a_users_profiles_and_playbooks(client, unique) -> None:
    user = f"user-{unique}"
    empty = client.storage_stats(user)
    assert isinstance(empty, StorageStatsResponse) and empty.success
    assert (empty.profile_count, empty.playbook_count) == (0, 0)

    client.add_user_profile([{"user_id": user, "content": "likes tea"}, {"user_id": user, "content": "owns a cat"}])
    client.add_user_playbook({"agent_version": "v", "request_id": "r", "user_id": user, "content": "offer tea"})
    stats = client.storage_stats(user)
    assert (stats.profile_count, stats.playbook_count) == (2, 1)
    assert isinstance(stats.oldest_profile_modified, dt.datetime)
    assert stats.oldest_profile_modified <= stats.newest_profile_modified


def test_stall_state_reads_and_marks_notified(client) -> None:
    state = client.get_stall_state()
    assert isinstance(state, StallStateResponse)
    assert state.stalled is False  # nothing paused extraction on this server
    assert (state.reason, state.error_message, state.stalled_at) == (None, None, None)

    marked = client.mark_stall_notified()
    assert isinstance(marked, MarkNotifiedResponse)
    assert marked.notified_in_cc is False  # no stall to acknowledge
    assert client.get_stall_state().notified_in_cc is False


# -- bad input never reaches the network --------------------------------------------------------------


@pytest.fixture(params=["sync", "async"])
def offline_client(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from offline(request.param)


BAD_CALLS = {
    "rerun: user_id not str": (lambda c: c.rerun_profile_generation(user_id=7), TypeError),
    "rerun: bad date": (lambda c: c.rerun_profile_generation(start_time="last week"), ValueError),
    "rerun: bad date in dict": (lambda c: c.rerun_playbook_generation({"end_time": "now-ish"}), ValueError),
    "rerun: wait flag not bool": (lambda c: c.rerun_playbook_generation(wait_for_response=1), TypeError),
    "rerun: unknown key": (lambda c: c.rerun_playbook_generation({"agent": "v"}), ValueError),
    "manual: extractor_names not list": (lambda c: c.manual_profile_generation(extractor_names="x"), TypeError),
    "manual: source not str": (lambda c: c.manual_playbook_generation(source=1), TypeError),
    "aggregation: blank playbook_name": (lambda c: c.run_playbook_aggregation(playbook_name=" "), ValueError),
    "aggregation: wait flag not bool": (lambda c: c.run_playbook_aggregation(wait_for_response="no"), TypeError),
    "upgrade: flag not bool": (lambda c: c.upgrade_profiles(only_affected_users="yes"), TypeError),
    "upgrade: profile_ids not list": (lambda c: c.upgrade_profiles(profile_ids="p1"), TypeError),
    "upgrade playbooks: unknown key": (lambda c: c.upgrade_user_playbooks({"version": "v"}), ValueError),
    "search: no query": (lambda c: c.search(top_k=3), ValueError),
    "search: unknown entity type": (lambda c: c.search(query="q", entity_types=["widgets"]), ValueError),
    "search: top_k not int": (lambda c: c.search(query="q", top_k="5"), TypeError),
    "search: bad turn": (lambda c: c.search(query="q", conversation_history=[{"speaker": "x"}]), ValueError),
    "clear: no user": (lambda c: c.clear_user_data(""), ValueError),
    "clear: user not str": (lambda c: c.clear_user_data(5), TypeError),
    "stats: user not str": (lambda c: c.storage_stats(None), TypeError),
    "invalidate: org not str": (lambda c: c.invalidate_cache(5), TypeError),
}


@pytest.mark.parametrize("call, error", BAD_CALLS.values(), ids=BAD_CALLS.keys())
def test_bad_input_is_refused_before_sending(offline_client, call, error) -> None:
    with pytest.raises(error):
        call(offline_client)
    assert offline_client.background_stats.submitted == 0


def test_legacy_selectors_warn_that_they_are_ignored(offline_client) -> None:
    with pytest.warns(DeprecationWarning, match="extractor_names no longer selects extractors"):
        offline_client.manual_profile_generation(user_id="u", extractor_names=["basic"])
    with pytest.warns(DeprecationWarning, match="playbook_name no longer selects a playbook config"):
        offline_client.manual_playbook_generation(agent_version="v", playbook_name="old")
    with pytest.warns(DeprecationWarning, match="extractor_names"):
        offline_client.rerun_profile_generation({"extractor_names": ["basic"]})
    assert not offline_client.flush(30)  # drained, but the calls failed
    assert offline_client.background_stats.failed == 3  # they were sent: nothing listens there
