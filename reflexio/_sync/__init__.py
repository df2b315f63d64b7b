"""The hand-written sync client. reflexio/_async/ is generated from this folder (scripts/gen_async.py).

Calls the async client must await are those of its own methods on `self` and the I/O calls named in
scripts/gen_async.py's AWAITED (`shared.send(...)`, `self._shared.worker.flush(...)`, ...); the
generator stops, naming the line, when such a method is called on a name it does not know.
"""
