"""`from reflexio.client import ReflexioClient, SessionScopedClient`: the official client's import path.

The names of reflexio/client/client.py (the top-level `reflexio` package has the same objects).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import client as _names
from .client import ReflexioAPIError, ReflexioClient, SessionScopedClient

if TYPE_CHECKING:
    from .._aliases import ConfigResponse, OfflineTunerConfigResponse

__all__ = ["ConfigResponse", "OfflineTunerConfigResponse", "ReflexioAPIError", "ReflexioClient", "SessionScopedClient"]

if not TYPE_CHECKING:  # the config answer names load the generated models: on first use
    __getattr__ = _names.__getattr__
