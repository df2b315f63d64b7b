"""Every operation of the spec is either wrapped by a client method or listed as raw-only.

A new server operation (after `make spec` → `make client`) fails here until it is classified;
raw-only operations stay reachable through `call_endpoint` and `api_client` (docs/raw-endpoints.md).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml
from clients import AsyncAsSync
from reflexio_api.api.health import health_check
from reflexio_api.api.profiles import get_profile_statistics
from reflexio_api.models import GetProfileStatisticsResponse

import reflexio
from reflexio import ReflexioClient

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "reflexio.yaml"
RAW_DOC = ROOT / "docs" / "raw-endpoints.md"
METHOD_SOURCES = sorted((ROOT / "reflexio" / "_sync").glob("*.py"))


def spec_operations() -> dict[str, str]:
    spec = yaml.safe_load(SPEC.read_text())
    return {
        op["operationId"]: f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def wrapped_operations() -> set[str]:
    """Operations whose generated module a client method imports."""
    names: set[str] = set()
    for source in METHOD_SOURCES:
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reflexio_api.api."):
                names.update(alias.name for alias in node.names)
    return names


def raw_only_operations() -> dict[str, str]:
    """The table of docs/raw-endpoints.md: operation -> route."""
    rows = re.findall(r"^\| `(\w+)` \| ([A-Z]+ \S+) \|", RAW_DOC.read_text(), flags=re.MULTILINE)
    return dict(rows)


def test_every_operation_is_wrapped_or_documented_as_raw_only() -> None:
    operations = spec_operations()
    wrapped, raw_only = wrapped_operations(), raw_only_operations()
    unclassified = sorted(set(operations) - wrapped - set(raw_only))
    assert not unclassified, f"wrap these or list them in docs/raw-endpoints.md: {unclassified}"
    assert not wrapped - set(operations), "a client method imports an operation the spec does not have"
    assert not wrapped & set(raw_only), f"wrapped yet listed as raw-only: {sorted(wrapped & set(raw_only))}"
    assert {op: operations[op] for op in raw_only} == raw_only, "docs/raw-endpoints.md routes are stale"


def test_call_endpoint_rejects_bad_input_before_any_traffic() -> None:
    client = ReflexioClient(url_endpoint="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(TypeError, match="reflexio_api.api"):
        client.call_endpoint(reflexio)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="get_profile_statistics"):
        client.call_endpoint(get_profile_statistics, body={"user_id": "u"})
    client.close()


@pytest.mark.server
def test_raw_only_operations_work_through_both_clients(client) -> None:
    stats = client.call_endpoint(get_profile_statistics)
    assert isinstance(stats, GetProfileStatisticsResponse) and stats.success
    if isinstance(client, AsyncAsSync):
        response = client._loop.run_until_complete(health_check.asyncio_detailed(client=client.api_client))
    else:
        response = health_check.sync_detailed(client=client.api_client)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")


@pytest.mark.server
def test_raw_calls_carry_the_clients_key(real_server_key) -> None:
    from conftest import SERVER_KEY

    with ReflexioClient(url_endpoint=real_server_key.url, api_key=SERVER_KEY) as good:
        assert get_profile_statistics.sync_detailed(client=good.api_client).status_code == 200
        assert good.call_endpoint(get_profile_statistics).success
    with ReflexioClient(url_endpoint=real_server_key.url, api_key="wrong-key", max_retries=0) as bad:
        assert get_profile_statistics.sync_detailed(client=bad.api_client).status_code == 401
        with pytest.raises(reflexio.AuthenticationError):
            bad.call_endpoint(get_profile_statistics)
