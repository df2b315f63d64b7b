"""Generate reflexio/_sync/plain.py: the plain methods of the client, from the spec and the operation
table reflexio/_table.py (`make client` runs it after the generator; `make async` then makes the
async twins and the session views). Every operation of the spec gets a method: its row's, or, for a
new operation no row and no hand-written method covers yet, one with the defaults (plain name, not
cached, retried only when safe), which tests/test_spec_coverage.py asks a maintainer to review.

One mixin per generated module folder (`reflexio_api.api.<folder>`), named `<Folder>Plain` (the base
of that folder's hand-written mixin, reflexio/_sync/<folder>.py), and `PlainMethods` joining them, a
base of ReflexioClient (reflexio/_sync/client.py), so a new folder's methods reach the client too.
Per table row, a method:
- a positional `str` per path parameter;
- for a JSON body: `request=` (the body model or a dict) and a keyword per body field, which
  overrides the request's field (reflexio/_convert.py to_model: misspelled keys and missing
  required fields raise before any network traffic);
- a keyword per query parameter, sent when not None;
- the per-call options every API method takes (extra_headers, extra_query, extra_body, timeout: `per_call`);
- the row's `required` fields refused when blank and its `ids` lists when empty, before sending;
- the row's `convert` functions applied to their fields (keyword and request), its `cache` namespace
  and a `force_refresh` argument for a cached read;
- the answer type of the endpoint's 2xx answer;
- a docstring from the spec's description (or the row's summary) and every parameter's description
  (the row's note, else the spec's).
Types are read from the generated code (reflexio_api), so the method takes what the endpoint takes.
`python scripts/gen_methods.py --check` fails when the committed file differs (run by the tests).
"""

from __future__ import annotations

import ast
import functools
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from _config import ROOT, load, standalone

OUT = ROOT / "reflexio" / "_sync" / "plain.py"
API = ROOT / "generated" / "reflexio_api" / "api"
MODELS = ROOT / "generated" / "reflexio_api" / "models"
METHODS = ("get", "put", "post", "delete", "patch")
PER_CALL = [
    "extra_headers: Headers | None = None",
    "extra_query: Query | None = None",
    "extra_body: Body | None = None",
    "timeout: TimeoutLike | None = None",
]
BUILTINS = {"int", "str", "float", "bool", "list", "dict", "None", "Any", "tuple", "set"}
HEADER = '''"""Plain methods: one per row of the operation table (reflexio/_table.py), with the spec's types and docs.

Generated from openapi/reflexio.yaml and reflexio/_table.py by scripts/gen_methods.py.
Do not edit: run `make client` (a row of the table, or the spec, is the place to change).
"""
'''


def load_table() -> dict[str, Any]:
    """reflexio/_table.py's TABLE, loaded without importing the reflexio package."""
    return dict(standalone("_table").TABLE)


@dataclass
class Param:
    name: str
    annotation: str  # without Unset
    description: str = ""
    required: bool = False


def split_union(annotation: str) -> list[str]:
    """Top-level members of `A | B[C | D] | None`."""
    parts, depth, current = [], 0, ""
    for char in annotation:
        depth += char in "[("
        depth -= char in "])"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [*parts, current.strip()]


@functools.cache
def model_modules() -> dict[str, Path]:
    """Each class of reflexio_api.models -> its module. File names do not always split like class names
    (XAIConfig -> xai_config.py, EntityTypesType0Item -> entity_types_type_0_item.py), so they are read."""
    pattern = re.compile(r"^class (\w+)", re.MULTILINE)
    return {name: path for path in sorted(MODELS.glob("*.py")) for name in pattern.findall(path.read_text())}


def model_path(name: str) -> Path:
    """The generated module of model `name` (a path that does not exist for a name that is no model)."""
    return model_modules().get(name, MODELS / f"{name}.missing")


def model_kind(name: str) -> str:
    """Whether a name of reflexio_api.models is an enum ("enum"), a model class ("model") or neither ("")."""
    path = model_path(name)
    text = path.read_text() if path.exists() else ""
    if f"class {name}(OpenStrEnum)" in text or f"class {name}(str, Enum)" in text:
        return "enum"
    return "model" if f"class {name}:" in text else ""


