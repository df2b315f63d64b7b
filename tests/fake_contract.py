"""A scripted Reflexio session, recorded as the raw JSON answers: the contract FakeReflexio keeps.

`record(url_or_fake)` runs the same calls through the real ReflexioClient against the real server
or the fake, and returns one (operation, status, answer) per HTTP exchange, with the ids and
timestamps that legitimately differ between two runs replaced by stable placeholders
(`<request_id 1>`, `<time>`). tests/test_fake_contract.py compares the two recordings field by field.
`python tests/fake_contract.py URL` prints the differences against a running server.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
import uuid
from typing import Any

import httpx
from reflexio_api.api.interactions import finalize_session
from reflexio_api.api.operations import downgrade_profiles
from reflexio_api.models import DowngradeProfilesRequest, FinalizeSessionRequest

from reflexio import DuplicateRequestError, NotFoundError, ReflexioClient
from reflexio.testing import FakeReflexio
from reflexio.testing._routes import match

TIMES = {"created_at", "last_modified_timestamp", "started_at", "completed_at"}
# Values that differ per run but stay consistent within one: numbered in order of appearance.
IDS = {"request_id", "profile_id", "interaction_id", "user_playbook_id", "agent_playbook_id", "operation_id"}
# Searches whose ranking differs (the server ranks full-text matches by relevance, the fake lists the
# newest first): what they find is compared, not its order.
RANKED = {"search_interactions", "search_profiles", "search_user_playbooks", "search_agent_playbooks", "search"}
# The real server's own environment, not behaviour: where its storage lives.
ENVIRONMENT = {"storage_label", "endpoint_url"}


class Recorder(httpx.BaseTransport):
    """Passes requests to `inner` and keeps each exchange's operation, status and parsed answer."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.exchanges: list[tuple[str, int, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        if response.status_code == 429:
            return response  # the shared server's rate limit (10 config writes a minute): retried, not compared
        found = match(request.method, request.url.path)
        operation = found[0].operation_id if found else request.url.path
        self.exchanges.append((operation, response.status_code, json.loads(response.content or b"null")))
        return response


def next_second() -> None:
    """Wait until the wall clock's second changes: both servers stamp created_at in whole seconds, and
    rows of one second keep their storage order, so each publish gets its own second to make the
    order of every listing the same in both runs."""
    start = int(time.time())
    while int(time.time()) == start:
        time.sleep(0.01)


