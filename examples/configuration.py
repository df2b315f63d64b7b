"""Configuration: read and change the org config, identity and storage routing, the server cache.

Docs page: configuration. Run: python examples/configuration.py
Reads REFLEXIO_API_URL and REFLEXIO_API_KEY like any client; without REFLEXIO_API_URL a local
server is started for the run (see examples/_server.py). The configuration is changed for the
demonstration and put back as it was at the end.
"""

from __future__ import annotations

import sys

from _server import reflexio_server

from reflexio import ReflexioClient
from reflexio.types import (
    DeduplicationConfig,
    PlaybookAggregatorConfig,
    ProfileExtractorConfig,
    UserPlaybookExtractorConfig,
)


def main() -> int:
    with reflexio_server(), ReflexioClient() as client:
        original = client.get_config()
        try:
            demonstrate(client)
        finally:
            restored = client.set_config(original)
            print(f"Original configuration restored: {restored['success']}")
    return 0


def demonstrate(client: ReflexioClient) -> None:
    # get_config
    config = client.get_config()
    if config.profile_extractor_config is not None:
        print(f"Profile prompt: {config.profile_extractor_config.extraction_definition_prompt}")
    if config.user_playbook_extractor_config is not None:
        print(f"Playbook prompt: {config.user_playbook_extractor_config.extraction_definition_prompt}")

    # set_config with a preset and a partial dict: the rest of the config is kept.
    response = client.set_config(
        {
            "extraction_preset": "long_form",  # auto-sets window_size=25, stride_size=10
            "user_playbook_extractor_config": {
                "extraction_definition_prompt": "Extract playbook entries about response quality",
            },
        }
    )
    config = client.get_config()
    print(
        f"Preset applied: {response['success']}: extraction_preset={config.extraction_preset} "
        f"window_size={config.window_size} stride_size={config.stride_size}"
    )

    # set_config with a full configuration: change nested parts of what get_config returned.
    config = client.get_config()
    config.profile_extractor_config = ProfileExtractorConfig(
        extraction_definition_prompt="Extract user preferences and interests",
        context_prompt="Analyzing customer conversations",
    )
    config.user_playbook_extractor_config = UserPlaybookExtractorConfig(
        extraction_definition_prompt="Extract playbook entries about response quality",
        aggregation_config=PlaybookAggregatorConfig(min_cluster_size=3, clustering_similarity=0.6),
        deduplication_config=DeduplicationConfig(search_threshold=0.4, search_top_k=5),
    )
    response = client.set_config(config)
    print(f"Config updated: {response['success']}")
    stored = client.get_config()
    if stored.profile_extractor_config is not None:
        print(f"Stored profile context_prompt: {stored.profile_extractor_config.context_prompt}")
    playbooks = stored.user_playbook_extractor_config
    if playbooks is not None and playbooks.aggregation_config is not None:
        print(f"Stored aggregation min_cluster_size: {playbooks.aggregation_config.min_cluster_size}")

    # update_config: a server-side shallow merge of just these fields.
    response = client.update_config({"shadow_mode_enabled": True})
    print(f"update_config: {response['success']}, shadow_mode_enabled={client.get_config().shadow_mode_enabled}")

    # invalidate_cache: evict the server's cached config of this org.
    response = client.invalidate_cache()
    print(f"invalidate_cache: invalidated={response['invalidated']} org_id={response['org_id']}")

    # whoami: masked, safe to print.
    identity = client.whoami()
    print(f"whoami: {identity.org_id} {identity.storage_type} {identity.storage_label}")

    # get_my_config: raw storage credentials; never print the storage_config itself.
    my_config = client.get_my_config()
    if my_config.success:
        print(f"get_my_config: storage_type={my_config.storage_type}")
    else:
        print(f"get_my_config: not available here: {my_config.message}")


if __name__ == "__main__":
    sys.exit(main())
