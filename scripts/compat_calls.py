"""The common calls of `make compat`, run with whichever `reflexio` package the interpreter has.

Runs in this project's venv (this client) and in the official client's own venv (reflexio-client):
both packages are named `reflexio` and share these method names. Usage:
    python compat_calls.py URL   -> one JSON line per call: {"call", "ok", "detail"}
Run it from outside the checkout, so `import reflexio` finds the installed package.
"""

from __future__ import annotations

import json
import logging
import sys
import uuid
from collections.abc import Callable
from typing import Any

from reflexio import ReflexioClient


class _Partial(logging.Handler):
    """Collects this client's warnings about answers that lacked a field (another server version)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.fields: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "could not be read from an answer" in message:
            self.fields.append(message.split(" ", 1)[0])


def calls(user: str, session: str, seen: dict[str, Any]) -> list[tuple[str, Callable[[Any], Any]]]:
    turn = [{"role": "user", "content": "I prefer short answers in French."}]

    def publish(c: Any) -> Any:
        answer = c.publish_interaction(user_id=user, interactions=turn, session_id=session, wait_for_response=True)
        seen["request_id"] = getattr(answer, "request_id", None)
        return answer

    return [
        ("whoami", lambda c: c.whoami()),
        ("get_config", lambda c: c.get_config()),
        ("publish_interaction", publish),
        ("get_learning_status", lambda c: c.get_learning_status(seen.get("request_id") or "none")),
        ("get_requests", lambda c: c.get_requests(user_id=user)),
        ("get_interactions", lambda c: c.get_interactions(user_id=user)),
        ("search_interactions", lambda c: c.search_interactions(user_id=user, query="French")),
        ("get_profiles", lambda c: c.get_profiles(user_id=user)),
        ("search_profiles", lambda c: c.search_profiles(user_id=user, query="French")),
        ("get_user_playbooks", lambda c: c.get_user_playbooks(user_id=user)),
        ("get_agent_playbooks", lambda c: c.get_agent_playbooks()),
        ("search_user_playbooks", lambda c: c.search_user_playbooks(query="French", user_id=user)),
        ("get_session_outcomes", lambda c: c.get_session_outcomes(session_ids=[session])),
        ("storage_stats", lambda c: c.storage_stats(user_id=user)),
        ("delete_session", lambda c: c.delete_session(session, wait_for_response=True)),
    ]


def main(url: str) -> None:
    partial = _Partial()
    logging.getLogger("reflexio").addHandler(partial)
    run = uuid.uuid4().hex[:8]
    client = ReflexioClient(url_endpoint=url)
    seen: dict[str, Any] = {}
    for name, call in calls(f"compat-{run}", f"compat-session-{run}", seen):
        partial.fields.clear()
        try:
            call(client)
        except Exception as exc:  # noqa: BLE001  (the table reports every failure as it is)
            detail = f"{type(exc).__name__}: {' '.join(str(exc).split())}"
            print(json.dumps({"call": name, "ok": False, "detail": detail}), flush=True)
            continue
        detail = "lacked " + ", ".join(sorted(set(partial.fields))) if partial.fields else ""
        print(json.dumps({"call": name, "ok": True, "detail": detail}), flush=True)
    close = getattr(client, "close", None)
    if callable(close):
        close()


if __name__ == "__main__":
    main(sys.argv[1])
