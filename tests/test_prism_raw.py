"""Every operation of openapi/reflexio.yaml, called through its generated module against Prism.

The request of each call is built from the operation's schemas (required fields only, then every
field), so the generated serializers are checked against the spec for every operation,
including those the real server cannot serve without an LLM.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from prism import Prism, violations
from reflexio_api.client import AuthenticatedClient
from spec_ops import SpecOp, call_kwargs, example, operations, resolve

pytestmark = pytest.mark.prism

# Request variants: (every field, last anyOf alternative) — see spec_ops.example.
VARIANTS = {
    "required fields": (False, False),
    "every field": (True, False),
    "every field, last alternatives": (True, True),
}


@pytest.fixture(scope="module")
def raw(prism: Prism) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=prism.url, token="test-key", raise_on_unexpected_status=True) as client:
        yield client


def test_the_spec_has_every_operation_once() -> None:
    ids = [op.operation_id for op in operations()]
    assert ids and len(set(ids)) == len(ids)


def test_every_operation_is_accepted_and_its_answer_parses(raw: AuthenticatedClient) -> None:
    exercised: set[str] = set()
    failures: list[str] = []
    for op in operations():
        for variant, (full, last) in VARIANTS.items():
            label = f"{op} ({variant})"
            try:
                kwargs = call_kwargs(op, full, last)
            except Exception as exc:  # the generated model refused a value its schema allows
                failures.append(f"{label}: {type(exc).__name__}: {exc}")
                continue
            response = op.module.sync_detailed(client=raw, **kwargs)
            if response.status_code != op.success_status:
                failures.append(f"{label}: {response.status_code} {violations(response) or response.content[:300]!r}")
            elif not isinstance(response.parsed, op.returns):
                failures.append(f"{label}: parsed {type(response.parsed).__name__}, not {op.returns.__name__}")
            else:
                exercised.add(op.operation_id)
    assert not failures, f"{len(failures)} call(s) failed:\n" + "\n".join(failures)
    assert exercised == {op.operation_id for op in operations()}


def _with_body_constraints() -> list[SpecOp]:
    return [op for op in operations() if (_body_schema(op) or {}).get("required")]


def _body_schema(op: SpecOp) -> dict[str, object] | None:
    body = op.operation.get("requestBody")
    return None if body is None else dict(resolve(body["content"]["application/json"]["schema"]))


def _url(op: SpecOp) -> str:
    path = op.path
    for parameter in op.operation.get("parameters", []):
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", "x1")
    query = {p["name"]: example(resolve(p["schema"])) for p in op.operation.get("parameters", []) if p["in"] == "query"}
    return str(httpx.URL(path, params=query))


@pytest.mark.parametrize("op", _with_body_constraints(), ids=str)
def test_a_body_without_a_required_field_is_refused(prism: Prism, op: SpecOp) -> None:
    """Prism is strict: the calls above pass because the requests are valid, not because anything goes."""
    schema = _body_schema(op)
    assert schema is not None
    body = example(schema, full=True)
    missing = list(schema["required"])[0]  # type: ignore[call-overload]
    del body[missing]
    response = httpx.request(op.method, prism.url + _url(op), json=body, headers={"Authorization": "Bearer k"})
    assert response.status_code == 422
    assert missing in violations(response)
