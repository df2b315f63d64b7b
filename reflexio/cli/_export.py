"""`export`: every profile, playbook and interaction of a user, or of the org, as JSONL."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

import click

from ._errors import OK, BadInput
from ._output import dumps, say
from ._state import State

EVERY_STATUS = [None, "pending", "archived"]  # None: current


def user_records(client: Any, user_id: str) -> Iterator[tuple[str, Iterable[Any]]]:
    yield "profile", client.iter_profiles(user_id=user_id, status_filter=EVERY_STATUS)
    yield "user_playbook", client.iter_user_playbooks(user_id=user_id, status_filter=EVERY_STATUS)
    yield "interaction", client.iter_interactions(user_id=user_id)


def org_records(client: Any, most: int) -> Iterator[tuple[str, Iterable[Any]]]:
    yield "profile", _capped("profiles", client.get_all_profiles(limit=most).user_profiles, most)
    yield "user_playbook", client.iter_user_playbooks(status_filter=EVERY_STATUS)
    yield "agent_playbook", client.iter_agent_playbooks(status_filter=EVERY_STATUS)
    yield "interaction", _capped("interactions", client.get_all_interactions(limit=most).interactions, most)


def _capped(what: str, items: list[Any], most: int) -> list[Any]:
    if len(items) >= most:
        say(f"warning: {most} {what} exported, the --max-items cap: there may be more (raise --max-items)")
    return items


@click.command(short_help="Export a user's (or the org's) profiles, playbooks and interactions as JSONL.")
@click.option("--user-id", help="The user to export.")
@click.option("--org", is_flag=True, help="Export the whole org instead (agent playbooks included).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here [default: stdout].")
@click.option(
    "--max-items",
    type=click.IntRange(min=1),
    default=1_000_000,
    show_default=True,
    help="--org: profiles and interactions read at most (the server lists them without paging).",
)
@click.pass_obj
def export(state: State, /, user_id: str | None, org: bool, output: str | None, max_items: int) -> int:
    """Write one JSON line per record: {"kind": "profile" | "user_playbook" | "agent_playbook" |
    "interaction", "data": {...}}. Every status is exported (current, pending, archived)."""
    if org == (user_id is not None):
        raise BadInput("give --user-id USER or --org")
    client = state.client
    groups = org_records(client, max_items) if org else user_records(client, str(user_id))
    counts: dict[str, int] = {}
    with _open(output) as out:
        for kind, items in groups:
            counts[kind] = 0
            for item in items:
                out.write(dumps({"kind": kind, "data": item}) + "\n")
                counts[kind] += 1
    say("exported " + ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items()))
    return OK


@contextlib.contextmanager
def _open(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        return
    partial = f"{path}.partial"
    with open(partial, "w", encoding="utf-8") as handle:
        yield handle
    os.replace(partial, path)  # a failed export leaves no file that looks complete
