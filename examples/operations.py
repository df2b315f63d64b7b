"""Operations: rerun and manual generation, upgrades, playbook aggregation, user data, stall state.

Docs page: operations. Run: python examples/operations.py
Generation runs the server's LLM: point REFLEXIO_API_URL at a server with an LLM configured, or
leave it unset to start a local server in its canned-LLM mode (see examples/_server.py). REFLEXIO_API_KEY
is read like any client. The user and agent version get a per-run suffix; the user's data is
cleared at the end.
"""

from __future__ import annotations

import sys
import uuid

from _server import reflexio_server

from reflexio import ReflexioClient


def report_failure(error: BaseException, operation_id: str) -> None:
    """Fire-and-forget calls return None: their failures arrive here."""
    print(f"  background {operation_id} failed: {error}")


def main() -> int:
    run = uuid.uuid4().hex[:8]
    user_id = f"user_123_{run}"
    agent_version = f"v2.1.0-{run}"

    with reflexio_server(), ReflexioClient(on_error=report_failure) as client:
        # Something to learn from: one published conversation, extracted right away.
        published = client.publish_interaction(
            user_id=user_id,
            session_id=f"session_{run}",
            source="chat",
            agent_version=agent_version,
            interactions=[
                {"role": "user", "content": "Please keep answers short; I read them on my phone."},
                {"role": "assistant", "content": "Understood: short answers from now on."},
            ],
            wait_for_response=True,
            force_extraction=True,
        )
        print(f"Published {published.request_id}: profiles_added={published.profiles_added}")

        # Rerun: ALL interactions, results come out PENDING; upgrade promotes them to CURRENT.
        profiles_run = client.rerun_profile_generation(
            user_id=user_id,
            wait_for_response=True,
        )
        print(f"rerun_profile_generation: {profiles_run.msg} (profiles_generated={profiles_run.profiles_generated})")
        pending = client.get_profiles(user_id=user_id, status_filter=["pending"], force_refresh=True)
        print(f"PENDING profiles: {len(pending.user_profiles)}")
        upgraded = client.upgrade_profiles(user_id=user_id)
        print(f"upgrade_profiles: {upgraded.message}")

        playbooks_run = client.rerun_playbook_generation(
            agent_version=agent_version,
            wait_for_response=True,
        )
        print(
            f"rerun_playbook_generation: {playbooks_run.msg} (playbooks_generated={playbooks_run.playbooks_generated})"
        )
        upgraded_playbooks = client.upgrade_user_playbooks(agent_version=agent_version)
        print(f"upgrade_user_playbooks: {upgraded_playbooks.message}")

        # Manual: window-sized interactions, results come out CURRENT; always fire-and-forget.
        client.manual_profile_generation(user_id=user_id)
        client.manual_profile_generation(source="chat")  # every user's requests from this source
        client.manual_playbook_generation(agent_version=agent_version)
        client.manual_playbook_generation(
            agent_version=agent_version,
            source="chat",
        )
        print("manual_profile_generation / manual_playbook_generation: queued (return None)")

        # Aggregation: fire-and-forget by default; wait_for_response=True returns the server's answer.
        queued = client.run_playbook_aggregation(
            agent_version=agent_version,
        )
        print(f"run_playbook_aggregation: {queued} (queued)")
        aggregated = client.run_playbook_aggregation(agent_version=agent_version, wait_for_response=True)
        print(f"run_playbook_aggregation(wait_for_response=True): success={aggregated.success} {aggregated.message}")

        sent = client.flush()
        stats = client.background_stats
        print(f"flush(): {sent}; {stats.succeeded} of {stats.submitted} background calls succeeded")

        # Learning-stall state.
        state = client.get_stall_state()
        if state.stalled:
            print(state.reason, state.error_message)
        else:
            print("get_stall_state: not stalled")
        result = client.mark_stall_notified()
        print(f"mark_stall_notified: notified_in_cc={result.notified_in_cc}")

        # Delete everything scoped to the user (agent playbooks are shared and stay).
        cleared = client.clear_user_data(user_id=user_id)
        print(f"clear_user_data: {cleared.deleted_counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
