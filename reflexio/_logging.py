"""The `reflexio` logger: REFLEXIO_LOG=info|debug, one line per attempt, bodies at debug.

INFO: `POST /api/search -> 200 in 12.3 ms (attempt 1, search, correlation id 1a2b3c4d)`.
DEBUG adds the request and answer bodies, each cut to BODY_LIMIT characters, with secrets masked:
the Authorization header is never logged, JSON fields named like a credential (api_key, token,
secret, password, ...) become "***", and the client's own API key is masked wherever it appears.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from typing import Any

import httpx

from ._constants import LOG_ENV
from ._secrets import MASK, mask

log = logging.getLogger("reflexio")

BODY_LIMIT = 1000
_SECRET_FIELD = re.compile(
    r"(?:^|[_-])(?:api_?key|access_?key|secret|token|password|passwd|credentials?|authorization)(?:$|[_-])", re.I
)
_configured = False


def setup_from_env() -> None:
    """Honour REFLEXIO_LOG=info|debug once per process: a stderr handler on the `reflexio` logger."""
    global _configured
    if _configured:
        return
    _configured = True
    level = os.environ.get(LOG_ENV, "").strip().lower()
    if not level:
        return
    if level not in ("info", "debug"):
        log.warning("%s=%r is not info or debug: ignored", LOG_ENV, level)
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


def attempt_line(
    request: httpx.Request,
    outcome: str,
    elapsed: float,
    attempt: int,
    operation_id: str,
    correlation_id: str | None,
) -> None:
    """Log one attempt at INFO (the caller checked `log.isEnabledFor(logging.INFO)`)."""
    cid = f", correlation id {correlation_id}" if correlation_id else ""
    log.info(
        "%s %s -> %s in %.1f ms (attempt %d, %s%s)",
        request.method,
        request.url.path,
        outcome,
        elapsed * 1000,
        attempt,
        operation_id,
        cid,
    )


def bodies(request: httpx.Request, response: httpx.Response | None, api_key: str) -> None:
    """Log the request (headers without Authorization) and answer bodies at DEBUG, masked and cut."""
    headers = {k: v for k, v in request.headers.items() if k.lower() not in ("authorization", "cookie")}
    log.debug(
        "request %s %s headers=%s body=%s", request.method, request.url.path, headers, _body(request.content, api_key)
    )
    if response is not None:
        log.debug("answer %d body=%s", response.status_code, _body(response.content, api_key))


def _body(content: bytes, api_key: str) -> str:
    if not content:
        return "(empty)"
    text = content[: BODY_LIMIT * 4].decode("utf-8", "replace")
    with contextlib.suppress(ValueError):
        text = json.dumps(_redact(json.loads(content)), ensure_ascii=False)
    text = mask(text, api_key)
    return text if len(text) <= BODY_LIMIT else f"{text[:BODY_LIMIT]}... ({len(content)} bytes)"


def _redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: MASK if _SECRET_FIELD.search(str(k)) and v not in (None, "") else _redact(v) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redact(v) for v in value]
    return value
