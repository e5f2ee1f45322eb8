"""Recognisers for metadata lines: date lines, bylines, sign-offs, role lines.

Each works on one short, whitespace-folded line and returns a plain result (or
``None``); :mod:`policycorpus.parse._plain` decides where in the page to look.

Grammar (informal; words from the vocabulary in ``data/parse_vocab.json``)::

    date_line  := BULLET? LABEL* DATE (SEP? (LABEL | NAME_LIST | DATE | TIME))*
                                     (a later DATE labelled "published" wins over an
                                      unlabelled first one: "Ordered to be printed X and
                                      published Y")
                | (SIGNING_PHRASE)? PLACE ("," | DASH) DATE TIME?   "Signed in Geneva, 3 May 2026"
                | CITY DATE TIME?                           "Strasbourg 05.03.2025" (one word)
                | BULLET? LABEL* DATE CHROME*                 "News article10 September 2020"
    byline     := BY_WORD ":"? NAME_LIST                      "By Jane Doe and Ali Khan"
                | HONORIFIC NAME                              "Hon Jane Doe"
                | NAME SEP ROLE                               "Jane Doe, Editor"
                | ROLE_WORD NAME SEP ROLE                     "Minister Jane Doe, Minister for X"
    NAME       := HONORIFIC? Cap (Cap | INITIAL | PARTICLE){1,4} POSTNOMINAL*
"""

from __future__ import annotations

import itertools
import re
from typing import Final

import attrs

from policycorpus.dates import WEEKDAYS, find_dates
from policycorpus.model import DatePrecision, PartialDate
from policycorpus.parse._vocab import vocabulary

__all__ = [
    "DateLine",
    "byline_names",
    "date_line",
    "dateline_date",
    "dayfirst_hint",
    "is_role_line",
    "organisation_byline",
    "person_name",
    "place_line",
]


_TOKEN: Final = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][\w'’.-]*|\d+|[|]")
_TIME: Final = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)?", re.I)
_GLUE: Final = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
"""Where two words were run together by a scraper ("comPublished")."""
_DOMAIN: Final = re.compile(
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|io|co|uk|au|nz|eu|info|news|tv)", re.I
)
"""A site name printed with its domain ("example.com")."""
_NAME_SPLIT: Final = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*")
_SEP_ROLE: Final = re.compile(r"\s*(?:,|\||–|—| - )\s*")
_WORD_CHARS: Final = frozenset("'’-.")
_HANDLE: Final = re.compile(r"\bby\s+[a-z][a-z0-9_.-]*(?=\s|\Z)")
"""A user handle after "by" ("Posted by admin"): not a name, not a sentence."""
_NOTE: Final = re.compile(r"\([^()]{0,120}\)")
"""A parenthesised note on a date line."""
_AGENCY: Final = re.compile(r"\s*\([^()]{1,40}\)\s*\Z")
"""A news agency after a dateline ("(Reuters)")."""
_LABEL_WORD: Final = re.compile(r"[a-z]+")
_SEGMENT_SPLIT: Final = re.compile(r"\s*[|·•]\s*")


@attrs.frozen
class DateLine:
    """A line that states a date (and possibly who wrote the piece)."""

    date: PartialDate
    """The date it states."""
    label: str | None
    """``"published"``, ``"updated"``, ``"dateline"`` (a "City, date" or "Signed in City,
    date" line: the document's own date) or ``None`` when unlabelled."""
    authors: tuple[str, ...]
    """Names printed with the date ("30 Oct 2023 Jane Doe")."""
    starts_with_date: bool
    """Whether the date opens the line (after bullets and labels)."""


def _label_of(lower: str) -> str | None:
    """The label of a date line, matched on whole words ("updated" is not "date")."""
    v = vocabulary()
    padded = " " + " ".join(_LABEL_WORD.findall(lower)) + " "
    if any(f" {label} " in padded for label in v.updated_labels):
        return "updated"
    if any(f" {label} " in padded for label in v.published_labels):
        return "published"
    return None


