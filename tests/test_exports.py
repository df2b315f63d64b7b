"""What the package exports, and that a fresh process loads only what it uses."""

from __future__ import annotations

import collections.abc
import inspect
import subprocess
import sys
import typing
from typing import Any

import reflexio_api.models

import reflexio
import reflexio.types
from reflexio import ReflexioClient


def _models_in(hint: Any) -> set[type]:
    found = set()
    if isinstance(hint, type) and hint.__module__.startswith("reflexio_api.models."):
        found.add(hint)
    for arg in typing.get_args(hint):
        found |= _models_in(arg)
    return found


def test_reflexio_types_has_every_model_a_method_takes_or_returns() -> None:
    from reflexio._endpoint import Endpoint

    models = {name: getattr(reflexio.types, name) for name in reflexio.types.__all__}
    used: set[type] = set()
    for name, member in inspect.getmembers(ReflexioClient, callable):
        if name.startswith("_"):
            continue
        namespace = {
            **vars(collections.abc),
            **vars(typing),
            **models,
            "_Current": object,
            "DateLike": object,
            "Headers": object,
            "Query": object,
            "Body": object,
            "TimeoutLike": object,
            "SessionClient": reflexio.SessionClient,
            "Endpoint": Endpoint,
        }  # names only imported for type checkers
        hints = typing.get_type_hints(member, globalns={**inspect.unwrap(member).__globals__, **namespace})
        for hint in hints.values():
            used |= _models_in(hint)
    assert len(used) > 50, used
    missing = {cls.__name__ for cls in used} - set(reflexio.types.__all__)
    assert not missing, missing
    assert {"UNSET", "Unset"} <= set(reflexio.types.__all__)
    assert repr(reflexio.types.UNSET) == "<UNSET>"


def test_the_top_level_has_the_common_input_models() -> None:
    for name in ("InteractionData", "UserProfile", "AgentPlaybook", "ToolUsed", "Config", "PlaybookStatus"):
        assert name in reflexio.__all__
        assert getattr(reflexio, name) is getattr(reflexio_api.models, name)


def test_a_fresh_import_loads_no_model_and_no_asyncio() -> None:
    code = (
        "import sys, reflexio\n"
        "client = reflexio.ReflexioClient(url_endpoint='http://127.0.0.1:9')\n"
        "from reflexio import InteractionData\n"
        "models = [m for m in sys.modules if m.startswith('reflexio_api.models.')]\n"
        "print(sorted(models), 'asyncio' in sys.modules, 'reflexio._async.client' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    models = ["reflexio_api.models.interaction_data", "reflexio_api.models.user_action_type"]
    assert out.split("] ")[1].split() == ["False", "False"], out
    assert out.split("] ")[0] + "]" == repr(models), out  # InteractionData and the enum it uses
