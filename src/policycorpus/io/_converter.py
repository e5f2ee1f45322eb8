"""The one cattrs converter, and turning structuring failures into :class:`LoadError`.

Wire decisions (the JSON form of every record), stated once here:

* **Records** are JSON objects keyed by attribute name, every field written (``null``
  for ``None``), in attribute order. A :class:`~policycorpus.Document` carries
  ``"schema_version"``.
* **Dates**: :class:`~policycorpus.PartialDate` is ISO 8601 *with its precision*:
  ``"2023"``, ``"2023-10"`` or ``"2023-10-30"`` (:meth:`PartialDate.isoformat` /
  :meth:`PartialDate.fromisoformat`); no day or month is ever invented.
  :attr:`Article.retrieved` (a :class:`datetime.date`) is ``"YYYY-MM-DD"``; a
  :class:`datetime.datetime` given there is written as its date.
* **Enums** by value (``"government"``, ``"min"``).
* **Decimal** (:attr:`Statistic.value`) exact, as a JSON string of the decimal
  (``"20254"``, ``"1.2E+6"``, ``"-0.5"``): ``str(value)``, which ``Decimal()``
  reads back to the same digits and exponent. On loading, a JSON number is accepted
  too (an integer exactly; a float through its shortest repr, so ``12.5`` is
  ``Decimal("12.5")``); a boolean, ``NaN``/``Infinity`` or a string that is not a
  plain decimal number (``"1_000"``, ``" 5"``) is rejected.
* **Tuples** are JSON arrays.
* **OffsetMap** (:attr:`Article.offsets`) is an array of ``[text offset, raw offset]``
  pairs, not an object.
* **schema_version** is written on every Document and checked on loading: a newer
  version raises :class:`~policycorpus.SchemaVersionError`; an older one is passed
  through the migrations registered with :func:`register_migration`, one version step
  at a time, before structuring; a missing or non-integer version is an error.
  Version 2 added :attr:`Statistic.range_id` and bounds a range's ends "min"/"max", and
  added :attr:`Signatory.rule` and :attr:`Commitment.rule`;
  loading version 1 links and bounds the range pairs it can recognise (``_v1_to_v2``).

Strict loading: a value of the wrong JSON type is an error, never a coercion. ``"no"``
is not ``true``, ``12.5`` is not ``12``, ``5`` is not ``"5"``, (but ``12.0`` is the
integer 12: JSON, and so JSON Schema, does not tell the two apart), the string ``"Jane"``
is not a list of authors, ``1`` is not ``true``. Arrays must be JSON arrays (a Python
``list`` or ``tuple``), objects JSON objects (``dict``).

Unknown keys are **rejected** (``ForbiddenExtraKeysError`` -> :class:`LoadError`
naming the key): a misspelt field (``"publised"``) would otherwise be silently
dropped. The consequence for the data contract: adding a field is a schema change
too, so a release that adds one bumps ``SCHEMA_VERSION``; an older reader then
refuses the newer data with a clear :class:`~policycorpus.SchemaVersionError` instead
of an "unknown field" or a silent loss, and older data still loads in the newer
reader (a missing optional field takes its default, no migration needed). Pass
``forbid_extra_keys=False`` to :func:`make_converter` for a lenient converter that
ignores unknown keys.

Speed: the default converter (``detailed_validation=False``) structures a record
with one generated function per record class (:mod:`policycorpus.io._fast`) that
builds nested records in place and passes strings, integers and booleans straight
to the constructors, whose attrs validators check their types strictly. It handles
the form the library writes (every field present, no others); on anything else it
falls back to the detailed-validation converter built by :mod:`cattrs.gen`, which
is the reference: it accepts every valid input (missing optional fields take their
defaults) and explains every invalid one. So both converters accept exactly the same
data, and valid data pays nothing for the detailed error reporting.
:func:`structure_document` turns the detailed converter's exception tree into a
:class:`LoadError` with the field path (``statistics[2].span.end``).
Unstructuring is one generated function per record that writes nested records,
enum values and spans in place.

Reading JSON text (``read_jsonl``, ``loads``, ``load``) goes one step faster still:
:mod:`policycorpus.io._wire` checks the complete form with msgspec in C while parsing
and builds the records without re-running their validators; whatever it refuses comes
here, so the data accepted and the errors raised are this module's.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, Final, TypeVar, Union, get_args, get_origin

import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from policycorpus.errors import LoadError, SchemaVersionError, ValidationError
from policycorpus.io._fast import make_structure_fn, make_unstructure_fn
from policycorpus.model import (
    SCHEMA_VERSION,
    ActorKind,
    Article,
    Bound,
    ChangeKind,
    Commitment,
    DatePrecision,
    DateSource,
    Document,
    Modality,
    OffsetMap,
    Paragraph,
    ParagraphKind,
    PartialDate,
    Quote,
    Signatory,
    Span,
    Statistic,
    record_id,
)

__all__ = [
    "RECORD_TYPES",
    "Migration",
    "Record",
    "document_errors",
    "encodable_record",
    "json_type",
    "make_converter",
    "record_errors",
    "record_type",
    "register_migration",
    "structure_document",
    "structure_record",
    "unstructure_document",
    "unstructure_record",
]

T = TypeVar("T")
Record = Union[Article, Statistic, Signatory, Commitment, Quote, Document]  # noqa: UP007
"""Any record that serialises on its own (``to_json``, ``write_jsonl``, ...)."""
R = TypeVar("R", Article, Statistic, Signatory, Commitment, Quote, Document)
RECORD_TYPES: Final = (Document, Article, Statistic, Signatory, Commitment, Quote)
"""The record classes that serialise on their own; a Document is the default."""
_RECORD_NAMES: Final = ", ".join(cl.__name__ for cl in RECORD_TYPES)
Migration = Callable[[dict[str, Any]], dict[str, Any]]
"""Turns a Document dict of schema version N into one of version N + 1."""

_INLINE: Final = frozenset((Span, Paragraph, Article, Statistic, Signatory, Commitment, Quote))
"""Records written out inside their parent's generated unstructure function."""
_TEMPLATES: Final[dict[Any, str]] = {Decimal: "str({})", PartialDate: "{}.isoformat()"}
"""Types the generated unstructure functions write by an expression."""
_DECIMAL: Final = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")
_ISO_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")

