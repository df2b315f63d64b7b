"""Reflexio: the spec-driven Python client for the Reflexio server.

    from reflexio import ReflexioClient, AsyncReflexioClient

Generated models: `reflexio.types` (loaded on first use); raw endpoints: `reflexio_api.api`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._async.client import AsyncReflexioClient
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BackgroundQueueFullError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    NotSentError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ReflexioError,
    UnprocessableEntityError,
)
from ._sync.client import ReflexioClient
from ._version import __version__

if TYPE_CHECKING:
    from . import types

__all__ = [
    "ReflexioClient",
    "AsyncReflexioClient",
    "ReflexioError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
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
    "types",
    "__version__",
]


def __getattr__(name: str) -> Any:
    if name == "types":  # every generated model; imported lazily to keep `import reflexio` fast
        import importlib

        return importlib.import_module("reflexio.types")
    raise AttributeError(f"module 'reflexio' has no attribute {name!r}")
