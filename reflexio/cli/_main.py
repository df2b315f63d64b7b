"""Runs the command tree: every error becomes one line on stderr and an exit code (docs/cli.md)."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator, Sequence

import click

from ._errors import BAD_INPUT, INTERRUPTED, OK, classify
from ._state import State


def run(argv: Sequence[str] | None = None) -> int:
    from ._app import cli

    args = list(sys.argv[1:] if argv is None else argv)
    state = State(debug="--debug" in args)
    try:
        with _log_to_stderr(state.debug):
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


class _StderrHandler(logging.Handler):
    """Writes each record on one line of the sys.stderr of the moment (a test may have replaced it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(self.format(record), file=sys.stderr, flush=True)
        except Exception:
            self.handleError(record)


@contextlib.contextmanager
def _log_to_stderr(debug: bool) -> Iterator[None]:
    """The client's log records (a field sent as is, a retry) as `warning: ...` lines on stderr,
    for this run only (the logger is left as it was)."""
    logger = logging.getLogger("reflexio")
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s" if debug else "warning: %(message)s"))
    handler.setLevel(logging.DEBUG if debug else logging.WARNING)
    level = logger.level
    logger.addHandler(handler)
    if debug:
        logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
