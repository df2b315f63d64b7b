"""The turn helper and the LLM wrappers are typed: users' mypy --strict and pyright strict, pyright strict on them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from test_typing import _mypy

ROOT = Path(__file__).resolve().parent.parent
# ~80 s on a loaded machine: the type checkers read the whole openai and anthropic packages. The fast
# suite still type-checks examples/agent_turn.py and the README's agent with mypy (tests/test_typing.py).
pytestmark = pytest.mark.slow
pytest.importorskip("openai")
pytest.importorskip("anthropic")

USER_CODE = """
from openai import AsyncOpenAI, OpenAI
from anthropic import Anthropic

from reflexio import AsyncReflexioClient, ReflexioClient
from reflexio.agent import Context, Learning, Turn
from reflexio.integrations.anthropic import wrap_anthropic
from reflexio.integrations.openai import wrap_openai


def my_llm(prompt: str) -> str:
    return prompt


def reply(client: ReflexioClient, message: str) -> str:
    session = client.for_session("chat_42")
    turn: Turn = session.turn("u1", message, budget=1.0, searches=["profiles", "user_playbooks"])
    context: Context = turn.context
    first: Learning | None = context.learnings[0] if context.learnings else None
    print(first.tag if first else "", context.to_dict())
    answer = my_llm(f"{context.text}\\n\\n{message}")
    turn.publish(answer, cited=["u1"], tools_used=[{"tool_name": "search"}])
    llm = wrap_openai(OpenAI(), session, user_id="u1", budget=0.5, top_k=3)
    done = llm.chat.completions.create(model="m", messages=[{"role": "user", "content": message}])
    print(done.choices[0].message.content)
    claude = wrap_anthropic(Anthropic(), session, user_id="u1", placement="system")
    print(claude.messages.create(model="m", max_tokens=5, messages=[{"role": "user", "content": "hi"}]).content)
    return answer


async def areply(client: AsyncReflexioClient, message: str) -> str:
    session = client.for_session("chat_42")
    turn = await session.turn("u1", message)
    reveal_type(turn)
    await turn.publish(turn.context.text)
    llm = wrap_openai(AsyncOpenAI(), session, user_id="u1")
    done = await llm.chat.completions.create(model="m", messages=[{"role": "user", "content": message}])
    return str(done.choices[0].message.content)


def misuse(client: ReflexioClient) -> None:
    client.for_session("s").turn("u1", "q", budget="fast")
    wrap_openai(OpenAI(), client.for_session("s"), user_id="u1", topk=3)
"""


def pyright() -> list[str]:
    if shutil.which("node") is None:
        pytest.skip("pyright needs node")
    return [sys.executable, "-m", "pyright", "--pythonpath", sys.executable]


def test_users_code_type_checks_with_mypy_strict(tmp_path: Path) -> None:
    (tmp_path / "user_code.py").write_text(textwrap.dedent(USER_CODE))
    out = _mypy(tmp_path, "user_code.py").stdout
    assert 'Revealed type is "reflexio.agent._turn.AsyncTurn"' in out, out
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert {line.split(":")[1] for line in errors} == {"42", "43"}, out  # the two misuses, nothing else
    assert '"budget"' in errors[0] and 'keyword argument "topk"' in errors[1], out


def test_users_code_type_checks_with_pyright_strict(tmp_path: Path) -> None:
    (tmp_path / "user_code.py").write_text("# pyright: strict\n" + textwrap.dedent(USER_CODE))
    run = subprocess.run([*pyright(), "--outputjson", "user_code.py"], cwd=tmp_path, capture_output=True, text=True)
    report = json.loads(run.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    lines = (tmp_path / "user_code.py").read_text().splitlines()
    misuses = [i for i, line in enumerate(lines) if 'budget="fast"' in line or "topk=3" in line]
    assert [d["range"]["start"]["line"] for d in errors] == misuses, json.dumps(errors, indent=1)
    infos = [d["message"] for d in report["generalDiagnostics"] if d["severity"] == "information"]
    assert any('"AsyncTurn"' in message for message in infos), infos


def test_the_helper_and_the_wrappers_pass_pyright_strict(tmp_path: Path) -> None:
    (tmp_path / "pyrightconfig.json").write_text(json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"}))
    paths = [str(ROOT / "reflexio" / "agent"), str(ROOT / "reflexio" / "integrations")]
    run = subprocess.run(
        [*pyright(), "-p", str(tmp_path / "pyrightconfig.json"), *paths], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0 and "0 errors" in run.stdout, run.stdout + run.stderr
