"""Memory for an agent: each turn searches Reflexio, shows the model what it found, and publishes
itself with its session and the learnings it used. A Reflexio outage costs a turn at most its budget.

Docs: docs/agent.md. Run: python examples/agent_turn.py
Reads REFLEXIO_API_URL and REFLEXIO_API_KEY like any client; without REFLEXIO_API_URL a local
server is started for the run (see examples/_server.py). The "LLM" here is a stand-in function, so
no model key is needed; reflexio.integrations wraps the OpenAI and Anthropic clients the same way.
"""

from __future__ import annotations

import re
import sys
import time
import uuid

from _server import reflexio_server

from reflexio import ReflexioClient, SessionClient
from reflexio.types import RequestDataView
from tools.launcher import free_port


def llm(prompt: str) -> str:
    """A stand-in model: it answers, and cites the first learning tag it was shown, as asked to."""
    shown = re.search(r"\[([pua]\d+)\]", prompt)
    return "Read it in chunks with pandas" + (f" [{shown.group(1)}]." if shown else ".")


def agent_turn(session: SessionClient, user_id: str, message: str) -> str:
    """One turn of the agent: the three lines of docs/agent.md."""
    turn = session.turn(user_id, message)  # searches Reflexio (at most 2 s; fails open)
    answer = llm(f"{turn.context.text}\n\nUser: {message}")
    turn.publish(answer)  # fire-and-forget: the turn, its session, the learnings shown and cited
    return answer


def published_turns(
    client: ReflexioClient, user_id: str, count: int, within: float = 10.0
) -> list[tuple[str, RequestDataView]]:
    """The user's stored turns as (session id, request). flush() means the server took every publish;
    releases before 0.2.32 store one just after answering, so this reads until `count` have landed."""
    deadline = time.monotonic() + within
    while True:
        sessions = client.get_requests(user_id=user_id).sessions
        turns = [(s.session_id, r) for s in sessions for r in s.requests if r.interactions]
        if len(turns) >= count or time.monotonic() > deadline:
            return turns
        time.sleep(0.2)


def report_failure(error: Exception, operation_id: str) -> None:
    print(f"  on_error: {operation_id} failed: {type(error).__name__}")


def main() -> int:
    run = uuid.uuid4().hex[:8]
    user_id, conversation = f"reader_{run}", f"chat_{run}"
    with reflexio_server(), ReflexioClient(on_error=report_failure) as client:
        # Something to remember (normally extracted by Reflexio from earlier conversations).
        client.add_user_profile([{"user_id": user_id, "content": "Reads each large CSV file in chunks with pandas"}])

        session = client.for_session(conversation)
        for message in ("large CSV file", "CSV file chunks", "CSV file pandas"):
            print(f"user: {message}\nagent: {agent_turn(session, user_id, message)}")
        print(f"flush(): {client.flush(30)}; background_stats: {client.background_stats}")

        for session_id, request in published_turns(client, user_id, count=3):
            last = request.interactions[-1]
            learnings = [f"{r.kind.value}:{r.learning_id}" for r in last.retrieved_learnings]
            print(f"published in {session_id}: {last.content!r} retrieved_learnings={learnings}")

        # Reflexio unreachable: the turn goes on, its context empty, within its budget.
        with ReflexioClient(url_endpoint=f"http://127.0.0.1:{free_port()}", on_error=report_failure) as down:
            started = time.monotonic()
            turn = down.for_session(conversation).turn(user_id, "large CSV file", budget=0.5)
            turn.publish(llm(f"{turn.context.text}\n\nUser: large CSV file"))
            print(f"Reflexio down: the turn took {time.monotonic() - started:.1f} s, context empty: {not turn.context}")

        client.delete_session(conversation, wait_for_response=True)
        client.clear_user_data(user_id)
        print(f"Sessions left for {user_id}: {len(client.get_requests(user_id=user_id).sessions)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
