"""The pledge lexicon: word classes of the party-list grammar, loaded once from data.

The classes live in ``policycorpus/data/pledge_lexicon.json`` (one list per class,
every form written out, lower case). Grammar entries refer to a class by name in
braces (``{sign_verb}``); :meth:`Lexicon.expand` turns such a template into a regular
expression over the normalised token string of :mod:`._lists`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Final

import attrs

__all__ = ["Lexicon", "lexicon"]

_PLACEHOLDER: Final = re.compile(r"\{([a-z_]+)\}")


def _alternative(form: str) -> str:
    """A lexicon form as a pattern over space-joined tokens ("co-sponsor" is three)."""
    parts = [re.escape(p) for p in re.split(r"\s*-\s*|\s+", form.strip())]
    return " ?- ?".join(p for p in parts if p) if "-" in form else " ".join(parts)


@attrs.frozen
class Lexicon:
    """Named word classes; each form appears once, in one class file."""

    classes: Mapping[str, frozenset[str]]
    _patterns: Mapping[str, str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        out: dict[str, str] = {}
        for name, forms in self.classes.items():
            alts = sorted((_alternative(f) for f in forms), key=len, reverse=True)
            out[name] = "(?:" + "|".join(alts) + ")"
        object.__setattr__(self, "_patterns", MappingProxyType(out))

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.classes[name]

    def expand(self, template: str) -> str:
        """``template`` with every ``{class}`` replaced by the alternation of its forms.

        >>> lexicon().expand("{negation}").startswith("(?:")
        True
        """

        def sub(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.classes:
                raise KeyError(f"pledge lexicon has no class {name!r} (in {template!r})")
            return self._patterns[name]

        return _PLACEHOLDER.sub(sub, template)


@functools.cache
def lexicon() -> Lexicon:
    """The pledge lexicon shipped with the package (read once per process)."""
    raw = resources.files("policycorpus").joinpath("data/pledge_lexicon.json").read_text("utf-8")
    data = json.loads(raw)
    classes = {
        name: frozenset(str(f).lower() for f in forms)
        for name, forms in data.items()
        if not name.startswith("_")
    }
    return Lexicon(MappingProxyType(classes))
