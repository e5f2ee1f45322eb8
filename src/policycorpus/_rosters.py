"""Rosters: one reconciled list of parties per statement, built from Documents' records.

Private: :meth:`policycorpus.Corpus.rosters` is the public entry point. The records
come from :mod:`policycorpus.model`; this module only reads signatories, commitments,
statistics and the article text around their spans. Nothing here changes extraction.

Rules, in order of use:

**Statement mentions.** Each article is scanned for named instruments: a run of
capitalised words ending in a head noun of :data:`HEADS` ("Bletchley Declaration",
"Global Methane Pledge", "Christchurch Call"), optionally followed by ``of``/``on``/
``for``/``to`` and more capitalised words ("Paris Call for Trust and Security in
Cyberspace"); a run is cut after its last "The"/"Of" so a title-case headline keeps
only the name. A bare head noun ("the Declaration", "the pledge", "a joint
statement") is a *generic* mention: it refers back to the nearest earlier named
mention with the same head noun in the same article, else to the only named one with
that head noun later in the article; otherwise it is an unnamed statement of that
article ("joint statement"), never merged with another article's. A commitment's own
``instrument`` is resolved the same way, at the commitment's position.

**Names.** Named statements are matched case- and space-insensitively without a
leading "the"; the roster shows the most common spelling (ties: the smallest).

**Which statement a record belongs to.** A commitment: its instrument, else a mention
in its sentence. A signatory that is an actor of a commitment covering it: that
commitment's statement. Otherwise (and for commitments without any): the nearest
mention in the same sentence, else in the same paragraph (earlier first), else the
nearest earlier mention in the article, else the nearest later one, else the article's
unnamed statement. Commitments of modality ``require`` (obligations imposed by law)
are not signing and are left out.

**Members.** Every signatory and commitment actor; a person signing for a party
(``represents``) counts as that party. Kind and country come from the signatory
records of that name (the most common pair). ``since`` is the earliest date of the
evidence: the commitment's date, else a date in the sentence, else the article's
published date.

**Claims.** A statistic whose unit is a party noun (:data:`PARTY_UNITS`) in a sentence
that mentions a statement or uses a signing verb (:data:`SIGNING`). "another", "a
further", "new", "additional" or "more" next to the figure make it an *increment*
(newcomers, not the whole roster). ``claimed`` is the latest total (the largest on that
date, exact counts before bounds).

**Changes.** A member whose earliest evidence is dated after the launch (the earliest
dated member or total count) by its own sentence or by a ``join`` commitment is a
join; an increment claim dated after the launch is a join of that many unnamed
parties. A sentence with a withdrawal verb (:data:`WITHDRAWING`) followed by a
statement mention is a withdrawal of the known parties (any signatory or actor name
or mention in the corpus) named before the verb; the member's ``left`` is set when no
evidence of membership is dated after it. Changes of one kind and party (or count)
are merged across articles, dated by their earliest report.

Everything is sorted by content, so the rosters do not depend on document order.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

import attrs

from policycorpus.dates import find_dates
from policycorpus.model import (
    ActorKind,
    Change,
    ChangeKind,
    Claim,
    Commitment,
    DatePrecision,
    DateSource,
    Document,
    Member,
    Modality,
    PartialDate,
    Roster,
    RosterEvidence,
    Span,
    Statistic,
)

__all__ = [
    "HEADS",
    "PARTY_UNITS",
    "SIGNING",
    "WITHDRAWING",
    "build_rosters",
    "render_roster",
    "statement_key",
]

HEADS: Final = (
    "Declaration",
    "Pledge",
    "Statement",
    "Call",
    "Commitments",
    "Commitment",
    "Accord",
    "Agreement",
    "Convention",
    "Charter",
    "Compact",
    "Principles",
    "Partnership",
    "Initiative",
    "Coalition",
    "Alliance",
    "Framework",
    "Treaty",
    "Protocol",
    "Code",
)
"""Head nouns that end a statement's name."""

