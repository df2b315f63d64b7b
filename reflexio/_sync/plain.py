"""Plain methods: one per row of the operation table (reflexio/_table.py), with the spec's types and docs.

Generated from openapi/reflexio.yaml and reflexio/_table.py by scripts/gen_methods.py.
Do not edit: run `make client` (a row of the table, or the spec, is the place to change).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from .._answers import invalidation, learning_status, text_dict
from .._convert import (
    DateLike,
    as_list,
    check_ids,
    check_not_blank,
    check_not_empty,
    check_value,
    check_window,
    iso,
    keyed,
    left_out,
    present,
    require,
    timestamp,
    to_model,
    with_dates,
)
from .._inputs.legacy import renamed, warn_legacy
from .._inputs.operations import conversation_turns
from .._inputs.pages import listed, paged
from .._inputs.profiles import all_profiles_status, status_list
from .._operation import Operation
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .._secrets import masked_my_config
from ._core import SyncAPIClient

if TYPE_CHECKING:
    from reflexio_api.models import (
        AdminInvalidateCacheRequest,
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
        RegenerateRequest,
        RegenerateStartResponse,
        RegenerateStatusResponse,
        RerankUserProfilesRequest,
        RetrievalExperimentListResponse,
        RetrievalExperimentResultsResponse,
        ReviewUserPlaybooksRequest,
        ReviewUserPlaybooksResponse,
        RunPlaybookAggregationRequest,
        RunPlaybookAggregationResponse,
        SearchAgentPlaybookRequest,
        SearchAgentPlaybooksViewResponse,
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
        WhoamiResponse,
    )


class ConfigPlain(SyncAPIClient):
    """The plain methods of reflexio_api.api.config (the base of its hand-written mixin)."""

    @per_call
    def get_config(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> Config:
        """The org's current configuration.

        Route: GET /api/get_config (operation get_config).
        """
        from reflexio_api.api.config import get_config
        from reflexio_api.models import Config

        return self._request(Operation(get_config, {}, Config))

    @per_call
    def get_my_config(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> MyConfigResponse:
        """The caller's raw storage credentials. Secret: the repr masks them, do not log the fields.

        Route: GET /api/my_config (operation get_my_config).
        """
        from reflexio_api.api.config import get_my_config
        from reflexio_api.models import MyConfigResponse

        return masked_my_config(self._request(Operation(get_my_config, {}, MyConfigResponse)))

    @per_call
    def whoami(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> WhoamiResponse:
        """The server's view of the caller's org and storage routing (masked: safe to print).

        Route: GET /api/whoami (operation whoami).
        """
        from reflexio_api.api.config import whoami
        from reflexio_api.models import WhoamiResponse

        return self._request(Operation(whoami, {}, WhoamiResponse))


class EvaluationPlain(SyncAPIClient):
    """The plain methods of reflexio_api.api.evaluation (the base of its hand-written mixin)."""

    @per_call
    def cancel_evaluation_regeneration(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, str]:
        """Ask a running regeneration job to stop; returns the server's answer, e.g. {"status": "cancelled"}.

        The job stops between sessions. The server answers {"status": "cancelled"} even for a job that has
        already finished; get_evaluation_regeneration_status shows what happened. Raises NotFoundError for
        an unknown job_id.

        Route: DELETE /api/evaluations/regenerate/{job_id} (operation cancel_evaluation_regeneration).

        Args:
            job_id: the id regenerate_evaluations answered.
        """
        from reflexio_api.api.evaluation import cancel_evaluation_regeneration

        require(job_id, "job_id")
        return text_dict(self._request(Operation(cancel_evaluation_regeneration, {"job_id": job_id}, dict)))

    @per_call
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
        """Per-session agent success verdicts, newest first.

        Route: POST /api/get_agent_success_evaluation_results (operation
        get_agent_success_evaluation_results).

        Args:
            request: a GetAgentSuccessEvaluationResultsRequest or dict (keyword arguments override its
                fields).
            limit: results at most (server default 100).
            agent_version: only results of this agent version.
            start_time: only results at/after this time (datetime, naive = UTC; ISO string; unix seconds).
            end_time: only results at/before this time (datetime, naive = UTC; ISO string; unix seconds).
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
        return self._request(
            Operation(get_agent_success_evaluation_results, {"body": body}, GetEvaluationResultsViewResponse)
        )

    @per_call
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
        """Return the redesigned /evaluations page payload.

        Route: POST /api/get_evaluation_overview (operation get_evaluation_overview).

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
        from reflexio_api.api.evaluation import get_evaluation_overview
        from reflexio_api.models import GetEvaluationOverviewRequest, GetEvaluationOverviewResponse

        body = to_model(
            GetEvaluationOverviewRequest,
            request,
            "request",
            from_ts=from_ts,
            to_ts=to_ts,
            bucket=bucket,
            include_shadow=include_shadow,
            source_sets=source_sets,
        )
        return self._request(Operation(get_evaluation_overview, {"body": body}, GetEvaluationOverviewResponse))

    @per_call
    def get_evaluation_regeneration_status(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RegenerateStatusResponse:
        """Progress of a regeneration job: status, counters and failures.

        Raises NotFoundError for an unknown job_id (jobs live in the server's memory).

        Route: GET /api/evaluations/regenerate/{job_id} (operation get_evaluation_regeneration_status).

        Args:
            job_id: the id regenerate_evaluations answered.
        """
        from reflexio_api.api.evaluation import get_evaluation_regeneration_status
        from reflexio_api.models import RegenerateStatusResponse

        require(job_id, "job_id")
        return self._request(
            Operation(get_evaluation_regeneration_status, {"job_id": job_id}, RegenerateStatusResponse)
        )

    @per_call
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
        """Return read-only learning provenance for a generated learning row.

        Route: POST /api/get_learning_provenance (operation get_learning_provenance).

        Args:
            request: a GetLearningProvenanceRequest or dict (keyword arguments override its fields).
            kind: (no description in the spec)
            id: (no description in the spec)
        """
        from reflexio_api.api.evaluation import get_learning_provenance
        from reflexio_api.models import GetLearningProvenanceRequest, LearningProvenanceViewResponse

        body = to_model(GetLearningProvenanceRequest, request, "request", kind=kind, id=id)
        return self._request(Operation(get_learning_provenance, {"body": body}, LearningProvenanceViewResponse))

    @per_call
    def get_recent_shadow_comparisons(
        self,
        *,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetRecentShadowComparisonsResponse:
        """Return the N most recent shadow comparison verdicts for the pinned rubric.

        Route: GET /api/evaluations/shadow_comparisons/recent (operation get_recent_shadow_comparisons).

        Args:
            limit: (no description in the spec)
        """
        from reflexio_api.api.evaluation import get_recent_shadow_comparisons
        from reflexio_api.models import GetRecentShadowComparisonsResponse

        return self._request(
            Operation(get_recent_shadow_comparisons, present(limit=limit), GetRecentShadowComparisonsResponse)
        )

    @per_call
    def get_retrieval_experiment_results(
        self,
        experiment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentResultsResponse:
        """Session-success metrics of an experiment (active or past), per arm, with the lift.

        Raises NotFoundError for an unknown experiment_id.

        Route: GET /api/retrieval_experiments/{experiment_id}/results (operation
        get_retrieval_experiment_results).

        Args:
            experiment_id: the experiment.
        """
        from reflexio_api.api.evaluation import get_retrieval_experiment_results
        from reflexio_api.models import RetrievalExperimentResultsResponse

        require(experiment_id, "experiment_id")
        return self._request(
            Operation(
                get_retrieval_experiment_results, {"experiment_id": experiment_id}, RetrievalExperimentResultsResponse
            )
        )

    @per_call
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
        """Relevance and impact verdicts for the learnings retrieved into sessions.

        Route: POST /api/get_retrieved_learning_evaluation_results (operation
        get_retrieved_learning_evaluation_results).

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
        return self._request(
            Operation(
                get_retrieved_learning_evaluation_results, {"body": body}, GetRetrievedLearningEvaluationResultsResponse
            )
        )

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

        An unknown session is not an error: the answer then has result_id None and skipped_reason
        "NO_REQUESTS".

        Route: POST /api/evaluations/grade_on_demand (operation grade_on_demand).

        Args:
            request: a GradeOnDemandRequest or dict (keyword arguments override its fields).
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
        check_not_blank(body.evaluation_name, "evaluation_name")
        return self._request(Operation(grade_on_demand, {"body": body}, GradeOnDemandResponse))

    @per_call
    def list_retrieval_experiments(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentListResponse:
        """The org's retrieval experiments: the active one (if any) and the history.

        Route: GET /api/retrieval_experiments (operation list_retrieval_experiments).
        """
        from reflexio_api.api.evaluation import list_retrieval_experiments
        from reflexio_api.models import RetrievalExperimentListResponse

        return self._request(Operation(list_retrieval_experiments, {}, RetrievalExperimentListResponse))

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
        """Start a background job that re-grades the sessions of a time window; the answer has its job_id and
        the number of sessions queued (total).

        Poll it with get_evaluation_regeneration_status(job_id); stop it with
        cancel_evaluation_regeneration(job_id). Only one job per org runs at a time (a second start while
        one runs raises ConflictError).

        Route: POST /api/evaluations/regenerate (operation regenerate_evaluations).

        Args:
            request: a RegenerateRequest or dict (keyword arguments override its fields).
            from_ts: start of the window, inclusive (datetime, naive = UTC; ISO string; unix seconds).
            to_ts: end of the window, inclusive; must be later than from_ts (datetime, naive = UTC; ISO
                string; unix seconds).
            evaluation_name: deprecated, accepted and ignored by the server (must not be blank).
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
        check_window(body.from_ts, body.to_ts, ("from_ts", "to_ts"))
        check_not_blank(body.evaluation_name, "evaluation_name")
        return self._request(Operation(regenerate_evaluations, {"body": body}, RegenerateStartResponse))

    @per_call
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
        """Start the org's (single) active retrieval experiment.

        While it runs, searches for users assigned to the holdout arm return nothing, so the success of
        sessions with and without retrieval can be compared (get_retrieval_experiment_results). Assignment
        is per user and deterministic.

        Raises ConflictError when another experiment is active, or experiment_id was used before.

        Route: POST /api/retrieval_experiments (operation start_retrieval_experiment).

        Args:
            experiment_id: a new id (at most 128 characters); ids of past experiments cannot be reused.
            holdout_percentage: share of users held out, in percent: 0 < value < 100 (10 means 10 %).
        """
        from reflexio_api.api.evaluation import start_retrieval_experiment
        from reflexio_api.models import RetrievalExperimentListResponse, StartRetrievalExperimentRequest

        require(experiment_id, "experiment_id")
        body = to_model(
            StartRetrievalExperimentRequest,
            None,
            "request",
            experiment_id=experiment_id,
            holdout_percentage=holdout_percentage,
        )
        return self._request(Operation(start_retrieval_experiment, {"body": body}, RetrievalExperimentListResponse))

    @per_call
    def stop_retrieval_experiment(
        self,
        experiment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RetrievalExperimentListResponse:
        """Stop the active retrieval experiment; it stays in the history with its results.

        Raises ConflictError when experiment_id is not the active experiment (also when it was already
        stopped).

        Route: POST /api/retrieval_experiments/stop (operation stop_retrieval_experiment).

        Args:
            experiment_id: the active experiment.
        """
        from reflexio_api.api.evaluation import stop_retrieval_experiment
        from reflexio_api.models import RetrievalExperimentListResponse, StopRetrievalExperimentRequest

        require(experiment_id, "experiment_id")
        body = to_model(StopRetrievalExperimentRequest, None, "request", experiment_id=experiment_id)
        return self._request(Operation(stop_retrieval_experiment, {"body": body}, RetrievalExperimentListResponse))


class HealthPlain(SyncAPIClient):
    """The plain methods of reflexio_api.api.health (the base of its hand-written mixin)."""

    @per_call
    def get_root(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """The server's root route: a probe that needs no auth.

        Route: GET / (operation get_root).
        """
        from reflexio_api.api.health import get_root

        return self._request(Operation(get_root, {}, dict))

    @per_call
    def get_version_info(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """The server's version information (reflexio-ai 0.2.32 answers 0.0.0-dev).

        Route: GET /meta/version (operation get_version_info).
        """
        from reflexio_api.api.health import get_version_info

        return self._request(Operation(get_version_info, {}, dict))

    @per_call
    def health_check(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None:
        """Return host readiness without performing dependency I/O.

        Route: GET /health (operation health_check).
        """
        from reflexio_api.api.health import health_check

        self._request(Operation(health_check, {}, object))

    @per_call
    def health_live(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """Liveness: the process is up and its event loop is serving.

        Route: GET /health/live (operation health_live).
        """
        from reflexio_api.api.health import health_live

        return self._request(Operation(health_live, {}, dict))

    @per_call
    def health_ready(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None:
        """Return host readiness without performing dependency I/O.

        Route: GET /health/ready (operation health_ready).
        """
        from reflexio_api.api.health import health_ready

        self._request(Operation(health_ready, {}, object))

    @per_call
    def healthz(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """Deprecated alias for liveness; use ``/health/live``.

        Route: GET /healthz (operation healthz).
        """
        from reflexio_api.api.health import healthz

        return self._request(Operation(healthz, {}, dict))

    @per_call
    def healthz_eval(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """Return evaluation-pipeline health: skip counts, failure counts, liveness.

        Route: GET /healthz/eval (operation healthz_eval).
        """
        from reflexio_api.api.health import healthz_eval

        return self._request(Operation(healthz_eval, {}, dict))


class IntegrationsPlain(SyncAPIClient):
    """The plain methods of reflexio_api.api.integrations (the base of its hand-written mixin)."""

    @per_call
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
        """Step 1: validate the Braintrust API key and list workspaces/projects.

        Route: POST /api/braintrust/connect (operation braintrust_connect).

        Args:
            request: a ConnectBraintrustRequest or dict (keyword arguments override its fields).
            api_key: (no description in the spec)
        """
        from reflexio_api.api.integrations import braintrust_connect
        from reflexio_api.models import ConnectBraintrustRequest, ConnectBraintrustResponse

        body = to_model(ConnectBraintrustRequest, request, "request", api_key=api_key)
        return self._request(Operation(braintrust_connect, {"body": body}, ConnectBraintrustResponse))

    @per_call
    def braintrust_disconnect(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """Delete the persisted Braintrust connection for the org.

        Route: DELETE /api/braintrust/connection (operation braintrust_disconnect).
        """
        from reflexio_api.api.integrations import braintrust_disconnect

        return self._request(Operation(braintrust_disconnect, {}, dict))

    @per_call
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
        """Step 2: commit the Braintrust connection with selected projects.

        Route: POST /api/braintrust/select_projects (operation braintrust_select_projects).

        Args:
            request: a SelectProjectsRequest or dict (keyword arguments override its fields).
            api_key: (no description in the spec)
            workspace_id: (no description in the spec)
            workspace_name: (no description in the spec)
            project_ids: (no description in the spec)
        """
        from reflexio_api.api.integrations import braintrust_select_projects
        from reflexio_api.models import SelectProjectsRequest, SelectProjectsResponse

        body = to_model(
            SelectProjectsRequest,
            request,
            "request",
            api_key=api_key,
            workspace_id=workspace_id,
            workspace_name=workspace_name,
            project_ids=project_ids,
        )
        return self._request(Operation(braintrust_select_projects, {"body": body}, SelectProjectsResponse))

    @per_call
    def braintrust_status(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BraintrustStatusResponse:
        """Return Braintrust connection state. Never echoes the API key.

        Route: GET /api/braintrust/status (operation braintrust_status).
        """
        from reflexio_api.api.integrations import braintrust_status
        from reflexio_api.models import BraintrustStatusResponse

        return self._request(Operation(braintrust_status, {}, BraintrustStatusResponse))

    @per_call
    def braintrust_sync(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> SyncBraintrustResponse:
        """Trigger a one-shot sync of Braintrust scorer outputs.

        Route: POST /api/braintrust/sync (operation braintrust_sync).
        """
        from reflexio_api.api.integrations import braintrust_sync
        from reflexio_api.models import SyncBraintrustResponse

        return self._request(Operation(braintrust_sync, {}, SyncBraintrustResponse))


class InteractionsPlain(SyncAPIClient):
    """The plain methods of reflexio_api.api.interactions (the base of its hand-written mixin)."""

    @per_call
    def delete_all_interactions(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """Delete every interaction of every user of the org.

        Route: DELETE /api/delete_all_interactions (operation delete_all_interactions).
        """
        from reflexio_api.api.interactions import delete_all_interactions
        from reflexio_api.models import BulkDeleteResponse

        return self._request(Operation(delete_all_interactions, {}, BulkDeleteResponse))

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

    @per_call
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
        """Delete one interaction of a user.

        Route: DELETE /api/delete_interaction (operation delete_interaction).

        Args:
            user_id: the interaction's owner.
            interaction_id: its id (Interaction.interaction_id), a positive integer.
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        from reflexio_api.api.interactions import delete_interaction
        from reflexio_api.models import DeleteUserInteractionRequest, DeleteUserInteractionResponse

        require(user_id, "user_id")
        body = to_model(DeleteUserInteractionRequest, None, "request", user_id=user_id, interaction_id=interaction_id)
        check_value(wait_for_response, "wait_for_response", bool)
        return self._send(
            Operation(delete_interaction, {"body": body}, DeleteUserInteractionResponse), wait_for_response
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

    @per_call
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
        """Delete a request and all its interactions.

        Route: DELETE /api/delete_request (operation delete_request).

        Args:
            request_id: the request to delete.
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        from reflexio_api.api.interactions import delete_request
        from reflexio_api.models import DeleteRequestRequest, DeleteRequestResponse

        require(request_id, "request_id")
        body = to_model(DeleteRequestRequest, None, "request", request_id=request_id)
        check_value(wait_for_response, "wait_for_response", bool)
        return self._send(Operation(delete_request, {"body": body}, DeleteRequestResponse), wait_for_response)

    @per_call
    def delete_requests_by_ids(
        self,
        request_ids: Sequence[str],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """Delete several requests (and their interactions) by id; the answer counts the deleted ones.

        Route: DELETE /api/delete_requests_by_ids (operation delete_requests_by_ids).

        Args:
            request_ids: the requests to delete (at least one).
        """
        from reflexio_api.api.interactions import delete_requests_by_ids
        from reflexio_api.models import BulkDeleteResponse, DeleteRequestsByIdsRequest

        body = to_model(DeleteRequestsByIdsRequest, None, "request", request_ids=request_ids)
        check_ids(body.request_ids, "request_ids")
        return self._request(Operation(delete_requests_by_ids, {"body": body}, BulkDeleteResponse))

    @overload
    def delete_session(
        self,
        session_id: str,
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
        session_id: str,
        wait_for_response: Literal[True],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse: ...

    @overload
    def delete_session(
        self,
        session_id: str,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse | None: ...

    @per_call
    def delete_session(
        self,
        session_id: str,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse | None:
        """Delete every request and interaction of a session.

        Route: DELETE /api/delete_session (operation delete_session).

        Args:
            session_id: the session to delete.
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        from reflexio_api.api.interactions import delete_session
        from reflexio_api.models import DeleteSessionRequest, DeleteSessionResponse

        require(session_id, "session_id")
        body = to_model(DeleteSessionRequest, None, "request", session_id=session_id)
        check_value(wait_for_response, "wait_for_response", bool)
        return self._send(Operation(delete_session, {"body": body}, DeleteSessionResponse), wait_for_response)

    @per_call
    def finalize_session(
        self,
        user_id: str,
        session_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> FinalizeSessionResponse:
        """Hint that a session is complete: the server evaluates what it has stored so far.

        The answer says the hint was accepted, not that extraction finished; the session can still receive
        requests.

        Route: POST /api/finalize_session (operation finalize_session).

        Args:
            user_id: the session's user.
            session_id: the session.
        """
        from reflexio_api.api.interactions import finalize_session
        from reflexio_api.models import FinalizeSessionRequest, FinalizeSessionResponse

        require(user_id, "user_id")
        require(session_id, "session_id")
        body = to_model(FinalizeSessionRequest, None, "request", user_id=user_id, session_id=session_id)
        return self._request(Operation(finalize_session, {"body": body}, FinalizeSessionResponse))

    @per_call
    def get_all_interactions(
        self,
        limit: int = 100,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetInteractionsViewResponse:
        """Interactions across all users, newest first (at most `limit`).

        Route: GET /api/get_all_interactions (operation get_all_interactions).

        Args:
            limit: at most this many interactions.
        """
        from reflexio_api.api.interactions import get_all_interactions
        from reflexio_api.models import GetInteractionsViewResponse

        return self._request(Operation(get_all_interactions, {"limit": limit}, GetInteractionsViewResponse))

    @per_call
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
        """A user's interactions, newest first.

        Route: POST /api/get_interactions (operation get_interactions).

        Args:
            request: a GetInteractionsRequest or dict (keyword arguments override its fields).
            user_id: the user (required).
            start_time: only interactions created at/after this time (datetime, naive = UTC; ISO string;
                unix seconds).
            end_time: only interactions created at/before this time (datetime, naive = UTC; ISO string; unix
                seconds).
            top_k: at most this many interactions (server default 30).
        """
        from reflexio_api.api.interactions import get_interactions
        from reflexio_api.models import GetInteractionsRequest, GetInteractionsViewResponse

        body = to_model(
            GetInteractionsRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            user_id=user_id,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            top_k=top_k,
        )
        require(body.user_id, "user_id")
        return self._request(Operation(get_interactions, {"body": body}, GetInteractionsViewResponse))

    iter_interactions = paged(
        get_interactions,
        lambda page: listed(page.interactions),
        name="iter_interactions",
        item="InteractionView",
        key=lambda item: (item.request_id, item.interaction_id),
        cursor="end_time",
        stamp=lambda item: item.created_at,
    )

    @per_call
    def get_learning_status(
        self,
        request_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> LearningStatusResponseStatus:
        """Learning progress of a published request: "pending", "processing", "done", "failed" or
        "not_tracked".

        A LearningStatusResponseStatus, a string enum equal to its value (a value newer than the spec comes
        through as well).

        Raises NotFoundError when the server does not know the request id.

        Route: GET /api/learning_status (operation get_learning_status).

        Args:
            request_id: the request_id publish_interaction answered.
        """
        from reflexio_api.api.interactions import get_learning_status
        from reflexio_api.models import LearningStatusResponse

        require(request_id, "request_id")
        return learning_status(
            self._request(Operation(get_learning_status, {"request_id": request_id}, LearningStatusResponse))
        )

    @per_call
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
        """Stored requests with their interactions, grouped by session (sessions -> requests -> interactions).

        Route: POST /api/get_requests (operation get_requests).

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
        from reflexio_api.api.interactions import get_requests
        from reflexio_api.models import GetRequestsRequest, GetRequestsViewResponse

        body = to_model(
            GetRequestsRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            user_id=user_id,
            request_id=request_id,
            session_id=session_id,
            source=source,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            top_k=top_k,
            offset=offset,
        )
        return self._request(Operation(get_requests, {"body": body}, GetRequestsViewResponse))

    iter_sessions = paged(
        get_requests,
        lambda page: listed(page.sessions),
        name="iter_sessions",
        item="SessionView",
        key=lambda item: item.session_id,
        more=lambda page: page.has_more,
    )

    @per_call
    def get_session_outcomes(
        self,
        request: GetSessionOutcomesRequest | Mapping[str, Any] | None = None,
        *,
        session_ids: Sequence[str] | None = None,
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
        """Recorded session outcomes, filtered exactly by the given fields.

        Route: POST /api/get_session_outcomes (operation get_session_outcomes).

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
        from reflexio_api.api.interactions import get_session_outcomes
        from reflexio_api.models import GetSessionOutcomesRequest, GetSessionOutcomesResponse

        body = to_model(
            GetSessionOutcomesRequest,
            with_dates(request, timestamp, "start_time", "end_time"),
            "request",
            session_ids=session_ids,
            user_id=user_id,
            source=source,
            outcome=outcome,
            label=label,
            start_time=timestamp(start_time, "start_time"),
            end_time=timestamp(end_time, "end_time"),
            top_k=top_k,
            offset=offset,
        )
        return self._request(Operation(get_session_outcomes, {"body": body}, GetSessionOutcomesResponse))

    iter_session_outcomes = paged(
        get_session_outcomes,
        lambda page: listed(page.session_outcomes),
        name="iter_session_outcomes",
        item="SessionOutcomeRecord",
        key=lambda item: (item.session_id, item.outcome_id, item.outcome_revision, item.outcome, item.created_at),
        default=100,
        most=1000,
    )

    @per_call
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
        """Record the first (immutable) outcome of a published session.

        The server takes user_id and source from the session's earliest request. An identical retry answers
        success=True, recorded=False; a different one success=False with reason="conflicting_finalization";
        an unknown session reason="unknown_session".

        Route: POST /api/session_outcome (operation set_session_outcome).

        Args:
            request: a SetSessionOutcomeRequest or dict (keyword arguments override its fields).
            session_id: the session (required).
            outcome: "success", "failure" or "unknown" (required).
            occurred_at: when it happened (datetime, naive = UTC; ISO string; unix seconds) (required).
            label: a short label (at most 128 characters).
            value: a number.
            metadata: a JSON object.
        """
        from reflexio_api.api.interactions import set_session_outcome
        from reflexio_api.models import SetSessionOutcomeRequest, SetSessionOutcomeResponse

        body = to_model(
            SetSessionOutcomeRequest,
            with_dates(request, timestamp, "occurred_at"),
            "request",
            session_id=session_id,
            outcome=outcome,
            occurred_at=timestamp(occurred_at, "occurred_at"),
            label=label,
            value=value,
            metadata=metadata,
        )
        require(body.session_id, "session_id")
        return self._request(Operation(set_session_outcome, {"body": body}, SetSessionOutcomeResponse))


class OperationsPlain(SyncAPIClient):
    """The plain methods of reflexio_api.api.operations (the base of its hand-written mixin)."""

    @per_call
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
        """Cancel an in-progress operation (rerun or manual generation).

        Route: POST /api/cancel_operation (operation cancel_operation).

        Args:
            request: a CancelOperationRequest or dict (keyword arguments override its fields).
            service_name: (no description in the spec)
        """
        from reflexio_api.api.operations import cancel_operation
        from reflexio_api.models import CancelOperationRequest, CancelOperationResponse

        body = to_model(CancelOperationRequest, request, "request", service_name=service_name)
        return self._request(Operation(cancel_operation, {"body": body}, CancelOperationResponse))

    @per_call
    def clear_user_data(
        self,
        user_id: str | ClearUserDataRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ClearUserDataResponse:
        """Delete every row scoped to one user; returns the per-kind counts in deleted_counts.

        Removes the user's interactions, requests, session outcomes, profiles and user playbooks; agent
        playbooks are shared across users and stay.

        Route: POST /api/clear_user_data (operation clear_user_data).

        Args:
            user_id: the user whose data to delete (or the whole request).
        """
        from reflexio_api.api.operations import clear_user_data
        from reflexio_api.models import ClearUserDataRequest, ClearUserDataResponse

        body = keyed(ClearUserDataRequest, user_id, "user_id")
        require(body.user_id, "user_id")
        return self._request(Operation(clear_user_data, {"body": body}, ClearUserDataResponse))

    @per_call
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
        """Downgrade all profiles by demoting CURRENT to PENDING and restoring ARCHIVED.

        Route: POST /api/downgrade_all_profiles (operation downgrade_profiles).

        Args:
            request: a DowngradeProfilesRequest or dict (keyword arguments override its fields).
            user_id: (no description in the spec)
            profile_ids: (no description in the spec)
            only_affected_users: (no description in the spec)
        """
        from reflexio_api.api.operations import downgrade_profiles
        from reflexio_api.models import DowngradeProfilesRequest, DowngradeProfilesResponse

        body = to_model(
            DowngradeProfilesRequest,
            request,
            "request",
            user_id=user_id,
            profile_ids=profile_ids,
            only_affected_users=only_affected_users,
        )
        return self._request(Operation(downgrade_profiles, {"body": body}, DowngradeProfilesResponse))

    @per_call
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
        """Downgrade all user playbooks by archiving CURRENT and restoring ARCHIVED.

        Route: POST /api/downgrade_all_user_playbooks (operation downgrade_user_playbooks).

        Args:
            request: a DowngradeUserPlaybooksRequest or dict (keyword arguments override its fields).
            agent_version: (no description in the spec)
            playbook_name: (no description in the spec)
        """
        from reflexio_api.api.operations import downgrade_user_playbooks
        from reflexio_api.models import DowngradeUserPlaybooksRequest, DowngradeUserPlaybooksResponse

        body = to_model(
            DowngradeUserPlaybooksRequest, request, "request", agent_version=agent_version, playbook_name=playbook_name
        )
        return self._request(Operation(downgrade_user_playbooks, {"body": body}, DowngradeUserPlaybooksResponse))

    @per_call
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
        """Get comprehensive dashboard statistics including counts and time-series data.

        Route: POST /api/get_dashboard_stats (operation get_dashboard_stats).

        Args:
            request: a GetDashboardStatsRequest or dict (keyword arguments override its fields).
            days_back: Number of days to include in time series data. Defaults to 30.
        """
        from reflexio_api.api.operations import get_dashboard_stats
        from reflexio_api.models import GetDashboardStatsRequest, GetDashboardStatsResponse

        body = to_model(GetDashboardStatsRequest, request, "request", days_back=days_back)
        return self._request(Operation(get_dashboard_stats, {"body": body}, GetDashboardStatsResponse))

    @per_call
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
        """The change log of playbook aggregation for one playbook.

        Route: GET /api/playbook_aggregation_change_logs (operation get_playbook_aggregation_change_logs).

        Args:
            playbook_name: (no description in the spec)
            agent_version: (no description in the spec)
        """
        from reflexio_api.api.operations import get_playbook_aggregation_change_logs
        from reflexio_api.models import PlaybookAggregationChangeLogResponse

        return self._request(
            Operation(
                get_playbook_aggregation_change_logs,
                {"playbook_name": playbook_name, "agent_version": agent_version},
                PlaybookAggregationChangeLogResponse,
            )
        )

    @per_call
    def get_playbook_aggregation_operation(
        self,
        operation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PlaybookAggregationOperation:
        """The stored state of a submitted playbook aggregation (status, attempts, result or error).

        Route: GET /api/playbook_aggregation_operations/{operation_id} (operation
        get_playbook_aggregation_operation).

        Args:
            operation_id: the id submit_playbook_aggregation answered.
        """
        from reflexio_api.api.operations import get_playbook_aggregation_operation
        from reflexio_api.models import PlaybookAggregationOperation

        require(operation_id, "operation_id")
        return self._request(
            Operation(get_playbook_aggregation_operation, {"operation_id": operation_id}, PlaybookAggregationOperation)
        )

    @per_call
    def get_stall_state(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> StallStateResponse:
        """The current learning-stall state.

        stalled=True (with reason and error_message) after an LLM auth or billing error paused background
        extraction; stalled=False with null fields otherwise.

        Route: GET /stall_state (operation get_stall_state).
        """
        from reflexio_api.api.operations import get_stall_state
        from reflexio_api.models import StallStateResponse

        return self._request(Operation(get_stall_state, {}, StallStateResponse))

    @per_call
    def invalidate_cache(
        self,
        org_id: str | AdminInvalidateCacheRequest | Mapping[str, Any] | None = None,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """Evict the server-side cache entry of the caller's org; returns {"invalidated": bool, "org_id": str}.

        invalidated is False when nothing was cached. org_id, when given, must be the caller's own org
        (another one is refused with PermissionDeniedError). The local read cache is dropped too.

        Route: POST /api/admin/cache/invalidate (operation invalidate_cache).

        Args:
            org_id: the caller's org (optional).
        """
        from reflexio_api.api.operations import invalidate_cache
        from reflexio_api.models import AdminInvalidateCacheRequest, AdminInvalidateCacheResponse

        body = keyed(AdminInvalidateCacheRequest, org_id, "org_id")
        return invalidation(self._request(Operation(invalidate_cache, {"body": body}, AdminInvalidateCacheResponse)))

    @per_call
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
        """Generate user playbooks now from the latest window_size interactions; they come out CURRENT.

        Always fire-and-forget (returns None; flush() waits for it). Uses window_size from the config
        (server default 10) and runs every playbook extractor, those marked manual_trigger=True (which
        automatic extraction skips) included. playbook_name is accepted for old callers but no longer
        selects a playbook config (DeprecationWarning).

        Route: POST /api/manual_playbook_generation (operation manual_playbook_generation).

        Args:
            request: a ManualPlaybookGenerationRequest or dict (keyword arguments override its fields).
            agent_version: the agent version the playbooks are for.
            source: only interactions of this source.
            playbook_name: ignored by the server (kept for old callers).
        """
        from reflexio_api.api.operations import manual_playbook_generation
        from reflexio_api.models import ManualPlaybookGenerationRequest, ManualPlaybookGenerationResponse

        body = to_model(
            ManualPlaybookGenerationRequest,
            request,
            "request",
            agent_version=agent_version,
            source=source,
            playbook_name=playbook_name,
        )
        warn_legacy(body.playbook_name, "playbook_name", "a playbook config")
        self._fire(Operation(manual_playbook_generation, {"body": body}, ManualPlaybookGenerationResponse))

    @per_call
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
        """Generate profiles now from the latest window_size interactions; they come out CURRENT.

        Always fire-and-forget (returns None; flush() waits for it). Uses window_size from the config
        (server default 10) and runs every profile extractor, those marked manual_trigger=True (which
        automatic extraction skips) included. extractor_names is accepted for old callers but no longer
        selects extractors (DeprecationWarning).

        Route: POST /api/manual_profile_generation (operation manual_profile_generation).

        Args:
            request: a ManualProfileGenerationRequest or dict (keyword arguments override its fields).
            user_id: the user whose latest interactions are read.
            source: only interactions of this source.
            extractor_names: ignored by the server (kept for old callers).
        """
        from reflexio_api.api.operations import manual_profile_generation
        from reflexio_api.models import ManualProfileGenerationRequest, ManualProfileGenerationResponse

        body = to_model(
            ManualProfileGenerationRequest,
            request,
            "request",
            user_id=user_id,
            source=source,
            extractor_names=extractor_names,
        )
        warn_legacy(body.extractor_names, "extractor_names", "extractors")
        self._fire(Operation(manual_profile_generation, {"body": body}, ManualProfileGenerationResponse))

    @per_call
    def mark_stall_notified(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> MarkNotifiedResponse:
        """Mark the current stall as notified (idempotent); notified_in_cc is False when no stall is active.

        Route: POST /stall_state/notified (operation mark_stall_notified).
        """
        from reflexio_api.api.operations import mark_stall_notified
        from reflexio_api.models import MarkNotifiedResponse

        return self._request(Operation(mark_stall_notified, {}, MarkNotifiedResponse))

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

    @per_call
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
        """Cluster similar user playbooks of an agent version into agent playbooks.

        By default fire-and-forget (returns None); wait_for_response=True returns the server's answer (it
        aggregates before answering, or says why it skipped).

        Route: POST /api/run_playbook_aggregation (operation run_playbook_aggregation).

        Args:
            request: a RunPlaybookAggregationRequest or dict (keyword arguments override its fields).
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
            agent_version: the agent version whose user playbooks are clustered.
            playbook_name: only user playbooks of this playbook name.
        """
        from reflexio_api.api.operations import run_playbook_aggregation
        from reflexio_api.models import RunPlaybookAggregationRequest, RunPlaybookAggregationResponse

        body = to_model(
            RunPlaybookAggregationRequest, request, "request", agent_version=agent_version, playbook_name=playbook_name
        )
        check_not_blank(body.playbook_name, "playbook_name")
        check_value(wait_for_response, "wait_for_response", bool)
        return self._send(
            Operation(run_playbook_aggregation, {"body": body}, RunPlaybookAggregationResponse), wait_for_response
        )

    @per_call
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
        """Search profiles, agent playbooks and user playbooks at once (`query` is required).

        Route: POST /api/search (operation search).

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
        from reflexio_api.api.operations import search
        from reflexio_api.models import UnifiedSearchRequest, UnifiedSearchViewResponse
        from reflexio_api.types import Unset

        body = to_model(
            UnifiedSearchRequest,
            request,
            "request",
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
            conversation_history=conversation_turns(conversation_history),
            enable_reformulation=enable_reformulation,
            enable_agent_answer=enable_agent_answer,
            search_mode=search_mode,
            request_id=request_id,
            session_id=session_id,
            interaction_id=interaction_id,
        )
        if not isinstance(body.conversation_history, Unset):
            body.conversation_history = conversation_turns(body.conversation_history)
        return self._request(Operation(search, {"body": body}, UnifiedSearchViewResponse))

    @per_call
    def storage_stats(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> StorageStatsResponse:
        """Counts of a user's profiles and playbooks, and the time range of their profiles.

        Route: GET /api/storage_stats (operation storage_stats).

        Args:
            user_id: the user.
        """
        from reflexio_api.api.operations import storage_stats
        from reflexio_api.models import StorageStatsResponse

        require(user_id, "user_id")
        return self._request(Operation(storage_stats, {"user_id": user_id}, StorageStatsResponse))

    @per_call
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
        """Promote PENDING profiles to CURRENT, archive the old CURRENT ones, delete old ARCHIVED ones.

        only_affected_users defaults to True here (the server's default is False): only users with pending
        profiles are touched. When nothing is pending the answer has success=False.

        Route: POST /api/upgrade_all_profiles (operation upgrade_profiles).

        Args:
            request: a UpgradeProfilesRequest or dict (keyword arguments override its fields).
            user_id: only this user's profiles (default: every user's).
            profile_ids: only these pending profiles.
            only_affected_users: only users with pending profiles (default True).
        """
        from reflexio_api.api.operations import upgrade_profiles
        from reflexio_api.models import UpgradeProfilesRequest, UpgradeProfilesResponse

        body = to_model(
            UpgradeProfilesRequest,
            request,
            "request",
            user_id=user_id,
            profile_ids=profile_ids,
            only_affected_users=only_affected_users,
        )
        if only_affected_users is None and left_out(request, "only_affected_users"):
            body.only_affected_users = True
        return self._request(Operation(upgrade_profiles, {"body": body}, UpgradeProfilesResponse))

    @per_call
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
        """Promote PENDING user playbooks to CURRENT, archive the old CURRENT ones, delete old ARCHIVED ones.

        Filters: agent_version, playbook_name (None: all). When nothing is pending the answer has
        success=False.

        Route: POST /api/upgrade_all_user_playbooks (operation upgrade_user_playbooks).

        Args:
            request: a UpgradeUserPlaybooksRequest or dict (keyword arguments override its fields).
            agent_version: (no description in the spec)
            playbook_name: (no description in the spec)
            archive_current: (no description in the spec)
        """
        from reflexio_api.api.operations import upgrade_user_playbooks
        from reflexio_api.models import UpgradeUserPlaybooksRequest, UpgradeUserPlaybooksResponse

        body = to_model(
            UpgradeUserPlaybooksRequest,
            request,
            "request",
            agent_version=agent_version,
            playbook_name=playbook_name,
            archive_current=archive_current,
        )
        return self._request(Operation(upgrade_user_playbooks, {"body": body}, UpgradeUserPlaybooksResponse))


class PlaybooksPlain(SyncAPIClient):
    """The plain methods of reflexio_api.api.playbooks (the base of its hand-written mixin)."""

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

    @per_call
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
        """Delete an agent playbook by id.

        By default fire-and-forget (returns None; flush() waits for it); wait_for_response=True returns the
        answer. The server answers success for unknown ids too.

        Route: DELETE /api/delete_agent_playbook (operation delete_agent_playbook).

        Args:
            agent_playbook_id: the playbook to delete (or the whole request).
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        from reflexio_api.api.playbooks import delete_agent_playbook
        from reflexio_api.models import DeleteAgentPlaybookRequest, DeleteAgentPlaybookResponse

        body = keyed(DeleteAgentPlaybookRequest, agent_playbook_id, "agent_playbook_id")
        check_value(wait_for_response, "wait_for_response", bool)
        return self._send(
            Operation(delete_agent_playbook, {"body": body}, DeleteAgentPlaybookResponse), wait_for_response
        )

    @per_call
    def delete_agent_playbooks_by_ids(
        self,
        agent_playbook_ids: Iterable[int] | DeleteAgentPlaybooksByIdsRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """Delete several agent playbooks by id (at least one).

        Server 0.2.32 reports deleted_count = the number of ids sent, whether they existed or not.

        Route: DELETE /api/delete_agent_playbooks_by_ids (operation delete_agent_playbooks_by_ids).

        Args:
            agent_playbook_ids: the playbooks to delete, any iterable (or the whole request).
        """
        from reflexio_api.api.playbooks import delete_agent_playbooks_by_ids
        from reflexio_api.models import BulkDeleteResponse, DeleteAgentPlaybooksByIdsRequest

        body = keyed(DeleteAgentPlaybooksByIdsRequest, as_list(agent_playbook_ids), "agent_playbook_ids")
        check_not_empty(body.agent_playbook_ids, "agent_playbook_ids")
        return self._request(Operation(delete_agent_playbooks_by_ids, {"body": body}, BulkDeleteResponse))

    @per_call
    def delete_all_agent_playbooks(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """Delete every agent playbook of the org; user playbooks stay (deleted_count is always 0 on server
        0.2.32).

        Route: DELETE /api/delete_all_agent_playbooks (operation delete_all_agent_playbooks).
        """
        from reflexio_api.api.playbooks import delete_all_agent_playbooks
        from reflexio_api.models import BulkDeleteResponse

        return self._request(Operation(delete_all_agent_playbooks, {}, BulkDeleteResponse))

    @per_call
    def delete_all_playbooks(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """Delete every playbook of the org, user and agent (deleted_count is always 0 on server 0.2.32).

        Route: DELETE /api/delete_all_playbooks (operation delete_all_playbooks).
        """
        from reflexio_api.api.playbooks import delete_all_playbooks
        from reflexio_api.models import BulkDeleteResponse

        return self._request(Operation(delete_all_playbooks, {}, BulkDeleteResponse))

    @per_call
    def delete_all_user_playbooks(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """Delete every user playbook of the org; agent playbooks stay (deleted_count is always 0 on server
        0.2.32).

        Route: DELETE /api/delete_all_user_playbooks (operation delete_all_user_playbooks).
        """
        from reflexio_api.api.playbooks import delete_all_user_playbooks
        from reflexio_api.models import BulkDeleteResponse

        return self._request(Operation(delete_all_user_playbooks, {}, BulkDeleteResponse))

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

    @per_call
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
        """Delete a user playbook by id.

        By default fire-and-forget (returns None; flush() waits for it); wait_for_response=True returns the
        answer. The server answers success for unknown ids too.

        Route: DELETE /api/delete_user_playbook (operation delete_user_playbook).

        Args:
            user_playbook_id: the playbook to delete (or the whole request).
            wait_for_response: True: wait and return the answer; False: queue the call in the background and
                return None at once (see flush()).
        """
        from reflexio_api.api.playbooks import delete_user_playbook
        from reflexio_api.models import DeleteUserPlaybookRequest, DeleteUserPlaybookResponse

        body = keyed(DeleteUserPlaybookRequest, user_playbook_id, "user_playbook_id")
        check_value(wait_for_response, "wait_for_response", bool)
        return self._send(
            Operation(delete_user_playbook, {"body": body}, DeleteUserPlaybookResponse), wait_for_response
        )

    @per_call
    def delete_user_playbooks_by_ids(
        self,
        user_playbook_ids: Iterable[int] | DeleteUserPlaybooksByIdsRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """Delete several user playbooks by id (at least one); deleted_count counts those that existed.

        Route: DELETE /api/delete_user_playbooks_by_ids (operation delete_user_playbooks_by_ids).

        Args:
            user_playbook_ids: the playbooks to delete, any iterable (or the whole request).
        """
        from reflexio_api.api.playbooks import delete_user_playbooks_by_ids
        from reflexio_api.models import BulkDeleteResponse, DeleteUserPlaybooksByIdsRequest

        body = keyed(DeleteUserPlaybooksByIdsRequest, as_list(user_playbook_ids), "user_playbook_ids")
        check_not_empty(body.user_playbook_ids, "user_playbook_ids")
        return self._request(Operation(delete_user_playbooks_by_ids, {"body": body}, BulkDeleteResponse))

    @per_call
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
        """Agent playbooks matching the filters (server default: the 100 newest, CURRENT only).

        Answers are cached locally for `cache_ttl` seconds; writes through this client invalidate the cache,
        `force_refresh=True` bypasses (and refreshes) it.

        Route: POST /api/get_agent_playbooks (operation get_agent_playbooks).

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
        from reflexio_api.api.playbooks import get_agent_playbooks
        from reflexio_api.models import GetAgentPlaybooksRequest, GetAgentPlaybooksViewResponse
        from reflexio_api.types import Unset

        body = to_model(
            GetAgentPlaybooksRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            limit=limit,
            agent_playbook_id=agent_playbook_id,
            query=query,
            playbook_name=playbook_name,
            agent_version=agent_version,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            status_filter=status_list(status_filter),
            playbook_status_filter=playbook_status_filter,
            tags=tags,
            request_id=request_id,
            session_id=session_id,
        )
        if not isinstance(body.status_filter, Unset):
            body.status_filter = status_list(body.status_filter)
        check_value(force_refresh, "force_refresh", bool)
        return self._request(
            Operation(
                get_agent_playbooks,
                {"body": body},
                GetAgentPlaybooksViewResponse,
                cache="agent_playbooks",
                force_refresh=force_refresh,
            )
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

    @per_call
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
        """Get per-rule citation counts aggregated from interactions.

        Route: POST /api/get_playbook_application_stats (operation get_playbook_application_stats).

        Args:
            request: a GetPlaybookApplicationStatsRequest or dict (keyword arguments override its fields).
            days_back: Look-back window in days. Defaults to 30; must be positive.
        """
        from reflexio_api.api.playbooks import get_playbook_application_stats
        from reflexio_api.models import GetPlaybookApplicationStatsRequest, GetPlaybookApplicationStatsResponse

        body = to_model(GetPlaybookApplicationStatsRequest, request, "request", days_back=days_back)
        return self._request(
            Operation(get_playbook_application_stats, {"body": body}, GetPlaybookApplicationStatsResponse)
        )

    @per_call
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
        """User playbooks matching the filters (server default: the 100 newest of every status but
        merged/superseded).

        Route: POST /api/get_user_playbooks (operation get_user_playbooks).

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
        from reflexio_api.api.playbooks import get_user_playbooks
        from reflexio_api.models import GetUserPlaybooksRequest, GetUserPlaybooksViewResponse
        from reflexio_api.types import Unset

        body = to_model(
            GetUserPlaybooksRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            limit=limit,
            user_playbook_id=user_playbook_id,
            user_id=user_id,
            request_id=request_id,
            query=query,
            playbook_name=playbook_name,
            agent_version=agent_version,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            status_filter=status_list(status_filter),
            tags=tags,
        )
        if not isinstance(body.status_filter, Unset):
            body.status_filter = status_list(body.status_filter)
        return self._request(Operation(get_user_playbooks, {"body": body}, GetUserPlaybooksViewResponse))

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

    @per_call
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
        """Re-review current user playbooks created within [start_time, end_time] (both required).

        report_only (server default True) answers with the review report and changes nothing;
        report_only=False applies the decisions in the background and answers at once with the run_id.

        Route: POST /api/review_user_playbooks (operation review_user_playbooks).

        Args:
            request: a ReviewUserPlaybooksRequest or dict (keyword arguments override its fields).
            start_time: the start of the creation window of the playbooks to review (datetime, naive = UTC;
                ISO string; unix seconds).
            end_time: the end of the creation window (datetime, naive = UTC; ISO string; unix seconds).
            top_k: at most this many playbooks reviewed (server default 10).
            report_only: only report (True, the server default) or apply the decisions (False).
        """
        from reflexio_api.api.playbooks import review_user_playbooks
        from reflexio_api.models import ReviewUserPlaybooksRequest, ReviewUserPlaybooksResponse

        body = to_model(
            ReviewUserPlaybooksRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            top_k=top_k,
            report_only=report_only,
        )
        return self._request(Operation(review_user_playbooks, {"body": body}, ReviewUserPlaybooksResponse))

    @per_call
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
        """Search agent playbooks with filters by agent version, name, time, status and approval status.

        Route: POST /api/search_agent_playbooks (operation search_agent_playbooks).

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
        from reflexio_api.api.playbooks import search_agent_playbooks
        from reflexio_api.models import SearchAgentPlaybookRequest, SearchAgentPlaybooksViewResponse
        from reflexio_api.types import Unset

        body = to_model(
            SearchAgentPlaybookRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            query=query,
            user_id=user_id,
            agent_version=agent_version,
            playbook_name=playbook_name,
            source=source,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            status_filter=status_list(status_filter),
            playbook_status_filter=playbook_status_filter,
            tags=tags,
            top_k=top_k,
            threshold=threshold,
            enable_reformulation=enable_reformulation,
            search_mode=search_mode,
            request_id=request_id,
            session_id=session_id,
        )
        if not isinstance(body.status_filter, Unset):
            body.status_filter = status_list(body.status_filter)
        return self._request(Operation(search_agent_playbooks, {"body": body}, SearchAgentPlaybooksViewResponse))

    @per_call
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
        """Search user playbooks (semantic/full-text) with filters by user, agent version, name, time and
        status.

        Route: POST /api/search_user_playbooks (operation search_user_playbooks).

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
        from reflexio_api.api.playbooks import search_user_playbooks
        from reflexio_api.models import SearchUserPlaybookRequest, SearchUserPlaybooksViewResponse
        from reflexio_api.types import Unset

        body = to_model(
            SearchUserPlaybookRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            query=query,
            user_id=user_id,
            agent_version=agent_version,
            playbook_name=playbook_name,
            source=source,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            status_filter=status_list(status_filter),
            tags=tags,
            top_k=top_k,
            threshold=threshold,
            enable_reformulation=enable_reformulation,
            search_mode=search_mode,
            request_id=request_id,
            session_id=session_id,
        )
        if not isinstance(body.status_filter, Unset):
            body.status_filter = status_list(body.status_filter)
        return self._request(Operation(search_user_playbooks, {"body": body}, SearchUserPlaybooksViewResponse))

    @per_call
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
        """Update editable fields of an agent playbook in place (fields left None are unchanged).

        An unknown id is not an HTTP error: the answer has success=False.

        Route: PUT /api/update_agent_playbook (operation update_agent_playbook).

        Args:
            agent_playbook_id: the playbook to update (or the whole request).
            playbook_name: (no description in the spec)
            content: (no description in the spec)
            trigger: (no description in the spec)
            rationale: (no description in the spec)
            playbook_status: the new review status ("approved", "pending", "rejected", ...).
        """
        from reflexio_api.api.playbooks import update_agent_playbook
        from reflexio_api.models import UpdateAgentPlaybookRequest, UpdateAgentPlaybookResponse

        body = keyed(
            UpdateAgentPlaybookRequest,
            agent_playbook_id,
            "agent_playbook_id",
            playbook_name=playbook_name,
            content=content,
            trigger=trigger,
            rationale=rationale,
            playbook_status=playbook_status,
        )
        return self._request(Operation(update_agent_playbook, {"body": body}, UpdateAgentPlaybookResponse))

    @per_call
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
        """Set only the approval status (pending/approved/rejected) of an agent playbook.

        Route: PUT /api/update_agent_playbook_status (operation update_agent_playbook_status).

        Args:
            agent_playbook_id: the playbook (or the whole request).
            playbook_status: the new status ("approved", "pending", "rejected", ...).
        """
        from reflexio_api.api.playbooks import update_agent_playbook_status
        from reflexio_api.models import UpdatePlaybookStatusRequest, UpdatePlaybookStatusResponse

        body = keyed(
            UpdatePlaybookStatusRequest, agent_playbook_id, "agent_playbook_id", playbook_status=playbook_status
        )
        return self._request(Operation(update_agent_playbook_status, {"body": body}, UpdatePlaybookStatusResponse))

    @per_call
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
        """Update editable fields of a user playbook in place (fields left None are unchanged).

        Server 0.2.32 answers success=True for an unknown id too (and changes nothing).

        Route: PUT /api/update_user_playbook (operation update_user_playbook).

        Args:
            user_playbook_id: the playbook to update (or the whole request).
            playbook_name: (no description in the spec)
            content: (no description in the spec)
            trigger: (no description in the spec)
            rationale: (no description in the spec)
        """
        from reflexio_api.api.playbooks import update_user_playbook
        from reflexio_api.models import UpdateUserPlaybookRequest, UpdateUserPlaybookResponse

        body = keyed(
            UpdateUserPlaybookRequest,
            user_playbook_id,
            "user_playbook_id",
            playbook_name=playbook_name,
            content=content,
            trigger=trigger,
            rationale=rationale,
        )
        return self._request(Operation(update_user_playbook, {"body": body}, UpdateUserPlaybookResponse))


class ProfilesPlain(SyncAPIClient):
    """The plain methods of reflexio_api.api.profiles (the base of its hand-written mixin)."""

    @per_call
    def delete_all_profiles(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """Delete every profile of every user of the org (server 0.2.32 answers deleted_count=0 regardless).

        Route: DELETE /api/delete_all_profiles (operation delete_all_profiles).
        """
        from reflexio_api.api.profiles import delete_all_profiles
        from reflexio_api.models import BulkDeleteResponse

        return self._request(Operation(delete_all_profiles, {}, BulkDeleteResponse))

    @per_call
    def delete_profiles_by_ids(
        self,
        profile_ids: Sequence[str],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BulkDeleteResponse:
        """Delete multiple profiles by their ids (any user); the answer counts the deleted ones.

        Route: DELETE /api/delete_profiles_by_ids (operation delete_profiles_by_ids).

        Args:
            profile_ids: the profiles to delete (at least one).
        """
        from reflexio_api.api.profiles import delete_profiles_by_ids
        from reflexio_api.models import BulkDeleteResponse, DeleteProfilesByIdsRequest

        body = to_model(DeleteProfilesByIdsRequest, None, "request", profile_ids=profile_ids)
        check_ids(body.profile_ids, "profile_ids")
        return self._request(Operation(delete_profiles_by_ids, {"body": body}, BulkDeleteResponse))

    @per_call
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
        """Profiles across all users, newest first.

        Route: GET /api/get_all_profiles (operation get_all_profiles).

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
        from reflexio_api.api.profiles import get_all_profiles
        from reflexio_api.models import GetProfilesViewResponse

        return self._request(
            Operation(
                get_all_profiles,
                {
                    "limit": limit,
                    **present(
                        status_filter=all_profiles_status(status_filter),
                        profile_id=profile_id,
                        user_id=user_id,
                        query=query,
                        source=source,
                        profile_time_to_live=profile_time_to_live,
                        start_time=timestamp(start_time, "start_time"),
                        end_time=timestamp(end_time, "end_time"),
                        date_field=date_field,
                        include_tombstones=include_tombstones,
                    ),
                },
                GetProfilesViewResponse,
            )
        )

    @per_call
    def get_profile_change_log(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ProfileChangeLogViewResponse:
        """The history of profile changes: which request added, removed or mentioned which profiles.

        Route: GET /api/profile_change_log (operation get_profile_change_log).
        """
        from reflexio_api.api.profiles import get_profile_change_log
        from reflexio_api.models import ProfileChangeLogViewResponse

        return self._request(Operation(get_profile_change_log, {}, ProfileChangeLogViewResponse))

    @per_call
    def get_profile_statistics(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetProfileStatisticsResponse:
        """Get efficient profile statistics using storage layer queries.

        Route: GET /api/get_profile_statistics (operation get_profile_statistics).
        """
        from reflexio_api.api.profiles import get_profile_statistics
        from reflexio_api.models import GetProfileStatisticsResponse

        return self._request(Operation(get_profile_statistics, {}, GetProfileStatisticsResponse))

    @per_call
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
        """A user's profiles, optionally filtered; answers are cached locally (see cache_ttl).

        Route: POST /api/get_profiles (operation get_profiles).

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
        from reflexio_api.api.profiles import get_profiles
        from reflexio_api.models import GetProfilesViewResponse, GetUserProfilesRequest
        from reflexio_api.types import Unset

        body = to_model(
            GetUserProfilesRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            user_id=user_id,
            profile_id=profile_id,
            query=query,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            top_k=top_k,
            source=source,
            profile_time_to_live=profile_time_to_live,
            status_filter=status_list(status_filter),
            tags=tags,
        )
        require(body.user_id, "user_id")
        if not isinstance(body.status_filter, Unset):
            body.status_filter = status_list(body.status_filter)
        check_value(force_refresh, "force_refresh", bool)
        return self._request(
            Operation(
                get_profiles, {"body": body}, GetProfilesViewResponse, cache="profiles", force_refresh=force_refresh
            )
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

    @per_call
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
        """Rerank a list of profile ids by query relevance using a cross-encoder.

        Route: POST /api/rerank_user_profiles (operation rerank_user_profiles).

        Args:
            request: a RerankUserProfilesRequest or dict (keyword arguments override its fields).
            user_id: the profiles' owner.
            query: the text to rank against.
            profile_ids: candidate ids, e.g. from search_user_profiles.
            top_k: at most this many profiles (server default 10).
        """
        from reflexio_api.api.profiles import rerank_user_profiles
        from reflexio_api.models import RerankUserProfilesRequest, SearchProfilesViewResponse

        body = to_model(
            RerankUserProfilesRequest,
            request,
            "request",
            user_id=user_id,
            query=query,
            profile_ids=profile_ids,
            top_k=top_k,
        )
        require(body.user_id, "user_id")
        require(body.query, "query")
        check_ids(body.profile_ids, "profile_ids")
        return self._request(Operation(rerank_user_profiles, {"body": body}, SearchProfilesViewResponse))

    @per_call
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
        """Search a user's profiles by query (fts, vector or hybrid search).

        Route: POST /api/search_profiles (operation search_profiles).

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
        from reflexio_api.api.profiles import search_profiles
        from reflexio_api.models import SearchProfilesViewResponse, SearchUserProfileRequest

        body = to_model(
            SearchUserProfileRequest,
            with_dates(request, iso, "start_time", "end_time"),
            "request",
            user_id=user_id,
            generated_from_request_id=generated_from_request_id,
            request_id=request_id,
            session_id=session_id,
            query=query,
            start_time=iso(start_time, "start_time"),
            end_time=iso(end_time, "end_time"),
            top_k=top_k,
            source=source,
            custom_feature=custom_feature,
            extractor_name=extractor_name,
            tags=tags,
            threshold=threshold,
            enable_reformulation=enable_reformulation,
            search_mode=search_mode,
        )
        require(body.user_id, "user_id")
        return self._request(Operation(search_profiles, {"body": body}, SearchProfilesViewResponse))

    search_profiles = renamed(search_user_profiles, "search_profiles")

    @per_call
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
        """Apply a partial update (content and/or custom_features) to an existing user profile. The answer has
        success=False (not an error) when the profile does not exist.

        Route: PUT /api/update_user_profile (operation update_user_profile).

        Args:
            request: a UpdateUserProfileRequest or dict (keyword arguments override its fields).
            user_id: the profile's owner (required).
            profile_id: the profile to update (required).
            content: the new content.
            custom_features: the new custom features (a dict).
        """
        from reflexio_api.api.profiles import update_user_profile
        from reflexio_api.models import UpdateUserProfileRequest, UpdateUserProfileResponse

        body = to_model(
            UpdateUserProfileRequest,
            request,
            "request",
            user_id=user_id,
            profile_id=profile_id,
            content=content,
            custom_features=custom_features,
        )
        require(body.user_id, "user_id")
        require(body.profile_id, "profile_id")
        return self._request(Operation(update_user_profile, {"body": body}, UpdateUserProfileResponse))


class ToolCallsPlain(SyncAPIClient):
    """The plain methods of reflexio_api.api.tool_calls (the base of its hand-written mixin)."""

    @per_call
    def cancel_pending_tool_call(
        self,
        pending_tool_call_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """Cancel a pending call without answering it (cancelling a cancelled call is a no-op).

        Raises ConflictError when the call is no longer pending (resolved, expired, superseded).

        Route: POST /api/pending_tool_calls/{pending_tool_call_id}/cancel (operation
        cancel_pending_tool_call).

        Args:
            pending_tool_call_id: the call.
        """
        from reflexio_api.api.tool_calls import cancel_pending_tool_call
        from reflexio_api.models import PendingToolCallResponse

        require(pending_tool_call_id, "pending_tool_call_id")
        return self._request(
            Operation(cancel_pending_tool_call, {"pending_tool_call_id": pending_tool_call_id}, PendingToolCallResponse)
        )

    @per_call
    def get_pending_tool_call(
        self,
        pending_tool_call_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """One pending tool call by id; NotFoundError when the org has no such call.

        Route: GET /api/pending_tool_calls/{pending_tool_call_id} (operation get_pending_tool_call).

        Args:
            pending_tool_call_id: the call.
        """
        from reflexio_api.api.tool_calls import get_pending_tool_call
        from reflexio_api.models import PendingToolCallResponse

        require(pending_tool_call_id, "pending_tool_call_id")
        return self._request(
            Operation(get_pending_tool_call, {"pending_tool_call_id": pending_tool_call_id}, PendingToolCallResponse)
        )

    @per_call
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
        """The org's pending tool calls, optionally only those in one status.

        Route: GET /api/pending_tool_calls (operation list_pending_tool_calls).

        Args:
            status: "pending", "resolved", "expired", "superseded" or "cancelled" (a PendingToolCallStatus
                or its value); None lists every status.
            limit: results at most, 1 to 500.
        """
        from reflexio_api.api.tool_calls import list_pending_tool_calls
        from reflexio_api.models import PendingToolCallListResponse

        return self._request(
            Operation(list_pending_tool_calls, {"limit": limit, **present(status=status)}, PendingToolCallListResponse)
        )


class PlainMethods(
    ConfigPlain,
    EvaluationPlain,
    HealthPlain,
    IntegrationsPlain,
    InteractionsPlain,
    OperationsPlain,
    PlaybooksPlain,
    ProfilesPlain,
    ToolCallsPlain,
):
    """Every generated method (a base of the client)."""