_JSON_TYPES: Final[dict[type, str]] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
    list: "array",
    tuple: "array",
    dict: "object",
}


def json_type(value: object) -> str:
    """The JSON name of a value's type (``"string"``, ``"array"``, ...) for messages."""
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _wrong_type(expected: str, value: object) -> TypeError:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return TypeError(f"expected {expected}, got {json_type(value)} {shown}")


# -- migrations --------------------------------------------------------------------------

_MIGRATIONS: dict[int, Migration] = {}


def register_migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register a function upgrading a Document dict from ``from_version`` to the next.

    Used as a decorator::

        @register_migration(1)
        def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
            data["article"]["headline"] = data["article"].pop("title")
            return data

    The function receives a shallow copy of the loaded JSON object and returns the
    upgraded one; ``schema_version`` is set for it. Loading applies the steps in turn
    from the data's version up to the current one.
    """

    def register(func: Migration) -> Migration:
        _MIGRATIONS[from_version] = func
        return func

    return register


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Check ``schema_version`` and bring older data up to :data:`SCHEMA_VERSION`."""
    version = data.get("schema_version", _MISSING)
    if version is _MISSING:
        raise LoadError("required field missing", path="schema_version")
    if _integral(version) is None:
        raise LoadError(str(_wrong_type("integer", version)), path="schema_version")
    if type(version) is not int:  # 1.0: the same JSON number as 1
        version = int(version)
        data = {**data, "schema_version": version}
    if version == SCHEMA_VERSION:
        return data
    if version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"written with schema version {version}, newer than this policycorpus "
            f"reads ({SCHEMA_VERSION}); upgrade policycorpus",
            path="schema_version",
        )
    while version < SCHEMA_VERSION:
        step = _MIGRATIONS.get(version)
        if step is None:
            raise LoadError(
                f"no migration from schema version {version} to {version + 1} is registered",
                path="schema_version",
            )
        data = step(dict(data))
        version += 1
        data["schema_version"] = version
    return data


