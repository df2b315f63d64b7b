"""OpenTelemetry tracing (the `otel` extra), checked with the SDK's in-memory exporter."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from reflexio import NotFoundError, ReflexioClient
from reflexio.testing import FakeReflexio

trace = pytest.importorskip("opentelemetry.trace")
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider  # noqa: E402
from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # noqa: E402
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter  # noqa: E402

EXPORTER = InMemorySpanExporter()
PROVIDER = TracerProvider()
PROVIDER.add_span_processor(SimpleSpanProcessor(EXPORTER))


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    trace.set_tracer_provider(PROVIDER)  # once per process; later calls are ignored (same provider)
    EXPORTER.clear()
    yield EXPORTER
    EXPORTER.clear()


def ours(exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    return [
        s
        for s in exporter.get_finished_spans()
        if s.instrumentation_scope and s.instrumentation_scope.name == "reflexio"
    ]


def test_a_memory_call_is_one_client_span_named_by_the_genai_conventions(
    spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeReflexio()
    client = fake.client()
    raw = client.with_raw_response.search(query="favourite food", user_id="u1")
    (span,) = ours(spans)
    assert span.name == "search_memory" and span.kind == trace.SpanKind.CLIENT
    attrs = dict(span.attributes or {})
    assert attrs["gen_ai.operation.name"] == "search_memory" and attrs["gen_ai.provider.name"] == "reflexio"
    assert attrs["gen_ai.memory.scope"] == "user" and attrs["server.address"] == "reflexio.localhost"
    assert attrs["http.response.status_code"] == 200 and attrs["reflexio.attempts"] == 1
    assert raw.correlation_id is not None and attrs["reflexio.correlation_id"] == raw.correlation_id
    assert "gen_ai.memory.query" not in attrs  # no content unless asked for

    spans.clear()
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true")
    client.search(query="favourite food", user_id="u1")
    (captured,) = ours(spans)
    assert (captured.attributes or {})["gen_ai.memory.query"] == "favourite food"


def test_other_operations_are_named_by_their_id_and_errors_and_retries_are_recorded(
    spans: InMemorySpanExporter, sleeps: list[float]
) -> None:
    fake = FakeReflexio()
    client = fake.client()
    fake.fail("whoami", 503)
    client.whoami()
    (span,) = ours(spans)
    assert span.name == "whoami" and [e.name for e in span.events] == ["retry"]
    assert (span.events[0].attributes or {})["http.response.status_code"] == 503
    assert (span.attributes or {})["reflexio.attempts"] == 2

    spans.clear()
    fake.fail("delete_profile", 404)
    with pytest.raises(NotFoundError):
        client.delete_profile(user_id="u", profile_id="p", wait_for_response=True)
    (failed,) = ours(spans)
    attrs = dict(failed.attributes or {})
    assert failed.name == "delete_memory" and failed.status.status_code == trace.StatusCode.ERROR
    assert attrs["error.type"] == "NotFoundError" and attrs["http.response.status_code"] == 404
    assert attrs["gen_ai.memory.id"] == "p" and attrs["gen_ai.memory.type"] == "semantic"


def test_httpx_instrumentation_spans_nest_under_the_call(spans: InMemorySpanExporter, sleeps: list[float]) -> None:
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=PROVIDER)
    try:
        fake = FakeReflexio()
        fake.fail("search", 503)
        with fake.serve() as url, ReflexioClient(url_endpoint=url) as client:
            client.search(query="q", user_id="u")
    finally:
        instrumentor.uninstrument()
    (call,) = ours(spans)
    attempts = [s for s in spans.get_finished_spans() if s is not call]
    assert len(attempts) == 2  # one per attempt, made by the httpx instrumentation alone
    assert all(s.parent is not None and s.parent.span_id == call.context.span_id for s in attempts)


def test_a_fire_and_forget_span_links_to_the_caller(spans: InMemorySpanExporter) -> None:
    fake = FakeReflexio()
    client = fake.client()
    tracer = PROVIDER.get_tracer("test")
    with tracer.start_as_current_span("caller") as caller:
        client.delete_request("r1")
    client.flush()
    (span,) = ours(spans)
    assert span.name == "delete_memory" and span.parent is None
    assert [link.context.span_id for link in span.links] == [caller.get_span_context().span_id]


async def test_the_async_client_traces_too(spans: InMemorySpanExporter) -> None:
    fake = FakeReflexio()
    async with fake.async_client() as client:
        await client.get_profiles(user_id="u")
    (span,) = ours(spans)
    assert span.name == "search_memory" and (span.attributes or {})["gen_ai.memory.type"] == "semantic"


def test_import_reflexio_never_imports_opentelemetry() -> None:
    code = (
        "import sys, reflexio\n"
        "from reflexio.testing import FakeReflexio\n"
        "FakeReflexio().client().whoami()\n"
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry')))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
