"""`publish`: one turn from flags or a JSON body, or a JSONL backfill through publish_many."""

from __future__ import annotations

import importlib
import inspect
import sys
from typing import IO, Any

import click

from ._errors import FAILED, INTERRUPTED, OK, BadInput
from ._jsonl import Conversations, count_lines
from ._output import emit_json, say
from ._state import State
from ._values import read_object

SHOWN_FAILURES = 20  # failures listed on stderr (--json lists them all)


@click.command(short_help="Publish one turn, a JSON conversation, or a JSONL file (resumable backfill).")
@click.argument("file", required=False, metavar="[FILE.jsonl|-]")
@click.option("--user-id", help="The user (one turn).")
@click.option("--content", help="The user's message (one turn).")
@click.option("--role", default="user", show_default=True, help="Role of --content.")
@click.option("--reply", help="The agent's answer, published after --content as role 'assistant'.")
@click.option("--session-id", help="The session the turn belongs to.")
@click.option("--source", help="Source label (a FILE: for the lines that name none).")
@click.option("--agent-version", help="Agent version label (a FILE: for the lines that name none).")
@click.option("--request-id", help="Request id (one turn; default: a new one).")
@click.option("--wait", is_flag=True, help="Wait for the server to process it (one turn).")
@click.option("--body", metavar="JSON|FILE|-", help="One conversation as a JSON object (publish_interaction's fields).")
@click.option("--checkpoint", type=click.Path(dir_okay=False), help="Backfill checkpoint [default: FILE.checkpoint].")
@click.option("--no-checkpoint", is_flag=True, help="Backfill without a checkpoint file.")
@click.option("--concurrency", type=click.IntRange(1, 64), default=4, show_default=True, help="Publishes in flight.")
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr [default: when stderr is a terminal]."
)
@click.option("--json", "json_output", is_flag=True, help="The answer or the backfill summary as JSON on stdout.")
@click.pass_obj
def publish(state: State, /, file: str | None, **options: Any) -> int:
    """Publish interactions.

    \b
    One turn:       reflexio-py publish --user-id u1 --content "I prefer email" --reply "Noted"
    One JSON:       reflexio-py publish --body conversation.json
    A backfill:     reflexio-py publish history.jsonl
    From stdin:     cat history.jsonl | reflexio-py publish -

    A JSONL line is one conversation: {"user_id": ..., "interactions": [{"role": ..., "content": ...}],
    "session_id": ..., ...} with publish_interaction's fields. Each gets a request id derived from its
    content, and the ids stored are written to the checkpoint as they land: after a crash or Ctrl-C,
    the same command again sends only what is missing. A bad line (not JSON, an unknown field) is
    reported with its number and the others are still published. Exit code 1 when any failed.
    """
    if options["json_output"]:
        state.json = True
    if file is not None:
        single = ("user_id", "content", "reply", "session_id", "request_id", "body", "wait")
        given = [f"--{name.replace('_', '-')}" for name in single if options[name]]
        if given:
            raise BadInput(f"{given[0]} is for one conversation; a FILE is published line by line")
        return _backfill(state, file, options)
    return _publish_one(state, options)


def _accepted() -> frozenset[str]:
    from reflexio import ReflexioClient

    parameters = inspect.signature(ReflexioClient.publish_interaction).parameters
    return frozenset(name for name in parameters if name != "self")


def _publish_one(state: State, options: dict[str, Any]) -> int:
    conversation: dict[str, Any] = read_object(options["body"]) if options["body"] else {}
    if "interaction_data_list" in conversation:
        conversation["interactions"] = conversation.pop("interaction_data_list")
    if options["content"] is not None:
        turns = [{"role": options["role"], "content": options["content"]}]
        if options["reply"] is not None:
            turns.append({"role": "assistant", "content": options["reply"]})
        conversation["interactions"] = turns
    elif options["reply"] is not None:
        raise BadInput("--reply needs --content")
    for name in ("user_id", "session_id", "source", "agent_version", "request_id"):
        if options[name] is not None:
            conversation[name] = options[name]
    if options["wait"]:
        conversation["wait_for_response"] = True
    unknown = sorted(set(conversation) - _accepted())
    if unknown:
        raise BadInput(f"unknown field {unknown[0]!r} in --body")
    for name, flag in (("user_id", "--user-id"), ("interactions", "--content")):
        if name not in conversation:
            raise BadInput(f"missing {flag} (or {name!r} in --body); to publish a file: reflexio-py publish FILE")
    answer = state.client.publish_interaction(**conversation)
    if state.json:
        emit_json(answer)
    else:
        request_id = getattr(answer, "request_id", None) or conversation.get("request_id", "")
        click.echo(f"published request {request_id}".rstrip())
    return OK


def _backfill(state: State, file: str, options: dict[str, Any]) -> int:
    checkpoint = None if options["no_checkpoint"] else options["checkpoint"]
    if checkpoint is None and file != "-" and not options["no_checkpoint"]:
        checkpoint = f"{file}.checkpoint"
    defaults = {name: options[name] for name in ("source", "agent_version") if options[name] is not None}
    stream: IO[str]
    if file == "-":
        stream = sys.stdin
    else:
        try:
            stream = open(file, encoding="utf-8")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise BadInput(f"cannot read {file}: {exc.strerror or exc}") from None
    total = count_lines(file) if file != "-" else 0
    conversations = Conversations(stream, _accepted(), defaults=defaults, total=total)
    show_bar = options["progress"] if options["progress"] is not None else sys.stderr.isatty()
    bar = _bar(conversations.total) if show_bar else None
    try:
        report = state.client.publish_many(
            conversations,
            concurrency=options["concurrency"],
            checkpoint=checkpoint,
            on_progress=(lambda r: bar.update(r.done + len(conversations.bad) - bar.n)) if bar is not None else None,
        )
    except KeyboardInterrupt:
        say(f"interrupted: run the same command again to resume{f' (checkpoint {checkpoint})' if checkpoint else ''}")
        return INTERRUPTED
    finally:
        if bar is not None:
            bar.close()
        if stream is not sys.stdin:
            stream.close()
    failed = [(conversations.lines[f.index], f.request_id, f.reason) for f in report.failed]
    failed += [(b.line, None, b.reason) for b in conversations.bad]
    failures = [{"line": line, "request_id": rid, "error": error} for line, rid, error in sorted(failed)]
    summary = {
        "published": report.published,
        "already_present": report.already_present,
        "failed": len(failures),
        "lines": len(conversations.lines) + len(conversations.bad),
        "elapsed_s": round(report.elapsed, 3),
        "checkpoint": checkpoint,
        "failures": failures,
    }
    if state.json:
        emit_json(summary)
    say(
        f"published {report.published}, already present {report.already_present}, failed {len(failures)}"
        f" of {summary['lines']} conversations in {report.elapsed:.1f} s"
    )
    for failure in failures[:SHOWN_FAILURES]:
        say(f"  line {failure['line']}: {failure['error']}")
    if len(failures) > SHOWN_FAILURES:
        say(f"  ... and {len(failures) - SHOWN_FAILURES} more (--json lists them all)")
    return FAILED if failures else OK


def _bar(total: int) -> Any:
    try:
        tqdm = importlib.import_module("tqdm").tqdm
    except ImportError:
        raise BadInput("--progress needs tqdm: pip install 'reflexio-python[cli]'") from None
    return tqdm(total=total or None, unit="conv", desc="publish", file=sys.stderr)
