"""Requests, interactions and sessions: publish, list, search, delete, learning status."""

from __future__ import annotations

import copy
import uuid

from ._state import JSON, STORAGE, FakeState, Invalid, handles, in_window, matches, require

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
    require(body, "user_id", "session_id")
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
    request = state.requests[request_id]
    waited = params.get("wait_for_response") == "true"
    added = (0, 0)
    if state.learner is not None and not request["evaluation_only"]:
        from ._learning import apply, published

        added = apply(state, request, state.learner(published(state, request)))
    answer: dict[str, JSON] = {
        "success": True,
        "message": "Interaction published successfully",
        "warnings": [],
        "request_id": request_id,
        **STORAGE,
        "profiles_added": added[0] if waited else 0,  # learned in the background: not counted in the answer
        "playbooks_added": added[1] if waited else 0,
        **_learning(request, published=True, waited=waited),
    }
    return 200, answer


def _learning(request: dict[str, JSON], published: bool = False, waited: bool = False) -> dict[str, str]:
    """Nothing is learned without an LLM: evaluation-only requests are done, the rest wait for a full
    window. A force_extraction request is extracted at once and yields nothing (the real server
    without an LLM keeps such a publish waiting until its deadline instead)."""
    if request["evaluation_only"]:
        return {"learning_status": "done", "learning_reason": "not_applicable"}
    if request.get("learned"):  # FakeReflexio.learn / learn_on_publish: as a forced extraction with an LLM
        if published and not waited:
            return {"learning_status": "deferred", "learning_reason": "queued"}
        return {"learning_status": "done", "learning_reason": "covered"}
    if request["force_extraction"]:
        if published and not waited:
            return {"learning_status": "deferred", "learning_reason": "queued"}
        return {"learning_status": "done", "learning_reason": "covered"}
    if request.get("finalized"):
        return {"learning_status": "pending", "learning_reason": "queued"}
    return {"learning_status": "deferred" if published else "pending", "learning_reason": "waiting_for_window"}


def _request_view(request: dict[str, JSON], turns: list[dict[str, JSON]]) -> dict[str, JSON]:
    turns = sorted(turns, key=lambda i: (i["created_at"], i["interaction_id"]))
    stored = {k: v for k, v in request.items() if v is not None and k in REQUEST_VIEW}
    return {"request": stored, "interactions": copy.deepcopy(turns)}


@handles("get_requests")
def get_requests(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    """A page of sessions, the latest first (paging counts sessions), each with its matching requests."""
    require(body)
    by_session: dict[str, list[dict[str, JSON]]] = {}
    for r in state.requests.values():
        if (
            all(not body.get(key) or r[key] == body[key] for key in ("user_id", "request_id", "session_id"))
            and (body.get("source") is None or r["source"] == body["source"])
            and in_window(r["created_at"], body)
        ):
            by_session.setdefault(r["session_id"], []).append(r)
    latest = {session_id: max(r["created_at"] for r in rows) for session_id, rows in by_session.items()}
    limit = body.get("top_k") or 100
    offset = body.get("offset") or 0
    page = sorted(latest, key=lambda sid: (latest[sid], sid), reverse=True)[offset : offset + limit]
    shown = {r["request_id"] for session_id in page for r in by_session[session_id]}
    turns: dict[str, list[dict[str, JSON]]] = {}
    for turn in state.interactions.values():
        if turn["request_id"] in shown:
            turns.setdefault(turn["request_id"], []).append(turn)
    sessions = []
    for session_id in page:
        rows = sorted(by_session[session_id], key=lambda r: r["created_at"], reverse=True)  # stable on ties
        views = [_request_view(r, turns.get(r["request_id"], [])) for r in rows]
        sessions.append({"session_id": session_id, "requests": views})
    count = sum(len(s["requests"]) for s in sessions)
    return 200, {
        "success": True,
        "sessions": sessions,
        "has_more": len(sessions) >= limit,
        "msg": f"Found {count} request(s) in {len(sessions)} session(s)",
    }


@handles("get_interactions")
def get_interactions(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "user_id")
    found = [
        i for i in state.interactions.values() if i["user_id"] == body["user_id"] and in_window(i["created_at"], body)
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
    require(body, "user_id")
    found = [
        i
        for i in state.interactions.values()
        if i["user_id"] == body["user_id"]
        and (not body.get("request_id") or i["request_id"] == body["request_id"])
        and matches(i["content"], body.get("query"))
        and in_window(i["created_at"], body)
    ]
    found.sort(key=lambda i: i["created_at"], reverse=True)
    found = found[: body.get("most_recent_k") or 10]
    answer = {"success": True, "interactions": copy.deepcopy(found)}
    return 200, {**answer, "msg": f"Found {len(found)} matching interaction(s)"}


@handles("finalize_session")
def finalize_session(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "user_id", "session_id")
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
    require(body, "user_id", "interaction_id")
    found = state.interactions.get(body["interaction_id"])
    if found is not None and found["user_id"] == body["user_id"]:
        del state.interactions[body["interaction_id"]]
    return 200, {"success": True, "message": "Deleted successfully"}


@handles("delete_request")
def delete_request(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "request_id")
    _drop_requests(state, {body["request_id"]})
    return 200, {"success": True, "message": "Deleted successfully"}


@handles("delete_session")
def delete_session(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "session_id")
    ids = {rid for rid, r in state.requests.items() if r["session_id"] == body["session_id"]}
    count = _drop_requests(state, ids)
    return 200, {"success": True, "message": f"Deleted {count} item(s)", "deleted_requests_count": count}


@handles("delete_requests_by_ids")
def delete_requests_by_ids(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "request_ids")
    count = _drop_requests(state, set(body["request_ids"]))
    return 200, {"success": True, "message": f"Deleted {count} item(s)", "deleted_count": count}


@handles("get_learning_status")
def get_learning_status(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    if params.get("request_id") not in state.requests:
        return 404, {"detail": "request not found"}
    found = _learning(state.requests[params["request_id"]])
    return 200, {"status": found["learning_status"], "reason": found["learning_reason"]}


@handles("clear_user_data")
def clear_user_data(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "user_id")
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
