"""Playbook methods against the real server, through the sync and the async client.

User and agent playbooks: add, read, filter, search, update, delete; org-wide deletes and the
review run against a server of this module's own.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

import pytest
from dedicated import clients_of, fresh_server, offline
from reflexio_api.models import (
    AddAgentPlaybookRequest,
    AddAgentPlaybookResponse,
    AddUserPlaybookRequest,
    AddUserPlaybookResponse,
    AgentPlaybook,
    AgentPlaybookView,
    BulkDeleteResponse,
    DeleteAgentPlaybookResponse,
    DeleteUserPlaybookResponse,
    GetAgentPlaybooksViewResponse,
    GetUserPlaybooksViewResponse,
    PlaybookStatus,
    ReviewUserPlaybookResult,
    ReviewUserPlaybooksResponse,
    SearchAgentPlaybooksViewResponse,
    SearchUserPlaybooksViewResponse,
    Status,
    UpdateAgentPlaybookResponse,
    UpdatePlaybookStatusResponse,
    UpdateUserPlaybookRequest,
    UpdateUserPlaybookResponse,
    UserPlaybook,
    UserPlaybookView,
)
from servers import RealServer

from reflexio import APIConnectionError

pytestmark = pytest.mark.server

GONE_ID = 2_000_000_000  # no test creates this many playbooks


def user_playbook(unique: str, content: str, **fields: Any) -> dict[str, Any]:
    return {
        "agent_version": f"v-{unique}",
        "request_id": f"req-{unique}",
        "user_id": f"user-{unique}",
        "content": content,
        **fields,
    }


def user_playbooks_of(client: Any, unique: str, **filters: Any) -> list[UserPlaybookView]:
    answer = client.get_user_playbooks(user_id=f"user-{unique}", **filters)
    assert isinstance(answer, GetUserPlaybooksViewResponse) and answer.success
    assert all(isinstance(p, UserPlaybookView) for p in answer.user_playbooks)
    return list(answer.user_playbooks)


def agent_playbooks_of(client: Any, unique: str, **filters: Any) -> list[AgentPlaybookView]:
    answer = client.get_agent_playbooks(agent_version=f"v-{unique}", **filters)
    assert isinstance(answer, GetAgentPlaybooksViewResponse) and answer.success
    assert all(isinstance(p, AgentPlaybookView) for p in answer.agent_playbooks)
    return list(answer.agent_playbooks)


def old_window() -> int:
    """A creation time long past, random to the second: a window around it holds only this test's rows."""
    return 1_000_000_000 + random.randrange(0, 300_000_000)


# -- user playbooks ----------------------------------------------------------------------------


def test_added_user_playbooks_come_back_with_every_field(client, unique) -> None:
    added = client.add_user_playbook(
        [
            user_playbook(
                unique,
                "Greet the user by name",
                playbook_name="greeting",
                trigger="the conversation starts",
                rationale="users like it",
                tags=["tone"],
                source="chat",
            ),
            user_playbook(unique, "Offer a summary", playbook_name="summary"),
        ]
    )
    assert isinstance(added, AddUserPlaybookResponse)
    assert added.success and added.added_count == 2

    got = {p.content: p for p in user_playbooks_of(client, unique)}
    assert set(got) == {"Greet the user by name", "Offer a summary"}
    greeting = got["Greet the user by name"]
    assert (greeting.playbook_name, greeting.trigger, greeting.rationale) == (
        "greeting",
        "the conversation starts",
        "users like it",
    )
    assert (greeting.tags, greeting.source) == (["tone"], "chat")
    assert (greeting.agent_version, greeting.request_id, greeting.user_id) == (
        f"v-{unique}",
        f"req-{unique}",
        f"user-{unique}",
    )
    assert greeting.user_playbook_id > 0

    # a dict request, overridden by keyword arguments; and the other filters
    only = client.get_user_playbooks({"user_id": f"user-{unique}", "limit": 10}, playbook_name="summary")
    assert [p.content for p in only.user_playbooks] == ["Offer a summary"]
    by_id = client.get_user_playbooks(user_playbook_id=greeting.user_playbook_id)
    assert [p.content for p in by_id.user_playbooks] == ["Greet the user by name"]
    assert len(user_playbooks_of(client, unique, limit=1)) == 1
    assert len(client.get_user_playbooks(request_id=f"req-{unique}", agent_version=f"v-{unique}").user_playbooks) == 2
    assert user_playbooks_of(client, unique, agent_version="another-version") == []


