"""Users' type checkers see the package as typed (py.typed): results are models, wrong arguments are errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

USER_CODE = """
from reflexio import AsyncReflexioClient, NotFoundError, ReflexioClient

def sync_use(client: ReflexioClient) -> None:
    reveal_type(client.get_profiles(user_id="u").user_profiles)
    reveal_type(client.whoami())
    client.get_profiles(user_id=3)

async def async_use(client: AsyncReflexioClient) -> None:
    reveal_type(await client.get_config())
    reveal_type(NotFoundError)
"""


def test_a_users_mypy_gets_the_client_types(tmp_path: Path) -> None:
    (tmp_path / "user_code.py").write_text(textwrap.dedent(USER_CODE))
    # run outside the checkout, so mypy finds the installed package as a user's project would
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "user_code.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    out = run.stdout
    assert "import-untyped" not in out and "missing library stubs" not in out, out
    expected = [
        ':5: note: Revealed type is "list[reflexio_api.models.profile_view.ProfileView]"',
        ':6: note: Revealed type is "reflexio_api.models.whoami_response.WhoamiResponse"',
        ':7: error: Argument "user_id" to "get_profiles"',
        ':10: note: Revealed type is "reflexio_api.models.config.Config"',
        ':11: note: Revealed type is "def (',
    ]
    for line in expected:
        assert line in out, f"{line!r} not in mypy's output:\n{out}"
    assert "reflexio._exceptions.NotFoundError" in out, out
    assert out.count("error:") == 1, out  # only the wrong argument
    pyright = _pyright(tmp_path, "user_code.py")
    errors = _pyright_errors(pyright)
    assert len(errors) == 1 and 'parameter "user_id"' in errors[0], pyright.stdout
    for revealed in ('is "list[ProfileView]"', 'is "WhoamiResponse"', 'is "Config"', 'is "type[NotFoundError]"'):
        assert revealed in pyright.stdout, pyright.stdout


# What users write with the answers, as the README and the docs show it: none of it may need a cast.
USER_PATTERNS = """
from reflexio import AsyncReflexioClient, InteractionData, ReflexioClient
from reflexio.types import UNSET, GetRequestsViewResponse, PlaybookStatus, Unset

def report(error: Exception, operation_id: str) -> bool:
    print(operation_id, error)
    return True

def given(value: str | Unset) -> str:
    return "" if isinstance(value, Unset) else value

def use(client: ReflexioClient) -> None:
    result = client.publish_interaction("u", [InteractionData(role="user", content="hi")], session_id="s")
    if result.request_id is not None:
        client.get_learning_status(result.request_id)
    page: GetRequestsViewResponse = client.get_requests(user_id="u")
    more: bool = page.has_more
    for profile in client.get_profiles(user_id="u").user_profiles:
        tags: list[str] = profile.tags
        print(tags, more, profile.source)
    reveal_type(client.delete_session("s", wait_for_response=True))
    reveal_type(client.delete_session("s"))
    reveal_type(client.delete_profile("u", profile_id="p", wait_for_response=True))
    reveal_type(client.rerun_profile_generation(user_id="u", wait_for_response=True))
    playbook = client.get_agent_playbooks().agent_playbooks[0]
    if playbook.playbook_status == PlaybookStatus.APPROVED or playbook.playbook_status.value == "archived":
        print(playbook.trigger)
    print(repr(UNSET), given(UNSET))
    ReflexioClient(on_error=report)
    ReflexioClient(on_error=lambda error, operation_id: print(operation_id, error))

async def use_async(client: AsyncReflexioClient) -> None:
    reveal_type(await client.delete_request("r", wait_for_response=True))
    reveal_type(await client.run_playbook_aggregation(agent_version="v1", wait_for_response=True))
    AsyncReflexioClient(on_error=report)
"""


def _mypy(cwd: Path, *files: str) -> subprocess.CompletedProcess[str]:
    # run outside the checkout, so mypy finds the installed package as a user's project would
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files], cwd=cwd, capture_output=True, text=True
    )


PYRIGHT = Path(sys.executable).with_name("pyright")  # the dev extra's pinned pyright (fetches its npm build once)


def _pyright(cwd: Path, *files: str) -> subprocess.CompletedProcess[str]:
    """pyright in strict mode (its config file: the CLI has no --strict), outside the checkout, on this Python."""
    assert PYRIGHT.exists(), "pyright is missing: `make install` (the dev extra pins it)"
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "reportMissingModuleSource": False}
    (cwd / "pyrightconfig.json").write_text(json.dumps(config))
    return subprocess.run(
        [str(PYRIGHT), "--pythonpath", sys.executable, *files], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def _pyright_errors(run: subprocess.CompletedProcess[str]) -> list[str]:
    return [line.strip() for line in run.stdout.splitlines() if " - error:" in line]


def test_the_patterns_users_write_type_check_without_casts(tmp_path: Path) -> None:
    (tmp_path / "patterns.py").write_text(textwrap.dedent(USER_PATTERNS))
    out = _mypy(tmp_path, "patterns.py").stdout
    assert "error:" not in out, out
    pyright = _pyright(tmp_path, "patterns.py")
    assert not _pyright_errors(pyright), pyright.stdout
    assert 'is "DeleteSessionResponse"' in pyright.stdout, pyright.stdout
    for revealed in (
        "reflexio_api.models.delete_session_response.DeleteSessionResponse",
        "None",
        "reflexio_api.models.delete_user_profile_response.DeleteUserProfileResponse",
        "reflexio_api.models.rerun_profile_generation_response.RerunProfileGenerationResponse",
        "reflexio_api.models.delete_request_response.DeleteRequestResponse",
        "reflexio_api.models.run_playbook_aggregation_response.RunPlaybookAggregationResponse",
    ):
        assert f'Revealed type is "{revealed}"' in out, f"{revealed} not revealed:\n{out}"


def _readme_python(readme: str) -> str:
    """The README's Python blocks, in order, as one module (later blocks use the client of earlier ones)."""
    blocks = re.findall(r"^```python\n(.*?)^```", readme, flags=re.S | re.M)
    assert blocks, "no Python block in the README"
    return "\n\n".join(blocks)


