"""Reflexio: the spec-driven Python client for the Reflexio server.

    from reflexio import ReflexioClient, AsyncReflexioClient

The common models are here too (`from reflexio import InteractionData`); every model and enum is in
`reflexio.types`; raw endpoints: `reflexio_api.api`. Models are imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _exceptions, _shadowing
from ._backfill import BackfillReport, PublishFailure
from ._callinfo import CallInfo, call_info
from ._exceptions import *  # noqa: F403  (every error class; the list is _exceptions.__all__)
from ._session import AsyncSessionClient, SessionClient
from ._sync.client import ReflexioClient
from ._version import __version__

SessionScopedClient = SessionClient  # the official client's name for the session view

if TYPE_CHECKING:
    from reflexio_api.models import (
        AddUserPlaybookRequest,
        AddUserPlaybookResponse,
        AgentPlaybook,
        AgentPlaybookView,
        AgentSuccessConfig,
        BlockingIssue,
        BlockingIssueKind,
        BulkDeleteResponse,
        Citation,
        Config,
        ConversationTurn,
        DeleteAgentPlaybooksByIdsRequest,
        DeleteProfilesByIdsRequest,
        DeleteRequestsByIdsRequest,
        DeleteUserInteractionRequest,
        DeleteUserInteractionResponse,
        DeleteUserPlaybooksByIdsRequest,
        DeleteUserProfileRequest,
        DeleteUserProfileResponse,
        EvaluationResultView,
        FinalizeSessionRequest,
        FinalizeSessionResponse,
        GetAgentPlaybooksViewResponse,
        GetEvaluationResultsViewResponse,
        GetInteractionsViewResponse,
        GetProfilesViewResponse,
        GetRequestsViewResponse,
        GetUserPlaybooksViewResponse,
        GradeOnDemandRequest,
        GradeOnDemandResponse,
        InteractionData,
        InteractionView,
        PlaybookAggregatorConfig,
        PlaybookStatus,
        ProfileChangeLogView,
        ProfileChangeLogViewResponse,
        ProfileExtractorConfig,
        ProfileTimeToLive,
        ProfileView,
        PublishUserInteractionRequest,
        PublishUserInteractionResponse,
        RegenerateRequest,
        RegenerateStartResponse,
        RegenerateStatusResponse,
        RequestDataView,
        RerunPlaybookGenerationRequest,
        RerunPlaybookGenerationResponse,
        RerunProfileGenerationRequest,
        RerunProfileGenerationResponse,
        SearchAgentPlaybooksViewResponse,
        SearchInteractionRequest,
        SearchInteractionsViewResponse,
        SearchProfilesViewResponse,
        SearchUserPlaybooksViewResponse,
        SearchUserProfileRequest,
        SessionView,
        Status,
        StorageConfigPostgres,
        StorageConfigSQLite,
        StorageConfigSupabase,
        StorageConfigTest,
        ToolUseConfig,
        ToolUsed,
        UnifiedSearchViewResponse,
        UserActionType,
        UserPlaybook,
        UserPlaybookExtractorConfig,
        UserPlaybookView,
        UserProfile,
    )
    from reflexio_api.types import MissingFieldError

    from . import types
    from ._aliases import (
        Interaction,
        PlaybookConfig,
        SearchInteractionResponse,
        SearchUserProfileResponse,
        StorageConfig,
    )
    from ._async.client import AsyncReflexioClient
    from ._hooks import CallEvent, Hooks
    from ._raw import RawResponse


__all__ = [
    "ReflexioClient",
    "AsyncReflexioClient",
    "SessionClient",
    "SessionScopedClient",
    "AsyncSessionClient",
    "BackfillReport",
    "PublishFailure",
    "MissingFieldError",
    "CallInfo",
    "call_info",
    "CallEvent",
    "Hooks",
    "RawResponse",
    "types",
    "__version__",
]
__all__ += _exceptions.__all__
# The models users build or read most (those the official client exports at its top level), each
# imported on first use; every model and enum is in reflexio.types.
__all__ += [
    "AddUserPlaybookRequest",
    "AddUserPlaybookResponse",
    "AgentPlaybook",
    "AgentPlaybookView",
    "AgentSuccessConfig",
    "BlockingIssue",
    "BlockingIssueKind",
    "BulkDeleteResponse",
    "Citation",
    "Config",
    "ConversationTurn",
    "DeleteAgentPlaybooksByIdsRequest",
    "DeleteProfilesByIdsRequest",
    "DeleteRequestsByIdsRequest",
    "DeleteUserInteractionRequest",
    "DeleteUserInteractionResponse",
    "DeleteUserPlaybooksByIdsRequest",
    "DeleteUserProfileRequest",
    "DeleteUserProfileResponse",
    "EvaluationResultView",
    "FinalizeSessionRequest",
    "FinalizeSessionResponse",
    "GetAgentPlaybooksViewResponse",
    "GetEvaluationResultsViewResponse",
    "GetInteractionsViewResponse",
    "GetProfilesViewResponse",
    "GetRequestsViewResponse",
    "GetUserPlaybooksViewResponse",
    "GradeOnDemandRequest",
    "GradeOnDemandResponse",
    "InteractionData",
    "InteractionView",
    "PlaybookAggregatorConfig",
    "PlaybookStatus",
    "ProfileChangeLogView",
    "ProfileChangeLogViewResponse",
    "ProfileExtractorConfig",
    "ProfileTimeToLive",
    "ProfileView",
    "PublishUserInteractionRequest",
    "PublishUserInteractionResponse",
    "RegenerateRequest",
    "RegenerateStartResponse",
    "RegenerateStatusResponse",
    "RequestDataView",
    "RerunPlaybookGenerationRequest",
    "RerunPlaybookGenerationResponse",
    "RerunProfileGenerationRequest",
    "RerunProfileGenerationResponse",
    "SearchAgentPlaybooksViewResponse",
    "SearchInteractionRequest",
    "SearchInteractionsViewResponse",
    "SearchProfilesViewResponse",
    "SearchUserPlaybooksViewResponse",
    "SearchUserProfileRequest",
    "SessionView",
    "Status",
    "StorageConfigPostgres",
    "StorageConfigSQLite",
    "StorageConfigSupabase",
    "StorageConfigTest",
    "ToolUseConfig",
    "ToolUsed",
    "UnifiedSearchViewResponse",
    "UserActionType",
    "UserPlaybook",
    "UserPlaybookExtractorConfig",
    "UserPlaybookView",
    "UserProfile",
]
# The official names this client's spec spells differently (reflexio/_aliases.py).
__all__ += ["Interaction", "PlaybookConfig", "SearchInteractionResponse", "SearchUserProfileResponse", "StorageConfig"]
_ALIASES = frozenset(__all__[-5:])

_shadowing.warn_if_shared()


if not TYPE_CHECKING:  # type checkers see the imports above, so a misspelt name fails type checking

    def __getattr__(name: str) -> Any:
        if name == "AsyncReflexioClient":  # imported on first use: a sync program never loads asyncio
            from ._async.client import AsyncReflexioClient

            return AsyncReflexioClient
        if name in ("Hooks", "CallEvent"):  # imported on first use, like everything only some programs need
            from . import _hooks

            return getattr(_hooks, name)
        if name == "RawResponse":
            from ._raw import RawResponse

            return RawResponse
        if name == "types":  # every generated model; imported lazily to keep `import reflexio` fast
            import importlib

            return importlib.import_module("reflexio.types")
        if name == "MissingFieldError":  # reading a field an answer lacked (reflexio_api.types)
            from reflexio_api.types import MissingFieldError

            return MissingFieldError
        if name in _ALIASES:
            from . import _aliases

            return getattr(_aliases, name)
        if name in __all__:  # a model
            import reflexio_api.models

            return getattr(reflexio_api.models, name)
        raise AttributeError(f"module 'reflexio' has no attribute {name!r}")