GENERIC_HEADS: Final = (
    "declaration",
    "pledge",
    "statement",
    "accord",
    "agreement",
    "convention",
    "charter",
    "compact",
    "coalition",
    "alliance",
    "treaty",
    "commitments",
)
"""Head nouns that, alone after "the", "a" or "joint", refer to a statement."""

PARTY_UNITS: Final = frozenset(
    [
        "countries",
        "nations",
        "governments",
        "states",
        "signatories",
        "signatory",
        "signers",
        "supporters",
        "members",
        "companies",
        "firms",
        "organisations",
        "organizations",
        "partners",
        "parties",
        "endorsers",
        "jurisdictions",
        "businesses",
        "platforms",
        "participants",
    ]
)
"""Units (last word) of statistics that count a statement's parties."""

SIGNING: Final = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|signator(?:y|ies)|join(?:s|ed|ing)?|endors(?:e|es|ed|ing)|"
    r"back(?:s|ed|ing)?|support(?:s|ed|ing)?|adopt(?:s|ed|ing)?|follow(?:s|ed)|"
    r"pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|agree(?:s|d)?|members?)\b",
    re.IGNORECASE,
)
"""Verbs and nouns that make a count of parties a count of a statement's parties."""

WITHDRAWING: Final = re.compile(
    r"\b(?:withdr[ae]w|withdrawn|withdraws|withdrawing|pull(?:s|ed)? out of|"
    r"left|leaves|leaving|quit|quits|exited|exits|renounced|renounces)\b",
    re.IGNORECASE,
)
"""Verbs that report a withdrawal when a statement is named after them in the sentence."""

_JOINING: Final = re.compile(
    r"\b(?:join(?:s|ed|ing)?|follow(?:s|ed)|signed up|sign(?:s|ed)? up)\b", re.IGNORECASE
)
_INCREMENT_BEFORE: Final = re.compile(r"\b(?:another|a further|further)\s+$", re.IGNORECASE)
_BOUND_WORDS: Final = re.compile(r"\b(?:more|fewer|less)\s+than\b", re.IGNORECASE)
_INCREMENT_IN: Final = re.compile(r"\b(?:new|additional|more|further|extra)\b", re.IGNORECASE)

_CAP: Final = r"[A-Z][\w'’&-]*"
_NOT_DATE: Final = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)"
)
_HEAD: Final = "|".join(HEADS)
_NAMED: Final = re.compile(
    rf"(?:(?:{_CAP}|of|on|for|and|the)[ \t]+)*?(?:{_CAP}[ \t]+)?(?:{_HEAD})\b"
    rf"(?:[ \t]+(?:on|of|for|to)[ \t]+(?:the[ \t]+)?{_NOT_DATE}{_CAP}"
    rf"(?:[ \t]+(?:and[ \t]+|in[ \t]+|for[ \t]+|of[ \t]+)?{_NOT_DATE}{_CAP})*)?"
)
_GENERIC: Final = re.compile(
    r"\b(?P<det>the|this|that|a|an|its|their)\s+(?P<name>(?:joint\s+)?(?:"
    + "|".join(GENERIC_HEADS)
    + r"))\b",
    re.IGNORECASE,
)
UNNAMED: Final = "(unnamed statement)"
"""The statement of records an article ties to no statement at all."""
_LOWER_HEADS: Final = frozenset(h.casefold() for h in HEADS)
_GENERIC_MODIFIERS: Final = frozenset(
    [
        "joint",
        "global",
        "political",
        "international",
        "voluntary",
        "new",
        "final",
        "ministerial",
        "leaders",
        "leaders'",
        "national",
        "common",
        "first",
        "second",
        "this",
        "that",
    ]
)
_CUT_WORDS: Final = frozenset(("The", "Of", "On", "For", "And", "To", "A", "An", "In", "At"))
_SENTENCE_END: Final = re.compile(r"[.!?]+[\"”’)]*(?=\s+(?![a-z]))|\n+")


