"""Write reflexio/testing/_spec_answers.json: each operation's route and a valid example answer.

The wheel does not ship openapi/reflexio.yaml, so FakeReflexio (reflexio.testing) reads its routes
and the answers of the operations it does not keep state for from this compact file, generated
from the spec with the same example builder the tests use (scripts/spec_ops.py). Run it after a
spec change (`make fake-answers`); `--check` fails when the committed file is out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spec_ops  # the spec example builder shared with the tests

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "reflexio" / "testing" / "_spec_answers.json"


def answers() -> str:
    table = {}
    for op in sorted(spec_ops.operations(), key=lambda o: o.operation_id):
        schema = op.response_schema
        table[op.operation_id] = {
            "method": op.method.upper(),
            "path": op.path,
            "status": op.success_status,
            "answer": None if schema is None else spec_ops.example(schema, full=True),
        }
    return json.dumps(table, indent=0, sort_keys=True, separators=(",", ":")) + "\n"


def main() -> int:
    text = answers()
    if "--check" in sys.argv:
        if OUT.read_text() != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run `make fake-answers`")
            return 1
        return 0
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
