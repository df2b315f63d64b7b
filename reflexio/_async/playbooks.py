# Generated from reflexio/_sync/playbooks.py by scripts/gen_async.py. Do not edit: run `make async`.
"""User and agent playbooks: read, search, add, update, delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._inputs.playbooks import check_not_dropped, items_request
from .._operation import Operation
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .plain import AsyncPlaybooksPlain

if TYPE_CHECKING:
    from reflexio_api.models import (
        AddAgentPlaybookRequest,
        AddAgentPlaybookResponse,
        AddUserPlaybookRequest,
        AddUserPlaybookResponse,
        AgentPlaybook,
        UserPlaybook,
    )


class AsyncPlaybooksMethods(AsyncPlaybooksPlain):
    @per_call
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
        """Add user playbooks directly to storage (each needs agent_version and request_id).

        Takes a list of UserPlaybook models or dicts; a single one, or the whole request, works too.

        Args:
            user_playbooks: UserPlaybook models or dicts, a single one, or the whole request.
        """
        from reflexio_api.api.playbooks import add_user_playbook
        from reflexio_api.models import AddUserPlaybookRequest, AddUserPlaybookResponse, UserPlaybook

        body = items_request(AddUserPlaybookRequest, UserPlaybook, user_playbooks, "user_playbooks")
        return await self._request(Operation(add_user_playbook, {"body": body}, AddUserPlaybookResponse))

    @per_call
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
        """Add agent playbooks directly to storage (each needs agent_version and content).

        Takes a list of AgentPlaybook models or dicts; a single one, or the whole request, works too.
        The server stores agent_version, playbook_name, content, trigger, rationale, playbook_status
        and playbook_metadata and assigns id and creation time; other fields (tags, status, ...) are
        refused with ValueError, since the server would drop them.

        Args:
            agent_playbooks: AgentPlaybook models or dicts, a single one, or the whole request.
        """
        from reflexio_api.api.playbooks import add_agent_playbooks
        from reflexio_api.models import AddAgentPlaybookRequest, AddAgentPlaybookResponse, AgentPlaybook

        body = items_request(AddAgentPlaybookRequest, AgentPlaybook, agent_playbooks, "agent_playbooks")
        for i, item in enumerate(body.agent_playbooks):
            check_not_dropped(item, f"agent_playbooks[{i}]")
        return await self._request(Operation(add_agent_playbooks, {"body": body}, AddAgentPlaybookResponse))
