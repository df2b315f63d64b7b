"""The I/O-free core of a turn, shared by the sync and async turn: validate the options, plan the
searches, turn their answers into a Context, build the publish request, find the citations."""

from __future__ import annotations

import inspect
import logging
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack, cast

from .._convert import require
from .._inputs.interactions import DEFAULT_AGENT_VERSION, publish_body
from .._publish import new_request_id, publish_operation
from ._context import Context, ExperimentArm, Learning, learning_of, render

if TYPE_CHECKING:
    from reflexio_api.models import (
        AgentPlaybookView,
        ProfileView,
        PublishUserInteractionResponse,
        SearchAgentPlaybooksViewResponse,
        SearchProfilesViewResponse,
        SearchUserPlaybooksViewResponse,
        UnifiedSearchViewResponse,
        UserPlaybookView,
    )

    SearchAnswer = (
        UnifiedSearchViewResponse
        | SearchProfilesViewResponse
        | SearchUserPlaybooksViewResponse
        | SearchAgentPlaybooksViewResponse
    )

    from .._background import ErrorCallback
    from .._operation import Operation

log = logging.getLogger("reflexio")

SearchName = Literal["profiles", "user_playbooks", "agent_playbooks"]
# The session-view method of each search the user can pick.
SEARCHES = {
    "profiles": "search_user_profiles",
    "user_playbooks": "search_user_playbooks",
    "agent_playbooks": "search_agent_playbooks",
}
DEFAULT_BUDGET = 2.0  # seconds a turn waits for Reflexio's search at most
DEFAULT_TOP_K = 5
SET_BY_THE_TURN = {"query", "user_id", "top_k", "request_id", "request", "session_id"}
CITE = re.compile(r"\[([pua]\d+)\]")


class TurnOptions(TypedDict, total=False):
    """The options of a turn (session.turn and the LLM wrappers take them as keyword arguments)."""

    searches: Literal["unified"] | Sequence[SearchName]  # "unified" (default) or the searches to run
    top_k: int  # results per kind, 1..100 (default 5)
    budget: float  # seconds the search may take at most (default 2.0)
    source: str  # published with the turn (default "")
    agent_version: str | None  # published with the turn (default: the server's "agent-v0")
    search_options: Mapping[str, Any] | None  # more arguments of the search method(s)
    citation_hint: bool  # end the context block asking the model to cite tags (default True)
    on_error: ErrorCallback | None  # on_error(exception, "search" | "publish_interaction"); default: the client's


@dataclass(frozen=True)
class TurnSettings:
    """The validated options of one turn."""

    user_id: str
    query: str
    searches: tuple[str, ...] | None  # None: the unified search
    top_k: int
    budget: float
    source: str
    agent_version: str
    search_options: Mapping[str, Any]
    citation_hint: bool
    request_id: str
    on_error: ErrorCallback | None