def test_add_user_playbook_takes_models_a_single_item_and_the_request(client, unique) -> None:
    model = UserPlaybook(agent_version=f"v-{unique}", request_id=f"req-{unique}", user_id=f"user-{unique}", content="a")
    assert client.add_user_playbook([model]).added_count == 1
    assert client.add_user_playbook(user_playbook(unique, "b")).added_count == 1
    request = AddUserPlaybookRequest(user_playbooks=[UserPlaybook.from_dict(user_playbook(unique, "c"))])
    assert client.add_user_playbook(request).added_count == 1
    assert client.add_user_playbook({"user_playbooks": [user_playbook(unique, "d")]}).added_count == 1
    assert sorted(p.content for p in user_playbooks_of(client, unique)) == ["a", "b", "c", "d"]


def test_user_playbook_time_filters_take_datetimes_iso_strings_and_unix_seconds(client, unique) -> None:
    created = old_window()
    client.add_user_playbook(
        [
            user_playbook(unique, "inside", created_at=created),
            user_playbook(unique, "an hour later", created_at=created + 3600),
        ]
    )
    start_utc = dt.datetime.fromtimestamp(created - 60, dt.UTC)
    end_utc = dt.datetime.fromtimestamp(created + 60, dt.UTC)
    plus_two = dt.timezone(dt.timedelta(hours=2))
    windows = {
        "aware UTC": (start_utc, end_utc),
        "naive (UTC)": (start_utc.replace(tzinfo=None), end_utc.replace(tzinfo=None)),
        "aware +02:00": (start_utc.astimezone(plus_two), end_utc.astimezone(plus_two)),
        "ISO strings": (start_utc.strftime("%Y-%m-%dT%H:%M:%SZ"), end_utc.isoformat()),
        "unix seconds": (created - 60, created + 60),
    }
    for label, (start, end) in windows.items():
        found = user_playbooks_of(client, unique, start_time=start, end_time=end)
        assert [p.content for p in found] == ["inside"], label
        assert found[0].created_at == created
    # the same window inside a dict request
    answer = client.get_user_playbooks({"user_id": f"user-{unique}", "start_time": start_utc, "end_time": end_utc})
    assert [p.content for p in answer.user_playbooks] == ["inside"]
    later = user_playbooks_of(client, unique, start_time=end_utc)
    assert [p.content for p in later] == ["an hour later"]


def test_status_filter_spells_current_as_none_or_current(client, unique) -> None:
    client.add_user_playbook(
        [user_playbook(unique, "current one"), user_playbook(unique, "pending one", status="pending")]
    )

    def contents(**filters: Any) -> list[str]:
        return sorted(p.content for p in user_playbooks_of(client, unique, **filters))

    assert contents() == ["current one", "pending one"]  # the server's default: every live status
    for current in (None, "current", "CURRENT", Status.NONE, "None"):
        assert contents(status_filter=[current]) == ["current one"], current
    assert contents(status_filter=["pending"]) == ["pending one"]
    assert contents(status_filter=[Status.PENDING, "current"]) == ["current one", "pending one"]
    pending = user_playbooks_of(client, unique, status_filter=[Status.PENDING])
    assert pending[0].status == Status.PENDING


