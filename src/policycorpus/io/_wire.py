"""Decoding JSON straight into records: msgspec checks the wire form in C, then build.

The converter (:mod:`policycorpus.io._converter`) reads JSON in two steps: ``orjson``
makes dicts, then a generated function per record calls the attrs constructors, whose
validators check every field again in Python. Here a :class:`msgspec.Struct` per record
class, generated from the record's attrs fields and validators, states the *complete*
wire form the library writes (every field present, no other key, JSON types as
written, non-empty text, non-negative offsets, enum values, country codes, the decimal
pattern, the current ``schema_version``), and msgspec checks all of it in C while it
parses. A generated builder then makes the records from the checked values without
calling their validators again (each value has passed the same constraint the
validator states: both come from :mod:`policycorpus.model._validators`), and runs
the checks that span several fields (a span's end not before its start, spans inside
the article and slicing to their text) by calling the records' own
``__attrs_post_init__``.

Anything the Structs do not accept -- a missing optional field, an older
``schema_version``, ``12.0`` for an integer, an invalid value -- raises, and the caller
falls back to the converter, which accepts every valid input and names the file, line
and field path of every invalid one. So loading accepts exactly what it accepted
before, with the same errors; valid data written by the library takes the fast path.
:func:`wire_struct` raises at import for a field whose validator it does not know, so
a new constraint cannot be skipped silently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from itertools import count
from typing import Annotated, Any, Final, Literal, Union, get_args, get_origin

import attrs
import msgspec

from policycorpus.model import (
    SCHEMA_VERSION,
    Document,
    OffsetMap,
    PartialDate,
    Span,
)
from policycorpus.model import _validators as v

__all__ = ["WireError", "wire_decoder"]

_NONE: Final = type(None)


class WireError(Exception):
    """The fast path does not accept this input; the converter decides."""


try:
    from types import UnionType as _UnionType
except ImportError:  # pragma: no cover
    _UnionType = Union  # type: ignore[assignment,misc]


def _optional_inner(tp: Any) -> Any | None:
    if get_origin(tp) in (Union, _UnionType):
        args = get_args(tp)
        if len(args) == 2 and _NONE in args:
            return args[0] if args[1] is _NONE else args[1]
    return None


def _fields(cl: type) -> tuple[attrs.Attribute[Any], ...]:
    attrs.resolve_types(cl)
    fields: tuple[attrs.Attribute[Any], ...] = tuple(attrs.fields(cl))
    if any(not a.init for a in fields):  # pragma: no cover - every record field is init
        raise TypeError(f"{cl.__name__} has a field outside __init__")
    return fields


# the validators whose whole check is the value's type (msgspec checks it while parsing)
_TYPE_ONLY: Final = ("instance_of", "enum_member", "tuple_of")


def _constraint(field: attrs.Attribute[Any]) -> dict[str, Any]:
    """The JSON Schema keywords the field's validator states, or raise for an unknown one."""
    validator = field.validator
    if validator is None:
        return {}
    if isinstance(validator, v.Constraint):
        return v.schema_of(validator)
    name = getattr(validator, "__qualname__", "")
    if name.split(".")[0] in _TYPE_ONLY or validator in (v.finite_decimal,):
        return {}
    if name == "_anchors":  # OffsetMap's, run by its constructor in the builder
        return {}
    raise TypeError(f"no wire form for the validator of {field.name}: {validator!r}")


_DECIMAL_PATTERN: Final = r"^-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z"
"""The converter's decimal pattern (``_DECIMAL``), anchored for msgspec's search."""


_NON_SPACE: Final = r"\S"
"""The text constraint's pattern: msgspec checks the length in C, the builder
``str.isspace()`` (cheaper than a regular expression called from C per string)."""


def _meta(schema: dict[str, Any]) -> msgspec.Meta | None:
    keywords: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "pattern" and value == _NON_SPACE:
            keywords["min_length"] = 1
        elif key == "pattern":
            keywords["pattern"] = value
        elif key == "minimum":
            keywords["ge"] = value
        elif key != "enum":
            raise TypeError(f"no msgspec form for the JSON Schema keyword {key!r}")
    return msgspec.Meta(**keywords) if keywords else None


