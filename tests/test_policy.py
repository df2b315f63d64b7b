"""Every operation of the spec is classified for retries; the cache invalidation table names real writes."""

from __future__ import annotations

from pathlib import Path

import yaml

from reflexio import _policy
from reflexio._retry import parse_retry_after, retry_delay

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi/reflexio.yaml").read_text())
OPS = {op["operationId"]: m for item in SPEC["paths"].values() for m, op in item.items() if isinstance(op, dict)}


def test_every_post_is_classified_once() -> None:
    posts = {op for op, method in OPS.items() if method == "post"}
    both = _policy.IDEMPOTENT_POSTS & _policy.NON_IDEMPOTENT_POSTS
    assert not both, f"classified twice: {both}"
    unclassified = posts - _policy.IDEMPOTENT_POSTS - _policy.NON_IDEMPOTENT_POSTS
    assert not unclassified, f"new POST operations: add them to reflexio/_policy.py: {sorted(unclassified)}"
    unknown = (_policy.IDEMPOTENT_POSTS | _policy.NON_IDEMPOTENT_POSTS) - posts
    assert not unknown, f"_policy names operations the spec has not (as POST): {sorted(unknown)}"


def test_invalidation_table_names_real_writes() -> None:
    assert set(_policy.INVALIDATES) <= set(OPS)
    assert all(OPS[op] != "get" for op in _policy.INVALIDATES)
    assert _policy.is_idempotent("get_profiles", "POST") and not _policy.is_idempotent("publish_interaction", "POST")
    assert _policy.is_idempotent("delete_profile", "DELETE")


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