def session(client: ReflexioClient, tag: str) -> None:
    """The calls an agent makes, on data named with `tag` so a shared server's other data never shows."""
    user, other = f"contract-user-{tag}", f"contract-other-{tag}"
    s1, s2, s3 = f"contract-s1-{tag}", f"contract-s2-{tag}", f"contract-s3-{tag}"
    turns = [{"role": "user", "content": "I like green tea"}, {"role": "assistant", "content": "Noted: green tea."}]

    # publish: explicit and minted request ids, a duplicate, metadata, several sessions
    client.publish_interaction(
        user_id=user, session_id=s1, interactions=turns, request_id=f"r1-{tag}", source="web", agent_version="v1"
    )
    next_second()
    client.publish_interaction(user_id=user, session_id=s1, interactions=[{"role": "user", "content": "And scones"}])
    next_second()
    client.publish_interaction(user_id=user, session_id=s2, interactions=turns[:1], request_id=f"r3-{tag}")
    with contextlib.suppress(DuplicateRequestError):  # both answer 200 success=false "... already exists"
        client.publish_interaction(user_id=user, session_id=s2, interactions=turns[:1], request_id=f"r3-{tag}")
    evaluation = client.publish_interaction(
        user_id=other, session_id=s3, interactions=turns, source="cli", evaluation_only=True
    )

    # list: filters and paging
    client.get_requests(user_id=user)
    client.get_requests(user_id=user, top_k=1)
    client.get_requests(user_id=user, top_k=1, offset=1)
    client.get_requests(user_id=user, source="web")
    client.get_requests(request_id=f"r3-{tag}")
    client.get_requests(session_id=s3)
    client.get_requests(user_id=user, start_time="2000-01-01T00:00:00Z", end_time="2001-01-01T00:00:00Z")
    interactions = client.get_interactions(user_id=user)
    client.get_interactions(user_id=user, top_k=2)
    client.search_interactions(user_id=user, query="green tea")
    client.get_learning_status(f"r1-{tag}")
    client.get_learning_status(str(evaluation.request_id))
    with contextlib.suppress(NotFoundError):
        client.get_learning_status(f"missing-{tag}")
    # (after this the real server starts extracting s1 at once, so its learning status depends on timing)
    for session_id in (s1, f"contract-none-{tag}"):  # a raw endpoint: the client has no method for it yet
        client.call_endpoint(finalize_session, body=FinalizeSessionRequest(user_id=user, session_id=session_id))

    # delete: one interaction, one request, one session
    client.delete_interaction(
        user_id=user, interaction_id=interactions.interactions[-1].interaction_id, wait_for_response=True
    )
    client.get_interactions(user_id=user)
    client.delete_request(f"r3-{tag}", wait_for_response=True)
    client.delete_session(s1, wait_for_response=True)
    client.delete_session(f"contract-none-{tag}", wait_for_response=True)
    client.get_requests(user_id=user)
    client.delete_session(s3, wait_for_response=True)

    # profiles
    client.add_user_profile(
        [
            {"user_id": user, "content": "Likes green tea", "profile_id": f"p1-{tag}", "source": "web"},
            {"user_id": user, "content": "Works on a Python pipeline", "profile_id": f"p2-{tag}", "tags": ["work"]},
        ]
    )
    client.get_profiles(user_id=user, force_refresh=True)
    client.get_profiles(user_id=user, profile_id=f"p2-{tag}", force_refresh=True)
    client.get_profiles(user_id=user, top_k=1, force_refresh=True)
    client.get_profiles(user_id=user, query="python", force_refresh=True)
    client.search_user_profiles(user_id=user, query="green tea")
    client.search(query="green tea", user_id=user, entity_types=["profiles"])  # the unified search
    client.search(query="python pipeline", user_id=user, search_mode="fts")
    client.update_user_profile(user_id=user, profile_id=f"p1-{tag}", content="Likes oolong tea")
    client.update_user_profile(user_id=user, profile_id=f"missing-{tag}", content="x")
    client.get_profiles(user_id=user, profile_id=f"p1-{tag}", force_refresh=True)
    client.delete_profile(user_id=user, profile_id=f"p2-{tag}", wait_for_response=True)
    client.get_profiles(user_id=user, force_refresh=True)
    client.add_user_profile([{"user_id": user, "content": "Drinks tea at 4", "profile_id": f"p3-{tag}"}])
    client.delete_profiles_by_ids([f"p1-{tag}", f"p3-{tag}", f"missing-{tag}"])
    client.get_profiles(user_id=user, force_refresh=True)

    # playbooks
    client.add_user_playbook(
        [{"user_id": user, "agent_version": f"v-{tag}", "request_id": f"r1-{tag}", "content": "Answer briefly"}]
    )
    user_playbooks = client.get_user_playbooks(user_id=user)
    playbook_id = user_playbooks.user_playbooks[0].user_playbook_id
    client.update_user_playbook(user_playbook_id=playbook_id, content="Answer very briefly", trigger="always")
    client.get_user_playbooks(user_id=user)
    client.search_user_playbooks(user_id=user, query="briefly")
    client.search(query="briefly", user_id=user, entity_types=["user_playbooks"])
    client.delete_user_playbook(playbook_id, wait_for_response=True)
    client.get_user_playbooks(user_id=user)
    client.add_agent_playbooks([{"agent_version": f"v-{tag}", "content": "Greet first", "playbook_name": "greeting"}])
    agent_playbooks = client.get_agent_playbooks(agent_version=f"v-{tag}", force_refresh=True)
    agent_id = agent_playbooks.agent_playbooks[0].agent_playbook_id
    client.update_agent_playbook(agent_playbook_id=agent_id, content="Greet by name", playbook_status="approved")
    client.get_agent_playbooks(agent_version=f"v-{tag}", force_refresh=True)
    client.search_agent_playbooks(agent_version=f"v-{tag}", query="greet")
    client.search(query="greet by name", agent_version=f"v-{tag}", entity_types=["agent_playbooks"])
    client.update_agent_playbook_status(agent_id, playbook_status="rejected")
    client.delete_agent_playbook(agent_id, wait_for_response=True)
    client.get_agent_playbooks(agent_version=f"v-{tag}", force_refresh=True)
    client.add_agent_playbooks([{"agent_version": f"v-{tag}", "content": f"Rule {n}"} for n in range(2)])
    ids = [p.agent_playbook_id for p in client.get_agent_playbooks(agent_version=f"v-{tag}").agent_playbooks]
    client.delete_agent_playbooks_by_ids([*ids, 2_000_000_000])  # counts the ids sent, found or not
    client.add_user_playbook([{"user_id": user, "agent_version": f"v-{tag}", "request_id": "r", "content": "x"}])
    ids = [p.user_playbook_id for p in client.get_user_playbooks(user_id=user).user_playbooks]
    client.delete_user_playbooks_by_ids([*ids, 2_000_000_000])  # counts the deleted ones
    client.get_user_playbooks(user_id=user)

    # what the server does without an LLM, for a user and an agent version with nothing stored
    nobody, no_version = f"contract-nobody-{tag}", f"v-none-{tag}"
    client.rerun_profile_generation(user_id=nobody, wait_for_response=True)  # polls get_operation_status
    client.manual_profile_generation(user_id=nobody)
    client.flush()
    client.rerun_playbook_generation(agent_version=no_version, wait_for_response=True)
    client.manual_playbook_generation(agent_version=no_version, source=f"none-{tag}")  # else: every user
    client.flush()
    client.upgrade_profiles(user_id=nobody)
    client.call_endpoint(downgrade_profiles, body=DowngradeProfilesRequest(user_id=nobody))  # no method yet
    client.upgrade_user_playbooks(agent_version=no_version)
    client.run_playbook_aggregation(agent_version=no_version, wait_for_response=True)
    client.get_stall_state()
    client.get_all_profiles(user_id=nobody)

    # config and identity: the server's default config first (other tests restore what they change)
    client.whoami()
    original = client.get_config().to_dict()
    try:
        client.set_config({**original, "window_size": 7, "stride_size": 3})
        client.get_config()
        client.update_config({"agent_context_prompt": f"contract {tag}"})
        client.get_config()
        client.set_config({"extraction_preset": "long_form"})
        client.get_config()
        client.update_config({"extraction_preset": "quick_chat"})
        client.get_config()
    finally:
        client.set_config(original)


