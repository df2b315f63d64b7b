# Generated from reflexio/_sync/backfill.py by scripts/gen_async.py. Do not edit: run `make async`.
"""publish_many: backfill past conversations, paced to the server's rate limit, resumable."""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from .._backfill import Backfill, BackfillReport, Item
from .._exceptions import DuplicateRequestError
from .._fanout import AsyncFanout, check_concurrency
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .interactions import AsyncInteractionsMethods

if TYPE_CHECKING:
    from reflexio_api.models import PublishUserInteractionRequest


class AsyncBackfillMethods(AsyncInteractionsMethods):
    @per_call
    async def publish_many(
        self,
        conversations: Iterable[PublishUserInteractionRequest | Mapping[str, Any]],
        *,
        concurrency: int = 4,
        checkpoint: str | os.PathLike[str] | None = None,
        on_progress: Callable[[BackfillReport], None] | None = None,
        progress: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> BackfillReport:
        """Publish many conversations (a backfill of history), as fast as the server's rate limit allows.

        The conversations are read one at a time (a generator of millions is fine) and sent by
        `concurrency` workers, paced to the limit learned from the server's 429s. Each gets a
        request id derived from its content unless it names one, so running the same backfill
        again after a crash stores only what is missing: a conversation the server already has
        counts as already present. Nothing raises for one conversation: failures (bad input, a
        refusal, a server error after the retries) are listed in the report.

        Args:
            conversations: dicts with publish_interaction's keyword arguments (user_id,
                interactions, session_id, source, agent_version, request_id, ...), or
                PublishUserInteractionRequest models.
            concurrency: publishes in flight at once.
            checkpoint: a file where the ids of stored conversations are written as they land; a
                re-run with the same file skips them without sending anything.
            on_progress: called with the report after each conversation settles.
            progress: show a progress bar (needs the `progress` extra: tqdm).

        Returns:
            A BackfillReport: published, already_present, failed (index, request_id, reason), elapsed.
        """
        check_concurrency(concurrency)
        accepted = [name for name in inspect.signature(self.publish_interaction).parameters if name != "self"]
        backfill = Backfill(conversations, accepted, checkpoint=checkpoint, on_progress=on_progress, progress=progress)
        fanout = AsyncFanout(concurrency)
        try:
            await fanout.run(backfill.items(), partial(self._backfill_one, backfill))
        finally:
            report = backfill.finish()
        return report

    async def _backfill_one(self, backfill: Backfill, item: Item) -> None:
        try:
            await self.publish_interaction(**item.kwargs)
        except DuplicateRequestError:
            backfill.present(item)
        except Exception as exc:
            backfill.failed(item, exc)
        else:
            backfill.published(item)