def test_update_user_playbook_changes_only_the_given_fields(client, unique) -> None:
    client.add_user_playbook(user_playbook(unique, "old content", playbook_name="name", trigger="old trigger"))
    (original,) = user_playbooks_of(client, unique)
    pid = original.user_playbook_id

    answer = client.update_user_playbook(pid, content="new content", rationale="because")
    assert isinstance(answer, UpdateUserPlaybookResponse) and answer.success
    (updated,) = user_playbooks_of(client, unique)
    assert (updated.content, updated.rationale, updated.trigger, updated.playbook_name) == (
        "new content",
        "because",
        "old trigger",
        "name",
    )

    assert client.update_user_playbook({"user_playbook_id": pid, "trigger": "dict trigger"}).success
    assert client.update_user_playbook(UpdateUserPlaybookRequest(user_playbook_id=pid, playbook_name="model")).success
    (final,) = user_playbooks_of(client, unique)
    assert (final.trigger, final.playbook_name, final.content) == ("dict trigger", "model", "new content")


def test_user_playbooks_are_deleted_one_by_one_and_by_ids(client, unique) -> None:
    client.add_user_playbook([user_playbook(unique, f"p{i}") for i in range(4)])
    ids = {p.content: p.user_playbook_id for p in user_playbooks_of(client, unique)}

    assert client.delete_user_playbook(ids["p0"]) is None  # fire-and-forget by default
    assert client.flush(30)
    assert sorted(p.content for p in user_playbooks_of(client, unique)) == ["p1", "p2", "p3"]

    answer = client.delete_user_playbook(ids["p1"], wait_for_response=True)
    assert isinstance(answer, DeleteUserPlaybookResponse) and answer.success

    bulk = client.delete_user_playbooks_by_ids((ids["p2"], GONE_ID))  # any iterable of ids
    assert isinstance(bulk, BulkDeleteResponse) and bulk.success
    assert bulk.deleted_count == 1  # only the existing one is counted
    assert [p.content for p in user_playbooks_of(client, unique)] == ["p3"]

    assert client.delete_user_playbooks_by_ids({"user_playbook_ids": [ids["p3"]]}).deleted_count == 1
    assert user_playbooks_of(client, unique) == []
    assert client.background_stats.failed == 0


def test_search_user_playbooks_finds_by_text_and_filters(client, unique) -> None:
    word = f"zebra{unique}"
    client.add_user_playbook(
        [
            user_playbook(unique, f"Mention {word} stripes", playbook_name="stripes"),
            user_playbook(unique, f"Mention {word} colours", playbook_name="colours"),
            user_playbook(unique, "Unrelated advice"),
        ]
    )
    answer = client.search_user_playbooks(query=word, user_id=f"user-{unique}")
    assert isinstance(answer, SearchUserPlaybooksViewResponse) and answer.success
    assert all(isinstance(p, UserPlaybookView) for p in answer.user_playbooks)
    assert sorted(p.content for p in answer.user_playbooks) == [f"Mention {word} colours", f"Mention {word} stripes"]

    top_one = client.search_user_playbooks({"query": word, "top_k": 1})
    assert len(top_one.user_playbooks) == 1
    named = client.search_user_playbooks(query=word, playbook_name="stripes", search_mode="fts")
    assert [p.content for p in named.user_playbooks] == [f"Mention {word} stripes"]
    assert client.search_user_playbooks(query=word, agent_version="another-version").user_playbooks == []


# -- agent playbooks ---------------------------------------------------------------------------