def statement_key(name: str) -> str:
    """The normalised form of a statement name: case-folded, spaces collapsed, no "the"."""
    key = " ".join(name.casefold().split())
    return key.removeprefix("the ")


# -- one article's mentions --------------------------------------------------------------


@attrs.frozen
class _Mention:
    start: int
    end: int
    name: str
    """The name as written (without a leading "the")."""
    named: bool
    """A proper name, not a generic head noun."""

    @property
    def head(self) -> str:
        return _head(self.name)


@attrs.frozen
class _Statement:
    key: str
    name: str
    document: str | None


def _clean_named(words: list[str]) -> int | None:
    """Index of the first word of the name in a capitalised run, or ``None`` if generic."""
    heads = [i for i, w in enumerate(words) if w in HEADS]
    if not heads:
        return None
    head_at = heads[-1]
    first = 1 + max((i for i, w in enumerate(words[:head_at]) if w in _CUT_WORDS), default=-1)
    while first < head_at and words[first].casefold() in ("of", "on", "for", "and", "the"):
        first += 1
    if head_at - first < 1:
        return None  # a bare head noun is generic
    return first


def _head(name: str) -> str:
    """The head noun of a statement name, lower case ("declaration")."""
    words = [w for w in name.split() if w[:1].upper() + w[1:].lower() in HEADS]
    return (words[-1] if words else name.split()[-1]).casefold()


def _mentions(text: str) -> list[_Mention]:
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for m in _NAMED.finditer(text):
        tokens = list(re.finditer(r"\S+", m.group(0)))
        first = _clean_named([t.group(0) for t in tokens])
        if first is None:
            continue
        start = m.start() + tokens[first].start()
        name = " ".join(text[start : m.end()].split())
        found.append(_Mention(start, m.end(), name, True))
        taken.append((start, m.end()))
    for m in _GENERIC.finditer(text):
        s, e = m.span("name")
        if any(a <= s < b for a, b in taken):
            continue
        name = " ".join(m.group("name").casefold().split())
        found.append(_Mention(s, e, name, False))
    found.sort(key=lambda x: (x.start, x.end))
    return found


