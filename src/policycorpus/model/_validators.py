"""attrs validators that raise :class:`~policycorpus.errors.ValidationError` naming the field."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from policycorpus.errors import ValidationError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

_COUNTRY = re.compile(r"[A-Z]{2}\Z")


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


def text(*, optional: bool = False, empty: bool = False) -> Validator:
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

    return check


def names(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
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


def non_negative(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail(inst, attribute, f"expected int, got {type(value).__name__} {value!r}")
    if value < 0:
        raise fail(inst, attribute, f"must not be negative, got {value}")


def finite_decimal(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Decimal):
        raise fail(inst, attribute, f"expected Decimal, got {type(value).__name__} {value!r}")
    if not value.is_finite():
        raise fail(inst, attribute, f"must be a finite number, got {value}")


def country_code(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not _COUNTRY.match(value):
        raise fail(
            inst, attribute, f"expected an ISO 3166-1 alpha-2 code such as 'GB', got {value!r}"
        )
