"""One plausible call of every public ReflexioClient method, and the type each one must return.

Used by test_prism_overlay.py (through Prism) and test_fuzz_responses.py (against generated answers).
A public method missing from CALLS (or LOCAL / LIFECYCLE) fails those tests.
"""

from __future__ import annotations

import asyncio
import collections.abc
import datetime as dt
import inspect
import types
import typing
from dataclasses import dataclass, field
from typing import Any

import reflexio_api.models
import spec_ops
from reflexio_api.api.playbooks import get_user_playbooks
from reflexio_api.models import GetUserPlaybooksRequest, GetUserPlaybooksViewResponse

from reflexio import BackfillReport, ReflexioClient
from reflexio._table import TABLE

# Methods that never contact the server: login always raises, invalidate_local_cache drops the local cache.
LOCAL = frozenset({"login", "invalidate_local_cache"})
# Client lifecycle and views, tested elsewhere.
LIFECYCLE = frozenset({"close", "flush", "with_options", "for_session"})
# Polls get_learning_status (in the table) until it is final, which Prism's fixed answer never is:
# tested in test_sessions.py.
POLLS = frozenset({"wait_for_learning"})
# Fire-and-forget only: they return None; the request is checked through background_stats.
FIRE_AND_FORGET = frozenset({"manual_profile_generation", "manual_playbook_generation"})


@dataclass(frozen=True)
class Call:
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    returns: Any = None  # the expected answer type when the annotation is too loose (Any)


def call(*args: Any, **kwargs: Any) -> Call:
    return Call(args, kwargs)


WHEN = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC)
TURNS = [
    {"role": "user", "content": "I prefer short answers."},
    {"role": "assistant", "content": "Noted.", "tools_used": [{"tool_name": "memo", "tool_data": {"k": "v"}}]},
]

