"""reflexio-py: the client's command line (the `cli` extra: pip install 'reflexio-python[cli]').

`import reflexio` never imports this package. Entry point: `reflexio-py` or `python -m reflexio.cli`.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (documented in docs/cli.md)."""
    from ._main import run

    return run(argv)
