"""Pending tool calls against the real server: list, read, resolve, answer, not-applicable, cancel, HMAC.

The server creates pending tool calls only inside LLM extraction runs (an agent's `ask_human`
question); its canned-LLM mode never asks one. The tests therefore write the calls into the
storage of a server of their own, exactly as its SQLite store does, and drive them through the API.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dedicated import clients_of, fresh_server, offline
from reflexio_api.models import PendingToolCallListResponse, PendingToolCallResponse, PendingToolCallStatus
from servers import RealServer

from reflexio import AuthenticationError, ConflictError, NotFoundError

pytestmark = pytest.mark.server

ORG = "self-host-org"  # the self-hosted server's default org (tools/reflexio-server.sh)
SECRET = "tool-call-hmac-secret"
DEFAULT_VALID_SECONDS = 2_592_000  # pending_tool_call_config.prior_answer_valid_seconds default


@pytest.fixture(scope="module")
def own_server() -> Iterator[RealServer]:
    yield from fresh_server("tool-calls", 12)


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, own_server: RealServer) -> Iterator[Any]:
    yield from clients_of(request.param, own_server.url)


@pytest.fixture
def seed(own_server: RealServer, unique: str) -> Any:
    """seed(tool_name=..., status=..., question=...) -> the id of a new call stored on own_server."""
    database = Path(own_server.env()["REFLEXIO_DATA_DIR"]) / "data" / f"reflexio_{ORG}.db"

    def make(tool_name: str = "ask_human", status: str = "pending", question: str = "Which timezone?") -> str:
        call_id = f"ptc-{unique}-{uuid.uuid4().hex[:8]}"
        now = dt.datetime.now(dt.UTC)
        row = {
            "id": call_id,
            "org_id": ORG,
            "user_id": f"user-{unique}",
            "scope": json.dumps({"user_id": f"user-{unique}"}),
            "scope_hash": f"scope-{call_id}",
            "tool_name": tool_name,
            "dedup_key": f"dedup-{call_id}",
            "status": status,
            "question_text": question,
            "answer_format": "free_text",
            "args": json.dumps({"question": question}),
            "tags": json.dumps(["onboarding"]),
            "created_at": now.isoformat(),
            "expires_at": (now + dt.timedelta(days=1)).isoformat(),
            "cache_until": (now + dt.timedelta(minutes=5)).isoformat(),
        }
        with sqlite3.connect(database, timeout=30) as db:
            db.execute(
                f"INSERT INTO _pending_tool_calls ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            )
        return call_id

    return make


def no_retry(client: Any) -> Any:
    """The same client without retries: a 409 is final, so waiting for retries only slows the test."""
    return client.with_options(max_retries=0)


def signed(secret: str, body: dict[str, Any]) -> dict[str, str]:
    """HMAC headers for `body` as the client sends it (compact JSON)."""
    stamp = str(int(time.time()))
    payload = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    digest = hmac.new(secret.encode(), f"{stamp}.{payload}".encode(), hashlib.sha256).hexdigest()
    return {"x_reflexio_signature": f"sha256={digest}", "x_reflexio_timestamp": stamp}


# -- list / get --------------------------------------------------------------------------------


def test_list_pending_tool_calls_by_status(client: Any, seed: Any) -> None:
    asked = seed(question="What is your preferred language?")
    other_tool = seed(tool_name="lookup_crm")
    expired = seed(status="expired")
    superseded = seed(status="superseded")

    everything = client.list_pending_tool_calls()
    assert isinstance(everything, PendingToolCallListResponse)
    assert all(isinstance(call, PendingToolCallResponse) for call in everything.pending_tool_calls)
    assert {asked, other_tool, expired, superseded} <= {call.id for call in everything.pending_tool_calls}

    pending = client.list_pending_tool_calls(status="pending").pending_tool_calls
    assert {asked, other_tool} <= {call.id for call in pending}
    assert {call.status for call in pending} == {PendingToolCallStatus.PENDING}
    assert expired in {c.id for c in client.list_pending_tool_calls(PendingToolCallStatus.EXPIRED).pending_tool_calls}
    only_superseded = client.list_pending_tool_calls(status="superseded", limit=500).pending_tool_calls
    assert superseded in {c.id for c in only_superseded}
    assert {c.status for c in only_superseded} == {PendingToolCallStatus.SUPERSEDED}
    newest = client.list_pending_tool_calls(limit=1).pending_tool_calls
    assert [call.id for call in newest] == [superseded]  # newest first


def test_get_pending_tool_call_returns_the_stored_call(client: Any, seed: Any, unique: str) -> None:
    call_id = seed(question="Do you prefer email or phone?")
    call = client.get_pending_tool_call(call_id)
    assert isinstance(call, PendingToolCallResponse)
    assert (call.id, call.org_id, call.tool_name, call.status) == (
        call_id,
        ORG,
        "ask_human",
        PendingToolCallStatus.PENDING,
    )
    assert call.question_text == "Do you prefer email or phone?"
    assert call.user_id == f"user-{unique}" and call.answer_format == "free_text"
    assert call.args == {"question": "Do you prefer email or phone?"}
    assert call.scope == {"user_id": f"user-{unique}"} and call.tags == ["onboarding"]
    assert call.result is None and call.resolved_at is None
    assert isinstance(call.created_at, dt.datetime) and call.created_at.tzinfo is not None
    assert call.expires_at > call.created_at

    with pytest.raises(NotFoundError) as caught:
        client.get_pending_tool_call(f"{call_id}-missing")
    assert caught.value.status_code == 404


# -- resolve / answer / not applicable / cancel ------------------------------------------------


def test_resolve_with_an_answer_then_edit_it(client: Any, seed: Any) -> None:
    call_id = seed()
    resolved = client.resolve_pending_tool_call(call_id, answer="Europe/Paris")
    assert isinstance(resolved, PendingToolCallResponse)
    assert resolved.status == PendingToolCallStatus.RESOLVED
    assert resolved.result == {"answer": "Europe/Paris"}
    assert (resolved.valid_until - resolved.resolved_at).total_seconds() == DEFAULT_VALID_SECONDS

    same = client.resolve_pending_tool_call(call_id, answer="Europe/Paris")  # the same answer again: no change
    assert same.result == {"answer": "Europe/Paris"} and same.resolved_at == resolved.resolved_at
    with pytest.raises(ConflictError, match="different result"):
        no_retry(client).resolve_pending_tool_call(call_id, answer="Asia/Tokyo")

    edited = client.update_pending_tool_call_answer(call_id, "Europe/Berlin", valid_for_seconds=600)
    assert isinstance(edited, PendingToolCallResponse)
    assert edited.status == PendingToolCallStatus.RESOLVED
    assert edited.result == {"answer": "Europe/Berlin"}
    assert (edited.valid_until - edited.resolved_at).total_seconds() == 600
    assert client.get_pending_tool_call(call_id).result == {"answer": "Europe/Berlin"}


def test_resolve_with_a_result_payload(client: Any, seed: Any) -> None:
    call_id = seed(tool_name="lookup_crm")
    resolved = client.resolve_pending_tool_call(call_id, result={"crm_id": 42, "tier": "gold"}, valid_for_seconds=120)
    assert resolved.status == PendingToolCallStatus.RESOLVED
    assert resolved.result == {"crm_id": 42, "tier": "gold"}
    assert (resolved.valid_until - resolved.resolved_at).total_seconds() == 120
    # only ask_human questions can be edited or marked not applicable
    with pytest.raises(ConflictError, match="ask_human"):
        no_retry(client).update_pending_tool_call_answer(call_id, "other")
    with pytest.raises(ConflictError, match="ask_human"):
        no_retry(client).mark_pending_tool_call_not_applicable(call_id)


def test_answer_of_an_unresolved_call_cannot_be_edited(client: Any, seed: Any) -> None:
    call_id = seed()
    with pytest.raises(ConflictError, match="pending"):
        no_retry(client).update_pending_tool_call_answer(call_id, "too early")
    assert client.get_pending_tool_call(call_id).status == PendingToolCallStatus.PENDING


def test_mark_not_applicable(client: Any, seed: Any) -> None:
    pending, answered = seed(), seed()
    marked = client.mark_pending_tool_call_not_applicable(pending)
    assert isinstance(marked, PendingToolCallResponse)
    assert marked.status == PendingToolCallStatus.RESOLVED
    assert marked.result["not_applicable"] is True

    client.resolve_pending_tool_call(answered, answer="maybe")
    overruled = client.mark_pending_tool_call_not_applicable(answered, valid_for_seconds=30)
    assert overruled.result["not_applicable"] is True
    assert (overruled.valid_until - overruled.resolved_at).total_seconds() == 30


def test_cancel_pending_tool_call(client: Any, seed: Any) -> None:
    call_id, answered = seed(), seed()
    cancelled = client.cancel_pending_tool_call(call_id)
    assert isinstance(cancelled, PendingToolCallResponse)
    assert cancelled.status == PendingToolCallStatus.CANCELLED and cancelled.result is None
    assert client.cancel_pending_tool_call(call_id).status == PendingToolCallStatus.CANCELLED  # a no-op
    assert call_id in {c.id for c in client.list_pending_tool_calls(status="cancelled").pending_tool_calls}
    with pytest.raises(ConflictError, match="cancelled"):
        no_retry(client).resolve_pending_tool_call(call_id, answer="late")
    with pytest.raises(ConflictError, match="cancelled"):
        no_retry(client).mark_pending_tool_call_not_applicable(call_id)

    client.resolve_pending_tool_call(answered, answer="done")
    with pytest.raises(ConflictError, match="resolved"):
        no_retry(client).cancel_pending_tool_call(answered)


# -- HMAC-signed answers -----------------------------------------------------------------------


def test_signed_answers_when_the_org_requires_hmac(client: Any, seed: Any) -> None:
    first, second, third = seed(), seed(), seed()
    assert client.update_config({"pending_tool_call_config": {"hmac_secrets": [SECRET]}})["success"]
    try:
        with pytest.raises(AuthenticationError, match="Missing HMAC signature"):
            no_retry(client).resolve_pending_tool_call(first, answer="yes")
        with pytest.raises(AuthenticationError, match="Invalid HMAC signature"):
            no_retry(client).resolve_pending_tool_call(
                first, answer="yes", **signed("wrong-secret", {"result": {"answer": "yes"}})
            )

        body = {"result": {"answer": "yes"}, "valid_for_seconds": 60}
        resolved = client.resolve_pending_tool_call(first, answer="yes", valid_for_seconds=60, **signed(SECRET, body))
        assert resolved.status == PendingToolCallStatus.RESOLVED and resolved.result == {"answer": "yes"}

        headers = signed(SECRET, {"answer": "no"})
        edited = client.update_pending_tool_call_answer(first, "no", **headers)
        assert edited.result == {"answer": "no"}

        marked = client.mark_pending_tool_call_not_applicable(second, **signed(SECRET, {}))
        assert marked.result["not_applicable"] is True

        stamp = int(signed(SECRET, {})["x_reflexio_timestamp"])  # an int timestamp is accepted too
        digest = hmac.new(SECRET.encode(), f"{stamp}.{{}}".encode(), hashlib.sha256).hexdigest()
        again = client.mark_pending_tool_call_not_applicable(
            third, x_reflexio_signature=digest, x_reflexio_timestamp=stamp
        )
        assert again.status == PendingToolCallStatus.RESOLVED
    finally:
        assert client.update_config({"pending_tool_call_config": {}})["success"]
    assert client.get_config().pending_tool_call_config.hmac_secrets == []


# -- bad input: refused before any network traffic --------------------------------------------


@pytest.fixture(params=["sync", "async"])
def nowhere(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from offline(request.param)


def test_bad_input_is_refused_before_sending(nowhere: Any) -> None:
    c = nowhere
    with pytest.raises(ValueError, match="status"):
        c.list_pending_tool_calls(status="open")
    with pytest.raises(TypeError, match="limit"):
        c.list_pending_tool_calls(limit="10")
    with pytest.raises(ValueError, match="pending_tool_call_id"):
        c.get_pending_tool_call("")
    with pytest.raises(TypeError, match="pending_tool_call_id"):
        c.get_pending_tool_call(7)
    with pytest.raises(ValueError, match="exactly one"):
        c.resolve_pending_tool_call("p")
    with pytest.raises(ValueError, match="exactly one"):
        c.resolve_pending_tool_call("p", result={"a": 1}, answer="a")
    with pytest.raises(TypeError, match="result"):
        c.resolve_pending_tool_call("p", result=["a"])
    with pytest.raises(ValueError, match="answer"):
        c.resolve_pending_tool_call("p", answer="  ")
    with pytest.raises(TypeError, match="valid_for_seconds"):
        c.resolve_pending_tool_call("p", answer="a", valid_for_seconds="60")
    with pytest.raises(TypeError, match="x_reflexio_timestamp"):
        c.resolve_pending_tool_call("p", answer="a", x_reflexio_signature="s", x_reflexio_timestamp=1.5)
    with pytest.raises(ValueError, match="x_reflexio_signature"):
        c.resolve_pending_tool_call("p", answer="a", x_reflexio_signature="")
    with pytest.raises(ValueError, match="answer"):
        c.update_pending_tool_call_answer("p", "")
    with pytest.raises(TypeError, match="valid_for_seconds"):
        c.mark_pending_tool_call_not_applicable("p", valid_for_seconds=True)
    with pytest.raises(ValueError, match="pending_tool_call_id"):
        c.cancel_pending_tool_call(" ")
    assert c.pending == 0