def _place_lead(lead: str) -> bool:
    """Whether the text before a date is a dateline's place ("Singapore, ", "Signed in Geneva, ").

    One to five capitalised words (a city, optionally with its country or state), ended
    by a comma or a dash, optionally after a signing phrase such as "Signed in" or
    "Done at"; or a single such word with no separator at all ("Strasbourg 05.03.2025":
    a lone word, so that "Jane Doe 5 May 2025" stays a byline). Words that name a kind
    of page ("Press Briefing – 5 May 2025", "Published 5 May") are never a place.
    """
    text = lead.strip()
    separated = text.endswith((",", "—", "–", "-"))
    text = text.rstrip(",—–- ")
    lower = text.lower()
    for phrase in vocabulary().dateline_phrases:
        if lower.startswith(phrase + " "):
            text = text[len(phrase) + 1 :]
            break
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 5 or (not separated and len(words) != 1):
        return False
    v = vocabulary()
    if any(
        w.lower().strip(".") in v.not_place_words
        or w.lower().strip(".") in v.date_labels
        or w.lower().strip(".,") in WEEKDAYS
        for w in words
    ):
        return False
    return (
        all(
            (w[0].isupper() and all(c.isalpha() or c in _WORD_CHARS for c in w))
            or w.lower() in v.name_particles
            for w in words
        )
        and words[0][0].isupper()
    )


def place_line(line: str) -> bool:
    """Whether a whole line is a dateline's place without a date ("Washington, D.C.",
    "Nairobi, Kenya"): two to five capitalised words around a comma. Such a line is
    page furniture of a release or transcript, never its title."""
    text = line.strip()
    if "," not in text or len(text) > 60 or text.endswith(","):
        return False
    return _place_lead(text + ",") and len(text.replace(",", " ").split()) >= 2


def dateline_date(
    text: str, *, dayfirst: bool | None, year: int | None = None
) -> PartialDate | None:
    """The day-precision date of a dateline: "Brussels, 5 March 2025", "WASHINGTON, Mar. 5,
    2025 (AP)", "Signed in Geneva, 3 May 2026"; ``None`` for anything else.

    With ``year``, a dateline that gives only a month and day ("LONDON, March 5
    (Reuters)") is dated in that year; without it such a dateline gives ``None``.
    """
    text = _AGENCY.sub("", text.strip()).strip()
    if not text or len(text) > 120:
        return None
    anchor = PartialDate(year) if year is not None else None
    for m in find_dates(text, anchor, dayfirst=dayfirst):
        r = m.resolution
        if r is None or r.date.precision is not DatePrecision.DAY:
            continue
        if r.rule not in ("explicit", "day-month-of-anchor-year"):
            continue
        rest = text[m.end :].strip(" .,")
        if _place_lead(text[: m.start]) and (not rest or _TIME.fullmatch(rest)):
            return r.date
        return None
    return None


def _segment_authors(tail: str) -> tuple[str, ...]:
    """Names in a date line's residue split by separators ("By Jane Doe | 6 min read")."""
    v = vocabulary()
    found: list[str] = []
    for segment in _SEGMENT_SPLIT.split(tail):
        segment = segment.strip(" ,;:-–—•·*")
        if not segment:
            continue
        tokens = [t.lower().strip(".,") for t in _TOKEN.findall(segment)]
        if all(t in v.date_labels or t in WEEKDAYS or t.isdigit() for t in tokens):
            continue  # "6 min read", "Updated"
        names = byline_names(segment) or _names_only(_strip_labels(segment))
        if not names:
            return ()
        found.extend(n for n in names if n not in found)
    return tuple(found)


_DASHED_DATE: Final = re.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])")


_SENTENCE_WORDS: Final = 3


def _sentence_after(line: str, at: int) -> bool:
    """Whether a full sentence follows the date at ``at``: three or more lower-case words
    up to a full stop ("On 22 July 2009, Chile signed the treaty.")."""
    if not line.rstrip().endswith((".", "!", "?")):
        return False
    words = _TOKEN.findall(_TIME.sub(" ", line[at:]))
    lower = [w for w in words if w[0].islower() and w.lower().strip(".,") not in WEEKDAYS]
    return len(lower) >= _SENTENCE_WORDS


