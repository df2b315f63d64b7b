"""Request dicts: renamed fields take both names and go out under the wire name; unknown keys are
refused when they look like a typo and sent on (with one warning) otherwise."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
import reflexio_api.models as models
from clients import make_client
from fault_server import FaultServer, Reply
from spec_ops import example, resolve, spec

from reflexio._convert import to_model


def _renamed_models() -> list[type[Any]]:
    classes = [getattr(models, name) for name in models.__all__]
    return [cls for cls in classes if getattr(cls, "_wire_names", None)]


def _schema_of(cls: type[Any]) -> dict[str, Any]:
    """The spec schema the model was generated from: the one with exactly its wire field names."""
    fields = {a.name for a in cls.__attrs_attrs__} - {"additional_properties", "_call_info"}
    wire = {cls._wire_names.get(f, f) for f in fields}
    matches = [s for s in spec()["components"]["schemas"].values() if set(s.get("properties", {})) == wire]
    assert matches, f"no schema for {cls.__name__}"
    return resolve(matches[0])  # type: ignore[no-any-return]


RENAMED = _renamed_models()


def test_the_spec_has_renamed_fields() -> None:
    names = {cls.__name__ for cls in RENAMED}
    assert {"StorageConfigPostgres", "ValidationError"} <= names, names


@pytest.mark.parametrize("cls", RENAMED, ids=lambda cls: cls.__name__)
def test_renamed_fields_take_either_name_and_send_the_wire_name(cls: type[Any]) -> None:
    on_wire = example(_schema_of(cls), full=True)
    by_python = {python: on_wire[wire] for python, wire in cls._wire_names.items() if wire in on_wire}
    python_keys = {**{k: v for k, v in on_wire.items() if k not in cls._wire_names.values()}, **by_python}
    assert by_python, f"the example of {cls.__name__} sets no renamed field"
    for data in (on_wire, python_keys):
        sent = to_model(cls, data, "request").to_dict()
        for python, wire in cls._wire_names.items():
            if wire in on_wire:
                assert sent[wire] == on_wire[wire], (cls.__name__, wire, sent)
                if python != wire:
                    assert python not in sent, (cls.__name__, python, sent)


def test_both_names_of_one_field_are_refused() -> None:
    with pytest.raises(ValueError, match="name the same field"):
        to_model(
            models.StorageConfigPostgres, {"db_url": "postgresql://x", "type": "postgres", "type_": "postgres"}, "s"
        )


PROFILES = json.dumps({"success": True, "user_profiles": []})


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_unknown_key_is_sent_on_with_one_warning(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    with FaultServer(Reply(200, PROFILES)) as server:
        client = make_client(kind, url_endpoint=server.url, max_retries=0)
        with caplog.at_level(logging.WARNING, logger="reflexio"):
            client.get_profiles({"user_id": "u", "brand_new_knob": 7}, force_refresh=True)
            client.get_profiles({"user_id": "u", "brand_new_knob": 8}, force_refresh=True)
        client.close()
    sent = [json.loads(seen.body) for seen in server.requests]
    assert [body["brand_new_knob"] for body in sent] == [7, 8]
    warned = [r.getMessage() for r in caplog.records if "brand_new_knob" in r.getMessage()]
    assert len(warned) <= 1  # once per model and key in the process (another test may have warned)


def test_an_unknown_interaction_key_is_sent_on() -> None:
    answer = json.dumps({"success": True, "message": "", "request_id": "r1", "warnings": []})
    with FaultServer(Reply(200, answer)) as server:
        client = make_client("sync", url_endpoint=server.url, max_retries=0)
        client.publish_interaction("u", [{"role": "user", "content": "hi", "sentiment_score": 0.5}], session_id="s")
        client.close()
    body = json.loads(server.requests[0].body)
    assert body["interaction_data_list"][0]["sentiment_score"] == 0.5


@pytest.mark.parametrize(
    ("data", "meant"),
    [({"role": "user", "contnet": "hi"}, "content"), ({"role": "user", "content": "hi", "rol": "x"}, "role")],
)
def test_a_misspelled_key_names_the_field_it_resembles(data: dict[str, Any], meant: str) -> None:
    client = make_client("sync", url_endpoint="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(ValueError, match=f"did you mean '{meant}'"):
        client.publish_interaction("u", [data], session_id="s")
    client.close()
