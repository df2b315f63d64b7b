# Generated from reflexio/_sync/client.py by scripts/gen_async.py. Do not edit: run `make async`.
"""AsyncReflexioClient: the public sync client, assembled from one mixin per API domain."""

from __future__ import annotations

from .backfill import AsyncBackfillMethods
from .config import AsyncConfigMethods
from .evaluation import AsyncEvaluationMethods
from .interactions import AsyncInteractionsMethods
from .legacy import AsyncLegacyMethods
from .operations import AsyncOperationsMethods
from .playbooks import AsyncPlaybooksMethods
from .profiles import AsyncProfilesMethods
from .tool_calls import AsyncToolCallsMethods


class AsyncReflexioClient(
    AsyncBackfillMethods,
    AsyncInteractionsMethods,
    AsyncProfilesMethods,
    AsyncPlaybooksMethods,
    AsyncOperationsMethods,
    AsyncEvaluationMethods,
    AsyncToolCallsMethods,
    AsyncConfigMethods,
    AsyncLegacyMethods,
):
    """Client for a Reflexio server.

    `AsyncReflexioClient()` reads REFLEXIO_API_KEY and REFLEXIO_API_URL; see `__init__` for every option.
    Use it as a context manager, or call close(), so pending fire-and-forget calls are flushed.
    """
