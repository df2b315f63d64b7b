"""Profiles against the real server: add, read, search, update, delete, change log; both clients."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from dedicated import clients_of, fresh_server, offline
from reflexio_api.models import (
    AddUserProfileResponse,
    BulkDeleteResponse,
    DeleteUserProfileResponse,
    GetProfilesViewResponse,
    GetUserProfilesRequest,
    ProfileChangeLogView,
    ProfileChangeLogViewResponse,
    ProfileView,
    RerankUserProfilesRequest,
    SearchProfilesViewResponse,
    SearchUserProfileRequest,
    Status,
    UpdateUserProfileRequest,
    UpdateUserProfileResponse,
    UserProfile,
)
from servers import RealServer

from reflexio import InternalServerError, ReflexioClient

pytestmark = pytest.mark.server

OLD = dt.datetime(2024, 3, 1, 12, 0, 0)  # naive: UTC
NEW = dt.datetime(2025, 6, 1, 12, 0, 0, tzinfo=dt.UTC)
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


def contents(answer: Any) -> list[str]:
    return sorted(p.content for p in answer.user_profiles)


def add(client: Any, user_id: str, *texts: str, **fields: Any) -> list[str]:
    """Add one profile per text; return their ids."""
    ids = [f"{user_id}-{uuid.uuid4().hex[:8]}" for _ in texts]
    answer = client.add_user_profile(
        [
            {"user_id": user_id, "profile_id": pid, "content": text, **fields}
            for pid, text in zip(ids, texts, strict=True)
        ]
    )
    assert isinstance(answer, AddUserProfileResponse) and answer.success and answer.added_count == len(texts)
    return ids


# -- add / get ---------------------------------------------------------------------------------


def test_add_user_profile_dicts_and_models_come_back_typed(client: Any, unique: str) -> None:
    user = f"prof-add-{unique}"
    answer = client.add_user_profile(
        [
            {"user_id": user, "content": "likes green tea", "last_modified_timestamp": OLD},
            UserProfile(
                user_id=user,
                profile_id=f"{user}-model",
                content="lives in Lyon",
                last_modified_timestamp=int(NEW.timestamp()),
                generated_from_request_id="import-job",
                source="crm",
            ),
        ]
    )
    assert isinstance(answer, AddUserProfileResponse)
    assert answer.success and answer.added_count == 2

    got = client.get_profiles(user_id=user)
    assert isinstance(got, GetProfilesViewResponse) and got.success
    assert all(isinstance(p, ProfileView) for p in got.user_profiles)
    by_content = {p.content: p for p in got.user_profiles}
    assert set(by_content) == {"likes green tea", "lives in Lyon"}
    manual = by_content["likes green tea"]
    assert manual.user_id == user and manual.profile_id  # the client generated an id
    assert manual.generated_from_request_id == "manual"
    assert manual.last_modified_timestamp == int(OLD.replace(tzinfo=dt.UTC).timestamp())
    model = by_content["lives in Lyon"]
    assert model.profile_id == f"{user}-model" and model.source == "crm"
    assert model.generated_from_request_id == "import-job"
    assert model.last_modified_timestamp == int(NEW.timestamp())


def test_add_user_profile_with_an_existing_id_replaces_it(client: Any, unique: str) -> None:
    user = f"prof-replace-{unique}"
    (pid,) = add(client, user, "first version")
    client.add_user_profile([{"user_id": user, "profile_id": pid, "content": "second version"}])
    got = client.get_profiles(user_id=user, force_refresh=True)
    assert [(p.profile_id, p.content) for p in got.user_profiles] == [(pid, "second version")]


def test_get_profiles_request_shapes(client: Any, unique: str) -> None:
    user = f"prof-shapes-{unique}"
    ids = add(client, user, "enjoys jazz", "allergic to nuts", "works nights")

    as_dict = client.get_profiles({"user_id": user, "query": "JAZZ"})
    as_model = client.get_profiles(GetUserProfilesRequest(user_id=user, query="jazz"), force_refresh=True)
    as_keywords = client.get_profiles(user_id=user, query="jazz")
    for answer in (as_dict, as_model, as_keywords):
        assert isinstance(answer, GetProfilesViewResponse)
        assert contents(answer) == ["enjoys jazz"]

    # keyword arguments override the request's fields
    overridden = client.get_profiles({"user_id": user, "query": "jazz"}, query="nuts")
    assert contents(overridden) == ["allergic to nuts"]
    assert [p.profile_id for p in client.get_profiles(user_id=user, profile_id=ids[2]).user_profiles] == [ids[2]]
    assert len(client.get_profiles(user_id=user, top_k=2).user_profiles) == 2
    assert contents(client.get_profiles(user_id=user, status_filter=["current"])) == sorted(
        ["enjoys jazz", "allergic to nuts", "works nights"]
    )
    assert client.get_profiles(user_id=user, status_filter=["pending"]).user_profiles == []


def test_get_profiles_none_status_means_current(client: Any, unique: str) -> None:
    """Status.NONE and the text "None" select the current profiles (sent as null), like "current" does."""
    user = f"prof-none-status-{unique}"
    add(client, user, "likes tea", "rides a bike")
    expected = ["likes tea", "rides a bike"]
    for status in (Status.NONE, "None", "CURRENT", None):
        got = client.get_profiles(user_id=user, status_filter=[status], force_refresh=True)
        assert contents(got) == expected, status
    # the same in a request of the caller's own, dict or model
    as_dict = client.get_profiles({"user_id": user, "status_filter": ["None"]}, force_refresh=True)
    as_model = client.get_profiles(
        GetUserProfilesRequest(user_id=user, status_filter=[Status.NONE]), force_refresh=True
    )
    assert contents(as_dict) == contents(as_model) == expected
    # a pending-only filter still keeps them out
    assert client.get_profiles(user_id=user, status_filter=[Status.PENDING], force_refresh=True).user_profiles == []


def test_get_profiles_time_window_accepts_naive_aware_iso_and_numbers(client: Any, unique: str) -> None:
    user = f"prof-window-{unique}"
    add(client, user, "old fact", last_modified_timestamp=OLD)
    add(client, f"{user}-other", "unrelated")  # another user's profiles never show up
    client.add_user_profile([{"user_id": user, "content": "new fact", "last_modified_timestamp": NEW.isoformat()}])

    cut = dt.datetime(2025, 1, 1)
    assert contents(client.get_profiles(user_id=user, start_time=cut)) == ["new fact"]
    assert contents(client.get_profiles(user_id=user, end_time=cut.replace(tzinfo=dt.UTC))) == ["old fact"]
    assert contents(client.get_profiles(user_id=user, end_time="2025-01-01T00:00:00Z")) == ["old fact"]
    assert contents(client.get_profiles({"user_id": user, "start_time": "2025-01-01"})) == ["new fact"]
    assert contents(client.get_profiles(user_id=user, start_time=cut.timestamp())) == ["new fact"]
    # 13:30 at UTC+2 is 11:30 UTC, before OLD (12:00 UTC); 14:30 at UTC+2 is after it
    assert contents(client.get_profiles(user_id=user, start_time=dt.datetime(2024, 3, 1, 13, 30, tzinfo=PLUS_TWO))) == [
        "new fact",
        "old fact",
    ]
    assert contents(client.get_profiles(user_id=user, start_time=dt.datetime(2024, 3, 1, 14, 30, tzinfo=PLUS_TWO))) == [
        "new fact"
    ]


def test_get_profiles_is_cached_until_refreshed_or_invalidated(
    client: Any, unique: str, real_server: RealServer
) -> None:
    user = f"prof-cache-{unique}"
    add(client, user, "first")
    assert contents(client.get_profiles(user_id=user)) == ["first"]

    with ReflexioClient(url_endpoint=real_server.url) as other:  # a write this client cannot see
        other.add_user_profile([{"user_id": user, "content": "second"}])
    assert contents(client.get_profiles(user_id=user)) == ["first"]  # served from the local cache
    assert contents(client.get_profiles(user_id=user, force_refresh=True)) == ["first", "second"]

    client.add_user_profile([{"user_id": user, "content": "third"}])  # this client's write invalidates
    assert contents(client.get_profiles(user_id=user)) == ["first", "second", "third"]


def test_get_all_profiles_filters(client: Any, unique: str) -> None:
    user = f"prof-all-{unique}"
    ids = add(client, user, "old one", last_modified_timestamp=OLD)
    ids += add(client, f"{user}-b", "new one", "newer one", source="import", last_modified_timestamp=NEW)

    answer = client.get_all_profiles(5, "current", user_id=user)
    assert isinstance(answer, GetProfilesViewResponse) and answer.success
    assert [(p.user_id, p.content) for p in answer.user_profiles] == [(user, "old one")]

    assert len(client.get_all_profiles(limit=1).user_profiles) == 1
    assert contents(client.get_all_profiles(user_id=f"{user}-b", source="import")) == ["new one", "newer one"]
    assert contents(client.get_all_profiles(profile_id=ids[0])) == ["old one"]
    assert contents(client.get_all_profiles(query="NEWER ONE", user_id=f"{user}-b")) == ["newer one"]
    assert client.get_all_profiles(user_id=user, status_filter="pending").user_profiles == []
    assert contents(client.get_all_profiles(user_id=user, profile_time_to_live="infinity")) == ["old one"]

    assert contents(client.get_all_profiles(user_id=f"{user}-b", start_time=dt.datetime(2025, 1, 1))) == [
        "new one",
        "newer one",
    ]
    assert client.get_all_profiles(user_id=f"{user}-b", end_time="2025-01-01T00:00:00+00:00").user_profiles == []
    assert contents(client.get_all_profiles(user_id=user, end_time=dt.datetime(2025, 1, 1, tzinfo=PLUS_TWO))) == [
        "old one"
    ]
    # created_at is when the server stored the row (now), whatever last_modified_timestamp says
    recent = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    assert contents(client.get_all_profiles(user_id=user, date_field="created_at", start_time=recent)) == ["old one"]
    assert contents(client.get_all_profiles(user_id=user, start_time=recent)) == []


# -- search / rerank ---------------------------------------------------------------------------


def test_search_user_profiles_shapes(client: Any, unique: str) -> None:
    user = f"prof-search-{unique}"
    add(client, user, "drinks oolong tea daily", "plays chess", last_modified_timestamp=OLD)
    add(client, user, "prefers tea over coffee", last_modified_timestamp=NEW)

    by_keywords = client.search_user_profiles(user_id=user, query="tea")
    by_dict = client.search_user_profiles({"user_id": user, "query": "tea", "search_mode": "fts"})
    by_model = client.search_user_profiles(SearchUserProfileRequest(user_id=user, query="tea"))
    for answer in (by_keywords, by_dict, by_model):
        assert isinstance(answer, SearchProfilesViewResponse) and answer.success
        assert all(isinstance(p, ProfileView) for p in answer.user_profiles)
        assert contents(answer) == ["drinks oolong tea daily", "prefers tea over coffee"]

    assert len(client.search_user_profiles(user_id=user, query="tea", top_k=1).user_profiles) == 1
    assert contents(client.search_user_profiles(user_id=user, query="tea", start_time="2025-01-01")) == [
        "prefers tea over coffee"
    ]
    assert contents(client.search_user_profiles(user_id=user, query="tea", end_time=dt.datetime(2025, 1, 1))) == [
        "drinks oolong tea daily"
    ]
    assert client.search_user_profiles(user_id=user, query="chess", search_mode="fts").user_profiles[0].content == (
        "plays chess"
    )
    assert client.search_user_profiles(user_id=f"{user}-nobody", query="tea").user_profiles == []


def test_search_profiles_is_a_deprecated_alias(client: Any, unique: str) -> None:
    user = f"prof-alias-{unique}"
    add(client, user, "collects stamps")
    with pytest.warns(DeprecationWarning, match="search_user_profiles"):
        answer = client.search_profiles({"user_id": user, "query": "stamps"})
    assert isinstance(answer, SearchProfilesViewResponse)
    assert contents(answer) == ["collects stamps"]


def test_rerank_user_profiles(client: Any, unique: str) -> None:
    user = f"prof-rerank-{unique}"
    ids = add(client, user, "likes sushi", "likes pizza")
    # This server has no cross-encoder: a real rerank answers 503, surfaced as a typed error.
    with pytest.raises(InternalServerError) as caught:
        client.with_options(max_retries=0).rerank_user_profiles(user_id=user, query="food", profile_ids=ids)
    assert caught.value.status_code == 503
    assert "Reranking is currently unavailable" in str(caught.value.detail)

    # A query that opts out of personal context is answered without scoring: typed, empty.
    opted_out = client.rerank_user_profiles(
        RerankUserProfilesRequest(user_id=user, query="do not use my profile", profile_ids=ids, top_k=1)
    )
    as_dict = client.rerank_user_profiles({"user_id": user, "query": "ignore my profile", "profile_ids": ids})
    for answer in (opted_out, as_dict):
        assert isinstance(answer, SearchProfilesViewResponse)
        assert answer.success and answer.user_profiles == []
        assert answer.msg == "Reranked 0 profile(s); dropped 0 unknown id(s)"


# -- update / delete ---------------------------------------------------------------------------


def test_update_user_profile_shapes(client: Any, unique: str) -> None:
    user = f"prof-update-{unique}"
    pid, other = add(client, user, "likes tea", "lives in Oslo")

    answer = client.update_user_profile(user_id=user, profile_id=pid, content="likes coffee")
    assert isinstance(answer, UpdateUserProfileResponse) and answer.success
    client.update_user_profile({"user_id": user, "profile_id": pid, "custom_features": {"strength": 3}})
    client.update_user_profile(UpdateUserProfileRequest(user_id=user, profile_id=other, content="lives in Bergen"))

    got = {p.profile_id: p for p in client.get_profiles(user_id=user).user_profiles}  # updates invalidate the cache
    assert got[pid].content == "likes coffee"
    assert got[pid].custom_features == {"strength": 3}
    assert got[other].content == "lives in Bergen"

    missing = client.update_user_profile(user_id=user, profile_id=f"{pid}-missing", content="x")
    assert isinstance(missing, UpdateUserProfileResponse)
    assert missing.success is False and "not found" in missing.msg.lower()


def test_delete_profile_fire_and_forget_then_flush(client: Any, unique: str) -> None:
    user = f"prof-del-{unique}"
    keep, gone = add(client, user, "stays", "goes away")
    assert len(client.get_profiles(user_id=user).user_profiles) == 2

    assert client.delete_profile(user, gone) is None
    assert client.flush(timeout=30) is True
    assert client.background_stats.failed == 0
    assert [p.profile_id for p in client.get_profiles(user_id=user).user_profiles] == [keep]


def test_delete_profile_waiting_returns_the_answer(client: Any, unique: str) -> None:
    user = f"prof-delw-{unique}"
    (pid,) = add(client, user, "short lived")
    answer = client.delete_profile(user_id=user, profile_id=pid, wait_for_response=True)
    assert isinstance(answer, DeleteUserProfileResponse)
    assert answer.success and answer.message == "Deleted successfully"
    assert client.get_profiles(user_id=user).user_profiles == []


def test_delete_profile_by_search_query(client: Any, unique: str) -> None:
    user = f"prof-delq-{unique}"
    add(client, user, "Likes Green Tea", "green tea every morning", "plays golf")
    add(client, f"{user}-other", "also likes green tea")

    answer = client.delete_profile(user, search_query="green TEA", wait_for_response=True)
    assert isinstance(answer, DeleteUserProfileResponse) and answer.success
    assert contents(client.get_profiles(user_id=user)) == ["plays golf"]
    assert contents(client.get_profiles(user_id=f"{user}-other")) == ["also likes green tea"]

    nothing = client.delete_profile(user, search_query="basketball", wait_for_response=True)
    assert nothing.success and "basketball" in nothing.message
    assert client.delete_profile(user, search_query="golf") is None  # fire-and-forget
    assert client.flush(timeout=30) is True
    assert client.get_profiles(user_id=user).user_profiles == []


def test_delete_profiles_by_ids_counts_what_it_deleted(client: Any, unique: str) -> None:
    user = f"prof-bulk-{unique}"
    ids = add(client, user, "a", "b", "c")
    answer = client.delete_profiles_by_ids([ids[0], ids[2], f"{user}-never-existed"])
    assert isinstance(answer, BulkDeleteResponse)
    assert answer.success and answer.deleted_count == 2
    assert [p.profile_id for p in client.get_profiles(user_id=user).user_profiles] == [ids[1]]


# -- change log --------------------------------------------------------------------------------


def test_profile_change_log_records_added_profiles(client: Any, unique: str) -> None:
    user = f"prof-log-{unique}"
    # the log groups profiles by generated_from_request_id: a distinct one gives this add its own entry
    ids = add(client, user, "first entry", "second entry", generated_from_request_id=f"import-{unique}")
    log = client.get_profile_change_log()
    assert isinstance(log, ProfileChangeLogViewResponse) and log.success
    assert all(isinstance(entry, ProfileChangeLogView) for entry in log.profile_change_logs)
    mine = [entry for entry in log.profile_change_logs if entry.request_id == f"import-{unique}"]
    assert len(mine) == 1 and mine[0].user_id == user and mine[0].removed_profiles == []
    added = {p.profile_id: p.content for p in mine[0].added_profiles}
    assert added == dict(zip(ids, ["first entry", "second entry"], strict=True))


def test_extracted_profiles_show_up_in_profiles_and_change_log(llm_client: Any, unique: str) -> None:
    user = f"prof-llm-{unique}"
    published = llm_client.publish_interaction(
        user,
        [
            {"role": "user", "content": "I am vegetarian and I hike every weekend"},
            {"role": "assistant", "content": "Noted"},
        ],
        session_id=f"s-{user}",
        source="chat",
        wait_for_response=True,
        force_extraction=True,
    )
    assert published.success and published.profiles_added >= 1
    profiles = llm_client.get_profiles(user_id=user).user_profiles
    assert len(profiles) == published.profiles_added
    assert {p.generated_from_request_id for p in profiles} == {published.request_id}
    assert {p.source for p in profiles} == {"chat"}

    log = [e for e in llm_client.get_profile_change_log().profile_change_logs if e.user_id == user]
    assert [e.request_id for e in log] == [published.request_id]
    assert sorted(p.profile_id for p in log[0].added_profiles) == sorted(p.profile_id for p in profiles)


# -- org-wide: a server of its own -------------------------------------------------------------


@pytest.fixture(scope="module")
def own_server() -> Iterator[RealServer]:
    yield from fresh_server("profiles", 10)


@pytest.fixture(params=["sync", "async"])
def own_client(request: pytest.FixtureRequest, own_server: RealServer) -> Iterator[Any]:
    yield from clients_of(request.param, own_server.url)


def test_delete_all_profiles_empties_the_org(own_client: Any, unique: str) -> None:
    add(own_client, f"all-a-{unique}", "one", "two")
    add(own_client, f"all-b-{unique}", "three")
    before = len(own_client.get_all_profiles(limit=1000).user_profiles)
    assert before >= 3

    answer = own_client.delete_all_profiles()
    assert isinstance(answer, BulkDeleteResponse) and answer.success  # deleted_count: always 0 (server 0.2.32)
    assert own_client.get_all_profiles(limit=1000).user_profiles == []
    assert own_client.get_profiles(user_id=f"all-a-{unique}").user_profiles == []  # the local cache was dropped


# -- bad input: refused before any network traffic --------------------------------------------


@pytest.fixture(params=["sync", "async"])
def nowhere(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from offline(request.param)


def test_bad_input_is_refused_before_sending(nowhere: Any) -> None:
    c = nowhere
    with pytest.raises(ValueError, match="user_id"):
        c.get_profiles()
    with pytest.raises(ValueError, match="unknown field"):
        c.get_profiles({"user_id": "u", "usr_id": "typo"})
    with pytest.raises(TypeError):
        c.get_profiles(["u"])
    with pytest.raises(ValueError, match="not an ISO-8601"):
        c.get_profiles(user_id="u", start_time="last tuesday")
    with pytest.raises(ValueError, match="status_filter"):
        c.get_profiles(user_id="u", status_filter=["deleted"])
    with pytest.raises(TypeError, match="status_filter"):
        c.get_profiles(user_id="u", status_filter="current")
    with pytest.raises(TypeError, match="limit"):
        c.get_all_profiles(limit="10")
    with pytest.raises(ValueError, match="status_filter"):
        c.get_all_profiles(status_filter="active")
    with pytest.raises(ValueError, match="date_field"):
        c.get_all_profiles(date_field="updated_at")
    with pytest.raises(TypeError):
        c.get_all_profiles(start_time=object())
    with pytest.raises(ValueError, match="user_id"):
        c.search_user_profiles(query="tea")
    with pytest.raises(ValueError, match="unknown field"):
        c.search_user_profiles({"user_id": "u", "qeury": "tea"})
    with pytest.raises(ValueError, match="query"):
        c.rerank_user_profiles(user_id="u", query=" ", profile_ids=["p"])
    with pytest.raises(ValueError, match="profile_ids"):
        c.rerank_user_profiles(user_id="u", query="q", profile_ids=[])
    with pytest.raises(ValueError, match="user_profiles"):
        c.add_user_profile([])
    with pytest.raises(TypeError, match="user_profiles"):
        c.add_user_profile({"user_id": "u", "content": "x"})
    with pytest.raises(ValueError, match="content"):
        c.add_user_profile([{"user_id": "u"}])
    with pytest.raises(ValueError, match="user_id"):
        c.add_user_profile([{"user_id": "", "content": "x"}])
    with pytest.raises(ValueError, match="profile_id"):
        c.update_user_profile(user_id="u", content="x")
    with pytest.raises(ValueError, match="exactly one"):
        c.delete_profile("u")
    with pytest.raises(ValueError, match="exactly one"):
        c.delete_profile("u", "p1", "tea")
    with pytest.raises(TypeError, match="profile_id"):
        c.delete_profile("u", 5)
    with pytest.raises(ValueError, match="user_id"):
        c.delete_profile("", "p1")
    with pytest.raises(ValueError, match="profile_ids"):
        c.delete_profiles_by_ids([])
    with pytest.raises(TypeError, match="profile_ids"):
        c.delete_profiles_by_ids("p1")
    with pytest.raises(ValueError, match=r"profile_ids\[1\]"):
        c.delete_profiles_by_ids(["p1", ""])
    assert c.pending == 0  # nothing was queued either
