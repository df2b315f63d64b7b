"""The hand-written sync client. reflexio/_async/ is generated from this folder (scripts/gen_async.py)."""
