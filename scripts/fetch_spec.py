"""Fetch a running server's OpenAPI document into codegen.toml's [spec].upstream.

The server's release is recorded as info.x-server-version, from the first source that knows it:
GET /meta/version's `server_version` (0.2.32 answers "0.0.0-dev" there, which is not a release),
the reflexio-ai installed for tools/reflexio-server.sh, else codegen.toml [spec].server_version.
Before writing, the current normalized spec is saved as build/reflexio.previous.yaml, the base of
the diff report (scripts/spec_diff.py). Source URL: $REFLEXIO_SPEC_URL, else codegen.toml [spec].url.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from urllib.parse import urljoin

import httpx
from _config import ROOT, load

RELEASE = re.compile(r"\d+\.\d+\.\d+(?:[.-]?\w+)*")
PREVIOUS = ROOT / "build" / "reflexio.previous.yaml"


def is_release(value: object) -> bool:
    """A real version string: not empty, not a placeholder such as "0.0.0-dev"."""
    return isinstance(value, str) and bool(RELEASE.fullmatch(value)) and not value.startswith("0.0.0")


def installed_server_version() -> str | None:
    """The reflexio-ai version in the server venv of tools/reflexio-server.sh, None without one."""
    try:
        result = subprocess.run(
            [str(ROOT / "tools" / "reflexio-server.sh"), "version"], capture_output=True, text=True, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    answer = result.stdout.strip()
    return answer if result.returncode == 0 and is_release(answer) else None


def server_version(answer: dict[str, object] | None, target: str) -> tuple[str, str]:
    """(version, where it came from) for the server that answered /meta/version with `answer`."""
    for key in ("server_version", "version"):
        if answer is not None and is_release(answer.get(key)):
            return str(answer[key]), f"/meta/version {key}"
    installed = installed_server_version()
    if installed is not None:
        return installed, "installed reflexio-ai"
    return target, "codegen.toml [spec].server_version"


def main() -> None:
    cfg = load()
    url = os.environ.get("REFLEXIO_SPEC_URL") or cfg["spec"]["url"]
    headers = {"User-Agent": "reflexio-python-codegen/1.0"}
    doc = httpx.get(url, headers=headers, timeout=30).raise_for_status().json()
    if "openapi" not in doc or "paths" not in doc:
        raise SystemExit(f"{url} did not answer an OpenAPI document")
    meta = httpx.get(urljoin(url, "/meta/version"), headers=headers, timeout=30)
    answer = (
        meta.json() if meta.is_success and meta.headers.get("content-type", "").startswith("application/json") else None
    )
    target = cfg["spec"]["server_version"]
    version, source = server_version(answer if isinstance(answer, dict) else None, target)
    doc["info"]["x-server-version"] = version
    current = ROOT / cfg["spec"]["path"]
    if current.exists():
        PREVIOUS.parent.mkdir(exist_ok=True)
        shutil.copyfile(current, PREVIOUS)
    dst = ROOT / cfg["spec"]["upstream"]
    dst.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    print(f"{url} -> {dst.relative_to(ROOT)} (server {version}, from {source})")
    if version != target:
        print(f"note: codegen.toml [spec].server_version is {target}: set it to {version} if this is the new target")


if __name__ == "__main__":
    main()
