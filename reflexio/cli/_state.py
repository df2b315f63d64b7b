"""What the root options set for every command: where the server is, how to print, the client."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reflexio import ReflexioClient


@dataclass
class State:
    """The root options; `client` is made on first use (so `--help` never builds one)."""

    url: str | None = None  # None: $REFLEXIO_API_URL, then $REFLEXIO_URL, then the client's default
    api_key: str | None = None  # None: $REFLEXIO_API_KEY
    timeout: float | None = None
    max_retries: int | None = None
    json: bool = False
    debug: bool = False
    _client: ReflexioClient | None = field(default=None, repr=False)

    @property
    def client(self) -> ReflexioClient:
        if self._client is None:
            from reflexio import ReflexioClient

            self._client = ReflexioClient(
                api_key=self.api_key, url_endpoint=self.url, timeout=self.timeout, max_retries=self.max_retries
            )
        return self._client

    def close(self) -> None:
        """Close the client; remember the rate limits it learned (for `doctor`)."""
        if self._client is not None:
            from . import _catalog, _limits_memory

            client, self._client = self._client, None
            client.close()
            limits = _limits_memory.learned(client, list(_catalog.all_operation_ids()))
            _limits_memory.remember(client.base_url, limits)
