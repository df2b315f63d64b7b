"""Configuration and identity: get/set/update the org config, whoami, storage routing, server cache."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._inputs.config import _message_dict, merge_partial_config
from .._operation import Operation
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .plain import ConfigPlain

if TYPE_CHECKING:
    from reflexio_api.models import Config


class ConfigMethods(ConfigPlain):
    @per_call
    def set_config(
        self,
        config: Config | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """Replace the org configuration; returns {"success", "message", "msg"}.

        A partial dict is merged over the current config first (the server requires a full
        config, e.g. storage_config); for a server-side shallow merge use update_config.
        A partial dict naming an extraction_preset gets the preset's window_size/stride_size
        unless it sets them itself.

        Args:
            config: a Config model, a whole config as a dict, or the fields to change.
        """
        from reflexio_api.api.config import set_config
        from reflexio_api.models import Config, SetConfigResponse

        if isinstance(config, Config):
            payload = config.to_dict()
        elif isinstance(config, Mapping):
            payload = dict(config)
            if "storage_config" not in payload:
                payload = merge_partial_config(self.get_config().to_dict(), payload)
        else:
            raise TypeError(f"config must be a Config or a dict, not {type(config).__name__}")
        body = payload  # any keys: the server checks the config
        result = self._request(Operation(set_config, {"body": body}, SetConfigResponse))
        return _message_dict(result.to_dict())

    @per_call
    def update_config(
        self,
        partial: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> dict[str, Any]:
        """Shallow-merge `partial` into the org config on the server; returns {"success", "msg"}.

        Args:
            partial: the top-level config fields to replace, as a dict.
        """
        from reflexio_api.api.config import update_config
        from reflexio_api.models import SetConfigResponse

        if not isinstance(partial, Mapping):
            raise TypeError(f"update_config takes a dict, not {type(partial).__name__}")
        body = dict(partial)
        result = self._request(Operation(update_config, {"body": body}, SetConfigResponse))
        return _message_dict(result.to_dict())
