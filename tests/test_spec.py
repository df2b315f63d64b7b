"""The normalized spec keeps every operation and schema of the server document, with clean names."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
METHODS = {"get", "put", "post", "delete", "patch"}


def _ops(doc: dict) -> dict[tuple[str, str], dict]:
    return {(m, p): op for p, item in doc["paths"].items() for m, op in item.items() if m in METHODS}


def test_every_operation_and_schema_is_kept() -> None:
    upstream = json.loads((ROOT / "openapi/upstream/reflexio-ai.openapi.json").read_text())
    spec = yaml.safe_load((ROOT / "openapi/reflexio.yaml").read_text())
    assert _ops(spec).keys() == _ops(upstream).keys(), "run `make normalize`"
    assert set(upstream["components"]["schemas"]) <= set(spec["components"]["schemas"]), "run `make normalize`"
    assert spec["info"]["title"] == "Reflexio API"


def test_spec_comes_from_the_targeted_server() -> None:
    target = tomllib.loads((ROOT / "codegen.toml").read_text())["spec"]["server_version"]
    spec = yaml.safe_load((ROOT / "openapi/reflexio.yaml").read_text())
    assert spec["info"]["version"] == target, (
        f"openapi/reflexio.yaml comes from reflexio-ai {spec['info']['version']}, codegen.toml targets {target}: "
        "set [spec].server_version in codegen.toml (or `make spec` against the targeted server)"
    )


def test_operation_ids_are_clean_unique_and_tagged() -> None:
    spec = yaml.safe_load((ROOT / "openapi/reflexio.yaml").read_text())
    ids = [op["operationId"] for op in _ops(spec).values()]
    assert len(ids) == len(set(ids))
    for (method, path), op in _ops(spec).items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op["operationId"]), op["operationId"]
        assert not op["operationId"].endswith(f"_{method}"), f"FastAPI suffix left on {method} {path}"
        assert "_api_" not in op["operationId"]
        assert len(op["tags"]) == 1
    assert _ops(spec)[("post", "/api/get_profiles")]["operationId"] == "get_profiles"
    assert _ops(spec)[("get", "/stall_state")]["operationId"] == "get_stall_state"
