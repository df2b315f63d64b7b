"""Keeping secrets out of reprs: the raw storage credentials of get_my_config()."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reflexio_api.models import MyConfigResponse


@functools.cache
def _masked_class() -> type[MyConfigResponse]:
    from reflexio_api.models import MyConfigResponse

    class MaskedMyConfigResponse(MyConfigResponse):
        """MyConfigResponse whose repr hides the storage credentials (the fields stay readable)."""

        __slots__ = ()

        def __repr__(self) -> str:
            fields = {k: v for k, v in self.to_dict().items() if k != "storage_config"}
            shown = ", ".join(f"{k}={v!r}" for k, v in fields.items())
            return f"MyConfigResponse({shown}, storage_config=<masked>)"

        __str__ = __repr__

    MaskedMyConfigResponse.__name__ = MaskedMyConfigResponse.__qualname__ = "MyConfigResponse"
    return MaskedMyConfigResponse


def masked_my_config(response: MyConfigResponse) -> MyConfigResponse:
    """The same answer, as a MyConfigResponse that masks its credentials in repr/str."""
    data: dict[str, Any] = response.to_dict()
    return _masked_class().from_dict(data)
