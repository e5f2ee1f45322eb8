"""JSON Schema (draft 2020-12) for the JSON the library writes, generated from the records.

``json_schema(Document)`` describes one Document as :func:`policycorpus.io.dumps`
writes it (and one JSON Lines line): each record class becomes an entry in
``$defs`` with its attributes as ``properties``, the required ones (no default)
listed, unknown keys refused (``additionalProperties: false``, as the loader
does), and titles and descriptions taken from the records' docstrings. Types follow
the converter's wire decisions: partial dates as strings with a pattern, enums as
their values, decimals as strings of a decimal number (a JSON number is accepted on
loading, so the schema allows it too), offsets as arrays of pairs, strings that the
validators require to be non-empty with a pattern that needs a non-space character.

Every constraint on a single value comes from the field's validator (a
:class:`~policycorpus.model.Constraint` states its check and its JSON Schema keywords
together), so the schema and the loader accept the same values: non-empty strings,
non-negative offsets, ISO 3166 country codes (``"GB"``, not ``"gb"`` or ``"XX"``),
dates that exist (no 30 February, no year 0000).

JSON Schema has no keyword that compares two values, so the checks that relate
fields are stated in each record's description and left to the loader: a span's
``end`` not before its ``start``, offsets that increase, a span lying inside the
article text and slicing to the record's ``text``.
"""

from __future__ import annotations

import ast
import datetime as dt
import functools
import inspect
import itertools
import textwrap
from decimal import Decimal
from enum import Enum
from typing import Any, Final, Union, get_args, get_origin

import attrs

from policycorpus.model import (
    SCHEMA_VERSION,
    Article,
    Commitment,
    Document,
    OffsetMap,
    Paragraph,
    PartialDate,
    Quote,
    Signatory,
    Span,
    Statistic,
    schema_of,
)

__all__ = ["DATE_PATTERN", "PARTIAL_DATE_PATTERN", "SCHEMA_DIALECT", "json_schema"]

SCHEMA_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"

_RECORDS: Final = (Span, Paragraph, Article, Statistic, Signatory, Commitment, Quote, Document)
_YEAR: Final = r"([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
_LEAP_YEAR: Final = r"([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
_MONTH_DAY: Final = (
    r"((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
    r"|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    r"|02-(0[1-9]|1[0-9]|2[0-8]))"
)
_DAY: Final = rf"({_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
"""A calendar day that exists (31 only in long months, 29 February only in leap years)."""
PARTIAL_DATE_PATTERN: Final = rf"^({_YEAR}(-(0[1-9]|1[0-2]))?|{_DAY})$"
"""The dates :meth:`PartialDate.fromisoformat` accepts: YYYY, YYYY-MM, YYYY-MM-DD."""
DATE_PATTERN: Final = rf"^{_DAY}$"
"""The days :attr:`Article.retrieved` accepts: YYYY-MM-DD."""
_DECIMAL: Final = {
    "anyOf": [
        {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$"},
        {"type": "number"},
    ],
    "description": "An exact decimal, written as a string (a JSON number is accepted).",
}
_SPECIAL: Final[dict[Any, dict[str, Any]]] = {
    PartialDate: {
        "type": "string",
        "pattern": PARTIAL_DATE_PATTERN,
        "description": "ISO 8601 date with its precision: YYYY, YYYY-MM or YYYY-MM-DD.",
    },
    dt.date: {"type": "string", "format": "date", "pattern": DATE_PATTERN},
    Decimal: _DECIMAL,
    OffsetMap: {
        "type": "array",
        "description": "Increasing [text offset, raw offset] pairs.",
        "items": {
            "type": "array",
            "prefixItems": [
                {"type": "integer", "minimum": 0},
                {"type": "integer", "minimum": 0},
            ],
            "minItems": 2,
            "maxItems": 2,
        },
    },
}


@functools.cache
def _field_docs(cl: type) -> dict[str, str]:
    """Attribute docstrings (the string literal after each field) from the class source."""
    try:
        source = textwrap.dedent(inspect.getsource(cl))
    except (OSError, TypeError):  # pragma: no cover - no source (frozen app)
        return {}
    docs: dict[str, str] = {}
    body = ast.parse(source).body[0]
    if not isinstance(body, ast.ClassDef):  # pragma: no cover
        return docs
    statements = body.body
    for stmt, following in itertools.pairwise(statements):
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[stmt.target.id] = inspect.cleandoc(following.value.value)
    return docs


def _optional_inner(tp: Any) -> Any | None:
    if get_origin(tp) is Union or type(tp).__name__ == "UnionType":
        args = get_args(tp)
        if len(args) == 2 and type(None) in args:
            return args[0] if args[1] is type(None) else args[1]
    return None


def _field_schema(a: attrs.Attribute[Any], owner: type) -> dict[str, Any]:
    """The schema of one field: its type's, with its validator's constraint added."""
    constraint = schema_of(a.validator)
    inner = _optional_inner(a.type)
    if inner is not None:
        value = _type_schema(inner, owner, a.name)
        return {"anyOf": [_constrained(value, constraint), {"type": "null"}]}
    return _constrained(_type_schema(a.type, owner, a.name), constraint)


def _constrained(schema: dict[str, Any], constraint: dict[str, Any]) -> dict[str, Any]:
    out = dict(schema)
    for key, value in constraint.items():
        if key == "items" and "items" in out:
            out["items"] = {**out["items"], **value}
        else:
            out[key] = value
    return out


def _type_schema(tp: Any, owner: type, name: str) -> dict[str, Any]:
    inner = _optional_inner(tp)
    if inner is not None:
        return {"anyOf": [_type_schema(inner, owner, name), {"type": "null"}]}
    if tp in _SPECIAL:
        return dict(_SPECIAL[tp])
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if get_origin(tp) is tuple and get_args(tp)[1:] == (Ellipsis,):
        return {"type": "array", "items": _type_schema(get_args(tp)[0], owner, name)}
    if isinstance(tp, type) and tp in _RECORDS:
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r} ({owner.__name__}.{name})")  # pragma: no cover