_INT: Final = msgspec.Meta(ge=-(2**63), le=2**63 - 1)
"""Signed 64-bit integers: orjson reads larger ones as floats, so the converter's
result would differ; the fast path leaves such input to it."""


def _int_meta(schema: dict[str, Any]) -> msgspec.Meta:
    low = schema.get("minimum", -(2**63))
    if set(schema) - {"minimum"}:
        raise TypeError(f"no msgspec form for the integer constraint {schema!r}")
    return msgspec.Meta(ge=max(low, -(2**63)), le=2**63 - 1)


class _Builder:
    """Generates the Structs and the builder functions for a set of record classes."""

    def __init__(self) -> None:
        self.structs: dict[type, type[msgspec.Struct]] = {}
        self.namespace: dict[str, Any] = {"__new": object.__new__, "__Wire": WireError}
        self.names = count()
        self.lines: list[str] = []
        self.built: dict[type, str] = {}

    def bind(self, value: Any) -> str:
        name = f"__g{next(self.names)}"
        self.namespace[name] = value
        return name

    def wire_type(self, tp: Any, schema: dict[str, Any]) -> Any:
        inner = _optional_inner(tp)
        if inner is not None:
            return self.wire_type(inner, schema) | None
        if tp is str:
            if "enum" in schema:
                return Literal[tuple(schema["enum"])]
            meta = _meta(schema)
            return Annotated[str, meta] if meta is not None else str
        if tp is int:
            return Annotated[int, _int_meta(schema)]
        if tp is bool:
            return bool
        if isinstance(tp, type) and issubclass(tp, Enum):
            return tp
        if tp is Decimal:
            return Union[  # noqa: UP007
                Annotated[str, msgspec.Meta(pattern=_DECIMAL_PATTERN)], Annotated[int, _INT], float
            ]
        if tp in (PartialDate, dt.date):
            return str
        if tp is OffsetMap:
            return list[tuple[Annotated[int, _INT], Annotated[int, _INT]]]
        if get_origin(tp) is tuple and get_args(tp)[1:] == (Ellipsis,):
            item = get_args(tp)[0]
            return tuple[self.wire_type(item, schema.get("items", {})), ...]  # type: ignore[misc]
        if attrs.has(tp):
            return self.struct(tp)
        raise TypeError(f"no wire form for {tp!r}")

    def struct(self, cl: type) -> type[msgspec.Struct]:
        found = self.structs.get(cl)
        if found is not None:
            return found
        fields: list[tuple[str, Any]] = []
        for a in _fields(cl):
            if cl is Document and a.name == "schema_version":
                fields.append((a.name, Literal[SCHEMA_VERSION]))
                continue
            fields.append((a.name, self.wire_type(a.type, _constraint(a))))
        struct = msgspec.defstruct(
            f"Wire{cl.__name__}", fields, forbid_unknown_fields=True, frozen=True, gc=False
        )
        self.structs[cl] = struct
        return struct

    # -- builders --------------------------------------------------------------------

    def value(self, tp: Any, ref: str) -> str:
        """An expression for the record field value of type ``tp`` from the wire ``ref``."""
        inner = _optional_inner(tp)
        if inner is not None:
            expr = self.value(inner, "__x")
            if expr == "__x":
                return ref
            return f"(None if (__x := {ref}) is None else {expr})"
        if tp in (str, int, bool) or (isinstance(tp, type) and issubclass(tp, Enum)):
            return ref
        if tp is Decimal:
            dec = self.bind(Decimal)
            number = self.bind(_number_decimal)
            return f"({dec}(__d) if type(__d := {ref}) is str else {number}(__d))"
        if tp is PartialDate:
            return f"({self.bind(_DATES)}.get({ref}) or {self.bind(_partial_date)}({ref}))"
        if tp is dt.date:
            return f"{self.bind(_iso_day)}({ref})"
        if tp is OffsetMap:
            return f"{self.bind(OffsetMap)}(tuple({ref}))"
        if get_origin(tp) is tuple and get_args(tp)[1:] == (Ellipsis,):
            item = get_args(tp)[0]
            element = self.value(item, "__e")
            if element == "__e":
                return ref  # msgspec made a tuple of checked values
            return f"tuple([{element} for __e in {ref}])"
        if attrs.has(tp):
            return f"{self.builder(tp)}({ref})"
        raise TypeError(f"no builder for {tp!r}")  # pragma: no cover - wire_type raised

    def builder(self, cl: type) -> str:
        name = self.built.get(cl)
        if name is not None:
            return name
        name = f"build_{cl.__name__}"
        self.built[cl] = name
        body = [f"def {name}(s):"]
        spaces = []
        for a in _fields(cl):
            schema = _constraint(a)
            optional = _optional_inner(a.type) is not None
            if schema.get("pattern") == _NON_SPACE:
                check = f"s.{a.name}.isspace()"
                spaces.append(f"(s.{a.name} is not None and {check})" if optional else check)
            elif schema.get("items", {}).get("pattern") == _NON_SPACE:
                spaces.append(f"(s.{a.name} and any(map({self.bind(str.isspace)}, s.{a.name})))")
        if spaces:
            body.append(f"    if {' or '.join(spaces)}:")
            body.append("        raise __Wire")
        if cl is Span:  # its __attrs_post_init__, inline (43 spans in a typical Document)
            body.append("    if s.end < s.start:")
            body.append("        raise __Wire")
        spans = [a.name for a in _fields(cl) if a.type is Span and cl is not Span]
        for field in spans:  # built in place: a call per span is a tenth of the building
            body.append(f"    sp = s.{field}")
            body.append("    if sp.end < sp.start:")
            body.append("        raise __Wire")
            body.append(f"    f_{field} = __new({self.bind(Span)})")
            body.append(f"    {self.bind(Span.__dict__['start'].__set__)}(f_{field}, sp.start)")
            body.append(f"    {self.bind(Span.__dict__['end'].__set__)}(f_{field}, sp.end)")
        body.append(f"    o = __new({self.bind(cl)})")
        for a in _fields(cl):
            setter = self.bind(cl.__dict__[a.name].__set__)
            value = f"f_{a.name}" if a.name in spans else self.value(a.type, f"s.{a.name}")
            body.append(f"    {setter}(o, {value})")
        post = cl.__dict__.get("__attrs_post_init__")
        if post is not None and cl is not Span:
            body.append(f"    {self.bind(post)}(o)")
        body.append("    return o")
        self.lines.extend(body)
        return name