CALLS: dict[str, Call] = {
    # interactions and requests
    "publish_interaction": call(
        "user-1", TURNS, source="support_chat", agent_version="v1", session_id="session-1", request_id="req-1"
    ),
    "publish_many": Call(
        ([{"user_id": "user-1", "session_id": "session-1", "interactions": TURNS, "source": "import"}],),
        {"concurrency": 1},
        returns=BackfillReport,  # a failed publish is in the report, never raised
    ),
    "get_learning_status": call("req-1"),
    "publish_interaction_async": call(
        "user-1", TURNS, agent_version="v1", session_id="session-1", session_finished=True
    ),
    "finalize_session": call("user-1", "session-1"),
    "finalize_session_async": call("user-1", "session-1"),
    "submit_playbook_aggregation": call(request_id="agg-1", agent_version="v1"),
    "get_playbook_aggregation_operation": call("op-1"),
    "get_interactions": call(user_id="user-1", start_time=WHEN, end_time="2024-06-01T00:00:00Z", top_k=5),
    "get_all_interactions": call(limit=10),
    "iter_interactions": call(user_id="user-1", end_time=WHEN, top_k=20),
    "search_interactions": call(user_id="user-1", query="short answers", top_k=3, search_mode="hybrid"),
    "delete_interaction": call("user-1", 42, wait_for_response=True),
    "delete_all_interactions": call(),
    "get_requests": call(user_id="user-1", session_id="session-1", start_time=WHEN, top_k=10, offset=0),
    "iter_sessions": call(user_id="user-1", start_time=WHEN, top_k=10),
    "delete_request": call("req-1", wait_for_response=True),
    "delete_session": call("session-1", wait_for_response=True),
    "delete_requests_by_ids": call(["req-1", "req-2"]),
    "mark_session_outcome": call(session_id="session-1", outcome="success", occurred_at=WHEN, label="resolved"),
    "get_session_outcomes": call(session_ids=["session-1"], user_id="user-1", top_k=5),
    "iter_session_outcomes": call(session_ids=["session-1"], user_id="user-1", top_k=5),
    # profiles
    "get_profiles": call(user_id="user-1", query="answers", top_k=5, status_filter=["current", "pending"]),
    "iter_profiles": call(user_id="user-1", status_filter=["current"], top_k=20),
    "get_all_profiles": call(limit=20, status_filter="current", user_id="user-1", start_time=WHEN),
    "search_user_profiles": call(user_id="user-1", query="short answers", top_k=3, threshold=0.2),
    "search_profiles": call(user_id="user-1", query="short answers"),
    "rerank_user_profiles": call(user_id="user-1", query="answers", profile_ids=["p-1", "p-2"], top_k=2),
    "add_user_profile": call([{"user_id": "user-1", "content": "Prefers short answers", "profile_id": "p-1"}]),
    "update_user_profile": call(user_id="user-1", profile_id="p-1", content="Prefers very short answers"),
    "delete_profile": call("user-1", profile_id="p-1", wait_for_response=True),
    "delete_profiles_by_ids": call(["p-1", "p-2"]),
    "delete_all_profiles": call(),
    "get_profile_change_log": call(),
    # playbooks
    "get_user_playbooks": call(limit=10, user_id="user-1", agent_version="v1", start_time=WHEN),
    "iter_user_playbooks": call(user_id="user-1", agent_version="v1", limit=20),
    "get_agent_playbooks": call(limit=10, agent_version="v1", playbook_status_filter="approved"),
    "iter_agent_playbooks": call(agent_version="v1", end_time=WHEN, limit=20),
    "search_user_playbooks": call(query="tone", user_id="user-1", top_k=3),
    "search_agent_playbooks": call(query="tone", agent_version="v1", top_k=3),
    "add_user_playbook": call([{"agent_version": "v1", "request_id": "req-1", "content": "Keep answers short"}]),
    "add_agent_playbooks": call([{"agent_version": "v1", "content": "Keep answers short", "playbook_name": "tone"}]),
    "update_user_playbook": call(7, content="Keep answers very short"),
    "update_agent_playbook": call(7, content="Keep answers very short", playbook_status="approved"),
    "update_agent_playbook_status": call(7, playbook_status="rejected"),
    "review_user_playbooks": call(start_time=WHEN, end_time="2024-06-01T00:00:00Z", top_k=5, report_only=True),
    "delete_agent_playbook": call(7, wait_for_response=True),
    "delete_user_playbook": call(7, wait_for_response=True),
    "delete_agent_playbooks_by_ids": call([7, 8]),
    "delete_user_playbooks_by_ids": call([7, 8]),
    "delete_all_playbooks": call(),
    "delete_all_user_playbooks": call(),
    "delete_all_agent_playbooks": call(),
    # operations
    "rerun_profile_generation": call(user_id="user-1", start_time=WHEN, wait_for_response=True),
    "rerun_playbook_generation": call(agent_version="v1", source="support_chat", wait_for_response=True),
    "manual_profile_generation": call(user_id="user-1", source="support_chat"),
    "manual_playbook_generation": call(agent_version="v1", source="support_chat"),
    "run_playbook_aggregation": call(agent_version="v1", wait_for_response=True),
    "upgrade_profiles": call(user_id="user-1", only_affected_users=False),
    "upgrade_user_playbooks": call(agent_version="v1", archive_current=True),
    "search": call(query="short answers", top_k=5, user_id="user-1", entity_types=["profiles", "user_playbooks"]),
    "search_async": call(query="short answers", session_id="session-1", entity_types=["profiles"]),
    "clear_user_data": call("user-1"),
    "storage_stats": call("user-1"),
    "get_stall_state": call(),
    "mark_stall_notified": call(),
    "invalidate_cache": call(),
    # evaluation and experiments
    "get_agent_success_evaluation_results": call(limit=10, agent_version="v1", start_time=WHEN),
    "get_retrieved_learning_evaluation_results": call(user_id="user-1", session_id="session-1", limit=10),
    "regenerate_evaluations": call(from_ts=WHEN, to_ts="2024-06-01T00:00:00Z", evaluation_name="default"),
    "get_evaluation_regeneration_status": call("job-1"),
    "cancel_evaluation_regeneration": call("job-1"),
    "grade_on_demand": call(session_id="session-1", agent_version="v1"),
    "list_retrieval_experiments": call(),
    "start_retrieval_experiment": call("exp-1", 20.0),
    "stop_retrieval_experiment": call("exp-1"),
    "get_retrieval_experiment_results": call("exp-1"),
    # pending tool calls
    "list_pending_tool_calls": call(status="pending", limit=10),
    "get_pending_tool_call": call("ptc-1"),
    "resolve_pending_tool_call": call("ptc-1", result={"answer": "yes"}, valid_for_seconds=60),
    "update_pending_tool_call_answer": call("ptc-1", "yes"),
    "mark_pending_tool_call_not_applicable": call("ptc-1"),
    "cancel_pending_tool_call": call("ptc-1"),
    # configuration and identity
    "whoami": call(),
    "get_my_config": call(),
    "get_config": call(),
    "set_config": call({"window_size": 10}),
    "update_config": call({"window_size": 10}),
    # any generated endpoint
    "call_endpoint": Call(
        (get_user_playbooks,),
        {"body": GetUserPlaybooksRequest(user_id="user-1", limit=5)},
        returns=GetUserPlaybooksViewResponse,
    ),
    # deprecated aliases
    "get_raw_feedbacks": call(limit=10, feedback_name="tone"),
    "add_raw_feedback": call(
        [{"agent_version": "v1", "request_id": "req-1", "feedback_content": "Be brief", "do_action": "answer briefly"}]
    ),
    "get_feedbacks": call(limit=10, feedback_name="tone"),
    "rerun_feedback_generation": call(agent_version="v1", wait_for_response=True),
    "run_feedback_aggregation": call(agent_version="v1", wait_for_response=True),
    "delete_request_group": call("session-1", wait_for_response=True),
}


