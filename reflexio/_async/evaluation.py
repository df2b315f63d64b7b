# Generated from reflexio/_sync/evaluation.py by scripts/gen_async.py. Do not edit: run `make async`.
"""Evaluation and retrieval experiments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._convert import DateLike, check_not_blank, timestamp, to_model, with_dates
from .._operation import Operation
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .plain import AsyncEvaluationPlain

if TYPE_CHECKING:
    from reflexio_api.models import RegenerateRequest, RegenerateStartResponse


class AsyncEvaluationMethods(AsyncEvaluationPlain):
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
        check_not_blank(body.evaluation_name, "evaluation_name")
        return await self._request(Operation(regenerate_evaluations, {"body": body}, RegenerateStartResponse))