class _Article:
    """One document's text, sentences, paragraphs and statement mentions."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.article.text
        self.mentions = _mentions(self.text)
        self.starts = [m.start for m in self.mentions]
        ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        self.sentence_bounds = [0, *ends, len(self.text)]
        self.paragraphs = sorted((p.span.start, p.span.end) for p in doc.article.paragraphs)

    def sentence(self, span: Span) -> tuple[int, int]:
        """The sentence around ``span`` (from the sentence of its start to that of its end)."""
        bounds = self.sentence_bounds
        i = bisect.bisect_right(bounds, span.start) - 1
        j = bisect.bisect_left(bounds, max(span.end, span.start + 1))
        start = bounds[max(i, 0)]
        end = bounds[min(j, len(bounds) - 1)]
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, max(end, start)

    def paragraph(self, span: Span) -> tuple[int, int] | None:
        for start, end in self.paragraphs:
            if start <= span.start < end:
                return start, end
        return None

    def resolve(self, mention: _Mention) -> _Statement:
        """The statement a mention stands for (generic ones refer back, else stay unnamed)."""
        if mention.named:
            return _Statement(statement_key(mention.name), mention.name, None)
        same = [m for m in self.mentions if m.named and m.head == mention.head]
        earlier = [m for m in same if m.start < mention.start]
        if earlier:
            target = earlier[-1]
        elif len({statement_key(m.name) for m in same}) == 1:
            target = same[0]
        else:
            phrase = mention.name.casefold()
            return _Statement(f"{self.doc.id}:{phrase}", phrase, self.doc.id)
        return _Statement(statement_key(target.name), target.name, None)

    def resolve_name(self, name: str, at: int) -> _Statement:
        """A commitment's ``instrument`` string, resolved at offset ``at``."""
        words = name.split()
        while words and words[0].casefold() in ("the", "a", "an"):
            words = words[1:]
        if not words:
            return self.resolve(_Mention(at, at, name.casefold(), False))
        named = len(words) >= 2 and words[0][:1].isupper() and words[0].casefold() != "joint"
        phrase = " ".join(words) if named else " ".join(words).casefold()
        return self.resolve(_Mention(at, at, phrase, named))

    def nearest(self, span: Span) -> _Statement:
        """The statement nearest ``span`` by the locality rules (module docstring)."""
        s_start, s_end = self.sentence(span)
        in_sentence = [m for m in self.mentions if s_start <= m.start < s_end]
        if in_sentence:
            return self.resolve(min(in_sentence, key=lambda m: _distance(m, span)))
        para = self.paragraph(span)
        if para is not None:
            in_para = [m for m in self.mentions if para[0] <= m.start < para[1]]
            before = [m for m in in_para if m.start < span.start]
            if before:
                return self.resolve(before[-1])
            if in_para:
                return self.resolve(in_para[0])
        i = bisect.bisect_left(self.starts, span.start)
        if i > 0:
            return self.resolve(self.mentions[i - 1])
        if i < len(self.mentions):
            return self.resolve(self.mentions[i])
        return _Statement(f"{self.doc.id}:", UNNAMED, self.doc.id)

    def date_of(self, span: Span) -> tuple[PartialDate | None, DateSource]:
        """A date stated in the sentence around ``span``, else the published date."""
        start, end = self.sentence(span)
        published = self.doc.article.published
        for mention in find_dates(self.text[start:end], published):
            res = mention.resolution
            if res is None or res.date.precision is DatePrecision.YEAR:
                continue  # a bare year is a target or a reference, rarely the event
            return res.date, DateSource.TEXT
        if published is not None:
            return published, DateSource.PUBLISHED
        return None, DateSource.UNDATED


def _distance(m: _Mention, span: Span) -> tuple[int, int]:
    if m.end <= span.start:
        return (span.start - m.end, 0)
    if m.start >= span.end:
        return (m.start - span.end, 1)
    return (0, 0)


# -- gathering -----------------------------------------------------------------------------


@attrs.frozen
class _Support:
    statement: _Statement
    party: str
    evidence: RosterEvidence
    join: bool
    """Reported as joining (a join commitment or a joining verb with its own date)."""


@attrs.frozen
class _Withdrawal:
    statement: _Statement
    party: str
    evidence: RosterEvidence


@attrs.frozen
class _ClaimAt:
    statement: _Statement
    claim: Claim


def _evidence(
    art: _Article,
    via: str,
    record: str | None,
    text: str,
    span: Span,
    date: tuple[PartialDate | None, DateSource],
) -> RosterEvidence:
    return RosterEvidence(
        document=art.doc.id,
        source=art.doc.article.source,
        via=via,
        record=record,
        text=text,
        span=span,
        date=date[0],
        dated_by=date[1],
    )


def _commitment_statement(art: _Article, c: Commitment) -> _Statement:
    if c.instrument is not None and c.instrument.strip():
        return art.resolve_name(c.instrument, c.span.start)
    return art.nearest(c.span)


def _commitment_date(art: _Article, c: Commitment) -> tuple[PartialDate | None, DateSource]:
    if c.date is not None:
        return c.date, DateSource.COMMITMENT
    return art.date_of(c.span)


def _party(name: str, represents: str | None) -> str:
    return represents if represents is not None else name