def test_agent_playbooks_are_added_updated_and_approved(client, unique) -> None:
    version = f"v-{unique}"
    added = client.add_agent_playbooks(
        [
            {"agent_version": version, "content": "Be brief", "playbook_name": "style", "trigger": "always"},
            {"agent_version": version, "content": "Cite sources", "rationale": "trust", "playbook_status": "approved"},
        ]
    )
    assert isinstance(added, AddAgentPlaybookResponse) and added.success and added.added_count == 2
    got = {p.content: p for p in agent_playbooks_of(client, unique)}
    assert set(got) == {"Be brief", "Cite sources"}
    brief, cite = got["Be brief"], got["Cite sources"]
    assert (brief.playbook_name, brief.trigger, brief.playbook_status) == ("style", "always", PlaybookStatus.PENDING)
    assert (cite.rationale, cite.playbook_status) == ("trust", PlaybookStatus.APPROVED)

    answer = client.update_agent_playbook(brief.agent_playbook_id, content="Be very brief", rationale="time")
    assert isinstance(answer, UpdateAgentPlaybookResponse) and answer.success
    status = client.update_agent_playbook_status(cite.agent_playbook_id, playbook_status=PlaybookStatus.REJECTED)
    assert isinstance(status, UpdatePlaybookStatusResponse) and status.success
    assert client.update_agent_playbook_status(
        {"agent_playbook_id": brief.agent_playbook_id, "playbook_status": "approved"}
    ).success

    # writes through this client invalidate its cached get_agent_playbooks answers
    got = {p.agent_playbook_id: p for p in agent_playbooks_of(client, unique)}
    assert (got[brief.agent_playbook_id].content, got[brief.agent_playbook_id].rationale) == ("Be very brief", "time")
    assert got[brief.agent_playbook_id].playbook_status == PlaybookStatus.APPROVED
    assert got[cite.agent_playbook_id].playbook_status == PlaybookStatus.REJECTED
    rejected = agent_playbooks_of(client, unique, playbook_status_filter="rejected")
    assert [p.content for p in rejected] == ["Cite sources"]
    by_id = client.get_agent_playbooks({"agent_playbook_id": brief.agent_playbook_id})
    assert [p.content for p in by_id.agent_playbooks] == ["Be very brief"]

    missing = client.update_agent_playbook(GONE_ID, content="x")
    assert isinstance(missing, UpdateAgentPlaybookResponse)
    assert not missing.success and "not found" in missing.msg
    assert not client.update_agent_playbook_status(GONE_ID, playbook_status="approved").success


def test_add_agent_playbooks_takes_models_a_single_item_and_the_request(client, unique) -> None:
    version = f"v-{unique}"
    assert client.add_agent_playbooks([AgentPlaybook(agent_version=version, content="a")]).added_count == 1
    assert client.add_agent_playbooks({"agent_version": version, "content": "b"}).added_count == 1
    request = AddAgentPlaybookRequest(agent_playbooks=[AgentPlaybook(agent_version=version, content="c")])
    assert client.add_agent_playbooks(request).added_count == 1
    assert sorted(p.content for p in agent_playbooks_of(client, unique)) == ["a", "b", "c"]


def test_get_agent_playbooks_is_cached_until_a_write_or_force_refresh(client, unique, real_server) -> None:
    version = f"v-{unique}"
    client.add_agent_playbooks({"agent_version": version, "content": "first"})
    assert [p.content for p in agent_playbooks_of(client, unique)] == ["first"]
    for other in clients_of("sync", real_server.url):  # a write this client cannot see
        other.add_agent_playbooks({"agent_version": version, "content": "second"})
    assert [p.content for p in agent_playbooks_of(client, unique)] == ["first"]  # the cached answer
    assert len(agent_playbooks_of(client, unique, force_refresh=True)) == 2
    client.add_agent_playbooks({"agent_version": version, "content": "third"})
    assert len(agent_playbooks_of(client, unique)) == 3


def test_agent_playbooks_are_deleted_one_by_one_and_by_ids(client, unique) -> None:
    version = f"v-{unique}"
    client.add_agent_playbooks([{"agent_version": version, "content": f"a{i}"} for i in range(4)])
    ids = {p.content: p.agent_playbook_id for p in agent_playbooks_of(client, unique)}

    assert client.delete_agent_playbook(ids["a0"]) is None
    assert client.flush(30)
    assert sorted(p.content for p in agent_playbooks_of(client, unique)) == ["a1", "a2", "a3"]

    answer = client.delete_agent_playbook({"agent_playbook_id": ids["a1"]}, wait_for_response=True)
    assert isinstance(answer, DeleteAgentPlaybookResponse) and answer.success

    bulk = client.delete_agent_playbooks_by_ids([ids["a2"], ids["a3"]])
    assert isinstance(bulk, BulkDeleteResponse) and bulk.success and bulk.deleted_count == 2
    assert agent_playbooks_of(client, unique) == []
    assert client.background_stats.failed == 0


