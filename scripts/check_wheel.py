"""Install the built wheel into a fresh venv in a temporary folder and use it (`make dist`).

Checks what a user gets from `pip install`: both packages import, the version matches
reflexio/_version.py, the generated modules ship, and a client can be made and closed.

Usage: python scripts/check_wheel.py DIST_DIR
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from _config import ROOT

SMOKE = """
import reflexio, reflexio_api.api, reflexio_api.models
from reflexio import AsyncReflexioClient, ReflexioClient
from reflexio.client.client import ReflexioClient as OfficialPath, SessionScopedClient
assert OfficialPath is ReflexioClient and SessionScopedClient is reflexio.SessionClient
from reflexio._version import __version__
assert __version__ == {version!r}, __version__
assert "site-packages" in reflexio.__file__ and "site-packages" in reflexio_api.__file__
client = ReflexioClient(url_endpoint="http://127.0.0.1:9")
client.close()
print("wheel OK: reflexio", __version__)
"""


def main(dist: Path) -> None:
    wheels = sorted(dist.glob("*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one wheel in {dist}, found {[w.name for w in wheels]}")
    namespace: dict[str, str] = {}
    exec((ROOT / "reflexio" / "_version.py").read_text(), namespace)
    with tempfile.TemporaryDirectory() as tmp:
        venv.create(tmp, with_pip=True)
        python = Path(tmp, "bin", "python")
        subprocess.run([python, "-m", "pip", "install", "-q", str(wheels[0].resolve())], check=True)
        # run from the temporary folder so the checkout's packages cannot shadow the installed ones
        subprocess.run([python, "-c", SMOKE.format(version=namespace["__version__"])], check=True, cwd=tmp)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist"))
