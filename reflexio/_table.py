"""The operation table: per operation of the spec, what the spec does not say about its client method.

Every operation has a row. `scripts/gen_methods.py` (run by `make client`) writes reflexio/_sync/plain.py
from the spec and this table: one method per row without a `hook`, with a keyword for every request
field and query parameter, a positional argument per path parameter, its answer type and a docstring
made of the spec's descriptions and the row's notes. `make async` then gives the async client and the
session views their twins. Adding a plain method is adding a row here; a request field the server adds
reaches the method, its session view, its iterator and the async twin through `make regen` alone.

A row with a `hook` names the hand-written method (reflexio/_sync/<folder>.py) that does more than
one checked call (publish, polling, signed headers, several calls behind one method). The client reads
the table at run time for what every call needs: whether a failed call may be sent again (`retry`)
and which cached reads a write makes stale (`invalidates`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The local read cache's namespaces (reflexio/_cache.py).
PROFILES = "profiles"
PLAYBOOKS = "agent_playbooks"
ALL = (PROFILES, PLAYBOOKS)


@dataclass(frozen=True)
class Pages:
    """An iterator over a list method's items, page after page (reflexio/_inputs/pages.py `paged`).

    name: the iterator's public name. items: the answer's list field. item: the item's model name.
    key: the item fields that identify it (an item seen on an earlier page is skipped).
    cursor: "offset", or "end_time" for lists without an offset, with `stamp` the item's time field.
    more: the answer's has-more field, where it has one. size/default/most: the page-size
    parameter, its default and its largest value.
    """

    name: str
    items: str
    item: str
    key: tuple[str, ...]
    cursor: str = "offset"
    stamp: str = ""
    more: str = ""
    size: str = "top_k"
    default: int = 30
    most: int | None = None


@dataclass(frozen=True)
class Row:
    """What one operation's method needs beyond the spec.

    method: the public name (default: the operation id).
    aliases: deprecated names of the method (same arguments, a DeprecationWarning on every call).
    hook: the hand-written method that implements the operation; nothing is generated for the row.
    positional: request fields taken by position, in this order (the official client's), after the
        path parameters; such a method takes no `request=`, its other fields are keywords.
    defaults: positional field -> its default (Python source); a positional field without one is required.
    keyed: the first positional field may also be given as the whole request (the model or a dict).
    fire: the method takes `wait_for_response` (default False) after the positional fields: False
        queues the call in the background and returns None at once (see flush()), True waits and
        returns the answer.
    background: the method always queues the call in the background and returns None (flush() waits
        for it); the server's answer says no more than that the work started.
    ignored: request field -> what it used to select, for fields the server accepts and ignores: giving
        one warns (DeprecationWarning).
    pages: the iterator over the method's items, page after page.
    retry: whether a failed call may be sent again. None (the default): by HTTP method, GET, PUT and
        DELETE yes, POST no. True for a POST that reads, or writes the same state twice (a retry cannot
        duplicate anything); a POST that creates or triggers something is resent only when it provably
        never reached the server, or on 429/503.
    invalidates: the cached read namespaces a write makes stale, dropped once the write has landed.
    summary: the docstring's first lines, where the spec's description is missing or says too little.
    notes: parameter -> description, where the spec has none or says less.
    required: request fields refused when missing or blank, before sending (the server's checks are
        looser than its contract, or answer a 500).
    ids: list-of-ids fields that must hold at least one non-blank id.
    not_blank: optional text fields refused when given blank (None or left out is fine).
    fills: request field -> the value (Python source) sent when neither its keyword nor the request
        gives one, where the client's default differs from the server's.
    window: the (start, end) unix-second fields of a time window the server requires in order: an end
        not later than the start is refused before sending.
    cache: the local read cache's namespace for the answers; the method then takes `force_refresh`
        after `request`.
    convert: field -> (the function of reflexio/_inputs/<module>.py that normalizes its value, as
        "module.function", the annotation the keyword takes); applied to the keyword and the request's field
        (or to the query parameter).
    stamps: integer fields or query parameters that hold unix seconds: the keyword (and a dict request)
        also takes a datetime or an ISO string, as date-time fields do.
    answer: (the function of reflexio/<module>.py that turns the parsed answer into what the method
        returns, as "module.function", its return annotation), where the method returns more or less
        than the endpoint's model.
    """

    method: str = ""
    aliases: tuple[str, ...] = ()
    hook: str = ""
    positional: tuple[str, ...] = ()
    defaults: dict[str, str] = field(default_factory=dict)
    keyed: bool = False
    fire: bool = False
    background: bool = False
    pages: Pages | None = None
    retry: bool | None = None
    invalidates: tuple[str, ...] = ()
    summary: str = ""
    notes: dict[str, str] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    not_blank: tuple[str, ...] = ()
    fills: dict[str, str] = field(default_factory=dict)
    window: tuple[str, str] = ("", "")
    ignored: dict[str, str] = field(default_factory=dict)
    cache: str = ""
    convert: dict[str, tuple[str, str]] = field(default_factory=dict)
    stamps: tuple[str, ...] = ()
    answer: tuple[str, str] | None = None


def is_idempotent(operation_id: str, method: str) -> bool:
    """Whether a failed call of this operation may be sent again (an operation without a row: by HTTP method)."""
    row = TABLE.get(operation_id)
    if row is not None and row.retry is not None:
        return row.retry
    return method.upper() != "POST"


def invalidated_by(operation_id: str) -> tuple[str, ...]:
    """The cached read namespaces this operation makes stale."""
    row = TABLE.get(operation_id)
    return row.invalidates if row is not None else ()


DATES = "(datetime, naive = UTC; ISO string; unix seconds)"
WINDOW = f"only playbooks created in this window {DATES}."
# statuses where "current" (or None) means CURRENT, sent as null
CURRENT = ("profiles.status_list", "Sequence[Status | str | None] | None")

TABLE: dict[str, Row] = {
    # config
    "get_config": Row(summary="The org's current configuration."),
    "get_my_config": Row(
        summary="The caller's raw storage credentials. Secret: the repr masks them, do not log the fields.",
        answer=("_secrets.masked_my_config", "MyConfigResponse"),
    ),
    "set_config": Row(hook="set_config", retry=True, invalidates=ALL),
    "update_config": Row(hook="update_config", retry=True, invalidates=ALL),
    "whoami": Row(summary="The server's view of the caller's org and storage routing (masked: safe to print)."),
    # evaluation
    "cancel_evaluation_regeneration": Row(
        summary=(
            'Ask a running regeneration job to stop; returns the server\'s answer, e.g. {"status": '
            '"cancelled"}.\n\nThe job stops between sessions. The server answers {"status": '
            '"cancelled"} even for a job that has already finished; '
            "get_evaluation_regeneration_status shows what happened. Raises NotFoundError for an "
            "unknown job_id."
        ),
        required=("job_id",),
        notes={
            "job_id": "the id regenerate_evaluations answered.",
        },
        answer=("_answers.text_dict", "dict[str, str]"),
    ),
    "get_agent_success_evaluation_results": Row(
        summary="Per-session agent success verdicts, newest first.",
        notes={
            "limit": "results at most (server default 100).",
            "agent_version": "only results of this agent version.",
            "start_time": f"only results at/after this time {DATES}.",
            "end_time": f"only results at/before this time {DATES}.",
        },
        retry=True,
    ),
    "get_evaluation_overview": Row(retry=True),
    "get_evaluation_regeneration_status": Row(
        summary=(
            "Progress of a regeneration job: status, counters and failures.\n\nRaises NotFoundError for"
            " an unknown job_id (jobs live in the server's memory)."
        ),
        required=("job_id",),
        notes={
            "job_id": "the id regenerate_evaluations answered.",
        },
    ),
    "get_learning_provenance": Row(retry=True),
    "get_recent_shadow_comparisons": Row(),
    "get_retrieval_experiment_results": Row(
        summary=(
            "Session-success metrics of an experiment (active or past), per arm, with the lift.\n\n"
            "Raises NotFoundError for an unknown experiment_id."
        ),
        required=("experiment_id",),
        notes={
            "experiment_id": "the experiment.",
        },
    ),
    "get_retrieved_learning_evaluation_results": Row(
        summary="Relevance and impact verdicts for the learnings retrieved into sessions.",
        notes={
            "user_id": "only sessions of this user.",
            "session_id": "only this session.",
            "start_time": f"only verdicts on interactions at/after this time {DATES}.",
            "end_time": f"only verdicts on interactions at/before this time {DATES}.",
            "limit": "rows at most, 1 to 1000 (server default 100).",
        },
        retry=True,
    ),
    "grade_on_demand": Row(
        summary=(
            "Grade one session now (answers within 24 h of a previous grade come from the cache).\n\nAn"
            " unknown session is not an error: the answer then has result_id None and skipped_reason "
            '"NO_REQUESTS".'
        ),
        required=("session_id", "agent_version"),
        not_blank=("evaluation_name",),
        notes={
            "session_id": "the session to grade (required).",
            "agent_version": "the agent version to grade (required: results are per version).",
            "evaluation_name": "deprecated, accepted and ignored by the server (must not be blank).",
        },
    ),
    "list_retrieval_experiments": Row(
        summary="The org's retrieval experiments: the active one (if any) and the history.",
    ),
    "regenerate_evaluations": Row(
        summary=(
            "Start a background job that re-grades the sessions of a time window; the answer has its "
            "job_id and the number of sessions queued (total).\n\nPoll it with "
            "get_evaluation_regeneration_status(job_id); stop it with "
            "cancel_evaluation_regeneration(job_id). Only one job per org runs at a time (a second "
            "start while one runs raises ConflictError)."
        ),
        stamps=("from_ts", "to_ts"),
        window=("from_ts", "to_ts"),
        not_blank=("evaluation_name",),
        notes={
            "from_ts": f"start of the window, inclusive {DATES}.",
            "to_ts": f"end of the window, inclusive; must be later than from_ts {DATES}.",
            "evaluation_name": "deprecated, accepted and ignored by the server (must not be blank).",
        },
    ),
    "start_retrieval_experiment": Row(
        summary=(
            "Start the org's (single) active retrieval experiment.\n\nWhile it runs, searches for users"
            " assigned to the holdout arm return nothing, so the success of sessions with and without"
            " retrieval can be compared (get_retrieval_experiment_results). Assignment is per user "
            "and deterministic.\n\nRaises ConflictError when another experiment is active, or "
            "experiment_id was used before."
        ),
        positional=("experiment_id", "holdout_percentage"),
        required=("experiment_id",),
        notes={
            "experiment_id": "a new id (at most 128 characters); ids of past experiments cannot be reused.",
            "holdout_percentage": "share of users held out, in percent: 0 < value < 100 (10 means 10 %).",
        },
    ),
    "stop_retrieval_experiment": Row(
        summary=(
            "Stop the active retrieval experiment; it stays in the history with its results.\n\nRaises "
            "ConflictError when experiment_id is not the active experiment (also when it was already "
            "stopped)."
        ),
        positional=("experiment_id",),
        required=("experiment_id",),
        notes={
            "experiment_id": "the active experiment.",
        },
        retry=True,
    ),
    # probes and server information
    "get_root": Row(summary="The server's root route: a probe that needs no auth."),
    "get_version_info": Row(summary="The server's version information (reflexio-ai 0.2.32 answers 0.0.0-dev)."),
    "health_check": Row(),
    "health_live": Row(),
    "health_ready": Row(),
    "healthz": Row(),
    "healthz_eval": Row(),
    # integrations
    "braintrust_connect": Row(),
    "braintrust_disconnect": Row(),
    "braintrust_select_projects": Row(),
    "braintrust_status": Row(),
    "braintrust_sync": Row(),
    # interactions
    "delete_all_interactions": Row(summary="Delete every interaction of every user of the org.", invalidates=ALL),
    "delete_interaction": Row(
        summary="Delete one interaction of a user.",
        positional=("user_id", "interaction_id"),
        fire=True,
        required=("user_id",),
        notes={
            "user_id": "the interaction's owner.",
            "interaction_id": "its id (Interaction.interaction_id), a positive integer.",
        },
        invalidates=ALL,
    ),
    "delete_request": Row(
        summary="Delete a request and all its interactions.",
        positional=("request_id",),
        fire=True,
        required=("request_id",),
        notes={
            "request_id": "the request to delete.",
        },
        invalidates=ALL,
    ),
    "delete_requests_by_ids": Row(
        summary=("Delete several requests (and their interactions) by id; the answer counts the deleted ones."),
        positional=("request_ids",),
        ids=("request_ids",),
        notes={
            "request_ids": "the requests to delete (at least one).",
        },
        invalidates=ALL,
    ),
    "delete_session": Row(
        summary="Delete every request and interaction of a session.",
        positional=("session_id",),
        fire=True,
        required=("session_id",),
        notes={
            "session_id": "the session to delete.",
        },
        invalidates=ALL,
    ),
    "finalize_session": Row(
        summary=(
            "Hint that a session is complete: the server evaluates what it has stored so far.\n\nThe "
            "answer says the hint was accepted, not that extraction finished; the session can still "
            "receive requests."
        ),
        positional=("user_id", "session_id"),
        required=("user_id", "session_id"),
        notes={
            "user_id": "the session's user.",
            "session_id": "the session.",
        },
    ),
    "get_all_interactions": Row(
        summary="Interactions across all users, newest first (at most `limit`).",
        positional=("limit",),
        defaults={
            "limit": "100",
        },
        notes={
            "limit": "at most this many interactions.",
        },
    ),
    "get_interactions": Row(
        summary="A user's interactions, newest first.",
        notes={
            "user_id": "the user (required).",
            "start_time": f"only interactions created at/after this time {DATES}.",
            "end_time": f"only interactions created at/before this time {DATES}.",
            "top_k": "at most this many interactions (server default 30).",
        },
        required=("user_id",),
        retry=True,
        pages=Pages(
            "iter_interactions",
            "interactions",
            "InteractionView",
            key=("request_id", "interaction_id"),
            cursor="end_time",
            stamp="created_at",
        ),
    ),
    "get_learning_status": Row(
        summary=(
            'Learning progress of a published request: "pending", "processing", "done", "failed" or '
            '"not_tracked".\n\nA LearningStatusResponseStatus, a string enum equal to its value (a '
            "value newer than the spec comes through as well).\n\nRaises NotFoundError when the server "
            "does not know the request id."
        ),
        positional=("request_id",),
        required=("request_id",),
        notes={
            "request_id": "the request_id publish_interaction answered.",
        },
        answer=("_answers.learning_status", "LearningStatusResponseStatus"),
    ),
    "get_requests": Row(
        summary=("Stored requests with their interactions, grouped by session (sessions -> requests -> interactions)."),
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
        retry=True,
        pages=Pages("iter_sessions", "sessions", "SessionView", key=("session_id",), more="has_more"),
    ),
    "get_session_outcomes": Row(
        summary="Recorded session outcomes, filtered exactly by the given fields.",
        stamps=("start_time", "end_time"),
        notes={
            "session_ids": "at most 100 session ids.",
            "start_time": f"only outcomes that occurred at/after this time {DATES}.",
            "end_time": f"only outcomes that occurred at/before this time {DATES}.",
            "top_k": "at most this many (1..1000, server default 100).",
            "offset": "outcomes to skip (default 0).",
        },
        pages=Pages(
            "iter_session_outcomes",
            "session_outcomes",
            "SessionOutcomeRecord",
            key=("session_id", "outcome_id", "outcome_revision", "outcome", "created_at"),
            default=100,
            most=1000,
        ),
        retry=True,
    ),
    "publish_interaction": Row(hook="publish_interaction", invalidates=ALL),
    "search_interactions": Row(hook="search_interactions", retry=True),
    "set_session_outcome": Row(
        method="mark_session_outcome",
        summary=(
            "Record the first (immutable) outcome of a published session.\n\nThe server takes user_id "
            "and source from the session's earliest request. An identical retry answers success=True,"
            ' recorded=False; a different one success=False with reason="conflicting_finalization"; '
            'an unknown session reason="unknown_session".'
        ),
        required=("session_id",),
        stamps=("occurred_at",),
        notes={
            "session_id": "the session (required).",
            "outcome": '"success", "failure" or "unknown" (required).',
            "occurred_at": f"when it happened {DATES} (required).",
            "label": "a short label (at most 128 characters).",
            "value": "a number.",
            "metadata": "a JSON object.",
        },
    ),
    # operations (generation, aggregation, migrations, admin)
    "cancel_operation": Row(retry=True),
    "clear_user_data": Row(
        summary=(
            "Delete every row scoped to one user; returns the per-kind counts in deleted_counts.\n\n"
            "Removes the user's interactions, requests, session outcomes, profiles and user "
            "playbooks; agent playbooks are shared across users and stay."
        ),
        positional=("user_id",),
        keyed=True,
        required=("user_id",),
        notes={
            "user_id": "the user whose data to delete (or the whole request).",
        },
        retry=True,
        invalidates=ALL,
    ),
    "downgrade_profiles": Row(invalidates=(PROFILES,)),
    "downgrade_user_playbooks": Row(invalidates=(PLAYBOOKS,)),
    "get_dashboard_stats": Row(retry=True),
    "get_operation_status": Row(hook="_wait_for_operation"),
    "get_playbook_aggregation_change_logs": Row(summary="The change log of playbook aggregation for one playbook."),
    "get_playbook_aggregation_operation": Row(
        summary="The stored state of a submitted playbook aggregation (status, attempts, result or error).",
        required=("operation_id",),
        notes={
            "operation_id": "the id submit_playbook_aggregation answered.",
        },
    ),
    "get_stall_state": Row(
        summary=(
            "The current learning-stall state.\n\nstalled=True (with reason and error_message) after an"
            " LLM auth or billing error paused background extraction; stalled=False with null fields "
            "otherwise."
        ),
    ),
    "invalidate_cache": Row(
        summary=(
            'Evict the server-side cache entry of the caller\'s org; returns {"invalidated": bool, '
            '"org_id": str}.\n\ninvalidated is False when nothing was cached. org_id, when given, must '
            "be the caller's own org (another one is refused with PermissionDeniedError). The local "
            "read cache is dropped too."
        ),
        positional=("org_id",),
        defaults={
            "org_id": "None",
        },
        keyed=True,
        notes={
            "org_id": "the caller's org (optional).",
        },
        answer=("_answers.invalidation", "dict[str, Any]"),
        retry=True,
        invalidates=ALL,
    ),
    "manual_playbook_generation": Row(
        summary=(
            "Generate user playbooks now from the latest window_size interactions; they come out "
            "CURRENT.\n\nAlways fire-and-forget (returns None; flush() waits for it). Uses window_size "
            "from the config (server default 10) and runs every playbook extractor, those marked "
            "manual_trigger=True (which automatic extraction skips) included. playbook_name is "
            "accepted for old callers but no longer selects a playbook config (DeprecationWarning)."
        ),
        background=True,
        ignored={
            "playbook_name": "a playbook config",
        },
        notes={
            "agent_version": "the agent version the playbooks are for.",
            "source": "only interactions of this source.",
            "playbook_name": "ignored by the server (kept for old callers).",
        },
        invalidates=(PLAYBOOKS,),
    ),
    "manual_profile_generation": Row(
        summary=(
            "Generate profiles now from the latest window_size interactions; they come out CURRENT.\n\n"
            "Always fire-and-forget (returns None; flush() waits for it). Uses window_size from the "
            "config (server default 10) and runs every profile extractor, those marked "
            "manual_trigger=True (which automatic extraction skips) included. extractor_names is "
            "accepted for old callers but no longer selects extractors (DeprecationWarning)."
        ),
        background=True,
        ignored={
            "extractor_names": "extractors",
        },
        notes={
            "user_id": "the user whose latest interactions are read.",
            "source": "only interactions of this source.",
            "extractor_names": "ignored by the server (kept for old callers).",
        },
        invalidates=(PROFILES,),
    ),
    "mark_stall_notified": Row(
        summary=("Mark the current stall as notified (idempotent); notified_in_cc is False when no stall is active."),
        retry=True,
    ),
    "rerun_playbook_generation": Row(hook="rerun_playbook_generation", invalidates=(PLAYBOOKS,)),
    "rerun_profile_generation": Row(hook="rerun_profile_generation", invalidates=(PROFILES,)),
    "run_playbook_aggregation": Row(
        summary=(
            "Cluster similar user playbooks of an agent version into agent playbooks.\n\nBy default "
            "fire-and-forget (returns None); wait_for_response=True returns the server's answer (it "
            "aggregates before answering, or says why it skipped)."
        ),
        fire=True,
        not_blank=("playbook_name",),
        notes={
            "agent_version": "the agent version whose user playbooks are clustered.",
            "playbook_name": "only user playbooks of this playbook name.",
        },
        invalidates=(PLAYBOOKS,),
    ),
    "search": Row(
        summary="Search profiles, agent playbooks and user playbooks at once (`query` is required).",
        convert={
            "conversation_history": (
                "operations.conversation_turns",
                "Sequence[ConversationTurn | Mapping[str, Any]] | None",
            ),
        },
        notes={
            "query": "the search text (required).",
            "top_k": "at most this many results of each kind, 1..100 (server default 5).",
            "threshold": "the lowest vector similarity a result may have, 0..1 (default: the embedding model's).",
            "agent_version": "only playbooks of this agent version.",
            "playbook_name": "only playbooks of this playbook name.",
            "user_id": "only this user's profiles and user playbooks.",
            "source": "only items of this source (agent playbooks through their user playbooks).",
            "tags": "only items having any of these tags.",
            "entity_types": (
                'the kinds searched, of "profiles", "agent_playbooks", "user_playbooks" (default: all three).'
            ),
            "agent_playbook_status_filter": (
                "agent playbook statuses to include (server default: approved and pending, so "
                "rejected playbooks stay hidden)."
            ),
            "enable_reformulation": (
                "let the server rewrite the query before searching (the answer's reformulated_query shows it)."
            ),
            "enable_agent_answer": "also ask for an answer synthesised from the results (agent_answer).",
            "conversation_history": "earlier turns (role, content) the reformulation takes into account.",
            "search_mode": '"hybrid" (server default), "vector" or "fts" (full-text only).',
            "request_id": "the request the search is made for.",
            "session_id": "the session the search is made for: the server skips items it already served to it.",
            "interaction_id": "the interaction the search is made for.",
        },
        retry=True,
    ),
    "storage_stats": Row(
        summary="Counts of a user's profiles and playbooks, and the time range of their profiles.",
        positional=("user_id",),
        required=("user_id",),
        notes={
            "user_id": "the user.",
        },
    ),
    "submit_playbook_aggregation_operation": Row(hook="submit_playbook_aggregation", invalidates=(PLAYBOOKS,)),
    "upgrade_profiles": Row(
        summary=(
            "Promote PENDING profiles to CURRENT, archive the old CURRENT ones, delete old ARCHIVED "
            "ones.\n\nonly_affected_users defaults to True here (the server's default is False): only "
            "users with pending profiles are touched. When nothing is pending the answer has "
            "success=False."
        ),
        fills={
            "only_affected_users": "True",
        },
        notes={
            "user_id": "only this user's profiles (default: every user's).",
            "profile_ids": "only these pending profiles.",
            "only_affected_users": "only users with pending profiles (default True).",
        },
        invalidates=(PROFILES,),
    ),
    "upgrade_user_playbooks": Row(
        summary=(
            "Promote PENDING user playbooks to CURRENT, archive the old CURRENT ones, delete old "
            "ARCHIVED ones.\n\nFilters: agent_version, playbook_name (None: all). When nothing is "
            "pending the answer has success=False."
        ),
        invalidates=(PLAYBOOKS,),
    ),
    # playbooks
    "add_agent_playbooks": Row(hook="add_agent_playbooks", invalidates=(PLAYBOOKS,)),
    "add_user_playbook": Row(hook="add_user_playbook", invalidates=(PLAYBOOKS,)),
    "delete_agent_playbook": Row(
        summary=(
            "Delete an agent playbook by id.\n\nBy default fire-and-forget (returns None; flush() waits"
            " for it); wait_for_response=True returns the answer. The server answers success for "
            "unknown ids too."
        ),
        positional=("agent_playbook_id",),
        keyed=True,
        fire=True,
        notes={
            "agent_playbook_id": "the playbook to delete (or the whole request).",
        },
        invalidates=(PLAYBOOKS,),
    ),
    "delete_agent_playbooks_by_ids": Row(
        summary=(
            "Delete several agent playbooks by id (at least one).\n\nServer 0.2.32 reports "
            "deleted_count = the number of ids sent, whether they existed or not."
        ),
        positional=("agent_playbook_ids",),
        keyed=True,
        ids=("agent_playbook_ids",),
        notes={
            "agent_playbook_ids": "the playbooks to delete, any iterable (or the whole request).",
        },
        invalidates=(PLAYBOOKS,),
    ),
    "delete_all_agent_playbooks": Row(
        summary=(
            "Delete every agent playbook of the org; user playbooks stay (deleted_count is always 0 on server 0.2.32)."
        ),
        invalidates=(PLAYBOOKS,),
    ),
    "delete_all_playbooks": Row(
        summary=("Delete every playbook of the org, user and agent (deleted_count is always 0 on server 0.2.32)."),
        invalidates=(PLAYBOOKS,),
    ),
    "delete_all_user_playbooks": Row(
        summary=(
            "Delete every user playbook of the org; agent playbooks stay (deleted_count is always 0 on server 0.2.32)."
        ),
        invalidates=(PLAYBOOKS,),
    ),
    "delete_user_playbook": Row(
        summary=(
            "Delete a user playbook by id.\n\nBy default fire-and-forget (returns None; flush() waits "
            "for it); wait_for_response=True returns the answer. The server answers success for "
            "unknown ids too."
        ),
        positional=("user_playbook_id",),
        keyed=True,
        fire=True,
        notes={
            "user_playbook_id": "the playbook to delete (or the whole request).",
        },
        invalidates=(PLAYBOOKS,),
    ),
    "delete_user_playbooks_by_ids": Row(
        summary=("Delete several user playbooks by id (at least one); deleted_count counts those that existed."),
        positional=("user_playbook_ids",),
        keyed=True,
        ids=("user_playbook_ids",),
        notes={
            "user_playbook_ids": "the playbooks to delete, any iterable (or the whole request).",
        },
        invalidates=(PLAYBOOKS,),
    ),
    "get_agent_playbooks": Row(
        summary=(
            "Agent playbooks matching the filters (server default: the 100 newest, CURRENT only).\n\n"
            "Answers are cached locally for `cache_ttl` seconds; writes through this client "
            "invalidate the cache, `force_refresh=True` bypasses (and refreshes) it."
        ),
        cache=PLAYBOOKS,
        convert={
            "status_filter": CURRENT,
        },
        notes={
            "limit": "at most this many playbooks (server default 100).",
            "agent_playbook_id": "only this playbook.",
            "query": "case-insensitive text filter.",
            "playbook_name": "only playbooks of this name.",
            "agent_version": "only playbooks of this agent version.",
            "start_time": WINDOW,
            "end_time": WINDOW,
            "status_filter": 'statuses to include: None or "current" (CURRENT), "pending", "archived", ...',
            "playbook_status_filter": 'the review status to include ("approved", "pending", "rejected", ...).',
            "tags": "playbooks having any of these tags.",
            "request_id": "the request this read serves (for attribution).",
            "session_id": "the session this read serves (for attribution).",
        },
        pages=Pages(
            "iter_agent_playbooks",
            "agent_playbooks",
            "AgentPlaybookView",
            key=("agent_playbook_id",),
            cursor="end_time",
            stamp="created_at",
            size="limit",
            default=100,
        ),
        retry=True,
    ),
    "get_playbook_application_stats": Row(retry=True),
    "get_user_playbooks": Row(
        summary=(
            "User playbooks matching the filters (server default: the 100 newest of every status but "
            "merged/superseded)."
        ),
        convert={
            "status_filter": CURRENT,
        },
        notes={
            "limit": "at most this many playbooks (server default 100).",
            "user_playbook_id": "only this playbook.",
            "user_id": "only this user's playbooks.",
            "request_id": "only playbooks extracted from this request.",
            "query": "case-insensitive text filter.",
            "playbook_name": "only playbooks of this name.",
            "agent_version": "only playbooks of this agent version.",
            "start_time": WINDOW,
            "end_time": WINDOW,
            "status_filter": 'statuses to include: None or "current" (CURRENT), "pending", "archived", ...',
            "tags": "playbooks having any of these tags.",
        },
        pages=Pages(
            "iter_user_playbooks",
            "user_playbooks",
            "UserPlaybookView",
            key=("user_playbook_id",),
            cursor="end_time",
            stamp="created_at",
            size="limit",
            default=100,
        ),
        retry=True,
    ),
    "review_user_playbooks": Row(
        summary=(
            "Re-review current user playbooks created within [start_time, end_time] (both required)."
            "\n\nreport_only (server default True) answers with the review report and changes nothing; "
            "report_only=False applies the decisions in the background and answers at once with the "
            "run_id."
        ),
        notes={
            "start_time": f"the start of the creation window of the playbooks to review {DATES}.",
            "end_time": f"the end of the creation window {DATES}.",
            "top_k": "at most this many playbooks reviewed (server default 10).",
            "report_only": "only report (True, the server default) or apply the decisions (False).",
        },
        invalidates=(PLAYBOOKS,),
    ),
    "search_agent_playbooks": Row(
        summary=("Search agent playbooks with filters by agent version, name, time, status and approval status."),
        convert={
            "status_filter": CURRENT,
        },
        notes={
            "start_time": WINDOW,
            "end_time": WINDOW,
            "status_filter": 'statuses to include: None or "current" (CURRENT), "pending", "archived", ...',
            "search_mode": '"hybrid" (default), "fts" or "vector".',
        },
        retry=True,
    ),
    "search_user_playbooks": Row(
        summary=(
            "Search user playbooks (semantic/full-text) with filters by user, agent version, name, time and status."
        ),
        convert={
            "status_filter": CURRENT,
        },
        notes={
            "start_time": WINDOW,
            "end_time": WINDOW,
            "status_filter": 'statuses to include: None or "current" (CURRENT), "pending", "archived", ...',
            "search_mode": '"hybrid" (default), "fts" or "vector".',
        },
        retry=True,
    ),
    "update_agent_playbook": Row(
        summary=(
            "Update editable fields of an agent playbook in place (fields left None are unchanged).\n\n"
            "An unknown id is not an HTTP error: the answer has success=False."
        ),
        positional=("agent_playbook_id",),
        keyed=True,
        notes={
            "agent_playbook_id": "the playbook to update (or the whole request).",
            "playbook_status": 'the new review status ("approved", "pending", "rejected", ...).',
        },
        invalidates=(PLAYBOOKS,),
    ),
    "update_agent_playbook_status": Row(
        summary="Set only the approval status (pending/approved/rejected) of an agent playbook.",
        positional=("agent_playbook_id",),
        keyed=True,
        notes={
            "agent_playbook_id": "the playbook (or the whole request).",
            "playbook_status": 'the new status ("approved", "pending", "rejected", ...).',
        },
        invalidates=(PLAYBOOKS,),
    ),
    "update_user_playbook": Row(
        summary=(
            "Update editable fields of a user playbook in place (fields left None are unchanged).\n\n"
            "Server 0.2.32 answers success=True for an unknown id too (and changes nothing)."
        ),
        positional=("user_playbook_id",),
        keyed=True,
        notes={
            "user_playbook_id": "the playbook to update (or the whole request).",
        },
        invalidates=(PLAYBOOKS,),
    ),
    # profiles
    "add_user_profile": Row(hook="add_user_profile", invalidates=(PROFILES,)),
    "delete_all_profiles": Row(
        summary=("Delete every profile of every user of the org (server 0.2.32 answers deleted_count=0 regardless)."),
        invalidates=(PROFILES,),
    ),
    "delete_profile": Row(hook="delete_profile", invalidates=(PROFILES,)),
    "delete_profiles_by_ids": Row(
        summary="Delete multiple profiles by their ids (any user); the answer counts the deleted ones.",
        positional=("profile_ids",),
        ids=("profile_ids",),
        notes={
            "profile_ids": "the profiles to delete (at least one).",
        },
        invalidates=(PROFILES,),
    ),
    "get_all_profiles": Row(
        summary="Profiles across all users, newest first.",
        positional=(
            "limit",
            "status_filter",
            "user_id",
            "profile_id",
            "query",
            "source",
            "profile_time_to_live",
            "start_time",
            "end_time",
        ),
        defaults={
            "limit": "100",
            "status_filter": "None",
            "user_id": "None",
            "profile_id": "None",
            "query": "None",
            "source": "None",
            "profile_time_to_live": "None",
            "start_time": "None",
            "end_time": "None",
        },
        stamps=("start_time", "end_time"),
        convert={
            "status_filter": ("profiles.all_profiles_status", "Status | str | None"),
        },
        notes={
            "limit": "at most this many profiles.",
            "status_filter": (
                '"current", "pending" or "archived" (None: any status; the server would silently '
                "ignore any other value, so the client rejects it)."
            ),
            "user_id": "only this user's profiles.",
            "profile_id": "only this profile.",
            "query": "case-insensitive text filter across the visible fields.",
            "source": "only profiles of this source.",
            "profile_time_to_live": 'only profiles with this TTL (e.g. "infinity", "one_month").',
            "start_time": f"only profiles whose date_field is at/after this time {DATES}.",
            "end_time": f"only profiles whose date_field is at/before this time {DATES}.",
            "date_field": '"last_modified_timestamp" (server default) or "created_at".',
            "include_tombstones": "also return merged or superseded profiles when looking up a profile_id.",
        },
    ),
    "get_profile_change_log": Row(
        summary="The history of profile changes: which request added, removed or mentioned which profiles.",
    ),
    "get_profile_statistics": Row(),
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
        cache=PROFILES,
        convert={
            "status_filter": ("profiles.status_list", "Sequence[Status | str | None] | None"),
        },
        retry=True,
        pages=Pages(
            "iter_profiles",
            "user_profiles",
            "ProfileView",
            key=("profile_id",),
            cursor="end_time",
            stamp="last_modified_timestamp",
        ),
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
        retry=True,
    ),
    "search_profiles": Row(
        method="search_user_profiles",
        aliases=("search_profiles",),
        summary="Search a user's profiles by query (fts, vector or hybrid search).",
        required=("user_id",),
        notes={
            "user_id": "the user whose profiles to search (required).",
            "query": "the search text.",
            "generated_from_request_id": "only profiles extracted from this request.",
            "start_time": f"only profiles modified at/after this time {DATES}.",
            "end_time": f"only profiles modified at/before this time {DATES}.",
            "top_k": "at most this many results (server default 10).",
            "threshold": "minimum relevance score, 0..1.",
            "search_mode": '"hybrid" (default), "fts" or "vector".',
        },
        retry=True,
    ),
    "update_user_profile": Row(
        summary=(
            "Apply a partial update (content and/or custom_features) to an existing user profile. The"
            " answer has success=False (not an error) when the profile does not exist."
        ),
        notes={
            "user_id": "the profile's owner (required).",
            "profile_id": "the profile to update (required).",
            "content": "the new content.",
            "custom_features": "the new custom features (a dict).",
        },
        required=("user_id", "profile_id"),
        invalidates=(PROFILES,),
    ),
    # pending tool calls
    "cancel_pending_tool_call": Row(
        summary=(
            "Cancel a pending call without answering it (cancelling a cancelled call is a no-op).\n\n"
            "Raises ConflictError when the call is no longer pending (resolved, expired, superseded)."
        ),
        required=("pending_tool_call_id",),
        notes={
            "pending_tool_call_id": "the call.",
        },
        retry=True,
    ),
    "get_pending_tool_call": Row(
        summary="One pending tool call by id; NotFoundError when the org has no such call.",
        required=("pending_tool_call_id",),
        notes={
            "pending_tool_call_id": "the call.",
        },
    ),
    "list_pending_tool_calls": Row(
        summary="The org's pending tool calls, optionally only those in one status.",
        positional=("status", "limit"),
        defaults={
            "status": "None",
            "limit": "100",
        },
        notes={
            "status": (
                '"pending", "resolved", "expired", "superseded" or "cancelled" (a '
                "PendingToolCallStatus or its value); None lists every status."
            ),
            "limit": "results at most, 1 to 500.",
        },
    ),
    "mark_pending_tool_call_not_applicable": Row(hook="mark_pending_tool_call_not_applicable"),
    "resolve_pending_tool_call": Row(hook="resolve_pending_tool_call"),
    "update_pending_tool_call_answer": Row(hook="update_pending_tool_call_answer"),
}
