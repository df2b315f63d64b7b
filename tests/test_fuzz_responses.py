"""Response fuzzing: answers generated from the spec's schemas, and broken ones, fed to the client.

Every operation with a JSON 2xx answer is sent through a real ReflexioClient whose transport
answers with a generated body. A valid answer must parse into the operation's model; a broken one
must give that model (in part: a field it lacked raises MissingFieldError when read) or raise
APIResponseValidationError, never a KeyError/TypeError/... The
public methods are fuzzed too, so their post-processing of answers is covered. The number of
answers tried is printed in the terminal summary.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from fuzzing import TRIED, Answer, answers, broken
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from overlay_calls import CALLS, FIRE_AND_FORGET, conforms, expected_return, run, without_none
from spec_ops import SpecOp, call_kwargs, operations

import reflexio._sync.operations
from reflexio import APIResponseValidationError, MissingFieldError, PublishRejectedError, ReflexioClient
from reflexio._operation import Operation

# Deterministic, and without shrinking: a failing answer is reported as drawn (shrinking the large
# generated answers can take minutes). How many answers per test comes from the Hypothesis
# profile (conftest.py): 10 by default and in CI, 2 with `make test-fast`.
FUZZ = settings(
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
)
OPS = [op for op in operations() if op.response_schema is not None]
ROUTES = [(op.method.upper(), re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", op.path) + "$"), op) for op in OPS]


def route(request: httpx.Request) -> SpecOp:
    for method, path, op in ROUTES:
        if method == request.method and path.match(request.url.path):
            return op
    raise AssertionError(f"no operation of the spec serves {request.method} {request.url.path}")


class Feeder:
    """A ReflexioClient whose server answers every request with `answer(request)`."""

    def __init__(self, answer: Callable[[httpx.Request], Answer]) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            sent = answer(request)
            headers = {"content-type": sent.content_type}
            return httpx.Response(route(request).success_status, content=sent.content, headers=headers)

        transport = httpx.MockTransport(handler)
        self.client = ReflexioClient(
            url_endpoint="http://reflexio.test",
            max_retries=0,
            cache_ttl=0,
            http_client=httpx.Client(transport=transport),
        )


@pytest.fixture(scope="module", autouse=True)
def _no_run_polling() -> Iterator[None]:
    """rerun_*(wait_for_response=True) reads one generated run status instead of polling for minutes."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reflexio._sync.operations, "WAIT_LIMIT", 0.0)
        yield


def test_every_operation_with_a_json_answer_is_fuzzed() -> None:
    silent = [str(op) for op in operations() if op not in OPS]
    assert not silent, f"operations without a JSON answer to fuzz: {silent} (see OPS in tests/test_fuzz_responses.py)"


# -- the parsing layer, operation by operation ------------------------------------------------


def _fuzz_operation(op: SpecOp, strategy: st.SearchStrategy[Answer], kind: str) -> None:
    current: list[Answer] = []
    feeder = Feeder(lambda request: current[0])
    operation = Operation(op.module, call_kwargs(op), op.returns)

    @FUZZ
    @given(strategy)
    def feed(answer: Answer) -> None:
        current[:] = [answer]
        try:
            result = feeder.client._request(operation)
        except APIResponseValidationError:
            TRIED[f"{kind} rejected"] += 1
            if kind == "valid":
                raise
            return
        TRIED[f"{kind} parsed"] += 1
        assert isinstance(result, op.returns)
        repr(result)  # an answer that lacked fields still shows and serializes what it has
        if hasattr(result, "to_dict"):
            result.to_dict()

    try:
        feed()
    finally:
        feeder.client.close()


@pytest.mark.parametrize("op", OPS, ids=str)
def test_valid_answers_parse_into_the_model(op: SpecOp) -> None:
    assert op.response_schema is not None
    _fuzz_operation(op, answers(op.response_schema).map(Answer.of), "valid")


@pytest.mark.parametrize("op", OPS, ids=str)
def test_broken_answers_raise_the_validation_error(op: SpecOp) -> None:
    assert op.response_schema is not None
    _fuzz_operation(op, broken(op.response_schema), "broken")


# -- the public methods (their post-processing of answers included) -------------------------------

# The sync client's `*_async` twins run their sync method in a worker thread, where hypothesis
# cannot draw; that method is fuzzed under its own name.
METHODS = sorted(n for n in set(CALLS) - FIRE_AND_FORGET if not n.endswith("_async"))


def _fuzz_method(name: str, valid: bool) -> None:
    kind = "valid" if valid else "broken"
    drawn: list[Any] = []

    def answer(request: httpx.Request) -> Answer:
        schema = route(request).response_schema
        assert schema is not None
        return drawn[0].draw(answers(schema).map(Answer.of) if valid else broken(schema))

    feeder = Feeder(answer)
    expected = without_none(expected_return(name))
    spec_call = CALLS[name]

    @FUZZ
    @given(st.data())
    def feed(data: st.DataObject) -> None:
        drawn[:] = [data]
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                result = run(getattr(feeder.client, name), spec_call)
        except APIResponseValidationError:
            TRIED[f"{kind} rejected"] += 1
            if valid:
                raise
            return
        except MissingFieldError as missing:  # a broken answer parsed in part; the method needed the field it lacked
            assert not valid, missing
            TRIED[f"{kind} partial"] += 1
            return
        except PublishRejectedError as refused:  # publish_interaction raises on success=false, by design
            assert refused.answer.success is False
            TRIED[f"{kind} refused"] += 1
            return
        TRIED[f"{kind} parsed"] += 1
        assert conforms(result, expected), f"{name} returned {type(result).__name__}, declared {expected}"

    try:
        feed()
    finally:
        feeder.client.close()


@pytest.mark.parametrize("name", METHODS)
def test_method_returns_its_type_for_valid_answers(name: str) -> None:
    _fuzz_method(name, valid=True)


@pytest.mark.parametrize("name", METHODS)
def test_method_raises_only_the_validation_error_for_broken_answers(name: str) -> None:
    _fuzz_method(name, valid=False)
