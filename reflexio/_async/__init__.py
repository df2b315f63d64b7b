# Generated from reflexio/_sync/__init__.py by scripts/gen_async.py. Do not edit: run `make async`.
"""The async client, generated from reflexio/_sync/ (scripts/gen_async.py).

Calls the async client must await are those of its own methods on `self` and the I/O calls named in
scripts/gen_async.py's AWAITED (`shared.send(...)`, `self._shared.worker.flush(...)`, ...); the
generator stops, naming the line, when such a method is called on a name it does not know.
"""
