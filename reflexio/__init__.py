"""Reflexio: the spec-driven Python client for the Reflexio server.

    from reflexio import ReflexioClient, AsyncReflexioClient

Generated models: `reflexio.types` (loaded on first use); raw endpoints: `reflexio_api.api`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _exceptions, _shadowing
from ._async.client import AsyncReflexioClient
from ._exceptions import *  # noqa: F403  (every error class; the list is _exceptions.__all__)
from ._sync.client import ReflexioClient
from ._version import __version__

if TYPE_CHECKING:
    from . import types

__all__ = ["ReflexioClient", "AsyncReflexioClient", "types", "__version__"]
__all__ += _exceptions.__all__

_shadowing.warn_if_shared()


def __getattr__(name: str) -> Any:
    if name == "types":  # every generated model; imported lazily to keep `import reflexio` fast
        import importlib

        return importlib.import_module("reflexio.types")
    raise AttributeError(f"module 'reflexio' has no attribute {name!r}")