def test_examples_and_the_readme_type_check(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    for example in (root / "examples").glob("*.py"):
        shutil.copy(example, tmp_path / example.name)
    (tmp_path / "tools").mkdir()  # the examples' server launcher, tools.launcher
    for module in ("__init__.py", "launcher.py"):
        shutil.copy(root / "tools" / module, tmp_path / "tools" / module)
    # the README's blocks, then those of the pages its long sections moved to (they use its `client`)
    pages = [root / "README.md", *(root / "docs" / name for name in ("usage.md", "client.md", "backfills.md"))]
    (tmp_path / "readme_blocks.py").write_text("\n\n".join(_readme_python(page.read_text()) for page in pages))
    (tmp_path / "raw_endpoints_doc.py").write_text(_doc_python(root / "docs" / "raw-endpoints.md"))
    files = sorted(p.name for p in tmp_path.glob("*.py"))
    run = _mypy(tmp_path, *files)
    assert run.returncode == 0 and "Success" in run.stdout, run.stdout + run.stderr
    pyright = _pyright(tmp_path, *files)
    assert pyright.returncode == 0 and not _pyright_errors(pyright), pyright.stdout + pyright.stderr


def _doc_python(path: Path) -> str:
    return _readme_python(path.read_text())


# The escape hatches: the generated endpoints with api_client, call_endpoint's answer type, the
# learning statuses, and a misspelt name imported from reflexio.
ESCAPE_HATCHES = """
from reflexio import AsyncReflexioClient, ReflexioClient
from reflexio_api.api.config import set_config
from reflexio_api.api.health import health_check
from reflexio_api.api.profiles import get_profile_statistics
from reflexio_api.models import Config

def use(client: ReflexioClient) -> None:
    detailed = get_profile_statistics.sync_detailed(client=client.api_client)
    print(detailed.status_code, health_check.sync_detailed(client=client.api_client).status_code)
    print(client.call_endpoint(health_check))  # no parsed model: Any
    reveal_type(client.call_endpoint(get_profile_statistics))
    reveal_type(client.call_endpoint(set_config, body=Config.from_dict({})))
    reveal_type(client.get_learning_status("r"))
    reveal_type(client.wait_for_learning("r", timeout=5))

async def use_async(client: AsyncReflexioClient) -> None:
    stats = await get_profile_statistics.asyncio(client=client.api_client)
    print(stats)
    reveal_type(await client.call_endpoint(get_profile_statistics))
    reveal_type(await client.get_learning_status("r"))
"""
MISSPELT = "from reflexio import RateLimtError\n\nprint(RateLimtError)\n"


def test_the_escape_hatches_are_typed_for_both_checkers(tmp_path: Path) -> None:
    (tmp_path / "hatches.py").write_text(textwrap.dedent(ESCAPE_HATCHES))
    mypy = _mypy(tmp_path, "hatches.py").stdout
    pyright = _pyright(tmp_path, "hatches.py")
    assert "error:" not in mypy, mypy
    assert not _pyright_errors(pyright), pyright.stdout
    stats, status = "GetProfileStatisticsResponse", "LearningStatusResponseStatus"
    assert mypy.count(f'{stats}"') == 2 and 'SetConfigResponse"' in mypy and mypy.count(f'{status}"') == 3, mypy
    assert pyright.stdout.count(f'is "{stats}"') == 2 and 'is "SetConfigResponse"' in pyright.stdout, pyright.stdout
    assert pyright.stdout.count(f'is "{status}"') == 3, pyright.stdout


def test_a_misspelt_name_from_reflexio_fails_type_checking(tmp_path: Path) -> None:
    (tmp_path / "misspelt.py").write_text(MISSPELT)
    mypy = _mypy(tmp_path, "misspelt.py").stdout
    assert 'Module "reflexio" has no attribute "RateLimtError"' in mypy, mypy
    pyright = _pyright(tmp_path, "misspelt.py")
    assert any('"RateLimtError" is unknown import symbol' in e for e in _pyright_errors(pyright)), pyright.stdout


RAW_RESPONSES = """
from reflexio import AsyncReflexioClient, ReflexioClient

def sync_use(client: ReflexioClient) -> None:
    raw = client.with_raw_response.get_profiles(user_id="u")
    reveal_type(raw.parse())
    reveal_type(raw.status_code)
    client.with_raw_response.get_profiles(user_id=3)

async def async_use(client: AsyncReflexioClient) -> None:
    raw = await client.with_raw_response.whoami()
    reveal_type(raw.parse())
"""


def test_raw_responses_keep_each_methods_parameters_and_answer_type(tmp_path: Path) -> None:
    (tmp_path / "raw_use.py").write_text(textwrap.dedent(RAW_RESPONSES))
    out = _mypy(tmp_path, "raw_use.py").stdout
    assert 'Revealed type is "reflexio_api.models.get_profiles_view_response.GetProfilesViewResponse"' in out, out
    assert 'Revealed type is "int"' in out, out
    assert 'Revealed type is "reflexio_api.models.whoami_response.WhoamiResponse"' in out, out
    errors = [line for line in out.splitlines() if "error:" in line]
    assert len(errors) == 1 and "raw_use.py:8:" in errors[0] and '"user_id"' in errors[0], out
