"""Real peers for the tests: the real reflexio-ai server, one process per mode for the whole run.

The servers come from tools/launcher.py (the launcher the examples and the benchmark use too),
each on a free port with a throwaway data directory. `shared(mode)` starts the server of a
mode on first use and keeps it for the rest of the run; conftest.py stops them all at the end.
"""

from __future__ import annotations

import atexit
import functools
import inspect
import os
import re
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType

import pytest

from tools.launcher import VENV, RealServer, free_port, installed

__all__ = [
    "CLOSED_PORT_URL",
    "MODES",
    "REQUIRED",
    "VENV",
    "RealServer",
    "free_port",
    "installed",
    "launch",
    "modes_used_by",
    "shared",
    "skip_or_fail_without_server",
    "stop_all",
]

# CI sets REFLEXIO_REQUIRE_SERVER=1: a missing server is then a failure, never a skip.
REQUIRED = os.environ.get("REFLEXIO_REQUIRE_SERVER") == "1"
CLOSED_PORT_URL = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused
SERVER_KEY = "test-server-key-0123456789"

# How each mode's server is started. "org" and "org-llm" serve the tests that act on the
# whole org (delete_all_*, clear_user_data, upgrades, experiments, regeneration): test
# modules run one after another, so they share these without disturbing the others'.
MODES: dict[str, dict[str, object]] = {
    "plain": {},
    "llm": {"mock_llm": True},
    "key": {"api_key": SERVER_KEY},
    "my-config": {"allow_my_config": True},
    "org": {},
    "org-llm": {"mock_llm": True},
}
# The session fixtures (conftest.py) and the mode each needs.
FIXTURE_MODES = {"real_server": "plain", "real_server_llm": "llm", "real_server_key": "key"}
_RUNNING: dict[str, RealServer] = {}


def shared(mode: str) -> RealServer:
    """The server of `mode` for this run, started on first use (skipped/failed when not installed)."""
    skip_or_fail_without_server()
    launch([mode])
    server = _RUNNING[mode]
    server.start()  # returns at once when it already runs
    return server


def launch(modes: Iterable[str]) -> None:
    """Begin starting the servers of `modes` in the background, so they are up by their first use."""
    if not installed():
        return
    for mode in modes:
        if mode not in _RUNNING:
            _RUNNING[mode] = RealServer(mode, **MODES[mode])  # type: ignore[arg-type]
            _RUNNING[mode].launch()


def modes_used_by(item: pytest.Item) -> set[str]:
    """The modes a selected test needs: its session-server fixtures, and what its module asks for
    by name (shared("...") and fresh_server(...) calls), for `launch` to start ahead of time."""
    found = {mode for fixture, mode in FIXTURE_MODES.items() if fixture in getattr(item, "fixturenames", ())}
    source = _source(getattr(item, "module", None))
    found.update(re.findall(r"""shared\(["']([a-z-]+)["']\)""", source))
    for call in re.findall(r"fresh_server\(([^)]*)\)", source):
        found.add("org-llm" if "mock_llm=True" in call else "org")
    return found & MODES.keys()


@functools.cache
def _source(module: ModuleType | None) -> str:
    return inspect.getsource(module) if module is not None else ""


def stop_all() -> None:
    """Stop every server of the run, side by side."""
    servers = list(_RUNNING.values())
    _RUNNING.clear()
    with ThreadPoolExecutor() as pool:
        list(pool.map(RealServer.stop, servers))


atexit.register(stop_all)  # also when the run is cut short


def skip_or_fail_without_server() -> None:
    if installed():
        return
    message = f"the real reflexio-ai server is not installed in {VENV}: run `make server-install`"
    if REQUIRED:
        pytest.fail(message)
    pytest.skip(message)
