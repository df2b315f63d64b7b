"""The OpenAI and Anthropic wrappers, with the real SDKs against a stub LLM server on loopback and the fake Reflexio."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fault_server import closed_port
from llm_stub import TOOL, StubLLM

from reflexio import ReflexioClient
from reflexio.testing import FakeReflexio

anthropic = pytest.importorskip("anthropic")
openai = pytest.importorskip("openai")

from reflexio.integrations.anthropic import wrap_anthropic  # noqa: E402
from reflexio.integrations.openai import wrap_openai  # noqa: E402

SDKS = ["openai", "anthropic"]
QUESTION = "How do I read a CSV?"
OPENAI_TOOLS = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}]
ANTHROPIC_TOOLS = [{"name": "get_weather", "input_schema": {"type": "object"}}]


@pytest.fixture
def stub() -> Iterator[StubLLM]:
    with StubLLM() as server:
        yield server


PROFILE = "Asked: How do I read a CSV? Prefers reading it in chunks"  # the fake matches every query word


def seed(fake: FakeReflexio) -> None:
    with fake.client() as client:
        client.add_user_profile([{"user_id": "u1", "content": PROFILE}])


def llm(sdk: str, url: str, is_async: bool = False) -> Any:
    if sdk == "openai":
        cls = openai.AsyncOpenAI if is_async else openai.OpenAI
        return cls(api_key="test", base_url=f"{url}/v1", max_retries=0)
    cls = anthropic.AsyncAnthropic if is_async else anthropic.Anthropic
    return cls(api_key="test", base_url=url, max_retries=0)


def wrap(sdk: str, client: Any, session: Any, **options: Any) -> Any:
    wrapper: Any = wrap_openai if sdk == "openai" else wrap_anthropic
    return wrapper(client, session, user_id="u1", searches=["profiles"], **options)


def create(sdk: str, client: Any, message: str = QUESTION, **kwargs: Any) -> Any:
    messages = [{"role": "user", "content": message}]
    if sdk == "openai":
        if kwargs.pop("tools", False):
            kwargs["tools"] = OPENAI_TOOLS
        return client.chat.completions.create(model=kwargs.pop("model", "m"), messages=messages, **kwargs)
    if kwargs.pop("tools", False):
        kwargs["tools"] = ANTHROPIC_TOOLS
    return client.messages.create(model=kwargs.pop("model", "m"), max_tokens=100, messages=messages, **kwargs)


def text(sdk: str, response: Any) -> str:
    if sdk == "openai":
        return str(response.choices[0].message.content)
    return "".join(block.text for block in response.content if block.type == "text")


def published(fake: FakeReflexio) -> list[dict[str, Any]]:
    return [call.json for call in fake.calls("publish_interaction")]


def sent_messages(stub: StubLLM) -> str:
    return json.dumps(stub.requests[-1])


@pytest.mark.parametrize("sdk", SDKS)
def test_a_wrapped_call_gets_the_context_and_publishes_the_turn(sdk: str, stub: StubLLM) -> None:
    fake = FakeReflexio()
    seed(fake)
    with fake.client() as client:
        session = client.for_session("chat_1")
        plain = llm(sdk, stub.url)
        wrapped = wrap(sdk, plain, session)
        response = create(sdk, wrapped)
        assert text(sdk, response) == "Read it in chunks [p1]."  # the stub cites what it was shown
        request = stub.requests[-1]
        assert "system" not in request and all(m["role"] != "system" for m in request["messages"])
        [user] = request["messages"]
        content = user["content"] if isinstance(user["content"], str) else user["content"][0]["text"]
        assert f"- [p1] {PROFILE}" in content and content.rstrip().endswith(QUESTION)
        create(sdk, plain)  # the client given to the wrapper is left as it was
        assert "[p1]" not in sent_messages(stub)
        assert client.flush(10)
    [body] = published(fake)
    assert (body["session_id"], body["user_id"]) == ("chat_1", "u1")
    user_row, assistant = body["interaction_data_list"]
    assert user_row == {"role": "user", "content": QUESTION}  # without the injected context
    assert assistant["content"] == "Read it in chunks [p1]."
    assert [r["kind"] for r in assistant["retrieved_learnings"]] == ["profile"]
    assert [(c["tag"], c["kind"]) for c in assistant["citations"]] == [("p1", "profile")]


@pytest.mark.parametrize("sdk", SDKS)
def test_placement_system_puts_the_context_into_the_system_prompt(sdk: str, stub: StubLLM) -> None:
    fake = FakeReflexio()
    seed(fake)
    with fake.client() as client:
        wrapped = wrap(sdk, llm(sdk, stub.url), client.for_session("chat_2"), placement="system")
        create(sdk, wrapped)
    request = stub.requests[-1]
    system = request["system"] if sdk == "anthropic" else request["messages"][0]["content"]
    assert f"- [p1] {PROFILE}" in system
    assert request["messages"][-1]["content"] == QUESTION


@pytest.mark.parametrize("sdk", SDKS)
@pytest.mark.parametrize("tools", [False, True])
def test_a_stream_is_published_once_it_ends_assembled(sdk: str, tools: bool, stub: StubLLM) -> None:
    fake = FakeReflexio()
    seed(fake)
    with fake.client() as client:
        stream = create(sdk, wrap(sdk, llm(sdk, stub.url), client.for_session("chat_3")), stream=True, tools=tools)
        items = []
        with stream:
            for item in stream:
                items.append(item)
                assert client.flush(10) and published(fake) == []  # nothing before the end
        assert len(items) > 3
        assert client.flush(10)
    [body] = published(fake)
    assistant = body["interaction_data_list"][-1]
    if tools:
        assert assistant["tools_used"] == [
            {"tool_name": TOOL["name"], "tool_data": {"id": TOOL["id"], "arguments": TOOL["arguments"]}}
        ]
        assert assistant["content"] == ("" if sdk == "openai" else "Let me check.")
    else:
        assert assistant["content"] == "Read it in chunks [p1]."
        assert [c["tag"] for c in assistant["citations"]] == ["p1"]


def helper(sdk: str, client: Any, **kwargs: Any) -> Any:
    """The SDK's stream helper: chat.completions.stream / messages.stream (a context manager)."""
    messages = [{"role": "user", "content": QUESTION}]
    if sdk == "openai":
        if kwargs.pop("tools", False):
            kwargs["tools"] = [{**OPENAI_TOOLS[0], "function": {**OPENAI_TOOLS[0]["function"], "strict": False}}]
        return client.chat.completions.stream(model="m", messages=messages, **kwargs)
    if kwargs.pop("tools", False):
        kwargs["tools"] = ANTHROPIC_TOOLS
    return client.messages.stream(model="m", max_tokens=100, messages=messages, **kwargs)


