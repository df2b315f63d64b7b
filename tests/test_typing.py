"""Users' type checkers see the package as typed (py.typed): results are models, wrong arguments are errors."""

from __future__ import annotations

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
