"""The real server's rate limits (reflexio-ai 0.2.32, per route and client address), for the fake's 429 body.

Held to docs/disagreements.md's table by tests/test_fake_faults.py. Routes without a limit answer the
publish limit's body when a test injects a 429 anyway.
"""

from __future__ import annotations

PER_MINUTE = {
    5: (
        "rerun_profile_generation manual_profile_generation rerun_playbook_generation manual_playbook_generation "
        "review_user_playbooks regenerate_evaluations"
    ),
    10: (
        "set_config update_config clear_user_data run_playbook_aggregation submit_playbook_aggregation_operation "
        "delete_all_interactions delete_all_profiles delete_all_playbooks delete_all_user_playbooks "
        "delete_all_agent_playbooks cancel_operation start_retrieval_experiment stop_retrieval_experiment "
        "braintrust_connect braintrust_select_projects braintrust_disconnect braintrust_sync"
    ),
    30: "get_all_interactions get_all_profiles get_dashboard_stats",
    60: (
        "publish_interaction add_user_profile add_user_playbook add_agent_playbooks set_session_outcome "
        "get_session_outcomes finalize_session"
    ),
    120: (
        "get_learning_status get_agent_playbooks search_profiles rerank_user_profiles search_interactions "
        "search_user_playbooks search_agent_playbooks search storage_stats get_playbook_aggregation_operation"
    ),
}
LIMITS = {operation: count for count, names in PER_MINUTE.items() for operation in names.split()}
DEFAULT = 60


def rate_limited_body(operation: str | None) -> dict[str, str]:
    """The body of the server's 429 for `operation`: `{"error": "Rate limit exceeded: N per 1 minute"}`."""
    count = LIMITS.get(operation or "", DEFAULT)
    return {"error": f"Rate limit exceeded: {count} per 1 minute"}
