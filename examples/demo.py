"""Quickstart (`make demo`): publish a conversation, list the stored requests, read profiles through
the local cache, delete the session fire-and-forget and flush, printing what happens.

Runs against $REFLEXIO_API_URL (and $REFLEXIO_API_KEY) when set, else against a local server it
starts and stops itself (see examples/_server.py). Exit status 1 when a call fails.
"""

from __future__ import annotations

import sys
import uuid

import httpx
from _server import Target, reflexio_server

import reflexio
from reflexio import ReflexioClient, ReflexioError

CONVERSATION = [
    {"role": "user", "content": "Hi, I'm Ana. I maintain a Python data pipeline and I prefer short answers."},
    {"role": "assistant", "content": "Got it, Ana: brief answers with Python examples."},
    {"role": "user", "content": "How do I read a CSV file lazily?"},
    {"role": "assistant", "content": "Use csv.reader on an open file: it yields one row at a time."},
]


def main() -> int:
    print(f"reflexio-python {reflexio.__version__}: quickstart")
    with reflexio_server() as target:
        try:
            run(target)
        except ReflexioError as exc:
            print(f"Error: {type(exc).__name__}: {exc}")
            return 1
    print("Done.")
    return 0


def run(target: Target) -> None:
    sent: list[str] = []  # the requests that went over the wire, to show what the cache saves

    def record(request: httpx.Request) -> None:
        sent.append(request.url.path)

    http = httpx.Client(event_hooks={"request": [record]})
    run_id = uuid.uuid4().hex[:8]
    user_id, session_id = f"demo-user-{run_id}", f"demo-session-{run_id}"

    with ReflexioClient(http_client=http) as client:  # reads REFLEXIO_API_URL / REFLEXIO_API_KEY
        print(f"Client: {client!r}")

        print(f"\n1. publish_interaction: {len(CONVERSATION)} turns for user {user_id}, session {session_id}")
        published = client.publish_interaction(
            user_id=user_id,
            session_id=session_id,
            interactions=CONVERSATION,
            source="quickstart",
            agent_version="demo-v1",
            wait_for_response=True,  # a demo wants the extraction result now
            force_extraction=True,  # one short conversation would otherwise wait for a full window
            skip_aggregation=True,  # demo data must not shape the shared agent playbooks
        )
        print(
            f"   request_id={published.request_id} learning_status={published.learning_status} "
            f"profiles_added={published.profiles_added}"
        )
        if target.kind == "fake":
            print("   (the fake server stores the conversation but learns nothing from it: it has no LLM)")

        print(f"\n2. get_requests(user_id={user_id!r})")
        stored = client.get_requests(user_id=user_id)
        print(f"   {len(stored.sessions)} session(s)")
        for session in stored.sessions:
            print(f"   session {session.session_id}: {len(session.requests)} request(s)")
            for request_data in session.requests:
                request = request_data.request
                print(
                    f"     request {request.request_id} source={request.source} "
                    f"agent_version={request.agent_version}: {len(request_data.interactions)} interaction(s)"
                )
                for interaction in request_data.interactions:
                    print(f"       {interaction.role}: {interaction.content}")

        print(f"\n3. get_profiles(user_id={user_id!r}), three times")
        before = len(sent)
        profiles = client.get_profiles(user_id=user_id)
        print(f"   {len(profiles.user_profiles)} profile(s), {len(sent) - before} request sent")
        for profile in profiles.user_profiles:
            print(f"     - {profile.content}")
        before = len(sent)
        again = client.get_profiles(user_id=user_id)
        print(
            f"   again: {len(again.user_profiles)} profile(s), {len(sent) - before} requests sent "
            "(answered from the local cache)"
        )
        before = len(sent)
        fresh = client.get_profiles(user_id=user_id, force_refresh=True)
        print(f"   force_refresh=True: {len(fresh.user_profiles)} profile(s), {len(sent) - before} request sent")

        print(f"\n4. delete_session({session_id!r}) fire-and-forget")
        result = client.delete_session(session_id=session_id)
        print(f"   returned {result} at once; pending={client.pending}")
        flushed = client.flush(timeout=30)
        stats = client.background_stats
        print(
            f"   flush() -> {flushed}; background_stats: submitted={stats.submitted} "
            f"succeeded={stats.succeeded} failed={stats.failed} not_sent={stats.not_sent}"
        )
        left = client.get_requests(user_id=user_id)
        note = "" if target.stores_data else " (Prism answers an example, whatever was deleted)"
        print(f"   get_requests(user_id={user_id!r}): {len(left.sessions)} session(s) left{note}")

        print("\n5. clean up what extraction learned about the demo user")
        cleared = client.clear_user_data(user_id)
        print(f"   clear_user_data: {cleared.message}")
        print(f"\n{len(sent)} requests sent in all.")
        if target.kind == "fake":
            print(
                "\nThis ran against the in-memory fake of reflexio.testing. To see real extraction, install the"
                " real server (`make server-install`, ~5 min) and run `make demo` again, or set REFLEXIO_API_URL."
            )


if __name__ == "__main__":
    sys.exit(main())