def _record_schema(cl: type) -> dict[str, Any]:
    attrs.resolve_types(cl)
    docs = _field_docs(cl)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for a in attrs.fields(cl):
        prop = _field_schema(a, cl)
        if a.name in docs:  # 2020-12 allows keywords beside "$ref"
            prop["description"] = docs[a.name]
        properties[a.name] = prop
        if a.default is attrs.NOTHING:
            required.append(a.name)
    if cl is Document:
        properties["schema_version"] = {
            "const": SCHEMA_VERSION,
            "description": "Version of the serialised form (older versions are migrated on "
            "loading; newer ones are refused).",
        }
        required.append("schema_version")
    schema: dict[str, Any] = {
        "type": "object",
        "title": cl.__name__,
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if cl.__doc__:
        schema["description"] = inspect.cleandoc(cl.__doc__).split("\n\n")[0]
    return schema


def _dependencies(cl: type, seen: dict[type, None]) -> None:
    if cl in seen:
        return
    seen[cl] = None
    attrs.resolve_types(cl)
    for a in attrs.fields(cl):
        for tp in (a.type, *get_args(a.type), *(get_args(t) for t in get_args(a.type))):
            candidates = tp if isinstance(tp, tuple) else (tp,)
            for candidate in candidates:
                if isinstance(candidate, type) and candidate in _RECORDS:
                    _dependencies(candidate, seen)


def json_schema(record: type = Document) -> dict[str, Any]:
    """The JSON Schema (2020-12) of ``record``'s JSON form (default: a Document).

    ``record`` is one of the record classes (:class:`~policycorpus.Document`,
    :class:`~policycorpus.Article`, :class:`~policycorpus.Statistic`, ...).
    """
    if record not in _RECORDS:
        raise TypeError(f"no JSON Schema for {record!r}: not a policycorpus record")
    seen: dict[type, None] = {}
    _dependencies(record, seen)
    defs = {cl.__name__: _record_schema(cl) for cl in seen if cl is not record}
    schema = {
        "$schema": SCHEMA_DIALECT,
        "$id": f"urn:policycorpus:schema:{SCHEMA_VERSION}:{record.__name__}",
        **_record_schema(record),
    }
    if defs:
        schema["$defs"] = defs
    return schema
