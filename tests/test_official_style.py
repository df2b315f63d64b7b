"""Code written for the official client (reflexio-ai's `reflexio.client`) runs on this client.

The code below is written the way users and integrations of the official client write it: its
import paths, its attributes (an integration handed a client object reads `.api_key`, `.timeout`
and `.base_url`, as reflexio-ai's mem0 wrapper does), its session views, free-form answer fields
read as dicts. It runs against the fake server (`reflexio.testing`), served over loopback HTTP so
the client is built as official code builds it: `ReflexioClient(api_key=..., url_endpoint=...)`.
"""

from __future__ import annotations

import asyncio
import copy
import math
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fault_server import FaultServer, Reply
from reflexio_api.api.config import whoami

import reflexio
from reflexio.client import ReflexioClient, SessionScopedClient
from reflexio.client.client import ConfigResponse, OfflineTunerConfigResponse, ReflexioAPIError
from reflexio.testing import FakeReflexio

KEY = "rx-test-key-5f1c9a7e"
# Every name the official reflexio-ai 0.2.32 package exports at its top level (its __all__).
OFFICIAL_TOP_LEVEL = """
__version__ ReflexioClient SessionScopedClient UserActionType ProfileTimeToLive InteractionData Interaction
UserProfile AgentPlaybook UserPlaybook BlockingIssue BlockingIssueKind ToolUsed Citation Status PlaybookStatus
InteractionView ProfileView UserPlaybookView AgentPlaybookView EvaluationResultView ProfileChangeLogView
FinalizeSessionRequest FinalizeSessionResponse PublishUserInteractionRequest DeleteUserProfileRequest
DeleteUserInteractionRequest AddUserPlaybookRequest RerunProfileGenerationRequest RerunPlaybookGenerationRequest
ConversationTurn SearchInteractionRequest SearchUserProfileRequest DeleteRequestsByIdsRequest
DeleteProfilesByIdsRequest DeleteAgentPlaybooksByIdsRequest DeleteUserPlaybooksByIdsRequest GradeOnDemandRequest
RegenerateRequest PublishUserInteractionResponse DeleteUserProfileResponse DeleteUserInteractionResponse
AddUserPlaybookResponse RerunProfileGenerationResponse RerunPlaybookGenerationResponse SearchInteractionResponse
SearchUserProfileResponse BulkDeleteResponse GradeOnDemandResponse RegenerateStartResponse RegenerateStatusResponse
GetInteractionsViewResponse GetProfilesViewResponse SearchInteractionsViewResponse SearchProfilesViewResponse
GetEvaluationResultsViewResponse ProfileChangeLogViewResponse RequestDataView SessionView GetRequestsViewResponse
UnifiedSearchViewResponse GetUserPlaybooksViewResponse GetAgentPlaybooksViewResponse
SearchUserPlaybooksViewResponse SearchAgentPlaybooksViewResponse StorageConfigTest StorageConfigSQLite
StorageConfigSupabase StorageConfigPostgres StorageConfig ProfileExtractorConfig PlaybookAggregatorConfig
PlaybookConfig UserPlaybookExtractorConfig AgentSuccessConfig ToolUseConfig Config
""".split()  # noqa: SIM905


# -- code in the official style: an integration that is handed a client ----------------------------


class ConversationMemory:
    """Remembers a chat through whatever Reflexio client it is given (the mem0-wrapper pattern)."""

    def __init__(self, reflexio_client: ReflexioClient) -> None:
        timeout = reflexio_client.timeout
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not math.isfinite(timeout):
            raise ValueError("the Reflexio timeout must be a finite number of seconds")
        if timeout <= 0:
            raise ValueError("the Reflexio timeout must be positive")
        self.timeout = float(timeout)
        self.enabled = bool(reflexio_client.api_key) and reflexio_client.base_url.startswith("http")
        self._client = reflexio_client

    def add(self, messages: list[dict[str, str]], user_id: str, session_id: str) -> bool:
        turns = [{"role": m["role"], "content": m["content"]} for m in messages]
        response = self._client.publish_interaction(
            user_id=user_id, interactions=turns, session_id=session_id, wait_for_response=True
        )
        return bool(response and response.success)

    def context(self, query: str, user_id: str, session_id: str) -> list[str]:
        found = self._client.search(query=query, user_id=user_id, session_id=session_id)
        return [p.content for p in found.profiles]


