# Generated from reflexio/_sync/__init__.py by scripts/gen_async.py. Do not edit: run `make async`.
"""The hand-written sync client. reflexio/_async/ is generated from this folder (scripts/gen_async.py)."""