@pytest.mark.parametrize("sdk", SDKS)
@pytest.mark.parametrize("tools", [False, True])
def test_the_sdk_stream_helper_publishes_the_turn_once_when_it_ends(sdk: str, tools: bool, stub: StubLLM) -> None:
    fake = FakeReflexio()
    seed(fake)
    with fake.client() as client:
        wrapped = wrap(sdk, llm(sdk, stub.url), client.for_session("chat_12"))
        with helper(sdk, wrapped, tools=tools) as stream:
            events = list(stream)
            assert events and client.flush(10) and published(fake) == []
        with helper(sdk, wrapped) as stream:
            next(iter(stream))  # left before its end: not a whole answer
        assert client.flush(10)
    assert len(stub.requests) == 2 and len(fake.calls("search_profiles")) == 2  # one search per turn
    [body] = published(fake)
    user, assistant = body["interaction_data_list"]
    assert user == {"role": "user", "content": QUESTION}
    if tools:
        assert assistant["tools_used"][0]["tool_name"] == "get_weather"
        assert assistant["tools_used"][0]["tool_data"]["arguments"] == {"city": "Paris"}
    else:
        assert assistant["content"] == "Read it in chunks [p1]."
        assert [c["tag"] for c in assistant["citations"]] == ["p1"]