def answer_turn(session: SessionScopedClient, user_id: str, question: str) -> None:
    """A turn written against a scoped client: existing call sites still pass their session id."""
    session.search(query=question, user_id=user_id, session_id=session.session_id)
    session.publish_interaction(
        user_id,
        [{"role": "user", "content": question}, {"role": "assistant", "content": "ok"}],
        "chat",
        "v1",
        session.session_id,  # positional, as the official signature allows
        wait_for_response=True,
    )


# -- the tests --------------------------------------------------------------------------------------


@pytest.fixture
def served() -> Iterator[tuple[FakeReflexio, str]]:
    fake = FakeReflexio(api_key=KEY)
    with fake.serve() as url:
        yield fake, url


def test_the_official_import_paths_and_names() -> None:
    assert reflexio.ReflexioClient is ReflexioClient and reflexio.SessionScopedClient is SessionScopedClient
    assert SessionScopedClient is reflexio.SessionClient
    missing = [name for name in OFFICIAL_TOP_LEVEL if not hasattr(reflexio, name)]
    assert len(OFFICIAL_TOP_LEVEL) == 77 and missing == []
    assert reflexio.Interaction is reflexio.InteractionView
    assert reflexio.PlaybookConfig is reflexio.UserPlaybookExtractorConfig
    assert reflexio.SearchUserProfileResponse is reflexio.SearchProfilesViewResponse
    assert reflexio.StorageConfigSQLite in reflexio.StorageConfig.__args__
    assert ConfigResponse is reflexio.Config and OfflineTunerConfigResponse(enabled=True).enabled
    assert issubclass(ReflexioAPIError, reflexio.ReflexioError)
    assert ReflexioAPIError is reflexio.APIResponseValidationError


def test_the_official_import_paths_load_no_model() -> None:
    code = (
        "import sys\n"
        "from reflexio.client import ReflexioClient, SessionScopedClient, ReflexioAPIError\n"
        "from reflexio.client.client import ReflexioClient as Same\n"
        "assert Same is ReflexioClient\n"
        "print(sorted(m for m in sys.modules if m.startswith('reflexio_api.models.')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_code_written_for_the_official_client_runs_unchanged(served: tuple[FakeReflexio, str]) -> None:
    fake, url = served
    client = ReflexioClient(api_key=KEY, url_endpoint=url, timeout=30)
    try:
        assert (client.api_key, client.timeout, client.base_url.rstrip("/")) == (KEY, 30.0, url.rstrip("/"))
        memory = ConversationMemory(reflexio_client=client)
        assert memory.enabled and memory.timeout == 30.0
        assert memory.add([{"role": "user", "content": "I like tea"}], user_id="u1", session_id="s1")
        assert isinstance(memory.context("drinks", user_id="u1", session_id="s1"), list)

        session = client.for_session("s2")
        answer_turn(session, "u1", "What do I like?")
        assert [r.json["session_id"] for r in fake.calls("publish_interaction")] == ["s1", "s2"]
        assert fake.calls("search")[-1].json["session_id"] == "s2"
        with pytest.raises(ValueError, match="cannot belong to two sessions"):
            session.search(query="q", user_id="u1", session_id="s3")
        with pytest.raises(ValueError, match="None"):
            client.for_session(None)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="blank"):
            client.for_session("   ")
        assert len(fake.calls("search")) == 2  # the refused calls sent nothing

        cleared = client.clear_user_data(user_id="u1")  # a free-form object: a plain dict
        assert isinstance(cleared.deleted_counts, dict) and cleared.deleted_counts.get("interactions", 0) >= 2
    finally:
        client.close()


def test_the_settings_official_code_sets(served: tuple[FakeReflexio, str]) -> None:
    fake, url = served
    with ReflexioClient(api_key="wrong-key-123", url_endpoint="http://127.0.0.1:9", max_retries=0) as client:
        client.base_url = url
        client.timeout = 12.5
        with pytest.raises(reflexio.AuthenticationError):
            client.whoami()
        client.api_key = KEY
        assert client.whoami().success and client.timeout == 12.5
        assert client.url_endpoint == client.base_url and client.base_url.startswith(url)
        with pytest.raises(ValueError, match="invalid Reflexio URL"):
            client.base_url = "not a url"
        with pytest.raises(ValueError, match="timeout"):
            client.timeout = None  # type: ignore[assignment]
        # the raw endpoints follow the settings too, also through a view that is gone
        assert whoami.sync_detailed(client=client.with_options(timeout=5).api_client).status_code == 200
        client.api_key = "wrong-key-123"
        assert whoami.sync_detailed(client=client.api_client).status_code == 401
    sent = [r.headers.get("authorization") for r in fake.calls("whoami")]
    assert sent == ["Bearer wrong-key-123", f"Bearer {KEY}", f"Bearer {KEY}", "Bearer wrong-key-123"]