def record(target: str | FakeReflexio) -> list[tuple[str, int, Any]]:
    """The normalized exchanges of `session` against a server URL or a FakeReflexio."""
    recorder = Recorder(target if isinstance(target, FakeReflexio) else httpx.HTTPTransport())
    url = "http://reflexio.localhost" if isinstance(target, FakeReflexio) else target
    # Retries ride out a rate-limit window (backoff is capped at 8 s); no other failure is expected.
    with ReflexioClient(url_endpoint=url, max_retries=12, http_client=httpx.Client(transport=recorder)) as client:
        tag = uuid.uuid4().hex[:8]
        session(client, tag)
    return normalize(recorder.exchanges, tag)


def _finished(answer: Any) -> bool:
    run = answer.get("operation_status") if isinstance(answer, dict) else None
    return not isinstance(run, dict) or run.get("status") in ("completed", "failed", "cancelled")


def normalize(exchanges: list[tuple[str, int, Any]], tag: str) -> list[tuple[str, int, Any]]:
    numbers: dict[tuple[str, Any], str] = {}

    def walk(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            # null and absent read the same through the typed models (`X | None`): compare them as equal
            return {k: walk(v, k) for k, v in value.items() if k not in ENVIRONMENT and v is not None}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if key in TIMES and isinstance(value, int):
            return "<time>"
        if key in IDS and value not in (None, "") and tag not in str(value):
            return numbers.setdefault((key, value), f"<{key} {sum(k == key for k, _ in numbers) + 1}>")
        return value.replace(tag, "<tag>") if isinstance(value, str) else value

    def unranked(item: Any) -> str:
        kept = {k: v for k, v in item.items() if k not in TIMES and k != "interaction_id"}
        return json.dumps(kept, sort_keys=True).replace(tag, "<tag>")

    normalized = []
    for operation, status, answer in exchanges:
        if operation == "get_operation_status" and not _finished(answer):
            continue  # how many polls see a run still going is timing, not behaviour
        if operation in RANKED and isinstance(answer, dict):
            answer = {k: sorted(v, key=unranked) if isinstance(v, list) else v for k, v in answer.items()}
        normalized.append((operation, status, walk(answer)))
    return normalized


if __name__ == "__main__":
    real, fake = record(sys.argv[1]), record(FakeReflexio())
    for index, (a, b) in enumerate(zip(real, fake, strict=False)):
        if a != b:
            print(f"--- {index} {a[0]}\nreal: {json.dumps(a[1:])[:3000]}\nfake: {json.dumps(b[1:])[:3000]}")
    print(f"{len(real)} exchanges with the real server, {len(fake)} with the fake")
