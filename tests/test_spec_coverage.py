"""Every operation of the spec has a row in the operation table (reflexio/_table.py) and a client
method: generated from its row (reflexio/_sync/plain.py) or the hand-written hook the row names
(reflexio/_sync/<domain>.py).

A new server operation (after `make regen`) gets a generated method with the defaults at once; the
test below then names the table row to write, so a maintainer reviews its name, docs and policy.
The generated endpoint modules stay importable for edge cases (`call_endpoint`, `api_client`).
"""

from __future__ import annotations

import datetime as dt
import inspect
import re

import gen_methods
import pytest
from clients import AsyncAsSync
from reflexio_api.api.health import health_check
from reflexio_api.api.profiles import get_profile_statistics
from reflexio_api.models import GetProfileStatisticsResponse
from spec_ops import operations

import reflexio
from reflexio import AsyncReflexioClient, ReflexioClient
from reflexio._session import AsyncSessionClient, SessionClient
from reflexio._table import TABLE
from reflexio.testing import FakeReflexio

GENERATED = gen_methods.OUT
HAND_WRITTEN = gen_methods.hand_written_sources()


def spec_operations() -> dict[str, str]:
    """Operation id -> its route ("POST /api/get_profiles")."""
    return {op.operation_id: f"{op.method.upper()} {op.path}" for op in operations()}


def test_every_operation_has_a_method() -> None:
    operations = spec_operations()
    hand = gen_methods.imported_operations(HAND_WRITTEN)
    generated = gen_methods.imported_operations([GENERATED])
    assert set(operations) <= hand | generated, "run `make client` (scripts/gen_methods.py)"
    assert not (hand | generated) - set(operations), "a client method imports an operation the spec does not have"
    hooked = {operation for operation, row in TABLE.items() if row.hook}
    assert hooked <= hand, f"rows name hooks that no hand-written method implements: {sorted(hooked - hand)}"
    assert not hooked & generated


def test_no_hand_written_method_hides_a_generated_one() -> None:
    """A hand-written method named like a generated one would win silently: its row names it as the hook instead."""
    from reflexio._sync import plain

    classes = [cls for cls in vars(plain).values() if isinstance(cls, type) and cls.__module__ == plain.__name__]
    generated = {name for cls in classes for name in vars(cls) if not name.startswith("_")}
    for cls in ReflexioClient.__mro__:
        if cls.__module__.startswith("reflexio._sync.") and cls.__module__ != plain.__name__:
            hidden = sorted(n for n in vars(cls) if not n.startswith("_") and n in generated)
            assert not hidden, f"{cls.__name__} hides generated {hidden}: give their rows in reflexio/_table.py a hook"


def test_every_operation_has_a_reviewed_table_row() -> None:
    """A new server operation's method is generated with the defaults; this names the row to write."""
    unreviewed = sorted(set(spec_operations()) - set(TABLE))
    assert not unreviewed, (
        f"new operations with generated default methods: {unreviewed}. Review each and add its row to TABLE in "
        "reflexio/_table.py (name, summary, notes, retry for a POST, the cached reads it invalidates)"
    )


def test_every_table_row_is_an_operation_of_the_spec() -> None:
    gone = sorted(set(TABLE) - set(spec_operations()))
    assert not gone, (
        f"rows of TABLE in reflexio/_table.py for operations the spec no longer has: {gone}. A route that moved keeps "
        "its operation id through codegen.toml [spec.operation_ids] (build/spec-diff.md lists the entries whose "
        "route is gone); an operation the server removed loses its row"
    )


def test_hooks_are_methods_of_both_clients() -> None:
    for operation, row in TABLE.items():
        if row.hook:
            for client in (ReflexioClient, AsyncReflexioClient):
                assert callable(getattr(client, row.hook, None)), (operation, client.__name__, row.hook)


def test_generated_methods_are_on_both_clients_with_their_docs() -> None:
    operations = spec_operations()
    for operation, row in TABLE.items():
        if row.hook or operation not in operations:  # a row without its operation: the test above
            continue
        name = row.method or operation
        for client in (ReflexioClient, AsyncReflexioClient):
            method = getattr(client, name)
            assert operation in (method.__doc__ or ""), (client.__name__, name)
        for view in (SessionClient, AsyncSessionClient):
            assert callable(getattr(view, name)), (view.__name__, name)


# per-call options, documented once in docs/client.md
CALL_OPTIONS = {"self", "extra_headers", "extra_query", "extra_body", "timeout"}


def documented_parameters(doc: str) -> set[str]:
    """The names an Args section describes (`name:` or `a, b:` at the start of an entry)."""
    args = doc.partition("\nArgs:\n")[2]
    entries = re.findall(r"^    (\w+(?:, \w+)*):", args, re.MULTILINE)
    return {name for entry in entries for name in entry.split(", ")}


@pytest.mark.parametrize("client", [ReflexioClient, AsyncReflexioClient, SessionClient, AsyncSessionClient])
def test_every_method_documents_each_of_its_parameters(client: type) -> None:
    missing = {}
    for name, member in inspect.getmembers(client, callable):
        doc = inspect.getdoc(member) or ""
        if name.startswith("_") or doc.startswith(("Deprecated", "Removed")):
            continue  # old names document the shape they take in their prose
        parameters = inspect.signature(member).parameters.values()
        named = {p.name for p in parameters if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)} - CALL_OPTIONS
        if named - documented_parameters(doc):
            missing[name] = sorted(named - documented_parameters(doc))
    assert not missing, f"methods of {client.__name__} whose Args section leaves parameters out: {missing}"


def test_query_parameters_take_their_enums_raw_values_and_stamps_as_datetimes() -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        client.list_pending_tool_calls("expired", 5)
        client.get_all_profiles(
            status_filter="archived", date_field="created_at", start_time=dt.datetime(2025, 1, 2, tzinfo=dt.UTC)
        )
    assert fake.calls("list_pending_tool_calls")[0].params == {"status": "expired", "limit": "5"}
    sent = fake.calls("get_all_profiles")[0].params
    assert (sent["status_filter"], sent["date_field"], sent["start_time"]) == ("archived", "created_at", "1735776000")


def test_a_generated_method_refuses_bad_input_before_any_traffic() -> None:
    with ReflexioClient(url_endpoint="http://127.0.0.1:9", max_retries=0) as client:
        with pytest.raises(ValueError, match="days_bak"):
            client.get_dashboard_stats({"days_bak": 3})
        with pytest.raises((TypeError, ValueError), match="days_back"):
            client.get_dashboard_stats(days_back="three")  # type: ignore[arg-type]


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
