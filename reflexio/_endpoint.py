"""The type of a generated endpoint module, so `call_endpoint` returns that endpoint's answer model."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from reflexio_api.models import HTTPValidationError

Answer_co = TypeVar("Answer_co", covariant=True)


class Endpoint(Protocol[Answer_co]):
    """A module of reflexio_api.api (e.g. `reflexio_api.api.profiles.get_profile_statistics`).

    Its `sync` returns the 2xx model, HTTPValidationError (a 422, which `call_endpoint` raises as
    UnprocessableEntityError instead) or None: type checkers infer `Answer_co` as the 2xx model.
    """

    @property
    def sync(self) -> Callable[..., HTTPValidationError | Answer_co | None]: ...
