"""Configuration and identity against the real server, with the call shapes of the configuration docs.

set_config/update_config change the whole org and are limited to 10 calls a minute per server,
so they run on a server of this module's own; read-only calls use the shared one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from dedicated import clients_of, offline
from reflexio_api.models import Config, MyConfigResponse, WhoamiResponse
from servers import RealServer, shared

from reflexio import UnprocessableEntityError

pytestmark = pytest.mark.server

PLAYBOOK_PROMPT = "Extract playbook entries about response quality"


@pytest.fixture(scope="module")
def own_server() -> RealServer:
    """The run's server whose GET /api/my_config is open (REFLEXIO_ALLOW_MY_CONFIG=true)."""
    return shared("my-config")


@pytest.fixture(params=["sync", "async"])
def own_client(request: pytest.FixtureRequest, own_server: RealServer) -> Iterator[Any]:
    yield from clients_of(request.param, own_server.url)


def window(client: Any) -> tuple[Any, int, int]:
    config = client.get_config()
    return config.extraction_preset, config.window_size, config.stride_size


# -- identity ----------------------------------------------------------------------------------


def test_whoami_as_documented(client: Any) -> None:
    identity = client.whoami()
    assert isinstance(identity, WhoamiResponse) and identity.success
    assert (identity.org_id, identity.storage_type, identity.storage_label) == (
        "self-host-org",
        "sqlite",
        "<default sqlite>",
    )
    assert identity.storage_configured is True


def test_get_my_config_is_closed_by_default(client: Any) -> None:
    my_config = client.get_my_config()
    assert isinstance(my_config, MyConfigResponse)
    assert my_config.success is False
    assert "REFLEXIO_ALLOW_MY_CONFIG=true" in my_config.message


def test_get_my_config_as_documented_masks_its_repr(own_client: Any, own_server: RealServer) -> None:
    my_config = own_client.get_my_config()
    assert isinstance(my_config, MyConfigResponse)
    assert my_config.success and my_config.storage_type == "sqlite"
    credentials = my_config.storage_config
    assert credentials and isinstance(credentials, dict)  # the raw storage settings stay readable
    assert "storage_config=<masked>" in repr(my_config) and "storage_config=<masked>" in str(my_config)
    for value in credentials.values():
        if isinstance(value, str) and value:
            assert value not in repr(my_config)


# -- get_config --------------------------------------------------------------------------------


def test_get_config_as_documented(client: Any) -> None:
    config = client.get_config()
    assert isinstance(config, Config)
    assert isinstance(config.profile_extractor_config.extraction_definition_prompt, str)
    assert config.profile_extractor_config.extraction_definition_prompt
    assert config.user_playbook_extractor_config.extraction_definition_prompt.startswith("Extract playbook rules")
    assert config.window_size >= config.stride_size > 0


# -- set_config / update_config (own server) ---------------------------------------------------


def test_set_config_with_a_preset_as_documented(own_client: Any) -> None:
    storage_before = own_client.get_config().storage_config.to_dict()
    assert own_client.set_config({"extraction_preset": "quick_chat"})["success"]
    assert window(own_client) == ("quick_chat", 5, 3)

    response = own_client.set_config(
        {
            "extraction_preset": "long_form",  # auto-sets window_size=25, stride_size=10
            "user_playbook_extractor_config": {"extraction_definition_prompt": PLAYBOOK_PROMPT},
        }
    )
    assert isinstance(response, dict)
    assert response["success"] is True and response["message"] == response["msg"] == "Configuration set successfully"
    config = own_client.get_config()
    assert (config.extraction_preset, config.window_size, config.stride_size) == ("long_form", 25, 10)
    assert config.user_playbook_extractor_config.extraction_definition_prompt == PLAYBOOK_PROMPT
    assert config.storage_config.to_dict() == storage_before  # the rest of the config is kept


def test_set_config_full_configuration_as_documented(own_client: Any) -> None:
    config = own_client.get_config()

    # Configure profile extraction
    config.profile_extractor_config = {
        "extraction_definition_prompt": "Extract user preferences and interests",
        "context_prompt": "Analyzing customer conversations",
    }

    # Add playbook configuration with aggregation and deduplication
    config.user_playbook_extractor_config = {
        "extraction_definition_prompt": PLAYBOOK_PROMPT,
        "aggregation_config": {
            "min_cluster_size": 3,
            "clustering_similarity": 0.6,
        },
        "deduplication_config": {
            "search_threshold": 0.4,
            "search_top_k": 5,
        },
    }

    response = own_client.set_config(config)
    assert response["success"] is True

    stored = own_client.get_config()
    assert stored.profile_extractor_config.extraction_definition_prompt == "Extract user preferences and interests"
    assert stored.profile_extractor_config.context_prompt == "Analyzing customer conversations"
    playbook = stored.user_playbook_extractor_config
    assert playbook.extraction_definition_prompt == PLAYBOOK_PROMPT
    assert (playbook.aggregation_config.min_cluster_size, playbook.aggregation_config.clustering_similarity) == (3, 0.6)
    assert (playbook.deduplication_config.search_threshold, playbook.deduplication_config.search_top_k) == (0.4, 5)


def test_set_config_refused_by_the_server_raises(own_client: Any) -> None:
    before = window(own_client)
    with pytest.raises(UnprocessableEntityError) as caught:
        own_client.set_config({"window_size": 2, "stride_size": 5})
    assert caught.value.status_code == 422
    assert "stride_size must be <= window_size" in str(caught.value.detail)
    assert window(own_client) == before


def test_update_config_as_documented(own_client: Any) -> None:
    response = own_client.update_config({"shadow_mode_enabled": True})
    assert isinstance(response, dict)
    assert response["success"] is True and response["msg"] == "Configuration set successfully"
    assert own_client.get_config().shadow_mode_enabled is True
    assert own_client.update_config({"shadow_mode_enabled": False})["success"]
    assert own_client.get_config().shadow_mode_enabled is False

    # nested objects are replaced wholesale: fields left out fall back to their defaults
    own_client.update_config({"profile_extractor_config": {"extraction_definition_prompt": "Only food preferences"}})
    profile = own_client.get_config().profile_extractor_config
    assert profile.extraction_definition_prompt == "Only food preferences"
    assert profile.context_prompt is None


# -- bad input: refused before any network traffic --------------------------------------------


@pytest.fixture(params=["sync", "async"])
def nowhere(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from offline(request.param)


def test_bad_input_is_refused_before_sending(nowhere: Any) -> None:
    with pytest.raises(TypeError, match="Config or a dict"):
        nowhere.set_config("window_size=5")
    with pytest.raises(TypeError, match="Config or a dict"):
        nowhere.set_config([("window_size", 5)])
    with pytest.raises(TypeError, match="dict"):
        nowhere.update_config([("shadow_mode_enabled", True)])
    with pytest.raises(TypeError, match="dict"):
        nowhere.update_config(Config)
    assert nowhere.pending == 0
