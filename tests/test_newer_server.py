"""A server newer than our spec: answers with values and fields the spec does not list still parse."""

from __future__ import annotations

import json
import logging

import pytest
from clients import make_client
from fault_server import FaultServer, Reply
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