@pytest.mark.parametrize("sdk", SDKS)
async def test_the_async_sdk_stream_helper_publishes_the_turn_when_it_ends(sdk: str, stub: StubLLM) -> None:
    fake = FakeReflexio()
    seed(fake)
    client = fake.async_client()
    async with client:
        wrapped = wrap(sdk, llm(sdk, stub.url, is_async=True), client.for_session("chat_13"))
        async with helper(sdk, wrapped) as stream:
            assert [event async for event in stream]
        assert await client.flush(10)
    [body] = published(fake)
    assert body["interaction_data_list"][-1]["content"] == "Read it in chunks [p1]."
    assert "[p1]" in json.dumps(stub.requests[-1])  # the context went to the LLM


@pytest.mark.parametrize("sdk", SDKS)
def test_tool_calls_are_published_as_tools_used(sdk: str, stub: StubLLM) -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        response = create(sdk, wrap(sdk, llm(sdk, stub.url), client.for_session("chat_4")), tools=True)
        assert response is not None
        client.flush(10)
    [body] = published(fake)
    [tool] = body["interaction_data_list"][-1]["tools_used"]
    assert tool == {"tool_name": "get_weather", "tool_data": {"id": "call_1", "arguments": {"city": "Paris"}}}


@pytest.mark.parametrize("sdk", SDKS)
def test_a_failed_llm_call_raises_as_usual_and_publishes_nothing(sdk: str, stub: StubLLM) -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        wrapped = wrap(sdk, llm(sdk, stub.url), client.for_session("chat_5"))
        error = openai.BadRequestError if sdk == "openai" else anthropic.BadRequestError
        with pytest.raises(error):
            create(sdk, wrapped, model="fail")
        stream = create(sdk, wrapped, model="fail-midstream", stream=True)
        sdk_error = openai.APIError if sdk == "openai" else anthropic.APIError
        with pytest.raises(sdk_error):
            for _ in stream:
                pass
        early = create(sdk, wrapped, stream=True)
        next(iter(early))
        early.close()  # closed before its end: not a whole answer
        assert client.flush(10)
    assert published(fake) == []


@pytest.mark.parametrize("sdk", SDKS)
def test_a_reflexio_outage_costs_a_wrapped_call_at_most_the_budget(sdk: str, stub: StubLLM) -> None:
    errors: list[str] = []
    client = ReflexioClient(
        url_endpoint=f"http://127.0.0.1:{closed_port()}",
        max_retries=0,
        on_error=lambda error, operation_id: errors.append(operation_id),
    )
    wrapped = wrap(sdk, llm(sdk, stub.url), client.for_session("chat_6"), budget=0.5)
    started = time.monotonic()
    response = create(sdk, wrapped)
    assert time.monotonic() - started < 0.5 + 2.0
    assert text(sdk, response) == "Read it in chunks."  # the LLM got the prompt without context
    assert stub.requests[-1]["messages"][-1]["content"] == QUESTION
    client.close()
    assert errors == ["search", "publish_interaction"]


@pytest.mark.parametrize("sdk", SDKS)
def test_copies_of_a_wrapped_client_stay_wrapped(sdk: str, stub: StubLLM) -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        wrapped = wrap(sdk, llm(sdk, stub.url), client.for_session("chat_7"))
        assert isinstance(wrapped, openai.OpenAI if sdk == "openai" else anthropic.Anthropic)
        create(sdk, wrapped.with_options(timeout=30))
        create(sdk, wrapped.copy())
        client.flush(10)
    assert len(published(fake)) == 2


