"""Run the pinned openapi-python-client with the project's one parser extension: free-form objects.

A schema that is an object with no declared properties (only `additionalProperties`, or nothing at
all: `Config.extra`, `OperationStatusInfo.stats`, `ProfileView.custom_features`, ...) is a JSON object
whose keys the server chooses. The generator would make a class for each (`...ResultType0` with an
`additional_properties` dict), so `answer.result == {"answer": 1}` is False and `.get()` fails. Here
such a schema becomes a plain `dict[str, Any]`, in answers and requests alike; everything else is
the generator's own behaviour. The property's construct/transform macros are in
scripts/templates/property_templates/free_form_property.py.jinja.

Usage (scripts/codegen.py): python scripts/generator.py generate --path ... (the generator's CLI).
"""

from __future__ import annotations

from typing import Any, ClassVar

from openapi_python_client import schema as oai
from openapi_python_client.cli import app
from openapi_python_client.parser import bodies, openapi, responses
from openapi_python_client.parser import properties as props
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.strings import PythonCode, PythonIdentifier


class FreeFormProperty(AnyProperty):
    """A JSON object with keys the server chooses: `dict[str, Any]`."""

    _type_string: ClassVar[str] = "dict[str, Any]"
    _json_type_string: ClassVar[str] = "dict[str, Any]"
    template: ClassVar[str] = "free_form_property.py.jinja"

    def get_instance_type_string(self) -> PythonCode:
        return PythonCode("dict")  # for isinstance(): a parameterized generic is not a class

    def get_imports(self, *, prefix: str) -> set[str]:
        return {*super().get_imports(prefix=prefix), "from typing import Any"}


def is_free_form(data: object) -> bool:
    """An object schema that declares no property and composes nothing (any keys, values per additionalProperties)."""
    return (
        isinstance(data, oai.Schema)
        and data.type == oai.DataType.OBJECT
        and not data.properties
        and not (data.allOf or data.anyOf or data.oneOf)
        and not data.enum
        and data.const is None
    )


_generic_property_from_data = props.property_from_data


def property_from_data(*, name: Any, required: bool, data: Any, schemas: Any, config: Any, **rest: Any) -> Any:
    """The generator's own function (every caller passes keywords), free-form objects excepted."""
    if not is_free_form(data):
        return _generic_property_from_data(
            name=name, required=required, data=data, schemas=schemas, config=config, **rest
        )
    prop = FreeFormProperty(
        name=name,
        required=required,
        default=None,  # a dict default would be shared between instances; absent means absent
        python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
        description=data.description,
        example=None,
    )
    return prop, schemas


def install() -> None:
    """Route every schema the generator parses through `property_from_data` above."""
    for module in (props, responses, bodies, openapi):
        module.property_from_data = property_from_data  # type: ignore[attr-defined]


if __name__ == "__main__":
    install()
    app(prog_name="openapi-python-client")
