"""Client settings: explicit argument > environment variable > default."""

from __future__ import annotations

import ipaddress
import logging
import math
import os
import warnings
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENVS,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    MAX_RETRIES_ENV,
    TIMEOUT_ENV,
)
from ._secrets import Secret

log = logging.getLogger("reflexio")
_warned_plain_http: set[str] = set()


@dataclass(frozen=True)
class ClientOptions:
    """Resolved settings of one client; `with_options` derives a copy."""

    api_key: Secret  # Secret("") without a key
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    url_source: str = "the url_endpoint argument"  # where base_url came from, for error messages

    def __repr__(self) -> str:  # the key never appears in a repr
        return (
            f"ClientOptions(api_key={self.api_key!r}, base_url={self.base_url!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries})"
        )

    def derive(self, **changes: Any) -> ClientOptions:
        changes = {k: v for k, v in changes.items() if v is not None}
        if "timeout" in changes:
            changes["timeout"] = to_timeout(changes["timeout"])
        if "max_retries" in changes:
            changes["max_retries"] = check_retries(changes["max_retries"])
        return replace(self, **changes)


def resolve(
    api_key: str | None,
    url_endpoint: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
) -> ClientOptions:
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV, "")
    if not isinstance(key, str):
        raise TypeError(f"api_key must be a str, not {type(key).__name__}")
    url, source = url_endpoint, "the url_endpoint argument"
    if not url:
        env = next((e for e in BASE_URL_ENVS if os.environ.get(e)), None)
        url, source = (os.environ[env], f"${env}") if env else (DEFAULT_BASE_URL, "the default URL")
    base_url = check_url(url)
    if key:
        warn_plain_http(base_url)
    if timeout is None:
        timeout = _from_env(TIMEOUT_ENV, float, "a positive number of seconds") or DEFAULT_TIMEOUT
    if max_retries is None:
        max_retries = _from_env(MAX_RETRIES_ENV, int, "an int >= 0")
    return ClientOptions(
        api_key=Secret(key.strip()),
        base_url=base_url,
        timeout=to_timeout(timeout),
        max_retries=check_retries(DEFAULT_MAX_RETRIES if max_retries is None else max_retries),
        url_source=source,
    )


def _from_env(name: str, kind: type[Any], expected: str) -> Any:
    """A setting from the environment, for code that only passes a URL (plugins, hooks); None when unset."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    try:
        value = kind(raw)
        return to_timeout(value) if kind is float else check_retries(value)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not valid: expected {expected}") from None


def check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"invalid Reflexio URL {url!r}: expected http(s)://host[:port] "
            f"(from url_endpoint or {' / '.join(BASE_URL_ENVS)})"
        )
    return url.strip().rstrip("/") + "/"


def to_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < math.inf:
        raise ValueError(f"timeout must be a positive number of seconds or an httpx.Timeout, not {value!r}")
    return httpx.Timeout(float(value), connect=min(5.0, float(value)))


def check_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an int >= 0, not {value!r}")
    return value


def check_size(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"max_response_bytes must be an int >= 1, not {value!r}")
    return value


def is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def warn_plain_http(base_url: str) -> None:
    """Warn once per host when a key would travel unencrypted to a non-loopback host."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.scheme == "http" and not is_loopback(host) and host not in _warned_plain_http:
        _warned_plain_http.add(host)
        message = f"sending the Reflexio API key over plain http:// to {host}; use https://"
        warnings.warn(message, stacklevel=4)
        log.warning(message)
