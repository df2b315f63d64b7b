"""Session views: a client with one session id filled in (client.for_session(session_id)).

Generated from the API mixins of reflexio/_sync and reflexio/_async by scripts/gen_session.py.
Do not edit: run `make async`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from ._inputs.interactions import DEFAULT_AGENT_VERSION
from ._inputs.legacy import renamed
from ._inputs.pages import apaged, listed, paged
from ._inputs.threads import in_thread
from ._session_base import SessionBase
from .agent._views import AsyncTurnMethods, TurnMethods

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from typing import Any, Literal

    from reflexio_api.models import (
        AddAgentPlaybookRequest,
        AddAgentPlaybookResponse,
        AddUserPlaybookRequest,
        AddUserPlaybookResponse,
        AddUserProfileResponse,
        AdminInvalidateCacheRequest,
        AgentPlaybook,
        BraintrustStatusResponse,
        BulkDeleteResponse,
        CancelOperationRequest,
        CancelOperationResponse,
        ClearUserDataRequest,
        ClearUserDataResponse,
        Config,
        ConnectBraintrustRequest,
        ConnectBraintrustResponse,
        ConversationTurn,
        DeleteAgentPlaybookRequest,
        DeleteAgentPlaybookResponse,
        DeleteAgentPlaybooksByIdsRequest,
        DeleteRequestResponse,
        DeleteSessionResponse,
        DeleteUserInteractionResponse,
        DeleteUserPlaybookRequest,
        DeleteUserPlaybookResponse,
        DeleteUserPlaybooksByIdsRequest,
        DeleteUserProfileResponse,
        DowngradeProfilesRequest,
        DowngradeProfilesResponse,
        DowngradeUserPlaybooksRequest,
        DowngradeUserPlaybooksResponse,
        EvaluationSourceSetRequest,
        FinalizeSessionResponse,
        GetAgentPlaybooksRequest,
        GetAgentPlaybooksViewResponse,
        GetAgentSuccessEvaluationResultsRequest,
        GetAllProfilesDateField,
        GetDashboardStatsRequest,
        GetDashboardStatsResponse,
        GetEvaluationOverviewRequest,
        GetEvaluationOverviewRequestBucket,
        GetEvaluationOverviewResponse,
        GetEvaluationResultsViewResponse,
        GetInteractionsRequest,
        GetInteractionsViewResponse,
        GetLearningProvenanceRequest,
        GetLearningProvenanceRequestKind,
        GetPlaybookApplicationStatsRequest,
        GetPlaybookApplicationStatsResponse,
        GetProfileStatisticsResponse,
        GetProfilesViewResponse,
        GetRecentShadowComparisonsResponse,
        GetRequestsRequest,
        GetRequestsViewResponse,
        GetRetrievedLearningEvaluationResultsRequest,
        GetRetrievedLearningEvaluationResultsResponse,
        GetSessionOutcomesRequest,
        GetSessionOutcomesResponse,
        GetUserPlaybooksRequest,
        GetUserPlaybooksViewResponse,
        GetUserProfilesRequest,
        GradeOnDemandRequest,
        GradeOnDemandResponse,
        InteractionData,
        LearningProvenanceViewResponse,
        LearningStatusResponseStatus,
        ManualPlaybookGenerationRequest,
        ManualProfileGenerationRequest,
        MarkNotifiedResponse,
        MyConfigResponse,
        PendingToolCallListResponse,
        PendingToolCallResponse,
        PendingToolCallStatus,
        PlaybookAggregationChangeLogResponse,
        PlaybookAggregationOperation,
        PlaybookStatus,
        ProfileChangeLogViewResponse,
        PublishUserInteractionRequest,
        PublishUserInteractionResponse,
        RegenerateRequest,
        RegenerateStartResponse,
        RegenerateStatusResponse,
        RerankUserProfilesRequest,
        RerunPlaybookGenerationRequest,
        RerunPlaybookGenerationResponse,
        RerunProfileGenerationRequest,
        RerunProfileGenerationResponse,
        RetrievalExperimentListResponse,
        RetrievalExperimentResultsResponse,
        ReviewUserPlaybooksRequest,
        ReviewUserPlaybooksResponse,
        RunPlaybookAggregationRequest,
        RunPlaybookAggregationResponse,
        SearchAgentPlaybookRequest,
        SearchAgentPlaybooksViewResponse,
        SearchInteractionRequest,
        SearchInteractionsViewResponse,
        SearchMode,
        SearchProfilesViewResponse,
        SearchUserPlaybookRequest,
        SearchUserPlaybooksViewResponse,
        SearchUserProfileRequest,
        SelectProjectsRequest,
        SelectProjectsResponse,
        SessionOutcomeKind,
        SetSessionOutcomeRequest,
        SetSessionOutcomeResponse,
        StallStateResponse,
        Status,
        StorageStatsResponse,
        SyncBraintrustResponse,
        UnifiedSearchRequest,
        UnifiedSearchRequestEntityTypesType0Item,
        UnifiedSearchViewResponse,
        UpdateAgentPlaybookRequest,
        UpdateAgentPlaybookResponse,
        UpdatePlaybookStatusRequest,
        UpdatePlaybookStatusResponse,
        UpdateUserPlaybookRequest,
        UpdateUserPlaybookResponse,
        UpdateUserProfileRequest,
        UpdateUserProfileResponse,
        UpgradeProfilesRequest,
        UpgradeProfilesResponse,
        UpgradeUserPlaybooksRequest,
        UpgradeUserPlaybooksResponse,
        UserPlaybook,
        UserProfile,
        WhoamiResponse,
    )

    from ._async.client import AsyncReflexioClient
    from ._backfill import BackfillReport
    from ._convert import DateLike
    from ._request_options import Body, Headers, Query, TimeoutLike
    from ._sync.client import ReflexioClient


class SessionClient(SessionBase["ReflexioClient"], TurnMethods):
    """ReflexioClient with one session: every call that takes a session id gets the bound one."""

    _client: ReflexioClient

    def publish_many(
        self,
        conversations: Iterable[PublishUserInteractionRequest | Mapping[str, Any]],
        *,
        concurrency: int = 4,
        checkpoint: str | os.PathLike[str] | None = None,
        on_progress: Callable[[BackfillReport], None] | None = None,
        progress: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BackfillReport:
        """ReflexioClient.publish_many (forwarded).

        Args:
            conversations: dicts with publish_interaction's keyword arguments (user_id,
                interactions, session_id, source, agent_version, request_id, ...), or
                PublishUserInteractionRequest models.
            concurrency: publishes in flight at once.
            checkpoint: a file where the ids of stored conversations are written as they land; a
                re-run with the same file skips them without sending anything.
            on_progress: called with the report after each conversation settles.
            progress: show a progress bar (needs the `progress` extra: tqdm).

        Returns:
            A BackfillReport: published, already_present, failed (index, request_id, reason), elapsed.
        """
        return self._client.publish_many(
            conversations=conversations,
            concurrency=concurrency,
            checkpoint=checkpoint,
            on_progress=on_progress,
            progress=progress,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_config(
        self,
        config: Config | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """ReflexioClient.set_config (forwarded).

        Args:
            config: a Config model, a whole config as a dict, or the fields to change.
        """
        return self._client.set_config(
            config=config, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def update_config(
        self,
        partial: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """ReflexioClient.update_config (forwarded).

        Args:
            partial: the top-level config fields to replace, as a dict.
        """
        return self._client.update_config(
            partial=partial,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

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
        """ReflexioClient.publish_interaction with the bound session.

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
        return self._client.publish_interaction(
            user_id=user_id,
            interactions=interactions,
            source=source,
            agent_version=agent_version,
            session_id=self._resolve(session_id),
            wait_for_response=wait_for_response,
            skip_aggregation=skip_aggregation,
            force_extraction=force_extraction,
            evaluation_only=evaluation_only,
            override_learning_stall=override_learning_stall,
            retrieval_experiment_id=retrieval_experiment_id,
            retrieval_experiment_arm=retrieval_experiment_arm,
            session_finished=session_finished,
            request_id=request_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

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
        """ReflexioClient.search_interactions (forwarded).

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
        return self._client.search_interactions(
            request=request,
            user_id=user_id,
            request_id=request_id,
            query=query,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            most_recent_k=most_recent_k,
            threshold=threshold,
            search_mode=search_mode,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def wait_for_learning(
        self, request_id: str, timeout: float = 300.0, poll_interval: float = 1.0
    ) -> LearningStatusResponseStatus:
        """ReflexioClient.wait_for_learning (forwarded).

        Args:
            request_id: the request publish_interaction answered with.
            timeout: how long to wait, in seconds.
            poll_interval: seconds between two polls.
        """
        return self._client.wait_for_learning(request_id=request_id, timeout=timeout, poll_interval=poll_interval)

    @overload
    def rerun_profile_generation(
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
    def rerun_profile_generation(
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
    def rerun_profile_generation(
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

    def rerun_profile_generation(
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
        """ReflexioClient.rerun_profile_generation (forwarded).

        Args:
            request: a RerunProfileGenerationRequest or dict (keyword arguments override its fields).
            wait_for_response: True: wait for the run and return its answer; False: return None at once.
            user_id: only this user's interactions (default: every user's).
            start_time, end_time: only interactions in this window (datetime, naive = UTC; ISO string; unix seconds).
            source: only interactions of this source.
            extractor_names: ignored by the server (kept for old callers).
        """
        return self._client.rerun_profile_generation(
            request=request,
            wait_for_response=wait_for_response,
            user_id=user_id,
            start_time=start_time,
            end_time=end_time,
            source=source,
            extractor_names=extractor_names,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def rerun_playbook_generation(
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
    def rerun_playbook_generation(
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
    def rerun_playbook_generation(
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

    def rerun_playbook_generation(
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
        """ReflexioClient.rerun_playbook_generation (forwarded).

        Args:
            request: a RerunPlaybookGenerationRequest or dict (keyword arguments override its fields).
            wait_for_response: True: wait for the run and return its answer; False: return None at once.
            agent_version: the agent version whose interactions are used.
            start_time, end_time: only interactions in this window (datetime, naive = UTC; ISO string; unix seconds).
            playbook_name: ignored by the server (kept for old callers).
            source: only interactions of this source.
        """
        return self._client.rerun_playbook_generation(
            request=request,
            wait_for_response=wait_for_response,
            agent_version=agent_version,
            start_time=start_time,
            end_time=end_time,
            playbook_name=playbook_name,
            source=source,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def submit_playbook_aggregation(
        self,
        *,
        request_id: str,
        agent_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PlaybookAggregationOperation:
        """ReflexioClient.submit_playbook_aggregation (forwarded).

        Args:
            request_id: your id for this submission (required).
            agent_version: the agent version whose user playbooks are aggregated (required).
        """
        return self._client.submit_playbook_aggregation(
            request_id=request_id,
            agent_version=agent_version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_config(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> Config:
        """ReflexioClient.get_config (forwarded)."""
        return self._client.get_config(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def get_my_config(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> MyConfigResponse:
        """ReflexioClient.get_my_config (forwarded)."""
        return self._client.get_my_config(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def whoami(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> WhoamiResponse:
        """ReflexioClient.whoami (forwarded)."""
        return self._client.whoami(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def cancel_evaluation_regeneration(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, str]:
        """ReflexioClient.cancel_evaluation_regeneration (forwarded).

        Args:
            job_id: the id regenerate_evaluations answered.
        """
        return self._client.cancel_evaluation_regeneration(
            job_id=job_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def get_agent_success_evaluation_results(
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
        """ReflexioClient.get_agent_success_evaluation_results (forwarded).

        Args:
            request: a GetAgentSuccessEvaluationResultsRequest or dict (keyword arguments override its
                fields).
            limit: results at most (server default 100).
            agent_version: only results of this agent version.
            start_time: only results at/after this time (datetime, naive = UTC; ISO string; unix seconds).
            end_time: only results at/before this time (datetime, naive = UTC; ISO string; unix seconds).
        """
        return self._client.get_agent_success_evaluation_results(
            request=request,
            limit=limit,
            agent_version=agent_version,
            start_time=start_time,
            end_time=end_time,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_evaluation_overview(
        self,
        request: GetEvaluationOverviewRequest | Mapping[str, Any] | None = None,
        *,
        from_ts: int | None = None,
        to_ts: int | None = None,
        bucket: GetEvaluationOverviewRequestBucket | str | None = None,
        include_shadow: bool | None = None,
        source_sets: Sequence[EvaluationSourceSetRequest | Mapping[str, Any]] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetEvaluationOverviewResponse:
        """ReflexioClient.get_evaluation_overview (forwarded).

        Args:
            request: a GetEvaluationOverviewRequest or dict (keyword arguments override its fields).
            from_ts: Window start, unix epoch seconds.
            to_ts: Window end, unix epoch seconds.
            bucket: Granularity of the hero trend buckets.
            include_shadow: When False, skip the shadow-side aggregations (cheaper) — the hero will degrade
                to shadow_off state.
            source_sets: Optional labeled request-source cohorts to compare. Sources are matched exactly
                against the first request in each evaluated session.
        """
        return self._client.get_evaluation_overview(
            request=request,
            from_ts=from_ts,
            to_ts=to_ts,
            bucket=bucket,
            include_shadow=include_shadow,
            source_sets=source_sets,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_evaluation_regeneration_status(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RegenerateStatusResponse:
        """ReflexioClient.get_evaluation_regeneration_status (forwarded).

        Args:
            job_id: the id regenerate_evaluations answered.
        """
        return self._client.get_evaluation_regeneration_status(
            job_id=job_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def get_learning_provenance(
        self,
        request: GetLearningProvenanceRequest | Mapping[str, Any] | None = None,
        *,
        kind: GetLearningProvenanceRequestKind | str | None = None,
        id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> LearningProvenanceViewResponse:
        """ReflexioClient.get_learning_provenance (forwarded).

        Args:
            request: a GetLearningProvenanceRequest or dict (keyword arguments override its fields).
            kind: (no description in the spec)
            id: (no description in the spec)
        """
        return self._client.get_learning_provenance(
            request=request,
            kind=kind,
            id=id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_recent_shadow_comparisons(
        self,
        *,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetRecentShadowComparisonsResponse:
        """ReflexioClient.get_recent_shadow_comparisons (forwarded).

        Args:
            limit: (no description in the spec)
        """
        return self._client.get_recent_shadow_comparisons(
            limit=limit, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def get_retrieval_experiment_results(
        self,
        experiment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentResultsResponse:
        """ReflexioClient.get_retrieval_experiment_results (forwarded).

        Args:
            experiment_id: the experiment.
        """
        return self._client.get_retrieval_experiment_results(
            experiment_id=experiment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_retrieved_learning_evaluation_results(
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
        """ReflexioClient.get_retrieved_learning_evaluation_results with the bound session.

        Args:
            request: a GetRetrievedLearningEvaluationResultsRequest or dict (keyword arguments override its
                fields).
            user_id: only sessions of this user.
            session_id: only this session.
            start_time: only verdicts on interactions at/after this time (datetime, naive = UTC; ISO string;
                unix seconds).
            end_time: only verdicts on interactions at/before this time (datetime, naive = UTC; ISO string;
                unix seconds).
            limit: rows at most, 1 to 1000 (server default 100).
        """
        return self._client.get_retrieved_learning_evaluation_results(
            request=self._scoped(request),
            user_id=user_id,
            session_id=self._resolve(session_id),
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

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
        """ReflexioClient.grade_on_demand with the bound session.

        Args:
            request: a GradeOnDemandRequest or dict (keyword arguments override its fields).
            session_id: the session to grade (required).
            agent_version: the agent version to grade (required: results are per version).
            evaluation_name: deprecated, accepted and ignored by the server (must not be blank).
        """
        return self._client.grade_on_demand(
            request=self._scoped(request),
            session_id=self._resolve(session_id),
            agent_version=agent_version,
            evaluation_name=evaluation_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_retrieval_experiments(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentListResponse:
        """ReflexioClient.list_retrieval_experiments (forwarded)."""
        return self._client.list_retrieval_experiments(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

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
        """ReflexioClient.regenerate_evaluations (forwarded).

        Args:
            request: a RegenerateRequest or dict (keyword arguments override its fields).
            from_ts: start of the window, inclusive (datetime, naive = UTC; ISO string; unix seconds).
            to_ts: end of the window, inclusive; must be later than from_ts (datetime, naive = UTC; ISO
                string; unix seconds).
            evaluation_name: deprecated, accepted and ignored by the server (must not be blank).
        """
        return self._client.regenerate_evaluations(
            request=request,
            from_ts=from_ts,
            to_ts=to_ts,
            evaluation_name=evaluation_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def start_retrieval_experiment(
        self,
        experiment_id: str,
        holdout_percentage: float,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentListResponse:
        """ReflexioClient.start_retrieval_experiment (forwarded).

        Args:
            experiment_id: a new id (at most 128 characters); ids of past experiments cannot be reused.
            holdout_percentage: share of users held out, in percent: 0 < value < 100 (10 means 10 %).
        """
        return self._client.start_retrieval_experiment(
            experiment_id=experiment_id,
            holdout_percentage=holdout_percentage,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def stop_retrieval_experiment(
        self,
        experiment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentListResponse:
        """ReflexioClient.stop_retrieval_experiment (forwarded).

        Args:
            experiment_id: the active experiment.
        """
        return self._client.stop_retrieval_experiment(
            experiment_id=experiment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_root(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """ReflexioClient.get_root (forwarded)."""
        return self._client.get_root(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def get_version_info(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """ReflexioClient.get_version_info (forwarded)."""
        return self._client.get_version_info(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def health_check(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None:
        """ReflexioClient.health_check (forwarded)."""
        return self._client.health_check(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def health_live(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """ReflexioClient.health_live (forwarded)."""
        return self._client.health_live(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def health_ready(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None:
        """ReflexioClient.health_ready (forwarded)."""
        return self._client.health_ready(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def healthz(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """ReflexioClient.healthz (forwarded)."""
        return self._client.healthz(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def healthz_eval(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """ReflexioClient.healthz_eval (forwarded)."""
        return self._client.healthz_eval(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def braintrust_connect(
        self,
        request: ConnectBraintrustRequest | Mapping[str, Any] | None = None,
        *,
        api_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ConnectBraintrustResponse:
        """ReflexioClient.braintrust_connect (forwarded).

        Args:
            request: a ConnectBraintrustRequest or dict (keyword arguments override its fields).
            api_key: (no description in the spec)
        """
        return self._client.braintrust_connect(
            request=request,
            api_key=api_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def braintrust_disconnect(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """ReflexioClient.braintrust_disconnect (forwarded)."""
        return self._client.braintrust_disconnect(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def braintrust_select_projects(
        self,
        request: SelectProjectsRequest | Mapping[str, Any] | None = None,
        *,
        api_key: str | None = None,
        workspace_id: str | None = None,
        workspace_name: str | None = None,
        project_ids: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SelectProjectsResponse:
        """ReflexioClient.braintrust_select_projects (forwarded).

        Args:
            request: a SelectProjectsRequest or dict (keyword arguments override its fields).
            api_key: (no description in the spec)
            workspace_id: (no description in the spec)
            workspace_name: (no description in the spec)
            project_ids: (no description in the spec)
        """
        return self._client.braintrust_select_projects(
            request=request,
            api_key=api_key,
            workspace_id=workspace_id,
            workspace_name=workspace_name,
            project_ids=project_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def braintrust_status(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BraintrustStatusResponse:
        """ReflexioClient.braintrust_status (forwarded)."""
        return self._client.braintrust_status(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def braintrust_sync(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SyncBraintrustResponse:
        """ReflexioClient.braintrust_sync (forwarded)."""
        return self._client.braintrust_sync(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def delete_all_interactions(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """ReflexioClient.delete_all_interactions (forwarded)."""
        return self._client.delete_all_interactions(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    @overload
    def delete_interaction(
        self,
        user_id: str,
        interaction_id: int,
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    def delete_interaction(
        self,
        user_id: str,
        interaction_id: int,
        wait_for_response: Literal[True],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserInteractionResponse: ...

    @overload
    def delete_interaction(
        self,
        user_id: str,
        interaction_id: int,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserInteractionResponse | None: ...

    def delete_interaction(
        self,
        user_id: str,
        interaction_id: int,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserInteractionResponse | None:
        """ReflexioClient.delete_interaction (forwarded).

        Args:
            user_id: the interaction's owner.
            interaction_id: its id (Interaction.interaction_id), a positive integer.
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        return self._client.delete_interaction(
            user_id=user_id,
            interaction_id=interaction_id,
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def delete_request(
        self,
        request_id: str,
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    def delete_request(
        self,
        request_id: str,
        wait_for_response: Literal[True],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteRequestResponse: ...

    @overload
    def delete_request(
        self,
        request_id: str,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteRequestResponse | None: ...

    def delete_request(
        self,
        request_id: str,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteRequestResponse | None:
        """ReflexioClient.delete_request (forwarded).

        Args:
            request_id: the request to delete.
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        return self._client.delete_request(
            request_id=request_id,
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_requests_by_ids(
        self,
        request_ids: Sequence[str],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """ReflexioClient.delete_requests_by_ids (forwarded).

        Args:
            request_ids: the requests to delete (at least one).
        """
        return self._client.delete_requests_by_ids(
            request_ids=request_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def delete_session(
        self,
        session_id: str | None = None,
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    def delete_session(
        self,
        session_id: str | None = None,
        *,
        wait_for_response: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse: ...

    @overload
    def delete_session(
        self,
        session_id: str | None = None,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse | None: ...

    def delete_session(
        self,
        session_id: str | None = None,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse | None:
        """ReflexioClient.delete_session with the bound session.

        Args:
            session_id: the session to delete.
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        return self._client.delete_session(
            session_id=self._resolve(session_id),
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def finalize_session(
        self,
        user_id: str,
        session_id: str | None = None,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> FinalizeSessionResponse:
        """ReflexioClient.finalize_session with the bound session.

        Args:
            user_id: the session's user.
            session_id: the session.
        """
        return self._client.finalize_session(
            user_id=user_id,
            session_id=self._resolve(session_id),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_all_interactions(
        self,
        limit: int = 100,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetInteractionsViewResponse:
        """ReflexioClient.get_all_interactions (forwarded).

        Args:
            limit: at most this many interactions.
        """
        return self._client.get_all_interactions(
            limit=limit, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def get_interactions(
        self,
        request: GetInteractionsRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetInteractionsViewResponse:
        """ReflexioClient.get_interactions (forwarded).

        Args:
            request: a GetInteractionsRequest or dict (keyword arguments override its fields).
            user_id: the user (required).
            start_time: only interactions created at/after this time (datetime, naive = UTC; ISO string;
                unix seconds).
            end_time: only interactions created at/before this time (datetime, naive = UTC; ISO string; unix
                seconds).
            top_k: at most this many interactions (server default 30).
        """
        return self._client.get_interactions(
            request=request,
            user_id=user_id,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_learning_status(
        self,
        request_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> LearningStatusResponseStatus:
        """ReflexioClient.get_learning_status (forwarded).

        Args:
            request_id: the request_id publish_interaction answered.
        """
        return self._client.get_learning_status(
            request_id=request_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_requests(
        self,
        request: GetRequestsRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        source: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetRequestsViewResponse:
        """ReflexioClient.get_requests with the bound session.

        Args:
            request: a GetRequestsRequest or dict (keyword arguments override its fields).
            user_id: only this user's requests.
            request_id: only this request.
            session_id: only this session's requests.
            source: only requests of this source.
            start_time: only requests created at/after this time (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only requests created at/before this time (datetime, naive = UTC; ISO string; unix
                seconds).
            top_k: at most this many sessions (server default 30); each comes with all its requests.
            offset: sessions to skip, for paging (see has_more in the answer).
        """
        return self._client.get_requests(
            request=self._scoped(request),
            user_id=user_id,
            request_id=request_id,
            session_id=self._resolve(session_id),
            source=source,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_session_outcomes(
        self,
        request: GetSessionOutcomesRequest | Mapping[str, Any] | None = None,
        *,
        session_ids: list[str] | None = None,
        user_id: str | None = None,
        source: str | None = None,
        outcome: SessionOutcomeKind | str | None = None,
        label: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetSessionOutcomesResponse:
        """ReflexioClient.get_session_outcomes with the bound session.

        Args:
            request: a GetSessionOutcomesRequest or dict (keyword arguments override its fields).
            session_ids: at most 100 session ids.
            user_id: (no description in the spec)
            source: (no description in the spec)
            outcome: (no description in the spec)
            label: (no description in the spec)
            start_time: only outcomes that occurred at/after this time (datetime, naive = UTC; ISO string;
                unix seconds).
            end_time: only outcomes that occurred at/before this time (datetime, naive = UTC; ISO string;
                unix seconds).
            top_k: at most this many (1..1000, server default 100).
            offset: outcomes to skip (default 0).
        """
        return self._client.get_session_outcomes(
            request=self._scoped(request),
            session_ids=self._resolve_many(session_ids),
            user_id=user_id,
            source=source,
            outcome=outcome,
            label=label,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def mark_session_outcome(
        self,
        request: SetSessionOutcomeRequest | Mapping[str, Any] | None = None,
        *,
        session_id: str | None = None,
        outcome: SessionOutcomeKind | str | None = None,
        occurred_at: DateLike | None = None,
        label: str | None = None,
        value: float | None = None,
        metadata: dict[str, Any] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SetSessionOutcomeResponse:
        """ReflexioClient.mark_session_outcome with the bound session.

        Args:
            request: a SetSessionOutcomeRequest or dict (keyword arguments override its fields).
            session_id: the session (required).
            outcome: "success", "failure" or "unknown" (required).
            occurred_at: when it happened (datetime, naive = UTC; ISO string; unix seconds) (required).
            label: a short label (at most 128 characters).
            value: a number.
            metadata: a JSON object.
        """
        return self._client.mark_session_outcome(
            request=self._scoped(request),
            session_id=self._resolve(session_id),
            outcome=outcome,
            occurred_at=occurred_at,
            label=label,
            value=value,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def cancel_operation(
        self,
        request: CancelOperationRequest | Mapping[str, Any] | None = None,
        *,
        service_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> CancelOperationResponse:
        """ReflexioClient.cancel_operation (forwarded).

        Args:
            request: a CancelOperationRequest or dict (keyword arguments override its fields).
            service_name: (no description in the spec)
        """
        return self._client.cancel_operation(
            request=request,
            service_name=service_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def clear_user_data(
        self,
        user_id: str | ClearUserDataRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ClearUserDataResponse:
        """ReflexioClient.clear_user_data (forwarded).

        Args:
            user_id: the user whose data to delete (or the whole request).
        """
        return self._client.clear_user_data(
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def downgrade_profiles(
        self,
        request: DowngradeProfilesRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        profile_ids: Sequence[str] | None = None,
        only_affected_users: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DowngradeProfilesResponse:
        """ReflexioClient.downgrade_profiles (forwarded).

        Args:
            request: a DowngradeProfilesRequest or dict (keyword arguments override its fields).
            user_id: (no description in the spec)
            profile_ids: (no description in the spec)
            only_affected_users: (no description in the spec)
        """
        return self._client.downgrade_profiles(
            request=request,
            user_id=user_id,
            profile_ids=profile_ids,
            only_affected_users=only_affected_users,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def downgrade_user_playbooks(
        self,
        request: DowngradeUserPlaybooksRequest | Mapping[str, Any] | None = None,
        *,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DowngradeUserPlaybooksResponse:
        """ReflexioClient.downgrade_user_playbooks (forwarded).

        Args:
            request: a DowngradeUserPlaybooksRequest or dict (keyword arguments override its fields).
            agent_version: (no description in the spec)
            playbook_name: (no description in the spec)
        """
        return self._client.downgrade_user_playbooks(
            request=request,
            agent_version=agent_version,
            playbook_name=playbook_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_dashboard_stats(
        self,
        request: GetDashboardStatsRequest | Mapping[str, Any] | None = None,
        *,
        days_back: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetDashboardStatsResponse:
        """ReflexioClient.get_dashboard_stats (forwarded).

        Args:
            request: a GetDashboardStatsRequest or dict (keyword arguments override its fields).
            days_back: Number of days to include in time series data. Defaults to 30.
        """
        return self._client.get_dashboard_stats(
            request=request,
            days_back=days_back,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_playbook_aggregation_change_logs(
        self,
        *,
        playbook_name: str,
        agent_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PlaybookAggregationChangeLogResponse:
        """ReflexioClient.get_playbook_aggregation_change_logs (forwarded).

        Args:
            playbook_name: (no description in the spec)
            agent_version: (no description in the spec)
        """
        return self._client.get_playbook_aggregation_change_logs(
            playbook_name=playbook_name,
            agent_version=agent_version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_playbook_aggregation_operation(
        self,
        operation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PlaybookAggregationOperation:
        """ReflexioClient.get_playbook_aggregation_operation (forwarded).

        Args:
            operation_id: the id submit_playbook_aggregation answered.
        """
        return self._client.get_playbook_aggregation_operation(
            operation_id=operation_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_stall_state(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> StallStateResponse:
        """ReflexioClient.get_stall_state (forwarded)."""
        return self._client.get_stall_state(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def invalidate_cache(
        self,
        org_id: str | AdminInvalidateCacheRequest | Mapping[str, Any] | None = None,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """ReflexioClient.invalidate_cache (forwarded).

        Args:
            org_id: the caller's org (optional).
        """
        return self._client.invalidate_cache(
            org_id=org_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def manual_playbook_generation(
        self,
        request: ManualPlaybookGenerationRequest | Mapping[str, Any] | None = None,
        *,
        agent_version: str | None = None,
        source: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None:
        """ReflexioClient.manual_playbook_generation (forwarded).

        Args:
            request: a ManualPlaybookGenerationRequest or dict (keyword arguments override its fields).
            agent_version: the agent version the playbooks are for.
            source: only interactions of this source.
            playbook_name: ignored by the server (kept for old callers).
        """
        return self._client.manual_playbook_generation(
            request=request,
            agent_version=agent_version,
            source=source,
            playbook_name=playbook_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def manual_profile_generation(
        self,
        request: ManualProfileGenerationRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        source: str | None = None,
        extractor_names: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None:
        """ReflexioClient.manual_profile_generation (forwarded).

        Args:
            request: a ManualProfileGenerationRequest or dict (keyword arguments override its fields).
            user_id: the user whose latest interactions are read.
            source: only interactions of this source.
            extractor_names: ignored by the server (kept for old callers).
        """
        return self._client.manual_profile_generation(
            request=request,
            user_id=user_id,
            source=source,
            extractor_names=extractor_names,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def mark_stall_notified(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> MarkNotifiedResponse:
        """ReflexioClient.mark_stall_notified (forwarded)."""
        return self._client.mark_stall_notified(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    @overload
    def run_playbook_aggregation(
        self,
        request: RunPlaybookAggregationRequest | Mapping[str, Any] | None = None,
        wait_for_response: Literal[False] = False,
        *,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    def run_playbook_aggregation(
        self,
        request: RunPlaybookAggregationRequest | Mapping[str, Any] | None = None,
        *,
        wait_for_response: Literal[True],
        agent_version: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RunPlaybookAggregationResponse: ...

    @overload
    def run_playbook_aggregation(
        self,
        request: RunPlaybookAggregationRequest | Mapping[str, Any] | None = None,
        wait_for_response: bool = False,
        *,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RunPlaybookAggregationResponse | None: ...

    def run_playbook_aggregation(
        self,
        request: RunPlaybookAggregationRequest | Mapping[str, Any] | None = None,
        wait_for_response: bool = False,
        *,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RunPlaybookAggregationResponse | None:
        """ReflexioClient.run_playbook_aggregation (forwarded).

        Args:
            request: a RunPlaybookAggregationRequest or dict (keyword arguments override its fields).
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
            agent_version: the agent version whose user playbooks are clustered.
            playbook_name: only user playbooks of this playbook name.
        """
        return self._client.run_playbook_aggregation(
            request=request,
            wait_for_response=wait_for_response,
            agent_version=agent_version,
            playbook_name=playbook_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def search(
        self,
        request: UnifiedSearchRequest | Mapping[str, Any] | None = None,
        *,
        query: str | None = None,
        top_k: int | None = None,
        threshold: float | None = None,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        user_id: str | None = None,
        source: str | None = None,
        tags: Sequence[str] | None = None,
        entity_types: Sequence[UnifiedSearchRequestEntityTypesType0Item | str] | None = None,
        agent_playbook_status_filter: Sequence[PlaybookStatus | str] | None = None,
        conversation_history: Sequence[ConversationTurn | Mapping[str, Any]] | None = None,
        enable_reformulation: bool | None = None,
        enable_agent_answer: bool | None = None,
        search_mode: SearchMode | str | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        interaction_id: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UnifiedSearchViewResponse:
        """ReflexioClient.search with the bound session.

        Args:
            request: a UnifiedSearchRequest or dict (keyword arguments override its fields).
            query: the search text (required).
            top_k: at most this many results of each kind, 1..100 (server default 5).
            threshold: the lowest vector similarity a result may have, 0..1 (default: the embedding
                model's).
            agent_version: only playbooks of this agent version.
            playbook_name: only playbooks of this playbook name.
            user_id: only this user's profiles and user playbooks.
            source: only items of this source (agent playbooks through their user playbooks).
            tags: only items having any of these tags.
            entity_types: the kinds searched, of "profiles", "agent_playbooks", "user_playbooks" (default:
                all three).
            agent_playbook_status_filter: agent playbook statuses to include (server default: approved and
                pending, so rejected playbooks stay hidden).
            conversation_history: earlier turns (role, content) the reformulation takes into account.
            enable_reformulation: let the server rewrite the query before searching (the answer's
                reformulated_query shows it).
            enable_agent_answer: also ask for an answer synthesised from the results (agent_answer).
            search_mode: "hybrid" (server default), "vector" or "fts" (full-text only).
            request_id: the request the search is made for.
            session_id: the session the search is made for: the server skips items it already served to it.
            interaction_id: the interaction the search is made for.
        """
        return self._client.search(
            request=self._scoped(request),
            query=query,
            top_k=top_k,
            threshold=threshold,
            agent_version=agent_version,
            playbook_name=playbook_name,
            user_id=user_id,
            source=source,
            tags=tags,
            entity_types=entity_types,
            agent_playbook_status_filter=agent_playbook_status_filter,
            conversation_history=conversation_history,
            enable_reformulation=enable_reformulation,
            enable_agent_answer=enable_agent_answer,
            search_mode=search_mode,
            request_id=request_id,
            session_id=self._resolve(session_id),
            interaction_id=interaction_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def storage_stats(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> StorageStatsResponse:
        """ReflexioClient.storage_stats (forwarded).

        Args:
            user_id: the user.
        """
        return self._client.storage_stats(
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upgrade_profiles(
        self,
        request: UpgradeProfilesRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        profile_ids: Sequence[str] | None = None,
        only_affected_users: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpgradeProfilesResponse:
        """ReflexioClient.upgrade_profiles (forwarded).

        Args:
            request: a UpgradeProfilesRequest or dict (keyword arguments override its fields).
            user_id: only this user's profiles (default: every user's).
            profile_ids: only these pending profiles.
            only_affected_users: only users with pending profiles (default True).
        """
        return self._client.upgrade_profiles(
            request=request,
            user_id=user_id,
            profile_ids=profile_ids,
            only_affected_users=only_affected_users,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upgrade_user_playbooks(
        self,
        request: UpgradeUserPlaybooksRequest | Mapping[str, Any] | None = None,
        *,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        archive_current: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpgradeUserPlaybooksResponse:
        """ReflexioClient.upgrade_user_playbooks (forwarded).

        Args:
            request: a UpgradeUserPlaybooksRequest or dict (keyword arguments override its fields).
            agent_version: (no description in the spec)
            playbook_name: (no description in the spec)
            archive_current: (no description in the spec)
        """
        return self._client.upgrade_user_playbooks(
            request=request,
            agent_version=agent_version,
            playbook_name=playbook_name,
            archive_current=archive_current,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def delete_agent_playbook(
        self,
        agent_playbook_id: int | DeleteAgentPlaybookRequest | Mapping[str, Any],
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    def delete_agent_playbook(
        self,
        agent_playbook_id: int | DeleteAgentPlaybookRequest | Mapping[str, Any],
        wait_for_response: Literal[True],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteAgentPlaybookResponse: ...

    @overload
    def delete_agent_playbook(
        self,
        agent_playbook_id: int | DeleteAgentPlaybookRequest | Mapping[str, Any],
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteAgentPlaybookResponse | None: ...

    def delete_agent_playbook(
        self,
        agent_playbook_id: int | DeleteAgentPlaybookRequest | Mapping[str, Any],
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteAgentPlaybookResponse | None:
        """ReflexioClient.delete_agent_playbook (forwarded).

        Args:
            agent_playbook_id: the playbook to delete (or the whole request).
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        return self._client.delete_agent_playbook(
            agent_playbook_id=agent_playbook_id,
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_agent_playbooks_by_ids(
        self,
        agent_playbook_ids: Iterable[int] | DeleteAgentPlaybooksByIdsRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """ReflexioClient.delete_agent_playbooks_by_ids (forwarded).

        Args:
            agent_playbook_ids: the playbooks to delete, any iterable (or the whole request).
        """
        return self._client.delete_agent_playbooks_by_ids(
            agent_playbook_ids=agent_playbook_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_all_agent_playbooks(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """ReflexioClient.delete_all_agent_playbooks (forwarded)."""
        return self._client.delete_all_agent_playbooks(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def delete_all_playbooks(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """ReflexioClient.delete_all_playbooks (forwarded)."""
        return self._client.delete_all_playbooks(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def delete_all_user_playbooks(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """ReflexioClient.delete_all_user_playbooks (forwarded)."""
        return self._client.delete_all_user_playbooks(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    @overload
    def delete_user_playbook(
        self,
        user_playbook_id: int | DeleteUserPlaybookRequest | Mapping[str, Any],
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    def delete_user_playbook(
        self,
        user_playbook_id: int | DeleteUserPlaybookRequest | Mapping[str, Any],
        wait_for_response: Literal[True],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserPlaybookResponse: ...

    @overload
    def delete_user_playbook(
        self,
        user_playbook_id: int | DeleteUserPlaybookRequest | Mapping[str, Any],
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserPlaybookResponse | None: ...

    def delete_user_playbook(
        self,
        user_playbook_id: int | DeleteUserPlaybookRequest | Mapping[str, Any],
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserPlaybookResponse | None:
        """ReflexioClient.delete_user_playbook (forwarded).

        Args:
            user_playbook_id: the playbook to delete (or the whole request).
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        return self._client.delete_user_playbook(
            user_playbook_id=user_playbook_id,
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_user_playbooks_by_ids(
        self,
        user_playbook_ids: Iterable[int] | DeleteUserPlaybooksByIdsRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """ReflexioClient.delete_user_playbooks_by_ids (forwarded).

        Args:
            user_playbook_ids: the playbooks to delete, any iterable (or the whole request).
        """
        return self._client.delete_user_playbooks_by_ids(
            user_playbook_ids=user_playbook_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_agent_playbooks(
        self,
        request: GetAgentPlaybooksRequest | Mapping[str, Any] | None = None,
        force_refresh: bool = False,
        *,
        limit: int | None = None,
        agent_playbook_id: int | None = None,
        query: str | None = None,
        playbook_name: str | None = None,
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        status_filter: Sequence[Status | str | None] | None = None,
        playbook_status_filter: PlaybookStatus | str | None = None,
        tags: Sequence[str] | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetAgentPlaybooksViewResponse:
        """ReflexioClient.get_agent_playbooks with the bound session.

        Args:
            request: a GetAgentPlaybooksRequest or dict (keyword arguments override its fields).
            force_refresh: skip the local cache and ask the server (the answer is cached again).
            limit: at most this many playbooks (server default 100).
            agent_playbook_id: only this playbook.
            query: case-insensitive text filter.
            playbook_name: only playbooks of this name.
            agent_version: only playbooks of this agent version.
            start_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            status_filter: statuses to include: None or "current" (CURRENT), "pending", "archived", ...
            playbook_status_filter: the review status to include ("approved", "pending", "rejected", ...).
            tags: playbooks having any of these tags.
            request_id: the request this read serves (for attribution).
            session_id: the session this read serves (for attribution).
        """
        return self._client.get_agent_playbooks(
            request=self._scoped(request),
            force_refresh=force_refresh,
            limit=limit,
            agent_playbook_id=agent_playbook_id,
            query=query,
            playbook_name=playbook_name,
            agent_version=agent_version,
            start_time=start_time,
            end_time=end_time,
            status_filter=status_filter,
            playbook_status_filter=playbook_status_filter,
            tags=tags,
            request_id=request_id,
            session_id=self._resolve(session_id),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_playbook_application_stats(
        self,
        request: GetPlaybookApplicationStatsRequest | Mapping[str, Any] | None = None,
        *,
        days_back: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetPlaybookApplicationStatsResponse:
        """ReflexioClient.get_playbook_application_stats (forwarded).

        Args:
            request: a GetPlaybookApplicationStatsRequest or dict (keyword arguments override its fields).
            days_back: Look-back window in days. Defaults to 30; must be positive.
        """
        return self._client.get_playbook_application_stats(
            request=request,
            days_back=days_back,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_user_playbooks(
        self,
        request: GetUserPlaybooksRequest | Mapping[str, Any] | None = None,
        *,
        limit: int | None = None,
        user_playbook_id: int | None = None,
        user_id: str | None = None,
        request_id: str | None = None,
        query: str | None = None,
        playbook_name: str | None = None,
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        status_filter: Sequence[Status | str | None] | None = None,
        tags: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetUserPlaybooksViewResponse:
        """ReflexioClient.get_user_playbooks (forwarded).

        Args:
            request: a GetUserPlaybooksRequest or dict (keyword arguments override its fields).
            limit: at most this many playbooks (server default 100).
            user_playbook_id: only this playbook.
            user_id: only this user's playbooks.
            request_id: only playbooks extracted from this request.
            query: case-insensitive text filter.
            playbook_name: only playbooks of this name.
            agent_version: only playbooks of this agent version.
            start_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            status_filter: statuses to include: None or "current" (CURRENT), "pending", "archived", ...
            tags: playbooks having any of these tags.
        """
        return self._client.get_user_playbooks(
            request=request,
            limit=limit,
            user_playbook_id=user_playbook_id,
            user_id=user_id,
            request_id=request_id,
            query=query,
            playbook_name=playbook_name,
            agent_version=agent_version,
            start_time=start_time,
            end_time=end_time,
            status_filter=status_filter,
            tags=tags,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def review_user_playbooks(
        self,
        request: ReviewUserPlaybooksRequest | Mapping[str, Any] | None = None,
        *,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        report_only: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ReviewUserPlaybooksResponse:
        """ReflexioClient.review_user_playbooks (forwarded).

        Args:
            request: a ReviewUserPlaybooksRequest or dict (keyword arguments override its fields).
            start_time: the start of the creation window of the playbooks to review (datetime, naive = UTC;
                ISO string; unix seconds).
            end_time: the end of the creation window (datetime, naive = UTC; ISO string; unix seconds).
            top_k: at most this many playbooks reviewed (server default 10).
            report_only: only report (True, the server default) or apply the decisions (False).
        """
        return self._client.review_user_playbooks(
            request=request,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            report_only=report_only,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def search_agent_playbooks(
        self,
        request: SearchAgentPlaybookRequest | Mapping[str, Any] | None = None,
        *,
        query: str | None = None,
        user_id: str | None = None,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        source: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        status_filter: Sequence[Status | str | None] | None = None,
        playbook_status_filter: Sequence[PlaybookStatus | str] | PlaybookStatus | str | None = None,
        tags: Sequence[str] | None = None,
        top_k: int | None = None,
        threshold: float | None = None,
        enable_reformulation: bool | None = None,
        search_mode: SearchMode | str | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SearchAgentPlaybooksViewResponse:
        """ReflexioClient.search_agent_playbooks with the bound session.

        Args:
            request: a SearchAgentPlaybookRequest or dict (keyword arguments override its fields).
            query: Query for semantic/text search
            user_id: User receiving the retrieved playbooks. This does not filter agent playbooks; it is
                used for retrieval-experiment assignment when an experiment is active.
            agent_version: Filter by agent version
            playbook_name: Filter by playbook name
            source: Match agent playbooks linked to at least one user playbook with this exact source
            start_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            status_filter: statuses to include: None or "current" (CURRENT), "pending", "archived", ...
            playbook_status_filter: (no description in the spec)
            tags: (no description in the spec)
            top_k: Maximum number of results to return. Defaults to 10
            threshold: Similarity threshold for vector search. When omitted, the embedding model's default
                is used.
            enable_reformulation: (no description in the spec)
            search_mode: "hybrid" (default), "fts" or "vector".
            request_id: (no description in the spec)
            session_id: (no description in the spec)
        """
        return self._client.search_agent_playbooks(
            request=self._scoped(request),
            query=query,
            user_id=user_id,
            agent_version=agent_version,
            playbook_name=playbook_name,
            source=source,
            start_time=start_time,
            end_time=end_time,
            status_filter=status_filter,
            playbook_status_filter=playbook_status_filter,
            tags=tags,
            top_k=top_k,
            threshold=threshold,
            enable_reformulation=enable_reformulation,
            search_mode=search_mode,
            request_id=request_id,
            session_id=self._resolve(session_id),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def search_user_playbooks(
        self,
        request: SearchUserPlaybookRequest | Mapping[str, Any] | None = None,
        *,
        query: str | None = None,
        user_id: str | None = None,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        source: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        status_filter: Sequence[Status | str | None] | None = None,
        tags: Sequence[str] | None = None,
        top_k: int | None = None,
        threshold: float | None = None,
        enable_reformulation: bool | None = None,
        search_mode: SearchMode | str | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SearchUserPlaybooksViewResponse:
        """ReflexioClient.search_user_playbooks with the bound session.

        Args:
            request: a SearchUserPlaybookRequest or dict (keyword arguments override its fields).
            query: Query for semantic/text search
            user_id: Filter by user (via request_id linkage to requests table)
            agent_version: Filter by agent version
            playbook_name: Filter by playbook name
            source: Filter by exact interaction source
            start_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            status_filter: statuses to include: None or "current" (CURRENT), "pending", "archived", ...
            tags: (no description in the spec)
            top_k: Maximum results to return, up to 100. Defaults to 10
            threshold: Similarity threshold for vector search. When omitted, the embedding model's default
                is used.
            enable_reformulation: (no description in the spec)
            search_mode: "hybrid" (default), "fts" or "vector".
            request_id: (no description in the spec)
            session_id: (no description in the spec)
        """
        return self._client.search_user_playbooks(
            request=self._scoped(request),
            query=query,
            user_id=user_id,
            agent_version=agent_version,
            playbook_name=playbook_name,
            source=source,
            start_time=start_time,
            end_time=end_time,
            status_filter=status_filter,
            tags=tags,
            top_k=top_k,
            threshold=threshold,
            enable_reformulation=enable_reformulation,
            search_mode=search_mode,
            request_id=request_id,
            session_id=self._resolve(session_id),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_agent_playbook(
        self,
        agent_playbook_id: int | UpdateAgentPlaybookRequest | Mapping[str, Any],
        *,
        playbook_name: str | None = None,
        content: str | None = None,
        trigger: str | None = None,
        rationale: str | None = None,
        playbook_status: PlaybookStatus | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpdateAgentPlaybookResponse:
        """ReflexioClient.update_agent_playbook (forwarded).

        Args:
            agent_playbook_id: the playbook to update (or the whole request).
            playbook_name: (no description in the spec)
            content: (no description in the spec)
            trigger: (no description in the spec)
            rationale: (no description in the spec)
            playbook_status: the new review status ("approved", "pending", "rejected", ...).
        """
        return self._client.update_agent_playbook(
            agent_playbook_id=agent_playbook_id,
            playbook_name=playbook_name,
            content=content,
            trigger=trigger,
            rationale=rationale,
            playbook_status=playbook_status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_agent_playbook_status(
        self,
        agent_playbook_id: int | UpdatePlaybookStatusRequest | Mapping[str, Any],
        *,
        playbook_status: PlaybookStatus | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpdatePlaybookStatusResponse:
        """ReflexioClient.update_agent_playbook_status (forwarded).

        Args:
            agent_playbook_id: the playbook (or the whole request).
            playbook_status: the new status ("approved", "pending", "rejected", ...).
        """
        return self._client.update_agent_playbook_status(
            agent_playbook_id=agent_playbook_id,
            playbook_status=playbook_status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_user_playbook(
        self,
        user_playbook_id: int | UpdateUserPlaybookRequest | Mapping[str, Any],
        *,
        playbook_name: str | None = None,
        content: str | None = None,
        trigger: str | None = None,
        rationale: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpdateUserPlaybookResponse:
        """ReflexioClient.update_user_playbook (forwarded).

        Args:
            user_playbook_id: the playbook to update (or the whole request).
            playbook_name: (no description in the spec)
            content: (no description in the spec)
            trigger: (no description in the spec)
            rationale: (no description in the spec)
        """
        return self._client.update_user_playbook(
            user_playbook_id=user_playbook_id,
            playbook_name=playbook_name,
            content=content,
            trigger=trigger,
            rationale=rationale,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_all_profiles(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """ReflexioClient.delete_all_profiles (forwarded)."""
        return self._client.delete_all_profiles(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def delete_profiles_by_ids(
        self,
        profile_ids: Sequence[str],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """ReflexioClient.delete_profiles_by_ids (forwarded).

        Args:
            profile_ids: the profiles to delete (at least one).
        """
        return self._client.delete_profiles_by_ids(
            profile_ids=profile_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_all_profiles(
        self,
        limit: int = 100,
        status_filter: Status | str | None = None,
        user_id: str | None = None,
        profile_id: str | None = None,
        query: str | None = None,
        source: str | None = None,
        profile_time_to_live: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        *,
        date_field: GetAllProfilesDateField | str | None = None,
        include_tombstones: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetProfilesViewResponse:
        """ReflexioClient.get_all_profiles (forwarded).

        Args:
            limit: at most this many profiles.
            status_filter: "current", "pending" or "archived" (None: any status; the server would silently
                ignore any other value, so the client rejects it).
            user_id: only this user's profiles.
            profile_id: only this profile.
            query: case-insensitive text filter across the visible fields.
            source: only profiles of this source.
            profile_time_to_live: only profiles with this TTL (e.g. "infinity", "one_month").
            start_time: only profiles whose date_field is at/after this time (datetime, naive = UTC; ISO
                string; unix seconds).
            end_time: only profiles whose date_field is at/before this time (datetime, naive = UTC; ISO
                string; unix seconds).
            date_field: "last_modified_timestamp" (server default) or "created_at".
            include_tombstones: also return merged or superseded profiles when looking up a profile_id.
        """
        return self._client.get_all_profiles(
            limit=limit,
            status_filter=status_filter,
            user_id=user_id,
            profile_id=profile_id,
            query=query,
            source=source,
            profile_time_to_live=profile_time_to_live,
            start_time=start_time,
            end_time=end_time,
            date_field=date_field,
            include_tombstones=include_tombstones,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_profile_change_log(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ProfileChangeLogViewResponse:
        """ReflexioClient.get_profile_change_log (forwarded)."""
        return self._client.get_profile_change_log(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def get_profile_statistics(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetProfileStatisticsResponse:
        """ReflexioClient.get_profile_statistics (forwarded)."""
        return self._client.get_profile_statistics(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    def get_profiles(
        self,
        request: GetUserProfilesRequest | Mapping[str, Any] | None = None,
        force_refresh: bool = False,
        *,
        user_id: str | None = None,
        profile_id: str | None = None,
        query: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        source: str | None = None,
        profile_time_to_live: str | None = None,
        status_filter: Sequence[Status | str | None] | None = None,
        tags: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetProfilesViewResponse:
        """ReflexioClient.get_profiles (forwarded).

        Args:
            request: a GetUserProfilesRequest or dict (keyword arguments override its fields).
            force_refresh: skip the local cache and ask the server (the answer is cached again).
            user_id: the user whose profiles to read (required).
            profile_id: only this profile.
            query: case-insensitive text filter.
            start_time: only profiles modified at/after this time (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only profiles modified at/before this time (datetime, naive = UTC; ISO string; unix
                seconds).
            top_k: at most this many profiles (server default 30).
            source: only profiles of this source.
            profile_time_to_live: only profiles with this TTL (e.g. "infinity", "one_month").
            status_filter: statuses to include: "current" (or None), "pending", "archived", ...
            tags: profiles having any of these tags.
        """
        return self._client.get_profiles(
            request=request,
            force_refresh=force_refresh,
            user_id=user_id,
            profile_id=profile_id,
            query=query,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            source=source,
            profile_time_to_live=profile_time_to_live,
            status_filter=status_filter,
            tags=tags,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def rerank_user_profiles(
        self,
        request: RerankUserProfilesRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        query: str | None = None,
        profile_ids: Sequence[str] | None = None,
        top_k: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SearchProfilesViewResponse:
        """ReflexioClient.rerank_user_profiles (forwarded).

        Args:
            request: a RerankUserProfilesRequest or dict (keyword arguments override its fields).
            user_id: the profiles' owner.
            query: the text to rank against.
            profile_ids: candidate ids, e.g. from search_user_profiles.
            top_k: at most this many profiles (server default 10).
        """
        return self._client.rerank_user_profiles(
            request=request,
            user_id=user_id,
            query=query,
            profile_ids=profile_ids,
            top_k=top_k,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def search_user_profiles(
        self,
        request: SearchUserProfileRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        generated_from_request_id: str | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        query: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        source: str | None = None,
        custom_feature: str | None = None,
        extractor_name: str | None = None,
        tags: Sequence[str] | None = None,
        threshold: float | None = None,
        enable_reformulation: bool | None = None,
        search_mode: SearchMode | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SearchProfilesViewResponse:
        """ReflexioClient.search_user_profiles with the bound session.

        Args:
            request: a SearchUserProfileRequest or dict (keyword arguments override its fields).
            user_id: the user whose profiles to search (required).
            generated_from_request_id: only profiles extracted from this request.
            request_id: (no description in the spec)
            session_id: (no description in the spec)
            query: the search text.
            start_time: only profiles modified at/after this time (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only profiles modified at/before this time (datetime, naive = UTC; ISO string; unix
                seconds).
            top_k: at most this many results (server default 10).
            source: (no description in the spec)
            custom_feature: (no description in the spec)
            extractor_name: (no description in the spec)
            tags: (no description in the spec)
            threshold: minimum relevance score, 0..1.
            enable_reformulation: (no description in the spec)
            search_mode: "hybrid" (default), "fts" or "vector".
        """
        return self._client.search_user_profiles(
            request=self._scoped(request),
            user_id=user_id,
            generated_from_request_id=generated_from_request_id,
            request_id=request_id,
            session_id=self._resolve(session_id),
            query=query,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            source=source,
            custom_feature=custom_feature,
            extractor_name=extractor_name,
            tags=tags,
            threshold=threshold,
            enable_reformulation=enable_reformulation,
            search_mode=search_mode,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_user_profile(
        self,
        request: UpdateUserProfileRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        profile_id: str | None = None,
        content: str | None = None,
        custom_features: dict[str, Any] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpdateUserProfileResponse:
        """ReflexioClient.update_user_profile (forwarded).

        Args:
            request: a UpdateUserProfileRequest or dict (keyword arguments override its fields).
            user_id: the profile's owner (required).
            profile_id: the profile to update (required).
            content: the new content.
            custom_features: the new custom features (a dict).
        """
        return self._client.update_user_profile(
            request=request,
            user_id=user_id,
            profile_id=profile_id,
            content=content,
            custom_features=custom_features,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def cancel_pending_tool_call(
        self,
        pending_tool_call_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """ReflexioClient.cancel_pending_tool_call (forwarded).

        Args:
            pending_tool_call_id: the call.
        """
        return self._client.cancel_pending_tool_call(
            pending_tool_call_id=pending_tool_call_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_pending_tool_call(
        self,
        pending_tool_call_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """ReflexioClient.get_pending_tool_call (forwarded).

        Args:
            pending_tool_call_id: the call.
        """
        return self._client.get_pending_tool_call(
            pending_tool_call_id=pending_tool_call_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_pending_tool_calls(
        self,
        status: PendingToolCallStatus | str | None = None,
        limit: int = 100,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallListResponse:
        """ReflexioClient.list_pending_tool_calls (forwarded).

        Args:
            status: "pending", "resolved", "expired", "superseded" or "cancelled" (a PendingToolCallStatus
                or its value); None lists every status.
            limit: results at most, 1 to 500.
        """
        return self._client.list_pending_tool_calls(
            status=status,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add_user_playbook(
        self,
        user_playbooks: AddUserPlaybookRequest
        | Sequence[UserPlaybook | Mapping[str, Any]]
        | UserPlaybook
        | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> AddUserPlaybookResponse:
        """ReflexioClient.add_user_playbook (forwarded).

        Args:
            user_playbooks: UserPlaybook models or dicts, a single one, or the whole request.
        """
        return self._client.add_user_playbook(
            user_playbooks=user_playbooks,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add_agent_playbooks(
        self,
        agent_playbooks: AddAgentPlaybookRequest
        | Sequence[AgentPlaybook | Mapping[str, Any]]
        | AgentPlaybook
        | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> AddAgentPlaybookResponse:
        """ReflexioClient.add_agent_playbooks (forwarded).

        Args:
            agent_playbooks: AgentPlaybook models or dicts, a single one, or the whole request.
        """
        return self._client.add_agent_playbooks(
            agent_playbooks=agent_playbooks,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add_user_profile(
        self,
        user_profiles: Sequence[UserProfile | Mapping[str, Any]],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> AddUserProfileResponse:
        """ReflexioClient.add_user_profile (forwarded).

        Args:
            user_profiles: UserProfile models or dicts. A dict needs user_id and content; a missing
                profile_id gets a random one, last_modified_timestamp defaults to now (a datetime or
                ISO string is accepted) and generated_from_request_id to "manual".
        """
        return self._client.add_user_profile(
            user_profiles=user_profiles,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        *,
        wait_for_response: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserProfileResponse: ...

    @overload
    def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserProfileResponse | None: ...

    def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserProfileResponse | None:
        """ReflexioClient.delete_profile (forwarded).

        Args:
            user_id: the profiles' owner.
            profile_id: the profile to delete.
            search_query: delete every profile of the user whose content contains this text instead.
            wait_for_response: True: wait and return the answer; False: queue it in the
                background and return None (see flush()).
        """
        return self._client.delete_profile(
            user_id=user_id,
            profile_id=profile_id,
            search_query=search_query,
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def resolve_pending_tool_call(
        self,
        pending_tool_call_id: str,
        *,
        result: Mapping[str, Any] | None = None,
        answer: str | None = None,
        valid_for_seconds: int | None = None,
        x_reflexio_signature: str | None = None,
        x_reflexio_timestamp: str | int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """ReflexioClient.resolve_pending_tool_call (forwarded).

        Args:
            pending_tool_call_id: the call to resolve.
            result: the tool result as a dict.
            answer: shorthand for result={"answer": answer}.
            valid_for_seconds: how long the answer may be reused for similar questions
                (server default from pending_tool_call_config).
            x_reflexio_signature, x_reflexio_timestamp: HMAC headers, needed only when the org
                config sets hmac_secrets (AuthenticationError otherwise).
        """
        return self._client.resolve_pending_tool_call(
            pending_tool_call_id=pending_tool_call_id,
            result=result,
            answer=answer,
            valid_for_seconds=valid_for_seconds,
            x_reflexio_signature=x_reflexio_signature,
            x_reflexio_timestamp=x_reflexio_timestamp,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_pending_tool_call_answer(
        self,
        pending_tool_call_id: str,
        answer: str,
        *,
        valid_for_seconds: int | None = None,
        x_reflexio_signature: str | None = None,
        x_reflexio_timestamp: str | int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """ReflexioClient.update_pending_tool_call_answer (forwarded).

        Args:
            pending_tool_call_id: the resolved call.
            answer: the new answer; must not be blank.
            valid_for_seconds: how long the answer may be reused (server default when None).
            x_reflexio_signature, x_reflexio_timestamp: HMAC headers, needed only when the org
                config sets hmac_secrets.
        """
        return self._client.update_pending_tool_call_answer(
            pending_tool_call_id=pending_tool_call_id,
            answer=answer,
            valid_for_seconds=valid_for_seconds,
            x_reflexio_signature=x_reflexio_signature,
            x_reflexio_timestamp=x_reflexio_timestamp,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def mark_pending_tool_call_not_applicable(
        self,
        pending_tool_call_id: str,
        *,
        valid_for_seconds: int | None = None,
        x_reflexio_signature: str | None = None,
        x_reflexio_timestamp: str | int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """ReflexioClient.mark_pending_tool_call_not_applicable (forwarded).

        Args:
            pending_tool_call_id: the call.
            valid_for_seconds: how long this verdict may be reused (server default when None).
            x_reflexio_signature, x_reflexio_timestamp: HMAC headers, needed only when the org
                config sets hmac_secrets.
        """
        return self._client.mark_pending_tool_call_not_applicable(
            pending_tool_call_id=pending_tool_call_id,
            valid_for_seconds=valid_for_seconds,
            x_reflexio_signature=x_reflexio_signature,
            x_reflexio_timestamp=x_reflexio_timestamp,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    publish_interaction_async = in_thread(publish_interaction)
    finalize_session_async = in_thread(finalize_session)
    search_async = in_thread(search)
    iter_interactions = paged(
        get_interactions,
        lambda page: listed(page.interactions),
        name="iter_interactions",
        item="InteractionView",
        key=lambda item: (item.request_id, item.interaction_id),
        cursor="end_time",
        stamp=lambda item: item.created_at,
    )
    iter_sessions = paged(
        get_requests,
        lambda page: listed(page.sessions),
        name="iter_sessions",
        item="SessionView",
        key=lambda item: item.session_id,
        more=lambda page: page.has_more,
    )
    iter_session_outcomes = paged(
        get_session_outcomes,
        lambda page: listed(page.session_outcomes),
        name="iter_session_outcomes",
        item="SessionOutcomeRecord",
        key=lambda item: (item.session_id, item.outcome_id, item.outcome_revision, item.outcome, item.created_at),
        default=100,
        most=1000,
    )
    iter_agent_playbooks = paged(
        get_agent_playbooks,
        lambda page: listed(page.agent_playbooks),
        name="iter_agent_playbooks",
        item="AgentPlaybookView",
        key=lambda item: item.agent_playbook_id,
        size="limit",
        default=100,
        cursor="end_time",
        stamp=lambda item: item.created_at,
    )
    iter_user_playbooks = paged(
        get_user_playbooks,
        lambda page: listed(page.user_playbooks),
        name="iter_user_playbooks",
        item="UserPlaybookView",
        key=lambda item: item.user_playbook_id,
        size="limit",
        default=100,
        cursor="end_time",
        stamp=lambda item: item.created_at,
    )
    iter_profiles = paged(
        get_profiles,
        lambda page: listed(page.user_profiles),
        name="iter_profiles",
        item="ProfileView",
        key=lambda item: item.profile_id,
        cursor="end_time",
        stamp=lambda item: item.last_modified_timestamp,
    )
    search_profiles = renamed(search_user_profiles, "search_profiles")


class AsyncSessionClient(SessionBase["AsyncReflexioClient"], AsyncTurnMethods):
    """AsyncReflexioClient with one session: every call that takes a session id gets the bound one."""

    _client: AsyncReflexioClient

    async def publish_many(
        self,
        conversations: Iterable[PublishUserInteractionRequest | Mapping[str, Any]],
        *,
        concurrency: int = 4,
        checkpoint: str | os.PathLike[str] | None = None,
        on_progress: Callable[[BackfillReport], None] | None = None,
        progress: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BackfillReport:
        """AsyncReflexioClient.publish_many (forwarded).

        Args:
            conversations: dicts with publish_interaction's keyword arguments (user_id,
                interactions, session_id, source, agent_version, request_id, ...), or
                PublishUserInteractionRequest models.
            concurrency: publishes in flight at once.
            checkpoint: a file where the ids of stored conversations are written as they land; a
                re-run with the same file skips them without sending anything.
            on_progress: called with the report after each conversation settles.
            progress: show a progress bar (needs the `progress` extra: tqdm).

        Returns:
            A BackfillReport: published, already_present, failed (index, request_id, reason), elapsed.
        """
        return await self._client.publish_many(
            conversations=conversations,
            concurrency=concurrency,
            checkpoint=checkpoint,
            on_progress=on_progress,
            progress=progress,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_config(
        self,
        config: Config | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """AsyncReflexioClient.set_config (forwarded).

        Args:
            config: a Config model, a whole config as a dict, or the fields to change.
        """
        return await self._client.set_config(
            config=config, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def update_config(
        self,
        partial: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """AsyncReflexioClient.update_config (forwarded).

        Args:
            partial: the top-level config fields to replace, as a dict.
        """
        return await self._client.update_config(
            partial=partial,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def publish_interaction(
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
        """AsyncReflexioClient.publish_interaction with the bound session.

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
        return await self._client.publish_interaction(
            user_id=user_id,
            interactions=interactions,
            source=source,
            agent_version=agent_version,
            session_id=self._resolve(session_id),
            wait_for_response=wait_for_response,
            skip_aggregation=skip_aggregation,
            force_extraction=force_extraction,
            evaluation_only=evaluation_only,
            override_learning_stall=override_learning_stall,
            retrieval_experiment_id=retrieval_experiment_id,
            retrieval_experiment_arm=retrieval_experiment_arm,
            session_finished=session_finished,
            request_id=request_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def search_interactions(
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
        """AsyncReflexioClient.search_interactions (forwarded).

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
        return await self._client.search_interactions(
            request=request,
            user_id=user_id,
            request_id=request_id,
            query=query,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            most_recent_k=most_recent_k,
            threshold=threshold,
            search_mode=search_mode,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def wait_for_learning(
        self, request_id: str, timeout: float = 300.0, poll_interval: float = 1.0
    ) -> LearningStatusResponseStatus:
        """AsyncReflexioClient.wait_for_learning (forwarded).

        Args:
            request_id: the request publish_interaction answered with.
            timeout: how long to wait, in seconds.
            poll_interval: seconds between two polls.
        """
        return await self._client.wait_for_learning(request_id=request_id, timeout=timeout, poll_interval=poll_interval)

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
        """AsyncReflexioClient.rerun_profile_generation (forwarded).

        Args:
            request: a RerunProfileGenerationRequest or dict (keyword arguments override its fields).
            wait_for_response: True: wait for the run and return its answer; False: return None at once.
            user_id: only this user's interactions (default: every user's).
            start_time, end_time: only interactions in this window (datetime, naive = UTC; ISO string; unix seconds).
            source: only interactions of this source.
            extractor_names: ignored by the server (kept for old callers).
        """
        return await self._client.rerun_profile_generation(
            request=request,
            wait_for_response=wait_for_response,
            user_id=user_id,
            start_time=start_time,
            end_time=end_time,
            source=source,
            extractor_names=extractor_names,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

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
        """AsyncReflexioClient.rerun_playbook_generation (forwarded).

        Args:
            request: a RerunPlaybookGenerationRequest or dict (keyword arguments override its fields).
            wait_for_response: True: wait for the run and return its answer; False: return None at once.
            agent_version: the agent version whose interactions are used.
            start_time, end_time: only interactions in this window (datetime, naive = UTC; ISO string; unix seconds).
            playbook_name: ignored by the server (kept for old callers).
            source: only interactions of this source.
        """
        return await self._client.rerun_playbook_generation(
            request=request,
            wait_for_response=wait_for_response,
            agent_version=agent_version,
            start_time=start_time,
            end_time=end_time,
            playbook_name=playbook_name,
            source=source,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

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
        """AsyncReflexioClient.submit_playbook_aggregation (forwarded).

        Args:
            request_id: your id for this submission (required).
            agent_version: the agent version whose user playbooks are aggregated (required).
        """
        return await self._client.submit_playbook_aggregation(
            request_id=request_id,
            agent_version=agent_version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_config(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> Config:
        """AsyncReflexioClient.get_config (forwarded)."""
        return await self._client.get_config(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def get_my_config(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> MyConfigResponse:
        """AsyncReflexioClient.get_my_config (forwarded)."""
        return await self._client.get_my_config(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def whoami(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> WhoamiResponse:
        """AsyncReflexioClient.whoami (forwarded)."""
        return await self._client.whoami(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def cancel_evaluation_regeneration(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, str]:
        """AsyncReflexioClient.cancel_evaluation_regeneration (forwarded).

        Args:
            job_id: the id regenerate_evaluations answered.
        """
        return await self._client.cancel_evaluation_regeneration(
            job_id=job_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

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
        """AsyncReflexioClient.get_agent_success_evaluation_results (forwarded).

        Args:
            request: a GetAgentSuccessEvaluationResultsRequest or dict (keyword arguments override its
                fields).
            limit: results at most (server default 100).
            agent_version: only results of this agent version.
            start_time: only results at/after this time (datetime, naive = UTC; ISO string; unix seconds).
            end_time: only results at/before this time (datetime, naive = UTC; ISO string; unix seconds).
        """
        return await self._client.get_agent_success_evaluation_results(
            request=request,
            limit=limit,
            agent_version=agent_version,
            start_time=start_time,
            end_time=end_time,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_evaluation_overview(
        self,
        request: GetEvaluationOverviewRequest | Mapping[str, Any] | None = None,
        *,
        from_ts: int | None = None,
        to_ts: int | None = None,
        bucket: GetEvaluationOverviewRequestBucket | str | None = None,
        include_shadow: bool | None = None,
        source_sets: Sequence[EvaluationSourceSetRequest | Mapping[str, Any]] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetEvaluationOverviewResponse:
        """AsyncReflexioClient.get_evaluation_overview (forwarded).

        Args:
            request: a GetEvaluationOverviewRequest or dict (keyword arguments override its fields).
            from_ts: Window start, unix epoch seconds.
            to_ts: Window end, unix epoch seconds.
            bucket: Granularity of the hero trend buckets.
            include_shadow: When False, skip the shadow-side aggregations (cheaper) — the hero will degrade
                to shadow_off state.
            source_sets: Optional labeled request-source cohorts to compare. Sources are matched exactly
                against the first request in each evaluated session.
        """
        return await self._client.get_evaluation_overview(
            request=request,
            from_ts=from_ts,
            to_ts=to_ts,
            bucket=bucket,
            include_shadow=include_shadow,
            source_sets=source_sets,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_evaluation_regeneration_status(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RegenerateStatusResponse:
        """AsyncReflexioClient.get_evaluation_regeneration_status (forwarded).

        Args:
            job_id: the id regenerate_evaluations answered.
        """
        return await self._client.get_evaluation_regeneration_status(
            job_id=job_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def get_learning_provenance(
        self,
        request: GetLearningProvenanceRequest | Mapping[str, Any] | None = None,
        *,
        kind: GetLearningProvenanceRequestKind | str | None = None,
        id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> LearningProvenanceViewResponse:
        """AsyncReflexioClient.get_learning_provenance (forwarded).

        Args:
            request: a GetLearningProvenanceRequest or dict (keyword arguments override its fields).
            kind: (no description in the spec)
            id: (no description in the spec)
        """
        return await self._client.get_learning_provenance(
            request=request,
            kind=kind,
            id=id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_recent_shadow_comparisons(
        self,
        *,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetRecentShadowComparisonsResponse:
        """AsyncReflexioClient.get_recent_shadow_comparisons (forwarded).

        Args:
            limit: (no description in the spec)
        """
        return await self._client.get_recent_shadow_comparisons(
            limit=limit, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def get_retrieval_experiment_results(
        self,
        experiment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentResultsResponse:
        """AsyncReflexioClient.get_retrieval_experiment_results (forwarded).

        Args:
            experiment_id: the experiment.
        """
        return await self._client.get_retrieval_experiment_results(
            experiment_id=experiment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

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
        """AsyncReflexioClient.get_retrieved_learning_evaluation_results with the bound session.

        Args:
            request: a GetRetrievedLearningEvaluationResultsRequest or dict (keyword arguments override its
                fields).
            user_id: only sessions of this user.
            session_id: only this session.
            start_time: only verdicts on interactions at/after this time (datetime, naive = UTC; ISO string;
                unix seconds).
            end_time: only verdicts on interactions at/before this time (datetime, naive = UTC; ISO string;
                unix seconds).
            limit: rows at most, 1 to 1000 (server default 100).
        """
        return await self._client.get_retrieved_learning_evaluation_results(
            request=self._scoped(request),
            user_id=user_id,
            session_id=self._resolve(session_id),
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

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
        """AsyncReflexioClient.grade_on_demand with the bound session.

        Args:
            request: a GradeOnDemandRequest or dict (keyword arguments override its fields).
            session_id: the session to grade (required).
            agent_version: the agent version to grade (required: results are per version).
            evaluation_name: deprecated, accepted and ignored by the server (must not be blank).
        """
        return await self._client.grade_on_demand(
            request=self._scoped(request),
            session_id=self._resolve(session_id),
            agent_version=agent_version,
            evaluation_name=evaluation_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_retrieval_experiments(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentListResponse:
        """AsyncReflexioClient.list_retrieval_experiments (forwarded)."""
        return await self._client.list_retrieval_experiments(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

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
        """AsyncReflexioClient.regenerate_evaluations (forwarded).

        Args:
            request: a RegenerateRequest or dict (keyword arguments override its fields).
            from_ts: start of the window, inclusive (datetime, naive = UTC; ISO string; unix seconds).
            to_ts: end of the window, inclusive; must be later than from_ts (datetime, naive = UTC; ISO
                string; unix seconds).
            evaluation_name: deprecated, accepted and ignored by the server (must not be blank).
        """
        return await self._client.regenerate_evaluations(
            request=request,
            from_ts=from_ts,
            to_ts=to_ts,
            evaluation_name=evaluation_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

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
        """AsyncReflexioClient.start_retrieval_experiment (forwarded).

        Args:
            experiment_id: a new id (at most 128 characters); ids of past experiments cannot be reused.
            holdout_percentage: share of users held out, in percent: 0 < value < 100 (10 means 10 %).
        """
        return await self._client.start_retrieval_experiment(
            experiment_id=experiment_id,
            holdout_percentage=holdout_percentage,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def stop_retrieval_experiment(
        self,
        experiment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentListResponse:
        """AsyncReflexioClient.stop_retrieval_experiment (forwarded).

        Args:
            experiment_id: the active experiment.
        """
        return await self._client.stop_retrieval_experiment(
            experiment_id=experiment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_root(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """AsyncReflexioClient.get_root (forwarded)."""
        return await self._client.get_root(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def get_version_info(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """AsyncReflexioClient.get_version_info (forwarded)."""
        return await self._client.get_version_info(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def health_check(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None:
        """AsyncReflexioClient.health_check (forwarded)."""
        return await self._client.health_check(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def health_live(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """AsyncReflexioClient.health_live (forwarded)."""
        return await self._client.health_live(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def health_ready(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None:
        """AsyncReflexioClient.health_ready (forwarded)."""
        return await self._client.health_ready(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def healthz(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """AsyncReflexioClient.healthz (forwarded)."""
        return await self._client.healthz(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def healthz_eval(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """AsyncReflexioClient.healthz_eval (forwarded)."""
        return await self._client.healthz_eval(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def braintrust_connect(
        self,
        request: ConnectBraintrustRequest | Mapping[str, Any] | None = None,
        *,
        api_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ConnectBraintrustResponse:
        """AsyncReflexioClient.braintrust_connect (forwarded).

        Args:
            request: a ConnectBraintrustRequest or dict (keyword arguments override its fields).
            api_key: (no description in the spec)
        """
        return await self._client.braintrust_connect(
            request=request,
            api_key=api_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def braintrust_disconnect(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """AsyncReflexioClient.braintrust_disconnect (forwarded)."""
        return await self._client.braintrust_disconnect(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def braintrust_select_projects(
        self,
        request: SelectProjectsRequest | Mapping[str, Any] | None = None,
        *,
        api_key: str | None = None,
        workspace_id: str | None = None,
        workspace_name: str | None = None,
        project_ids: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SelectProjectsResponse:
        """AsyncReflexioClient.braintrust_select_projects (forwarded).

        Args:
            request: a SelectProjectsRequest or dict (keyword arguments override its fields).
            api_key: (no description in the spec)
            workspace_id: (no description in the spec)
            workspace_name: (no description in the spec)
            project_ids: (no description in the spec)
        """
        return await self._client.braintrust_select_projects(
            request=request,
            api_key=api_key,
            workspace_id=workspace_id,
            workspace_name=workspace_name,
            project_ids=project_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def braintrust_status(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BraintrustStatusResponse:
        """AsyncReflexioClient.braintrust_status (forwarded)."""
        return await self._client.braintrust_status(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def braintrust_sync(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SyncBraintrustResponse:
        """AsyncReflexioClient.braintrust_sync (forwarded)."""
        return await self._client.braintrust_sync(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def delete_all_interactions(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """AsyncReflexioClient.delete_all_interactions (forwarded)."""
        return await self._client.delete_all_interactions(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    @overload
    async def delete_interaction(
        self,
        user_id: str,
        interaction_id: int,
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def delete_interaction(
        self,
        user_id: str,
        interaction_id: int,
        wait_for_response: Literal[True],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserInteractionResponse: ...

    @overload
    async def delete_interaction(
        self,
        user_id: str,
        interaction_id: int,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserInteractionResponse | None: ...

    async def delete_interaction(
        self,
        user_id: str,
        interaction_id: int,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserInteractionResponse | None:
        """AsyncReflexioClient.delete_interaction (forwarded).

        Args:
            user_id: the interaction's owner.
            interaction_id: its id (Interaction.interaction_id), a positive integer.
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        return await self._client.delete_interaction(
            user_id=user_id,
            interaction_id=interaction_id,
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def delete_request(
        self,
        request_id: str,
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def delete_request(
        self,
        request_id: str,
        wait_for_response: Literal[True],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteRequestResponse: ...

    @overload
    async def delete_request(
        self,
        request_id: str,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteRequestResponse | None: ...

    async def delete_request(
        self,
        request_id: str,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteRequestResponse | None:
        """AsyncReflexioClient.delete_request (forwarded).

        Args:
            request_id: the request to delete.
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        return await self._client.delete_request(
            request_id=request_id,
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_requests_by_ids(
        self,
        request_ids: Sequence[str],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """AsyncReflexioClient.delete_requests_by_ids (forwarded).

        Args:
            request_ids: the requests to delete (at least one).
        """
        return await self._client.delete_requests_by_ids(
            request_ids=request_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def delete_session(
        self,
        session_id: str | None = None,
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def delete_session(
        self,
        session_id: str | None = None,
        *,
        wait_for_response: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse: ...

    @overload
    async def delete_session(
        self,
        session_id: str | None = None,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse | None: ...

    async def delete_session(
        self,
        session_id: str | None = None,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse | None:
        """AsyncReflexioClient.delete_session with the bound session.

        Args:
            session_id: the session to delete.
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        return await self._client.delete_session(
            session_id=self._resolve(session_id),
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def finalize_session(
        self,
        user_id: str,
        session_id: str | None = None,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> FinalizeSessionResponse:
        """AsyncReflexioClient.finalize_session with the bound session.

        Args:
            user_id: the session's user.
            session_id: the session.
        """
        return await self._client.finalize_session(
            user_id=user_id,
            session_id=self._resolve(session_id),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_all_interactions(
        self,
        limit: int = 100,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetInteractionsViewResponse:
        """AsyncReflexioClient.get_all_interactions (forwarded).

        Args:
            limit: at most this many interactions.
        """
        return await self._client.get_all_interactions(
            limit=limit, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def get_interactions(
        self,
        request: GetInteractionsRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetInteractionsViewResponse:
        """AsyncReflexioClient.get_interactions (forwarded).

        Args:
            request: a GetInteractionsRequest or dict (keyword arguments override its fields).
            user_id: the user (required).
            start_time: only interactions created at/after this time (datetime, naive = UTC; ISO string;
                unix seconds).
            end_time: only interactions created at/before this time (datetime, naive = UTC; ISO string; unix
                seconds).
            top_k: at most this many interactions (server default 30).
        """
        return await self._client.get_interactions(
            request=request,
            user_id=user_id,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_learning_status(
        self,
        request_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> LearningStatusResponseStatus:
        """AsyncReflexioClient.get_learning_status (forwarded).

        Args:
            request_id: the request_id publish_interaction answered.
        """
        return await self._client.get_learning_status(
            request_id=request_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_requests(
        self,
        request: GetRequestsRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        source: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetRequestsViewResponse:
        """AsyncReflexioClient.get_requests with the bound session.

        Args:
            request: a GetRequestsRequest or dict (keyword arguments override its fields).
            user_id: only this user's requests.
            request_id: only this request.
            session_id: only this session's requests.
            source: only requests of this source.
            start_time: only requests created at/after this time (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only requests created at/before this time (datetime, naive = UTC; ISO string; unix
                seconds).
            top_k: at most this many sessions (server default 30); each comes with all its requests.
            offset: sessions to skip, for paging (see has_more in the answer).
        """
        return await self._client.get_requests(
            request=self._scoped(request),
            user_id=user_id,
            request_id=request_id,
            session_id=self._resolve(session_id),
            source=source,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_session_outcomes(
        self,
        request: GetSessionOutcomesRequest | Mapping[str, Any] | None = None,
        *,
        session_ids: list[str] | None = None,
        user_id: str | None = None,
        source: str | None = None,
        outcome: SessionOutcomeKind | str | None = None,
        label: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetSessionOutcomesResponse:
        """AsyncReflexioClient.get_session_outcomes with the bound session.

        Args:
            request: a GetSessionOutcomesRequest or dict (keyword arguments override its fields).
            session_ids: at most 100 session ids.
            user_id: (no description in the spec)
            source: (no description in the spec)
            outcome: (no description in the spec)
            label: (no description in the spec)
            start_time: only outcomes that occurred at/after this time (datetime, naive = UTC; ISO string;
                unix seconds).
            end_time: only outcomes that occurred at/before this time (datetime, naive = UTC; ISO string;
                unix seconds).
            top_k: at most this many (1..1000, server default 100).
            offset: outcomes to skip (default 0).
        """
        return await self._client.get_session_outcomes(
            request=self._scoped(request),
            session_ids=self._resolve_many(session_ids),
            user_id=user_id,
            source=source,
            outcome=outcome,
            label=label,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def mark_session_outcome(
        self,
        request: SetSessionOutcomeRequest | Mapping[str, Any] | None = None,
        *,
        session_id: str | None = None,
        outcome: SessionOutcomeKind | str | None = None,
        occurred_at: DateLike | None = None,
        label: str | None = None,
        value: float | None = None,
        metadata: dict[str, Any] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SetSessionOutcomeResponse:
        """AsyncReflexioClient.mark_session_outcome with the bound session.

        Args:
            request: a SetSessionOutcomeRequest or dict (keyword arguments override its fields).
            session_id: the session (required).
            outcome: "success", "failure" or "unknown" (required).
            occurred_at: when it happened (datetime, naive = UTC; ISO string; unix seconds) (required).
            label: a short label (at most 128 characters).
            value: a number.
            metadata: a JSON object.
        """
        return await self._client.mark_session_outcome(
            request=self._scoped(request),
            session_id=self._resolve(session_id),
            outcome=outcome,
            occurred_at=occurred_at,
            label=label,
            value=value,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def cancel_operation(
        self,
        request: CancelOperationRequest | Mapping[str, Any] | None = None,
        *,
        service_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> CancelOperationResponse:
        """AsyncReflexioClient.cancel_operation (forwarded).

        Args:
            request: a CancelOperationRequest or dict (keyword arguments override its fields).
            service_name: (no description in the spec)
        """
        return await self._client.cancel_operation(
            request=request,
            service_name=service_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def clear_user_data(
        self,
        user_id: str | ClearUserDataRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ClearUserDataResponse:
        """AsyncReflexioClient.clear_user_data (forwarded).

        Args:
            user_id: the user whose data to delete (or the whole request).
        """
        return await self._client.clear_user_data(
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def downgrade_profiles(
        self,
        request: DowngradeProfilesRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        profile_ids: Sequence[str] | None = None,
        only_affected_users: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DowngradeProfilesResponse:
        """AsyncReflexioClient.downgrade_profiles (forwarded).

        Args:
            request: a DowngradeProfilesRequest or dict (keyword arguments override its fields).
            user_id: (no description in the spec)
            profile_ids: (no description in the spec)
            only_affected_users: (no description in the spec)
        """
        return await self._client.downgrade_profiles(
            request=request,
            user_id=user_id,
            profile_ids=profile_ids,
            only_affected_users=only_affected_users,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def downgrade_user_playbooks(
        self,
        request: DowngradeUserPlaybooksRequest | Mapping[str, Any] | None = None,
        *,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DowngradeUserPlaybooksResponse:
        """AsyncReflexioClient.downgrade_user_playbooks (forwarded).

        Args:
            request: a DowngradeUserPlaybooksRequest or dict (keyword arguments override its fields).
            agent_version: (no description in the spec)
            playbook_name: (no description in the spec)
        """
        return await self._client.downgrade_user_playbooks(
            request=request,
            agent_version=agent_version,
            playbook_name=playbook_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_dashboard_stats(
        self,
        request: GetDashboardStatsRequest | Mapping[str, Any] | None = None,
        *,
        days_back: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetDashboardStatsResponse:
        """AsyncReflexioClient.get_dashboard_stats (forwarded).

        Args:
            request: a GetDashboardStatsRequest or dict (keyword arguments override its fields).
            days_back: Number of days to include in time series data. Defaults to 30.
        """
        return await self._client.get_dashboard_stats(
            request=request,
            days_back=days_back,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_playbook_aggregation_change_logs(
        self,
        *,
        playbook_name: str,
        agent_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PlaybookAggregationChangeLogResponse:
        """AsyncReflexioClient.get_playbook_aggregation_change_logs (forwarded).

        Args:
            playbook_name: (no description in the spec)
            agent_version: (no description in the spec)
        """
        return await self._client.get_playbook_aggregation_change_logs(
            playbook_name=playbook_name,
            agent_version=agent_version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_playbook_aggregation_operation(
        self,
        operation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PlaybookAggregationOperation:
        """AsyncReflexioClient.get_playbook_aggregation_operation (forwarded).

        Args:
            operation_id: the id submit_playbook_aggregation answered.
        """
        return await self._client.get_playbook_aggregation_operation(
            operation_id=operation_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_stall_state(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> StallStateResponse:
        """AsyncReflexioClient.get_stall_state (forwarded)."""
        return await self._client.get_stall_state(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def invalidate_cache(
        self,
        org_id: str | AdminInvalidateCacheRequest | Mapping[str, Any] | None = None,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """AsyncReflexioClient.invalidate_cache (forwarded).

        Args:
            org_id: the caller's org (optional).
        """
        return await self._client.invalidate_cache(
            org_id=org_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def manual_playbook_generation(
        self,
        request: ManualPlaybookGenerationRequest | Mapping[str, Any] | None = None,
        *,
        agent_version: str | None = None,
        source: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None:
        """AsyncReflexioClient.manual_playbook_generation (forwarded).

        Args:
            request: a ManualPlaybookGenerationRequest or dict (keyword arguments override its fields).
            agent_version: the agent version the playbooks are for.
            source: only interactions of this source.
            playbook_name: ignored by the server (kept for old callers).
        """
        return await self._client.manual_playbook_generation(
            request=request,
            agent_version=agent_version,
            source=source,
            playbook_name=playbook_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def manual_profile_generation(
        self,
        request: ManualProfileGenerationRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        source: str | None = None,
        extractor_names: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None:
        """AsyncReflexioClient.manual_profile_generation (forwarded).

        Args:
            request: a ManualProfileGenerationRequest or dict (keyword arguments override its fields).
            user_id: the user whose latest interactions are read.
            source: only interactions of this source.
            extractor_names: ignored by the server (kept for old callers).
        """
        return await self._client.manual_profile_generation(
            request=request,
            user_id=user_id,
            source=source,
            extractor_names=extractor_names,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def mark_stall_notified(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> MarkNotifiedResponse:
        """AsyncReflexioClient.mark_stall_notified (forwarded)."""
        return await self._client.mark_stall_notified(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    @overload
    async def run_playbook_aggregation(
        self,
        request: RunPlaybookAggregationRequest | Mapping[str, Any] | None = None,
        wait_for_response: Literal[False] = False,
        *,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def run_playbook_aggregation(
        self,
        request: RunPlaybookAggregationRequest | Mapping[str, Any] | None = None,
        *,
        wait_for_response: Literal[True],
        agent_version: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RunPlaybookAggregationResponse: ...

    @overload
    async def run_playbook_aggregation(
        self,
        request: RunPlaybookAggregationRequest | Mapping[str, Any] | None = None,
        wait_for_response: bool = False,
        *,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RunPlaybookAggregationResponse | None: ...

    async def run_playbook_aggregation(
        self,
        request: RunPlaybookAggregationRequest | Mapping[str, Any] | None = None,
        wait_for_response: bool = False,
        *,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RunPlaybookAggregationResponse | None:
        """AsyncReflexioClient.run_playbook_aggregation (forwarded).

        Args:
            request: a RunPlaybookAggregationRequest or dict (keyword arguments override its fields).
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
            agent_version: the agent version whose user playbooks are clustered.
            playbook_name: only user playbooks of this playbook name.
        """
        return await self._client.run_playbook_aggregation(
            request=request,
            wait_for_response=wait_for_response,
            agent_version=agent_version,
            playbook_name=playbook_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def search(
        self,
        request: UnifiedSearchRequest | Mapping[str, Any] | None = None,
        *,
        query: str | None = None,
        top_k: int | None = None,
        threshold: float | None = None,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        user_id: str | None = None,
        source: str | None = None,
        tags: Sequence[str] | None = None,
        entity_types: Sequence[UnifiedSearchRequestEntityTypesType0Item | str] | None = None,
        agent_playbook_status_filter: Sequence[PlaybookStatus | str] | None = None,
        conversation_history: Sequence[ConversationTurn | Mapping[str, Any]] | None = None,
        enable_reformulation: bool | None = None,
        enable_agent_answer: bool | None = None,
        search_mode: SearchMode | str | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        interaction_id: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UnifiedSearchViewResponse:
        """AsyncReflexioClient.search with the bound session.

        Args:
            request: a UnifiedSearchRequest or dict (keyword arguments override its fields).
            query: the search text (required).
            top_k: at most this many results of each kind, 1..100 (server default 5).
            threshold: the lowest vector similarity a result may have, 0..1 (default: the embedding
                model's).
            agent_version: only playbooks of this agent version.
            playbook_name: only playbooks of this playbook name.
            user_id: only this user's profiles and user playbooks.
            source: only items of this source (agent playbooks through their user playbooks).
            tags: only items having any of these tags.
            entity_types: the kinds searched, of "profiles", "agent_playbooks", "user_playbooks" (default:
                all three).
            agent_playbook_status_filter: agent playbook statuses to include (server default: approved and
                pending, so rejected playbooks stay hidden).
            conversation_history: earlier turns (role, content) the reformulation takes into account.
            enable_reformulation: let the server rewrite the query before searching (the answer's
                reformulated_query shows it).
            enable_agent_answer: also ask for an answer synthesised from the results (agent_answer).
            search_mode: "hybrid" (server default), "vector" or "fts" (full-text only).
            request_id: the request the search is made for.
            session_id: the session the search is made for: the server skips items it already served to it.
            interaction_id: the interaction the search is made for.
        """
        return await self._client.search(
            request=self._scoped(request),
            query=query,
            top_k=top_k,
            threshold=threshold,
            agent_version=agent_version,
            playbook_name=playbook_name,
            user_id=user_id,
            source=source,
            tags=tags,
            entity_types=entity_types,
            agent_playbook_status_filter=agent_playbook_status_filter,
            conversation_history=conversation_history,
            enable_reformulation=enable_reformulation,
            enable_agent_answer=enable_agent_answer,
            search_mode=search_mode,
            request_id=request_id,
            session_id=self._resolve(session_id),
            interaction_id=interaction_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def storage_stats(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> StorageStatsResponse:
        """AsyncReflexioClient.storage_stats (forwarded).

        Args:
            user_id: the user.
        """
        return await self._client.storage_stats(
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upgrade_profiles(
        self,
        request: UpgradeProfilesRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        profile_ids: Sequence[str] | None = None,
        only_affected_users: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpgradeProfilesResponse:
        """AsyncReflexioClient.upgrade_profiles (forwarded).

        Args:
            request: a UpgradeProfilesRequest or dict (keyword arguments override its fields).
            user_id: only this user's profiles (default: every user's).
            profile_ids: only these pending profiles.
            only_affected_users: only users with pending profiles (default True).
        """
        return await self._client.upgrade_profiles(
            request=request,
            user_id=user_id,
            profile_ids=profile_ids,
            only_affected_users=only_affected_users,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upgrade_user_playbooks(
        self,
        request: UpgradeUserPlaybooksRequest | Mapping[str, Any] | None = None,
        *,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        archive_current: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpgradeUserPlaybooksResponse:
        """AsyncReflexioClient.upgrade_user_playbooks (forwarded).

        Args:
            request: a UpgradeUserPlaybooksRequest or dict (keyword arguments override its fields).
            agent_version: (no description in the spec)
            playbook_name: (no description in the spec)
            archive_current: (no description in the spec)
        """
        return await self._client.upgrade_user_playbooks(
            request=request,
            agent_version=agent_version,
            playbook_name=playbook_name,
            archive_current=archive_current,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def delete_agent_playbook(
        self,
        agent_playbook_id: int | DeleteAgentPlaybookRequest | Mapping[str, Any],
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def delete_agent_playbook(
        self,
        agent_playbook_id: int | DeleteAgentPlaybookRequest | Mapping[str, Any],
        wait_for_response: Literal[True],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteAgentPlaybookResponse: ...

    @overload
    async def delete_agent_playbook(
        self,
        agent_playbook_id: int | DeleteAgentPlaybookRequest | Mapping[str, Any],
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteAgentPlaybookResponse | None: ...

    async def delete_agent_playbook(
        self,
        agent_playbook_id: int | DeleteAgentPlaybookRequest | Mapping[str, Any],
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteAgentPlaybookResponse | None:
        """AsyncReflexioClient.delete_agent_playbook (forwarded).

        Args:
            agent_playbook_id: the playbook to delete (or the whole request).
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        return await self._client.delete_agent_playbook(
            agent_playbook_id=agent_playbook_id,
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_agent_playbooks_by_ids(
        self,
        agent_playbook_ids: Iterable[int] | DeleteAgentPlaybooksByIdsRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """AsyncReflexioClient.delete_agent_playbooks_by_ids (forwarded).

        Args:
            agent_playbook_ids: the playbooks to delete, any iterable (or the whole request).
        """
        return await self._client.delete_agent_playbooks_by_ids(
            agent_playbook_ids=agent_playbook_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_all_agent_playbooks(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """AsyncReflexioClient.delete_all_agent_playbooks (forwarded)."""
        return await self._client.delete_all_agent_playbooks(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def delete_all_playbooks(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """AsyncReflexioClient.delete_all_playbooks (forwarded)."""
        return await self._client.delete_all_playbooks(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def delete_all_user_playbooks(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """AsyncReflexioClient.delete_all_user_playbooks (forwarded)."""
        return await self._client.delete_all_user_playbooks(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    @overload
    async def delete_user_playbook(
        self,
        user_playbook_id: int | DeleteUserPlaybookRequest | Mapping[str, Any],
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def delete_user_playbook(
        self,
        user_playbook_id: int | DeleteUserPlaybookRequest | Mapping[str, Any],
        wait_for_response: Literal[True],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserPlaybookResponse: ...

    @overload
    async def delete_user_playbook(
        self,
        user_playbook_id: int | DeleteUserPlaybookRequest | Mapping[str, Any],
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserPlaybookResponse | None: ...

    async def delete_user_playbook(
        self,
        user_playbook_id: int | DeleteUserPlaybookRequest | Mapping[str, Any],
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserPlaybookResponse | None:
        """AsyncReflexioClient.delete_user_playbook (forwarded).

        Args:
            user_playbook_id: the playbook to delete (or the whole request).
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        return await self._client.delete_user_playbook(
            user_playbook_id=user_playbook_id,
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_user_playbooks_by_ids(
        self,
        user_playbook_ids: Iterable[int] | DeleteUserPlaybooksByIdsRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """AsyncReflexioClient.delete_user_playbooks_by_ids (forwarded).

        Args:
            user_playbook_ids: the playbooks to delete, any iterable (or the whole request).
        """
        return await self._client.delete_user_playbooks_by_ids(
            user_playbook_ids=user_playbook_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_agent_playbooks(
        self,
        request: GetAgentPlaybooksRequest | Mapping[str, Any] | None = None,
        force_refresh: bool = False,
        *,
        limit: int | None = None,
        agent_playbook_id: int | None = None,
        query: str | None = None,
        playbook_name: str | None = None,
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        status_filter: Sequence[Status | str | None] | None = None,
        playbook_status_filter: PlaybookStatus | str | None = None,
        tags: Sequence[str] | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetAgentPlaybooksViewResponse:
        """AsyncReflexioClient.get_agent_playbooks with the bound session.

        Args:
            request: a GetAgentPlaybooksRequest or dict (keyword arguments override its fields).
            force_refresh: skip the local cache and ask the server (the answer is cached again).
            limit: at most this many playbooks (server default 100).
            agent_playbook_id: only this playbook.
            query: case-insensitive text filter.
            playbook_name: only playbooks of this name.
            agent_version: only playbooks of this agent version.
            start_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            status_filter: statuses to include: None or "current" (CURRENT), "pending", "archived", ...
            playbook_status_filter: the review status to include ("approved", "pending", "rejected", ...).
            tags: playbooks having any of these tags.
            request_id: the request this read serves (for attribution).
            session_id: the session this read serves (for attribution).
        """
        return await self._client.get_agent_playbooks(
            request=self._scoped(request),
            force_refresh=force_refresh,
            limit=limit,
            agent_playbook_id=agent_playbook_id,
            query=query,
            playbook_name=playbook_name,
            agent_version=agent_version,
            start_time=start_time,
            end_time=end_time,
            status_filter=status_filter,
            playbook_status_filter=playbook_status_filter,
            tags=tags,
            request_id=request_id,
            session_id=self._resolve(session_id),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_playbook_application_stats(
        self,
        request: GetPlaybookApplicationStatsRequest | Mapping[str, Any] | None = None,
        *,
        days_back: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetPlaybookApplicationStatsResponse:
        """AsyncReflexioClient.get_playbook_application_stats (forwarded).

        Args:
            request: a GetPlaybookApplicationStatsRequest or dict (keyword arguments override its fields).
            days_back: Look-back window in days. Defaults to 30; must be positive.
        """
        return await self._client.get_playbook_application_stats(
            request=request,
            days_back=days_back,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_user_playbooks(
        self,
        request: GetUserPlaybooksRequest | Mapping[str, Any] | None = None,
        *,
        limit: int | None = None,
        user_playbook_id: int | None = None,
        user_id: str | None = None,
        request_id: str | None = None,
        query: str | None = None,
        playbook_name: str | None = None,
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        status_filter: Sequence[Status | str | None] | None = None,
        tags: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetUserPlaybooksViewResponse:
        """AsyncReflexioClient.get_user_playbooks (forwarded).

        Args:
            request: a GetUserPlaybooksRequest or dict (keyword arguments override its fields).
            limit: at most this many playbooks (server default 100).
            user_playbook_id: only this playbook.
            user_id: only this user's playbooks.
            request_id: only playbooks extracted from this request.
            query: case-insensitive text filter.
            playbook_name: only playbooks of this name.
            agent_version: only playbooks of this agent version.
            start_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            status_filter: statuses to include: None or "current" (CURRENT), "pending", "archived", ...
            tags: playbooks having any of these tags.
        """
        return await self._client.get_user_playbooks(
            request=request,
            limit=limit,
            user_playbook_id=user_playbook_id,
            user_id=user_id,
            request_id=request_id,
            query=query,
            playbook_name=playbook_name,
            agent_version=agent_version,
            start_time=start_time,
            end_time=end_time,
            status_filter=status_filter,
            tags=tags,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def review_user_playbooks(
        self,
        request: ReviewUserPlaybooksRequest | Mapping[str, Any] | None = None,
        *,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        report_only: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ReviewUserPlaybooksResponse:
        """AsyncReflexioClient.review_user_playbooks (forwarded).

        Args:
            request: a ReviewUserPlaybooksRequest or dict (keyword arguments override its fields).
            start_time: the start of the creation window of the playbooks to review (datetime, naive = UTC;
                ISO string; unix seconds).
            end_time: the end of the creation window (datetime, naive = UTC; ISO string; unix seconds).
            top_k: at most this many playbooks reviewed (server default 10).
            report_only: only report (True, the server default) or apply the decisions (False).
        """
        return await self._client.review_user_playbooks(
            request=request,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            report_only=report_only,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def search_agent_playbooks(
        self,
        request: SearchAgentPlaybookRequest | Mapping[str, Any] | None = None,
        *,
        query: str | None = None,
        user_id: str | None = None,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        source: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        status_filter: Sequence[Status | str | None] | None = None,
        playbook_status_filter: Sequence[PlaybookStatus | str] | PlaybookStatus | str | None = None,
        tags: Sequence[str] | None = None,
        top_k: int | None = None,
        threshold: float | None = None,
        enable_reformulation: bool | None = None,
        search_mode: SearchMode | str | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SearchAgentPlaybooksViewResponse:
        """AsyncReflexioClient.search_agent_playbooks with the bound session.

        Args:
            request: a SearchAgentPlaybookRequest or dict (keyword arguments override its fields).
            query: Query for semantic/text search
            user_id: User receiving the retrieved playbooks. This does not filter agent playbooks; it is
                used for retrieval-experiment assignment when an experiment is active.
            agent_version: Filter by agent version
            playbook_name: Filter by playbook name
            source: Match agent playbooks linked to at least one user playbook with this exact source
            start_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            status_filter: statuses to include: None or "current" (CURRENT), "pending", "archived", ...
            playbook_status_filter: (no description in the spec)
            tags: (no description in the spec)
            top_k: Maximum number of results to return. Defaults to 10
            threshold: Similarity threshold for vector search. When omitted, the embedding model's default
                is used.
            enable_reformulation: (no description in the spec)
            search_mode: "hybrid" (default), "fts" or "vector".
            request_id: (no description in the spec)
            session_id: (no description in the spec)
        """
        return await self._client.search_agent_playbooks(
            request=self._scoped(request),
            query=query,
            user_id=user_id,
            agent_version=agent_version,
            playbook_name=playbook_name,
            source=source,
            start_time=start_time,
            end_time=end_time,
            status_filter=status_filter,
            playbook_status_filter=playbook_status_filter,
            tags=tags,
            top_k=top_k,
            threshold=threshold,
            enable_reformulation=enable_reformulation,
            search_mode=search_mode,
            request_id=request_id,
            session_id=self._resolve(session_id),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def search_user_playbooks(
        self,
        request: SearchUserPlaybookRequest | Mapping[str, Any] | None = None,
        *,
        query: str | None = None,
        user_id: str | None = None,
        agent_version: str | None = None,
        playbook_name: str | None = None,
        source: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        status_filter: Sequence[Status | str | None] | None = None,
        tags: Sequence[str] | None = None,
        top_k: int | None = None,
        threshold: float | None = None,
        enable_reformulation: bool | None = None,
        search_mode: SearchMode | str | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SearchUserPlaybooksViewResponse:
        """AsyncReflexioClient.search_user_playbooks with the bound session.

        Args:
            request: a SearchUserPlaybookRequest or dict (keyword arguments override its fields).
            query: Query for semantic/text search
            user_id: Filter by user (via request_id linkage to requests table)
            agent_version: Filter by agent version
            playbook_name: Filter by playbook name
            source: Filter by exact interaction source
            start_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only playbooks created in this window (datetime, naive = UTC; ISO string; unix
                seconds).
            status_filter: statuses to include: None or "current" (CURRENT), "pending", "archived", ...
            tags: (no description in the spec)
            top_k: Maximum results to return, up to 100. Defaults to 10
            threshold: Similarity threshold for vector search. When omitted, the embedding model's default
                is used.
            enable_reformulation: (no description in the spec)
            search_mode: "hybrid" (default), "fts" or "vector".
            request_id: (no description in the spec)
            session_id: (no description in the spec)
        """
        return await self._client.search_user_playbooks(
            request=self._scoped(request),
            query=query,
            user_id=user_id,
            agent_version=agent_version,
            playbook_name=playbook_name,
            source=source,
            start_time=start_time,
            end_time=end_time,
            status_filter=status_filter,
            tags=tags,
            top_k=top_k,
            threshold=threshold,
            enable_reformulation=enable_reformulation,
            search_mode=search_mode,
            request_id=request_id,
            session_id=self._resolve(session_id),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_agent_playbook(
        self,
        agent_playbook_id: int | UpdateAgentPlaybookRequest | Mapping[str, Any],
        *,
        playbook_name: str | None = None,
        content: str | None = None,
        trigger: str | None = None,
        rationale: str | None = None,
        playbook_status: PlaybookStatus | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpdateAgentPlaybookResponse:
        """AsyncReflexioClient.update_agent_playbook (forwarded).

        Args:
            agent_playbook_id: the playbook to update (or the whole request).
            playbook_name: (no description in the spec)
            content: (no description in the spec)
            trigger: (no description in the spec)
            rationale: (no description in the spec)
            playbook_status: the new review status ("approved", "pending", "rejected", ...).
        """
        return await self._client.update_agent_playbook(
            agent_playbook_id=agent_playbook_id,
            playbook_name=playbook_name,
            content=content,
            trigger=trigger,
            rationale=rationale,
            playbook_status=playbook_status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_agent_playbook_status(
        self,
        agent_playbook_id: int | UpdatePlaybookStatusRequest | Mapping[str, Any],
        *,
        playbook_status: PlaybookStatus | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpdatePlaybookStatusResponse:
        """AsyncReflexioClient.update_agent_playbook_status (forwarded).

        Args:
            agent_playbook_id: the playbook (or the whole request).
            playbook_status: the new status ("approved", "pending", "rejected", ...).
        """
        return await self._client.update_agent_playbook_status(
            agent_playbook_id=agent_playbook_id,
            playbook_status=playbook_status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_user_playbook(
        self,
        user_playbook_id: int | UpdateUserPlaybookRequest | Mapping[str, Any],
        *,
        playbook_name: str | None = None,
        content: str | None = None,
        trigger: str | None = None,
        rationale: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpdateUserPlaybookResponse:
        """AsyncReflexioClient.update_user_playbook (forwarded).

        Args:
            user_playbook_id: the playbook to update (or the whole request).
            playbook_name: (no description in the spec)
            content: (no description in the spec)
            trigger: (no description in the spec)
            rationale: (no description in the spec)
        """
        return await self._client.update_user_playbook(
            user_playbook_id=user_playbook_id,
            playbook_name=playbook_name,
            content=content,
            trigger=trigger,
            rationale=rationale,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_all_profiles(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """AsyncReflexioClient.delete_all_profiles (forwarded)."""
        return await self._client.delete_all_profiles(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def delete_profiles_by_ids(
        self,
        profile_ids: Sequence[str],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """AsyncReflexioClient.delete_profiles_by_ids (forwarded).

        Args:
            profile_ids: the profiles to delete (at least one).
        """
        return await self._client.delete_profiles_by_ids(
            profile_ids=profile_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_all_profiles(
        self,
        limit: int = 100,
        status_filter: Status | str | None = None,
        user_id: str | None = None,
        profile_id: str | None = None,
        query: str | None = None,
        source: str | None = None,
        profile_time_to_live: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        *,
        date_field: GetAllProfilesDateField | str | None = None,
        include_tombstones: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetProfilesViewResponse:
        """AsyncReflexioClient.get_all_profiles (forwarded).

        Args:
            limit: at most this many profiles.
            status_filter: "current", "pending" or "archived" (None: any status; the server would silently
                ignore any other value, so the client rejects it).
            user_id: only this user's profiles.
            profile_id: only this profile.
            query: case-insensitive text filter across the visible fields.
            source: only profiles of this source.
            profile_time_to_live: only profiles with this TTL (e.g. "infinity", "one_month").
            start_time: only profiles whose date_field is at/after this time (datetime, naive = UTC; ISO
                string; unix seconds).
            end_time: only profiles whose date_field is at/before this time (datetime, naive = UTC; ISO
                string; unix seconds).
            date_field: "last_modified_timestamp" (server default) or "created_at".
            include_tombstones: also return merged or superseded profiles when looking up a profile_id.
        """
        return await self._client.get_all_profiles(
            limit=limit,
            status_filter=status_filter,
            user_id=user_id,
            profile_id=profile_id,
            query=query,
            source=source,
            profile_time_to_live=profile_time_to_live,
            start_time=start_time,
            end_time=end_time,
            date_field=date_field,
            include_tombstones=include_tombstones,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_profile_change_log(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ProfileChangeLogViewResponse:
        """AsyncReflexioClient.get_profile_change_log (forwarded)."""
        return await self._client.get_profile_change_log(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def get_profile_statistics(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetProfileStatisticsResponse:
        """AsyncReflexioClient.get_profile_statistics (forwarded)."""
        return await self._client.get_profile_statistics(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )

    async def get_profiles(
        self,
        request: GetUserProfilesRequest | Mapping[str, Any] | None = None,
        force_refresh: bool = False,
        *,
        user_id: str | None = None,
        profile_id: str | None = None,
        query: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        source: str | None = None,
        profile_time_to_live: str | None = None,
        status_filter: Sequence[Status | str | None] | None = None,
        tags: Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetProfilesViewResponse:
        """AsyncReflexioClient.get_profiles (forwarded).

        Args:
            request: a GetUserProfilesRequest or dict (keyword arguments override its fields).
            force_refresh: skip the local cache and ask the server (the answer is cached again).
            user_id: the user whose profiles to read (required).
            profile_id: only this profile.
            query: case-insensitive text filter.
            start_time: only profiles modified at/after this time (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only profiles modified at/before this time (datetime, naive = UTC; ISO string; unix
                seconds).
            top_k: at most this many profiles (server default 30).
            source: only profiles of this source.
            profile_time_to_live: only profiles with this TTL (e.g. "infinity", "one_month").
            status_filter: statuses to include: "current" (or None), "pending", "archived", ...
            tags: profiles having any of these tags.
        """
        return await self._client.get_profiles(
            request=request,
            force_refresh=force_refresh,
            user_id=user_id,
            profile_id=profile_id,
            query=query,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            source=source,
            profile_time_to_live=profile_time_to_live,
            status_filter=status_filter,
            tags=tags,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def rerank_user_profiles(
        self,
        request: RerankUserProfilesRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        query: str | None = None,
        profile_ids: Sequence[str] | None = None,
        top_k: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SearchProfilesViewResponse:
        """AsyncReflexioClient.rerank_user_profiles (forwarded).

        Args:
            request: a RerankUserProfilesRequest or dict (keyword arguments override its fields).
            user_id: the profiles' owner.
            query: the text to rank against.
            profile_ids: candidate ids, e.g. from search_user_profiles.
            top_k: at most this many profiles (server default 10).
        """
        return await self._client.rerank_user_profiles(
            request=request,
            user_id=user_id,
            query=query,
            profile_ids=profile_ids,
            top_k=top_k,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def search_user_profiles(
        self,
        request: SearchUserProfileRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        generated_from_request_id: str | None = None,
        request_id: str | None = None,
        session_id: str | None = None,
        query: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        top_k: int | None = None,
        source: str | None = None,
        custom_feature: str | None = None,
        extractor_name: str | None = None,
        tags: Sequence[str] | None = None,
        threshold: float | None = None,
        enable_reformulation: bool | None = None,
        search_mode: SearchMode | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SearchProfilesViewResponse:
        """AsyncReflexioClient.search_user_profiles with the bound session.

        Args:
            request: a SearchUserProfileRequest or dict (keyword arguments override its fields).
            user_id: the user whose profiles to search (required).
            generated_from_request_id: only profiles extracted from this request.
            request_id: (no description in the spec)
            session_id: (no description in the spec)
            query: the search text.
            start_time: only profiles modified at/after this time (datetime, naive = UTC; ISO string; unix
                seconds).
            end_time: only profiles modified at/before this time (datetime, naive = UTC; ISO string; unix
                seconds).
            top_k: at most this many results (server default 10).
            source: (no description in the spec)
            custom_feature: (no description in the spec)
            extractor_name: (no description in the spec)
            tags: (no description in the spec)
            threshold: minimum relevance score, 0..1.
            enable_reformulation: (no description in the spec)
            search_mode: "hybrid" (default), "fts" or "vector".
        """
        return await self._client.search_user_profiles(
            request=self._scoped(request),
            user_id=user_id,
            generated_from_request_id=generated_from_request_id,
            request_id=request_id,
            session_id=self._resolve(session_id),
            query=query,
            start_time=start_time,
            end_time=end_time,
            top_k=top_k,
            source=source,
            custom_feature=custom_feature,
            extractor_name=extractor_name,
            tags=tags,
            threshold=threshold,
            enable_reformulation=enable_reformulation,
            search_mode=search_mode,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_user_profile(
        self,
        request: UpdateUserProfileRequest | Mapping[str, Any] | None = None,
        *,
        user_id: str | None = None,
        profile_id: str | None = None,
        content: str | None = None,
        custom_features: dict[str, Any] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> UpdateUserProfileResponse:
        """AsyncReflexioClient.update_user_profile (forwarded).

        Args:
            request: a UpdateUserProfileRequest or dict (keyword arguments override its fields).
            user_id: the profile's owner (required).
            profile_id: the profile to update (required).
            content: the new content.
            custom_features: the new custom features (a dict).
        """
        return await self._client.update_user_profile(
            request=request,
            user_id=user_id,
            profile_id=profile_id,
            content=content,
            custom_features=custom_features,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def cancel_pending_tool_call(
        self,
        pending_tool_call_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """AsyncReflexioClient.cancel_pending_tool_call (forwarded).

        Args:
            pending_tool_call_id: the call.
        """
        return await self._client.cancel_pending_tool_call(
            pending_tool_call_id=pending_tool_call_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_pending_tool_call(
        self,
        pending_tool_call_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """AsyncReflexioClient.get_pending_tool_call (forwarded).

        Args:
            pending_tool_call_id: the call.
        """
        return await self._client.get_pending_tool_call(
            pending_tool_call_id=pending_tool_call_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_pending_tool_calls(
        self,
        status: PendingToolCallStatus | str | None = None,
        limit: int = 100,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallListResponse:
        """AsyncReflexioClient.list_pending_tool_calls (forwarded).

        Args:
            status: "pending", "resolved", "expired", "superseded" or "cancelled" (a PendingToolCallStatus
                or its value); None lists every status.
            limit: results at most, 1 to 500.
        """
        return await self._client.list_pending_tool_calls(
            status=status,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add_user_playbook(
        self,
        user_playbooks: AddUserPlaybookRequest
        | Sequence[UserPlaybook | Mapping[str, Any]]
        | UserPlaybook
        | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> AddUserPlaybookResponse:
        """AsyncReflexioClient.add_user_playbook (forwarded).

        Args:
            user_playbooks: UserPlaybook models or dicts, a single one, or the whole request.
        """
        return await self._client.add_user_playbook(
            user_playbooks=user_playbooks,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add_agent_playbooks(
        self,
        agent_playbooks: AddAgentPlaybookRequest
        | Sequence[AgentPlaybook | Mapping[str, Any]]
        | AgentPlaybook
        | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> AddAgentPlaybookResponse:
        """AsyncReflexioClient.add_agent_playbooks (forwarded).

        Args:
            agent_playbooks: AgentPlaybook models or dicts, a single one, or the whole request.
        """
        return await self._client.add_agent_playbooks(
            agent_playbooks=agent_playbooks,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add_user_profile(
        self,
        user_profiles: Sequence[UserProfile | Mapping[str, Any]],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> AddUserProfileResponse:
        """AsyncReflexioClient.add_user_profile (forwarded).

        Args:
            user_profiles: UserProfile models or dicts. A dict needs user_id and content; a missing
                profile_id gets a random one, last_modified_timestamp defaults to now (a datetime or
                ISO string is accepted) and generated_from_request_id to "manual".
        """
        return await self._client.add_user_profile(
            user_profiles=user_profiles,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        *,
        wait_for_response: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserProfileResponse: ...

    @overload
    async def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserProfileResponse | None: ...

    async def delete_profile(
        self,
        user_id: str,
        profile_id: str = "",
        search_query: str = "",
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteUserProfileResponse | None:
        """AsyncReflexioClient.delete_profile (forwarded).

        Args:
            user_id: the profiles' owner.
            profile_id: the profile to delete.
            search_query: delete every profile of the user whose content contains this text instead.
            wait_for_response: True: wait and return the answer; False: queue it in the
                background and return None (see flush()).
        """
        return await self._client.delete_profile(
            user_id=user_id,
            profile_id=profile_id,
            search_query=search_query,
            wait_for_response=wait_for_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def resolve_pending_tool_call(
        self,
        pending_tool_call_id: str,
        *,
        result: Mapping[str, Any] | None = None,
        answer: str | None = None,
        valid_for_seconds: int | None = None,
        x_reflexio_signature: str | None = None,
        x_reflexio_timestamp: str | int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """AsyncReflexioClient.resolve_pending_tool_call (forwarded).

        Args:
            pending_tool_call_id: the call to resolve.
            result: the tool result as a dict.
            answer: shorthand for result={"answer": answer}.
            valid_for_seconds: how long the answer may be reused for similar questions
                (server default from pending_tool_call_config).
            x_reflexio_signature, x_reflexio_timestamp: HMAC headers, needed only when the org
                config sets hmac_secrets (AuthenticationError otherwise).
        """
        return await self._client.resolve_pending_tool_call(
            pending_tool_call_id=pending_tool_call_id,
            result=result,
            answer=answer,
            valid_for_seconds=valid_for_seconds,
            x_reflexio_signature=x_reflexio_signature,
            x_reflexio_timestamp=x_reflexio_timestamp,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_pending_tool_call_answer(
        self,
        pending_tool_call_id: str,
        answer: str,
        *,
        valid_for_seconds: int | None = None,
        x_reflexio_signature: str | None = None,
        x_reflexio_timestamp: str | int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """AsyncReflexioClient.update_pending_tool_call_answer (forwarded).

        Args:
            pending_tool_call_id: the resolved call.
            answer: the new answer; must not be blank.
            valid_for_seconds: how long the answer may be reused (server default when None).
            x_reflexio_signature, x_reflexio_timestamp: HMAC headers, needed only when the org
                config sets hmac_secrets.
        """
        return await self._client.update_pending_tool_call_answer(
            pending_tool_call_id=pending_tool_call_id,
            answer=answer,
            valid_for_seconds=valid_for_seconds,
            x_reflexio_signature=x_reflexio_signature,
            x_reflexio_timestamp=x_reflexio_timestamp,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def mark_pending_tool_call_not_applicable(
        self,
        pending_tool_call_id: str,
        *,
        valid_for_seconds: int | None = None,
        x_reflexio_signature: str | None = None,
        x_reflexio_timestamp: str | int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """AsyncReflexioClient.mark_pending_tool_call_not_applicable (forwarded).

        Args:
            pending_tool_call_id: the call.
            valid_for_seconds: how long this verdict may be reused (server default when None).
            x_reflexio_signature, x_reflexio_timestamp: HMAC headers, needed only when the org
                config sets hmac_secrets.
        """
        return await self._client.mark_pending_tool_call_not_applicable(
            pending_tool_call_id=pending_tool_call_id,
            valid_for_seconds=valid_for_seconds,
            x_reflexio_signature=x_reflexio_signature,
            x_reflexio_timestamp=x_reflexio_timestamp,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    publish_interaction_async = publish_interaction
    finalize_session_async = finalize_session
    search_async = search
    iter_interactions = apaged(
        get_interactions,
        lambda page: listed(page.interactions),
        name="iter_interactions",
        item="InteractionView",
        key=lambda item: (item.request_id, item.interaction_id),
        cursor="end_time",
        stamp=lambda item: item.created_at,
    )
    iter_sessions = apaged(
        get_requests,
        lambda page: listed(page.sessions),
        name="iter_sessions",
        item="SessionView",
        key=lambda item: item.session_id,
        more=lambda page: page.has_more,
    )
    iter_session_outcomes = apaged(
        get_session_outcomes,
        lambda page: listed(page.session_outcomes),
        name="iter_session_outcomes",
        item="SessionOutcomeRecord",
        key=lambda item: (item.session_id, item.outcome_id, item.outcome_revision, item.outcome, item.created_at),
        default=100,
        most=1000,
    )
    iter_agent_playbooks = apaged(
        get_agent_playbooks,
        lambda page: listed(page.agent_playbooks),
        name="iter_agent_playbooks",
        item="AgentPlaybookView",
        key=lambda item: item.agent_playbook_id,
        size="limit",
        default=100,
        cursor="end_time",
        stamp=lambda item: item.created_at,
    )
    iter_user_playbooks = apaged(
        get_user_playbooks,
        lambda page: listed(page.user_playbooks),
        name="iter_user_playbooks",
        item="UserPlaybookView",
        key=lambda item: item.user_playbook_id,
        size="limit",
        default=100,
        cursor="end_time",
        stamp=lambda item: item.created_at,
    )
    iter_profiles = apaged(
        get_profiles,
        lambda page: listed(page.user_profiles),
        name="iter_profiles",
        item="ProfileView",
        key=lambda item: item.profile_id,
        cursor="end_time",
        stamp=lambda item: item.last_modified_timestamp,
    )
    search_profiles = renamed(search_user_profiles, "search_profiles")