def test_search_agent_playbooks_filters_by_approval_status(client, unique) -> None:
    word = f"okapi{unique}"
    version = f"v-{unique}"
    client.add_agent_playbooks(
        [
            {"agent_version": version, "content": f"Use {word} now", "playbook_status": "approved"},
            {"agent_version": version, "content": f"Use {word} later"},
        ]
    )
    answer = client.search_agent_playbooks(query=word, agent_version=version)
    assert isinstance(answer, SearchAgentPlaybooksViewResponse) and answer.success
    assert all(isinstance(p, AgentPlaybookView) for p in answer.agent_playbooks)
    assert sorted(p.content for p in answer.agent_playbooks) == [f"Use {word} later", f"Use {word} now"]

    approved = client.search_agent_playbooks(query=word, playbook_status_filter=PlaybookStatus.APPROVED)
    assert [p.content for p in approved.agent_playbooks] == [f"Use {word} now"]
    both = client.search_agent_playbooks({"query": word, "playbook_status_filter": ["approved", "pending"]})
    assert len(both.agent_playbooks) == 2
    assert client.search_agent_playbooks(query=word, top_k=1).agent_playbooks[0].content.startswith("Use")


# -- org-wide deletes and the review, on this module's own server ------------------------------


@pytest.fixture(scope="module")
def own_server() -> Iterator[RealServer]:
    yield from fresh_server("playbooks", 21)


@pytest.fixture(params=["sync", "async"])
def own_client(request: pytest.FixtureRequest, own_server: RealServer) -> Iterator[Any]:
    yield from clients_of(request.param, own_server.url)


def seed(client: Any, unique: str) -> None:
    client.add_user_playbook([user_playbook(unique, "user one"), user_playbook(unique, "user two")])
    client.add_agent_playbooks({"agent_version": f"v-{unique}", "content": "agent one"})


def test_delete_all_user_playbooks_keeps_agent_playbooks(own_client, unique) -> None:
    seed(own_client, unique)
    answer = own_client.delete_all_user_playbooks()
    assert isinstance(answer, BulkDeleteResponse) and answer.success
    assert answer.deleted_count == 0  # server 0.2.32 does not count
    assert own_client.get_user_playbooks(status_filter=[None, "pending", "archived"]).user_playbooks == []
    assert [p.content for p in agent_playbooks_of(own_client, unique)] == ["agent one"]


def test_delete_all_agent_playbooks_keeps_user_playbooks(own_client, unique) -> None:
    seed(own_client, unique)
    answer = own_client.delete_all_agent_playbooks()
    assert isinstance(answer, BulkDeleteResponse) and answer.success
    assert own_client.get_agent_playbooks(force_refresh=True).agent_playbooks == []
    assert sorted(p.content for p in user_playbooks_of(own_client, unique)) == ["user one", "user two"]


def test_delete_all_playbooks_deletes_both_kinds(own_client, unique) -> None:
    seed(own_client, unique)
    answer = own_client.delete_all_playbooks()
    assert isinstance(answer, BulkDeleteResponse) and answer.success
    assert own_client.get_agent_playbooks().agent_playbooks == []
    assert own_client.get_user_playbooks().user_playbooks == []


def test_review_user_playbooks_reports_on_the_window(own_client, unique) -> None:
    created = old_window()
    own_client.add_user_playbook([user_playbook(unique, f"r{i}", created_at=created + i) for i in range(3)])
    ids = {p.user_playbook_id for p in user_playbooks_of(own_client, unique)}
    start = dt.datetime.fromtimestamp(created - 5, dt.UTC)

    report = own_client.review_user_playbooks(start_time=start, end_time=created + 5, top_k=2)
    assert isinstance(report, ReviewUserPlaybooksResponse) and report.success
    assert report.report_only is True and report.selected_count == 2
    assert all(isinstance(r, ReviewUserPlaybookResult) for r in report.results)
    assert {r.user_playbook_id for r in report.results} <= ids and len(report.results) == 2
    assert not any(r.applied for r in report.results)
    counts = report.accepted_count + report.edited_count + report.rejected_count + report.skipped_count
    assert counts == report.selected_count

    started = own_client.review_user_playbooks(
        {"start_time": start.isoformat(), "end_time": start + dt.timedelta(seconds=10), "report_only": False}
    )
    assert started.success and started.report_only is False
    assert started.run_id and started.run_id != report.run_id


