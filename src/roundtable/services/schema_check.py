"""Checking a document against the subset of JSON Schema our bundle schema uses.

jsonschema is not a run-time dependency, and its messages do not say where a problem is in a
way a user can act on; this walker reports the first problem as ``event.participants[2].role:
'speaker' is not one of host, moderator, ...``. The test suite checks the same schema with
jsonschema, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from typing import Any

from roundtable.domain.local_dates import number
from roundtable.errors import UserError
from roundtable.wording import tr

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
    "null": (type(None),),
}


class SchemaError(UserError):
    pass


def _type_ok(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES[name])


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check(document: Any, schema: dict[str, Any]) -> None:
    """Raise SchemaError naming the path of the first thing in ``document`` that is wrong."""
    _check(document, schema, schema, "")


def _check(value: Any, schema: dict, root: dict, path: str) -> None:
    """The keywords in the order they are reported: references and alternatives first, then
    the value's kind, then the rules of strings, numbers, objects and arrays."""
    _check_references(value, schema, root, path)
    where = path or tr("the bundle")
    _check_kind(value, schema, where)
    if isinstance(value, str):
        _check_string(value, schema, where)
    if isinstance(value, int) and not isinstance(value, bool):
        _check_number(value, schema, where)
    if isinstance(value, dict):
        _check_object(value, schema, root, path)
    if isinstance(value, list):
        _check_array(value, schema, root, path)


def _check_references(value: Any, schema: dict, root: dict, path: str) -> None:
    """``$ref`` (to ``$defs``) and ``oneOf``, whose last option's problem is the one reported."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        _check(value, root["$defs"][name], root, path)
    if "oneOf" in schema:
        problems = []
        for option in schema["oneOf"]:
            try:
                _check(value, option, root, path)
                break
            except SchemaError as exc:
                problems.append(str(exc))
        else:
            raise SchemaError(problems[-1])


def _check_kind(value: Any, schema: dict, where: str) -> None:
    if "const" in schema and value != schema["const"]:
        raise SchemaError(
            tr("{where}: expected {expected}, found {value}").format(
                where=where, expected=_show(schema["const"]), value=_show(value)
            )
        )
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_type_ok(value, t) for t in types):
            wanted = " or ".join(types)
            raise SchemaError(
                tr("{where}: expected {expected}, found {value}").format(
                    where=where, expected=wanted, value=_show(value)
                )
            )
    if "enum" in schema and value not in schema["enum"]:
        choices = ", ".join(schema["enum"])
        raise SchemaError(
            tr("{where}: {value} is not one of {choices}").format(
                where=where, value=_show(value), choices=choices
            )
        )


def _check_string(value: str, schema: dict, where: str) -> None:
    if len(value) < schema.get("minLength", 0):
        raise SchemaError(tr("{where}: must not be empty").format(where=where))
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise SchemaError(
            tr("{where}: longer than {most} characters").format(
                where=where, most=number(schema["maxLength"])
            )
        )
    if "pattern" in schema and not re.search(schema["pattern"], value):
        raise SchemaError(
            tr("{where}: {value} is not in the expected form").format(
                where=where, value=_show(value)
            )
        )


def _check_number(value: int, schema: dict, where: str) -> None:
    if "minimum" in schema and value < schema["minimum"]:
        raise SchemaError(
            tr("{where}: must be at least {least}").format(
                where=where, least=number(schema["minimum"])
            )
        )
    if "maximum" in schema and value > schema["maximum"]:
        raise SchemaError(
            tr("{where}: must be at most {most}").format(
                where=where, most=number(schema["maximum"])
            )
        )


def _check_object(value: dict, schema: dict, root: dict, path: str) -> None:
    where = path or tr("the bundle")
    for key in schema.get("required", []):
        if key not in value:
            raise SchemaError(tr("{where}: missing {key}").format(where=where, key=repr(key)))
    properties = schema.get("properties", {})
    for key, item in value.items():
        sub = f"{path}.{key}" if path else key
        if key in properties:
            _check(item, properties[key], root, sub)
        elif schema.get("additionalProperties") is False:
            raise SchemaError(tr("{where}: unknown field").format(where=sub))


def _check_array(value: list, schema: dict, root: dict, path: str) -> None:
    if len(value) > schema.get("maxItems", len(value)):
        raise SchemaError(
            tr("{where}: more than {most} entries").format(
                where=path or tr("the bundle"), most=number(schema["maxItems"])
            )
        )
    if "items" in schema:
        for index, item in enumerate(value):
            _check(item, schema["items"], root, f"{path}[{index}]")
