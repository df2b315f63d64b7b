"""The exceptions the client raises: every failure is a ReflexioError."""

from __future__ import annotations

import html
import re
from typing import Any

import httpx

__all__ = [
    "ReflexioError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "ResponseTooLargeError",
    "APIStatusError",
    "RedirectError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "BackgroundQueueFullError",
    "ClientClosedError",
    "NotSentError",
    "LearningTimeoutError",
    "PublishRejectedError",
    "DuplicateRequestError",
    "ReflexioAPIError",
]


class ReflexioError(Exception):
    """Base class of every error raised by the client."""


class APIError(ReflexioError):
    """A request to the server failed.

    `correlation_id`: the server's x-correlation-id of the last answer (None when none arrived);
    quote it in bug reports. `attempts`: HTTP attempts made before giving up.
    """

    correlation_id: str | None = None
    attempts: int = 0

    def __init__(self, message: str, *, request: httpx.Request | None, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before an answer arrived."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request | None, message: str = "Request timed out.") -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A 2xx answer whose body is not what the API promises (HTML page, invalid JSON, wrong shape)."""

    def __init__(self, response: httpx.Response, message: str, body: object | None = None) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code


ReflexioAPIError = APIResponseValidationError
"""The official client's name for a 2xx answer that is not the API's JSON (an HTML page from a wrong URL)."""


class ResponseTooLargeError(APIError):
    """The answer was larger than the client's max_response_bytes; reading it stopped there."""


class APIStatusError(APIError):
    """The server answered with a non-success status code."""

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get("x-request-id")
        self.correlation_id = response.headers.get("x-correlation-id")

    @property
    def detail(self) -> Any:
        """The server's `detail` field (FastAPI's error payload), when present."""
        return self.body.get("detail") if isinstance(self.body, dict) else None


class RedirectError(APIStatusError):
    """A 3xx answer. Redirects are never followed (a POST must not become a GET, the key must not leak)."""


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422: the server rejected the request body; `errors` holds its validation detail."""

    @property
    def errors(self) -> list[dict[str, Any]]:
        detail = self.detail
        return [e for e in detail if isinstance(e, dict)] if isinstance(detail, list) else []


class RateLimitError(APIStatusError):
    """429. `retry_after`: seconds until the window reopens, when known; `limit`: the limit, e.g. "60 per 1 minute"."""

    retry_after: float | None = None
    limit: str | None = None


class InternalServerError(APIStatusError):
    """5xx."""


class BackgroundQueueFullError(ReflexioError):
    """A fire-and-forget call could not be queued within the given time (the queue is bounded)."""


class ClientClosedError(ReflexioError):
    """The client was closed (close()/aclose() or the end of its `with` block) before this call."""

    def __init__(self) -> None:
        super().__init__("the client is closed: create a new one, or keep calls inside its `with` block")


class NotSentError(ReflexioError):
    """A fire-and-forget call was still queued when the client closed and was never sent."""


class PublishRejectedError(APIError):
    """publish_interaction answered success=False: the server did not store the request.

    `server_message` is the server's reason, `request_id` the id sent, `answer` the parsed answer.
    """

    def __init__(self, server_message: str, *, request_id: str, answer: Any) -> None:
        super().__init__(f"publish {request_id!r} was not accepted: {server_message}", request=None, body=answer)
        self.server_message = server_message
        self.request_id = request_id
        self.answer = answer


class DuplicateRequestError(PublishRejectedError):
    """The request_id is already stored: sent earlier by this or another caller (publish_many counts it present)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(
    response: httpx.Response, *, retry_after: float | None = None, url_source: str = ""
) -> APIStatusError:
    """Map a non-2xx response to its exception class (the only place status codes are mapped).

    `url_source` says where the server URL came from; it is named when the answer is not JSON
    (a proxy, a web page: probably not a Reflexio server) and for a redirect.
    """
    body, is_json = _json_or_text(response)
    status = response.status_code
    where = f" (URL from {url_source})" if url_source else ""
    if 300 <= status < 400:
        location = response.headers.get("location", "?")
        message = (
            f"{status} redirect from {response.request.url} to {location}: not followed. "
            f"Check the server URL{where}: scheme, host, trailing path."
        )
        return RedirectError(message, response=response, body=body)
    cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
    detail = body.get("detail") if isinstance(body, dict) else body
    text = shorten(str(detail)) if detail not in (None, "") else response.reason_phrase
    message = f"{status} from {response.request.method} {response.request.url.path}: {text}"
    if status == 401:
        if "authorization" in response.request.headers:
            message += " (an API key was sent and refused: check api_key= / REFLEXIO_API_KEY)"
        else:
            message += " (no API key was sent: pass api_key= or set REFLEXIO_API_KEY)"
    if not is_json:
        message += not_json_hint(response, url_source)
    elif status == 405 or (status == 404 and detail == "Not Found"):
        message += older_server_hint()
    error = cls(message, response=response, body=body)
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after
    return error


def older_server_hint() -> str:
    """For the web framework's own 404/405 (no such route or method) on a route of the client's spec."""
    from reflexio_api.types import SPEC_SERVER_VERSION

    return (
        f" [the server has no such route: it may be older than this client's spec (reflexio-ai "
        f"{SPEC_SERVER_VERSION}, which has it); upgrade the server or call what it offers]"
    )


def not_json_hint(response: httpx.Response, url_source: str) -> str:
    kind = response.headers.get("content-type", "no content type")
    base = f"{response.request.url.scheme}://{response.request.url.netloc.decode()}"
    where = f" (from {url_source})" if url_source else ""
    return f" [the answer is not JSON ({kind}): is {base}{where} a Reflexio server?]"


_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)
MAX_SHOWN = 300


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """A body fit for a message: HTML tags dropped, whitespace collapsed, at most `limit` characters."""
    if "<" in text:
        text = html.unescape(_TAGS.sub(" ", text))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."


def _json_or_text(response: httpx.Response) -> tuple[object, bool]:
    try:
        return response.json(), True
    except ValueError:
        return response.text, False


class LearningTimeoutError(ReflexioError, TimeoutError):
    """wait_for_learning ran out of time before the request's learning status was final."""

    def __init__(self, request_id: str, status: str, timeout: float) -> None:
        super().__init__(f"learning of request {request_id!r} still {str(status)!r} after {timeout:g} s")
        self.request_id = request_id
        self.status = status
        self.timeout = timeout
