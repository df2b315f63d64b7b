# Generated from reflexio/_sync/operations.py by scripts/gen_async.py. Do not edit: run `make async`.
"""Operations: generation reruns, upgrades, aggregation, unified search, stall state, user data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from .._convert import DateLike, check_value, iso, require, to_model, with_dates
from .._inputs.legacy import warn_legacy
from .._inputs.operations import (
    POLL_INTERVAL,
    POLL_INTERVAL_MAX,
    WAIT_LIMIT,
    current_run,
    generated_count,
    is_finished,
    run_outcome,
    status_run_id,
)
from .._operation import Operation
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .plain import AsyncOperationsPlain

if TYPE_CHECKING:
    from reflexio_api.models import (
        OperationStatusInfo,
        PlaybookAggregationOperation,
        RerunPlaybookGenerationRequest,
        RerunPlaybookGenerationResponse,
        RerunProfileGenerationRequest,
        RerunProfileGenerationResponse,
    )

    Rerun = TypeVar("Rerun", RerunProfileGenerationResponse, RerunPlaybookGenerationResponse)


class AsyncOperationsMethods(AsyncOperationsPlain):
    @overload
    async def rerun_profile_generation(
        self,
        request: RerunProfileGenerationRequest | Mapping[str, Any] | None = None,
        wait_for_response: Literal[False] = False,
        *,
        user_id: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        source: str | None = None,
        extractor_names: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def rerun_profile_generation(
        self,
        request: RerunProfileGenerationRequest | Mapping[str, Any] | None = None,
        *,
        wait_for_response: Literal[True],
        user_id: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        source: str | None = None,
        extractor_names: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RerunProfileGenerationResponse: ...

    @overload
    async def rerun_profile_generation(
        self,
        request: RerunProfileGenerationRequest | Mapping[str, Any] | None = None,
        wait_for_response: bool = False,
        *,
        user_id: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        source: str | None = None,
        extractor_names: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RerunProfileGenerationResponse | None: ...

    @per_call
    async def rerun_profile_generation(
        self,
        request: RerunProfileGenerationRequest | Mapping[str, Any] | None = None,
        wait_for_response: bool = False,
        *,
        user_id: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        source: str | None = None,
        extractor_names: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RerunProfileGenerationResponse | None:
        """Regenerate profiles from ALL interactions (of `user_id`, or of every user); they come out PENDING.

        Promote them with upgrade_profiles(). By default fire-and-forget: returns None at once.
        wait_for_response=True returns when the server's background run has finished (success, msg
        and profiles_generated then describe the run; after WAIT_LIMIT seconds the server's
        "started" answer is returned). extractor_names is accepted for old callers but no longer
        selects extractors (DeprecationWarning).

        Args:
            request: a RerunProfileGenerationRequest or dict (keyword arguments override its fields).
            wait_for_response: True: wait for the run and return its answer; False: return None at once.
            user_id: only this user's interactions (default: every user's).
            start_time, end_time: only interactions in this window (datetime, naive = UTC; ISO string; unix seconds).
            source: only interactions of this source.
            extractor_names: ignored by the server (kept for old callers).
        """
        from reflexio_api.api.operations import rerun_profile_generation
        from reflexio_api.models import RerunProfileGenerationRequest, RerunProfileGenerationResponse

        body = to_model(
            RerunProfileGenerationRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            user_id=user_id,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            source=source,
            extractor_names=extractor_names,
        )
        check_value(wait_for_response, "wait_for_response", bool)
        warn_legacy(body.extractor_names, "extractor_names", "extractors")
        op = Operation(rerun_profile_generation, {"body": body}, RerunProfileGenerationResponse)
        if not wait_for_response:
            await self._fire(op)
            return None
        return await self._finish_rerun(op, await self._request(op), "profile_generation", "profiles_generated")

    @overload
    async def rerun_playbook_generation(
        self,
        request: RerunPlaybookGenerationRequest | Mapping[str, Any] | None = None,
        wait_for_response: Literal[False] = False,
        *,
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        playbook_name: str | None = None,
        source: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def rerun_playbook_generation(
        self,
        request: RerunPlaybookGenerationRequest | Mapping[str, Any] | None = None,
        *,
        wait_for_response: Literal[True],
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        playbook_name: str | None = None,
        source: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RerunPlaybookGenerationResponse: ...

    @overload
    async def rerun_playbook_generation(
        self,
        request: RerunPlaybookGenerationRequest | Mapping[str, Any] | None = None,
        wait_for_response: bool = False,
        *,
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        playbook_name: str | None = None,
        source: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RerunPlaybookGenerationResponse | None: ...

    @per_call
    async def rerun_playbook_generation(
        self,
        request: RerunPlaybookGenerationRequest | Mapping[str, Any] | None = None,
        wait_for_response: bool = False,
        *,
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        playbook_name: str | None = None,
        source: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RerunPlaybookGenerationResponse | None:
        """Regenerate user playbooks of an agent version from ALL interactions; they come out PENDING.

        Promote them with upgrade_user_playbooks(). By default fire-and-forget: returns None at once.
        wait_for_response=True returns when the server's background run has finished (success, msg
        and playbooks_generated then describe the run). playbook_name is accepted for old callers but
        no longer selects a playbook config (DeprecationWarning).

        Args:
            request: a RerunPlaybookGenerationRequest or dict (keyword arguments override its fields).
            wait_for_response: True: wait for the run and return its answer; False: return None at once.
            agent_version: the agent version whose interactions are used.
            start_time, end_time: only interactions in this window (datetime, naive = UTC; ISO string; unix seconds).
            playbook_name: ignored by the server (kept for old callers).
            source: only interactions of this source.
        """
        from reflexio_api.api.operations import rerun_playbook_generation
        from reflexio_api.models import RerunPlaybookGenerationRequest, RerunPlaybookGenerationResponse

        body = to_model(
            RerunPlaybookGenerationRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            agent_version=agent_version,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            playbook_name=playbook_name,
            source=source,
        )
        check_value(wait_for_response, "wait_for_response", bool)
        warn_legacy(body.playbook_name, "playbook_name", "a playbook config")
        op = Operation(rerun_playbook_generation, {"body": body}, RerunPlaybookGenerationResponse)
        if not wait_for_response:
            await self._fire(op)
            return None
        return await self._finish_rerun(op, await self._request(op), "playbook_generation", "playbooks_generated")

    @per_call
    async def submit_playbook_aggregation(
        self,
        *,
        request_id: str,
        agent_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PlaybookAggregationOperation:
        """Queue a full playbook aggregation of an agent version durably; return once it is admitted.

        Idempotent per `request_id` (your id for this submission): submitting it again returns the
        same operation. Follow it with get_playbook_aggregation_operation(answer.operation_id).

        Args:
            request_id: your id for this submission (required).
            agent_version: the agent version whose user playbooks are aggregated (required).
        """
        from reflexio_api.api.operations import submit_playbook_aggregation_operation
        from reflexio_api.models import PlaybookAggregationOperation, SubmitPlaybookAggregationRequest

        require(request_id, "request_id")
        require(agent_version, "agent_version")
        body = SubmitPlaybookAggregationRequest(request_id=request_id, agent_version=agent_version)
        op = Operation(submit_playbook_aggregation_operation, {"body": body}, PlaybookAggregationOperation)
        return await self._request(op)

    async def _finish_rerun(self, op: Operation[Any], answer: Rerun, service_name: str, count_field: str) -> Rerun:
        """Wait for the background run `answer` announced; describe its outcome in `answer`."""
        run_id = answer.operation_id
        if not answer.success:
            return answer
        info = await self._wait_for_operation(service_name, run_id)
        if info is None:
            return answer
        answer.success, answer.msg = run_outcome(info)
        setattr(answer, count_field, generated_count(info))
        self._cache.invalidate(op.invalidates)
        return answer

    search_async = AsyncOperationsPlain.search

    async def _wait_for_operation(self, service_name: str, run_id: str | None) -> OperationStatusInfo | None:
        """Poll the operation status until run `run_id` ends; None on WAIT_LIMIT or when a newer run replaced it."""
        from reflexio_api.api.operations import get_operation_status
        from reflexio_api.models import GetOperationStatusResponse

        deadline = self._shared.clock.monotonic() + WAIT_LIMIT
        delay = POLL_INTERVAL
        previous: str | None = None
        while True:
            op = Operation(get_operation_status, {"service_name": service_name}, GetOperationStatusResponse)
            info = current_run(await self._request(op))
            if info is not None:
                shown = status_run_id(info)
                if shown is None or run_id is None or shown == run_id:
                    if is_finished(info):
                        return info
                elif previous is None:
                    previous = shown
                elif shown != previous:
                    return None
            if self._shared.clock.monotonic() + delay > deadline:
                return None
            await self._sleep(delay)
            delay = min(delay * 2, POLL_INTERVAL_MAX)
