# Generated from reflexio/_sync/__init__.py by scripts/gen_async.py. Do not edit: run `make async`.
"""The async client, generated from reflexio/_sync/ (scripts/gen_async.py)."""