def date_line(line: str, *, dayfirst: bool | None) -> DateLine | None:
    """The date a short line states, when the line is a date line and nothing more."""
    if len(line) > 160:
        return None
    # "14-03-2026": a dashed numeric date reads as the slashed one (same length, same offsets)
    # and is day-first unless the page says otherwise
    probe = _DASHED_DATE.sub(r"\1/\2/\3", line)
    if probe != line and dayfirst is None:
        dayfirst = True
    mentions = [
        m
        for m in find_dates(probe, dayfirst=dayfirst)
        if m.resolution is not None
        and m.resolution.rule == "explicit"
        and m.resolution.date.precision is not DatePrecision.YEAR
    ]
    if not mentions:
        return None
    v = vocabulary()
    first = mentions[0]
    assert first.resolution is not None
    lead = line[: first.start]
    residue_parts = [lead]
    pos = first.end
    for m in mentions[1:]:
        residue_parts.append(line[pos : m.start])
        pos = m.end
    residue_parts.append(line[pos:])
    residue = _HANDLE.sub(" ", _TIME.sub(" ", " ".join(residue_parts)))
    residue = _NOTE.sub(" ", residue)  # "(Original script, may differ from delivered version)"
    lower_line = line.lower()
    tokens = [
        piece
        for token in _TOKEN.findall(residue)
        for piece in _GLUE.split(token)
        if piece and not _DOMAIN.fullmatch(piece)
    ]
    leftover = [
        t
        for t in tokens
        if t.lower().strip(".,") not in v.date_labels
        and t.lower().strip(".,") not in WEEKDAYS
        and not t.isdigit()
    ]
    lead_tokens = [t for t in _TOKEN.findall(lead) if t != "|"]
    starts = all(
        t.lower().strip(".,") in v.date_labels or t.lower().strip(".,") in WEEKDAYS
        for t in lead_tokens
    )
    chrome = any(c in lower_line for c in v.debris_contains)
    # the label of the first date is the one before it ("Published: 5 May | Updated: 6 May")
    label = _label_of(lead.lower()) or (_label_of(lower_line) if len(mentions) == 1 else None)
    chosen = first.resolution.date
    if label is None:  # "Ordered to be printed 10 May 2025 and published 17 May 2025"
        for before, m in itertools.pairwise(mentions):
            if m.resolution is not None and _label_of(line[before.end : m.start].lower()) == (
                "published"
            ):
                chosen, label = m.resolution.date, "published"
                break
    authors: tuple[str, ...] = ()
    if sum(1 for t in leftover if t[0].islower()) > 2 and not chrome:
        return None  # words of a sentence: "On 3 May 2022, the agency awarded ..."
    if not chrome and _sentence_after(line, first.end):
        return None  # "On 22 July 2009, Chile signed the treaty.": label words in a sentence
    rest = line[pos:].strip(" .")
    if _place_lead(lead) and (not rest or _TIME.fullmatch(rest) or rest.lower() in WEEKDAYS):
        return DateLine(first.resolution.date, "dateline", (), False)  # "Geneva, 3 May 2026"
    if leftover:
        tail = " ".join(residue.split()).strip(" |,;:-–—•·*")
        names = byline_names(tail) or _names_only(_strip_labels(tail)) or _segment_authors(tail)
        if names:
            authors = names
        elif not chrome and not (starts and len(leftover) <= 8):
            return None
    return DateLine(chosen, label, authors, starts)


def _strip_labels(text: str) -> str:
    v = vocabulary()
    words = text.split()
    while words and words[0].lower().strip(".:|") in v.date_labels:
        words.pop(0)
    while words and words[-1].lower().strip(".:|") in v.date_labels:
        words.pop()
    return " ".join(words)


def _names_only(text: str, *, caps: bool = False) -> tuple[str, ...]:
    if not text:
        return ()
    parts = [p for p in _NAME_SPLIT.split(text) if p]
    names = []
    for part in parts:
        name = person_name(part, caps=caps)
        if name is None:
            return ()
        names.append(name)
    return tuple(names)