def _supports(art: _Article) -> Iterator[_Support]:
    doc = art.doc
    represents = {s.name: s.represents for s in doc.signatories if s.represents is not None}
    covered: set[str] = set()
    commitments = [c for c in doc.commitments if c.modality is not Modality.REQUIRE]
    for c in commitments:
        statement = _commitment_statement(art, c)
        date = _commitment_date(art, c)
        joining = c.modality is Modality.JOIN or bool(_JOINING.search(c.text))
        join = joining and date[1] is not DateSource.PUBLISHED
        ev = _evidence(art, "commitment", c.id, c.text, c.span, date)
        for actor in c.actors:
            yield _Support(statement, represents.get(actor, actor), ev, join)
        covered.update(
            s.id for s in doc.signatories if c.span.contains(s.span) and s.name in c.actors
        )
    for s in doc.signatories:
        if s.id in covered:
            continue
        statement = art.nearest(s.span)
        date = art.date_of(s.span)
        sentence = art.sentence(s.span)
        joining = bool(_JOINING.search(art.text[sentence[0] : sentence[1]]))
        ev = _evidence(art, "signatory", s.id, s.text, s.span, date)
        join = joining and date[1] is DateSource.TEXT
        yield _Support(statement, _party(s.name, s.represents), ev, join)


def _claims(art: _Article) -> Iterator[_ClaimAt]:
    doc = art.doc
    for st in doc.statistics:
        if not _counts_parties(st):
            continue
        s_start, s_end = art.sentence(st.span)
        sentence = art.text[s_start:s_end]
        mentioned = any(s_start <= m.start < s_end for m in art.mentions)
        if not mentioned and not SIGNING.search(sentence):
            continue
        statement = art.nearest(st.span)
        before = art.text[max(s_start, st.span.start - 12) : st.span.start]
        figure = _BOUND_WORDS.sub("", st.text)
        increment = bool(_INCREMENT_BEFORE.search(before) or _INCREMENT_IN.search(figure))
        date, dated_by = art.date_of(st.span)
        assert st.unit is not None
        claim = Claim(
            count=int(st.value),
            unit=st.unit,
            bound=st.bound,
            approx=st.approx,
            increment=increment,
            text=st.text,
            sentence=" ".join(sentence.split()),
            document=doc.id,
            source=doc.article.source,
            statistic=st.id,
            span=st.span,
            date=date,
            dated_by=dated_by,
        )
        yield _ClaimAt(statement, claim)


def _counts_parties(st: Statistic) -> bool:
    if st.unit is None or st.per is not None:
        return False
    words = st.unit.casefold().split()
    if not words or words[-1] not in PARTY_UNITS:
        return False
    return st.value == st.value.to_integral_value() and st.value >= 0


