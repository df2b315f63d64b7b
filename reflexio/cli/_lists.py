"""`profiles list` and `playbooks list`: the client's iterators, as a table or JSONL, up to --limit."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

import click

from ._errors import OK
from ._output import Column, emit_lines, plain, say, table
from ._state import State

PROFILE_COLUMNS = (
    Column("profile_id", "PROFILE_ID", 36),
    Column("status", "STATUS", 8, "current"),
    Column("last_modified_timestamp", "MODIFIED", 10),
    Column("content", "CONTENT", 60),
)
USER_PLAYBOOK_COLUMNS = (
    Column("user_playbook_id", "ID", 6),
    Column("user_id", "USER_ID", 16),
    Column("status", "STATUS", 8, "current"),
    Column("playbook_name", "NAME", 20),
    Column("content", "CONTENT", 60),
)
AGENT_PLAYBOOK_COLUMNS = (
    Column("agent_playbook_id", "ID", 6),
    Column("playbook_status", "APPROVAL", 9),
    Column("playbook_name", "NAME", 20),
    Column("content", "CONTENT", 60),
)


def show(state: State, items: Iterable[Any], limit: int | None, columns: tuple[Column, ...]) -> int:
    """Print items as JSONL (--json) or a table; stops after `limit` (pages are fetched as needed)."""
    limited: Iterator[Any] = iter(items) if limit is None else itertools.islice(items, limit)
    rows = (plain(item) for item in limited)
    count = emit_lines(rows) if state.json else table(rows, columns)
    say(f"{count} item{'s' if count != 1 else ''}")
    return OK


def _statuses(values: tuple[str, ...]) -> list[str | None] | None:
    return [None if v == "current" else v for v in values] or None


LIMIT = click.option("--limit", type=click.IntRange(min=0), help="At most this many items [default: all].")
JSON = click.option("--json", "json_output", is_flag=True, help="JSONL on stdout: one item per line.")
STATUS = click.option(
    "--status", multiple=True, help="Only these statuses (repeat): current, pending, archived, ... [default: current]."
)


@click.command("list", short_help="A user's profiles (table or JSONL).")
@click.option("--user-id", required=True, help="The user.")
@click.option("--query", help="Case-insensitive text filter.")
@STATUS
@LIMIT
@JSON
@click.pass_obj
def profiles_list(
    state: State, /, user_id: str, query: str | None, status: tuple[str, ...], limit: int | None, json_output: bool
) -> int:
    """A user's profiles, newest first, through iter_profiles (every page, up to --limit)."""
    state.json = state.json or json_output
    items = state.client.iter_profiles(user_id=user_id, query=query, status_filter=_statuses(status))
    return show(state, items, limit, PROFILE_COLUMNS)


@click.command("list", short_help="User playbooks (of a user, or all) or agent playbooks (--agent).")
@click.option("--user-id", help="Only this user's playbooks.")
@click.option("--agent", is_flag=True, help="Agent playbooks (shared by all users) instead of user playbooks.")
@click.option("--query", help="Text filter.")
@click.option("--playbook-name", help="Only this playbook name.")
@STATUS
@LIMIT
@JSON
@click.pass_obj
def playbooks_list(
    state: State,
    /,
    user_id: str | None,
    agent: bool,
    query: str | None,
    playbook_name: str | None,
    status: tuple[str, ...],
    limit: int | None,
    json_output: bool,
) -> int:
    """User playbooks (iter_user_playbooks), or agent playbooks with --agent (iter_agent_playbooks)."""
    state.json = state.json or json_output
    client = state.client
    if agent:
        if user_id is not None:
            raise click.UsageError("--agent lists the agent playbooks of every user: drop --user-id")
        items = client.iter_agent_playbooks(query=query, playbook_name=playbook_name, status_filter=_statuses(status))
        return show(state, items, limit, AGENT_PLAYBOOK_COLUMNS)
    user_items = client.iter_user_playbooks(
        user_id=user_id, query=query, playbook_name=playbook_name, status_filter=_statuses(status)
    )
    return show(state, user_items, limit, USER_PLAYBOOK_COLUMNS)
