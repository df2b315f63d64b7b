"""OpenTelemetry tracing (the `otel` extra: opentelemetry-api only).

Imported by the client only once the application imported `opentelemetry.trace` itself, so
`import reflexio` never loads OpenTelemetry. Each logical call is one CLIENT span:

- named by the GenAI memory semantic conventions for memory operations (`search_memory`,
  `upsert_memory`, `delete_memory`) and by the operation id otherwise;
- attributes: `gen_ai.operation.name`, `gen_ai.provider.name`, `gen_ai.memory.type` / `.scope` /
  `.id`, `server.address`, `server.port`, `http.response.status_code`, `error.type`,
  `reflexio.operation_id`, `reflexio.correlation_id`, `reflexio.attempts`; each retry is a `retry` event;
- the query and memory content (`gen_ai.memory.query`, `gen_ai.memory.content`) only when
  OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true;
- the span is current while the attempts are sent, so opentelemetry-instrumentation-httpx's
  per-attempt spans are its children (this module makes no per-attempt span of its own);
- a fire-and-forget call's span starts a new trace linked to the span that queued it.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

import httpx
from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import Link, SpanKind, StatusCode

from ._version import __version__

if TYPE_CHECKING:
    from ._base_client import BaseClient, Call

CAPTURE_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
PROVIDER = "reflexio"

_SEARCH = ("search", "search_profiles", "search_user_playbooks", "search_agent_playbooks", "search_interactions",
           "get_profiles", "get_all_profiles", "get_user_playbooks", "get_agent_playbooks", "get_interactions",
           "get_all_interactions")  # fmt: skip
_UPSERT = ("publish_interaction", "add_user_profile", "update_user_profile", "add_user_playbook",
           "add_agent_playbooks", "update_user_playbook", "update_agent_playbook",
           "update_agent_playbook_status")  # fmt: skip
_DELETE = ("delete_profile", "delete_profiles_by_ids", "delete_all_profiles", "delete_user_playbook",
           "delete_user_playbooks_by_ids", "delete_all_user_playbooks", "delete_agent_playbook",
           "delete_agent_playbooks_by_ids", "delete_all_agent_playbooks", "delete_all_playbooks",
           "delete_interaction", "delete_all_interactions", "delete_request", "delete_requests_by_ids",
           "delete_session", "clear_user_data")  # fmt: skip
MEMORY_OPERATIONS: dict[str, str] = {
    **dict.fromkeys(_SEARCH, "search_memory"),
    **dict.fromkeys(_UPSERT, "upsert_memory"),
    **dict.fromkeys(_DELETE, "delete_memory"),
}
_QUERY_FIELDS = ("query",)
_ID_FIELDS = ("profile_id", "user_playbook_id", "agent_playbook_id", "interaction_id", "request_id")

_tracer: tuple[Any, trace.Tracer] | None = None


def _get_tracer() -> trace.Tracer:
    global _tracer
    provider = trace.get_tracer_provider()
    if _tracer is None or _tracer[0] is not provider:
        _tracer = (provider, provider.get_tracer("reflexio", __version__))
    return _tracer[1]


def capture_content() -> bool:
    return os.environ.get(CAPTURE_ENV, "").strip().lower() == "true"


def memory_type(operation_id: str) -> str | None:
    """The kind of memory the operation touches: profiles are semantic, playbooks procedural,
    interactions episodic."""
    if "profile" in operation_id:
        return "semantic"
    if "playbook" in operation_id:
        return "procedural"
    if "interaction" in operation_id or "request" in operation_id or "session" in operation_id:
        return "episodic"
    return None


def start(client: BaseClient, call: Call[Any], kwargs: dict[str, Any]) -> Any:
    """Start the call's span and make it current while its attempts are sent."""
    op = call.op
    op_id = op.operation_id
    name = MEMORY_OPERATIONS.get(op_id)
    url = call.request.url
    attributes: dict[str, Any] = {
        "gen_ai.operation.name": name or op_id,
        "gen_ai.provider.name": PROVIDER,
        "reflexio.operation_id": op_id,
        "server.address": url.host,
        "http.request.method": call.request.method,
    }
    if url.port is not None:
        attributes["server.port"] = url.port
    if name is not None:
        _memory_attributes(attributes, op_id, kwargs)
    tracer = _get_tracer()
    links = None
    parent = None
    if op.link is not None:  # fire-and-forget: a new trace, linked to the caller's
        links = [Link(op.link)]
        parent = otel_context.Context()
    span = tracer.start_span(name or op_id, context=parent, kind=SpanKind.CLIENT, attributes=attributes, links=links)
    token = otel_context.attach(trace.set_span_in_context(span))
    return (span, token)


def _memory_attributes(attributes: dict[str, Any], op_id: str, kwargs: dict[str, Any]) -> None:
    kind = memory_type(op_id)
    if kind:
        attributes["gen_ai.memory.type"] = kind
    data: dict[str, Any] = {}
    for part in (kwargs.get("params"), kwargs.get("json")):
        if isinstance(part, dict):
            data.update(part)
    if data.get("session_id") or data.get("session_ids"):
        attributes["gen_ai.memory.scope"] = "session"
    elif data.get("user_id"):
        attributes["gen_ai.memory.scope"] = "user"
    elif "agent" in op_id:
        attributes["gen_ai.memory.scope"] = "agent"
    for field in _ID_FIELDS:
        value = data.get(field)
        if isinstance(value, (str, int)) and value != "":
            attributes["gen_ai.memory.id"] = str(value)
            break
    if capture_content():
        for field in _QUERY_FIELDS:
            if isinstance(data.get(field), str):
                attributes["gen_ai.memory.query"] = data[field]
        if MEMORY_OPERATIONS.get(op_id) == "upsert_memory":
            attributes["gen_ai.memory.content"] = json.dumps(data, default=str)[:4096]


def caller_link() -> Any:
    """The current span's context, for a fire-and-forget call's link (None outside a recording span)."""
    context = trace.get_current_span().get_span_context()
    return context if context.is_valid else None


def retry(call: Call[Any], delay: float, response: httpx.Response | None, error: BaseException | None) -> None:
    span, _ = call.span
    attributes: dict[str, Any] = {"reflexio.attempt": call.attempts, "reflexio.retry.delay_s": delay}
    if response is not None:
        attributes["http.response.status_code"] = response.status_code
    if error is not None:
        attributes["error.type"] = type(error).__name__
    span.add_event("retry", attributes)


def end(call: Call[Any], error: BaseException | None, response: httpx.Response | None = None) -> None:
    """End the span (once) and restore the caller's context."""
    span, token = call.span
    call.span = None
    try:
        span.set_attribute("reflexio.attempts", call.attempts)
        if call.correlation_id:
            span.set_attribute("reflexio.correlation_id", call.correlation_id)
        status = response.status_code if response is not None else getattr(error, "status_code", None)
        if isinstance(status, int):
            span.set_attribute("http.response.status_code", status)
        if error is not None:
            span.set_attribute("error.type", type(error).__qualname__)
            span.set_status(StatusCode.ERROR, str(error)[:200])
            if isinstance(error, Exception):
                span.record_exception(error)
        span.end()
    finally:
        otel_context.detach(token)
