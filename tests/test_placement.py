"""Module placement (openapi/placement.toml) and deprecated operations.

A route the server moves keeps its `reflexio_api.api.<folder>.<operation_id>` import; a new
operation gets a line in the table; a deprecated one gets a docstring notice and a warning.
"""

from __future__ import annotations

import ast
import copy
import importlib
import re
import tomllib
from pathlib import Path
from typing import Any

import deprecation
import placement
import pytest
import reflexio_api.deprecated
import yaml
from normalize_spec import normalize

import reflexio
from reflexio import ReflexioClient

ROOT = Path(__file__).resolve().parent.parent


CFG = tomllib.loads((ROOT / "codegen.toml").read_text())
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi/reflexio.yaml").read_text())
TABLE = placement.load(ROOT / "openapi/placement.toml")
UPSTREAM: dict[str, Any] = yaml.safe_load((ROOT / "openapi/upstream/reflexio-ai.openapi.json").read_text())
SYNC = sorted((ROOT / "reflexio" / "_sync").glob("*.py"))


def _ops(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for item in doc["paths"].values() for op in item.values() if "operationId" in op}


def test_the_table_places_every_operation_of_the_spec() -> None:
    assert placement.updated(SPEC, TABLE) == TABLE, "openapi/placement.toml is stale: run `make normalize`"
    for name, folder in TABLE.items():
        assert _ops(SPEC)[name]["tags"] == [folder]
        importlib.import_module(f"reflexio_api.api.{folder}.{name}")


def test_a_moved_route_keeps_its_module_and_a_new_operation_gets_a_line() -> None:
    doc = copy.deepcopy(UPSTREAM)
    paths = doc["paths"]
    # moved: FastAPI's operationId follows the route; no tag rule of codegen.toml matches the new one
    moved = paths.pop("/api/learning_status")
    moved["get"]["operationId"] = "get_learning_status_v2_learning_state_get"
    paths["/v2/learning/state"] = moved
    # new: a route matching the "profiles" rule
    new = copy.deepcopy(paths["/api/get_profiles"])
    new["post"]["operationId"] = "placement_probe_api_profile_probe_post"
    paths["/api/profile_probe"] = new
    out = normalize(doc, CFG)
    ops = _ops(out)
    assert ops["get_learning_status"]["tags"] == [TABLE["get_learning_status"]]
    assert ops["placement_probe"]["tags"] == ["profiles"]
    table = placement.updated(out, TABLE)
    assert table.pop("placement_probe") == "profiles" and table == TABLE


def test_a_vanished_operation_leaves_the_table() -> None:
    doc = copy.deepcopy(SPEC)
    del doc["paths"]["/api/get_profile_statistics"]
    assert "get_profile_statistics" not in placement.updated(doc, TABLE)


def test_saved_table_reads_back(tmp_path: Path) -> None:
    placement.save(tmp_path / "placement.toml", TABLE)
    assert placement.load(tmp_path / "placement.toml") == TABLE


def mixin_folders() -> dict[tuple[Path, str], str]:
    """(source, method) -> the folder its mixin is named after: reflexio/_sync/<folder>.py, or the
    generated <Folder>Plain class of reflexio/_sync/plain.py."""
    found: dict[tuple[Path, str], str] = {}
    for source in SYNC:
        for cls in (n for n in ast.parse(source.read_text()).body if isinstance(n, ast.ClassDef)):
            folder = source.stem
            if source.stem == "plain":
                folder = re.sub(r"(?<!^)(?=[A-Z])", "_", cls.name.removesuffix("Plain")).lower()
            for node in cls.body:
                if isinstance(node, ast.FunctionDef):
                    found[(source, node.name)] = folder
    return found


def test_an_operation_lives_in_the_folder_named_after_its_mixin() -> None:
    """generated/reflexio_api/api/<domain>/ and reflexio/_sync/<domain>.py (and _inputs/<domain>.py), or the
    generated <Domain>Plain mixin of reflexio/_sync/plain.py: one name."""
    folders = mixin_folders()
    misplaced = [
        f"reflexio/_sync/{source.stem}.py {node.name} imports {name} from reflexio_api.api.{TABLE[name]}"
        for name, users in overlay_methods().items()
        for source, node in users
        if TABLE[name] != folders[(source, node.name)]
    ]
    assert not misplaced, (
        f"{misplaced}: set the operation's folder to the mixin's name in openapi/placement.toml, run `make client`, "
        "and note the moved reflexio_api.api module in CHANGELOG.md (or move the method to the mixin of its folder)"
    )
    assert set(TABLE.values()) <= set(folders.values()), "a generated folder without a mixin"


# -- deprecation --------------------------------------------------------------------------------


def overlay_methods() -> dict[str, list[tuple[Path, ast.FunctionDef]]]:
    """operationId -> the overlay methods importing its generated module."""
    found: dict[str, list[tuple[Path, ast.FunctionDef]]] = {}
    for source in SYNC:
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.FunctionDef):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("reflexio_api.api."):
                        for alias in inner.names:
                            found.setdefault(alias.name, []).append((source, node))
    return found


def undocumented_deprecations(doc: dict[str, Any]) -> list[str]:
    """Overlay methods calling a deprecated operation whose docstring does not say so."""
    methods = overlay_methods()
    return [
        f"{source.relative_to(ROOT)}:{node.lineno} {node.name}"
        for name in deprecation.deprecated(doc)
        for source, node in methods.get(name, [])
        if "deprecated" not in (ast.get_docstring(node) or "").lower()
    ]


def test_methods_of_deprecated_operations_say_so() -> None:
    missing = undocumented_deprecations(SPEC)
    assert not missing, f"the server deprecated these operations: say so in the docstrings of {missing}"
    doc = copy.deepcopy(SPEC)
    doc["paths"]["/api/get_profiles"]["post"]["deprecated"] = True
    assert [m.split(" ")[1] for m in undocumented_deprecations(doc)] == ["get_profiles"]


def test_the_generated_list_matches_the_spec() -> None:
    assert sorted(reflexio_api.deprecated.OPERATIONS) == deprecation.deprecated(SPEC), "run `make client`"
    doc = copy.deepcopy(SPEC)
    doc["paths"]["/api/get_profiles"]["post"]["deprecated"] = True
    deprecation.annotate(doc)
    deprecation.annotate(doc)
    assert doc["paths"]["/api/get_profiles"]["post"]["description"].count(deprecation.NOTICE) == 1
    namespace: dict[str, Any] = {}
    exec(deprecation.module_source(doc, "# banner"), namespace)
    assert namespace["OPERATIONS"] == {"get_profiles"}


def test_calling_a_deprecated_operation_warns_at_the_callers_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reflexio_api.deprecated, "OPERATIONS", frozenset({"get_profiles"}))
    client = ReflexioClient(url_endpoint="http://127.0.0.1:9", max_retries=0)  # nothing listens there
    with client, pytest.warns(DeprecationWarning, match="get_profiles") as caught, pytest.raises(reflexio.APIError):
        client.get_profiles(user_id="u")
    assert caught[0].filename == __file__
