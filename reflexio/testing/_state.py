"""The in-memory Reflexio server behind FakeReflexio: state and one handler per stateful operation.

Answers are plain JSON values shaped as reflexio-ai 0.2.32 shapes them (its storage rules, messages
and defaults), checked field by field against the real server by tests/test_fake_contract.py.
Operations without a handler here answer the spec example of `_routes.py`.
"""

from __future__ import annotations

import copy
import functools
import itertools
import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

JSON = Any
Handler = Callable[["FakeState", dict[str, str], JSON], tuple[int, JSON]]
HANDLERS: dict[str, Handler] = {}

ORG_ID = "self-host-org"
STORAGE = {"storage_type": "sqlite", "storage_label": "in-memory (reflexio.testing)"}
NEVER_EXPIRES = 4102444800  # the server's expiration_timestamp of a profile that never expires
# GET /api/get_config of a fresh reflexio-ai 0.2.32 server (sqlite, no LLM key)
DEFAULT_CONFIG_FILE = Path(__file__).with_name("_default_config.json")


@functools.cache
def _default_config_text() -> str:
    return DEFAULT_CONFIG_FILE.read_text()


def default_config() -> dict[str, Any]:
    """A fresh copy of the server's default config."""
    config: dict[str, Any] = json.loads(_default_config_text())
    return config


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = handler
        return handler

    return register


class Invalid(Exception):
    """A request the server refuses with 422 (FastAPI's `{"detail": [...]}` shape)."""

    def __init__(self, field_name: str, value: JSON, message: str = "Field required", kind: str = "missing") -> None:
        super().__init__(message)
        self.detail = [{"type": kind, "loc": ["body", field_name], "msg": message, "input": value}]


@dataclass
class FakeState:
    """What the fake server stores. Guarded by `lock`: fire-and-forget calls arrive from other threads."""

    config: dict[str, JSON] = field(default_factory=default_config)
    lock: threading.RLock = field(default_factory=threading.RLock)
    requests: dict[str, dict[str, JSON]] = field(default_factory=dict)  # request_id -> Request
    interactions: dict[int, dict[str, JSON]] = field(default_factory=dict)  # interaction_id -> InteractionView
    profiles: dict[str, dict[str, JSON]] = field(default_factory=dict)  # profile_id -> ProfileView
    user_playbooks: dict[int, dict[str, JSON]] = field(default_factory=dict)
    agent_playbooks: dict[int, dict[str, JSON]] = field(default_factory=dict)
    runs: dict[str, dict[str, JSON]] = field(default_factory=dict)  # service_name -> its latest run
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    clock: Callable[[], float] = time.time

    def now(self) -> int:
        return int(self.clock())

    def handle(self, operation_id: str, params: dict[str, str], body: JSON) -> tuple[int, JSON] | None:
        """(status, answer) of a stateful operation, or None when the operation keeps no state."""
        handler = HANDLERS.get(operation_id)
        if handler is None:
            return None
        try:
            with self.lock:
                return handler(self, params, body if body is not None else {})
        except Invalid as exc:
            return 422, {"detail": exc.detail}


# -- request helpers -------------------------------------------------------------------------------


def _require(body: JSON, *names: str) -> None:
    if not isinstance(body, dict):
        raise Invalid("body", body, "Input should be a valid dictionary", "dict_type")
    for name in names:
        if body.get(name) in (None, ""):
            raise Invalid(name, body)


def _epoch(value: JSON) -> int | None:
    """An ISO-8601 date-time (as the client sends start_time/end_time) in epoch seconds."""
    if value is None:
        return None
    return int(datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp())


def _in_window(created: int, body: JSON) -> bool:
    start, end = _epoch(body.get("start_time")), _epoch(body.get("end_time"))
    return (start is None or created >= start) and (end is None or created <= end)


def _matches(text: str, query: JSON) -> bool:
    """The fake's text search: every word of the query appears in the text, ignoring case."""
    if not query:
        return True
    words = str(query).lower().split()
    return all(word in text.lower() for word in words)


# -- requests and interactions --------------------------------------------------------------------

