"""Keeping secrets out of messages and reprs: the client's API key, the storage credentials of get_my_config()."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, TypeVar

E = TypeVar("E", bound=BaseException)

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


MASK = "***"
_MIN_SECRET = 4  # shorter "keys" would mask ordinary words


class Secret:
    """A value kept out of repr/str, `vars()` (no `__dict__`) and pickles; `reveal()` gives it back."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __repr__(self) -> str:
        return f"'{MASK}'" if self._value else "''"

    __str__ = __repr__

    def __copy__(self) -> Secret:
        return self

    def __deepcopy__(self, memo: object) -> Secret:
        return self

    def __reduce__(self) -> Any:
        raise TypeError("a secret (the API key) is not pickled: build a new client from your settings instead")


def mask(text: str, secret: str) -> str:
    return text.replace(secret, MASK) if len(secret) >= _MIN_SECRET and secret in text else text


def mask_error(error: E, key: Secret | str) -> E:
    """`error` with the key masked in its message, args and body (a server may echo the key back)."""
    secret = key.reveal() if isinstance(key, Secret) else key
    if len(secret) < _MIN_SECRET:
        return error
    error.args = tuple(mask(a, secret) if isinstance(a, str) else a for a in error.args)
    for name in ("message", "body"):
        value = getattr(error, name, None)
        if value is not None:
            setattr(error, name, _mask_value(value, secret))
    return error


def _mask_value(value: Any, secret: str) -> Any:
    if isinstance(value, str):
        return mask(value, secret)
    if isinstance(value, list):
        return [_mask_value(v, secret) for v in value]
    if isinstance(value, dict):
        return {k: _mask_value(v, secret) for k, v in value.items()}
    return value
