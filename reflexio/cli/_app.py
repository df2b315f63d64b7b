"""The command tree: the common jobs written by hand, and one group per spec tag whose commands are
made from the operations when asked for (`reflexio-py --help` imports no generated module)."""

from __future__ import annotations

import importlib
from typing import Any

import click

from .._version import __version__
from . import _catalog
from ._commands import command_name, operation_command
from ._errors import EXIT_CODES
from ._state import State

# command -> "module:attribute" of reflexio.cli, imported when the command is used or listed
COMMON = {
    "publish": "_publish:publish",
    "search": "_search:search",
    "export": "_export:export",
    "whoami": "_doctor:whoami",
    "doctor": "_doctor:doctor",
}
# hand-written commands added to a tag's group, beside its generated operations
EXTRA = {
    "profiles": {"list": "_lists:profiles_list"},
    "playbooks": {"list": "_lists:playbooks_list"},
    "config": {"get": "_config:config_get", "set": "_config:config_set", "diff": "_config:config_diff"},
}


def _load(target: str) -> click.Command:
    module, attribute = target.split(":")
    command: click.Command = getattr(importlib.import_module(f"{__package__}.{module}"), attribute)
    return command


def _tag_summary(tag: str) -> str:
    extra = ", ".join(f"{command_name(tag)} {name}" for name in sorted(EXTRA.get(tag, {})))
    return f"Every {tag.replace('_', ' ')} operation of the API" + (f"; and {extra}." if extra else ".")


class TagGroup(click.Group):
    """The operations of one spec tag, plus the tag's hand-written commands."""

    def __init__(self, tag: str) -> None:
        super().__init__(
            command_name(tag),
            help=f"Every {tag.replace('_', ' ')} operation of the API, made from the spec: "
            "<operation> --field value, or --body JSON (a file, - for stdin, or inline).",
            short_help=_tag_summary(tag),
        )
        self.tag = tag

    def list_commands(self, ctx: click.Context) -> list[str]:
        extra = sorted(EXTRA.get(self.tag, {}))
        return extra + [command_name(op) for op in _catalog.operation_ids(self.tag)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        extra = EXTRA.get(self.tag, {})
        if cmd_name in extra:
            return _load(extra[cmd_name])
        operation_id = cmd_name.replace("-", "_")
        if operation_id in _catalog.operation_ids(self.tag):
            return operation_command(self.tag, operation_id)
        return None


class Root(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMON) + [command_name(tag) for tag in _catalog.tags()]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMON:
            return _load(COMMON[cmd_name])
        tag = cmd_name.replace("-", "_")
        if tag in _catalog.tags():
            return TagGroup(tag)
        return None

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Exit codes"):
            formatter.write_dl([(str(code), text) for code, text in EXIT_CODES.items()])
        formatter.write_paragraph()
        formatter.write_text("Docs: docs/cli.md. Every command takes --help.")


@click.group(cls=Root, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.option("--url", metavar="URL", help="Server URL [default: $REFLEXIO_API_URL, then $REFLEXIO_URL].")
@click.option("--api-key", metavar="KEY", help="API key [default: $REFLEXIO_API_KEY].")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds per call [default: 120].")
@click.option("--max-retries", type=click.IntRange(min=0), help="Retries of a failed call [default: 2].")
@click.option("--json", "json_output", is_flag=True, help="Machine output (JSON / JSONL) on stdout.")
@click.option("--debug", is_flag=True, help="Show the traceback of an error.")
@click.version_option(__version__, message="reflexio-py %(version)s")
@click.pass_context
def cli(ctx: click.Context, /, **options: Any) -> None:
    """reflexio-py: the Reflexio server from the command line (reflexio-python's client).

    Common jobs: publish, search, profiles list, playbooks list, export, config get/set/diff,
    whoami, doctor. Every API operation: reflexio-py <group> <operation> --field value.
    Machine output goes to stdout, messages to stderr.
    """
    state = ctx.ensure_object(State)
    state.url = options["url"]
    state.api_key = options["api_key"]
    state.timeout = options["timeout"]
    state.max_retries = options["max_retries"]
    state.json = options["json_output"]
    state.debug = options["debug"]
    ctx.call_on_close(state.close)