REQUEST_VIEW = (
    "request_id",
    "user_id",
    "created_at",
    "source",
    "agent_version",
    "session_id",
    "evaluation_only",
    "retrieval_experiment_id",
    "retrieval_experiment_arm",
)
INTERACTION_FIELDS = {
    "role": "User",
    "content": "",
    "user_action": "none",
    "user_action_description": "",
    "interacted_image_url": "",
    "shadow_content": "",
    "expert_content": "",
}


@handles("publish_interaction")
def publish_interaction(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_id", "session_id")
    turns = body.get("interaction_data_list")
    if not turns:
        raise Invalid("interaction_data_list", body, "List should have at least 1 item after validation", "too_short")
    request_id = body.get("request_id") or str(uuid.uuid4())
    if request_id in state.requests:
        return 200, {"success": False, "message": f"request_id '{request_id}' already exists", "warnings": []}
    now = state.now()
    state.requests[request_id] = {
        "request_id": request_id,
        "user_id": body["user_id"],
        "created_at": now,
        "source": body.get("source") or "",
        "agent_version": body.get("agent_version") or "",
        "session_id": body["session_id"],
        "evaluation_only": bool(body.get("evaluation_only", False)),
        "retrieval_experiment_id": body.get("retrieval_experiment_id"),
        "retrieval_experiment_arm": body.get("retrieval_experiment_arm"),
        "force_extraction": bool(body.get("force_extraction", False)),  # not shown: the fake's own note
    }
    for turn in turns:
        interaction_id = next(state.ids)
        view = {key: turn.get(key, default) for key, default in INTERACTION_FIELDS.items()}
        state.interactions[interaction_id] = {
            "interaction_id": interaction_id,
            "user_id": body["user_id"],
            "request_id": request_id,
            "created_at": turn.get("created_at") or now,
            **view,
            "tools_used": turn.get("tools_used") or [],
            "retrieved_learnings": turn.get("retrieved_learnings") or [],
        }
    answer: dict[str, JSON] = {
        "success": True,
        "message": "Interaction published successfully",
        "warnings": [],
        "request_id": request_id,
        **STORAGE,
        "profiles_added": 0,
        "playbooks_added": 0,
        **_learning(state.requests[request_id], published=True, waited=params.get("wait_for_response") == "true"),
    }
    return 200, answer


def _learning(request: dict[str, JSON], published: bool = False, waited: bool = False) -> dict[str, str]:
    """Nothing is learned without an LLM: evaluation-only requests are done, the rest wait for a full
    window. A force_extraction request is extracted at once and yields nothing (the real server
    without an LLM keeps such a publish waiting until its deadline instead)."""
    if request["evaluation_only"]:
        return {"learning_status": "done", "learning_reason": "not_applicable"}
    if request["force_extraction"]:
        if published and not waited:
            return {"learning_status": "deferred", "learning_reason": "queued"}
        return {"learning_status": "done", "learning_reason": "covered"}
    if request.get("finalized"):
        return {"learning_status": "pending", "learning_reason": "queued"}
    return {"learning_status": "deferred" if published else "pending", "learning_reason": "waiting_for_window"}


def _request_view(state: FakeState, request: dict[str, JSON]) -> dict[str, JSON]:
    turns = [i for i in state.interactions.values() if i["request_id"] == request["request_id"]]
    turns.sort(key=lambda i: (i["created_at"], i["interaction_id"]))
    stored = {k: v for k, v in request.items() if v is not None and k in REQUEST_VIEW}
    return {"request": stored, "interactions": copy.deepcopy(turns)}


@handles("get_requests")
def get_requests(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body)
    wanted = [
        r
        for r in state.requests.values()
        if all(not body.get(key) or r[key] == body[key] for key in ("user_id", "request_id", "session_id"))
        and (body.get("source") is None or r["source"] == body["source"])
        and _in_window(r["created_at"], body)
    ]
    latest: dict[str, int] = {}
    for r in wanted:
        latest[r["session_id"]] = max(latest.get(r["session_id"], 0), r["created_at"])
    limit = body.get("top_k") or 100
    offset = body.get("offset") or 0
    order = sorted(latest, key=lambda sid: (latest[sid], sid), reverse=True)[offset : offset + limit]
    sessions = []
    for session_id in order:
        rows = [r for r in wanted if r["session_id"] == session_id]
        rows.sort(key=lambda r: r["created_at"], reverse=True)
        sessions.append({"session_id": session_id, "requests": [_request_view(state, r) for r in rows]})
    count = sum(len(s["requests"]) for s in sessions)
    return 200, {
        "success": True,
        "sessions": sessions,
        "has_more": len(sessions) >= limit,
        "msg": f"Found {count} request(s) in {len(sessions)} session(s)",
    }


@handles("get_interactions")
def get_interactions(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_id")
    found = [
        i for i in state.interactions.values() if i["user_id"] == body["user_id"] and _in_window(i["created_at"], body)
    ]
    found.sort(key=lambda i: i["created_at"], reverse=True)  # stable: ties stay in the order stored
    found = found[: body.get("top_k") or 30]
    return 200, {"success": True, "interactions": copy.deepcopy(found), "msg": f"Found {len(found)} interaction(s)"}


@handles("get_all_interactions")
def get_all_interactions(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    found = sorted(state.interactions.values(), key=lambda i: (i["created_at"], i["interaction_id"]), reverse=True)
    found = found[: int(params.get("limit", 100))]
    return 200, {"success": True, "interactions": copy.deepcopy(found), "msg": f"Found {len(found)} interaction(s)"}


@handles("search_interactions")
def search_interactions(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    """The fake's word match, newest first (the server ranks full-text matches by relevance)."""
    _require(body, "user_id")
    found = [
        i
        for i in state.interactions.values()
        if i["user_id"] == body["user_id"]
        and (not body.get("request_id") or i["request_id"] == body["request_id"])
        and _matches(i["content"], body.get("query"))
        and _in_window(i["created_at"], body)
    ]
    found.sort(key=lambda i: i["created_at"], reverse=True)
    found = found[: body.get("most_recent_k") or 10]
    answer = {"success": True, "interactions": copy.deepcopy(found)}
    return 200, {**answer, "msg": f"Found {len(found)} matching interaction(s)"}


@handles("finalize_session")
def finalize_session(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_id", "session_id")
    pair = (body["user_id"], body["session_id"])
    saved = [r for r in state.requests.values() if (r["user_id"], r["session_id"]) == pair]
    for request in saved:
        request["finalized"] = True  # its extraction is queued now, not waiting for a full window
    accepted = bool(saved)
    message = "Completion hint accepted; learning is asynchronous." if accepted else "No saved session to finalize."
    return 200, {"success": True, "accepted": accepted, "message": message}


def _drop_requests(state: FakeState, request_ids: set[str]) -> int:
    for interaction_id in [k for k, i in state.interactions.items() if i["request_id"] in request_ids]:
        del state.interactions[interaction_id]
    dropped = [rid for rid in request_ids if rid in state.requests]
    for rid in dropped:
        del state.requests[rid]
    return len(dropped)


@handles("delete_interaction")
def delete_interaction(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_id", "interaction_id")
    found = state.interactions.get(body["interaction_id"])
    if found is not None and found["user_id"] == body["user_id"]:
        del state.interactions[body["interaction_id"]]
    return 200, {"success": True, "message": "Deleted successfully"}


@handles("delete_request")
def delete_request(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "request_id")
    _drop_requests(state, {body["request_id"]})
    return 200, {"success": True, "message": "Deleted successfully"}


@handles("delete_session")
def delete_session(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "session_id")
    ids = {rid for rid, r in state.requests.items() if r["session_id"] == body["session_id"]}
    count = _drop_requests(state, ids)
    return 200, {"success": True, "message": f"Deleted {count} item(s)", "deleted_requests_count": count}


@handles("delete_requests_by_ids")
def delete_requests_by_ids(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "request_ids")
    count = _drop_requests(state, set(body["request_ids"]))
    return 200, {"success": True, "message": f"Deleted {count} item(s)", "deleted_count": count}


@handles("get_learning_status")
def get_learning_status(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    if params.get("request_id") not in state.requests:
        return 404, {"detail": "request not found"}
    found = _learning(state.requests[params["request_id"]])
    return 200, {"status": found["learning_status"], "reason": found["learning_reason"]}


# -- profiles -------------------------------------------------------------------------------------


@handles("add_user_profile")
def add_user_profile(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_profiles")
    now = state.now()
    for given in body["user_profiles"]:
        _require(given, "user_id", "content")
        profile_id = given.get("profile_id") or str(uuid.uuid4())
        state.profiles[profile_id] = {
            "profile_id": profile_id,
            "user_id": given["user_id"],
            "content": given["content"],
            "last_modified_timestamp": given.get("last_modified_timestamp") or now,
            "generated_from_request_id": given.get("generated_from_request_id") or "",
            "profile_time_to_live": given.get("profile_time_to_live") or "infinity",
            "expiration_timestamp": given.get("expiration_timestamp") or NEVER_EXPIRES,
            "custom_features": given.get("custom_features"),
            "source": given.get("source") or "",
            "status": given.get("status"),
            "extractor_names": given.get("extractor_names"),
            "source_span": given.get("source_span"),
            "source_interaction_ids": given.get("source_interaction_ids") or [],
            "tags": given.get("tags") or [],
        }
    count = len(body["user_profiles"])
    return 200, {"success": True, "message": f"Added {count} profile(s)", "added_count": count}


def _profile_view(profile: dict[str, JSON]) -> dict[str, JSON]:
    return {k: copy.deepcopy(v) for k, v in profile.items() if v is not None}


def _profiles(state: FakeState, body: JSON) -> list[dict[str, JSON]]:
    statuses = body.get("status_filter") or [None]
    found = [
        p
        for p in state.profiles.values()
        if p["user_id"] == body["user_id"]
        and p["status"] in statuses
        and (not body.get("profile_id") or p["profile_id"] == body["profile_id"])
        and (not body.get("source") or p["source"] == body["source"])
        and (not body.get("tags") or set(body["tags"]) & set(p["tags"]))
        and _matches(p["content"], body.get("query"))
        and _in_window(p["last_modified_timestamp"], body)
    ]
    return sorted(found, key=lambda p: p["last_modified_timestamp"], reverse=True)


@handles("get_profiles")
def get_profiles(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_id")
    found = _profiles(state, body)[: body.get("top_k") or None]
    return 200, {
        "success": True,
        "user_profiles": [_profile_view(p) for p in found],
        "msg": f"Found {len(found)} profile(s)",
    }


@handles("search_profiles")
def search_profiles(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_id")
    found = _profiles(state, {**body, "status_filter": None})[: body.get("top_k") or 10]
    answer = {"success": True, "user_profiles": [_profile_view(p) for p in found]}
    return 200, {**answer, "msg": f"Found {len(found)} matching profile(s)"}


@handles("get_all_profiles")
def get_all_profiles(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    found = [p for p in state.profiles.values() if p["status"] is None]
    if params.get("user_id"):
        found = [p for p in found if p["user_id"] == params["user_id"]]
    found.sort(key=lambda p: p["last_modified_timestamp"], reverse=True)
    found = found[: int(params.get("limit", 100))]
    return 200, {
        "success": True,
        "user_profiles": [_profile_view(p) for p in found],
        "msg": f"Found {len(found)} profile(s)",
    }


@handles("update_user_profile")
def update_user_profile(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_id", "profile_id")
    profile = state.profiles.get(body["profile_id"])
    if profile is None or profile["user_id"] != body["user_id"]:
        message = f"Profile not found: user_id={body['user_id']!r} profile_id={body['profile_id']!r}"
        return 200, {"success": False, "msg": message}
    for key in ("content", "custom_features"):
        if body.get(key) is not None:
            profile[key] = body[key]
    profile["last_modified_timestamp"] = state.now()
    return 200, {"success": True, "msg": "User profile updated successfully"}


@handles("delete_profile")
def delete_profile(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    """By profile_id only: like the real server, a search_query alone deletes nothing."""
    _require(body, "user_id")
    if not body.get("profile_id") and not body.get("search_query"):
        return 200, {"success": False, "message": "Profile id or search query is required"}
    found = state.profiles.get(body.get("profile_id") or "")
    if found is not None and found["user_id"] == body["user_id"]:
        del state.profiles[found["profile_id"]]
    return 200, {"success": True, "message": "Deleted successfully"}


@handles("delete_profiles_by_ids")
def delete_profiles_by_ids(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "profile_ids")
    gone = [pid for pid in body["profile_ids"] if state.profiles.pop(pid, None) is not None]
    return 200, {"success": True, "message": f"Deleted {len(gone)} item(s)", "deleted_count": len(gone)}


# -- playbooks ------------------------------------------------------------------------------------

USER_PLAYBOOK_VIEW = (
    "user_playbook_id",
    "user_id",
    "agent_version",
    "request_id",
    "playbook_name",
    "created_at",
    "content",
    "trigger",
    "rationale",
    "status",
    "source",
    "source_interaction_ids",
    "source_span",
    "tags",
)
AGENT_PLAYBOOK_VIEW = (
    "agent_playbook_id",
    "playbook_name",
    "agent_version",
    "created_at",
    "content",
    "trigger",
    "rationale",
    "playbook_status",
    "playbook_metadata",
    "status",
    "tags",
)


def _view(item: dict[str, JSON], fields: tuple[str, ...]) -> dict[str, JSON]:
    return {k: copy.deepcopy(item[k]) for k in fields if item.get(k) is not None}


@handles("add_user_playbook")
def add_user_playbook(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_playbooks")
    for given in body["user_playbooks"]:
        _require(given, "agent_version", "request_id")
        playbook_id = next(state.ids)
        state.user_playbooks[playbook_id] = {
            "playbook_name": "",
            "content": "",
            "source_interaction_ids": [],
            **given,
            "user_playbook_id": playbook_id,
            "created_at": given.get("created_at") or state.now(),
            "tags": given.get("tags") or [],
        }
    count = len(body["user_playbooks"])
    return 200, {"success": True, "message": f"Added {count} item(s)", "added_count": count}


@handles("add_agent_playbooks")
def add_agent_playbooks(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "agent_playbooks")
    for given in body["agent_playbooks"]:
        _require(given, "agent_version", "content")
        playbook_id = next(state.ids)
        state.agent_playbooks[playbook_id] = {
            "agent_playbook_id": playbook_id,
            "playbook_name": given.get("playbook_name") or "",
            "agent_version": given["agent_version"],
            "created_at": state.now(),
            "content": given["content"],
            "trigger": given.get("trigger"),
            "rationale": given.get("rationale"),
            "playbook_status": given.get("playbook_status") or "pending",
            "playbook_metadata": given.get("playbook_metadata") or "",
            "status": None,
            "tags": [],
        }
    count = len(body["agent_playbooks"])
    return 200, {"success": True, "message": f"Added {count} item(s)", "added_count": count}


def _playbook_filter(item: dict[str, JSON], body: JSON, keys: tuple[str, ...]) -> bool:
    statuses = body.get("status_filter") or [None]
    text = " ".join(str(item.get(k) or "") for k in ("content", "trigger", "rationale", "playbook_name"))
    return (
        all(not body.get(key) or item.get(key) == body[key] for key in keys)
        and item.get("status") in statuses
        and (not body.get("tags") or bool(set(body["tags"]) & set(item.get("tags") or [])))
        and _matches(text, body.get("query"))
        and _in_window(item["created_at"], body)
    )


def _newest(items: list[dict[str, JSON]], id_key: str) -> list[dict[str, JSON]]:
    return sorted(items, key=lambda i: (i["created_at"], i[id_key]), reverse=True)


def _user_playbooks(state: FakeState, body: JSON, searching: bool) -> tuple[int, JSON]:
    keys = ("user_playbook_id", "user_id", "request_id", "playbook_name", "agent_version", "source")
    found = _newest([p for p in state.user_playbooks.values() if _playbook_filter(p, body, keys)], "user_playbook_id")
    found = found[: (body.get("top_k") or 10) if searching else (body.get("limit") or 100)]
    what = "matching user playbook(s)" if searching else "user playbook(s)"
    views = [_view(p, USER_PLAYBOOK_VIEW) for p in found]
    return 200, {"success": True, "user_playbooks": views, "msg": f"Found {len(found)} {what}"}


@handles("get_user_playbooks")
def get_user_playbooks(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    return _user_playbooks(state, body, searching=False)


@handles("search_user_playbooks")
def search_user_playbooks(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    return _user_playbooks(state, body, searching=True)


def _agent_playbooks(state: FakeState, body: JSON, searching: bool) -> tuple[int, JSON]:
    keys = ("agent_playbook_id", "playbook_name", "agent_version")
    wanted = body.get("playbook_status_filter")
    wanted = [wanted] if isinstance(wanted, str) else wanted
    found = [
        p
        for p in state.agent_playbooks.values()
        if _playbook_filter(p, body, keys) and (not wanted or p["playbook_status"] in wanted)
    ]
    found = _newest(found, "agent_playbook_id")
    found = found[: (body.get("top_k") or 10) if searching else (body.get("limit") or 100)]
    what = "matching agent playbook(s)" if searching else "agent playbook(s)"
    views = [_view(p, AGENT_PLAYBOOK_VIEW) for p in found]
    return 200, {"success": True, "agent_playbooks": views, "msg": f"Found {len(found)} {what}"}


@handles("get_agent_playbooks")
def get_agent_playbooks(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    return _agent_playbooks(state, body, searching=False)


@handles("search_agent_playbooks")
def search_agent_playbooks(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    return _agent_playbooks(state, body, searching=True)


def _update(item: dict[str, JSON] | None, body: JSON, keys: tuple[str, ...]) -> None:
    if item is not None:
        item.update({k: body[k] for k in keys if body.get(k) is not None})


@handles("update_user_playbook")
def update_user_playbook(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_playbook_id")
    _update(
        state.user_playbooks.get(body["user_playbook_id"]), body, ("playbook_name", "content", "trigger", "rationale")
    )
    return 200, {"success": True, "msg": "User playbook updated successfully"}


def _no_agent_playbook(body: JSON) -> JSON:
    """The server's answer for an unknown agent_playbook_id (it adds a stack trace to the message)."""
    return {"success": False, "msg": f"StorageError: Agent playbook with ID {body['agent_playbook_id']} not found"}


@handles("update_agent_playbook")
def update_agent_playbook(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "agent_playbook_id")
    found = state.agent_playbooks.get(body["agent_playbook_id"])
    if found is None:  # the server adds a stack trace to this message
        return 200, {
            "success": False,
            "msg": f"StorageError: Agent playbook with ID {body['agent_playbook_id']} not found",
        }
    _update(found, body, ("playbook_name", "content", "trigger", "rationale", "playbook_status"))
    return 200, {"success": True, "msg": "Agent playbook updated successfully"}


@handles("update_agent_playbook_status")
def update_agent_playbook_status(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "agent_playbook_id", "playbook_status")
    found = state.agent_playbooks.get(body["agent_playbook_id"])
    if found is None:
        return 200, {
            "success": False,
            "msg": f"StorageError: Agent playbook with ID {body['agent_playbook_id']} not found",
        }
    found["playbook_status"] = body["playbook_status"]
    return 200, {"success": True, "msg": "Playbook status updated successfully"}


@handles("delete_user_playbooks_by_ids")
def delete_user_playbooks_by_ids(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_playbook_ids")
    gone = [i for i in body["user_playbook_ids"] if state.user_playbooks.pop(i, None) is not None]
    return 200, {"success": True, "deleted_count": len(gone), "message": f"Deleted {len(gone)} item(s)"}


@handles("delete_agent_playbooks_by_ids")
def delete_agent_playbooks_by_ids(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    """The server counts the ids it was given, found or not."""
    _require(body, "agent_playbook_ids")
    for playbook_id in body["agent_playbook_ids"]:
        state.agent_playbooks.pop(playbook_id, None)
    count = len(body["agent_playbook_ids"])
    return 200, {"success": True, "deleted_count": count, "message": f"Deleted {count} item(s)"}


def _delete_all(operation_id: str, *tables: str) -> None:
    def handler(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
        for table in tables:
            getattr(state, table).clear()
        return 200, {"success": True, "deleted_count": 0, "message": "Deleted successfully"}

    handles(operation_id)(handler)


_delete_all("delete_all_user_playbooks", "user_playbooks")
_delete_all("delete_all_agent_playbooks", "agent_playbooks")
_delete_all("delete_all_playbooks", "user_playbooks", "agent_playbooks")
_delete_all("delete_all_profiles", "profiles")
_delete_all("delete_all_interactions", "requests", "interactions")


@handles("delete_user_playbook")
def delete_user_playbook(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_playbook_id")
    state.user_playbooks.pop(body["user_playbook_id"], None)
    return 200, {"success": True, "message": "Deleted successfully"}


@handles("delete_agent_playbook")
def delete_agent_playbook(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "agent_playbook_id")
    state.agent_playbooks.pop(body["agent_playbook_id"], None)
    return 200, {"success": True, "message": "Deleted successfully"}


# -- config and identity --------------------------------------------------------------------------


@handles("get_config")
def get_config(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    return 200, copy.deepcopy(state.config)


@handles("set_config")
def set_config(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "storage_config")
    state.config = _validated(body)
    return 200, {"success": True, "msg": "Configuration set successfully"}


@handles("update_config")
def update_config(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    """A top-level shallow merge over the stored config: nested objects are replaced whole."""
    _require(body)
    state.config = _validated({**state.config, **copy.deepcopy(body)})
    return 200, {"success": True, "msg": "Configuration set successfully"}


PRESETS = {"quick_chat": (5, 3), "standard": (10, 8), "long_form": (25, 10), "high_volume": (15, 8)}


def _validated(given: dict[str, JSON]) -> dict[str, JSON]:
    """A whole config as the server stores it: the server's default for each field left out, and an
    extraction_preset's window_size/stride_size where the payload does not set them itself."""
    config = default_config()
    config.update(copy.deepcopy(given))
    preset = PRESETS.get(str(given.get("extraction_preset")))
    for key, value in zip(("window_size", "stride_size"), preset or (), strict=False):
        if key not in given:
            config[key] = value
    if config["stride_size"] > config["window_size"]:
        raise Invalid("body", given, "Value error, stride_size must be <= window_size", "value_error")
    return config


@handles("get_my_config")
def get_my_config(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    message = "GET /api/my_config is disabled. Set REFLEXIO_ALLOW_MY_CONFIG=true to enable."
    return 200, {"success": False, "message": message}


@handles("clear_user_data")
def clear_user_data(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    _require(body, "user_id")
    user = body["user_id"]
    requests = {rid for rid, r in state.requests.items() if r["user_id"] == user}
    interactions = [k for k, i in state.interactions.items() if i["user_id"] == user]
    profiles = [k for k, p in state.profiles.items() if p["user_id"] == user]
    playbooks = [k for k, p in state.user_playbooks.items() if p.get("user_id") == user]
    for interaction_id in interactions:
        del state.interactions[interaction_id]
    for profile_id in profiles:
        del state.profiles[profile_id]
    for playbook_id in playbooks:
        del state.user_playbooks[playbook_id]
    _drop_requests(state, requests)
    counts = {
        "session_outcomes": 0,
        "interactions": len(interactions),
        "user_playbooks": len(playbooks),
        "profiles": len(profiles),
        "requests": len(requests),
        "purged_profiles": 0,
        "purged_user_playbooks": 0,
    }
    message = f"Cleared {sum(counts.values())} row(s) for user '{user}'"
    return 200, {"success": True, "deleted_counts": counts, "message": message}


@handles("whoami")
def whoami(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    return 200, {"success": True, "org_id": ORG_ID, **STORAGE, "storage_configured": True, "message": ""}


# -- generation, upgrades, aggregation: what the server does without an LLM -------------------------


def _users_with_requests(state: FakeState, body: JSON) -> list[str]:
    rows = [
        r
        for r in state.requests.values()
        if all(not body.get(key) or r[key] == body[key] for key in ("user_id", "source", "agent_version"))
        and _in_window(r["created_at"], body)
    ]
    return sorted({r["user_id"] for r in rows})


def _rerun(state: FakeState, body: JSON, service: str, started: str) -> tuple[int, JSON]:
    """A run that finishes at once and generates nothing; get_operation_status reports it."""
    run_id = str(uuid.uuid4())
    users = _users_with_requests(state, body)
    now = state.now()
    state.runs[service] = {
        "service_name": service,
        "status": "completed" if users else "failed",
        "started_at": now,
        "completed_at": now,
        "total_users": len(users),
        "processed_users": len(users),
        "failed_users": 0,
        "processed_user_ids": users,
        "failed_user_ids": [],
        "request_params": {**body, "operation_id": run_id},
        "stats": {"total_interactions_processed": 0, "total_generated": 0},
        "progress_percentage": 100.0 if users else 0.0,
    }
    if not users:
        state.runs[service]["error_message"] = "No interactions found matching the specified filters"
    return 200, {"success": True, "msg": started, "operation_id": run_id}


@handles("rerun_profile_generation")
def rerun_profile_generation(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    return _rerun(state, body, "profile_generation", "Profile generation started")


@handles("rerun_playbook_generation")
def rerun_playbook_generation(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    return _rerun(state, body, "playbook_generation", "Playbook generation started")


@handles("get_operation_status")
def get_operation_status(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    service = params.get("service_name", "")
    run = state.runs.get(service)
    if run is None:
        return 200, {"success": False, "msg": f"No operation found for service: {service}"}
    answer = {"success": True, "operation_status": copy.deepcopy(run)}
    return 200, {**answer, "msg": "Retrieved operation status successfully"}


@handles("manual_profile_generation")
def manual_profile_generation(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    users = _users_with_requests(state, body) if not body.get("user_id") else [body["user_id"]]
    return 200, {"success": True, "msg": f"Generated 0 profiles for {len(users)} user(s)", "profiles_generated": 0}


@handles("manual_playbook_generation")
def manual_playbook_generation(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    found = _users_with_requests(state, body)
    message = "Generated 0 playbook entries" if found else "No interactions found to process"
    return 200, {"success": True, "msg": message, "playbooks_generated": 0}


def _nothing_to_move(operation_id: str, noun: str, counts: tuple[str, ...], message: str) -> None:
    """Upgrades and downgrades: the fake keeps no pending or archived items, so nothing moves."""

    def handler(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
        return 200, {"success": False, **{f"{noun}_{count}": 0 for count in counts}, "message": message}

    handles(operation_id)(handler)


for _noun in ("profiles", "user_playbooks"):
    _upgrade, _downgrade = (f"{verb}_{_noun}" for verb in ("upgrade", "downgrade"))
    _nothing_to_move(_upgrade, _noun, ("deleted", "archived", "promoted"), "No pending items found to upgrade")
    _nothing_to_move(_downgrade, _noun, ("demoted", "restored"), "No archived items found to restore")


@handles("run_playbook_aggregation")
def run_playbook_aggregation(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    fresh = sum(p.get("agent_version") == body.get("agent_version") for p in state.user_playbooks.values())
    if fresh < 2:
        return 200, {"success": True, "message": f"Skipped: not enough new playbooks ({fresh} < 2)"}
    return 200, {"success": True, "message": "Skipped: aggregation needs an LLM (reflexio.testing)"}


@handles("get_stall_state")
def get_stall_state(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    quiet = dict.fromkeys(("reason", "stalled_at", "reset_estimate", "error_message"))
    return 200, {"stalled": False, **quiet, "notified_in_cc": False}


@handles("invalidate_cache")
def invalidate_cache(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    return 200, {"invalidated": True, "org_id": ORG_ID}


def _static(operation_id: str, answer: JSON) -> None:
    """An operation whose real answer does not depend on stored data (the server's own words)."""
    handles(operation_id)(lambda state, params, body: (200, copy.deepcopy(answer)))


_static("health_check", {"status": "healthy"})
_static("health_ready", {"status": "healthy"})
_static("health_live", {"status": "alive"})
_static("get_root", {"service": "Reflexio API", "docs": "/docs", "health": "/health"})
_static("get_version_info", {"server_version": "0.0.0-dev", "api_version": "v1", "min_client_version": "0.1.0"})


STATEFUL_OPERATIONS = frozenset(HANDLERS)  # the rest answer their spec example
