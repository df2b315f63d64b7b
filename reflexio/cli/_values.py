"""Values from the command line: a body field's kind from its annotation, JSON documents from text,
a file or stdin."""

from __future__ import annotations

import json
import sys
from typing import Any

from ._errors import BadInput

SCALARS = {"str": "str", "int": "int", "float": "float", "bool": "bool", "datetime.datetime": "str"}


def kind(annotation: str) -> str:
    """How a body field is given on the command line: str, int, float, bool, strings (a repeatable
    option) or json (anything else: lists of objects, nested objects, enums given as plain text)."""
    parts = [p.strip() for p in annotation.split("|") if p.strip() not in ("Unset", "None", "")]
    if len(parts) == 1 and parts[0] in SCALARS:
        return SCALARS[parts[0]]
    if parts == ["list[str]"]:
        return "strings"
    return "json"


def field_value(raw: Any, how: str, option: str) -> Any:
    """The JSON value of one option as given (click already converted int/float/bool)."""
    if how == "strings":
        values = list(raw)
        if len(values) == 1 and values[0].lstrip().startswith("["):
            return json_text(values[0], option)
        return values
    if how == "json":
        text = str(raw)
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            if text.lstrip()[:1] in ("{", "["):  # meant as JSON: say what is wrong with it
                json_text(text, option)
            return text  # an enum or date given as plain text
    return raw


def json_text(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{where}: not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None


def read_document(source: str, where: str = "--body") -> Any:
    """A JSON document from inline text (starting with '{' or '['), a file path, or '-' (stdin)."""
    if source == "-":
        return json_text(sys.stdin.read(), f"{where} (stdin)")
    if source.lstrip()[:1] in ("{", "["):
        return json_text(source, where)
    try:
        with open(source, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise BadInput(f"{where}: cannot read {source}: {exc.strerror or exc}") from None
    return json_text(text, f"{where} ({source})")


def read_object(source: str, where: str = "--body") -> dict[str, Any]:
    document = read_document(source, where)
    if not isinstance(document, dict):
        raise BadInput(f"{where}: expected a JSON object, not {type(document).__name__}")
    return document
