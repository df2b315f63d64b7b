"""`from reflexio.client.client import ReflexioClient`: the import path of the official client.

The same objects as the top-level package: `ReflexioClient`, `SessionScopedClient` (the session
view, also named `SessionClient`), `ReflexioAPIError` (raised when a 2xx answer is not the JSON the
API sends; it is `APIResponseValidationError`, a `ReflexioError`) and the config answer names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._exceptions import ReflexioAPIError
from .._session import SessionClient as SessionScopedClient
from .._sync.client import ReflexioClient

if TYPE_CHECKING:
    from .._aliases import ConfigResponse, OfflineTunerConfigResponse

__all__ = ["ConfigResponse", "OfflineTunerConfigResponse", "ReflexioAPIError", "ReflexioClient", "SessionScopedClient"]

if not TYPE_CHECKING:  # type checkers see only the names above

    def __getattr__(name: str) -> Any:
        if name in ("ConfigResponse", "OfflineTunerConfigResponse"):  # loads the generated models
            from .. import _aliases

            return getattr(_aliases, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
