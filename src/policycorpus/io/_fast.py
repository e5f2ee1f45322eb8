"""Generated structure/unstructure functions for the converter's fast path.

:mod:`cattrs.gen` calls one hook per field. For fields whose record validator already
checks the type strictly (``str``, ``int``, ``bool`` and their optionals, each with an
attrs validator that rejects other types), the JSON value can go straight to the
constructor: the validator rejects a wrong type, and the caller then re-runs the
detailed cattrs converter to say which field and why. Only fields that need a
conversion (enums, dates, decimals, tuples, nested records) call a hook. Unstructuring
inlines attribute reads, enum values and small all-primitive records (``Span``).

The generated code is plain Python built from the attrs field list, like cattrs' own
generator; :func:`passthrough_fields` lists the fields it trusts the validators for
(tests check each of those validators rejects a wrong type).
"""

from __future__ import annotations

import linecache
from collections.abc import Callable, Iterator
from enum import Enum
from itertools import count
from typing import Any, Final, Union, get_args, get_origin

import attrs
import cattrs

__all__ = ["Fallback", "make_structure_fn", "make_unstructure_fn", "passthrough_fields"]

_PRIMITIVES: Final = (str, int, bool)
_NONE: Final = type(None)
_counter = count()

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


def _is_primitive(tp: Any) -> bool:
    inner = _optional_inner(tp)
    return (inner if inner is not None else tp) in _PRIMITIVES


def _fields(cl: type) -> tuple[attrs.Attribute[Any], ...]:
    attrs.resolve_types(cl)
    return tuple(a for a in attrs.fields(cl) if a.init)


def passthrough_fields(cl: type) -> tuple[str, ...]:
    """Fields of ``cl`` whose raw JSON value goes to the constructor unconverted."""
    return tuple(a.name for a in _fields(cl) if _is_primitive(a.type) and a.validator is not None)


def _compile(name: str, lines: list[str], namespace: dict[str, Any]) -> Callable[..., Any]:
    source = "\n".join(lines) + "\n"
    filename = f"<policycorpus generated {name} {next(_counter)}>"
    code = compile(source, filename, "exec")
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(code, namespace)  # our own generated code, as cattrs.gen does
    func: Callable[..., Any] = namespace[name]
    return func


class Fallback(Exception):
    """The fast path met something it does not handle; the detailed path decides."""


def _fallback(*_: object) -> Any:
    raise Fallback


@attrs.define
class _StructureContext:
    converter: cattrs.Converter
    inline: frozenset[type]
    namespace: dict[str, Any] = attrs.Factory(lambda: {"__bad": _fallback})
    names: Iterator[int] = attrs.Factory(count)

    def var(self) -> str:
        return f"v{next(self.names)}"

    def bind(self, value: Any) -> str:
        name = f"__g{next(self.names)}"
        self.namespace[name] = value
        return name


def _structure_expr(tp: Any, ref: str, ctx: _StructureContext, trusted: bool) -> str:
    """An expression building a ``tp`` from the JSON value ``ref``, or raising.

    ``trusted``: a primitive may pass unchecked (the field's validator checks it).
    """
    inner = _optional_inner(tp)
    if inner is not None:
        if inner in _PRIMITIVES and trusted:
            return ref
        v = ctx.var()
        return f"(None if ({v} := {ref}) is None else {_structure_expr(inner, v, ctx, trusted)})"
    if tp in _PRIMITIVES:
        if trusted:
            return ref
        v = ctx.var()
        return f"({v} if type({v} := {ref}) is {ctx.bind(tp)} else __bad())"
    if isinstance(tp, type) and issubclass(tp, Enum):
        # by value; a non-string or unknown value raises (KeyError, TypeError)
        return f"{ctx.bind(dict(tp._value2member_map_))}[{ref}]"
    if get_origin(tp) is tuple and get_args(tp)[1:] == (Ellipsis,):
        item = get_args(tp)[0]
        v = ctx.var()
        if item in _PRIMITIVES and trusted:
            return f"(tuple({v}) if type({v} := {ref}) is list else __bad())"
        x = ctx.var()
        element = _structure_expr(item, x, ctx, trusted)
        return f"(tuple([{element} for {x} in {v}]) if type({v} := {ref}) is list else __bad())"
    if tp in ctx.inline:
        v = ctx.var()
        fields = _fields(tp)
        args = []
        for a in fields:
            value = _structure_expr(a.type, f"{v}[{a.name!r}]", ctx, a.validator is not None)
            args.append(f"{a.name}={value}" if a.kw_only else value)
        call = f"{ctx.bind(tp)}({', '.join(args)})"
        # every field present (we write them all) and no others: the size says so
        return f"({call} if type({v} := {ref}) is dict and len({v}) == {len(fields)} else __bad())"
    hook = ctx.converter.get_structure_hook(tp)
    return f"{ctx.bind(hook)}({ref}, {ctx.bind(tp)})"


