"""The spine against the real server: typed identity and config."""

from __future__ import annotations

import pytest

from reflexio import ReflexioClient
from reflexio.types import Config, WhoamiResponse

pytestmark = pytest.mark.server


def test_whoami_and_get_config_are_typed(real_server) -> None:
    with ReflexioClient(url_endpoint=real_server.url) as client:
        identity = client.whoami()
        config = client.get_config()
    assert isinstance(identity, WhoamiResponse) and identity.success and identity.org_id
    assert isinstance(config, Config)
    assert isinstance(config.profile_extractor_config.extraction_definition_prompt, str)


def test_env_vars_configure_the_client(real_server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFLEXIO_API_URL", real_server.url)
    with ReflexioClient() as client:
        assert client.base_url == real_server.url + "/"
        assert client.whoami().success


def test_both_clients_read_config(client) -> None:
    assert isinstance(client.get_config(), Config)
    assert client.whoami().org_id