def _strip_honorific(text: str) -> tuple[str, bool]:
    """Drop leading honorifics, repeatedly ("Senator the Hon Jane Doe" -> "Jane Doe")."""
    stripped = False
    for _ in range(4):
        lower = text.lower()
        for h in vocabulary().honorifics:
            if lower.startswith(h + " "):
                text = text[len(h) + 1 :].lstrip()
                stripped = True
                break
        else:
            break
    return text, stripped


def person_name(text: str, *, strict: bool = False, caps: bool = False) -> str | None:
    """``text`` as a person's name without honorifics and post-nominals, or ``None``.

    Two to five tokens: capitalised words, initials ("J."), lower-case particles ("van")
    inside; none of them a word that is not part of names ("Department", "Summit").
    ``strict`` also refuses all-capital words; ``caps`` accepts a name printed in
    capitals ("JANE DOE", after an explicit "By").
    """
    v = vocabulary()
    text = text.strip(" ,;:.|")
    text, _ = _strip_honorific(text)
    tokens = text.split()
    while tokens and tokens[-1].lower().strip(".,") in v.postnominals and len(tokens) > 2:
        tokens.pop()
    if not 2 <= len(tokens) <= 5:
        return None
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if low in v.name_particles and 0 < i < len(tokens) - 1:
            continue
        if low.strip(".") in v.not_name_words:
            return None
        if len(tok) == 2 and tok[0].isupper() and tok[1] == ".":
            continue  # an initial
        if not tok[0].isupper() or not all(c.isalpha() or c in _WORD_CHARS for c in tok):
            return None
        rest = tok[1:]
        if not any(c.islower() for c in rest) and (strict or len(tok) > 1) and not caps:
            return None
    return " ".join(tokens)


def byline_names(line: str) -> tuple[str, ...] | None:
    """The names in a byline ("By Jane Doe", "Hon Jane Doe", "Jane Doe, Editor")."""
    if len(line) > 160 or not line:
        return None
    v = vocabulary()
    text = line.strip(" |").lstrip("—–-~ ")  # "— Jane Doe, Analyst" signs off too
    if ";" in text:  # "Reporting by Jane Doe; Editing by Ali Khan": the reporters
        first, _, rest = text.partition(";")
        if rest.strip().lower().startswith(v.credit_prefixes):
            return byline_names(first)
    lower = text.lower()
    for prefix in v.byline_prefixes:
        if lower.startswith(prefix) and len(lower) > len(prefix):
            rest = text[len(prefix) :]
            if rest[0] not in " :":
                continue
            rest = rest.lstrip(" :")
            head = _SEP_ROLE.split(rest, maxsplit=1)
            if len(head) == 2 and (is_role_line(head[1]) or _is_outlet(head[1])):
                name = person_name(head[0], caps=True)
                if name:
                    return (name,)  # "By Jane Doe, Editor", "By JANE DOE, Associated Press"
            if len(head) == 2 and head[1][:1].isupper():
                bare, titled = _strip_honorific(head[0])
                name = person_name(bare, caps=True) if titled else None
                if name:
                    # "As delivered by Ambassador Jane Doe, Permanent Representative of ..."
                    return (name,)
            # "By Jane Doe and Ali Khan"
            return _names_only(rest, caps=True) or None
    stripped, had_honorific = _strip_honorific(text)
    if had_honorific:
        name = person_name(stripped)
        if name is None:  # "Minister Jane Doe, Minister for Digital Affairs"
            parts = _SEP_ROLE.split(stripped, maxsplit=1)
            if len(parts) == 2 and is_role_line(parts[1]):
                name = person_name(parts[0])
        return (name,) if name else None
    parts = _SEP_ROLE.split(text, maxsplit=1)
    if len(parts) == 2 and is_role_line(parts[1]):
        name = person_name(parts[0], strict=True)
        first, _, rest = parts[0].partition(" ")
        if name is None and first.lower() in v.role_words and len(rest.split()) >= 2:
            name = person_name(rest, strict=True)  # "Minister Jane Doe, Minister for X"
        if name:
            return (name,)
    return None