def accepting(annotation: str) -> str:
    """What a user may pass for a field of this type: an enum's plain value too, a model as a dict too."""
    parts = []
    for part in split_union(annotation):
        inner = re.fullmatch(r"list\[(\w+)\]", part)
        kind = model_kind(inner.group(1) if inner else part)
        if inner and kind:
            extra = "str" if kind == "enum" else "Mapping[str, Any]"
            parts.append(f"Sequence[{inner.group(1)} | {extra}]")
        elif inner:
            parts.append(f"Sequence[{inner.group(1)}]")  # a tuple or any sequence is sent as a list
        elif kind == "enum":
            parts += [part, "str"]
        elif kind == "model":
            parts += [part, "Mapping[str, Any]"]
        else:
            parts.append(part)
    return " | ".join(dict.fromkeys(parts))


DATE = "datetime.datetime"


def optional(annotation: str) -> str:
    """The annotation of a keyword defaulting to None: Unset dropped, None last; a date-time takes
    a datetime, an ISO-8601 string or unix seconds (DateLike)."""
    parts = [("DateLike" if p == DATE else p) for p in split_union(annotation) if p not in ("Unset", "None")]
    return " | ".join([accepting(" | ".join(parts)), "None"])


def is_date(annotation: str) -> bool:
    return "DateLike" in split_union(annotation)


def function(path: Path, name: str) -> ast.FunctionDef:
    tree = ast.parse(path.read_text())
    return next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)


def answer_type(module: Path) -> str:
    """The endpoint's parsed 2xx type ("None" when it has no answer schema); the models of error
    statuses (422, a 504 the spec describes, ...) are raised as APIError, never returned."""
    parts = []
    for node in ast.walk(function(module, "_parse_response")):
        target = node.targets[0] if isinstance(node, ast.Assign) else None
        if not (isinstance(target, ast.Name) and re.fullmatch(r"response_2\d\d", target.id)):
            continue
        parsed = ast.unparse(node.value)  # X.from_dict(response.json()), dict(response.json()), cast(Any, None)
        if parsed.startswith("dict("):
            parts.append("dict[str, Any]")
        elif found := re.fullmatch(r"(\w+)\.from_dict\(.*\)", parsed):
            parts.append(found.group(1))
    return " | ".join(dict.fromkeys(parts)) or "None"


def model_fields(model: str) -> tuple[list[Param], str]:
    """A request model's fields (attrs order) and the model's docstring."""
    path = model_path(model)
    cls = next(n for n in ast.parse(path.read_text()).body if isinstance(n, ast.ClassDef) and n.name == model)
    doc = ast.get_docstring(cls) or ""
    described = dict(re.findall(r"^\s{4}(\w+) \([^)]*\): (.*(?:\n\s{8}.*)*)", doc, re.MULTILINE))
    fields = []
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            name = node.target.id
            if name == "additional_properties":
                continue
            text = " ".join(described.get(name, "").split())
            fields.append(Param(name, optional(ast.unparse(node.annotation)), text, node.value is None))
    return fields, doc


@dataclass
class Method:
    operation_id: str
    name: str
    folder: str
    route: str
    summary: str
    path_params: list[Param]
    query: list[Param]
    body: str | None
    body_fields: list[Param]
    answer: str
    deprecated: bool
    row: Any  # its row of reflexio/_table.py

    def positional(self) -> list[Param]:
        """The parameters taken by position: the path parameters the row does not order, then the row's."""
        fields = {p.name: p for p in [*self.path_params, *self.body_fields, *self.query]}
        unknown = [name for name in self.row.positional if name not in fields]
        if unknown:
            raise SystemExit(
                f"reflexio/_table.py: {self.operation_id}'s positional {unknown} are not fields of the spec"
            )
        listed = [fields[name] for name in self.row.positional]
        return [p for p in self.path_params if p.name not in self.row.positional] + listed

    def keywords(self) -> list[Param]:
        """The request fields and query parameters taken by keyword (required query parameters first)."""
        taken = {p.name for p in self.positional()}
        rest = [p for p in [*self.query, *self.body_fields] if p.name not in taken]
        return sorted(rest, key=lambda p: not (p.required and p in self.query))

    def takes_request(self) -> bool:
        return self.body is not None and not self.row.positional


