"""Docstrings of methods made from other methods (iterators, aliases, threaded twins, session views)."""

from __future__ import annotations

import inspect
from typing import Any


def args_section(doc: str) -> str:
    """The `Args:` section of a (dedented) docstring, from its heading to the end; "" if none."""
    start = doc.find("\nArgs:\n")
    return doc[start + 1 :].rstrip() if start >= 0 else ""


def with_args_of(method: Any, summary: str) -> str:
    """`summary`, then the Args section of `method`'s docstring (if it has one)."""
    args = args_section(inspect.getdoc(method) or "")
    return summary.rstrip() + ("\n\n" + args if args else "")
