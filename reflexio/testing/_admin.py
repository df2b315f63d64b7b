"""Config, identity, and what the server does without an LLM: generation runs, upgrades, aggregation,
stall state, health."""

from __future__ import annotations

import copy
import uuid

from ._state import JSON, ORG_ID, STORAGE, FakeState, Invalid, default_config, handles, in_window, require


@handles("get_config")
def get_config(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    return 200, copy.deepcopy(state.config)


@handles("set_config")
def set_config(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    require(body, "storage_config")
    state.config = _validated(body)
    return 200, {"success": True, "msg": "Configuration set successfully"}


@handles("update_config")
def update_config(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    """A top-level shallow merge over the stored config: nested objects are replaced whole."""
    require(body)
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


@handles("whoami")
def whoami(state: FakeState, params: dict[str, str], body: JSON) -> tuple[int, JSON]:
    return 200, {"success": True, "org_id": ORG_ID, **STORAGE, "storage_configured": True, "message": ""}


# -- generation, upgrades, aggregation: what the server does without an LLM -------------------------


def _users_with_requests(state: FakeState, body: JSON) -> list[str]:
    rows = [
        r
        for r in state.requests.values()
        if all(not body.get(key) or r[key] == body[key] for key in ("user_id", "source", "agent_version"))
        and in_window(r["created_at"], body)
    ]
    return sorted({r["user_id"] for r in rows})


# The fields of each rerun request, as the server echoes them in the run's request_params.
RERUN_FIELDS = {
    "profile_generation": ("user_id", "start_time", "end_time", "source", "extractor_names"),
    "playbook_generation": ("agent_version", "start_time", "end_time", "playbook_name", "source"),
}


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
        "request_params": {**{key: body.get(key) for key in RERUN_FIELDS[service]}, "operation_id": run_id},
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
    found = _users_with_requests(state, {"source": body.get("source")})  # every user: agent_version selects no one
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
