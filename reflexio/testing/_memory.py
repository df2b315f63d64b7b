"""Profiles and playbooks: add, get, word-match search, update, delete."""

from __future__ import annotations

import copy
import uuid

from ._state import JSON, FakeState, Handler, handles, in_window, matches, require

# -- profiles -------------------------------------------------------------------------------------


NEVER_EXPIRES = 4102444800  # the server's expiration_timestamp of a profile that never expires


@handles("add_user_profile")
def add_user_profile(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "user_profiles")
    for given in body["user_profiles"]:
        require(given, "user_id", "content")
    for given in body["user_profiles"]:
        store_profile(state, given)
    count = len(body["user_profiles"])
    return 200, {"success": True, "message": f"Added {count} profile(s)", "added_count": count}


def store_profile(state: FakeState, given: dict[str, JSON]) -> str:
    """Store one profile (user_id and content given) as the server stores it; its profile_id."""
    profile_id = given.get("profile_id") or str(uuid.uuid4())
    state.profiles[profile_id] = {
        "profile_id": profile_id,
        "user_id": given["user_id"],
        "content": given["content"],
        "last_modified_timestamp": given.get("last_modified_timestamp") or state.now(),
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
    return str(profile_id)


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
        and matches(p["content"], body.get("query"))
        and in_window(p["last_modified_timestamp"], body)
    ]
    return sorted(found, key=lambda p: p["last_modified_timestamp"], reverse=True)


@handles("get_profiles")
def get_profiles(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "user_id")
    found = _profiles(state, body)[: body.get("top_k") or None]
    return 200, {
        "success": True,
        "user_profiles": [_profile_view(p) for p in found],
        "msg": f"Found {len(found)} profile(s)",
    }


@handles("search_profiles")
def search_profiles(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "user_id")
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
    require(body, "user_id", "profile_id")
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
    require(body, "user_id")
    if not body.get("profile_id") and not body.get("search_query"):
        return 200, {"success": False, "message": "Profile id or search query is required"}
    found = state.profiles.get(body.get("profile_id") or "")
    if found is not None and found["user_id"] == body["user_id"]:
        del state.profiles[found["profile_id"]]
    return 200, {"success": True, "message": "Deleted successfully"}


@handles("delete_profiles_by_ids")
def delete_profiles_by_ids(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "profile_ids")
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
    require(body, "user_playbooks")
    for given in body["user_playbooks"]:
        require(given, "agent_version", "request_id")
    for given in body["user_playbooks"]:
        store_user_playbook(state, given)
    count = len(body["user_playbooks"])
    return 200, {"success": True, "message": f"Added {count} item(s)", "added_count": count}


def store_user_playbook(state: FakeState, given: dict[str, JSON]) -> int:
    """Store one user playbook as the server stores it; its user_playbook_id."""
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
    return playbook_id


@handles("add_agent_playbooks")
def add_agent_playbooks(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "agent_playbooks")
    for given in body["agent_playbooks"]:
        require(given, "agent_version", "content")
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
        and matches(text, body.get("query"))
        and in_window(item["created_at"], body)
    )


