"""Exit codes and the one-line message of every error the command line reports."""

from __future__ import annotations

from typing import Any

OK = 0
FAILED = 1  # the server refused or failed the call; or some conversations of a backfill failed
BAD_INPUT = 2  # bad flags, bad JSON or JSONL, unknown fields: nothing was sent
AUTH = 3  # the server refused the API key (401/403)
UNREACHABLE = 4  # no connection to the server, or it timed out
RATE_LIMITED = 5  # the server's rate limit did not reopen within the timeout
INTERRUPTED = 130  # Ctrl-C (a backfill is resumable: run the same command again)

EXIT_CODES = {
    OK: "success",
    FAILED: "the server refused or failed a call, or some conversations of a backfill failed",
    BAD_INPUT: "bad input (flags, JSON, JSONL line, unknown field): nothing of it was sent",
    AUTH: "authentication refused (401/403): check REFLEXIO_API_KEY",
    UNREACHABLE: "the server cannot be reached or timed out: check REFLEXIO_API_URL",
    RATE_LIMITED: "rate limited longer than the timeout",
    INTERRUPTED: "interrupted (Ctrl-C)",
}


class CliError(Exception):
    """An error the command line reports as one line, with its exit code."""

    def __init__(self, message: str, code: int = FAILED) -> None:
        super().__init__(message)
        self.code = code


class BadInput(CliError):
    """Input refused before anything was sent."""

    def __init__(self, message: str) -> None:
        super().__init__(message, BAD_INPUT)


def classify(exc: BaseException) -> tuple[int, str]:
    """(exit code, one-line message) for an exception raised by a command."""
    from reflexio import (
        APIConnectionError,
        APIStatusError,
        AuthenticationError,
        PermissionDeniedError,
        RateLimitError,
        ReflexioError,
    )

    if isinstance(exc, CliError):
        return exc.code, str(exc)
    if isinstance(exc, AuthenticationError | PermissionDeniedError):
        return AUTH, f"authentication refused: {one_line(exc)}"
    if isinstance(exc, RateLimitError):
        return RATE_LIMITED, f"rate limited: {one_line(exc)}"
    if isinstance(exc, APIConnectionError):
        return UNREACHABLE, f"cannot reach the server: {one_line(exc)}"
    if isinstance(exc, APIStatusError | ReflexioError):
        return FAILED, one_line(exc)
    if isinstance(exc, ValueError | TypeError | KeyError):
        return BAD_INPUT, f"bad input: {one_line(exc)}"
    if isinstance(exc, OSError):
        return FAILED, one_line(exc)
    return FAILED, f"{type(exc).__name__}: {one_line(exc)}"


def one_line(exc: Any) -> str:
    """The exception's message on one line (a server's multi-line detail is joined)."""
    text = str(exc).strip() or type(exc).__name__
    return " ".join(part.strip() for part in text.splitlines() if part.strip())
