"""Operations the server marks `deprecated: true`: a notice in their generated docstrings, and a list
the client reads at run time (reflexio_api/deprecated.py) to warn with a DeprecationWarning.

The generator ignores the flag, so the normalizer writes the notice into the description (which
becomes the generated docstring) and `make client` writes the list.
"""

from __future__ import annotations

from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
NOTICE = "Deprecated: the server marks this operation deprecated; it may be removed in a later release."


def deprecated(doc: dict[str, Any]) -> list[str]:
    ops = [item[m] for item in doc["paths"].values() for m in METHODS if m in item]
    return sorted(op["operationId"] for op in ops if op.get("deprecated"))


def annotate(doc: dict[str, Any]) -> None:
    """Put NOTICE first in the description of each deprecated operation."""
    for item in doc["paths"].values():
        for method in METHODS:
            op = item.get(method)
            if op is not None and op.get("deprecated") and not op.get("description", "").startswith(NOTICE):
                op["description"] = f"{NOTICE}\n\n{op['description']}" if op.get("description") else NOTICE


def module_source(doc: dict[str, Any], banner: str) -> str:
    """reflexio_api/deprecated.py: the operationIds the server marks deprecated."""
    names = "".join(f'        "{name}",\n' for name in deprecated(doc))
    body = f"frozenset(\n    {{\n{names}    }}\n)" if names else "frozenset()"
    return (
        f'{banner}\n"""Operations the server marks deprecated (the client warns when one is called)."""\n\n'
        f"OPERATIONS: frozenset[str] = {body}\n"
    )
