"""The official client's model names that this client's spec spells differently.

Code written for the official `reflexio` package imports these; each is the generated model the
server's answers parse into (or, for `StorageConfig`, the union of the storage configs). Loaded on
first use (reflexio/__init__.py, reflexio/client): importing this module imports the models it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from reflexio_api.models import (
    Config,
    InteractionView,
    SearchInteractionsViewResponse,
    SearchProfilesViewResponse,
    StorageConfigManagedSupabase,
    StorageConfigPostgres,
    StorageConfigSQLite,
    StorageConfigSupabase,
    StorageConfigTest,
    UserPlaybookExtractorConfig,
)

Interaction: TypeAlias = InteractionView
"""A stored interaction as the API returns it (the official name of InteractionView)."""

SearchInteractionResponse: TypeAlias = SearchInteractionsViewResponse
"""What search_interactions returns."""

SearchUserProfileResponse: TypeAlias = SearchProfilesViewResponse
"""What search_profiles / search_user_profiles return."""

PlaybookConfig: TypeAlias = UserPlaybookExtractorConfig
"""The official alias of UserPlaybookExtractorConfig."""

StorageConfig: TypeAlias = (
    StorageConfigSQLite
    | StorageConfigSupabase
    | StorageConfigPostgres
    | StorageConfigManagedSupabase
    | StorageConfigTest
    | None
)
"""Any storage configuration of Config.storage_config."""

ConfigResponse: TypeAlias = Config
"""What get_config returns (keys newer than the spec stay in `additional_properties`)."""


@dataclass
class OfflineTunerConfigResponse:
    """The official client's offline-tuner overlay of get_config, `{"enabled": bool}`.

    reflexio-ai 0.2.32 does not send it; the name is here so code importing it keeps working.
    """

    enabled: bool


NAMES = (
    "Interaction",
    "SearchInteractionResponse",
    "SearchUserProfileResponse",
    "PlaybookConfig",
    "StorageConfig",
    "ConfigResponse",
    "OfflineTunerConfigResponse",
)
