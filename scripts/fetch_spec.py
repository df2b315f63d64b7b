"""Fetch a running server's OpenAPI document into codegen.toml's [spec].upstream.

The server's release is recorded as info.x-server-version, only as the server reports it: GET
/meta/version's `server_version` (0.2.32 answers "0.0.0-dev" there, which is not a release), else
what its operator declares in $REFLEXIO_SERVER_VERSION, else "unknown". A locally installed
reflexio-ai says nothing about the server that answered, so it is never used.
Before writing, the current normalized spec is saved as build/reflexio.previous.yaml, the base of
the diff report (scripts/spec_diff.py). Source URL: $REFLEXIO_SPEC_URL, else codegen.toml [spec].url.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from urllib.parse import urljoin

import httpx
from _config import ROOT, load

RELEASE = re.compile(r"\d+\.\d+\.\d+(?:[.-]?\w+)*")
PREVIOUS = ROOT / "build" / "reflexio.previous.yaml"
UNKNOWN = "unknown"


def is_release(value: object) -> bool:
    """A real version string: not empty, not a placeholder such as "0.0.0-dev"."""
    return isinstance(value, str) and bool(RELEASE.fullmatch(value)) and not value.startswith("0.0.0")


def server_version(answer: dict[str, object] | None) -> tuple[str, str]:
    """(version, where it came from) for the server that answered /meta/version with `answer`."""
    for key in ("server_version", "version"):
        if answer is not None and is_release(answer.get(key)):
            return str(answer[key]), f"/meta/version {key}"
    declared = os.environ.get("REFLEXIO_SERVER_VERSION", "").strip()
    if is_release(declared):
        return declared, "$REFLEXIO_SERVER_VERSION"
    return UNKNOWN, "the server does not report its release; set $REFLEXIO_SERVER_VERSION if you know it"


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
    version, source = server_version(answer if isinstance(answer, dict) else None)
    doc["info"]["x-server-version"] = version
    current = ROOT / cfg["spec"]["path"]
    if current.exists():
        PREVIOUS.parent.mkdir(exist_ok=True)
        shutil.copyfile(current, PREVIOUS)
    dst = ROOT / cfg["spec"]["upstream"]
    dst.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    print(f"{url} -> {dst.relative_to(ROOT)} (server {version}, from {source})")
    if version == UNKNOWN:
        print(f"note: the spec records server version {UNKNOWN}; tests/test_spec.py expects {target} (codegen.toml)")
    elif version != target:
        print(f"note: codegen.toml [spec].server_version is {target}: set it to {version} if this is the new target")


if __name__ == "__main__":
    main()