def _generated_calls() -> dict[str, Call]:
    """The generated plain methods (rows of reflexio/_table.py) not in the table above: called with the
    spec's example of their required parameters and body, so a new row is covered as soon as it exists."""
    by_id = {op.operation_id: op for op in spec_ops.operations()}
    calls = {}
    for operation, row in TABLE.items():
        name = row.method or operation
        if not row.hook and name not in CALLS:
            kwargs = spec_ops.call_kwargs(by_id[operation])
            if "body" in kwargs:
                kwargs["request"] = kwargs.pop("body")
            calls[name] = Call(kwargs=kwargs)
    return calls


CALLS.update(_generated_calls())


def public_methods() -> set[str]:
    return {n for n in dir(ReflexioClient) if not n.startswith("_") and callable(getattr(ReflexioClient, n))}


def uncovered() -> set[str]:
    """Public methods with no entry in the table (a new method needs one)."""
    return public_methods() - set(CALLS) - LOCAL - LIFECYCLE - POLLS


def expected_return(name: str) -> Any:
    """What ReflexioClient.<name> must return: the table's type, else its return annotation."""
    if name in CALLS and CALLS[name].returns is not None:
        return CALLS[name].returns
    annotation = getattr(ReflexioClient, name).__annotations__["return"]
    models = {name: getattr(reflexio_api.models, name) for name in reflexio_api.models.__all__}  # loaded lazily
    namespace = {**models, **vars(typing)}
    return eval(annotation, namespace) if isinstance(annotation, str) else annotation


def run(method: Any, spec_call: Call) -> Any:
    """Call `method` as the table says; an iterator (iter_*) is run to its end here, so that its
    requests happen inside the caller's error handling."""
    result = method(*spec_call.args, **spec_call.kwargs)
    if inspect.isawaitable(result):  # the sync client's `*_async` twins
        result = asyncio.run(result)
    return iter(list(result)) if isinstance(result, collections.abc.Iterator) else result


def conforms(value: Any, hint: Any) -> bool:
    """isinstance() for a return annotation (unions, None, generic containers, Any); an iterator
    (iter_*) is consumed, every item checked."""
    if hint is None or hint is type(None):
        return value is None
    if hint is Any:
        return True
    origin = typing.get_origin(hint)
    if origin is collections.abc.Iterator:
        return isinstance(value, collections.abc.Iterator) and all(conforms(i, typing.get_args(hint)[0]) for i in value)
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, arg) for arg in typing.get_args(hint))
    if origin is not None:
        return isinstance(value, origin)
    return isinstance(value, hint)


def without_none(hint: Any) -> Any:
    """`X | None` -> `X` (the answer of a call that waits for the response); `None` stays `None`."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else typing.Union[tuple(args)]  # noqa: UP007
    return hint
