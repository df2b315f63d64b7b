"""The operation table's policy: retry classes and cache invalidations name real operations and writes."""

from __future__ import annotations

from spec_ops import operations

from reflexio import _table
from reflexio._retry import parse_retry_after, retry_delay

OPS = {op.operation_id: op.method for op in operations()}


def test_retry_flags_are_set_only_where_the_http_method_does_not_decide() -> None:
    flagged = {op for op, row in _table.TABLE.items() if row.retry is not None and op in OPS}
    assert not {op for op in flagged if OPS[op] != "post"}, "retry= is for POST rows; GET/PUT/DELETE retry"


def test_defaults_follow_the_http_method() -> None:
    assert _table.is_idempotent("get_profiles", "POST") and not _table.is_idempotent("publish_interaction", "POST")
    assert _table.is_idempotent("delete_profile", "DELETE") and _table.is_idempotent("whoami", "GET")
    assert not _table.is_idempotent("count_profiles", "POST") and _table.is_idempotent("count_profiles", "GET")


def test_invalidations_name_real_writes_and_namespaces() -> None:
    writes = {op for op, row in _table.TABLE.items() if row.invalidates}
    assert writes and all(OPS[op] != "get" for op in writes)
    assert {ns for op in writes for ns in _table.invalidated_by(op)} <= set(_table.ALL)
    assert {row.cache for row in _table.TABLE.values() if row.cache} <= set(_table.ALL)
    assert _table.invalidated_by("publish_interaction") == _table.ALL and _table.invalidated_by("get_profiles") == ()


def test_retry_after_forms() -> None:
    import httpx

    assert parse_retry_after(httpx.Headers({"retry-after": "2.5"})) == 2.5
    assert parse_retry_after(httpx.Headers({"retry-after-ms": "1500"})) == 1.5
    assert parse_retry_after(httpx.Headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}), now=1445412470) == 10
    assert parse_retry_after(httpx.Headers({"retry-after": "soon"})) is None
    assert retry_delay(0, 3.0) == 3.0
    assert retry_delay(0, 3600.0) is None
    for n in range(10):
        delay = retry_delay(n, None)
        assert delay is not None and 0.375 <= delay <= 8.0
