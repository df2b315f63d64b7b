"""A stub LLM server on loopback that speaks the OpenAI chat-completions and Anthropic messages APIs.

Answers are canned: a text answer (citing the first learning tag the prompt showed), a tool call
when the request offers tools, a stream of chunks/events with `stream: true`, and errors for the
model names "fail" (HTTP 400) and "fail-midstream" (the stream breaks off with an error). Every
request body is recorded, so a test can see what the wrapper sent.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOOL = {"name": "get_weather", "id": "call_1", "arguments": {"city": "Paris"}}


def answer_text(body: dict[str, Any]) -> str:
    """A canned answer that cites the first learning tag the prompt showed, as a model asked to cite would."""
    shown = re.search(r"\[([pua]\d+)\]", json.dumps(body))
    return f"Read it in chunks [{shown.group(1)}]." if shown else "Read it in chunks."


def pieces(text: str) -> list[str]:
    words = text.split(" ")
    return [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]


def openai_answer(body: dict[str, Any]) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": None if body.get("tools") else answer_text(body)}
    if body.get("tools"):
        arguments = json.dumps(TOOL["arguments"])
        function = {"name": TOOL["name"], "arguments": arguments}
        message["tool_calls"] = [{"id": TOOL["id"], "type": "function", "function": function}]
    finish = "tool_calls" if body.get("tools") else "stop"
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": body.get("model", "m"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def openai_chunks(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [choice]}

    yield chunk({"role": "assistant", "content": ""})
    if body.get("tools"):
        head = {"index": 0, "id": TOOL["id"], "type": "function", "function": {"name": TOOL["name"], "arguments": ""}}
        yield chunk({"tool_calls": [head]})
        arguments = json.dumps(TOOL["arguments"])
        for part in (arguments[:5], arguments[5:]):
            yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": part}}]})
        yield chunk({}, "tool_calls")
        return
    for piece in pieces(answer_text(body)):
        yield chunk({"content": piece})
    yield chunk({}, "stop")


def anthropic_answer(body: dict[str, Any]) -> dict[str, Any]:
    content: list[dict[str, Any]] = [{"type": "text", "text": answer_text(body)}]
    if body.get("tools"):
        content = [
            {"type": "text", "text": "Let me check."},
            {"type": "tool_use", "id": TOOL["id"], "name": TOOL["name"], "input": TOOL["arguments"]},
        ]
    return {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": body.get("model", "m"),
        "content": content,
        "stop_reason": "tool_use" if body.get("tools") else "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
    }


def anthropic_events(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    start = anthropic_answer(body) | {"content": [], "stop_reason": None}
    yield {"type": "message_start", "message": start}
    text = "Let me check." if body.get("tools") else answer_text(body)
    yield {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
    for piece in pieces(text):
        yield {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}}
    yield {"type": "content_block_stop", "index": 0}
    if body.get("tools"):
        block = {"type": "tool_use", "id": TOOL["id"], "name": TOOL["name"], "input": {}}
        yield {"type": "content_block_start", "index": 1, "content_block": block}
        arguments = json.dumps(TOOL["arguments"])
        for part in (arguments[:5], arguments[5:]):
            delta = {"type": "input_json_delta", "partial_json": part}
            yield {"type": "content_block_delta", "index": 1, "delta": delta}
        yield {"type": "content_block_stop", "index": 1}
    stop = "tool_use" if body.get("tools") else "end_turn"
    yield {
        "type": "message_delta",
        "delta": {"stop_reason": stop, "stop_sequence": None},
        "usage": {"output_tokens": 5},
    }
    yield {"type": "message_stop"}


class StubLLM:
    """The stub, served on a free loopback port while used as a context manager."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                stub.requests.append(body)
                anthropic = self.path.endswith("/messages")
                if body.get("model") == "fail":
                    error = {"type": "invalid_request_error", "message": "the stub refuses this model"}
                    self.reply(400, {"type": "error", "error": error} if anthropic else {"error": error})
                elif body.get("stream"):
                    self.stream(body, anthropic)
                else:
                    self.reply(200, anthropic_answer(body) if anthropic else openai_answer(body))

            def reply(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def stream(self, body: dict[str, Any], anthropic: bool) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                items = list(anthropic_events(body) if anthropic else openai_chunks(body))
                if body.get("model") == "fail-midstream":
                    error = {"type": "overloaded_error", "message": "the stub broke off"}
                    items = items[:3] + [{"type": "error", "error": error} if anthropic else {"error": error}]
                for item in items:
                    name = f"event: {item['type']}\n" if anthropic and "type" in item else ""
                    self.wfile.write(f"{name}data: {json.dumps(item)}\n\n".encode())
                if not anthropic and body.get("model") != "fail-midstream":
                    self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
                self.close_connection = True

        class Server(ThreadingHTTPServer):
            daemon_threads = True

        self._httpd = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> StubLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
