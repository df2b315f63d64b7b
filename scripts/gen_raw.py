"""Generate reflexio/_raw_views.py, the views of client.with_raw_response (`make async` runs it).

RawResponseView / AsyncRawResponseView have one attribute per public method of the API mixins in
reflexio/_sync (the async client has the same names): `name = raw_method(ReflexioClient.name)`.
`raw_method` keeps the method's parameters for type checkers and wraps its answer in a RawResponse.
Iterator methods are left out (they send nothing until iterated), and so are the `*_async`
thread twins. `python scripts/gen_raw.py --check` fails when the committed file differs.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from gen_async import _format as format_files  # the same ruff pass as the async client

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "reflexio" / "_sync"
OUT = ROOT / "reflexio" / "_raw_views.py"
SKIP_MODULES = {"__init__", "_core", "client"}
HEADER = '''"""Raw-response views: client.with_raw_response.<method>(...) returns a RawResponse.

Generated from the API mixins of reflexio/_sync by scripts/gen_raw.py. Do not edit: run `make async`.
"""

from __future__ import annotations

from ._async.client import AsyncReflexioClient
from ._raw import RawViewBase, async_raw_method, raw_method
from ._sync.client import ReflexioClient
'''


def is_iterator(fn: ast.FunctionDef) -> bool:
    returns = ast.unparse(fn.returns) if fn.returns else ""
    has_yield = any(isinstance(n, ast.Yield | ast.YieldFrom) for n in ast.walk(fn))
    return has_yield or returns.startswith(("Iterator", "Generator"))


def method_names() -> list[str]:
    names: set[str] = set()
    for path in sorted(SRC.glob("*.py")):
        if path.stem in SKIP_MODULES:
            continue
        for cls in (n for n in ast.parse(path.read_text()).body if isinstance(n, ast.ClassDef)):
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef) and not fn.name.startswith("_") and not is_iterator(fn):
                    decorators = {ast.unparse(d) for d in fn.decorator_list}
                    if decorators & {"property", "staticmethod", "classmethod"}:
                        continue
                    names.add(fn.name)
    return sorted(names)


def render() -> str:
    names = method_names()
    out = [HEADER]
    for cls, client, wrap in (
        ("RawResponseView", "ReflexioClient", "raw_method"),
        ("AsyncRawResponseView", "AsyncReflexioClient", "async_raw_method"),
    ):
        out.append(f"\n\nclass {cls}(RawViewBase[{client}]):")
        out.append(f'    """`{client}.with_raw_response`: each method returns a RawResponse (reflexio/_raw.py)."""\n')
        out += [f"    {name} = {wrap}({client}.{name})" for name in names]
    return format_files({OUT.name: "\n".join(out) + "\n"})[OUT.name]


def main(argv: list[str]) -> None:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text() != text:
            raise SystemExit(f"{OUT.relative_to(ROOT)} is out of date: run `make async`")
        return
    OUT.write_text(text)
    print(f"{OUT.relative_to(ROOT)} written")


if __name__ == "__main__":
    main(sys.argv[1:])