def test_a_non_json_answer_raises_the_official_error() -> None:
    page = Reply(200, "<html>Welcome</html>", headers={"Content-Type": "text/html"})
    with (
        FaultServer(page) as server,
        ReflexioClient(url_endpoint=server.url, max_retries=0) as client,
        pytest.raises(ReflexioAPIError, match="not the expected JSON"),
    ):
        client.whoami()


def _strings(value: Any, depth: int = 0) -> Iterator[str]:
    """Every string reachable from `value` through dicts, sequences and object __dict__s."""
    if depth > 6:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k, depth + 1)
            yield from _strings(v, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _strings(v, depth + 1)
    elif hasattr(value, "__dict__") and not isinstance(value, type):
        yield from _strings(vars(value), depth + 1)


def test_no_secret_in_the_state_of_a_client_a_view_or_the_shared_state(served: tuple[FakeReflexio, str]) -> None:
    _, url = served
    with ReflexioClient(api_key=KEY, url_endpoint=url) as client:
        client.whoami()
        client.api_client  # noqa: B018  (made on first use: its pool joins the shared state)
        views: list[Any] = [client.for_session("s1"), client.with_options(timeout=5)]
        views.append(views[1].for_session("s2"))
        for obj in [client, *views, client._shared]:
            for text in (repr(obj), str(obj), *_strings(vars(obj))):
                assert KEY not in text, (type(obj).__name__, text)
            with pytest.raises(TypeError, match="cannot be pickled"):
                pickle.dumps(obj)
        assert views[1].api_key == KEY and views[0].api_key == KEY and copy.copy(client).api_key == KEY


OFFICIAL_STYLE_TYPED = """
from typing import Any

from reflexio import Interaction, StorageConfig
from reflexio.client import ReflexioAPIError, ReflexioClient, SessionScopedClient
from reflexio.client.client import ConfigResponse


def integrate(client: ReflexioClient, view: SessionScopedClient) -> tuple[str, float, str]:
    resolved = client.resolve_pending_tool_call("ptc-1", answer="AWS ECS")
    reveal_type(resolved.result)
    if isinstance(resolved.result, dict):
        answer: Any = resolved.result.get("answer")
        print(answer)
    counts = client.clear_user_data(user_id="u").deleted_counts
    reveal_type(counts)
    view.search(query="q", session_id=view.session_id)
    client.base_url = "http://127.0.0.1:8081"
    client.timeout = 30
    return client.api_key, client.timeout, client.base_url


def names(storage: StorageConfig, interaction: Interaction, config: ConfigResponse) -> None:
    try:
        print(storage, interaction, config)
    except ReflexioAPIError as error:
        print(error.status_code)
"""


def test_code_in_the_official_style_type_checks(tmp_path: Path) -> None:
    """Free-form fields are dicts to mypy --strict too; the official names and attributes are typed."""
    (tmp_path / "official_style.py").write_text(OFFICIAL_STYLE_TYPED)
    run = subprocess.run(  # outside the checkout, as a user's project finds the installed package
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "official_style.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    out = run.stdout
    assert ':11: note: Revealed type is "dict[str, Any] | None"' in out, out
    assert ':16: note: Revealed type is "dict[str, Any]"' in out, out
    assert "error:" not in out, out


def test_the_async_client_has_the_same_settings_and_session_semantics() -> None:
    fake = FakeReflexio(api_key=KEY)

    async def scenario() -> None:
        client = fake.async_client(timeout=9)
        try:
            assert (client.api_key, client.timeout) == (KEY, 9.0)
            view = client.for_session("s1")
            await view.search(query="q", user_id="u1", session_id="s1")
            with pytest.raises(ValueError, match="cannot belong to two sessions"):
                await view.search(query="q", user_id="u1", session_id="s2")
            assert (view.api_key, view.timeout, view.base_url) == (KEY, 9.0, client.base_url)
        finally:
            await client.aclose()

    asyncio.run(scenario())
    assert [r.json["session_id"] for r in fake.calls("search")] == ["s1"]