def describe(operation_id: str, folder: str, route: str, op: dict[str, Any], row: Any) -> Method:
    module = API / folder / f"{operation_id}.py"
    kwargs = function(module, "_get_kwargs")
    spec_params = {p["name"]: p for p in op.get("parameters", [])}
    path_params, query = [], []
    body, body_fields = None, []
    defaults = [None] * (len(kwargs.args.args) - len(kwargs.args.defaults)) + list(kwargs.args.defaults)
    for arg, default in zip(
        [*kwargs.args.args, *kwargs.args.kwonlyargs], [*defaults, *kwargs.args.kw_defaults], strict=True
    ):
        annotation = ast.unparse(arg.annotation) if arg.annotation else "Any"
        if arg.arg == "body":
            body = annotation
            body_fields, _ = model_fields(annotation)
            continue
        where = spec_params.get(arg.arg, {})
        text = row.notes.get(arg.arg) or " ".join(where.get("description", "").split())
        param = Param(arg.arg, annotation, text, default is None)
        (path_params if where.get("in") == "path" else query).append(param)
    for field in body_fields:
        field.description = row.notes.get(field.name) or field.description
        if field.name in row.convert:
            field.annotation = row.convert[field.name][1]
        if field.name in row.stamps:
            field.annotation = "DateLike | None"
    for param in query:
        param.annotation = accepting(param.annotation) if param.required else optional(param.annotation)
        if param.name in row.convert:
            param.annotation = row.convert[param.name][1]
        if param.name in row.stamps:
            param.annotation = "DateLike | None"
    description = (op.get("description") or "").split("\n\n")[0]
    summary = row.summary or " ".join(description.split()) or op.get("summary", operation_id)
    return Method(
        operation_id,
        row.method or operation_id,
        folder,
        route,
        summary,
        path_params,
        query,
        body,
        body_fields,
        answer_type(module),
        bool(op.get("deprecated")),
        row,
    )


def positional_text(m: Method, p: Param) -> str:
    """A positional parameter: its type without None unless its default is None; its default, if any.
    A keyed row's first field also takes the whole request (and any iterable for a list)."""
    default = m.row.defaults.get(p.name)
    parts = [part for part in split_union(p.annotation) if part != "None"]
    if m.row.keyed and p is m.positional()[0]:
        parts = [re.sub(r"^(?:list|Sequence)\[(.*)\]$", r"Iterable[\1]", part) for part in parts]
        parts += [str(m.body), "Mapping[str, Any]"]
    if default == "None":
        parts.append("None")
    return f"{p.name}: {' | '.join(parts)}" + (f" = {default}" if default is not None else "")


def answer_of(m: Method) -> str:
    """What the method returns: the endpoint's answer, or what the row's answer function makes of it."""
    return "None" if m.row.background else m.row.answer[1] if m.row.answer else m.answer


def signature(m: Method, wait: str = "") -> tuple[list[str], str]:
    """The parameters and the answer type of the method, or of its overload with `wait_for_response`
    typed `wait` ("Literal[False]", "Literal[True]", "bool")."""
    params = ["self", *(positional_text(m, p) for p in m.positional())]
    keywords = [f"{p.name}: {p.annotation}" for p in m.query if p.required and p in m.keywords()]
    keywords += [f"{p.name}: {p.annotation} = None" for p in m.keywords() if not (p.required and p in m.query)]
    answer = answer_of(m)
    if m.takes_request():
        params.append(f"request: {m.body} | Mapping[str, Any] | None = None")
    if m.row.fire:
        after_default = m.takes_request() or any(p.name in m.row.defaults for p in m.positional())
        if wait == "Literal[True]" and after_default:
            keywords.insert(0, "wait_for_response: Literal[True]")  # it cannot follow defaults positionally
        elif wait == "Literal[True]":
            params.append("wait_for_response: Literal[True]")
        else:
            params.append(f"wait_for_response: {wait or 'bool'} = False")
        answer = {"Literal[False]": "None", "Literal[True]": answer}.get(wait, f"{answer} | None")
    if m.row.cache:
        params.append("force_refresh: bool = False")
    keywords += PER_CALL  # the per-call options of every API method (reflexio/_request_options.py)
    return [*params, "*", *keywords], answer


def joined(params: list[str]) -> str:
    return "(\n        " + ",\n        ".join(params) + ",\n    )" if len(params) > 1 else "(self)"


