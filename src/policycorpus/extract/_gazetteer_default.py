"""The package's own gazetteer: ISO 3166 countries (from pycountry) and the actors of
this field (from :mod:`._gazetteer_data`), built once and shared.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, Final

import pycountry

from policycorpus.extract import _gazetteer_data as data
from policycorpus.extract._gazetteer import Gazetteer
from policycorpus.model import ActorKind


def _country_names(country: Any) -> tuple[str, list[str]]:
    code: str = country.alpha_2
    iso_names = [
        str(n)
        for n in (
            getattr(country, "name", None),
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        )
        if n
    ]
    canonical = data.COUNTRY_NAMES.get(code) or (
        getattr(country, "common_name", None) or country.name
    )
    aliases: list[str] = []
    for n in iso_names:
        if "," in n or "(" in n:
            # tables of parties write the inverted ISO form, bare or in parentheses:
            # "Korea, Democratic People's Republic of", "Congo (the Democratic Republic
            # of the)"; without them "Korea" alone would name the wrong state
            aliases.append(n)
            head, _, tail = n.partition(", ")
            if tail:
                aliases.append(f"{head} ({tail})")
                if tail.startswith("The "):
                    aliases.extend((f"{head}, t{tail[1:]}", f"{head} (t{tail[1:]})"))
            continue
        aliases.append(n)
        if n.lower().startswith("the "):
            aliases.append(n[4:])
    aliases.extend(data.COUNTRY_ALIASES.get(code, ()))
    # "Trinidad & Tobago", "Bosnia & Herzegovina"
    aliases.extend([a.replace(" and ", " & ") for a in (canonical, *aliases) if " and " in a])
    return canonical, [a for a in dict.fromkeys(aliases) if a != canonical]


def _un_variants(names: Iterable[str]) -> list[str]:
    """ "United Nations Office on ..." also written "UN Office on ...", and back."""
    out: list[str] = []
    for n in names:
        padded = f" {n} "
        if " United Nations " in padded:
            out.append(padded.replace(" United Nations ", " UN ").strip())
        elif " UN " in padded:
            out.append(padded.replace(" UN ", " United Nations ").strip())
    return [v for v in out if v not in names]


_NATIONAL_PREFIXES: Final = {"US": ("U.S. ", "US "), "GB": ("UK ",), "AU": ("Australian ",)}
"""How a national agency's name is prefixed with its country ("U.S. Department of ...")."""


def _national_variants(name: str, kind: str, code: str | None) -> list[str]:
    """An agency's name with its country's short name before it ("U.S. Department of
    Energy", "U.S. Agency for International Development" for "United States Agency
    for International Development")."""
    if kind != "agency" or code not in _NATIONAL_PREFIXES:
        return []
    for full in ("United States ", "United Kingdom "):
        if name.startswith(full):  # "United States Agency for ..." as "U.S. Agency for ..."
            name = name[len(full) :]
            break
    return [prefix + name for prefix in _NATIONAL_PREFIXES[code]]


def _republic_of(name: str, claimed: set[str]) -> list[str]:
    """ "Republic of Hungary", "Slovak Republic": a country's name in the style of
    member tables from years when ISO used another, when no other country has it
    ("Republic of China" is Taiwan's)."""
    if "Republic" in name or "," in name or name.lower().startswith("the "):
        return []
    form = f"Republic of {name}"
    return [] if form.lower() in claimed else [form]


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The package's gazetteer: ISO 3166 countries and the actors of this field.

    Shared and cached: call :meth:`Gazetteer.copy` before adding to it.
    """
    gaz = Gazetteer()
    names = [(country.alpha_2, *_country_names(country)) for country in pycountry.countries]
    claimed = {n.lower() for _, canonical, aliases in names for n in (canonical, *aliases)}
    claimed.update(a.lower() for forms in data.COUNTRY_ALIASES.values() for a in forms)
    for alpha_2, canonical, aliases in names:
        gaz.add(
            canonical,
            ActorKind.GOVERNMENT,
            country=alpha_2,
            aliases=[*aliases, *_republic_of(canonical, claimed)],
        )
    for alpha_2, (name, extra) in data.EXTRA_COUNTRIES.items():
        gaz.add(name, ActorKind.GOVERNMENT, country=alpha_2, aliases=extra)
    for parent, regions in data.SUBNATIONAL.items():
        for region in regions:
            gaz.add(region, ActorKind.GOVERNMENT, country=parent)
    for name, kind, code, forms in data.OTHER_ACTORS:
        forms = (*forms, *_un_variants((name, *forms)), *_national_variants(name, kind, code))
        plain = [a for a in forms if a not in data.CONTEXTUAL_ALIASES]
        ctx = [a for a in (name, *forms) if a in data.CONTEXTUAL_ALIASES]
        gaz.add(name, ActorKind(kind), country=code, aliases=plain, contextual=ctx)
    for phrase in data.BLOCKED_PHRASES:
        gaz.block(phrase)
    for demonym, code in data.DEMONYMS.items():
        gaz.add_demonym(demonym, code)
    return gaz
