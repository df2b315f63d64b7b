"""`from reflexio.client import ReflexioClient, SessionScopedClient`: the official client's import path.

See reflexio/client/client.py; the top-level `reflexio` package has the same objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .client import ReflexioAPIError, ReflexioClient, SessionScopedClient

if TYPE_CHECKING:
    from .._aliases import ConfigResponse, OfflineTunerConfigResponse

__all__ = ["ConfigResponse", "OfflineTunerConfigResponse", "ReflexioAPIError", "ReflexioClient", "SessionScopedClient"]

if not TYPE_CHECKING:  # type checkers see only the names above

    def __getattr__(name: str) -> Any:
        if name in ("ConfigResponse", "OfflineTunerConfigResponse"):  # loads the generated models
            from .. import _aliases

            return getattr(_aliases, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