def _number_decimal(value: int | float) -> Decimal:
    if type(value) is int:
        return Decimal(value)
    result = Decimal(repr(value))
    if not result.is_finite():  # pragma: no cover - JSON has no NaN or Infinity
        raise WireError
    return result


_DATES: Final[dict[str, PartialDate]] = {}
"""Dates read before (records are immutable, so equal dates can be one object): an
article's date and its commitments' dates repeat, and building one runs its checks."""


def _partial_date(value: str) -> PartialDate:
    if len(_DATES) >= 4096:
        _DATES.clear()
    date = _DATES[value] = PartialDate.fromisoformat(value)
    return date


_ISO_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def _iso_day(value: str) -> dt.date:
    if _ISO_DAY.match(value) is None:
        raise WireError
    return dt.date.fromisoformat(value)


_DECODERS: dict[type, Callable[[bytes | str], Any]] = {}


def wire_decoder(cl: type[Any]) -> Callable[[bytes | str], Any]:
    """A function decoding one JSON text of the complete wire form into a ``cl``.

    Raises (:class:`msgspec.ValidationError`, :class:`msgspec.DecodeError`,
    :class:`~policycorpus.ValidationError`, :class:`WireError`, ...) on anything
    else; the caller then runs the converter, which decides and explains.
    """
    found = _DECODERS.get(cl)
    if found is not None:
        return found
    builder = _Builder()
    decoder = msgspec.json.Decoder(builder.struct(cl))
    top = builder.builder(cl)
    namespace = builder.namespace
    namespace["__decode"] = decoder.decode
    source = "\n".join(
        [*builder.lines, "def decode(data):", f"    return {top}(__decode(data))", ""]
    )
    exec(compile(source, f"<policycorpus wire decoder {cl.__name__}>", "exec"), namespace)
    decode: Callable[[bytes | str], Any] = namespace["decode"]
    _DECODERS[cl] = decode
    return decode