def settings(
    view: Any, *, user_id: str, query: str, request_id: str | None = None, **options: Unpack[TurnOptions]
) -> TurnSettings:
    """The turn's options, checked before any traffic (ValueError/TypeError)."""
    unknown = sorted(set(options) - set(TurnOptions.__annotations__))
    if unknown:
        raise TypeError(f"unknown turn options {unknown}: expected some of {sorted(TurnOptions.__annotations__)}")
    searches = options.get("searches", "unified")
    top_k = options.get("top_k", DEFAULT_TOP_K)
    budget = options.get("budget", DEFAULT_BUDGET)
    source = options.get("source", "")
    agent_version = options.get("agent_version")
    on_error = options.get("on_error")
    require(user_id, "user_id")
    require(query, "query", blank=True)
    require(source, "source", blank=True)
    if agent_version is not None:
        require(agent_version, "agent_version", blank=True)
    if request_id is not None:
        require(request_id, "request_id")
    given: dict[str, object] = {"top_k": top_k, "budget": budget, "searches": searches}  # checked as users pass them
    if not _number(given["top_k"], int) or not 0 < top_k <= 100:
        raise ValueError(f"top_k must be an int from 1 to 100, not {top_k!r}")
    if not _number(given["budget"], int | float) or not 0 < budget < math.inf:
        raise ValueError(f"budget must be a positive number of seconds, not {budget!r}")
    picked: tuple[str, ...] | None = None
    if searches != "unified":
        if isinstance(given["searches"], str) or not isinstance(given["searches"], Sequence) or not searches:
            raise ValueError(f'searches must be "unified" or a non-empty list of {sorted(SEARCHES)}, not {searches!r}')
        unknown = [s for s in searches if s not in SEARCHES]
        if unknown:
            raise ValueError(f"unknown searches {unknown}: pick from {sorted(SEARCHES)}")
        picked = tuple(dict.fromkeys(searches))
    search_options = dict(options.get("search_options") or {})
    for name in (picked or ("unified",)) if search_options else ():
        method = getattr(view, SEARCHES.get(name, "search"))
        accepted = set(inspect.signature(method).parameters) - SET_BY_THE_TURN
        refused = sorted(set(search_options) - accepted)
        if refused:
            raise TypeError(f"search_options {refused} are not options of {method.__name__}(): {sorted(accepted)}")
    if on_error is not None and not callable(on_error):
        raise TypeError("on_error must be a callable taking (exception, operation_id)")
    return TurnSettings(
        user_id=user_id,
        query=query,
        searches=picked,
        top_k=top_k,
        budget=float(budget),
        source=source,
        agent_version=DEFAULT_AGENT_VERSION if agent_version is None else agent_version,
        search_options=search_options,
        citation_hint=bool(options.get("citation_hint", True)),
        request_id=new_request_id() if request_id is None else request_id,
        on_error=on_error if on_error is not None else client_on_error(view),
    )


def _number(value: object, kind: Any) -> bool:
    return isinstance(value, kind) and not isinstance(value, bool)


def client_on_error(view: Any) -> ErrorCallback | None:
    """The on_error callback the client was created with."""
    shared = getattr(getattr(view, "client", None), "_shared", None)
    callback: ErrorCallback | None = getattr(getattr(shared, "worker", None), "on_error", None)
    return callback


def search_calls(turn: TurnSettings) -> list[tuple[str, dict[str, Any]]]:
    """The session-view methods to call and their arguments; nothing to call for an empty query."""
    if not turn.query.strip():
        return []
    common = {"query": turn.query, "user_id": turn.user_id, "top_k": turn.top_k, "request_id": turn.request_id}
    names = [SEARCHES[s] for s in turn.searches] if turn.searches else ["search"]
    return [(name, {**turn.search_options, **common}) for name in names]


def context_from(turn: TurnSettings, answers: Sequence[SearchAnswer]) -> Context:
    """The Context of the search answers (one per planned call, in order)."""
    from reflexio_api.models import (
        SearchAgentPlaybooksViewResponse,
        SearchProfilesViewResponse,
        UnifiedSearchViewResponse,
    )

    items: list[ProfileView | UserPlaybookView | AgentPlaybookView] = []
    for answer in answers:
        if isinstance(answer, UnifiedSearchViewResponse):
            items += [*answer.profiles, *answer.user_playbooks, *answer.agent_playbooks]
        elif isinstance(answer, SearchProfilesViewResponse):
            items += answer.user_profiles
        elif isinstance(answer, SearchAgentPlaybooksViewResponse):
            items += answer.agent_playbooks
        else:
            items += answer.user_playbooks
    found: list[Learning] = []
    ranks: dict[type, int] = {}
    for item in items:
        rank = ranks.get(type(item), 0) + 1
        if (learning := learning_of(item, rank)) is not None:
            ranks[type(item)] = rank
            found.append(learning)
    learnings = tuple(found)
    experiment = next((a.experiment for a in answers if a.experiment is not None), None)
    return Context(
        learnings=learnings,
        text=render(learnings, citation_hint=turn.citation_hint),
        experiment_id=None if experiment is None else experiment.experiment_id,
        experiment_arm=None if experiment is None else arm_of(experiment.arm.value),
        degraded=any(isinstance(a, UnifiedSearchViewResponse) and a.degraded is True for a in answers),
    )


def arm_of(value: str) -> ExperimentArm | None:
    """A known experiment arm, or None (an arm a newer server adds is not one publish accepts)."""
    arms: dict[str, ExperimentArm] = {"treatment": "treatment", "holdout": "holdout"}
    return arms.get(value)


