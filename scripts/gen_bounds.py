"""Write reflexio/_bounds.py: the value bounds openapi/reflexio.yaml states, for the input check.

The generated models check types loosely and bounds not at all, so reflexio/_validate.py checks
each request before it is sent, from the models' field types and from this table:
minimum/maximum (exclusive too), minLength/maxLength, pattern, minItems/maxItems, per request
schema field (MODELS) and per operation parameter (PARAMS). A few bounds the spec leaves out but
the server needs are added (SUPPLEMENTS: the server reads limit=-1 as "no limit").

Usage: python scripts/gen_bounds.py [--check]   (after the spec changes; tests/test_client_state.py runs --check)
"""

from __future__ import annotations

import pprint
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from _config import ROOT

SPEC = ROOT / "openapi" / "reflexio.yaml"
OUT = ROOT / "reflexio" / "_bounds.py"
KEYS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
)
# Integer query parameters by name, when the spec states no minimum for them.
SUPPLEMENTS = {"limit": {"minimum": 1}, "offset": {"minimum": 0}}
HEADER = '''# Generated from openapi/reflexio.yaml by scripts/gen_bounds.py. Do not edit: run that script.
"""Bounds the spec states for request fields (MODELS: schema -> field) and parameters (PARAMS: operationId -> name)."""

from typing import Any

'''


def bounds_of(schema: dict[str, Any]) -> dict[str, Any]:
    found = {k: schema[k] for k in KEYS if k in schema}
    for alternative in schema.get("anyOf", []) + schema.get("oneOf", []):
        found.update({k: alternative[k] for k in KEYS if k in alternative})
    return found


def render() -> str:
    spec = yaml.safe_load(SPEC.read_text())
    models: dict[str, dict[str, Any]] = {}
    for name, schema in sorted(spec["components"]["schemas"].items()):
        fields = {prop: b for prop, sub in (schema.get("properties") or {}).items() if (b := bounds_of(sub))}
        if fields:
            models[name] = fields
    params: dict[str, dict[str, Any]] = {}
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            found = {}
            for param in operation.get("parameters", []):
                schema = param.get("schema", {})
                b = bounds_of(schema)
                if schema.get("type") == "integer":
                    b = {**SUPPLEMENTS.get(param["name"], {}), **b}
                if b:
                    found[param["name"]] = b
            if found:
                params[operation["operationId"]] = found
    body = f"MODELS: dict[str, dict[str, dict[str, Any]]] = {pprint.pformat(models, width=110, sort_dicts=True)}\n\n"
    body += (
        f"PARAMS: dict[str, dict[str, dict[str, Any]]] = {pprint.pformat(dict(sorted(params.items())), width=110)}\n"
    )
    return _format(HEADER + body)


def _format(text: str) -> str:
    ruff = Path(sys.executable).with_name("ruff")
    args = ["format", "--isolated", "--line-length", "120", "--stdin-filename", "_bounds.py", "-"]
    return subprocess.run([str(ruff), *args], input=text, capture_output=True, text=True, check=True).stdout


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text() != text:
            print("reflexio/_bounds.py is out of date: run `python scripts/gen_bounds.py`")
            return 1
        return 0
    OUT.write_text(text)
    print(f"{OUT.relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
