"""Per-operation policy: which calls are safe to retry and which cached reads a write invalidates.

Keys are the spec's operationIds (the generated module names). tests/test_policy.py checks that
every operation of the spec is classified, so a new server operation fails a test until it is.
"""

from __future__ import annotations

# Cached reads live in these namespaces.
PROFILES = "profiles"
AGENT_PLAYBOOKS = "agent_playbooks"
ALL = (PROFILES, AGENT_PLAYBOOKS)

# POST operations that change nothing (reads sent as POST) or that are idempotent writes
# (same request twice = same state), so a retry cannot duplicate anything.
IDEMPOTENT_POSTS = frozenset(
    {
        "get_dashboard_stats",
        "get_session_outcomes",
        "get_interactions",
        "get_requests",
        "get_profiles",
        "get_user_playbooks",
        "get_agent_playbooks",
        "get_playbook_application_stats",
        "search_profiles",
        "rerank_user_profiles",
        "search_interactions",
        "search_user_playbooks",
        "search_agent_playbooks",
        "search",
        "get_learning_provenance",
        "get_agent_success_evaluation_results",
        "get_retrieved_learning_evaluation_results",
        "get_evaluation_overview",
        "set_config",
        "update_config",
        "invalidate_cache",
        "clear_user_data",
        "mark_stall_notified",
        "stop_retrieval_experiment",
        "cancel_operation",
        "cancel_pending_tool_call",
    }
)

# POST operations that create or trigger something: a retry could duplicate it, so they are
# retried only when the request provably never reached the server, or on 429/503.
NON_IDEMPOTENT_POSTS = frozenset(
    {
        "publish_interaction",  # as a raw endpoint; the method always sends a request_id and is retried (_publish.py)
        "add_user_profile",
        "add_user_playbook",
        "add_agent_playbooks",
        "rerun_profile_generation",
        "manual_profile_generation",
        "rerun_playbook_generation",
        "manual_playbook_generation",
        "run_playbook_aggregation",
        "submit_playbook_aggregation_operation",
        "upgrade_profiles",
        "downgrade_profiles",
        "upgrade_user_playbooks",
        "downgrade_user_playbooks",
        "review_user_playbooks",
        "finalize_session",
        "set_session_outcome",
        "regenerate_evaluations",
        "grade_on_demand",
        "start_retrieval_experiment",
        "braintrust_connect",
        "braintrust_select_projects",
        "braintrust_sync",
        "resolve_pending_tool_call",
        "mark_pending_tool_call_not_applicable",
    }
)

# Writes and the cached read namespaces they can change; invalidated once the write has landed.
INVALIDATES: dict[str, tuple[str, ...]] = {
    "publish_interaction": ALL,
    "delete_interaction": ALL,
    "delete_request": ALL,
    "delete_session": ALL,
    "delete_requests_by_ids": ALL,
    "delete_all_interactions": ALL,
    "add_user_profile": (PROFILES,),
    "update_user_profile": (PROFILES,),
    "delete_profile": (PROFILES,),
    "delete_profiles_by_ids": (PROFILES,),
    "delete_all_profiles": (PROFILES,),
    "rerun_profile_generation": (PROFILES,),
    "manual_profile_generation": (PROFILES,),
    "upgrade_profiles": (PROFILES,),
    "downgrade_profiles": (PROFILES,),
    "add_agent_playbooks": (AGENT_PLAYBOOKS,),
    "update_agent_playbook": (AGENT_PLAYBOOKS,),
    "update_agent_playbook_status": (AGENT_PLAYBOOKS,),
    "delete_agent_playbook": (AGENT_PLAYBOOKS,),
    "delete_agent_playbooks_by_ids": (AGENT_PLAYBOOKS,),
    "delete_all_agent_playbooks": (AGENT_PLAYBOOKS,),
    "delete_all_playbooks": (AGENT_PLAYBOOKS,),
    "add_user_playbook": (AGENT_PLAYBOOKS,),
    "update_user_playbook": (AGENT_PLAYBOOKS,),
    "delete_user_playbook": (AGENT_PLAYBOOKS,),
    "delete_user_playbooks_by_ids": (AGENT_PLAYBOOKS,),
    "delete_all_user_playbooks": (AGENT_PLAYBOOKS,),
    "rerun_playbook_generation": (AGENT_PLAYBOOKS,),
    "manual_playbook_generation": (AGENT_PLAYBOOKS,),
    "run_playbook_aggregation": (AGENT_PLAYBOOKS,),
    "submit_playbook_aggregation_operation": (AGENT_PLAYBOOKS,),
    "upgrade_user_playbooks": (AGENT_PLAYBOOKS,),
    "downgrade_user_playbooks": (AGENT_PLAYBOOKS,),
    "review_user_playbooks": (AGENT_PLAYBOOKS,),
    "clear_user_data": ALL,
    "set_config": ALL,
    "update_config": ALL,
    "invalidate_cache": ALL,
}


def is_idempotent(operation_id: str, method: str) -> bool:
    """GET, PUT and DELETE are idempotent by HTTP semantics; POSTs by the tables above."""
    if method.upper() != "POST":
        return True
    return operation_id in IDEMPOTENT_POSTS
