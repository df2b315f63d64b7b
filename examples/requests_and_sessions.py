"""Managing requests & sessions: publish with metadata, inspect stored requests, filter, clean up.

Docs page: requests-and-sessions. Run: python examples/requests_and_sessions.py
Reads REFLEXIO_API_URL and REFLEXIO_API_KEY like any client; without REFLEXIO_API_URL a local
server is started for the run (see examples/_server.py). Ids get a per-run suffix, and everything
published is deleted again.
"""

from __future__ import annotations

import sys
import uuid
from datetime import UTC, datetime, timedelta

from _server import reflexio_server

from reflexio import ReflexioClient


def main() -> int:
    run = uuid.uuid4().hex[:8]
    user_id = f"customer_123_{run}"
    ticket = f"support_ticket_789_{run}"
    old_test_run = f"old_test_run_001_{run}"
    eval_session = f"offline_eval_{run}"

    with reflexio_server(), ReflexioClient() as client:
        # Choose request metadata before publishing: one session per conversation, a small stable
        # set of sources, the deployed agent version. Each call is one request.
        first = client.publish_interaction(
            user_id=user_id,
            session_id=ticket,
            source="support_chat",
            agent_version="agent-2026-06",
            interactions=[
                {"role": "user", "content": "My last invoice charged me twice."},
                {"role": "assistant", "content": "Sorry about that; I have flagged the duplicate charge."},
            ],
        )
        second = client.publish_interaction(
            user_id=user_id,
            session_id=ticket,
            source="support_chat",
            agent_version="agent-2026-06",
            interactions=[{"role": "user", "content": "Thanks, when will I see the refund?"}],
        )
        client.publish_interaction(
            user_id=user_id,
            session_id=old_test_run,
            source="staging_eval",
            agent_version="candidate-b",
            interactions=[{"role": "user", "content": "test message"}],
        )
        # Request-level flag: stored for session evaluation, never learned from.
        evaluated = client.publish_interaction(
            user_id=user_id,
            session_id=eval_session,
            source="offline_eval",
            agent_version="candidate-b",
            interactions=[{"role": "user", "content": "evaluation-only turn"}],
            evaluation_only=True,
        )
        print(f"Published 4 requests for {user_id} (first: {first.request_id})")
        print(f"evaluation_only request: learning_status={evaluated.learning_status} ({evaluated.learning_reason})")

        # Inspect requests for a user: grouped by session, each request with its interactions.
        response = client.get_requests(
            user_id=user_id,
            top_k=50,
        )
        for session in response.sessions:
            print(f"Session: {session.session_id}")
            for request_data in session.requests:
                request = request_data.request
                print(f"  Request: {request.request_id}")
                print(f"  Source: {request.source}")
                print(f"  Agent version: {request.agent_version}")
                print(f"  Interactions: {len(request_data.interactions)}")

        # Filter by time or request id.
        recent_requests = client.get_requests(
            user_id=user_id,
            start_time=datetime.now(UTC) - timedelta(days=7),
            end_time=datetime.now(UTC),
        )
        recent = sum(len(session.requests) for session in recent_requests.sessions)
        print(f"Requests in the last 7 days: {recent}")
        single_request = client.get_requests(request_id=first.request_id)
        found = [rd.request.request_id for s in single_request.sessions for rd in s.requests]
        print(f"get_requests(request_id=...) -> {found}")

        # Every session, however many: iter_sessions fetches page after page.
        all_sessions = [session.session_id for session in client.iter_sessions(user_id=user_id, top_k=2)]
        print(f"iter_sessions -> {len(all_sessions)} sessions")

        # Delete one request.
        if second.request_id is not None:
            deleted = client.delete_request(
                request_id=second.request_id,
                wait_for_response=True,
            )
            if deleted.success:
                print(f"delete_request: {deleted.message}")

        # Delete a whole session.
        deleted_session = client.delete_session(
            session_id=ticket,
            wait_for_response=True,
        )
        if deleted_session.success:
            print(f"delete_session: Deleted {deleted_session.deleted_requests_count} requests")

        # Fire-and-forget cleanup: returns None at once; flush() waits until it was sent.
        client.delete_session(
            session_id=old_test_run,
            wait_for_response=False,
        )
        client.delete_session(session_id=eval_session)
        print(f"Fire-and-forget deletes sent: {client.flush()}, failed: {client.background_stats.failed}")

        left = client.get_requests(user_id=user_id)
        print(f"Sessions left for {user_id}: {len(left.sessions)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
