"""A server newer than our spec: answers with values and fields the spec does not list still parse."""

from __future__ import annotations

import json
import logging

import pytest
from clients import make_client
from fault_server import FaultServer, Reply, Seen
from reflexio_api.models import PlaybookStatus


def _playbook(playbook_id: int, status: str) -> dict[str, object]:
    return {
        "agent_playbook_id": playbook_id,
        "playbook_name": "tone",
        "agent_version": "v1",
        "content": "be brief",
        "playbook_status": status,
        "playbook_metadata": "",
        "created_at": 1700000000,
        "tags": [],
    }


ANSWER = {
    "success": True,
    "agent_playbooks": [
        _playbook(1, "approved"),
        {**_playbook(2, "archived"), "reviewed_by": "ops"},  # a newer status and a newer field
    ],
    "msg": None,
}


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_one_newer_enum_value_does_not_fail_the_list(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    with FaultServer(Reply(200, json.dumps(ANSWER))) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        with caplog.at_level(logging.WARNING, logger="reflexio"):
            first = client.get_agent_playbooks(force_refresh=True).agent_playbooks
            again = client.get_agent_playbooks(force_refresh=True).agent_playbooks
        client.close()
    assert [p.playbook_status for p in first] == ["approved", "archived"]
    assert first[0].playbook_status is PlaybookStatus.APPROVED
    newer = first[1].playbook_status
    assert isinstance(newer, PlaybookStatus) and newer == "archived" and str(newer) == "archived"
    assert newer not in list(PlaybookStatus)  # known members are unchanged
    assert first[1].additional_properties == {"reviewed_by": "ops"}
    assert first[1].to_dict()["playbook_status"] == "archived"
    assert again[1].playbook_status is newer
    warnings = [r.getMessage() for r in caplog.records if "'archived'" in r.getMessage()]
    assert len(warnings) <= 1 and all("PlaybookStatus" in w for w in warnings)


def test_the_warning_names_the_enum_and_value_once(caplog: pytest.LogCaptureFixture) -> None:
    from reflexio_api.models import GetAgentPlaybooksViewResponse

    answer = {**ANSWER, "agent_playbooks": [_playbook(3, "quarantined"), _playbook(4, "quarantined")]}
    with caplog.at_level(logging.WARNING, logger="reflexio"):
        GetAgentPlaybooksViewResponse.from_dict(answer)
        GetAgentPlaybooksViewResponse.from_dict(answer)
    warnings = [r.getMessage() for r in caplog.records if "quarantined" in r.getMessage()]
    assert len(warnings) == 1 and "PlaybookStatus" in warnings[0], warnings


def test_values_we_send_are_still_checked() -> None:
    with pytest.raises(ValueError):
        PlaybookStatus("archived-typo")
    client = make_client("sync", url_endpoint="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(ValueError, match="playbook_status"):
        client.get_agent_playbooks(playbook_status_filter="quarantined-typo")
    client.close()


def test_an_answer_without_a_defaulted_enum_field_takes_the_servers_default() -> None:
    """A field the server always sends (it has a default) still parses when an answer leaves it out."""
    from reflexio_api.models import InteractionView, UserActionType

    view = InteractionView.from_dict({"user_id": "u", "request_id": "r", "created_at": 1700000000})
    assert view.user_action is UserActionType.NONE
    assert view.tools_used == [] and view.retrieved_learnings == []


# -- answers that lack a field the spec says is always sent (an older server, a proxy dropping fields)


@pytest.fixture
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test sees the first (logged) sighting of a missing field, whatever ran before it."""
    import reflexio_api.types

    monkeypatch.setattr(reflexio_api.types, "_WARNED", set())


def _view(playbook_id: int, **changes: object) -> dict[str, object]:
    view = {**_playbook(playbook_id, "approved"), **changes}
    return {key: value for key, value in view.items() if value is not DROP}


DROP = object()


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    "change, cause",
    [({"created_at": DROP}, "missing"), ({"created_at": None}, "null"), ({"created_at": "yesterday"}, "string")],
    ids=["missing", "null", "wrong-type"],
)
def test_one_unreadable_field_keeps_the_rest_of_the_answer(
    kind: str, change: dict[str, object], cause: str, caplog: pytest.LogCaptureFixture, fresh_warnings: None
) -> None:
    from reflexio import MissingFieldError

    answer = {"success": True, "agent_playbooks": [_view(1, **change), _view(2)], "msg": None}
    with FaultServer(Reply(200, json.dumps(answer))) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        with caplog.at_level(logging.WARNING, logger="reflexio"):
            playbooks = client.get_agent_playbooks(force_refresh=True).agent_playbooks
            client.get_agent_playbooks(force_refresh=True)
        client.close()
    partial, whole = playbooks
    assert (partial.agent_playbook_id, partial.content, partial.tags) == (1, "be brief", [])
    assert whole.created_at == 1700000000
    with pytest.raises(MissingFieldError) as info:
        partial.created_at  # noqa: B018
    message = str(info.value)
    assert "AgentPlaybookView.created_at" in message and cause in message
    assert "older or newer" in message and "0.2.32" in message
    assert info.value.model == "AgentPlaybookView" and info.value.field == "created_at"
    assert not hasattr(partial, "created_at") and "created_at=<missing>" in repr(partial)
    assert "created_at" not in partial.to_dict() and partial.to_dict()["content"] == "be brief"
    warned = [r.getMessage() for r in caplog.records if "AgentPlaybookView.created_at" in r.getMessage()]
    assert len(warned) == 1 and cause in warned[0] and "older or newer" in warned[0], warned


def test_a_pending_tool_call_without_args_keeps_the_rest_once_warned(
    caplog: pytest.LogCaptureFixture, fresh_warnings: None
) -> None:
    from reflexio_api.models import PendingToolCallResponse

    from reflexio import MissingFieldError

    call = {
        "id": "c1", "org_id": "o", "scope": "user", "scope_hash": "h", "tool_name": "search", "dedup_key": "k",
        "status": "pending", "question_text": "which?", "tags": [],
    }  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="reflexio"):
        parsed = [PendingToolCallResponse.from_dict({**call, "id": f"c{n}"}) for n in range(3)]
    assert [p.id for p in parsed] == ["c0", "c1", "c2"] and parsed[0].tool_name == "search"
    with pytest.raises(MissingFieldError, match=r"PendingToolCallResponse\.args .*missing"):
        parsed[0].args  # noqa: B018
    warned = [r.getMessage() for r in caplog.records if r.getMessage().startswith("PendingToolCallResponse.args")]
    assert len(warned) == 1 and "older or newer" in warned[0], warned


def test_an_answer_with_none_of_its_fields_is_still_refused() -> None:
    import reflexio

    with FaultServer(Reply(200, json.dumps({"detail": "a proxy's page"}))) as server:
        client = make_client("sync", url_endpoint=server.url, max_retries=0)
        with pytest.raises(reflexio.APIResponseValidationError, match="none of the fields"):
            client.get_agent_playbooks(force_refresh=True)
        client.close()


def test_a_partial_answer_survives_copy_pickle_and_equality() -> None:
    import copy
    import pickle

    from reflexio_api.models import AgentPlaybookView

    from reflexio import MissingFieldError

    partial = AgentPlaybookView.from_dict(_view(7, created_at=DROP))
    for clone in (copy.deepcopy(partial), pickle.loads(pickle.dumps(partial))):
        assert clone == partial and clone.content == "be brief"
        with pytest.raises(MissingFieldError, match="missing"):
            clone.created_at  # noqa: B018
    assert partial != AgentPlaybookView.from_dict(_view(7))


# -- paging against a server whose answers lack has_more


def _sessions(*ids: str) -> str:
    return json.dumps({"success": True, "sessions": [{"session_id": i, "requests": []} for i in ids]})


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_paging_without_has_more_goes_on_while_pages_are_full(kind: str) -> None:
    every = [f"s{n:02}" for n in range(25)]

    def page(seen: Seen) -> Reply:
        body = json.loads(seen.body)
        return Reply(200, _sessions(*every[body["offset"] : body["offset"] + body["top_k"]]))

    with FaultServer(handler=page) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        got = [s.session_id for s in client.iter_sessions(top_k=10)]
        client.close()
    assert got == every  # 10 + 10 + 5: the short page ends the walk
    assert len(server.requests) == 3


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_paging_stops_when_has_more_is_false_even_on_a_full_page(kind: str) -> None:
    with FaultServer(Reply(200, json.dumps({**json.loads(_sessions("a", "b")), "has_more": False}))) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        got = [s.session_id for s in client.iter_sessions(top_k=2)]
        client.close()
    assert got == ["a", "b"] and len(server.requests) == 1


def test_a_field_named_like_a_parser_local_is_kept_in_a_partial_answer() -> None:
    """PlaybookAggregationOperation has a field `error`: the parser's own names must not clobber it."""
    from reflexio_api.models import PlaybookAggregationOperation

    operation = {
        "operation_id": "op", "request_id": "r", "agent_version": "v1", "status": "failed",
        "created_at": 1, "updated_at": "later", "error": "the LLM timed out",
    }  # fmt: skip
    parsed = PlaybookAggregationOperation.from_dict(operation)
    assert parsed.error == "the LLM timed out" and parsed.operation_id == "op"
    assert "updated_at=<missing>" in repr(parsed) and parsed.to_dict()["error"] == "the LLM timed out"


def test_a_whole_answer_round_trips_unchanged() -> None:
    from reflexio_api.models import AgentPlaybookView

    whole = _view(5)
    assert AgentPlaybookView.from_dict(whole).to_dict() == {**whole, "playbook_status": "approved"}


def test_an_optional_plain_field_of_another_type_is_a_gap_not_a_lie() -> None:
    from reflexio_api.models import AgentPlaybookView

    from reflexio import MissingFieldError

    parsed = AgentPlaybookView.from_dict(_view(6, trigger=42, rationale="why"))
    assert parsed.rationale == "why"
    with pytest.raises(MissingFieldError, match="a JSON integer where str is expected"):
        parsed.trigger  # noqa: B018
    assert AgentPlaybookView.from_dict(_view(6, trigger=None)).trigger is None


def test_a_missing_field_set_afterwards_is_read_and_serialized() -> None:
    from reflexio_api.models import AgentPlaybookView

    partial = AgentPlaybookView.from_dict(_view(8, created_at=DROP))
    assert "created_at" not in partial.to_dict()
    partial.created_at = 1700000123
    assert partial.created_at == 1700000123 and partial.to_dict()["created_at"] == 1700000123
    assert "<missing>" not in repr(partial)