def failed(turn: TurnSettings, exc: BaseException, what: str) -> Context:
    """Report a failure of Reflexio during a turn (log + on_error) and return the empty, neutral context."""
    error = exc if isinstance(exc, Exception) else RuntimeError(f"{what} interrupted: {exc!r}")
    if isinstance(error, TimeoutError) and not str(error):
        error = TimeoutError(f"{what}: Reflexio did not answer within the turn's budget of {turn.budget:g} s")
    report(turn.on_error, error, what)
    return Context(error=error)


def report(on_error: Callable[[Exception, str], object] | None, error: Exception, what: str) -> None:
    log.warning("agent turn: %s failed, the turn goes on without it: %s", what, error)
    if on_error is not None:
        try:
            on_error(error, what)
        except Exception:
            log.exception("on_error callback raised")


def cited_learnings(context: Context, answer: str, cited: Sequence[str] | None) -> list[Learning]:
    """The learnings the answer cites: the given tags, else the [tag] marks found in the answer."""
    if cited is None:
        tags = list(dict.fromkeys(CITE.findall(answer or "")))
        return [learning for tag in tags if (learning := context.get(tag)) is not None]
    if isinstance(cited, str):
        raise TypeError("cited must be a list of tags, e.g. ['u1']")
    unknown = [tag for tag in cited if context.get(tag) is None]
    if unknown:
        shown = [learning.tag for learning in context.learnings]
        raise ValueError(f"cited tags {unknown} were not shown in this turn (shown: {shown})")
    return [learning for tag in dict.fromkeys(cited) if (learning := context.get(tag)) is not None]


def publish_call(
    turn: TurnSettings,
    session_id: str,
    context: Context,
    *,
    answer: str,
    user: str | None,
    cited: Sequence[str] | None,
    tools_used: Sequence[Any] | None,
    interactions: Sequence[Any] | None,
    session_finished: bool,
) -> Operation[PublishUserInteractionResponse]:
    """The publish of the turn: its interactions, with what was retrieved and what was cited on the answer."""
    if interactions is None:
        require(answer, "answer", blank=True)
        assistant: dict[str, Any] = {"role": "assistant", "content": answer}
        if tools_used:
            assistant["tools_used"] = list(tools_used)
        user_text = turn.query if user is None else user
        require(user_text, "user", blank=True)
        rows: list[Any] = [{"role": "user", "content": user_text}, assistant] if user_text.strip() else [assistant]
    else:
        if answer or user is not None or tools_used:
            raise ValueError("pass either interactions= or answer/user/tools_used, not both")
        rows = [
            dict(cast("Mapping[str, Any]", row)) if isinstance(row, Mapping) else row.to_dict() for row in interactions
        ]
        if not rows:
            raise ValueError("interactions must not be empty")
        answer = next((str(r.get("content", "")) for r in reversed(rows) if _is_assistant(r)), "")
    citations = cited_learnings(context, answer, cited)
    target = next((r for r in reversed(rows) if _is_assistant(r)), rows[-1])
    if context.learnings:
        target["retrieved_learnings"] = [_retrieved(learning) for learning in context.learnings]
    if citations:
        target["citations"] = [
            {"kind": c.kind, "real_id": c.learning_id, "tag": c.tag, "title": c.title} for c in citations
        ]
    body = publish_body(
        user_id=turn.user_id,
        interactions=rows,
        source=turn.source,
        agent_version=turn.agent_version,
        session_id=session_id,
        skip_aggregation=False,
        force_extraction=False,
        evaluation_only=False,
        override_learning_stall=False,
        retrieval_experiment_id=context.experiment_id,
        retrieval_experiment_arm=context.experiment_arm,
        request_id=turn.request_id,
        session_finished=session_finished,
    )
    return publish_operation(body, wait_for_response=False)


def _is_assistant(row: Mapping[str, Any]) -> bool:
    return str(row.get("role", "")).lower() == "assistant"


def _retrieved(learning: Learning) -> dict[str, str]:
    item = {"kind": learning.kind, "learning_id": learning.learning_id}
    if learning.exposure_receipt:
        item["exposure_receipt"] = learning.exposure_receipt
    return item