# -- bad input never reaches the network --------------------------------------------------------


@pytest.fixture(params=["sync", "async"])
def offline_client(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from offline(request.param)


NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
BAD_CALLS = {
    "limit not int": (lambda c: c.get_user_playbooks(limit="5"), TypeError),
    "unknown status": (lambda c: c.get_user_playbooks(status_filter=["bogus"]), ValueError),
    "status_filter not a list": (lambda c: c.get_user_playbooks(status_filter="pending"), TypeError),
    "unknown request key": (lambda c: c.get_user_playbooks({"user_idd": "u"}), ValueError),
    "bad date": (lambda c: c.get_user_playbooks(start_time="yesterday"), ValueError),
    "bad date in dict": (lambda c: c.get_user_playbooks({"end_time": "soon"}), ValueError),
    "bool date": (lambda c: c.get_user_playbooks(end_time=True), TypeError),
    "request not a dict": (lambda c: c.get_user_playbooks(["user"]), TypeError),
    "unknown approval": (lambda c: c.get_agent_playbooks(playbook_status_filter="maybe"), ValueError),
    "force_refresh not bool": (lambda c: c.get_agent_playbooks(force_refresh="yes"), TypeError),
    "top_k not int": (lambda c: c.search_user_playbooks(query="q", top_k="3"), TypeError),
    "unknown search mode": (lambda c: c.search_user_playbooks(query="q", search_mode="magic"), ValueError),
    "unknown approval in list": (
        lambda c: c.search_agent_playbooks(query="q", playbook_status_filter=["approved", "nope"]),
        ValueError,
    ),
    "threshold not a number": (lambda c: c.search_agent_playbooks(query="q", threshold="high"), TypeError),
    "no playbooks": (lambda c: c.add_user_playbook([]), ValueError),
    "missing request_id": (lambda c: c.add_user_playbook([{"agent_version": "v", "content": "c"}]), ValueError),
    "text instead of playbooks": (lambda c: c.add_user_playbook("be nice"), TypeError),
    "created_at not int": (
        lambda c: c.add_user_playbook({"agent_version": "v", "request_id": "r", "created_at": "today"}),
        TypeError,
    ),
    "agent playbook without content": (lambda c: c.add_agent_playbooks([{"agent_version": "v"}]), ValueError),
    "tags the server drops": (
        lambda c: c.add_agent_playbooks([{"agent_version": "v", "content": "c", "tags": ["t"]}]),
        ValueError,
    ),
    "id as text": (lambda c: c.update_user_playbook("12", content="c"), TypeError),
    "content not str": (lambda c: c.update_user_playbook(12, content=3), TypeError),
    "unknown approval on update": (lambda c: c.update_agent_playbook(1, playbook_status="done"), ValueError),
    "missing approval": (lambda c: c.update_agent_playbook_status(1), ValueError),
    "review without end": (lambda c: c.review_user_playbooks(start_time=NOW), ValueError),
    "review top_k not int": (lambda c: c.review_user_playbooks(start_time=NOW, end_time=NOW, top_k="2"), TypeError),
    "delete id as text": (lambda c: c.delete_agent_playbook("1"), TypeError),
    "wait flag not bool": (lambda c: c.delete_user_playbook(1, wait_for_response="yes"), TypeError),
    "no ids": (lambda c: c.delete_agent_playbooks_by_ids([]), ValueError),
    "ids as text": (lambda c: c.delete_user_playbooks_by_ids(["a"]), TypeError),
}


@pytest.mark.parametrize("call, error", BAD_CALLS.values(), ids=BAD_CALLS.keys())
def test_bad_input_is_refused_before_sending(offline_client, call, error) -> None:
    with pytest.raises(error):
        call(offline_client)
    assert offline_client.background_stats.submitted == 0


def test_the_offline_client_does_reach_for_the_network(offline_client) -> None:
    """The counterpart of the bad-input tests: valid input from the same client does try to connect."""
    with pytest.raises(APIConnectionError):
        offline_client.get_user_playbooks(limit=5)
