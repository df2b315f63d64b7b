"""`whoami` and `doctor`: who the server thinks we are; whether the server is usable from here."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import click

from . import _catalog, _limits_memory
from ._errors import FAILED, OK, classify
from ._output import emit_json, plain
from ._state import State

PINGS = 3


@click.command(short_help="The org and storage the server sees for this API key.")
@click.option("--json", "json_output", is_flag=True, help="The answer as JSON.")
@click.pass_obj
def whoami(state: State, /, json_output: bool) -> int:
    """The server's view of the caller: org id and storage routing (masked: safe to print)."""
    answer = plain(state.client.whoami())
    if state.json or json_output:
        emit_json(answer)
    else:
        for key in ("org_id", "storage_type", "storage_label", "storage_configured", "message"):
            if answer.get(key) not in (None, ""):
                click.echo(f"{key}: {answer[key]}")
    return OK


@dataclass
class Check:
    name: str
    status: str  # ok, warn, fail
    detail: str
    code: int = OK  # the exit code a failure gives


def _run(name: str, probe: Callable[[], tuple[str, str]]) -> Check:
    try:
        status, detail = probe()
        return Check(name, status, detail)
    except Exception as exc:
        code, message = classify(exc)
        return Check(name, "fail", message, code)


@click.command(short_help="Check reachability, auth, version and spec, rate limits and latency.")
@click.option("--json", "json_output", is_flag=True, help="The checks as JSON.")
@click.pass_obj
def doctor(state: State, /, json_output: bool) -> int:
    """Check that the server is usable from here: its URL and reachability, the API key, the server's
    version and operations against the client's spec, the rate limits learned, and the latency.
    Exit code: 0 when every check passes (warnings allowed), else the code of the first failure."""
    client = state.client
    checks = [Check("client", "ok", f"url {client.base_url}, api key {'set' if _has_key(client) else 'not set'}")]
    reach = _run("reachable", lambda: _latency(client))
    checks.append(reach)
    if reach.status != "fail":
        checks.append(_run("auth", lambda: _auth(client)))
        checks.append(_run("version", lambda: _version(client)))
        checks.append(_run("spec", lambda: _spec(client)))
    checks.append(_run("rate limits", lambda: _limits(client)))
    if state.json or json_output:
        emit_json({"ok": all(c.status != "fail" for c in checks), "checks": [asdict(c) for c in checks]})
    else:
        for check in checks:
            click.echo(f"{check.status.upper():4}  {check.name:11}  {check.detail}")
    failed = [c for c in checks if c.status == "fail"]
    return (failed[0].code or FAILED) if failed else OK


def _has_key(client: Any) -> bool:
    return bool(client._options.api_key)


def _latency(client: Any) -> tuple[str, str]:
    from reflexio_api.api.health import health_check

    times = []
    for _ in range(PINGS):
        start = time.perf_counter()
        client.call_endpoint(health_check)
        times.append((time.perf_counter() - start) * 1000)
    return "ok", f"GET /health: median {statistics.median(times):.1f} ms of {PINGS} (max {max(times):.1f} ms)"


def _auth(client: Any) -> tuple[str, str]:
    answer = client.whoami()
    return "ok", f"accepted: org {answer.org_id!r}"


def _version(client: Any) -> tuple[str, str]:
    from reflexio_api.api.health import get_version_info

    from reflexio._version import __version__

    info = plain(client.call_endpoint(get_version_info))
    server, least = info.get("server_version"), info.get("min_client_version")
    detail = f"server {server}, api {info.get('api_version')}; client {__version__}"
    if least and _older(__version__, str(least)):
        return "warn", f"{detail}: the server wants a client >= {least}"
    return "ok", detail + (f" (server accepts clients >= {least})" if least else "")


def _older(mine: str, least: str) -> bool:
    def parts(text: str) -> tuple[int, ...]:
        return tuple(int(p) for p in text.split("+")[0].split("-")[0].split(".") if p.isdigit())

    return parts(mine) < parts(least)


def _spec(client: Any) -> tuple[str, str]:
    """The server's routes (its /openapi.json) against those the client was generated from."""
    response = client.api_client.get_httpx_client().get("/openapi.json")
    if response.status_code != 200:
        return "warn", f"the server does not serve /openapi.json (HTTP {response.status_code}): not compared"
    served = {
        _catalog.route_key(method, path)
        for path, item in response.json().get("paths", {}).items()
        for method, op in item.items()
        if isinstance(op, dict) and "responses" in op
    }
    known = _catalog.routes()
    missing = sorted(known[route] for route in set(known) - served)
    unknown = sorted(f"{method} {path}" for method, path in served - set(known))
    detail = f"server {len(served)} operations, client {len(known)}"
    if not missing and not unknown:
        return "ok", detail + ": the same"
    parts = []
    if missing:
        parts.append(f"{len(missing)} the server lacks ({_some(missing)})")
    if unknown:
        parts.append(f"{len(unknown)} new to the client ({_some(unknown)})")
    return "warn", f"{detail}: {'; '.join(parts)}"


def _some(names: list[str], most: int = 5) -> str:
    return ", ".join(names[:most]) + (", ..." if len(names) > most else "")


def _limits(client: Any) -> tuple[str, str]:
    """The limits learned in this run and remembered from earlier runs against this server."""
    now = _limits_memory.learned(client, list(_catalog.all_operation_ids()))
    known = {op: (text, "now") for op, text in now.items()}
    for op, entry in _limits_memory.recalled(client.base_url).items():
        if op not in known and isinstance(entry, dict):
            seen = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(float(entry.get("seen") or 0)))
            known[op] = (str(entry.get("limit")), f"seen {seen}")
    if not known:
        return (
            "ok",
            "none learned yet (no 429 from this server); the client paces an operation once a 429 names its limit",
        )
    return "ok", "; ".join(f"{op}: {text} ({when})" for op, (text, when) in sorted(known.items()))