def docstring(m: Method) -> str:
    args = [f"{p.name}: {p.description or 'see the spec.'}" for p in m.positional()]
    if m.takes_request():
        args.append(f"request: a {m.body} or dict (keyword arguments override its fields).")
    if m.row.fire:
        args.append(
            "wait_for_response: True: wait and return the answer; False: queue the call in the background "
            "and return None at once (see flush())."
        )
    if m.row.cache:
        args.append("force_refresh: skip the local cache and ask the server (the answer is cached again).")
    args += [f"{p.name}: {p.description or '(no description in the spec)'}" for p in m.keywords()]
    summary = m.summary.rstrip(".") + "."
    if m.deprecated:
        summary += " Deprecated by the server: it may be removed in a later release."
    doc = []
    for paragraph in summary.split("\n\n"):  # a row's summary may have several paragraphs
        doc += [*textwrap.wrap(paragraph, 100), ""]
    doc += textwrap.wrap(f"Route: {m.route} (operation {m.operation_id}).", 100)
    if args:
        wrapped = ("\n".join(textwrap.wrap(a, 96, subsequent_indent="    ")) for a in args)
        doc += ["", "Args:", *(textwrap.indent(text, "    ") for text in wrapped)]
    return textwrap.indent("\n".join(doc), " " * 8).strip()


def call_body(m: Method) -> list[str]:
    """The method's statements: the request built and checked, then sent."""
    row = m.row
    models = sorted(n for n in {m.answer, m.body} if n and n != "None" and re.fullmatch(r"[A-Z]\w*", n))
    body = [f"from reflexio_api.api.{m.folder} import {m.operation_id}"]
    if models:  # the answer and body classes (a free-form answer is a plain dict[str, Any])
        body.append(f"from reflexio_api.models import {', '.join(models)}")
    if row.convert:
        body.append("from reflexio_api.types import Unset")
    body.append("")
    body_names = {p.name for p in m.body_fields}
    converter = {name: path.rsplit(".", 1)[1] for name, (path, _) in row.convert.items()}
    body += [f'require({name}, "{name}")' for name in row.required if name not in body_names]
    call: dict[str, str] = {p.name: p.name for p in m.path_params}
    if m.body:
        dates = [p.name for p in m.body_fields if is_date(p.annotation) and p.name not in row.stamps]
        value = "request" if m.takes_request() else "None"
        for convert, names in (("iso", dates), ("timestamp", row.stamps)):
            if names and m.takes_request():  # a dict request's dates are converted as the keywords are
                value = f"with_dates({value}, {convert}, {', '.join(repr(d) for d in names)})"
        first = m.positional()[0] if row.keyed else None
        if first is not None:  # the first field, or the whole request
            value = f"as_list({first.name})" if first.annotation.startswith("Sequence[") else first.name
        fields = "".join(
            f', {p.name}=iso({p.name}, "{p.name}")'
            if p.name in dates
            else f', {p.name}=timestamp({p.name}, "{p.name}")'
            if p.name in row.stamps
            else f", {p.name}={converter[p.name]}({p.name})"
            if p.name in converter
            else f", {p.name}={p.name}"
            for p in m.body_fields
            if p is not first
        )
        build = f'keyed({m.body}, {value}, "{first.name}"' if first else f'to_model({m.body}, {value}, "request"'
        # a required field that only a keyword can give is checked as given; others once the request is built
        alone = not m.takes_request() and first is None
        given = [name for name in row.required if name in body_names and alone]
        body += [f'require({name}, "{name}")' for name in given]
        body.append(f"body = {build}{fields})")
        body += [f'require(body.{name}, "{name}")' for name in row.required if name in body_names and name not in given]
        for name, function in converter.items():  # the request's own value too
            body += [f"if not isinstance(body.{name}, Unset):", f"    body.{name} = {function}(body.{name})"]
        for name, value in row.fills.items():  # the client's default, where the caller chose nothing
            chose = f' and left_out(request, "{name}")' if m.takes_request() else ""
            body += [f"if {name} is None{chose}:", f"    body.{name} = {value}"]
        if all(row.window):
            start, end = row.window
            body.append(f'check_window(body.{start}, body.{end}, ("{start}", "{end}"))')
        body += [f'check_not_blank(body.{name}, "{name}")' for name in row.not_blank]
        body += [f'warn_legacy(body.{name}, "{name}", "{selects}")' for name, selects in row.ignored.items()]
        for name in row.ids:  # string ids must not be blank either
            strings = "Sequence[str]" in next(p.annotation for p in m.body_fields if p.name == name)
            body.append(f'{"check_ids" if strings else "check_not_empty"}(body.{name}, "{name}")')
        call["body"] = "body"

    def sent(p: Param) -> str:  # a query parameter's value as sent
        if p.name in row.stamps:
            return f'timestamp({p.name}, "{p.name}")'
        return f"{converter[p.name]}({p.name})" if p.name in converter else p.name

    sent_always = [p for p in m.query if p.required or row.defaults.get(p.name, "None") != "None"]
    pairs = [f'"{k}": {v}' for k, v in call.items()] + [f'"{p.name}": {sent(p)}' for p in sent_always]
    optional_query = [p for p in m.query if p not in sent_always]
    if optional_query:
        pairs.append(f"**present({', '.join(f'{p.name}={sent(p)}' for p in optional_query)})")
    kwargs = pairs[0][2:] if len(pairs) == 1 and pairs[0].startswith("**") else "{" + ", ".join(pairs) + "}"
    returns = "object" if m.answer == "None" else "dict" if m.answer.startswith("dict[") else m.answer
    cached = f', cache="{row.cache}", force_refresh=force_refresh' if row.cache else ""
    operation = f"Operation({m.operation_id}, {kwargs}, {returns}{cached})"
    if row.cache:
        body.append('check_value(force_refresh, "force_refresh", bool)')
    if row.fire:
        body.append('check_value(wait_for_response, "wait_for_response", bool)')
        body.append(f"return self._send({operation}, wait_for_response)")
    elif row.background:
        body.append(f"self._fire({operation})")
    elif row.answer:
        body.append(f"return {row.answer[0].rsplit('.', 1)[1]}(self._request({operation}))")
    else:
        body.append(f"self._request({operation})" if m.answer == "None" else f"return self._request({operation})")
    return body