def _listing(kind: str, keys: tuple[str, ...], view: tuple[str, ...], searching: bool) -> Handler:
    """get_/search_ user or agent playbooks: exact-match `keys`, status filters and the word match,
    newest first. A search answers `top_k` (10) "matching" ones, a get `limit` (100)."""

    def handler(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
        wanted = body.get("playbook_status_filter")
        wanted = [wanted] if isinstance(wanted, str) else wanted
        found = [
            p
            for p in getattr(state, f"{kind}_playbooks").values()
            if _playbook_filter(p, body, keys) and (not wanted or p.get("playbook_status") in wanted)
        ]
        found.sort(key=lambda p: (p["created_at"], p[f"{kind}_playbook_id"]), reverse=True)
        found = found[: (body.get("top_k") or 10) if searching else (body.get("limit") or 100)]
        what = f"matching {kind} playbook(s)" if searching else f"{kind} playbook(s)"
        views = [_view(p, view) for p in found]
        return 200, {"success": True, f"{kind}_playbooks": views, "msg": f"Found {len(found)} {what}"}

    return handler


USER_KEYS = ("user_playbook_id", "user_id", "request_id", "playbook_name", "agent_version", "source")
AGENT_KEYS = ("agent_playbook_id", "playbook_name", "agent_version")
for _kind, _keys, _fields in (("user", USER_KEYS, USER_PLAYBOOK_VIEW), ("agent", AGENT_KEYS, AGENT_PLAYBOOK_VIEW)):
    handles(f"get_{_kind}_playbooks")(_listing(_kind, _keys, _fields, searching=False))
    handles(f"search_{_kind}_playbooks")(_listing(_kind, _keys, _fields, searching=True))


def _update(item: dict[str, JSON] | None, body: JSON, keys: tuple[str, ...]) -> None:
    if item is not None:
        item.update({k: body[k] for k in keys if body.get(k) is not None})


@handles("update_user_playbook")
def update_user_playbook(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "user_playbook_id")
    _update(
        state.user_playbooks.get(body["user_playbook_id"]), body, ("playbook_name", "content", "trigger", "rationale")
    )
    return 200, {"success": True, "msg": "User playbook updated successfully"}


def _no_agent_playbook(body: JSON) -> JSON:
    """The server's answer for an unknown agent_playbook_id (it adds a stack trace to the message)."""
    return {"success": False, "msg": f"StorageError: Agent playbook with ID {body['agent_playbook_id']} not found"}


@handles("update_agent_playbook")
def update_agent_playbook(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "agent_playbook_id")
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
    require(body, "agent_playbook_id", "playbook_status")
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
    require(body, "user_playbook_ids")
    gone = [i for i in body["user_playbook_ids"] if state.user_playbooks.pop(i, None) is not None]
    return 200, {"success": True, "deleted_count": len(gone), "message": f"Deleted {len(gone)} item(s)"}


@handles("delete_agent_playbooks_by_ids")
def delete_agent_playbooks_by_ids(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    """The server counts the ids it was given, found or not."""
    require(body, "agent_playbook_ids")
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
    require(body, "user_playbook_id")
    state.user_playbooks.pop(body["user_playbook_id"], None)
    return 200, {"success": True, "message": "Deleted successfully"}


@handles("delete_agent_playbook")
def delete_agent_playbook(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "agent_playbook_id")
    state.agent_playbooks.pop(body["agent_playbook_id"], None)
    return 200, {"success": True, "message": "Deleted successfully"}


# -- unified search -------------------------------------------------------------------------------

ENTITY_TYPES = ("profiles", "user_playbooks", "agent_playbooks")


@handles("search")
def search(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    """Profiles, user and agent playbooks matching every word of the query, newest first, `top_k` of each.

    Profiles need a user_id; user playbooks are the user's when one is given. The server ranks by
    relevance; without an embedding provider (as here) it answers from full-text search, marked
    `degraded` unless `search_mode="fts"` was asked for.
    """
    require(body)
    empty: dict[str, JSON] = {"success": True, "profiles": [], "agent_playbooks": [], "user_playbooks": []}
    if not body.get("query"):
        return 200, {**empty, "degraded": False, "msg": "No query provided"}
    wanted = set(body.get("entity_types") or ENTITY_TYPES)
    top_k = body.get("top_k") or 5
    answer = dict(empty)
    if "profiles" in wanted and body.get("user_id"):
        found = _profiles(state, {"user_id": body["user_id"], "query": body["query"], "tags": body.get("tags")})
        if body.get("source"):
            found = [p for p in found if p["source"] == body["source"]]
        answer["profiles"] = [_profile_view(p) for p in found[:top_k]]
    keys = ("user_id", "agent_version", "playbook_name", "source")
    if "user_playbooks" in wanted:
        user = [p for p in state.user_playbooks.values() if _playbook_filter(p, _only(body, keys), keys)]
        user.sort(key=lambda p: (p["created_at"], p["user_playbook_id"]), reverse=True)
        answer["user_playbooks"] = [_view(p, USER_PLAYBOOK_VIEW) for p in user[:top_k]]
    if "agent_playbooks" in wanted:
        statuses = body.get("agent_playbook_status_filter")
        agent_keys = ("agent_version", "playbook_name")
        agent = [
            p
            for p in state.agent_playbooks.values()
            if _playbook_filter(p, _only(body, agent_keys), agent_keys)
            and (not statuses or p.get("playbook_status") in statuses)
        ]
        agent.sort(key=lambda p: (p["created_at"], p["agent_playbook_id"]), reverse=True)
        answer["agent_playbooks"] = [_view(p, AGENT_PLAYBOOK_VIEW) for p in agent[:top_k]]
    if (body.get("search_mode") or "hybrid") == "fts":
        return 200, {**answer, "degraded": False}
    # Without an embedding provider the server falls back to its full-text search and says so.
    return 200, {**answer, "degraded": True, "search_mode_effective": "fts"}


def _only(body: JSON, keys: tuple[str, ...]) -> dict[str, JSON]:
    """The filters of a unified search that a playbook listing understands (no time window: it has none)."""
    return {**{k: body.get(k) for k in keys}, "query": body.get("query"), "tags": body.get("tags")}
