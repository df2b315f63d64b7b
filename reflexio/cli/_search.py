"""`search`: the unified search over profiles and playbooks."""

from __future__ import annotations

import click

from ._errors import OK
from ._output import Column, emit_json, plain, table
from ._state import State

KINDS = ("profiles", "user_playbooks", "agent_playbooks")
COLUMNS = (Column("kind", "KIND", 14), Column("user_id", "USER_ID", 16), Column("content", "CONTENT", 80))


@click.command(short_help="Search profiles and playbooks.")
@click.argument("query")
@click.option("--user-id", help="Only this user's profiles and playbooks.")
@click.option("--top-k", type=click.IntRange(min=1), help="At most this many of each kind.")
@click.option("--threshold", type=float, help="Minimum similarity.")
@click.option("--agent-version", help="Only playbooks of this agent version.")
@click.option("--json", "json_output", is_flag=True, help="The server's answer as JSON on stdout.")
@click.pass_obj
def search(
    state: State,
    /,
    query: str,
    user_id: str | None,
    top_k: int | None,
    threshold: float | None,
    agent_version: str | None,
    json_output: bool,
) -> int:
    """Search the profiles and playbooks matching QUERY (the server's unified search)."""
    answer = state.client.search(
        query=query, user_id=user_id, top_k=top_k, threshold=threshold, agent_version=agent_version
    )
    if state.json or json_output:
        emit_json(answer)
        return OK
    found = plain(answer)
    rows = [{"kind": kind.rstrip("s"), **item} for kind in KINDS for item in found.get(kind) or []]
    total = table(rows, COLUMNS) if rows else 0
    click.echo(f"{total} match{'es' if total != 1 else ''}", err=True)
    return OK
