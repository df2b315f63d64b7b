"""Fetch a running server's OpenAPI document into codegen.toml's [spec].upstream.

The server's version (GET /meta/version) is recorded as info.x-server-version.
Source URL: $REFLEXIO_SPEC_URL, else codegen.toml [spec].url.
"""

from __future__ import annotations

import json
import os
from urllib.parse import urljoin

import httpx
from _config import ROOT, load


def main() -> None:
    cfg = load()
    url = os.environ.get("REFLEXIO_SPEC_URL") or cfg["spec"]["url"]
    headers = {"User-Agent": "reflexio-python-codegen/1.0"}
    doc = httpx.get(url, headers=headers, timeout=30).raise_for_status().json()
    if "openapi" not in doc or "paths" not in doc:
        raise SystemExit(f"{url} did not answer an OpenAPI document")
    version = httpx.get(urljoin(url, "/meta/version"), headers=headers, timeout=30)
    if version.is_success:
        doc["info"]["x-server-version"] = version.json().get("version", doc["info"]["version"])
    dst = ROOT / cfg["spec"]["upstream"]
    dst.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    print(f"{url} -> {dst.relative_to(ROOT)} (server {doc['info'].get('x-server-version', '?')})")


if __name__ == "__main__":
    main()
