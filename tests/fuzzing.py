"""Hypothesis strategies for answers: valid per a (resolved) spec schema, or deliberately broken.

`answers(schema)` draws JSON values the schema allows; `broken(schema)` draws answers it does not
(non-JSON text, wrong top-level kinds, a valid answer with one key removed or one value of the
wrong kind). `TRIED` counts what the tests fed to the client, for the terminal summary.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

# Outcomes of the fed answers, by kind ("valid" / "broken") and result ("model" / "rejected").
TRIED: Counter[str] = Counter()

MAX_LIST = 3
MAX_EXTRA_KEYS = 2
KEYS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=10)
FLOATS = st.floats(allow_nan=False, allow_infinity=False)  # JSON has neither
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), FLOATS, st.text(max_size=20))
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3))


@dataclass(frozen=True)
class Answer:
    """A response body as sent on the wire."""

    content: bytes
    content_type: str = "application/json"

    @classmethod
    def of(cls, value: Any) -> Answer:
        return cls(json.dumps(value).encode())


# -- valid answers ------------------------------------------------------------------------------


def answers(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """JSON values valid against `schema` ($refs resolved)."""
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([answers(alternative) for alternative in schema[key]])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(part)
        return answers(merged)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return _objects(schema)
    if kind == "array":
        return _arrays(schema)
    if kind == "string":
        return _strings(schema)
    if kind == "integer":
        return st.integers(*_bounds(schema, integer=True))
    if kind == "number":
        floats = st.floats(*_bounds(schema, integer=False), allow_nan=False, allow_infinity=False)
        low, high = _bounds(schema, integer=True)
        whole = low is None or high is None or low <= high
        return floats | st.integers(low, high) if whole else floats  # JSON does not tell 1 from 1.0
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return JSON  # {}: anything


def _objects(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    declared = st.fixed_dictionaries(
        {name: answers(s) for name, s in properties.items() if name in required},
        optional={name: answers(s) for name, s in properties.items() if name not in required},
    )
    extra = schema.get("additionalProperties", True)
    if extra is False:
        return declared
    values = answers(extra) if isinstance(extra, dict) else JSON
    keys = KEYS.filter(lambda key: key not in properties)
    extras = st.dictionaries(keys, values, max_size=MAX_EXTRA_KEYS if properties else MAX_LIST)
    return st.builds(lambda fixed, more: {**more, **fixed}, declared, extras)


def _arrays(schema: dict[str, Any]) -> st.SearchStrategy[list[Any]]:
    if "prefixItems" in schema:
        return st.tuples(*(answers(item) for item in schema["prefixItems"])).map(list)
    low = schema.get("minItems", 0)
    high = max(low, min(schema.get("maxItems", MAX_LIST), MAX_LIST))
    return st.lists(answers(schema.get("items", {})), min_size=low, max_size=high)


def _strings(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if schema.get("format") == "date-time":
        moments = st.datetimes(timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=-5))]))
        return moments.map(dt.datetime.isoformat)
    if schema.get("format") == "uri":
        return st.builds("https://example.com/{}".format, KEYS)
    if "pattern" in schema:
        text = st.from_regex(schema["pattern"])
        return text.filter(lambda s: low <= len(s) <= (high if high is not None else len(s)))
    return st.text(min_size=low, max_size=high if high is not None else 30)


def _bounds(schema: dict[str, Any], integer: bool) -> tuple[Any, Any]:
    step = 1 if integer else 1e-6
    low = schema.get("minimum")
    if "exclusiveMinimum" in schema:
        low = max(low if low is not None else -1e18, schema["exclusiveMinimum"] + step)
    high = schema.get("maximum")
    if "exclusiveMaximum" in schema:
        high = min(high if high is not None else 1e18, schema["exclusiveMaximum"] - step)
    if integer:
        return (None if low is None else int(-(-low // 1)), None if high is None else int(high // 1))
    return low, high


# -- broken answers -----------------------------------------------------------------------------

NOT_JSON = st.sampled_from(
    [
        Answer(b"<html><body>502 Bad Gateway</body></html>", "text/html"),
        Answer(b"", "application/json"),
        Answer(b'{"success": true', "application/json"),
        Answer(b"\xff\xfe\x00garbage", "application/octet-stream"),
        Answer(b"OK", "text/plain"),
        Answer(b"NaN", "application/json"),
    ]
)
WRONG_KIND: dict[type, st.SearchStrategy[Any]] = {
    dict: st.one_of(st.lists(SCALARS, max_size=2), st.text(max_size=5), st.integers(), st.none()),
    list: st.one_of(st.dictionaries(KEYS, SCALARS, max_size=2), st.text(max_size=5), st.none()),
    str: st.one_of(st.integers(), st.lists(st.integers(), max_size=2), st.dictionaries(KEYS, SCALARS, max_size=1)),
    bool: st.one_of(st.text(max_size=5), st.dictionaries(KEYS, SCALARS, max_size=1)),
    int: st.one_of(
        st.text(max_size=5), st.lists(st.integers(), max_size=2), st.dictionaries(KEYS, SCALARS, max_size=1)
    ),
    float: st.one_of(st.text(max_size=5), st.lists(FLOATS, max_size=2)),
    type(None): st.one_of(
        st.integers(), st.lists(st.integers(), max_size=2), st.dictionaries(KEYS, SCALARS, max_size=1)
    ),
}


def broken(schema: dict[str, Any]) -> st.SearchStrategy[Answer]:
    """Answers `schema` does not allow (a few mutations may still happen to be valid)."""
    top_level = st.one_of(st.none(), st.integers(), st.text(max_size=10), st.lists(answers(schema), max_size=2))
    return st.one_of(NOT_JSON, top_level.map(Answer.of), _mutated(answers(schema)).map(Answer.of))


@st.composite
def _mutated(draw: st.DrawFn, valid: st.SearchStrategy[Any]) -> Any:
    """A valid answer with one key removed, or one value replaced by a value of another kind."""
    value = draw(valid)
    spots = list(_containers(value))
    if not spots:
        return draw(WRONG_KIND.get(type(value), SCALARS))
    container, key = draw(st.sampled_from(spots))
    if isinstance(container, dict) and draw(st.booleans()):
        del container[key]
    else:
        container[key] = draw(WRONG_KIND.get(type(container[key]), SCALARS))
    return value


def _containers(value: Any) -> Any:
    """(container, key) for every value nested in `value`."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        yield value, key
        yield from _containers(item)
