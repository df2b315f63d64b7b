"""Evaluation and retrieval experiments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._convert import DateLike, require, timestamp, to_model, with_dates
from .._inputs.evaluation import check_blank
from .._operation import Operation
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .plain import EvaluationPlain

if TYPE_CHECKING:
    from reflexio_api.models import (
        GradeOnDemandRequest,
        GradeOnDemandResponse,
        RegenerateRequest,
        RegenerateStartResponse,
    )


class EvaluationMethods(EvaluationPlain):
    # -- evaluation results ----------------------------------------------------------------------

    # -- regeneration and on-demand grading ------------------------------------------------------

    @per_call
    def regenerate_evaluations(
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
        return self._request(Operation(regenerate_evaluations, {"body": body}, RegenerateStartResponse))

    @per_call
    def grade_on_demand(
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
        return self._request(Operation(grade_on_demand, {"body": body}, GradeOnDemandResponse))

    # -- retrieval experiments -------------------------------------------------------------------
