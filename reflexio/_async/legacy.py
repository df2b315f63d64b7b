# Generated from reflexio/_sync/legacy.py by scripts/gen_async.py. Do not edit: run `make async`.
"""Deprecated names from the older documentation, mapped to the current endpoints.

"Feedback" is now "playbook": raw feedbacks are user playbooks, (aggregated) feedbacks are agent
playbooks; a "request group" is now a session. Each alias warns once per process with a
DeprecationWarning that names its replacement, maps the old request shape (a dict or an old
reflexio_commons model) onto the new one, and calls the replacement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, NoReturn, Protocol, overload

from .._convert import DateLike, require, require_list
from .._exceptions import ReflexioError
from .._inputs.legacy import _LOGIN_REMOVED, OldRequest, _deprecated, _old_request, _plain, _user_playbook
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from ._core import AsyncAPIClient

if TYPE_CHECKING:
    from reflexio_api.models import (
        AddUserPlaybookResponse,
        DeleteSessionResponse,
        GetAgentPlaybooksViewResponse,
        GetUserPlaybooksViewResponse,
        RerunPlaybookGenerationResponse,
        RunPlaybookAggregationResponse,
    )

    class _Current(Protocol):
        """The current methods the aliases call (written in playbooks.py, operations.py, interactions.py)."""

        async def get_user_playbooks(
            self, request: Mapping[str, Any] | None = None
        ) -> GetUserPlaybooksViewResponse: ...

        async def get_agent_playbooks(
            self, request: Mapping[str, Any] | None = None, force_refresh: bool = False
        ) -> GetAgentPlaybooksViewResponse: ...

        async def add_user_playbook(self, user_playbooks: Sequence[Mapping[str, Any]]) -> AddUserPlaybookResponse: ...

        async def rerun_playbook_generation(
            self, request: Mapping[str, Any] | None = None, wait_for_response: bool = False
        ) -> RerunPlaybookGenerationResponse | None: ...

        async def run_playbook_aggregation(
            self, request: Mapping[str, Any] | None = None, wait_for_response: bool = False
        ) -> RunPlaybookAggregationResponse | None: ...

        async def delete_session(
            self, session_id: str, wait_for_response: bool = False
        ) -> DeleteSessionResponse | None: ...


class AsyncLegacyMethods(AsyncAPIClient):
    @per_call
    async def get_raw_feedbacks(
        self: _Current,
        request: OldRequest = None,
        *,
        limit: int | None = None,
        feedback_name: str | None = None,
        status_filter: list[Any] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetUserPlaybooksViewResponse:
        """Deprecated: use get_user_playbooks (raw feedbacks are now user playbooks).

        Takes the old GetRawFeedbacksRequest shape (limit, feedback_name, status_filter; feedback_name
        becomes playbook_name) and returns what get_user_playbooks returns.
        """
        _deprecated("get_raw_feedbacks", "get_user_playbooks")
        data = _old_request(request, "request", limit=limit, feedback_name=feedback_name, status_filter=status_filter)
        return await self.get_user_playbooks(data)

    @per_call
    async def add_raw_feedback(
        self: _Current,
        request: OldRequest,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> AddUserPlaybookResponse:
        """Deprecated: use add_user_playbook (raw feedbacks are now user playbooks).

        Takes the old AddRawFeedbackRequest ({"raw_feedbacks": [...]}) or just the list of raw
        feedbacks (dicts or old RawFeedback models). Their fields are renamed: raw_feedback_id ->
        user_playbook_id, feedback_name -> playbook_name, feedback_content -> content,
        when_condition -> trigger; do_action / do_not_action become "Do: ..." / "Do not: ..." lines
        of content; indexed_content is dropped (the server derives its own).
        """
        _deprecated("add_raw_feedback", "add_user_playbook")
        if isinstance(request, (list, tuple)):
            items: Any = request
        else:
            data = _plain(request, "request")
            unknown = sorted(set(data) - {"raw_feedbacks", "user_playbooks"})
            if unknown or len(data) != 1:
                raise ValueError(f"request: expected {{'raw_feedbacks': [...]}}, got the keys {sorted(data)}")
            items = next(iter(data.values()))
        require_list(items, "raw_feedbacks", empty=True)
        playbooks = [_user_playbook(item, f"raw_feedbacks[{i}]") for i, item in enumerate(items)]
        return await self.add_user_playbook(playbooks)

    @per_call
    async def get_feedbacks(
        self: _Current,
        request: OldRequest = None,
        force_refresh: bool = False,
        *,
        limit: int | None = None,
        feedback_name: str | None = None,
        status_filter: list[Any] | None = None,
        feedback_status_filter: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> GetAgentPlaybooksViewResponse:
        """Deprecated: use get_agent_playbooks (aggregated feedbacks are now agent playbooks).

        Takes the old GetFeedbacksRequest shape (limit, feedback_name, status_filter,
        feedback_status_filter; renamed to playbook_name / playbook_status_filter) and returns
        what get_agent_playbooks returns.
        """
        _deprecated("get_feedbacks", "get_agent_playbooks")
        data = _old_request(
            request,
            "request",
            limit=limit,
            feedback_name=feedback_name,
            status_filter=status_filter,
            feedback_status_filter=feedback_status_filter,
        )
        return await self.get_agent_playbooks(data, force_refresh=force_refresh)

    @overload
    async def rerun_feedback_generation(
        self: _Current,
        request: OldRequest = None,
        wait_for_response: Literal[False] = False,
        *,
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        feedback_name: str | None = None,
        source: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def rerun_feedback_generation(
        self: _Current,
        request: OldRequest = None,
        *,
        wait_for_response: Literal[True],
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        feedback_name: str | None = None,
        source: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RerunPlaybookGenerationResponse: ...

    @overload
    async def rerun_feedback_generation(
        self: _Current,
        request: OldRequest = None,
        wait_for_response: bool = False,
        *,
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        feedback_name: str | None = None,
        source: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RerunPlaybookGenerationResponse | None: ...

    @per_call
    async def rerun_feedback_generation(
        self: _Current,
        request: OldRequest = None,
        wait_for_response: bool = False,
        *,
        agent_version: str | None = None,
        start_time: DateLike | None = None,
        end_time: DateLike | None = None,
        feedback_name: str | None = None,
        source: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RerunPlaybookGenerationResponse | None:
        """Deprecated: use rerun_playbook_generation.

        Takes the old RerunFeedbackGenerationRequest shape (agent_version, start_time, end_time,
        feedback_name -> playbook_name, source). Fire-and-forget (None) unless wait_for_response.
        """
        _deprecated("rerun_feedback_generation", "rerun_playbook_generation")
        data = _old_request(
            request,
            "request",
            agent_version=agent_version,
            start_time=start_time,
            end_time=end_time,
            feedback_name=feedback_name,
            source=source,
        )
        return await self.rerun_playbook_generation(data, wait_for_response=wait_for_response)

    @overload
    async def run_feedback_aggregation(
        self: _Current,
        request: OldRequest = None,
        wait_for_response: Literal[False] = False,
        *,
        agent_version: str | None = None,
        feedback_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def run_feedback_aggregation(
        self: _Current,
        request: OldRequest = None,
        *,
        wait_for_response: Literal[True],
        agent_version: str | None = None,
        feedback_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RunPlaybookAggregationResponse: ...

    @overload
    async def run_feedback_aggregation(
        self: _Current,
        request: OldRequest = None,
        wait_for_response: bool = False,
        *,
        agent_version: str | None = None,
        feedback_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RunPlaybookAggregationResponse | None: ...

    @per_call
    async def run_feedback_aggregation(
        self: _Current,
        request: OldRequest = None,
        wait_for_response: bool = False,
        *,
        agent_version: str | None = None,
        feedback_name: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> RunPlaybookAggregationResponse | None:
        """Deprecated: use run_playbook_aggregation.

        Takes the old RunFeedbackAggregationRequest shape (agent_version, feedback_name ->
        playbook_name). Fire-and-forget (None) unless wait_for_response.
        """
        _deprecated("run_feedback_aggregation", "run_playbook_aggregation")
        data = _old_request(request, "request", agent_version=agent_version, feedback_name=feedback_name)
        return await self.run_playbook_aggregation(data, wait_for_response=wait_for_response)

    @overload
    async def delete_request_group(
        self: _Current,
        request_group: str | OldRequest,
        wait_for_response: Literal[False] = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> None: ...

    @overload
    async def delete_request_group(
        self: _Current,
        request_group: str | OldRequest,
        wait_for_response: Literal[True],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse: ...

    @overload
    async def delete_request_group(
        self: _Current,
        request_group: str | OldRequest,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse | None: ...

    @per_call
    async def delete_request_group(
        self: _Current,
        request_group: str | OldRequest,
        wait_for_response: bool = False,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> DeleteSessionResponse | None:
        """Deprecated: use delete_session (a request group is now a session).

        `request_group` is the group's (session's) id, or an old request holding it under
        "request_group" or "session_id". Fire-and-forget (None) unless wait_for_response.
        """
        _deprecated("delete_request_group", "delete_session")
        if isinstance(request_group, str):
            session_id: Any = request_group
        else:
            data = _plain(request_group, "request_group")
            keys = set(data) & {"request_group", "session_id"}
            if len(keys) != 1 or len(data) != 1:
                raise ValueError(f"request_group: expected a session id string, got the keys {sorted(data)}")
            session_id = data[keys.pop()]
        require(session_id, "request_group", blank=True)
        return await self.delete_session(session_id, wait_for_response=wait_for_response)

    async def login(self, email: str, password: str) -> NoReturn:
        """Removed: the server has no login route; authenticate with an API key instead.

        Always raises ReflexioError (without contacting the server): pass api_key= to the client
        or set REFLEXIO_API_KEY.
        """
        raise ReflexioError(_LOGIN_REMOVED)
