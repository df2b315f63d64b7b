"""One click command per operation of the spec, built when it is asked for (never all at start-up)."""

from __future__ import annotations

import enum
import typing
from typing import Any

import click

from . import _catalog
from ._catalog import Field, OperationInfo, Param
from ._errors import BadInput
from ._output import emit_json
from ._state import State
from ._values import field_value, kind, read_object

RESERVED = {"body", "json", "help"}  # the command's own options


def command_name(operation_id: str) -> str:
    return operation_id.replace("_", "-")


def option_name(name: str) -> str:
    return "--" + name.rstrip("_").replace("_", "-")


def operation_command(tag: str, operation_id: str) -> click.Command:
    """The command calling `operation_id`: its parameters and body fields as options, or a JSON body."""
    info = _catalog.describe(tag, operation_id)
    params: list[click.Parameter] = [_param_option(p) for p in info.params]
    names = {p.name for p in info.params}
    for field in info.fields:
        if field.name in names or field.name.rstrip("_") in RESERVED:
            continue  # given through --body only
        params.append(_field_option(field))
    if info.body is not None:
        params.append(
            click.Option(
                ["--body"],
                metavar="JSON|FILE|-",
                help="The request body: inline JSON, a JSON file, or - for stdin. Options override its fields.",
            )
        )
    params.append(click.Option(["--json", "json_output"], is_flag=True, help="Compact JSON on one line."))

    def callback(**given: Any) -> None:
        state = click.get_current_context().find_object(State) or State()
        run_operation(state, info, given)

    return click.Command(
        command_name(operation_id),
        params=params,
        callback=callback,
        help=_help(info),
        short_help=_short(info),
        no_args_is_help=False,
    )


def run_operation(state: State, info: OperationInfo, given: dict[str, Any]) -> None:
    """Build the call from the options (nothing is sent when one is wrong), call, print the answer."""
    pretty = not (given.pop("json_output", False) or state.json)
    kwargs: dict[str, Any] = {}
    for param in info.params:
        value = given.get(param.name)
        if value is not None:
            kwargs[param.name] = _param_value(param, value)
    if info.body is not None:
        kwargs["body"] = build_body(info, given)
    answer = state.client.call_endpoint(info.module, **kwargs)
    emit_json(answer, pretty=pretty)


def build_body(info: OperationInfo, given: dict[str, Any]) -> Any:
    """The body model: --body's JSON, then each field option given on top; unknown fields refused."""
    assert info.body is not None
    source = given.get("body")
    document = read_object(source) if source is not None else {}
    if not info.free_form:
        known = {f.wire for f in info.fields}
        unknown = sorted(set(document) - known)
        if unknown:
            raise BadInput(
                f"{info.operation_id}: unknown field {unknown[0]!r} in --body (fields: {', '.join(sorted(known))})"
            )
    for field in info.fields:
        raw = given.get(field.name)
        if raw is None or raw == ():
            continue
        document[field.wire] = field_value(raw, kind(field.annotation), option_name(field.name))
    for field in info.fields:
        if field.required and field.wire not in document:
            raise BadInput(f"{info.operation_id}: missing required field {field.wire!r} ({option_name(field.name)})")
    if info.body is dict:
        return document
    try:
        return info.body.from_dict(document)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise BadInput(f"{info.operation_id}: invalid body: {type(exc).__name__}: {exc}") from None


# -- options ---------------------------------------------------------------------------------------


def _plain_types(annotation: Any) -> list[Any]:
    from reflexio_api.types import Unset

    return [t for t in (typing.get_args(annotation) or (annotation,)) if t not in (Unset, type(None))]


def _param_option(param: Param) -> click.Option:
    types = _plain_types(param.annotation)
    base = types[0] if len(types) == 1 else str
    help_text = "header" if param.name.startswith("x_") else None
    if base is bool:
        return click.Option(
            [f"{option_name(param.name)}/--no-{option_name(param.name)[2:]}"], default=None, help=help_text
        )
    click_type: Any = {int: click.INT, float: click.FLOAT}.get(base, click.STRING)
    if isinstance(base, type) and issubclass(base, enum.Enum):
        click_type = click.Choice([str(m.value) for m in base])
    return click.Option([option_name(param.name), param.name], type=click_type, required=param.required, help=help_text)


def _param_value(param: Param, value: Any) -> Any:
    types = _plain_types(param.annotation)
    base = types[0] if len(types) == 1 else str
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return base(value)
    return value


def _field_option(field: Field) -> click.Option:
    how = kind(field.annotation)
    shown = _type_text(field.annotation)
    help_text = f"{shown}{' (required, here or in --body)' if field.required else ''}"
    decls = [option_name(field.name), field.name]
    if how == "bool":
        flag = option_name(field.name)
        return click.Option([f"{flag}/--no-{flag[2:]}", field.name], default=None, help=help_text)
    if how == "strings":
        return click.Option(decls, multiple=True, metavar="TEXT", help=f"{help_text}; repeat, or give a JSON list")
    choices = _enum_values(field.annotation)
    if choices:
        return click.Option(decls, type=click.Choice(choices), help=help_text)
    click_type: Any = {"int": click.INT, "float": click.FLOAT}.get(how, click.STRING)
    metavar = "JSON" if how == "json" else None
    return click.Option(decls, type=click_type, metavar=metavar, help=help_text)


def _type_text(annotation: str) -> str:
    parts = [p.strip() for p in annotation.split("|") if p.strip() not in ("Unset", "None", "")]
    text = " | ".join(parts).replace("datetime.datetime", "date-time (ISO 8601)")
    return text or "any"


def _enum_values(annotation: str) -> list[str] | None:
    """The values of a body field typed as one enum of the generated models, else None."""
    import reflexio_api.models as models

    parts = [p.strip() for p in annotation.split("|") if p.strip() not in ("Unset", "None", "")]
    if len(parts) != 1 or not parts[0].isidentifier():
        return None
    candidate = getattr(models, parts[0], None)
    if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
        return [str(member.value) for member in candidate]
    return None


def _short(info: OperationInfo) -> str:
    from reflexio_api.deprecated import OPERATIONS as DEPRECATED

    text = info.summary or info.operation_id
    return f"{text} (deprecated)" if info.operation_id in DEPRECATED else text


def _help(info: OperationInfo) -> str:
    parts = [_short(info)]
    if info.description:
        parts.append(info.description)
    method, path = _catalog.declared_routes().get(info.operation_id, ("", ""))
    route = f"{method} {path}"
    parts.append(f"{route} (operation {info.operation_id}). The answer is printed as JSON on stdout.".strip())
    return "\n\n".join(parts)
