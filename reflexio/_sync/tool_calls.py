"""Pending tool calls: list, read, resolve, answer, cancel.

A pending tool call is a question an extraction agent could not answer itself (e.g. the
`ask_human` tool); resolving it lets the dependent agent runs resume. When the org config sets
pending_tool_call_config.hmac_secrets, resolve/answer/not-applicable calls must be signed: pass
x_reflexio_timestamp (unix seconds) and x_reflexio_signature = "sha256=" + the hex HMAC-SHA256,
under one of the secrets, of `timestamp + "." + body`, where body is the compact JSON the method
sends (json.dumps(payload, separators=(",", ":"), ensure_ascii=False), keys in the order shown
in each method). The server accepts a timestamp within 5 minutes of its clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._convert import require, to_model
from .._inputs.tool_calls import _seconds, _signed
from .._operation import Operation
from .._request_options import Body, Headers, Query, TimeoutLike, per_call
from .plain import ToolCallsPlain

if TYPE_CHECKING:
    from reflexio_api.models import PendingToolCallResponse


class ToolCallsMethods(ToolCallsPlain):
    @per_call
    def resolve_pending_tool_call(
        self,
        pending_tool_call_id: str,
        *,
        result: Mapping[str, Any] | None = None,
        answer: str | None = None,
        valid_for_seconds: int | None = None,
        x_reflexio_signature: str | None = None,
        x_reflexio_timestamp: str | int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """Answer a pending tool call, so the agent runs waiting on it resume.

        Give exactly one of `result` (the tool's result payload) or `answer` (the text answer
        of an ask_human question, sent as {"answer": answer}). Resolving again with the same
        result returns the call unchanged; with another result raises ConflictError.
        Signed body (see the module docs): {"result": ..., "valid_for_seconds": ...} (the
        latter only when given).

        Args:
            pending_tool_call_id: the call to resolve.
            result: the tool result as a dict.
            answer: shorthand for result={"answer": answer}.
            valid_for_seconds: how long the answer may be reused for similar questions
                (server default from pending_tool_call_config).
            x_reflexio_signature, x_reflexio_timestamp: HMAC headers, needed only when the org
                config sets hmac_secrets (AuthenticationError otherwise).
        """
        from reflexio_api.api.tool_calls import resolve_pending_tool_call
        from reflexio_api.models import PendingToolCallResponse, ResolvePendingToolCallRequest

        require(pending_tool_call_id, "pending_tool_call_id")
        if (result is None) == (answer is None):
            raise ValueError("resolve_pending_tool_call takes exactly one of result= or answer=")
        if answer is not None:
            require(answer, "answer")
            payload: dict[str, Any] = {"result": {"answer": answer}}
        elif isinstance(result, Mapping):
            payload = {"result": dict(result)}
        else:
            raise TypeError(f"result must be a dict, not {type(result).__name__}")
        body = to_model(ResolvePendingToolCallRequest, payload, "result", valid_for_seconds=_seconds(valid_for_seconds))
        kwargs = _signed(
            {"pending_tool_call_id": pending_tool_call_id, "body": body}, x_reflexio_signature, x_reflexio_timestamp
        )
        return self._request(Operation(resolve_pending_tool_call, kwargs, PendingToolCallResponse))

    @per_call
    def update_pending_tool_call_answer(
        self,
        pending_tool_call_id: str,
        answer: str,
        *,
        valid_for_seconds: int | None = None,
        x_reflexio_signature: str | None = None,
        x_reflexio_timestamp: str | int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """Replace the answer of an already resolved ask_human question (dependent runs resume again).

        Only resolved ask_human calls can be edited (ConflictError otherwise). Signed body (see
        the module docs): {"answer": ..., "valid_for_seconds": ...} (the latter only when given).

        Args:
            pending_tool_call_id: the resolved call.
            answer: the new answer; must not be blank.
            valid_for_seconds: how long the answer may be reused (server default when None).
            x_reflexio_signature, x_reflexio_timestamp: HMAC headers, needed only when the org
                config sets hmac_secrets.
        """
        from reflexio_api.api.tool_calls import update_pending_tool_call_answer
        from reflexio_api.models import PendingToolCallResponse, UpdatePendingToolCallAnswerRequest

        require(pending_tool_call_id, "pending_tool_call_id")
        require(answer, "answer")
        body = to_model(
            UpdatePendingToolCallAnswerRequest,
            {"answer": answer},
            "answer",
            valid_for_seconds=_seconds(valid_for_seconds),
        )
        kwargs = _signed(
            {"pending_tool_call_id": pending_tool_call_id, "body": body}, x_reflexio_signature, x_reflexio_timestamp
        )
        return self._request(Operation(update_pending_tool_call_answer, kwargs, PendingToolCallResponse))

    @per_call
    def mark_pending_tool_call_not_applicable(
        self,
        pending_tool_call_id: str,
        *,
        valid_for_seconds: int | None = None,
        x_reflexio_signature: str | None = None,
        x_reflexio_timestamp: str | int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutLike | None = None,
    ) -> PendingToolCallResponse:
        """Answer an ask_human question with "not applicable" (pending or resolved calls only).

        Signed body (see the module docs): {"valid_for_seconds": ...} when given, else {}.

        Args:
            pending_tool_call_id: the call.
            valid_for_seconds: how long this verdict may be reused (server default when None).
            x_reflexio_signature, x_reflexio_timestamp: HMAC headers, needed only when the org
                config sets hmac_secrets.
        """
        from reflexio_api.api.tool_calls import mark_pending_tool_call_not_applicable
        from reflexio_api.models import MarkPendingToolCallNotApplicableRequest, PendingToolCallResponse

        require(pending_tool_call_id, "pending_tool_call_id")
        body = to_model(
            MarkPendingToolCallNotApplicableRequest,
            None,
            "valid_for_seconds",
            valid_for_seconds=_seconds(valid_for_seconds),
        )
        kwargs = _signed(
            {"pending_tool_call_id": pending_tool_call_id, "body": body}, x_reflexio_signature, x_reflexio_timestamp
        )
        return self._request(Operation(mark_pending_tool_call_not_applicable, kwargs, PendingToolCallResponse))