_MISSING: Final = object()

_V1_RANGE_GAP: Final = re.compile(r"\s*[-‐‑–]\s*|\s+to\s+|\s+and\s+", re.IGNORECASE)


@register_migration(1)
def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 links the two ends of a stated range (``range_id``) and bounds them,
    and gives signatories and commitments the ``rule`` that made them (null here).

    Version 1 wrote a range ("61-64%", "between 30,000 and 45,000") as two neighbouring
    statistics without a bound. A neighbouring pair is read as a range when both are
    unbounded, share a unit, the lower value comes first, and the article text between
    them is a dash, "to" between counts (version 1 read "from 39% to 55%" and "5% to
    10%" as changes) or "and" after "between"; the pair then gets bounds "min"/"max" and a shared
    ``range_id``. Every other statistic gets ``range_id`` null. Records whose id was
    computed with the old bound keep that id (ids are not recomputed on loading).
    """
    for key in ("signatories", "commitments"):
        records = data.get(key)
        if isinstance(records, list):
            data[key] = [
                {**r, "rule": r.get("rule")} if isinstance(r, dict) else r for r in records
            ]
    stats = data.get("statistics")
    article = data.get("article")
    text = article.get("text") if isinstance(article, dict) else None
    if not isinstance(stats, list):
        return data
    stats = [dict(s) if isinstance(s, dict) else s for s in stats]
    for s in stats:
        if isinstance(s, dict):
            s.setdefault("range_id", None)
    if isinstance(text, str):
        for a, b in itertools.pairwise(stats):
            if _v1_range(text, a, b):
                a["bound"], b["bound"] = "min", "max"
                a["range_id"] = b["range_id"] = record_id(
                    "rng", a["span"]["start"], b["span"]["end"]
                )
    data["statistics"] = stats
    return data


def _v1_range(text: str, a: Any, b: Any) -> bool:
    """Whether two neighbouring version-1 statistic dicts are the ends of one range."""
    try:
        a_end, b_start = a["span"]["end"], b["span"]["start"]
        a_start = a["span"]["start"]
        lower_first = Decimal(str(a["value"])) < Decimal(str(b["value"]))
    except (KeyError, TypeError, InvalidOperation):
        return False
    if not (
        isinstance(a_end, int)
        and isinstance(b_start, int)
        and isinstance(a_start, int)
        and 0 <= a_start <= a_end <= b_start <= len(text)
        and a.get("bound") is None
        and b.get("bound") is None
        and a.get("unit") == b.get("unit")
        and lower_first
    ):
        return False
    gap = text[a_end:b_start]
    if not _V1_RANGE_GAP.fullmatch(gap):
        return False
    before = text[max(0, a_start - 40) : a_start]
    word = gap.strip().lower()
    if word == "and":
        return before.lower().endswith("between ")
    if word == "to":
        # version 1 made "to" a range only between bare counts, never after "from"
        unit = a.get("unit")
        if unit == "percent" or (isinstance(unit, str) and unit.isupper() and len(unit) == 3):
            return False
        return not before.lower().endswith(("from ", "between "))
    return not before.lower().endswith("between ")


# -- hooks -------------------------------------------------------------------------------


def _strict(tp: type, name: str) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _: Any) -> Any:
        if type(value) is tp:
            return value
        raise _wrong_type(name, value)

    return structure


def _integral(value: Any) -> int | None:
    """``value`` as an int when it is a JSON integer (``12`` or ``12.0``), else None."""
    kind = type(value)
    if kind is int:
        return int(value)
    if kind is float and value.is_integer():
        return int(value)
    return None


def _structure_int(value: Any, _: Any) -> int:
    number = _integral(value)
    if number is None:
        raise _wrong_type("integer", value)
    return number


def _structure_float(value: Any, _: Any) -> float:
    if type(value) is float or type(value) is int:
        return float(value)
    raise _wrong_type("number", value)


def _structure_decimal(value: Any, _: Any) -> Decimal:
    kind = type(value)
    if kind is str:
        if _DECIMAL.match(value) is None:
            raise ValueError(f"expected a decimal number as a string, got {value!r}")
        try:
            return Decimal(value)
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            raise ValueError(f"expected a decimal number, got {value!r}") from None
    if kind is int:
        return Decimal(value)
    if kind is float:
        result = Decimal(repr(value))
        if not result.is_finite():
            raise ValueError(f"expected a finite number, got {value!r}")
        return result
    raise _wrong_type("a decimal number (string or number)", value)


def _structure_partial_date(value: Any, _: Any) -> PartialDate:
    if type(value) is not str:
        raise _wrong_type("string (YYYY, YYYY-MM or YYYY-MM-DD)", value)
    return PartialDate.fromisoformat(value)


def _unstructure_partial_date(value: PartialDate) -> str:
    return value.isoformat()


def _structure_date(value: Any, _: Any) -> dt.date:
    if type(value) is not str:
        raise _wrong_type("string (YYYY-MM-DD)", value)
    if _ISO_DAY.match(value) is None:
        raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"invalid date {value!r}: {exc}") from None


def _unstructure_date(value: dt.date) -> str:
    return dt.date(value.year, value.month, value.day).isoformat()


def _structure_offsets(value: Any, _: Any) -> OffsetMap:
    if type(value) is not list and type(value) is not tuple:
        raise _wrong_type("array of [text offset, raw offset] pairs", value)
    pairs: list[tuple[int, int]] = []
    for i, pair in enumerate(value):
        if (type(pair) is not list and type(pair) is not tuple) or len(pair) != 2:
            raise ValidationError(
                f"OffsetMap.anchors[{i}]", str(_wrong_type("a [text, raw] pair", pair))
            )
        first, second = _integral(pair[0]), _integral(pair[1])
        pairs.append((pair[0] if first is None else first, pair[1] if second is None else second))
    return OffsetMap(tuple(pairs))


def _unstructure_offsets(value: OffsetMap) -> list[list[int]]:
    return [[t, r] for t, r in value.anchors]


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Enum)


def _enum_hook(tp: type[Enum]) -> Callable[[Any, Any], Enum]:
    members: dict[Any, Enum] = dict(tp._value2member_map_)
    allowed = ", ".join(repr(m.value) for m in tp)

    def structure(value: Any, _: Any) -> Enum:
        if type(value) is tp:  # already a member (a Python-made dict)
            return value
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
            raise ValueError(f"expected one of {allowed}, got {value!r}")
        raise _wrong_type(f"string, one of {allowed}", value)

    return structure


def _enum_value(value: Enum) -> Any:
    return value.value


def _is_optional(tp: Any) -> bool:
    if get_origin(tp) not in (Union, _UnionType):
        return False
    args = get_args(tp)
    return len(args) == 2 and type(None) in args


try:  # Python 3.10+: ``X | None`` builds a types.UnionType
    from types import UnionType as _UnionType
except ImportError:  # pragma: no cover
    _UnionType = Union  # type: ignore[assignment,misc]


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = get_args(tp)
    return get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


class _Factories:
    """Hook factories bound to one converter (optional values, tuples)."""

    def __init__(self, converter: cattrs.Converter, detailed: bool) -> None:
        self.converter = converter
        self.detailed = detailed

    def optional(self, tp: Any) -> Callable[[Any, Any], Any]:
        inner = next(a for a in get_args(tp) if a is not type(None))
        hook = self.converter.get_structure_hook(inner)

        def structure(value: Any, _: Any) -> Any:
            if value is None:
                return None
            return hook(value, inner)

        return structure

    def tuple_of(self, tp: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
        item = get_args(tp)[0]
        hook = self.converter.get_structure_hook(item)
        if self.detailed:

            def detailed(value: Any, _: Any) -> tuple[Any, ...]:
                if type(value) is not list and type(value) is not tuple:
                    raise _wrong_type("array", value)
                out: list[Any] = []
                errors: list[Exception] = []
                for i, element in enumerate(value):
                    try:
                        out.append(hook(element, item))
                    except Exception as exc:
                        note = IterableValidationNote(f"Structuring {tp} @ index {i}", i, item)
                        # Python 3.10 has no add_note(); cattrs reads __notes__ either way
                        exc.__notes__ = [*getattr(exc, "__notes__", ()), note]  # type: ignore[attr-defined]
                        errors.append(exc)
                if errors:
                    raise IterableValidationError(f"While structuring {tp}", errors, tp)
                return tuple(out)

            return detailed

        def fast(value: Any, _: Any) -> tuple[Any, ...]:
            if type(value) is not list and type(value) is not tuple:
                raise _wrong_type("array", value)
            return tuple([hook(element, item) for element in value])

        return fast

    def tuple_unstructure(self, tp: Any) -> Callable[[tuple[Any, ...]], list[Any]]:
        item = get_args(tp)[0]
        if item is str or item is int:
            return list
        hook = self.converter.get_unstructure_hook(item)
        return lambda value: [hook(element) for element in value]


def _document_hook(generated: Callable[[Any, Any], Document]) -> Callable[[Any, Any], Document]:
    def structure(value: Any, tp: Any) -> Document:
        if type(value) is not dict:
            raise _wrong_type("object", value)
        return generated(_migrate(value), tp)

    return structure


@functools.cache
def make_converter(
    *, detailed_validation: bool = False, forbid_extra_keys: bool = True
) -> cattrs.Converter:
    """The configured cattrs converter for policycorpus records (cached).

    See this module's docstring for the wire decisions. ``converter.unstructure(doc)``
    gives plain JSON-ready dicts and lists; ``converter.structure(data, Document)``
    checks ``schema_version``, rejects wrong JSON types and unknown keys, and lets the
    records' validators check the values. Prefer :func:`structure_document` (or the
    ``io`` load functions), which turn failures into a :class:`LoadError` with the
    field path.

    ``detailed_validation=True`` gives cattrs' exception groups with the path of every
    error, at some cost in speed; ``forbid_extra_keys=False`` ignores unknown keys.
    """
    converter = cattrs.Converter(
        detailed_validation=detailed_validation, forbid_extra_keys=forbid_extra_keys
    )
    factories = _Factories(converter, detailed_validation)
    converter.register_structure_hook(str, _strict(str, "string"))
    converter.register_structure_hook(bool, _strict(bool, "boolean"))
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    # each enum explicitly: the str hook above would otherwise catch str-valued enums
    for enum in (ActorKind, Bound, ChangeKind, DatePrecision, DateSource, Modality, ParagraphKind):
        converter.register_structure_hook(enum, _enum_hook(enum))
        converter.register_unstructure_hook(enum, _enum_value)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(PartialDate, _structure_partial_date)
    converter.register_unstructure_hook(PartialDate, _unstructure_partial_date)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, _unstructure_date)
    converter.register_structure_hook(OffsetMap, _structure_offsets)
    converter.register_unstructure_hook(OffsetMap, _unstructure_offsets)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    converter.register_unstructure_hook_func(_is_enum, _enum_value)
    converter.register_structure_hook_factory(_is_optional, factories.optional)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, factories.tuple_of)
    converter.register_unstructure_hook_factory(_is_homogeneous_tuple, factories.tuple_unstructure)
    templates = _TEMPLATES

    def fallback(data: Any, cl: Any) -> Any:
        """The reference path: the detailed converter decides what the fast path did not."""
        return make_converter(
            detailed_validation=True, forbid_extra_keys=forbid_extra_keys
        ).structure(data, cl)

    for record in (Span, Paragraph, Article, Statistic, Signatory, Commitment, Quote, Document):
        structure: Callable[[Any, Any], Any]
        if detailed_validation:
            structure = make_dict_structure_fn(record, converter)
        else:
            structure = make_structure_fn(record, converter, fallback, inline=_INLINE)
        if record is Document:
            structure = _document_hook(structure)
        converter.register_structure_hook(record, structure)
        unstructure = make_unstructure_fn(record, converter, inline=_INLINE, templates=templates)
        converter.register_unstructure_hook(record, unstructure)
    return converter


# -- loading with errors that say where --------------------------------------------------


def unstructure_document(doc: Document) -> dict[str, Any]:
    """The JSON-ready dict of a Document (the data contract)."""
    result: dict[str, Any] = make_converter().unstructure(doc, Document)
    return result


def record_type(cl: Any, *, caller: str) -> type[Record]:
    """``cl`` if it is one of :data:`RECORD_TYPES`, else a :class:`TypeError` saying which are."""
    if cl in RECORD_TYPES:
        return cl  # type: ignore[no-any-return]
    shown = cl.__name__ if isinstance(cl, type) else repr(cl)
    raise TypeError(f"{caller} accepts a record class ({_RECORD_NAMES}), got {shown}")


def unstructure_record(record: Record, *, caller: str = "to_json()") -> dict[str, Any]:
    """The JSON-ready dict of any record (see :data:`RECORD_TYPES`).

    Raises :class:`TypeError`, naming the accepted types, for anything else.
    """
    cl = type(record)
    if cl not in RECORD_TYPES:
        raise TypeError(
            f"{caller} accepts a policycorpus record ({_RECORD_NAMES}), "
            f"got {cl.__module__}.{cl.__qualname__}"
        )
    result: dict[str, Any] = make_converter().unstructure(record, cl)
    return result


_ENCODABLE: dict[type, Callable[[Any], dict[str, Any]]] = {}


def encodable_record(record: Record, *, caller: str = "to_json()") -> dict[str, Any]:
    """What orjson writes as the JSON of ``record``: :func:`unstructure_record`'s dict,
    but with enum members and tuples of strings left for orjson to write in C (the
    same bytes). For the writers; users get plain data from :func:`unstructure_record`.
    """
    cl = type(record)
    encode = _ENCODABLE.get(cl)
    if encode is None:
        if cl not in RECORD_TYPES:
            unstructure_record(record, caller=caller)  # raises the TypeError naming them
        encode = make_unstructure_fn(
            cl,
            make_converter(),
            inline=_INLINE,
            templates=_TEMPLATES,
            native=True,
        )
        _ENCODABLE[cl] = encode
    return encode(record)


def structure_record(
    data: Any, cl: type[R], *, source: str | None = None, line: int | None = None
) -> R:
    """Build a validated record of class ``cl`` from parsed JSON, or raise :class:`LoadError`.

    The error names ``source``, ``line`` and the field path of the first problem, as
    :func:`structure_document` does for Documents; :func:`record_errors` lists all.
    """
    if cl is Document:
        return structure_document(data, source=source, line=line)
    record_type(cl, caller="loading")
    try:
        result: R = make_converter().structure(data, cl)
    except Exception as exc:
        errors = record_errors(data, cl, source=source, line=line)
        if errors:
            raise errors[0] from exc
        raise LoadError(str(exc), source=source, line=line) from exc  # pragma: no cover
    return result


def record_errors(
    data: Any, cl: type[Record], *, source: str | None = None, line: int | None = None
) -> list[LoadError]:
    """Every problem that stops ``data`` from loading as a ``cl`` (empty if none)."""
    if cl is Document:
        return document_errors(data, source=source, line=line)
    record_type(cl, caller="loading")
    if type(data) is not dict:
        return [LoadError(str(_wrong_type("object", data)), source=source, line=line)]
    try:
        make_converter(detailed_validation=True).structure(data, cl)
    except Exception as exc:
        return [
            LoadError(reason, source=source, line=line, path=path or None)
            for path, reason in _leaves(exc, "")
        ]
    return []


def structure_document(
    data: Any, *, source: str | None = None, line: int | None = None
) -> Document:
    """Build a validated Document from parsed JSON, or raise :class:`LoadError`.

    The error names ``source`` (a file name), ``line`` (JSON Lines) and the field
    path of the first problem (``statistics[2].span.end``);
    :func:`document_errors` lists all of them.
    """
    try:
        return make_converter().structure(data, Document)
    except Exception as exc:
        errors = document_errors(data, source=source, line=line)
        if errors:
            raise errors[0] from exc
        raise LoadError(str(exc), source=source, line=line) from exc  # pragma: no cover


def document_errors(
    data: Any, *, source: str | None = None, line: int | None = None
) -> list[LoadError]:
    """Every problem that stops ``data`` from loading as a Document (empty if none).

    Fields are checked one by one (each error names its field path); the checks that
    span several fields, such as a span slicing to its text, run once the fields are
    individually valid.
    """
    if type(data) is not dict:
        return [LoadError(str(_wrong_type("object", data)), source=source, line=line)]
    try:
        make_converter(detailed_validation=True).structure(data, Document)
    except LoadError as exc:  # schema_version problems, raised before structuring
        return [type(exc)(exc.reason, source=source, line=line, path=exc.path)]
    except Exception as exc:
        return [
            LoadError(reason, source=source, line=line, path=path or None)
            for path, reason in _leaves(exc, "")
        ]
    return []


def _join(prefix: str, part: str) -> str:
    if part.startswith("["):
        return prefix + part
    return f"{prefix}.{part}" if prefix else part


def _note_path(prefix: str, exc: BaseException) -> tuple[str, bool]:
    """Extend ``prefix`` with the attribute/index notes cattrs put on ``exc``."""
    noted = False
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            prefix = _join(prefix, note.name)
            noted = True
        elif isinstance(note, IterableValidationNote):
            prefix = _join(prefix, f"[{note.index}]")
            noted = True
    return prefix, noted


def _leaves(exc: BaseException, prefix: str) -> Iterator[tuple[str, str]]:
    """``(field path, reason)`` for every leaf error in a cattrs exception tree."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        for sub in exc.exceptions:
            path, noted = _note_path(prefix, sub)
            yield from _leaves_of(sub, path, noted)
        return
    yield from _leaves_of(exc, prefix, False)


def _leaves_of(exc: BaseException, path: str, from_field: bool) -> Iterator[tuple[str, str]]:
    if isinstance(exc, ClassValidationError | IterableValidationError):
        yield from _leaves(exc, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield _join(path, key), "unknown field"
    elif isinstance(exc, KeyError):
        yield path, "required field missing"
    elif isinstance(exc, ValidationError):
        if from_field:
            # raised by a field's hook (a malformed date, an offset pair): the path is
            # the field's, plus any index the error names ("OffsetMap.anchors[1]")
            index = exc.path.find("[")
            yield (path + exc.path[index:] if index >= 0 else path), exc.reason
        else:
            # raised by a record's validators: "Statistic.unit" -> "<prefix>.unit"
            _, _, rest = exc.path.partition(".")
            yield (_join(path, rest) if rest else path), exc.reason
    else:
        yield path, str(exc)