def organisation_byline(line: str) -> bool:
    """Whether ``line`` credits a body rather than a person ("By Innovate UK", "By the
    Clean Growth Programme"): a byline word, then one to eight capitalised words (joining
    words allowed) that are not a person's name. Such a line names no author and is never
    a title."""
    if len(line) > 120 or line.rstrip().endswith((".", "!", "?")):
        return False
    lower = line.lower()
    prefix = next((p for p in vocabulary().byline_prefixes if lower.startswith(p + " ")), None)
    if prefix is None:
        return False
    words = line[len(prefix) :].replace(",", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    joining = ("of", "for", "and", "the", "&", "on")
    return (
        1 <= len(words) <= 8
        and words[0][0].isupper()
        and all(w[0].isupper() or w[0].isdigit() or w in joining for w in words)
        and person_name(" ".join(words), caps=True) is None
    )


def _is_outlet(text: str) -> bool:
    """A news outlet or agency after a byline's name ("Associated Press", "The Daily Post")."""
    words = text.strip(" ,.").split()
    if not 1 <= len(words) <= 5 or not all(w[0].isupper() or w in ("of", "the") for w in words):
        return False
    return any(w.lower() in vocabulary().outlet_words for w in words)


def is_role_line(line: str) -> bool:
    """Whether ``line`` reads as a job title ("Minister of Internal Affairs", "Editor")."""
    words = line.strip(" ,.").split()
    if not words or len(words) > 14 or line.rstrip().endswith((".", "!", "?")):
        return False
    first = words[0].lower()
    if first == "the" and len(words) > 1:
        first = words[1].lower()
    if not words[0][0].isupper():
        return False
    if first.strip(",") in vocabulary().role_words:
        return True
    # "Environment correspondent", "Home affairs editor": a beat before a journalist's role
    return len(words) <= 5 and words[-1].lower() in _BEAT_ROLES


_BEAT_ROLES: Final = frozenset(
    {"correspondent", "editor", "reporter", "writer", "columnist", "journalist"}
)
"""The last word of a journalist's role after their beat ("Environment correspondent")."""


_WORDS: Final = re.compile(r"[A-Za-z]{5,}")
_BRITISH_WORDS: Final = frozenset(
    {
        "colour",
        "behaviour",
        "favour",
        "centre",
        "programme",
        "labour",
        "licence",
        "defence",
        "honour",
    }
)
_AMERICAN_WORDS: Final = frozenset(
    {"color", "behavior", "favor", "center", "program", "labor", "license", "defense", "honor"}
)
_DAY_FIRST_TLDS: Final = (".au", ".uk", ".nz", ".ie", ".eu", ".in", ".za", ".sg", ".ca")
_NUMERIC: Final = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](?:19|20)\d\d(?!\d)")


def dayfirst_hint(text: str, source: str | None) -> bool:
    """Whether numeric dates in ``text`` are probably written day first.

    Evidence, in order: the source's country domain (".au", ".uk"...); unambiguous
    numeric dates in the text ("15/12/2025" is day first); British or American
    spelling. Day first when nothing tells.
    """
    if source:
        host = source.lower().split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
        if host.endswith(_DAY_FIRST_TLDS):
            return True
    sample = text[:200_000]
    for m in _NUMERIC.finditer(sample):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            return True
        if b > 12 >= a:
            return False
    british = american = 0
    for word in _WORDS.findall(sample):
        low = word.lower()
        if low.endswith("s") and low[:-1] in (_BRITISH_WORDS | _AMERICAN_WORDS):
            low = low[:-1]  # "programs", "centres"
        if low in _BRITISH_WORDS or low.endswith(("isation", "isations", "ised", "ising")):
            british += 1
        elif low in _AMERICAN_WORDS or low.endswith(("ization", "izations", "ized", "izing")):
            american += 1
    return not american > british
