# Generated from reflexio/_sync/evaluation.py by scripts/gen_async.py. Do not edit: run `make async`.
"""Evaluation and retrieval experiments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._convert import DateLike, iso, require, timestamp, to_model, with_dates
from .._inputs.evaluation import check_blank, check_experiment_id
from .._operation import Operation
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .plain import AsyncEvaluationPlain

if TYPE_CHECKING:
    from reflexio_api.models import (
        GetAgentSuccessEvaluationResultsRequest,
        GetEvaluationResultsViewResponse,
        GetRetrievedLearningEvaluationResultsRequest,
        GetRetrievedLearningEvaluationResultsResponse,
        GradeOnDemandRequest,
        GradeOnDemandResponse,
        RegenerateRequest,
        RegenerateStartResponse,
        RetrievalExperimentListResponse,
    )


class AsyncEvaluationMethods(AsyncEvaluationPlain):
    @per_call
    async def get_agent_success_evaluation_results(
        self,
        request: GetAgentSuccessEvaluationResultsRequest | Mapping[str, Any] | None = None,
        *,
        limit: int | None = None,
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetEvaluationResultsViewResponse:
        """Per-session agent success verdicts, newest first.

        Args:
            request: a GetAgentSuccessEvaluationResultsRequest or a dict; the keyword
                arguments override its fields.
            limit: results at most (server default 100).
            agent_version: only results of this agent version.
            start_time, end_time: a window on the result time (datetime, date, ISO-8601
                string or unix seconds; naive values are UTC).
        """
        from reflexio_api.api.evaluation import get_agent_success_evaluation_results
        from reflexio_api.models import GetAgentSuccessEvaluationResultsRequest, GetEvaluationResultsViewResponse

        body = to_model(
            GetAgentSuccessEvaluationResultsRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            limit=limit,
            agent_version=agent_version,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
        )
        return await self._request(
            Operation(get_agent_success_evaluation_results, {"body": body}, GetEvaluationResultsViewResponse)
        )

    @per_call
    async def get_retrieved_learning_evaluation_results(
        self,
        request: GetRetrievedLearningEvaluationResultsRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        session_id: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetRetrievedLearningEvaluationResultsResponse:
        """Relevance and impact verdicts for the learnings retrieved into sessions.

        Args:
            request: a GetRetrievedLearningEvaluationResultsRequest or a dict; the keyword
                arguments override its fields.
            user_id: only sessions of this user.
            session_id: only this session.
            start_time, end_time: a window on the evaluated interaction's time (datetime, date,
                ISO-8601 string or unix seconds; naive values are UTC).
            limit: rows at most, 1 to 1000 (server default 100).
        """
        from reflexio_api.api.evaluation import get_retrieved_learning_evaluation_results
        from reflexio_api.models import (
            GetRetrievedLearningEvaluationResultsRequest,
            GetRetrievedLearningEvaluationResultsResponse,
        )

        body = to_model(
            GetRetrievedLearningEvaluationResultsRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            user_id=user_id,
            session_id=session_id,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            limit=limit,
        )
        return await self._request(
            Operation(
                get_retrieved_learning_evaluation_results, {"body": body}, GetRetrievedLearningEvaluationResultsResponse
            )
        )

    @per_call
    async def regenerate_evaluations(
        self,
        request: RegenerateRequest | Mapping[str, Any] | None = None,
        *,
        from_ts: DateLike | None = None,
        to_ts: DateLike | None = None,
        evaluation_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RegenerateStartResponse:
        """Start a background job that re-grades the sessions of a time window.

        Poll it with get_evaluation_regeneration_status(job_id); stop it with
        cancel_evaluation_regeneration(job_id). Only one job per org runs at a time
        (a second start while one runs raises ConflictError).

        Args:
            request: a RegenerateRequest or a dict; the keyword arguments override its fields.
            from_ts: start of the window, inclusive (unix seconds, datetime, date or ISO-8601).
            to_ts: end of the window, inclusive; must be later than from_ts.
            evaluation_name: deprecated, accepted and ignored by the server (must not be blank).

        Returns:
            RegenerateStartResponse: the job_id and the number of sessions queued (total).
        """
        from reflexio_api.api.evaluation import regenerate_evaluations
        from reflexio_api.models import RegenerateRequest, RegenerateStartResponse

        body = to_model(
            RegenerateRequest,
            with_dates(request, timestamp, "from_ts", "to_ts"),
            "request",
            from_ts=timestamp(from_ts, "from_ts"),
            to_ts=timestamp(to_ts, "to_ts"),
            evaluation_name=evaluation_name,
        )
        if body.to_ts <= body.from_ts:
            raise ValueError(f"to_ts ({body.to_ts}) must be later than from_ts ({body.from_ts})")
        check_blank(body.evaluation_name, "evaluation_name")
        return await self._request(Operation(regenerate_evaluations, {"body": body}, RegenerateStartResponse))

    @per_call
    async def grade_on_demand(
        self,
        request: GradeOnDemandRequest | Mapping[str, Any] | None = None,
        *,
        session_id: str | None = None,
        agent_version: str | None = None,
        evaluation_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GradeOnDemandResponse:
        """Grade one session now (answers within 24 h of a previous grade come from the cache).

        An unknown session is not an error: the answer then has result_id None and
        skipped_reason "NO_REQUESTS".

        Args:
            request: a GradeOnDemandRequest or a dict; the keyword arguments override its fields.
            session_id: the session to grade (required).
            agent_version: the agent version to grade (required: results are per version).
            evaluation_name: deprecated, accepted and ignored by the server (must not be blank).
        """
        from reflexio_api.api.evaluation import grade_on_demand
        from reflexio_api.models import GradeOnDemandRequest, GradeOnDemandResponse

        body = to_model(
            GradeOnDemandRequest,
            request,
            "request",
            session_id=session_id,
            agent_version=agent_version,
            evaluation_name=evaluation_name,
        )
        require(body.session_id, "session_id")
        require(body.agent_version, "agent_version")
        check_blank(body.evaluation_name, "evaluation_name")
        return await self._request(Operation(grade_on_demand, {"body": body}, GradeOnDemandResponse))

    @per_call
    async def start_retrieval_experiment(
        self,
        experiment_id: str,
        holdout_percentage: float,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentListResponse:
        """Start the org's (single) active retrieval experiment.

        While it runs, searches for users assigned to the holdout arm return nothing, so the
        success of sessions with and without retrieval can be compared
        (get_retrieval_experiment_results). Assignment is per user and deterministic.

        Args:
            experiment_id: a new id (at most 128 characters); ids of past experiments cannot be reused.
            holdout_percentage: share of users held out, in percent: 0 < value < 100 (10 means 10 %).

        Raises:
            ConflictError: another experiment is active, or experiment_id was used before.
        """
        from reflexio_api.api.evaluation import start_retrieval_experiment
        from reflexio_api.models import RetrievalExperimentListResponse, StartRetrievalExperimentRequest

        check_experiment_id(experiment_id)
        if isinstance(holdout_percentage, bool) or not isinstance(holdout_percentage, (int, float)):
            raise TypeError(f"holdout_percentage must be a number, not {type(holdout_percentage).__name__}")
        if not 0 < holdout_percentage < 100:
            raise ValueError(f"holdout_percentage must be between 0 and 100 (exclusive), not {holdout_percentage}")
        body = StartRetrievalExperimentRequest(experiment_id=experiment_id, holdout_percentage=holdout_percentage)
        return await self._request(
            Operation(start_retrieval_experiment, {"body": body}, RetrievalExperimentListResponse)
        )

    @per_call
    async def stop_retrieval_experiment(
        self,
        experiment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentListResponse:
        """Stop the active retrieval experiment; it stays in the history with its results.

        Raises ConflictError when experiment_id is not the active experiment (also when it was
        already stopped).
        """
        from reflexio_api.api.evaluation import stop_retrieval_experiment
        from reflexio_api.models import RetrievalExperimentListResponse, StopRetrievalExperimentRequest

        check_experiment_id(experiment_id)
        body = StopRetrievalExperimentRequest(experiment_id=experiment_id)
        return await self._request(
            Operation(stop_retrieval_experiment, {"body": body}, RetrievalExperimentListResponse)
        )