def test_wrong_arguments_fail_when_wrapping(stub: StubLLM) -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        session = client.for_session("chat_8")
        with pytest.raises(TypeError, match="AsyncSessionClient"):
            wrap_openai(llm("openai", stub.url, is_async=True), session, user_id="u1")  # type: ignore[call-overload]
        with pytest.raises(TypeError, match="openai.OpenAI"):
            wrap_openai(object(), session, user_id="u1")  # type: ignore[call-overload]
        with pytest.raises(ValueError, match="placement"):
            wrap_anthropic(llm("anthropic", stub.url), session, user_id="u1", placement="middle")  # type: ignore[call-overload]
        with pytest.raises(ValueError, match="user_id"):
            wrap_anthropic(llm("anthropic", stub.url), session, user_id=" ")
        with pytest.raises(TypeError, match="unknown turn options"):
            wrap_openai(llm("openai", stub.url), session, user_id="u1", topk=3)  # type: ignore[call-overload]
    assert stub.requests == [] and fake.calls("search") == fake.calls("search_profiles") == []


@pytest.mark.parametrize("sdk", SDKS)
@pytest.mark.parametrize("stream", [False, True])
async def test_async_clients_are_wrapped_too(sdk: str, stream: bool, stub: StubLLM) -> None:
    fake = FakeReflexio()
    seed(fake)
    client = fake.async_client()
    async with client:
        wrapped = wrap(sdk, llm(sdk, stub.url, is_async=True), client.for_session("chat_9"))
        response = await create(sdk, wrapped, stream=stream)
        if stream:
            async with response:
                pieces = [item async for item in response]
            assert pieces
        else:
            assert text(sdk, response) == "Read it in chunks [p1]."
        with pytest.raises(openai.BadRequestError if sdk == "openai" else anthropic.BadRequestError):
            await create(sdk, wrapped, model="fail")
        assert await client.flush(10)
    [body] = published(fake)
    assert body["session_id"] == "chat_9"
    assert body["interaction_data_list"][-1]["content"] == "Read it in chunks [p1]."
    assert [c["tag"] for c in body["interaction_data_list"][-1]["citations"]] == ["p1"]


def test_messages_given_as_an_iterator_are_read_once(stub: StubLLM) -> None:
    fake = FakeReflexio()
    seed(fake)
    with fake.client() as client:
        wrapped = wrap("openai", llm("openai", stub.url), client.for_session("chat_11"))
        messages = iter([{"role": "user", "content": QUESTION}])
        response = wrapped.chat.completions.create(model="m", messages=messages)
        assert response.choices[0].message.content == "Read it in chunks [p1]."
        client.flush(10)
    assert stub.requests[-1]["messages"][-1]["content"].endswith(QUESTION)
    assert published(fake)[0]["interaction_data_list"][0] == {"role": "user", "content": QUESTION}


def test_a_tool_result_continues_the_turn_without_repeating_the_user_message(stub: StubLLM) -> None:
    fake = FakeReflexio()
    with fake.client() as client:
        wrapped = wrap("openai", llm("openai", stub.url), client.for_session("chat_10"))
        call = {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
        wrapped.chat.completions.create(
            model="m",
            messages=[
                {"role": "user", "content": "Weather in Paris?"},
                {"role": "assistant", "content": None, "tool_calls": [call]},
                {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
            ],
        )
        client.flush(10)
    assert fake.calls("search_profiles")[0].json["query"] == "Weather in Paris?"
    assert [row["role"] for row in published(fake)[0]["interaction_data_list"]] == ["assistant"]


def test_import_reflexio_loads_no_llm_sdk() -> None:
    code = (
        "import sys, reflexio, reflexio.agent, reflexio.integrations\n"
        "loaded = sorted(m for m in ('openai', 'anthropic') if m in sys.modules)\n"
        "assert not loaded, loaded\n"
        "client = reflexio.ReflexioClient(url_endpoint='http://127.0.0.1:9')\n"
        "client.for_session('s')\n"
        "assert 'openai' not in sys.modules and 'anthropic' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize("sdk", SDKS)
def test_without_the_sdk_installed_wrapping_says_which_extra_to_install(sdk: str) -> None:
    code = (
        f"import sys; sys.modules[{sdk!r}] = None  # as if it were not installed\n"
        f"from reflexio.integrations.{sdk} import wrap_{sdk}\n"
        "try:\n"
        f"    wrap_{sdk}(object(), object(), user_id='u1')\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True).stdout
    assert f"pip install 'reflexio-python[{sdk}]'" in out