def _withdrawals(art: _Article, known: Sequence[tuple[str, str]]) -> Iterator[_Withdrawal]:
    """Withdrawal sentences naming a statement after the verb, parties before it."""
    text = art.text
    for m in WITHDRAWING.finditer(text):
        span = Span(m.start(), m.end())
        s_start, s_end = art.sentence(span)
        after = [x for x in art.mentions if m.end() <= x.start < s_end]
        if not after:
            continue
        statement = art.resolve(after[0])
        head = text[s_start : m.start()]
        parties = sorted(
            {
                name
                for surface, name in known
                if re.search(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", head)
            }
        )
        if not parties:
            continue
        date = art.date_of(span)
        sentence_span = Span(s_start, s_end)
        ev = _evidence(art, "sentence", None, text[s_start:s_end], sentence_span, date)
        for party in parties:
            yield _Withdrawal(statement, party, ev)


# -- building -------------------------------------------------------------------------------


def _first_day(date: PartialDate) -> dt.date:
    return dt.date(date.year, date.month or 1, date.day or 1)


def _date_key(date: PartialDate | None) -> tuple[bool, dt.date, int]:
    if date is None:
        return (True, dt.date.max, 0)
    return (False, _first_day(date), 3 - len(date.isoformat().split("-")))


def _ev_key(e: RosterEvidence) -> tuple[str, str, int, int, str, str]:
    return (e.source or "", e.document, e.span.start, e.span.end, e.via, e.record or "")


def _claim_key(c: Claim) -> tuple[tuple[bool, dt.date, int], str, str, int, str]:
    return (_date_key(c.date), c.source or "", c.document, c.span.start, c.statistic)


def _earliest(evidence: Iterable[RosterEvidence]) -> PartialDate | None:
    dates = [e.date for e in evidence if e.date is not None]
    return min(dates, key=_date_key) if dates else None


def _after(date: PartialDate | None, launch: PartialDate | None) -> bool:
    if date is None or launch is None:
        return False
    return _first_day(date) > _first_day(launch) and date.precision is not DatePrecision.YEAR


def build_rosters(documents: Sequence[Document]) -> tuple[Roster, ...]:
    """One :class:`Roster` per statement in ``documents`` (rules in the module docstring)."""
    docs = sorted(documents, key=lambda d: (d.article.source or "", d.id))
    articles = [_Article(d) for d in docs]
    kinds: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    surfaces: set[tuple[str, str]] = set()
    for d in docs:
        for s in d.signatories:
            kinds[s.name][(s.kind.value, s.country or "")] += 1
            surfaces.add((s.name, s.name))
            surfaces.add((s.text.removeprefix("the ").removeprefix("The "), s.name))
        for c in d.commitments:
            surfaces.update((a, a) for a in c.actors)
    known = sorted(surfaces)

    supports: list[_Support] = []
    claims: list[_ClaimAt] = []
    withdrawals: list[_Withdrawal] = []
    for art in articles:
        supports.extend(_supports(art))
        claims.extend(_claims(art))
        withdrawals.extend(_withdrawals(art, known))

    items: list[_Support | _ClaimAt | _Withdrawal] = [*supports, *claims, *withdrawals]
    canonical = _canonical_keys({i.statement.key for i in items if i.statement.document is None})
    supports = [attrs.evolve(i, statement=_remap(i.statement, canonical)) for i in supports]
    claims = [attrs.evolve(i, statement=_remap(i.statement, canonical)) for i in claims]
    withdrawals = [attrs.evolve(i, statement=_remap(i.statement, canonical)) for i in withdrawals]
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    owner: dict[str, str | None] = {}
    remapped: list[_Support | _ClaimAt | _Withdrawal] = [*supports, *claims, *withdrawals]
    for item in remapped:
        st = item.statement
        aliases[st.key].add(st.name)
        spelled = st.name if st.document is not None else _spelled(st.name, st.key)
        if spelled is not None:
            spellings[st.key][spelled] += 1
        owner[st.key] = st.document
    by_key: dict[str, tuple[list[_Support], list[_ClaimAt], list[_Withdrawal]]] = defaultdict(
        lambda: ([], [], [])
    )
    for sup in supports:
        by_key[sup.statement.key][0].append(sup)
    for cl in claims:
        by_key[cl.statement.key][1].append(cl)
    for wd in withdrawals:
        by_key[wd.statement.key][2].append(wd)

    rosters = [
        _roster(key, spellings[key], aliases[key], owner[key], *parts, kinds)
        for key, parts in by_key.items()
        if parts[0] or parts[1]
    ]
    rosters.sort(key=lambda r: (r.document is not None, r.statement.casefold(), r.key))
    return tuple(rosters)


def _canonical_keys(keys: set[str]) -> dict[str, str]:
    """Named keys merged into the shortest key whose words run inside them.

    "landmark bletchley declaration" and "bletchley declaration on ai" both become
    "bletchley declaration" when that key is in the corpus; a key contained in two
    unrelated shorter keys is left alone (ambiguous).
    """
    out: dict[str, str] = {}
    for key in keys:
        padded = f" {key} "
        inside = [k for k in keys if k != key and len(k.split()) >= 2 and f" {k} " in padded]
        inside = [k for k in inside if _head(k) == _head(key)]
        if not inside:
            continue
        shortest = min(len(k.split()) for k in inside)
        best = sorted(k for k in inside if len(k.split()) == shortest)
        roots = {k for k in best if not any(j != k and f" {j} " in f" {k} " for j in inside)}
        if len(roots) == 1:
            out[key] = roots.pop()
    cores: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if key in out:
            continue
        core = _core(key)
        if core is not None and core != key:
            cores[core].add(key)
    for core, group in cores.items():
        if len(group) >= 2:
            out.update(dict.fromkeys(group, core))
    return out


def _core(key: str) -> str | None:
    """The head noun and the word before it ("bletchley declaration"), unless generic."""
    words = key.split()
    heads = [i for i, w in enumerate(words) if w in _LOWER_HEADS]
    if not heads or heads[-1] == 0:
        return None
    i = heads[-1]
    if words[i - 1] in _GENERIC_MODIFIERS:
        return None
    return f"{words[i - 1]} {words[i]}"


def _spelled(name: str, key: str) -> str | None:
    """The words of ``name`` that spell ``key``, in their case ("Bletchley Declaration")."""
    words = name.split()
    size = len(key.split())
    for i in range(len(words) - size + 1):
        if " ".join(words[i : i + size]).casefold() == key:
            return " ".join(words[i : i + size])
    return None


def _remap(statement: _Statement, canonical: dict[str, str]) -> _Statement:
    key = canonical.get(statement.key)
    if key is None:
        return statement
    return attrs.evolve(statement, key=key)


def _display(spellings: Counter[str], key: str) -> str:
    if not spellings:
        return key
    return min(spellings, key=lambda s: (-spellings[s], s))


def _roster(
    key: str,
    spellings: Counter[str],
    aliases: set[str],
    document: str | None,
    supports: list[_Support],
    claims: list[_ClaimAt],
    withdrawals: list[_Withdrawal],
    kinds: dict[str, Counter[tuple[str, str]]],
) -> Roster:
    evidence: dict[str, set[RosterEvidence]] = defaultdict(set)
    joins: dict[str, set[RosterEvidence]] = defaultdict(set)
    for sup in supports:
        evidence[sup.party].add(sup.evidence)
        if sup.join:
            joins[sup.party].add(sup.evidence)
    totals = sorted((c.claim for c in claims if not c.claim.increment), key=_claim_key)
    firsts = [_earliest(ev) for ev in evidence.values()]
    launch_dates = [d for d in firsts if d is not None]
    launch_dates += [c.date for c in totals if c.date is not None]
    launched = min(launch_dates, key=_date_key) if launch_dates else None

    left: dict[str, set[RosterEvidence]] = defaultdict(set)
    for wd in withdrawals:
        left[wd.party].add(wd.evidence)

    members = []
    changes: list[Change] = []
    for party in sorted(evidence, key=lambda n: (n.casefold(), n)):
        sources = tuple(sorted(evidence[party], key=_ev_key))
        since = _earliest(sources)
        gone = _earliest(left.get(party, ()))
        still = gone is not None and any(
            e.date is not None and _date_key(e.date) > _date_key(gone) for e in sources
        )
        options = kinds.get(party)
        kind: ActorKind | None = None
        country: str | None = None
        if options:
            best = min(options, key=lambda k: (-options[k], k))
            kind, country = ActorKind(best[0]), best[1] or None
        members.append(
            Member(
                name=party,
                kind=kind,
                country=country,
                since=since,
                left=None if still else gone,
                sources=sources,
            )
        )
        joined = [e for e in joins.get(party, ()) if _after(e.date, launched)]
        if joined and _after(since, launched):
            changes.append(
                Change(
                    kind=ChangeKind.JOIN,
                    parties=(party,),
                    count=None,
                    date=_earliest(joined),
                    sources=tuple(sorted(joined, key=_ev_key)),
                )
            )
    for party, evs in left.items():
        changes.append(
            Change(
                kind=ChangeKind.WITHDRAW,
                parties=(party,),
                count=None,
                date=_earliest(evs),
                sources=tuple(sorted(evs, key=_ev_key)),
            )
        )
    grouped: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.claim.increment and _after(c.claim.date, launched):
            grouped[c.claim.count].append(c.claim)
    for count, items in grouped.items():
        evs = {
            RosterEvidence(
                document=i.document,
                source=i.source,
                via="statistic",
                record=i.statistic,
                text=i.text,
                span=i.span,
                date=i.date,
                dated_by=i.dated_by,
            )
            for i in items
        }
        changes.append(
            Change(
                kind=ChangeKind.JOIN,
                parties=(),
                count=count,
                date=_earliest(evs),
                sources=tuple(sorted(evs, key=_ev_key)),
            )
        )
    changes.sort(key=lambda ch: (_date_key(ch.date), ch.kind.value, ch.parties, ch.count or 0))
    all_claims = tuple(sorted((c.claim for c in claims), key=_claim_key))
    claimed = _latest_total(totals)
    named = sum(1 for m in members if m.left is None)
    return Roster(
        statement=_display(spellings, key),
        key=key,
        document=document,
        aliases=tuple(sorted(aliases)),
        launched=launched,
        members=tuple(members),
        claims=all_claims,
        changes=tuple(changes),
        claimed=claimed,
        named=named,
        unnamed=None if claimed is None else max(claimed - named, 0),
    )


def _latest_total(totals: Sequence[Claim]) -> int | None:
    if not totals:
        return None
    dated = [c for c in totals if c.date is not None]
    pool = dated or list(totals)
    last = max(_date_key(c.date) for c in pool)
    same = [c for c in pool if _date_key(c.date) == last]
    return max(same, key=lambda c: (c.bound is None, c.count)).count


# -- plain text ----------------------------------------------------------------------------


def render_roster(roster: Roster) -> str:
    """A readable block: the statement, claimed vs named, members, counts and changes."""
    where = f" [{roster.document}]" if roster.document is not None else ""
    launched = f" (launched {roster.launched})" if roster.launched is not None else ""
    lines = [f"{roster.statement}{where}{launched}"]
    claimed = "no count claimed" if roster.claimed is None else f"claimed {roster.claimed}"
    unnamed = "" if roster.unnamed is None else f", unnamed {roster.unnamed}"
    lines.append(f"  {claimed}, named {roster.named}{unnamed}")
    if roster.members:
        lines.append(f"  members ({len(roster.members)}):")
        rows = [
            [
                m.name,
                m.kind.value if m.kind is not None else "-",
                m.country or "-",
                f"since {m.since}" if m.since is not None else "undated",
                f"left {m.left}" if m.left is not None else "",
                f"{len(m.documents)} article(s)",
            ]
            for m in roster.members
        ]
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        for r in rows:
            cells = "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True))
            lines.append(f"    {cells.rstrip()}")
    if roster.claims:
        lines.append("  claims:")
        for c in roster.claims:
            when = str(c.date) if c.date is not None else "undated"
            bound = {"min": "at least ", "max": "at most "}.get(c.bound.value if c.bound else "")
            extra = " (newcomers)" if c.increment else ""
            origin = c.source or c.document
            lines.append(
                f"    {when:<10}  {bound or ''}{c.count} {c.unit}{extra}  [{origin}] {c.text!r}"
            )
    if roster.changes:
        lines.append("  changes:")
        for ch in roster.changes:
            when = str(ch.date) if ch.date is not None else "undated"
            who = ", ".join(ch.parties) if ch.parties else f"{ch.count} unnamed"
            lines.append(f"    {when:<10}  {ch.kind.value:<8}  {who}")
    return "\n".join(lines)
