"""ReflexioClient: the public sync client, assembled from one mixin per API domain."""

from __future__ import annotations

from .backfill import BackfillMethods
from .config import ConfigMethods
from .evaluation import EvaluationMethods
from .interactions import InteractionsMethods
from .legacy import LegacyMethods
from .operations import OperationsMethods
from .playbooks import PlaybooksMethods
from .profiles import ProfilesMethods
from .tool_calls import ToolCallsMethods


class ReflexioClient(
    BackfillMethods,
    InteractionsMethods,
    ProfilesMethods,
    PlaybooksMethods,
    OperationsMethods,
    EvaluationMethods,
    ToolCallsMethods,
    ConfigMethods,
    LegacyMethods,
):
    """Client for a Reflexio server.

    `ReflexioClient()` reads REFLEXIO_API_KEY and REFLEXIO_API_URL; see `__init__` for every option.
    Use it as a context manager, or call close(), so pending fire-and-forget calls are flushed.
    """
