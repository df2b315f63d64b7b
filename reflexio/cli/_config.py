"""`config get`, `config set` and `config diff` (a local JSON file against the server's config)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import click

from ._errors import FAILED, OK
from ._output import emit_json, plain, say
from ._state import State
from ._values import read_object

MISSING: Any = object()
SOURCE = click.argument("source", metavar="FILE|-|JSON")


def differences(server: Any, local: Any, path: str = "") -> Iterator[tuple[str, Any, Any]]:
    """(path, server value, local value) for each leaf that differs; MISSING where one side lacks it."""
    if isinstance(server, dict) and isinstance(local, dict):
        for key in sorted(set(server) | set(local)):
            yield from differences(server.get(key, MISSING), local.get(key, MISSING), f"{path}.{key}" if path else key)
    elif server != local:
        yield path, server, local


def config_changes(server: dict[str, Any], local: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """What `config set` of `local` would change: the top-level keys it names (the others are kept)."""
    return list(differences({k: server.get(k, MISSING) for k in local}, local))


def _show(value: Any) -> str:
    return "(absent)" if value is MISSING else json.dumps(value, ensure_ascii=False)


def _print_changes(state: State, changes: list[tuple[str, Any, Any]]) -> None:
    if state.json:
        emit_json(
            [
                {
                    "path": path,
                    "server": None if s is MISSING else s,
                    "local": None if loc is MISSING else loc,
                    "only": "server" if loc is MISSING else "local" if s is MISSING else None,
                }
                for path, s, loc in changes
            ]
        )
        return
    for path, server, local in changes:
        click.echo(f"{path}: {_show(server)} -> {_show(local)}")


@click.command("get", short_help="Print the org's config as JSON.")
@click.option("--json", "json_output", is_flag=True, help="Compact JSON on one line.")
@click.pass_obj
def config_get(state: State, /, json_output: bool) -> int:
    """Print the org's configuration (GET /api/get_config) as JSON: edit it and give it to `config set`."""
    emit_json(state.client.get_config(), pretty=not (state.json or json_output))
    return OK


@click.command("set", short_help="Replace the config, or merge a partial one (a file, - or JSON).")
@SOURCE
@click.option("--dry-run", is_flag=True, help="Show what would change; send nothing.")
@click.option("--json", "json_output", is_flag=True, help="The changes / the server's answer as JSON.")
@click.pass_obj
def config_set(state: State, /, source: str, dry_run: bool, json_output: bool) -> int:
    """Set the config from FILE (or - for stdin, or inline JSON). A partial document changes only the
    top-level keys it names (set_config merges it over the current config); prints what changed."""
    state.json = state.json or json_output
    local = read_object(source, "config")
    changes = config_changes(plain(state.client.get_config()), local)
    if dry_run or not changes:
        _print_changes(state, changes)
        say("nothing to change" if not changes else f"{len(changes)} change(s); --dry-run: nothing sent")
        return OK
    answer = state.client.set_config(local)
    if state.json:
        emit_json({"answer": answer, "changes": len(changes)})
    else:
        _print_changes(state, changes)
    if not answer.get("success", True):
        say(f"error: the server refused the config: {answer.get('msg') or answer.get('message')}")
        return FAILED
    say(f"config set: {len(changes)} change(s)")
    return OK


@click.command("diff", short_help="Compare a local config file with the server's (exit 1 when they differ).")
@SOURCE
@click.option("--json", "json_output", is_flag=True, help="The differences as a JSON list.")
@click.pass_obj
def config_diff(state: State, /, source: str, json_output: bool) -> int:
    """Differences between FILE (or -, or inline JSON) and the server's config, one per line:
    `path: server -> local`. Top-level keys the file does not name are not compared (`config set`
    keeps them). Exit code 0 when equal, 1 when they differ (like diff)."""
    state.json = state.json or json_output
    local = read_object(source, "config")
    changes = config_changes(plain(state.client.get_config()), local)
    _print_changes(state, changes)
    say("no differences" if not changes else f"{len(changes)} difference(s)")
    return FAILED if changes else OK
