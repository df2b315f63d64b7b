"""The operation table: per operation, what the spec does not say about its client method.

`scripts/gen_methods.py` (run by `make client`) writes reflexio/_sync/plain.py from the spec and
this table: one method per row, with a keyword for every request field and query parameter, a
positional argument per path parameter, its answer type and a docstring made of the spec's
descriptions and the row's notes. `make async` then gives the async client and the session views
their twins. Adding a plain method is adding a row here; a request field the server adds reaches the
method, its session view and the async twin through `make regen` alone.

Operations whose method does something more (publish, paging, fire-and-forget, caching) are still
written by hand in reflexio/_sync/<domain>.py; retry classes and cache invalidations are in
reflexio/_policy.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Row:
    """What one generated method needs beyond the spec.

    method: the public name (default: the operation id).
    summary: the docstring's first lines, where the spec's description is missing or says too little.
    notes: parameter -> description, where the spec has none or says less.
    required: request fields refused when missing or blank, before sending (the server's checks are
        looser than its contract, or answer a 500).
    ids: list-of-ids fields that must hold at least one non-blank id.
    cache: the local read cache's namespace for the answers (reflexio/_policy.py); the method then takes
        `force_refresh` after `request`.
    convert: field -> (the function of reflexio/_inputs/<module>.py that normalizes its value, as
        "module.function", the annotation the keyword takes); applied to the keyword and the request's field.
    """

    method: str = ""
    summary: str = ""
    notes: dict[str, str] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    cache: str = ""
    convert: dict[str, tuple[str, str]] = field(default_factory=dict)


DATES = "(datetime, naive = UTC; ISO string; unix seconds)"

TABLE: dict[str, Row] = {
    # interactions
    "get_interactions": Row(
        summary="A user's interactions, newest first.",
        notes={
            "user_id": "the user (required).",
            "start_time": f"only interactions created at/after this time {DATES}.",
            "end_time": f"only interactions created at/before this time {DATES}.",
            "top_k": "at most this many interactions (server default 30).",
        },
        required=("user_id",),
    ),
    "delete_all_interactions": Row(summary="Delete every interaction of every user of the org."),
    "get_requests": Row(
        summary="Stored requests with their interactions, grouped by session (sessions -> requests -> interactions).",
        notes={
            "user_id": "only this user's requests.",
            "request_id": "only this request.",
            "session_id": "only this session's requests.",
            "source": "only requests of this source.",
            "start_time": f"only requests created at/after this time {DATES}.",
            "end_time": f"only requests created at/before this time {DATES}.",
            "top_k": "at most this many sessions (server default 30); each comes with all its requests.",
            "offset": "sessions to skip, for paging (see has_more in the answer).",
        },
    ),
    # profiles
    "get_profiles": Row(
        summary="A user's profiles, optionally filtered; answers are cached locally (see cache_ttl).",
        notes={
            "user_id": "the user whose profiles to read (required).",
            "profile_id": "only this profile.",
            "query": "case-insensitive text filter.",
            "start_time": f"only profiles modified at/after this time {DATES}.",
            "end_time": f"only profiles modified at/before this time {DATES}.",
            "top_k": "at most this many profiles (server default 30).",
            "source": "only profiles of this source.",
            "profile_time_to_live": 'only profiles with this TTL (e.g. "infinity", "one_month").',
            "status_filter": 'statuses to include: "current" (or None), "pending", "archived", ...',
            "tags": "profiles having any of these tags.",
        },
        required=("user_id",),
        cache="profiles",
        convert={"status_filter": ("profiles.status_list", "Sequence[Status | str | None] | None")},
    ),
    "rerank_user_profiles": Row(
        summary="Rerank a list of profile ids by query relevance using a cross-encoder.",
        notes={
            "user_id": "the profiles' owner.",
            "query": "the text to rank against.",
            "profile_ids": "candidate ids, e.g. from search_user_profiles.",
            "top_k": "at most this many profiles (server default 10).",
        },
        required=("user_id", "query"),
        ids=("profile_ids",),
    ),
    "update_user_profile": Row(
        summary=(
            "Apply a partial update (content and/or custom_features) to an existing user profile. "
            "The answer has success=False (not an error) when the profile does not exist."
        ),
        notes={
            "user_id": "the profile's owner (required).",
            "profile_id": "the profile to update (required).",
            "content": "the new content.",
            "custom_features": "the new custom features (a dict).",
        },
        required=("user_id", "profile_id"),
    ),
    "delete_all_profiles": Row(
        summary="Delete every profile of every user of the org (server 0.2.32 answers deleted_count=0 regardless)."
    ),
    "get_profile_change_log": Row(
        summary="The history of profile changes: which request added, removed or mentioned which profiles."
    ),
    # probes and server information
    "get_root": Row(summary="The server's root route: a probe that needs no auth."),
    "get_version_info": Row(summary="The server's version information (reflexio-ai 0.2.32 answers 0.0.0-dev)."),
    "health_check": Row(),
    "health_live": Row(),
    "health_ready": Row(),
    "healthz": Row(),
    "healthz_eval": Row(),
    # dashboard views
    "get_dashboard_stats": Row(),
    "get_evaluation_overview": Row(),
    "get_learning_provenance": Row(),
    "get_playbook_aggregation_change_logs": Row(summary="The change log of playbook aggregation for one playbook."),
    "get_playbook_application_stats": Row(),
    "get_profile_statistics": Row(),
    "get_recent_shadow_comparisons": Row(),
    # operator actions
    "cancel_operation": Row(),
    "downgrade_profiles": Row(),
    "downgrade_user_playbooks": Row(),
    # integrations
    "braintrust_connect": Row(),
    "braintrust_disconnect": Row(),
    "braintrust_select_projects": Row(),
    "braintrust_status": Row(),
    "braintrust_sync": Row(),
}
