"""Warn once when the reflexio-ai server package shares this environment.

Both distributions install a top-level `reflexio` package, so installing one overwrites files of
the other. Detection reads directory listings only (no importlib.metadata, no server import), so
`import reflexio` stays cheap: the entries of sys.path that hold a `reflexio` package are checked
for a `reflexio_ai-*.dist-info` directory next to it.
"""

from __future__ import annotations

import os
import sys
import warnings

DISTRIBUTION = "reflexio_ai-"


def server_install() -> str | None:
    """The site directory where reflexio-ai is installed, if it is on sys.path."""
    for entry in sys.path:
        if not entry or not os.path.isdir(os.path.join(entry, "reflexio")):
            continue
        try:
            names = os.listdir(entry)
        except OSError:
            continue
        if any(n.startswith(DISTRIBUTION) and n.endswith(".dist-info") for n in names):
            return entry
    return None


def warn_if_shared() -> None:
    where = server_install()
    if where is not None:
        warnings.warn(
            f"the reflexio-ai server package is installed in this environment ({where}); it ships a "
            "`reflexio` package too, so installing one overwrites files of the other. Install "
            "reflexio-python in a virtual environment of its own (python -m venv .venv), or run "
            "`pip uninstall reflexio-ai` here if you do not need the server in it.",
            UserWarning,
            stacklevel=3,
        )
