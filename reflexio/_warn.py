"""Warnings attributed to the user's line: the first caller outside this package."""

from __future__ import annotations

import sys
import warnings

_OWN = ("reflexio.", "reflexio_api.")


def warn_caller(message: str, category: type[Warning]) -> None:
    """`warnings.warn` at the first frame outside reflexio and reflexio_api (the method wrappers and
    helpers in between vary, so a fixed stacklevel would point into the package)."""
    level, frame = 1, sys._getframe(1)
    while frame is not None and (frame.f_globals.get("__name__", "") + ".").startswith(_OWN):
        level, frame = level + 1, frame.f_back  # type: ignore[assignment]
    warnings.warn(message, category, stacklevel=level + 1)
