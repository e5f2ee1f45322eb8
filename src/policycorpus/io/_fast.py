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
from collections.abc import Callable
from enum import Enum
from itertools import count
from typing import Any, Final, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import ForbiddenExtraKeysError

__all__ = ["make_structure_fn", "make_unstructure_fn", "passthrough_fields"]

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


def _not_a_dict(cl: type, value: object) -> TypeError:
    return TypeError(f"expected an object for {cl.__name__}, got {type(value).__name__}")


def _wrong_shape(cl: type, value: object, allowed: frozenset[str]) -> Exception:
    if type(value) is not dict:
        return _not_a_dict(cl, value)
    extra = set(value) - allowed
    if extra:
        return ForbiddenExtraKeysError("", cl, extra)
    return KeyError(sorted(allowed - set(value))[0])


def make_structure_fn(
    cl: type, converter: cattrs.Converter, *, forbid_extra_keys: bool = True
) -> Callable[[Any, Any], Any]:
    """A fast dict -> ``cl`` function (errors are raw; see the module docstring)."""
    fields = _fields(cl)
    allowed = frozenset(a.name for a in fields)
    ns: dict[str, Any] = {
        "__cl": cl,
        "__allowed": allowed,
        "__not_a_dict": _not_a_dict,
        "__extra": ForbiddenExtraKeysError,
    }
    positional: list[str] = []
    keywords: list[str] = []
    factory_fields: list[attrs.Attribute[Any]] = []
    for a in fields:
        key = repr(a.name)
        trusted = _is_primitive(a.type) and a.validator is not None
        has_default = a.default is not attrs.NOTHING
        if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
            factory_fields.append(a)
            continue
        if has_default:
            ns[f"__d_{a.name}"] = a.default
        inner = _optional_inner(a.type)
        if trusted:
            expr = f"o.get({key}, __d_{a.name})" if has_default else f"o[{key}]"
        elif inner is not None and has_default and a.default is None:
            # Optional[X] defaulting to None: inline the None test, call X's hook
            ns[f"__h_{a.name}"] = converter.get_structure_hook(inner)
            ns[f"__t_{a.name}"] = inner
            expr = (
                f"(None if (__v_{a.name} := o.get({key})) is None "
                f"else __h_{a.name}(__v_{a.name}, __t_{a.name}))"
            )
        else:
            ns[f"__h_{a.name}"] = converter.get_structure_hook(a.type)
            ns[f"__t_{a.name}"] = a.type
            expr = f"__h_{a.name}(o[{key}], __t_{a.name})"
            if has_default:
                expr = f"({expr} if {key} in o else __d_{a.name})"
        if a.kw_only:
            keywords.append(f"{a.name}={expr}")
        else:
            positional.append(expr)
    name = f"structure_{cl.__name__}"
    lines = [
        f"def {name}(o, _=None):",
        "    if type(o) is not dict:",
        "        raise __not_a_dict(__cl, o)",
    ]
    if forbid_extra_keys and all(a.default is attrs.NOTHING for a in fields):
        # every field is required, so the right size means exactly the right keys
        # (a stranger would leave a required key missing: KeyError)
        lines[1] = f"    if type(o) is not dict or len(o) != {len(fields)}:"
        lines[2] = "        raise __wrong_shape(__cl, o, __allowed)"
        ns["__wrong_shape"] = _wrong_shape
    elif forbid_extra_keys:
        lines += [
            "    if not o.keys() <= __allowed:",
            "        raise __extra('', __cl, set(o.keys() - __allowed))",
        ]
    args = ", ".join(positional + keywords)
    if factory_fields:
        # a Factory default (the content-derived id) is passed only when present
        (a,) = factory_fields
        key = repr(a.name)
        if _is_primitive(a.type):
            value = f"o[{key}]"
        else:  # pragma: no cover - every factory field is an id string today
            ns[f"__h_{a.name}"] = converter.get_structure_hook(a.type)
            value = f"__h_{a.name}(o[{key}], None)"
        lines += [
            f"    if {key} in o:",
            f"        return __cl({args}{', ' if args else ''}{a.name}={value})",
        ]
    lines.append(f"    return __cl({args})")
    return _compile(name, lines, ns)


def _unstructure_expr(tp: Any, ref: str, ctx: _UnstructureContext, depth: int = 0) -> str:
    """A Python expression giving the JSON-ready form of ``ref`` (of type ``tp``)."""
    inner = _optional_inner(tp)
    if inner is not None:
        if inner in _PRIMITIVES:
            return ref
        return f"(None if {ref} is None else {_unstructure_expr(inner, ref, ctx, depth)})"
    if tp in _PRIMITIVES:
        return ref
    if isinstance(tp, type) and issubclass(tp, Enum):
        return f"{ref}.value"
    template = ctx.templates.get(tp)
    if template is not None:
        return template.format(ref)
    if get_origin(tp) is tuple and get_args(tp)[1:] == (Ellipsis,):
        item = get_args(tp)[0]
        if item in _PRIMITIVES:
            return f"list({ref})"
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
    namespace: dict[str, Any] = attrs.Factory(dict)


def make_unstructure_fn(
    cl: type,
    converter: cattrs.Converter,
    *,
    inline: frozenset[type] = frozenset(),
    templates: dict[Any, str] | None = None,
) -> Callable[[Any], dict[str, Any]]:
    """A fast ``cl`` -> JSON-ready dict function: every field, in attribute order.

    Records in ``inline`` are written out in place (no call per nested record);
    ``templates`` maps a type to an expression template for its value; other types
    call the converter's hook.
    """
    ctx = _UnstructureContext(converter, inline | {cl}, dict(templates or {}))
    name = f"unstructure_{cl.__name__}"
    body = _unstructure_expr(cl, "i", ctx)
    lines = [f"def {name}(i):", f"    return {body}"]
    return _compile(name, lines, ctx.namespace)
