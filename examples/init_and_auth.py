"""Initialization & authentication: create the client from the environment or from arguments.

Docs page: initialization-and-auth. Run: python examples/init_and_auth.py
Reads REFLEXIO_API_URL and REFLEXIO_API_KEY like any client; without REFLEXIO_API_URL a local
server is started for the run (see examples/_server.py).
"""

from __future__ import annotations

import os
import sys

from _server import reflexio_server

from reflexio import AuthenticationError, ReflexioClient


def main() -> int:
    with reflexio_server() as target:
        # From the environment: REFLEXIO_API_URL, and REFLEXIO_API_KEY when the server needs one.
        client = ReflexioClient()  # uses REFLEXIO_API_KEY env var
        print(f"ReflexioClient() -> {client!r}")  # a key never appears in the repr
        response = client.get_config()
        print(f"get_config(): window_size={response.window_size} stride_size={response.stride_size}")
        client.close()

        # Explicit arguments take precedence over the environment variables.
        api_key = os.environ.get("REFLEXIO_API_KEY")
        with ReflexioClient(url_endpoint=target.url, api_key=api_key) as client:
            identity = client.whoami()
            print(f"ReflexioClient(url_endpoint={target.url!r}, api_key=...).whoami(): org_id={identity.org_id}")

        # Whether the server checks keys: a managed server always does, a self-hosted one only when
        # it was started with REFLEXIO_API_KEY.
        with ReflexioClient(api_key="not-a-valid-key") as client:
            try:
                client.whoami()
            except AuthenticationError as exc:
                print(f"A wrong API key is refused: AuthenticationError (HTTP {exc.status_code})")
            else:
                print("This server runs without authentication: any key, or none, is accepted")

        # Bad settings fail at once, before any request is sent.
        try:
            ReflexioClient(url_endpoint="localhost:8081")
        except ValueError as exc:
            print(f"ReflexioClient(url_endpoint='localhost:8081') -> ValueError: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