def render_pages(m: Method) -> list[str]:
    """The iterator of a list method (reflexio/_inputs/pages.py paged)."""
    pages = m.row.pages
    key = ", ".join(f"item.{name}" for name in pages.key)
    args = [
        m.name,
        f"lambda page: listed(page.{pages.items})",
        f'name="{pages.name}"',
        f'item="{pages.item}"',
        f"key=lambda item: ({key})" if len(pages.key) > 1 else f"key=lambda item: {key}",
    ]
    if pages.size != "top_k":
        args.append(f'size="{pages.size}"')
    if pages.default != 30:
        args.append(f"default={pages.default}")
    if pages.cursor != "offset":
        args.append(f'cursor="{pages.cursor}"')
    if pages.stamp:
        args.append(f"stamp=lambda item: item.{pages.stamp}")
    if pages.most is not None:
        args.append(f"most={pages.most}")
    if pages.more:
        args.append(f"more=lambda page: page.{pages.more}")
    return [f"    {pages.name} = paged(", *(f"        {arg}," for arg in args), "    )"]


def render_method(m: Method) -> str:
    lines = []
    if m.row.fire:
        for wait in ("Literal[False]", "Literal[True]", "bool"):
            params, answer = signature(m, wait)
            lines += ["    @overload", f"    def {m.name}{joined(params)} -> {answer}: ...", ""]
    params, answer = signature(m)
    lines += [
        "    @per_call",
        f"    def {m.name}{joined(params)} -> {answer}:",
        f'        """{docstring(m)}\n        """',
        *(f"        {line}" if line else "" for line in call_body(m)),
    ]
    lines += [f'    {alias} = renamed({m.name}, "{alias}")' for alias in m.row.aliases]
    if m.row.pages:
        lines += render_pages(m)
    return "\n".join(lines)


def names_in(annotation: str) -> set[str]:
    return {n for n in re.findall(r"[A-Za-z_][\w.]*", annotation) if n not in BUILTINS}


