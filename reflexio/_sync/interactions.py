"""Interactions, requests and sessions: publish, read, search, delete; session outcomes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._convert import DateLike, check_value, iso, require, to_model, with_dates
from .._exceptions import LearningTimeoutError
from .._inputs.interactions import (
    DEFAULT_AGENT_VERSION,
    FINAL_LEARNING_STATUSES,
    detach_window,
    publish_body,
    within_window,
)
from .._inputs.threads import in_thread
from .._operation import Operation
from .._publish import new_request_id, publish_operation
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .plain import InteractionsPlain

if TYPE_CHECKING:
    from reflexio_api.models import (
        InteractionData,
        LearningStatusResponseStatus,
        PublishUserInteractionResponse,
        SearchInteractionRequest,
        SearchInteractionsViewResponse,
        SearchMode,
    )


class InteractionsMethods(InteractionsPlain):
    @per_call
    def publish_interaction(
        self,
        user_id: str,
        interactions: Sequence[InteractionData | Mapping[str, Any]],
        source: str = "",
        agent_version: str = DEFAULT_AGENT_VERSION,
        session_id: str | None = None,
        wait_for_response: bool = False,
        skip_aggregation: bool = False,
        force_extraction: bool = False,
        evaluation_only: bool = False,
        override_learning_stall: bool = False,
        retrieval_experiment_id: str | None = None,
        retrieval_experiment_arm: Literal["treatment", "holdout"] | None = None,
        session_finished: bool = False,
        *,
        request_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PublishUserInteractionResponse:
        """Publish one request (a turn) of interactions for a user; the server stores it and learns from it.

        Always waits for the HTTP answer, so errors surface here; `wait_for_response` only decides
        whether the server finishes extraction before answering (else learning_status="deferred":
        poll get_learning_status(response.request_id)).

        Every publish carries a request_id, so it is retried safely after a lost answer; when the
        retry finds that the first attempt landed, the answer is success=True with
        `answer["replayed"] is True`. A publish the server refuses (success=False) raises
        PublishRejectedError, DuplicateRequestError for an id that already exists. Rate-limited
        calls wait for their window (within the timeout); see README "Rate limits and backfills".

        Args:
            user_id: your stable id of the end user.
            interactions: InteractionData models or dicts (role, content, ...), at least one.
            source: a short producer label (lowercase, e.g. "support_chat"), or "".
            agent_version: the agent build / prompt version that produced the turn.
            session_id: the conversation / task the request belongs to (required, non-empty).
            wait_for_response: the server runs extraction before answering (real profile counts).
            skip_aggregation: extract, but do not update agent playbook aggregation.
            force_extraction: bypass the extraction gates (stride, pre-filter, should-run).
            evaluation_only: store for session evaluation only; never learn from it.
            override_learning_stall: extract even while a provider auth/billing stall is recorded.
            retrieval_experiment_id, retrieval_experiment_arm: the experiment id and arm
                ("treatment"/"holdout") from the learning search used for this turn; both or neither.
            session_finished: a hint that the session is complete: the server evaluates what it
                has so far without waiting for a full window (later requests stay valid).
            request_id: your own id for the request (default: a fresh UUID); one that is already
                stored raises DuplicateRequestError.
        """
        from reflexio_api.api.interactions import publish_interaction

        body = publish_body(
            user_id=user_id,
            interactions=interactions,
            source=source,
            agent_version=agent_version,
            session_id=session_id,
            skip_aggregation=skip_aggregation,
            force_extraction=force_extraction,
            evaluation_only=evaluation_only,
            override_learning_stall=override_learning_stall,
            retrieval_experiment_id=retrieval_experiment_id,
            retrieval_experiment_arm=retrieval_experiment_arm,
            session_finished=session_finished,
            request_id=new_request_id() if request_id is None else request_id,
        )
        return self._request(publish_operation(body, wait_for_response, publish_interaction))

    @per_call
    def search_interactions(
        self,
        request: SearchInteractionRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        request_id: str | None = None,
        query: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        most_recent_k: int | None = None,
        threshold: float | None = None,
        search_mode: SearchMode | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SearchInteractionsViewResponse:
        """Search a user's interactions by query.

        The server (0.2.32) answers at most 10 matches (most_recent_k more), ignores top_k and
        compares the time window wrongly, so the client applies top_k and the window to its answer.

        Args:
            request: a SearchInteractionRequest or dict (keyword arguments override its fields).
            user_id: the user (required).
            request_id: only interactions of this request.
            query: the search text (the server finds nothing without one).
            start_time, end_time: only interactions created in this window (datetime, naive = UTC;
                ISO string; unix seconds).
            top_k: at most this many results.
            most_recent_k: also return up to this many of the user's most recent interactions.
            threshold: minimum relevance score, 0..1.
            search_mode: "hybrid" (default), "fts" or "vector".
        """
        from reflexio_api.api.interactions import search_interactions
        from reflexio_api.models import SearchInteractionRequest, SearchInteractionsViewResponse

        body = to_model(
            SearchInteractionRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            user_id=user_id,
            request_id=request_id,
            query=query,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            top_k=top_k,
            most_recent_k=most_recent_k,
            threshold=threshold,
            search_mode=search_mode,
        )
        require(body.user_id, "user_id")
        body, window = detach_window(body)
        answer = self._request(Operation(search_interactions, {"body": body}, SearchInteractionsViewResponse))
        answer.interactions = within_window(answer.interactions, *window)
        return answer

    def wait_for_learning(
        self, request_id: str, timeout: float = 300.0, poll_interval: float = 1.0
    ) -> LearningStatusResponseStatus:
        """Poll get_learning_status(request_id) until it is final and return it: "done", "failed" or "not_tracked".

        Raises LearningTimeoutError (a TimeoutError) when it is still pending or processing after
        `timeout` seconds, and NotFoundError when the server does not know the request id.

        Args:
            request_id: the request publish_interaction answered with.
            timeout: how long to wait, in seconds.
            poll_interval: seconds between two polls.
        """
        require(request_id, "request_id")
        for value, name in ((timeout, "timeout"), (poll_interval, "poll_interval")):
            check_value(value, name, float)
            if not value > 0:
                raise ValueError(f"{name} must be positive, not {value}")
        deadline = self._shared.clock.monotonic() + timeout
        while True:
            status = self.get_learning_status(request_id)
            if status in FINAL_LEARNING_STATUSES:
                return status
            left = deadline - self._shared.clock.monotonic()
            if left <= 0:
                raise LearningTimeoutError(request_id, status, timeout)
            self._sleep(min(poll_interval, left))

    publish_interaction_async = in_thread(publish_interaction)
    finalize_session_async = in_thread(InteractionsPlain.finalize_session)