def make_structure_fn(
    cl: type,
    converter: cattrs.Converter,
    fallback: Callable[[Any, Any], Any],
    *,
    inline: frozenset[type] = frozenset(),
) -> Callable[[Any, Any], Any]:
    """A fast dict -> ``cl`` function, falling back to ``fallback(data, cl)``.

    The fast path handles the form the library writes: every field present, no
    others, JSON types as written; nested records in ``inline`` are built in place.
    Anything else (a missing optional field, an unknown key, a wrong type, a value a
    validator rejects) raises inside it, and ``fallback`` -- the detailed converter,
    which accepts every valid input and explains every invalid one -- decides. So the
    function accepts exactly what ``fallback`` accepts.
    """
    ctx = _StructureContext(converter, inline | {cl})
    ctx.namespace["__fallback"] = fallback
    ctx.namespace["__cl"] = cl
    body = _structure_expr(cl, "o", ctx, True)
    name = f"structure_{cl.__name__}"
    lines = [
        f"def {name}(o, _=None):",
        "    try:",
        f"        return {body}",
        "    except Exception:",
        "        return __fallback(o, __cl)",
    ]
    return _compile(name, lines, ctx.namespace)


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Enum)


def _unstructure_expr(tp: Any, ref: str, ctx: _UnstructureContext, depth: int = 0) -> str:
    """A Python expression giving the JSON-ready form of ``ref`` (of type ``tp``)."""
    inner = _optional_inner(tp)
    if inner is not None:
        if inner in _PRIMITIVES or (ctx.native and _is_enum(inner)):
            return ref
        return f"(None if {ref} is None else {_unstructure_expr(inner, ref, ctx, depth)})"
    if tp in _PRIMITIVES:
        return ref
    if _is_enum(tp):
        return ref if ctx.native else f"{ref}.value"
    template = ctx.templates.get(tp)
    if template is not None:
        return template.format(ref)
    if get_origin(tp) is tuple and get_args(tp)[1:] == (Ellipsis,):
        item = get_args(tp)[0]
        if item in _PRIMITIVES:
            return ref if ctx.native else f"list({ref})"
        var = f"x{depth}"
        return f"[{_unstructure_expr(item, var, ctx, depth + 1)} for {var} in {ref}]"
    if tp in ctx.inline:
        items = ", ".join(
            f"{a.name!r}: {_unstructure_expr(a.type, f'{ref}.{a.name}', ctx, depth)}"
            for a in _fields(tp)
        )
        return "{" + items + "}"
    slot = f"__u{len(ctx.namespace)}"
    ctx.namespace[slot] = ctx.converter.get_unstructure_hook(tp)
    return f"{slot}({ref})"


@attrs.define
class _UnstructureContext:
    converter: cattrs.Converter
    inline: frozenset[type]
    """Record classes written out as dict displays inside the generated function."""
    templates: dict[Any, str]
    """Types unstructured by an expression template (``"str({})"`` for Decimal)."""
    native: bool = False
    """Leave enum members and tuples of primitives as they are, for orjson to write
    (by value, as arrays) in C: the same JSON, not plain JSON-ready data."""
    namespace: dict[str, Any] = attrs.Factory(dict)


def make_unstructure_fn(
    cl: type,
    converter: cattrs.Converter,
    *,
    inline: frozenset[type] = frozenset(),
    templates: dict[Any, str] | None = None,
    native: bool = False,
) -> Callable[[Any], dict[str, Any]]:
    """A fast ``cl`` -> JSON-ready dict function: every field, in attribute order.

    Records in ``inline`` are written out in place (no call per nested record);
    ``templates`` maps a type to an expression template for its value; other types
    call the converter's hook. ``native``: see :attr:`_UnstructureContext.native`.
    """
    ctx = _UnstructureContext(converter, inline | {cl}, dict(templates or {}), native)
    name = f"unstructure_{cl.__name__}"
    body = _unstructure_expr(cl, "i", ctx)
    lines = [f"def {name}(i):", f"    return {body}"]
    return _compile(name, lines, ctx.namespace)