def render(methods: list[Method], all_folders: set[str]) -> str:
    typing_names: set[str] = set()
    for m in methods:
        for p in [*m.path_params, *m.query, *m.body_fields]:
            typing_names |= names_in(p.annotation)
        typing_names |= names_in(m.answer) | names_in(answer_of(m)) | names_in(m.body or "")
    typing_names -= {"Mapping", "Sequence", "DateLike", "Headers", "Query", "Body", "TimeoutLike"}
    plain_imports = sorted(n for n in typing_names if "." not in n)
    module_imports = sorted({n.split(".")[0] for n in typing_names if "." in n})
    out = [HEADER, "from __future__ import annotations", ""]
    out += [
        "from collections.abc import Iterable, Mapping, Sequence",
        "from typing import TYPE_CHECKING, Any, Literal, overload",
        "",
    ]
    out += ["from .._convert import DateLike, as_list, check_ids, check_not_blank, check_not_empty, check_value"]
    out += ["from .._convert import check_window, iso, keyed, left_out, present, require, timestamp, to_model"]
    out += ["from .._convert import with_dates"]
    out += ["from .._inputs.legacy import renamed, warn_legacy", "from .._inputs.pages import listed, paged"]
    out += ["from .._operation import Operation"]
    out += ["from .._request_options import Body, Headers, Query, TimeoutLike, per_call"]
    converters: dict[str, set[str]] = {}
    for m in methods:
        for path, _ in m.row.convert.values():
            module, function = path.rsplit(".", 1)
            converters.setdefault(module, set()).add(function)
    out += [f"from .._inputs.{module} import {', '.join(sorted(f))}" for module, f in sorted(converters.items())]
    answers: dict[str, set[str]] = {}
    for m in methods:
        if m.row.answer:
            module, function = m.row.answer[0].rsplit(".", 1)
            answers.setdefault(module, set()).add(function)
    out += [f"from ..{module} import {', '.join(sorted(f))}" for module, f in sorted(answers.items())]
    out += ["from ._core import SyncAPIClient", ""]
    out.append("if TYPE_CHECKING:")
    out += [f"    import {name}" for name in module_imports]
    if plain_imports:
        out.append(f"    from reflexio_api.models import {', '.join(plain_imports)}")
    folders: dict[str, list[Method]] = {folder: [] for folder in all_folders}
    for m in methods:
        folders.setdefault(m.folder, []).append(m)
    titles = {folder: "".join(part.capitalize() for part in folder.split("_")) + "Plain" for folder in folders}
    for folder in sorted(folders):
        out += ["", "", f"class {titles[folder]}(SyncAPIClient):"]
        out.append(f'    """The plain methods of reflexio_api.api.{folder} (the base of its hand-written mixin)."""')
        for m in sorted(folders[folder], key=lambda m: m.name):
            out += ["", render_method(m)]
    bases = ", ".join(titles[folder] for folder in sorted(folders))
    out += ["", "", f"class PlainMethods({bases}):", '    """Every generated method (a base of the client)."""']
    return "\n".join(out) + "\n"


def imported_operations(sources: list[Path]) -> set[str]:
    """Operations whose generated module (reflexio_api.api.<folder>.<operation>) these sources import."""
    found: set[str] = set()
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reflexio_api.api."):
                found.update(alias.name for alias in node.names)
    return found


def hand_written_sources() -> list[Path]:
    """The hand-written mixins of reflexio/_sync (every module but the generated plain.py)."""
    return [source for source in sorted(OUT.parent.glob("*.py")) if source != OUT]


def collect() -> tuple[list[Method], set[str]]:
    """A method for every row of the table without a hook, and for every operation without a row
    (a new server operation: the row's defaults, until someone writes its row)."""
    spec = yaml.safe_load((ROOT / load()["spec"]["path"]).read_text())
    table = load_table()
    default = type(next(iter(table.values())))()
    ops = {
        op["operationId"]: (f"{method.upper()} {path}", op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }
    hand = imported_operations(hand_written_sources())
    hooked = {op_id for op_id, row in table.items() if row.hook}
    if hooked - hand:
        raise SystemExit(
            f"rows of reflexio/_table.py name hooks no hand-written method implements: {sorted(hooked - hand)}"
        )
    gone = sorted(set(table) - set(ops))
    if gone:
        print(f"warning: reflexio/_table.py has rows for operations the spec does not have: {gone}", file=sys.stderr)
    chosen = [op_id for op_id in ops if op_id not in hooked]
    folders = {op["tags"][0] for _, op in ops.values()}
    methods = [describe(op_id, ops[op_id][1]["tags"][0], *ops[op_id], table.get(op_id, default)) for op_id in chosen]
    return methods, folders


def main(argv: list[str]) -> int:
    from gen_async import _format

    text = _format({OUT.name: render(*collect())})[OUT.name]
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text() != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run `make client`", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
