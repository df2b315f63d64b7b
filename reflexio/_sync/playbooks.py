"""User and agent playbooks: read, search, add, update, delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._convert import (
    DateLike,
    check_value,
    iso,
    to_model,
    with_dates,
)
from .._inputs.pages import listed, paged
from .._inputs.playbooks import check_not_dropped, items_request, playbook_filter
from .._operation import Operation
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .._table import PLAYBOOKS
from .plain import PlaybooksPlain

if TYPE_CHECKING:
    from reflexio_api.models import (
        AddAgentPlaybookRequest,
        AddAgentPlaybookResponse,
        AddUserPlaybookRequest,
        AddUserPlaybookResponse,
        AgentPlaybook,
        GetAgentPlaybooksRequest,
        GetAgentPlaybooksViewResponse,
        GetUserPlaybooksRequest,
        GetUserPlaybooksViewResponse,
        PlaybookStatus,
        ReviewUserPlaybooksRequest,
        ReviewUserPlaybooksResponse,
        SearchAgentPlaybookRequest,
        SearchAgentPlaybooksViewResponse,
        SearchMode,
        SearchUserPlaybookRequest,
        SearchUserPlaybooksViewResponse,
        Status,
        UserPlaybook,
    )


class PlaybooksMethods(PlaybooksPlain):
    # -- read ----------------------------------------------------------------------------------

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
        """User playbooks matching the filters (server default: the 100 newest of every status but merged/superseded).

        A `status_filter` entry of None or "current" means CURRENT; times are datetimes, ISO strings
        or unix seconds.

        Args:
            request: a GetUserPlaybooksRequest or dict (keyword arguments override its fields).
            limit: at most this many playbooks (server default 100).
            user_playbook_id: only this playbook.
            user_id, request_id: only playbooks of this user / extracted from this request.
            query: case-insensitive text filter.
            playbook_name, agent_version: only playbooks of this name / agent version.
            start_time, end_time: only playbooks created in this window (datetime, naive = UTC; ISO
                string; unix seconds).
            status_filter: statuses to include: None or "current" (CURRENT), "pending", "archived", ...
            tags: playbooks having any of these tags.
        """
        from reflexio_api.api.playbooks import get_user_playbooks
        from reflexio_api.models import GetUserPlaybooksRequest, GetUserPlaybooksViewResponse

        body = playbook_filter(
            GetUserPlaybooksRequest,
            request,
            start_time,
            end_time,
            limit=limit,
            user_playbook_id=user_playbook_id,
            user_id=user_id,
            request_id=request_id,
            query=query,
            playbook_name=playbook_name,
            agent_version=agent_version,
            status_filter=status_filter,
            tags=tags,
        )
        return self._request(Operation(get_user_playbooks, {"body": body}, GetUserPlaybooksViewResponse))

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

        Answers are cached locally for `cache_ttl` seconds; writes through this client invalidate
        the cache, `force_refresh=True` bypasses (and refreshes) it.

        Args:
            request: a GetAgentPlaybooksRequest or dict (keyword arguments override its fields).
            force_refresh: skip the local cache and ask the server (the answer is cached again).
            limit: at most this many playbooks (server default 100).
            agent_playbook_id: only this playbook.
            query: case-insensitive text filter.
            playbook_name, agent_version: only playbooks of this name / agent version.
            start_time, end_time: only playbooks created in this window (datetime, naive = UTC; ISO
                string; unix seconds).
            status_filter: statuses to include: None or "current" (CURRENT), "pending", "archived", ...
            playbook_status_filter: review statuses to include ("approved", "pending", "rejected", ...).
            tags: playbooks having any of these tags.
            request_id, session_id: the request and session this read serves (for attribution).
        """
        from reflexio_api.api.playbooks import get_agent_playbooks
        from reflexio_api.models import GetAgentPlaybooksRequest, GetAgentPlaybooksViewResponse, PlaybookStatus

        body = playbook_filter(
            GetAgentPlaybooksRequest,
            request,
            start_time,
            end_time,
            limit=limit,
            agent_playbook_id=agent_playbook_id,
            query=query,
            playbook_name=playbook_name,
            agent_version=agent_version,
            status_filter=status_filter,
            playbook_status_filter=playbook_status_filter,
            tags=tags,
            request_id=request_id,
            session_id=session_id,
            playbook_status=PlaybookStatus,
        )
        check_value(force_refresh, "force_refresh", bool)
        op = Operation(
            get_agent_playbooks,
            {"body": body},
            GetAgentPlaybooksViewResponse,
            cache=PLAYBOOKS,
            force_refresh=force_refresh,
        )
        return self._request(op)

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
        """Search user playbooks (semantic/full-text) with filters by user, agent version, name, time and status."""
        from reflexio_api.api.playbooks import search_user_playbooks
        from reflexio_api.models import SearchUserPlaybookRequest, SearchUserPlaybooksViewResponse

        body = playbook_filter(
            SearchUserPlaybookRequest,
            request,
            start_time,
            end_time,
            query=query,
            user_id=user_id,
            agent_version=agent_version,
            playbook_name=playbook_name,
            source=source,
            status_filter=status_filter,
            tags=tags,
            top_k=top_k,
            threshold=threshold,
            enable_reformulation=enable_reformulation,
            search_mode=search_mode,
            request_id=request_id,
            session_id=session_id,
        )
        return self._request(Operation(search_user_playbooks, {"body": body}, SearchUserPlaybooksViewResponse))

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
        playbook_status_filter: PlaybookStatus | str | Sequence[PlaybookStatus | str] | None = None,
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
        """Search agent playbooks with filters by agent version, name, time, status and approval status."""
        from reflexio_api.api.playbooks import search_agent_playbooks
        from reflexio_api.models import (
            PlaybookStatus,
            SearchAgentPlaybookRequest,
            SearchAgentPlaybooksViewResponse,
        )

        body = playbook_filter(
            SearchAgentPlaybookRequest,
            request,
            start_time,
            end_time,
            query=query,
            user_id=user_id,
            agent_version=agent_version,
            playbook_name=playbook_name,
            source=source,
            status_filter=status_filter,
            playbook_status_filter=playbook_status_filter,
            tags=tags,
            top_k=top_k,
            threshold=threshold,
            enable_reformulation=enable_reformulation,
            search_mode=search_mode,
            request_id=request_id,
            session_id=session_id,
            playbook_status=(PlaybookStatus, [PlaybookStatus]),
        )
        return self._request(Operation(search_agent_playbooks, {"body": body}, SearchAgentPlaybooksViewResponse))

    # -- add / update --------------------------------------------------------------------------

    @per_call
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
        """Add user playbooks directly to storage (each needs agent_version and request_id).

        Takes a list of UserPlaybook models or dicts; a single one, or the whole request, works too.
        """
        from reflexio_api.api.playbooks import add_user_playbook
        from reflexio_api.models import AddUserPlaybookRequest, AddUserPlaybookResponse, UserPlaybook

        body = items_request(AddUserPlaybookRequest, UserPlaybook, user_playbooks, "user_playbooks")
        return self._request(Operation(add_user_playbook, {"body": body}, AddUserPlaybookResponse))

    @per_call
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
        """Add agent playbooks directly to storage (each needs agent_version and content).

        Takes a list of AgentPlaybook models or dicts; a single one, or the whole request, works too.
        The server stores agent_version, playbook_name, content, trigger, rationale, playbook_status
        and playbook_metadata and assigns id and creation time; other fields (tags, status, ...) are
        refused with ValueError, since the server would drop them.
        """
        from reflexio_api.api.playbooks import add_agent_playbooks
        from reflexio_api.models import AddAgentPlaybookRequest, AddAgentPlaybookResponse, AgentPlaybook

        body = items_request(AddAgentPlaybookRequest, AgentPlaybook, agent_playbooks, "agent_playbooks")
        for i, item in enumerate(body.agent_playbooks):
            check_not_dropped(item, f"agent_playbooks[{i}]")
        return self._request(Operation(add_agent_playbooks, {"body": body}, AddAgentPlaybookResponse))

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
        top_k defaults to 10 on the server.

        Args:
            request: a ReviewUserPlaybooksRequest or dict (keyword arguments override its fields).
            start_time, end_time: the creation window of the playbooks to review (datetime, naive = UTC;
                ISO string; unix seconds).
            top_k: at most this many playbooks reviewed.
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

    # -- delete --------------------------------------------------------------------------------

    iter_user_playbooks = paged(
        get_user_playbooks,
        lambda page: listed(page.user_playbooks),
        name="iter_user_playbooks",
        item="UserPlaybookView",
        key=lambda playbook: playbook.user_playbook_id,
        size="limit",
        default=100,
        cursor="end_time",
        stamp=lambda playbook: playbook.created_at,
    )
    iter_agent_playbooks = paged(
        get_agent_playbooks,
        lambda page: listed(page.agent_playbooks),
        name="iter_agent_playbooks",
        item="AgentPlaybookView",
        key=lambda playbook: playbook.agent_playbook_id,
        size="limit",
        default=100,
        cursor="end_time",
        stamp=lambda playbook: playbook.created_at,
    )
