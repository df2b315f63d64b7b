"""Every generated model and enum (request and answer types), e.g. `from reflexio.types import Config`.

Also `UNSET` / `Unset`: the value of a request field left out (it is not sent). Each model is
imported on first use, so naming one here does not load the ~300 others.
"""

from typing import TYPE_CHECKING, Any

import reflexio_api.models as _models
from reflexio_api.types import UNSET, Unset

if TYPE_CHECKING:
    from reflexio_api.models import *  # noqa: F403

__all__ = ["UNSET", "Unset", *_models.__all__]


def __getattr__(name: str) -> Any:
    if name in _models.__all__:
        return getattr(_models, name)
    raise AttributeError(f"module 'reflexio.types' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
