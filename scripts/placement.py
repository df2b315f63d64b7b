"""Where each operation's generated module lives: openapi/placement.toml (operationId = "folder").

The module of an operation is `reflexio_api.api.<folder>.<operation_id>`. The folder comes from the
committed table, not from the route, so a server that moves a route does not move a public import.
`make spec` (scripts/normalize_spec.py) adds each new operation with the folder of the first
codegen.toml [spec].tags rule matching its route, and drops operations the server no longer has;
it never changes the line of an existing operation. Moving a line by hand moves a public import
(a breaking change for code importing `reflexio_api.api` modules: say so in CHANGELOG.md).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
HEADER = """\
# Module folder of each operation: reflexio_api.api.<folder>.<operation_id> (see scripts/placement.py).
# `make spec` adds new operations (folder from codegen.toml [spec].tags) and never changes an existing
# line, so a moved route keeps its import. Changing a folder by hand moves a public import.
"""


def table_path(cfg: dict[str, Any], root: Path) -> Path:
    return root / cfg["spec"].get("placement", "openapi/placement.toml")


def load(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    with open(path, "rb") as f:
        return dict(tomllib.load(f).get("operations", {}))


def _operations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [item[m] for item in doc["paths"].values() for m in METHODS if m in item]


def updated(doc: dict[str, Any], table: dict[str, str]) -> dict[str, str]:
    """The table for `doc`: existing lines kept, new operations added with their tag, vanished ones dropped."""
    return {op["operationId"]: table.get(op["operationId"], op["tags"][0]) for op in _operations(doc)}


def save(path: Path, table: dict[str, str]) -> None:
    lines = [f'{name} = "{folder}"' for name, folder in sorted(table.items())]
    path.write_text(HEADER + "\n[operations]\n" + "\n".join(lines) + "\n")
