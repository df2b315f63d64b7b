"""Runs the command tree: every error becomes one line on stderr and an exit code (docs/cli.md)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import click

from ._errors import BAD_INPUT, INTERRUPTED, OK, classify
from ._state import State


def run(argv: Sequence[str] | None = None) -> int:
    from ._app import cli

    args = list(sys.argv[1:] if argv is None else argv)
    state = State(debug="--debug" in args)
    try:
        result = cli.main(args=args, prog_name="reflexio-py", standalone_mode=False, obj=state)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code if exc.exit_code != 1 else BAD_INPUT
    except (click.exceptions.Abort, KeyboardInterrupt):
        print("interrupted", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:  # the reader of stdout went away (| head): not an error
        _silence_stdout()
        return OK
    except Exception as exc:
        if state.debug:
            raise
        code, message = classify(exc)
        print(f"error: {message}", file=sys.stderr)
        return code
    return result if isinstance(result, int) else OK


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
