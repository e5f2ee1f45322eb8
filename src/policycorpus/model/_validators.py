"""attrs validators that raise :class:`~policycorpus.errors.ValidationError` naming the field.

Each value constraint is stated once, here, as a :class:`Constraint`: the check the
records run when built (and so when loaded), and the JSON Schema keywords that say the
same thing, which :mod:`policycorpus.io.jsonschema` and the Data Package descriptor
read. The schema and the loader cannot disagree about a field's values because both
come from the same object.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any, Final

import attrs
import pycountry

from policycorpus.errors import ValidationError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

USER_ASSIGNED_COUNTRIES: Final = frozenset({"XK"})
"""User-assigned ISO 3166 codes accepted besides the standard ones: ``XK`` for Kosovo,
as the European Commission, the IMF and SWIFT use it."""


@functools.cache
def country_codes() -> frozenset[str]:
    """Every code :attr:`Signatory.country` accepts: ISO 3166-1 alpha-2 (from pycountry).

    Read on first use (pycountry loads its database then), not at import.
    """
    return frozenset(c.alpha_2 for c in pycountry.countries) | USER_ASSIGNED_COUNTRIES


_NON_SPACE: Final = r"\S"
"""The pattern of a string with something other than whitespace in it."""


@attrs.frozen
class Constraint:
    """A field validator that also states its constraint as JSON Schema keywords.

    ``schema`` applies to the field's non-null value (an optional field's ``None``
    passes the check and is allowed by the schema's ``null`` branch).
    """

    check: Validator
    """Raises :class:`ValidationError` (naming the field) for a bad value."""
    schema: dict[str, Any] | Callable[[], dict[str, Any]] = attrs.field(factory=dict)
    """JSON Schema keywords saying the same thing ({} when the type says it all), or a
    function giving them (for keywords built from data loaded on first use)."""

    def __call__(self, inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        self.check(inst, attribute, value)


def schema_of(validator: object) -> dict[str, Any]:
    """The JSON Schema keywords a field's validator states ({} for a plain check)."""
    if isinstance(validator, Constraint):
        schema = validator.schema
        return dict(schema() if callable(schema) else schema)
    return {}


def field_path(inst: object, attribute: attrs.Attribute[Any]) -> str:
    """``"Statistic.unit"`` for the field being validated."""
    return f"{type(inst).__name__}.{attribute.name}"


def fail(inst: object, attribute: attrs.Attribute[Any], reason: str) -> ValidationError:
    return ValidationError(field_path(inst, attribute), reason)


def _type_name(tp: type | tuple[type, ...]) -> str:
    if isinstance(tp, tuple):
        return " or ".join(t.__name__ for t in tp)
    return tp.__name__


def instance_of(tp: type | tuple[type, ...], *, optional: bool = False) -> Validator:
    """The value has type ``tp`` (``bool`` is never accepted for ``int``)."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        ok = isinstance(value, tp) and not (isinstance(value, bool) and bool not in _as_tuple(tp))
        if not ok:
            expected = _type_name(tp) + (" or None" if optional else "")
            raise fail(
                inst, attribute, f"expected {expected}, got {type(value).__name__} {value!r}"
            )

    return check


def _as_tuple(tp: type | tuple[type, ...]) -> tuple[type, ...]:
    return tp if isinstance(tp, tuple) else (tp,)


def enum_member(tp: type[Enum], *, optional: bool = False) -> Validator:
    """The value is a member of ``tp`` (not a bare string)."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, tp):
            allowed = ", ".join(repr(m.value) for m in tp)
            raise fail(inst, attribute, f"expected {tp.__name__} ({allowed}), got {value!r}")

    return check


def text(*, optional: bool = False, empty: bool = False) -> Constraint:
    """A string; unless ``empty``, one with something other than whitespace in it."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str):
            expected = "str or None" if optional else "str"
            raise fail(
                inst, attribute, f"expected {expected}, got {type(value).__name__} {value!r}"
            )
        if not empty and not value.strip():
            raise fail(inst, attribute, "must not be empty")

    return Constraint(check, {} if empty else {"pattern": _NON_SPACE})


def _names(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A tuple of non-empty strings."""
    if not isinstance(value, tuple):
        raise fail(inst, attribute, f"expected a tuple of str, got {type(value).__name__}")
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise ValidationError(
                f"{field_path(inst, attribute)}[{i}]", f"expected a non-empty str, got {item!r}"
            )


def tuple_of(tp: type) -> Validator:
    """A tuple whose every item has type ``tp``."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise fail(
                inst, attribute, f"expected a tuple of {tp.__name__}, got {type(value).__name__}"
            )
        for i, item in enumerate(value):
            if not isinstance(item, tp):
                raise ValidationError(
                    f"{field_path(inst, attribute)}[{i}]",
                    f"expected {tp.__name__}, got {type(item).__name__}",
                )

    return check


names: Final = Constraint(_names, {"items": {"pattern": _NON_SPACE}})
"""A tuple of strings, each with something other than whitespace in it."""


def _non_negative(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail(inst, attribute, f"expected int, got {type(value).__name__} {value!r}")
    if value < 0:
        raise fail(inst, attribute, f"must not be negative, got {value}")


non_negative: Final = Constraint(_non_negative, {"minimum": 0})
"""An int (not a bool), zero or more."""


def finite_decimal(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Decimal):
        raise fail(inst, attribute, f"expected Decimal, got {type(value).__name__} {value!r}")
    if not value.is_finite():
        raise fail(inst, attribute, f"must be a finite number, got {value}")


def _country_code(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or value not in country_codes():
        raise fail(
            inst, attribute, f"expected an ISO 3166-1 alpha-2 code such as 'GB', got {value!r}"
        )


country_code: Final = Constraint(_country_code, lambda: {"enum": sorted(country_codes())})
"""``None`` or one of :func:`country_codes` (upper case, as ISO 3166 writes them)."""
