"""Hypothesis strategies for every policycorpus record (the ``hypothesis`` extra).

Each strategy produces only valid values with realistic content: an article's text is
built from generated policy-news sentences (figures with their hedges and units, named
governments, agencies and organisations pledging or signing, quotations, neutral
context sentences), and the records are made while the text is built, so every span
slices to its record's text. The annotations follow the data contract: every figure
that is not a year is a :class:`~policycorpus.Statistic`; each pledging, signing or
agreeing sentence is a :class:`~policycorpus.Commitment` whose named actors are also
:class:`~policycorpus.Signatory` mentions; quotations are :class:`~policycorpus.Quote`.
That makes :func:`documents` an independent oracle for extractor and format tests.

Importing this module registers the strategies with
:func:`hypothesis.strategies.register_type_strategy`, so ``st.from_type(Document)``
(and ``Article``, ``Statistic``, ``Signatory``, ``Commitment``, ``Quote``, ``Span``,
``PartialDate``) work::

    from hypothesis import given
    import policycorpus.strategies as pcst

    @given(pcst.documents())
    def test_round_trip(doc): ...

:func:`sample_documents` builds the same kind of documents from a seed without
Hypothesis's engine (for benchmarks and demos).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Final, Protocol, TypeVar

import attrs

try:
    from hypothesis import strategies as st
except ModuleNotFoundError as exc:  # pragma: no cover - exercised without the extra
    raise ModuleNotFoundError(
        "policycorpus.strategies needs Hypothesis: pip install 'policycorpus[hypothesis]'",
        name=exc.name,
    ) from exc

from policycorpus.model import (
    ActorKind,
    Article,
    Bound,
    Change,
    ChangeKind,
    Claim,
    Commitment,
    DateSource,
    Document,
    Member,
    Modality,
    Paragraph,
    ParagraphKind,
    PartialDate,
    Quote,
    Roster,
    RosterEvidence,
    Signatory,
    Span,
    Statistic,
    record_id,
)

__all__ = [
    "articles",
    "commitments",
    "documents",
    "partial_dates",
    "quotes",
    "rosters",
    "sample_documents",
    "signatories",
    "spans",
    "statistics",
]

T = TypeVar("T")

# -- vocabulary (data, not code) ----------------------------------------------------------


@attrs.frozen
class _Actor:
    name: str
    kind: ActorKind
    country: str | None
    mentions: tuple[str, ...]
    role: str | None = None
    represents: str | None = None


_GOVERNMENTS: Final = (
    _Actor(
        "United Kingdom", ActorKind.GOVERNMENT, "GB", ("the UK", "Britain", "the United Kingdom")
    ),
    _Actor("France", ActorKind.GOVERNMENT, "FR", ("France",)),
    _Actor("Germany", ActorKind.GOVERNMENT, "DE", ("Germany",)),
    _Actor("Ireland", ActorKind.GOVERNMENT, "IE", ("Ireland",)),
    _Actor("United States", ActorKind.GOVERNMENT, "US", ("the United States", "the US")),
    _Actor("Australia", ActorKind.GOVERNMENT, "AU", ("Australia",)),
    _Actor("Canada", ActorKind.GOVERNMENT, "CA", ("Canada",)),
    _Actor("Japan", ActorKind.GOVERNMENT, "JP", ("Japan",)),
    _Actor("Spain", ActorKind.GOVERNMENT, "ES", ("Spain",)),
    _Actor("Netherlands", ActorKind.GOVERNMENT, "NL", ("the Netherlands",)),
    _Actor("New Zealand", ActorKind.GOVERNMENT, "NZ", ("New Zealand",)),
    _Actor("Kenya", ActorKind.GOVERNMENT, "KE", ("Kenya",)),
    _Actor("Brazil", ActorKind.GOVERNMENT, "BR", ("Brazil",)),
    _Actor("Côte d'Ivoire", ActorKind.GOVERNMENT, "CI", ("Côte d'Ivoire",)),
)
_ORGANISATIONS: Final = (
    _Actor(
        "National Crime Agency",
        ActorKind.AGENCY,
        "GB",
        ("the National Crime Agency", "the NCA"),
    ),
    _Actor("Ofcom", ActorKind.AGENCY, "GB", ("Ofcom",)),
    _Actor("eSafety Commissioner", ActorKind.AGENCY, "AU", ("the eSafety Commissioner",)),
    _Actor("Europol", ActorKind.AGENCY, None, ("Europol",)),
    _Actor(
        "Internet Watch Foundation",
        ActorKind.NGO,
        "GB",
        ("the Internet Watch Foundation", "the IWF"),
    ),
    _Actor("NSPCC", ActorKind.NGO, "GB", ("the NSPCC",)),
    _Actor("Save the Children", ActorKind.NGO, None, ("Save the Children",)),
    _Actor("European Union", ActorKind.INTERGOVERNMENTAL, None, ("the European Union", "the EU")),
    _Actor("UNICEF", ActorKind.INTERGOVERNMENTAL, None, ("UNICEF",)),
    _Actor("Council of Europe", ActorKind.INTERGOVERNMENTAL, None, ("the Council of Europe",)),
    _Actor("Meta", ActorKind.COMPANY, "US", ("Meta",)),
    _Actor("Google", ActorKind.COMPANY, "US", ("Google",)),
    _Actor("Microsoft", ActorKind.COMPANY, "US", ("Microsoft",)),
    _Actor("Snap", ActorKind.COMPANY, "US", ("Snap",)),
)
_PEOPLE: Final = (
    _Actor(
        "Amelia Hart",
        ActorKind.PERSON,
        "GB",
        ("Amelia Hart",),
        role="Home Secretary",
        represents="United Kingdom",
    ),
    _Actor(
        "Claire Dubois",
        ActorKind.PERSON,
        "FR",
        ("Claire Dubois",),
        role="Digital Minister",
        represents="France",
    ),
    _Actor(
        "Daniel Okafor",
        ActorKind.PERSON,
        "IE",
        ("Daniel Okafor",),
        role="Minister for Children",
        represents="Ireland",
    ),
    _Actor(
        "Sofia Lindqvist",
        ActorKind.PERSON,
        None,
        ("Sofia Lindqvist",),
        role="Commissioner for Home Affairs",
        represents="European Union",
    ),
    _Actor(
        "José Ramírez",
        ActorKind.PERSON,
        "ES",
        ("José Ramírez",),
        role="Secretary of State for Education",
        represents="Spain",
    ),
    _Actor(
        "Zoë Nakamura",
        ActorKind.PERSON,
        None,
        ("Zoë Nakamura",),
        role="chief executive",
        represents="Internet Watch Foundation",
    ),
)
_PARTIES: Final = _GOVERNMENTS + _ORGANISATIONS + _PEOPLE
_SOURCES: Final = tuple(a for a in _ORGANISATIONS if a.kind in (ActorKind.AGENCY, ActorKind.NGO))

_ACTIONS: Final = (
    "strengthen online safety protections for children",
    "share intelligence on online grooming cases",
    "fund specialist support services for young people",
    "remove illegal content from their platforms more quickly",
    "publish an annual transparency report",
    "improve age checks on social media services",
    "expand safeguarding training in schools",
    "work together on detecting harmful material",
    "increase funding for children's social care",
    "review how reports from the public are handled",
)
_GROUPS: Final = ("other European partners", "several technology firms", "leading charities")
_INSTRUMENTS: Final = (
    "a joint statement",
    "the Online Safety Charter",
    "a memorandum of understanding",
    "the Lanzarote Convention",
    "the Global Child Safety Pledge",
)

# verb form in the sentence, its modality
_PLEDGE_VERBS: Final = (
    ("pledged to", Modality.PLEDGE),
    ("committed to", Modality.COMMIT),
    ("vowed to", Modality.VOW),
    ("promised to", Modality.PROMISE),
    ("agreed to", Modality.AGREE),
)

# (singular, plural, subject phrase)
_UNITS: Final = (
    ("report", "reports", "reports of online grooming"),
    ("referral", "referrals", "referrals to children's services"),
    ("child", "children", "children on protection plans"),
    ("case", "cases", "cases of online exploitation"),
    ("image", "images", "images removed from the internet"),
    ("school", "schools", "schools taking part in the scheme"),
    ("social worker", "social workers", "social workers recruited"),
    ("family", "families", "families offered early help"),
    ("website", "websites", "websites taken down"),
    ("officer", "officers", "specialist officers"),
)
_LARGE_UNITS: Final = (
    ("image", "images", "images flagged by hashing tools"),
    ("report", "reports", "reports to a tip line"),
    ("account", "accounts", "accounts removed"),
)
_HEDGES: Final = (
    # (words, approx, bound)
    ("", False, None),
    ("", False, None),
    ("nearly ", True, None),
    ("about ", True, None),
    ("around ", True, None),
    ("an estimated ", True, None),
    ("more than ", False, Bound.MIN),
    ("over ", False, Bound.MIN),
    ("at least ", False, Bound.MIN),
    ("up to ", False, Bound.MAX),
    ("fewer than ", False, Bound.MAX),
)
_NUMBER_WORDS: Final = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    10: "ten",
    12: "twelve",
}
_PERIODS: Final = ("week", "month", "year", "day")
_CURRENCIES: Final = (("£", "GBP"), ("$", "USD"), ("€", "EUR"))
_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_QUOTES: Final = (
    "Every child deserves to be safe online",
    "We will not hesitate to act where companies fall short",
    "This funding will make a real difference to families",
    "Working together is the only way to tackle this problem",
    "These figures show why the new rules are needed",
    "Our priority is to make sure help reaches children sooner",
)
_CONTEXT: Final = (
    "The measures follow a public consultation with schools and local councils.",
    "Officials said further details would be published in the coming months.",
    "The announcement was welcomed by children's charities.",
    "Ministers will set out the timetable for the changes later this year.",
    "The plans will be reviewed by an independent panel.",
    "Campaigners said the commitments should be matched by funding.",
    "The guidance applies to online services used by young people.",
    "Local authorities will be asked to report on their progress.",
    "Critics said the proposals did not go far enough.",
    "Teachers' unions asked for clearer guidance on reporting concerns.",
    "The regulator is expected to publish a code of practice.",
    "Parents will be able to find advice on a new website.",
)
# context sentences naming a party that does not pledge (not a signatory)
_MENTION_CONTEXT: Final = (
    "{} has previously called for stronger rules.",
    "{} declined to comment on the figures.",
    "{} was not part of the talks.",
    "{} is expected to respond in {} {}.",
    "Talks with {} will continue in {} {}.",
)
_HEADLINES: Final = (
    "New measures to protect children online announced",
    "Governments agree closer work on child safety",
    "Charities welcome child protection pledges",
    "Online safety rules: what changes and when",
)
_AUTHORS: Final = ("Jane Whitfield", "Tom Adeyemi", "Priya Raman", "Lucas Moreau", "Ana Sousa")
_PUBLISHERS: Final = ("The Daily Courier", "Policy Wire", "Northern Gazette", None)


# -- a source of choices: Hypothesis draws or a seeded Random -----------------------------


class _Choices(Protocol):
    def choice(self, options: Sequence[T]) -> T: ...
    def integer(self, low: int, high: int) -> int: ...
    def boolean(self) -> bool: ...


class _Drawn:
    """Choices drawn through Hypothesis (so examples shrink)."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def choice(self, options: Sequence[T]) -> T:
        # an index rather than st.sampled_from: the same shrinking (towards the first
        # option) without building and validating a strategy per choice
        return options[self.integer(0, len(options) - 1)]

    def integer(self, low: int, high: int) -> int:
        return self._draw(_integers(low, high))

    def boolean(self) -> bool:
        return self._draw(_BOOLEANS)


_BOOLEANS: Final = st.booleans()


@functools.lru_cache(maxsize=256)
def _integers(low: int, high: int) -> st.SearchStrategy[int]:
    """One strategy per range, built once (a document draws a few hundred choices)."""
    return st.integers(low, high)


class _Seeded:
    """Choices from a seeded :class:`random.Random` (deterministic, no Hypothesis engine)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def choice(self, options: Sequence[T]) -> T:
        return options[self._rng.randrange(len(options))]

    def integer(self, low: int, high: int) -> int:
        return self._rng.randint(low, high)

    def boolean(self) -> bool:
        return self._rng.random() < 0.5


# -- building text and records together --------------------------------------------------

_Record = Statistic | Signatory | Commitment | Quote


class _Builder:
    """Accumulates article text, paragraphs and records whose spans index the text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.paragraphs: list[Paragraph] = []
        self.records: dict[type, list[Any]] = {
            Statistic: [],
            Signatory: [],
            Commitment: [],
            Quote: [],
        }
        self._paragraph_start = 0

    def add(self, text: str) -> Span:
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        return Span(start, self.size)

    def record(self, record: _Record) -> None:
        self.records[type(record)].append(record)

    def begin_paragraph(self) -> None:
        if self.parts:
            self.add("\n\n")
        self._paragraph_start = self.size

    def end_paragraph(self, kind: ParagraphKind = ParagraphKind.PARAGRAPH) -> None:
        self.paragraphs.append(Paragraph(Span(self._paragraph_start, self.size), kind))

    def space(self) -> None:
        if self.size > self._paragraph_start:
            self.add(" ")

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _figure(c: _Choices) -> tuple[str, Decimal, str | None, str | None]:
    """A figure as printed, its exact value, its unit (for money/percent) and rate period."""
    style = c.integer(0, 9)
    if style <= 3:  # a count with thousands separators
        n = c.choice((c.integer(11, 999), c.integer(1000, 99999)))
        return f"{n:,}", Decimal(n), None, None
    if style == 4:  # a number word
        n = c.choice(tuple(_NUMBER_WORDS))
        return _NUMBER_WORDS[n], Decimal(n), None, None
    if style == 5:  # millions with a decimal
        whole, tenth = c.integer(1, 9), c.integer(1, 9)
        return f"{whole}.{tenth} million", Decimal(whole * 10**6 + tenth * 10**5), None, None
    if style == 6:  # percentage
        n = c.integer(2, 98)
        word = c.choice(("%", " per cent"))
        return f"{n}{word}", Decimal(n), "percent", None
    if style == 7:  # money
        symbol, code = c.choice(_CURRENCIES)
        n = c.integer(2, 250)
        scale, factor = c.choice((("m", 1_000_000), (" million", 1_000_000), ("bn", 10**9)))
        return f"{symbol}{n}{scale}", Decimal(n) * factor, code, None
    n = c.integer(11, 950)  # a rate
    period = c.choice(_PERIODS)
    return f"{n:,}", Decimal(n), None, period


def _statistic(b: _Builder, c: _Choices, source: _Actor | None, *, capital: bool = False) -> None:
    """Append one figure phrase ("more than 3,000 reports") and record it."""
    hedge, approx, bound = c.choice(_HEDGES)
    shown, value, unit, per = _figure(c)
    singular, plural, subject = c.choice(_UNITS if value < 10**6 else _LARGE_UNITS)
    if unit is None:
        noun = singular if value == 1 else plural
        phrase = f"{hedge}{shown} {noun}"
        unit, subject_text = plural, subject
    elif unit == "percent":
        phrase = f"{hedge}{shown} of {plural}"
        subject_text = plural
    else:  # money
        phrase = f"{hedge}{shown}"
        subject_text = "funding"
    if per is not None:
        phrase += f" a {per}"
    if capital:
        phrase = _capitalise(phrase)
    span = b.add(phrase)
    b.record(
        Statistic(
            value=value,
            text=phrase,
            span=span,
            unit=unit,
            subject=subject_text,
            approx=approx,
            bound=bound,
            per=per,
            attributed_to=None if source is None else source.name,
        )
    )


def _range(b: _Builder, c: _Choices, source: _Actor | None) -> None:
    """Append a stated range ("Between 1,200 and 1,500 reports") and its two ends: the
    lower bounded min, the upper max, linked by one ``range_id``."""
    low = c.integer(11, 4999)
    high = low + c.integer(1, 5000)
    _singular, plural, subject = c.choice(_UNITS)
    b.add("Between ")
    low_text = f"{low:,}"
    low_span = b.add(low_text)
    b.add(" and ")
    high_text = f"{high:,} {plural}"
    high_span = b.add(high_text)
    range_id = record_id("rng", low_span.start, high_span.end)
    for value, text, span, bound in (
        (low, low_text, low_span, Bound.MIN),
        (high, high_text, high_span, Bound.MAX),
    ):
        b.record(
            Statistic(
                value=Decimal(value),
                text=text,
                span=span,
                unit=plural,
                subject=subject,
                bound=bound,
                attributed_to=None if source is None else source.name,
                range_id=range_id,
            )
        )


def _statistic_sentence(b: _Builder, c: _Choices, figures: int) -> None:
    source = c.choice(_SOURCES)
    mention = c.choice(source.mentions)
    year = c.integer(2015, 2024)
    if figures >= 2 and c.integer(0, 2) == 0:
        _range(b, c, source)
        b.add(f" were recorded in {year}, according to {mention}.")
        return
    if figures >= 2:
        b.add(f"Figures from {mention} show ")
        _statistic(b, c, source)
        b.add(f" in {year}, compared with ")
        _statistic(b, c, source)
        b.add(f" in {year - 1}.")
        return
    template = c.integer(0, 2)
    if template == 0:
        b.add(f"According to {mention}, ")
        _statistic(b, c, source)
        b.add(f" were recorded in {year}.")
    elif template == 1:
        b.add(f"{_capitalise(mention)} said it had received ")
        _statistic(b, c, source)
        b.add(" last year.")
    else:
        _statistic(b, c, None, capital=True)
        b.add(f" were reported in {c.choice(_MONTHS)} {year}, officials said.")


def _actors(c: _Choices, count: int) -> list[_Actor]:
    chosen: list[_Actor] = []
    while len(chosen) < count:
        actor = c.choice(_PARTIES)
        if actor not in chosen:
            chosen.append(actor)
    return chosen


_RULES: Final = (None, "subject-commits", "signed-by", "clause-pledge")
"""Values of ``Signatory.rule`` and ``Commitment.rule``, as the extractors write them."""


def _commitment_sentence(b: _Builder, c: _Choices, actors: int) -> None:
    start = b.size
    parties = _actors(c, actors)
    date: PartialDate | None = None
    rule: str | None = None
    if c.integer(0, 3) == 0:
        year, month = c.integer(2019, 2025), c.integer(1, 12)
        if c.boolean():
            day = c.integer(1, 28)
            b.add(f"On {day} {_MONTHS[month - 1]} {year}, ")
            date = PartialDate(year, month, day)
        else:
            b.add(f"In {_MONTHS[month - 1]} {year}, ")
            date = PartialDate(year, month)
        rule = "explicit"
    names: list[str] = []
    for i, actor in enumerate(parties):
        if i:
            b.add(" and " if i == len(parties) - 1 else ", ")
        mention = c.choice(actor.mentions)
        if b.size == start:
            mention = _capitalise(mention)
        span = b.add(mention)
        names.append(actor.name)
        b.record(
            Signatory(
                name=actor.name,
                kind=actor.kind,
                text=mention,
                span=span,
                country=actor.country,
                role=actor.role,
                represents=actor.represents,
                rule=c.choice(_RULES),
            )
        )
    groups: tuple[str, ...] = ()
    if c.integer(0, 4) == 0:
        group = c.choice(_GROUPS)
        b.add(f", along with {group},")
        groups = (group,)
    instrument: str | None = None
    action = c.choice(_ACTIONS)
    if c.integer(0, 2) == 0:
        instrument = c.choice(_INSTRUMENTS)
        verb, modality = c.choice((("signed", Modality.SIGN), ("joined", Modality.JOIN)))
        b.add(f" {verb} {instrument}, undertaking to {action}.")
    else:
        verb, modality = c.choice(_PLEDGE_VERBS)
        b.add(f" {verb} {action}.")
    text = b.text[start:]
    b.record(
        Commitment(
            actors=tuple(names),
            action=action,
            modality=modality,
            text=text,
            span=Span(start, b.size),
            date=date,
            date_rule=rule,
            instrument=instrument,
            groups=groups,
            rule=c.choice(_RULES),
        )
    )


def _quote_sentence(b: _Builder, c: _Choices) -> None:
    person = c.choice(_PEOPLE)
    words = c.choice(_QUOTES)
    opening, closing = c.choice((("\u201c", "\u201d"), ('"', '"')))
    if c.boolean():
        b.add(opening)
        span = b.add(words)
        b.add(f",{closing} said {person.name}, the {person.role}.")
    else:
        b.add(f"{person.name}, the {person.role}, said: {opening}")
        span = b.add(words)
        b.add(f".{closing}")
    b.record(Quote(text=words, span=span, speaker=person.name))


def _context_sentence(b: _Builder, c: _Choices) -> None:
    """A sentence with no records: plain context, or a party that pledges nothing."""
    if c.boolean():
        b.add(c.choice(_CONTEXT))
        return
    template = c.choice(_MENTION_CONTEXT)
    mention = c.choice(c.choice(_PARTIES).mentions)
    if template.startswith("{}"):
        mention = _capitalise(mention)
    month, year = c.choice(_MONTHS), str(c.integer(2019, 2026))
    b.add(template.format(mention, month, year))


def _build(
    c: _Choices,
    *,
    statistics: int,
    commitments: int,
    signatories: int,
    quotes: int,
    context: int,
    min_size: int = 0,
) -> tuple[_Builder, str]:
    """Text and records with exactly the given counts (plus context to ``min_size``)."""
    b = _Builder()
    headline = c.choice(_HEADLINES)
    b.begin_paragraph()
    b.add(headline)
    b.end_paragraph(ParagraphKind.HEADING)
    # split the signatories over the commitments (each needs at least one actor)
    per_commitment = [1] * commitments
    if commitments:
        for i in range(signatories - commitments):
            per_commitment[i % commitments] += 1
    plan: list[tuple[str, int]] = []
    remaining = statistics
    while remaining:
        n = 2 if remaining >= 2 and c.integer(0, 2) == 0 else 1
        plan.append(("stat", n))
        remaining -= n
    plan += [("commit", n) for n in per_commitment]
    plan += [("quote", 1)] * quotes
    plan += [("context", 1)] * context
    order = [c.integer(0, 1000) for _ in plan]
    plan = [p for _, p in sorted(zip(order, plan, strict=True), key=lambda x: x[0])]
    i = 0
    while i < len(plan) or b.size < min_size:
        b.begin_paragraph()
        for _ in range(c.integer(1, 3)):
            if i < len(plan):
                kind, n = plan[i]
                i += 1
            elif b.size < min_size:
                kind, n = "context", 1
            else:
                break
            b.space()
            if kind == "stat":
                _statistic_sentence(b, c, n)
            elif kind == "commit":
                _commitment_sentence(b, c, n)
            elif kind == "quote":
                _quote_sentence(b, c)
            else:
                _context_sentence(b, c)
        b.end_paragraph()
    return b, headline


def _article(c: _Choices, b: _Builder, headline: str, serial: int | None = None) -> Article:
    precision = c.integer(0, 5)
    year = c.integer(2018, 2025)
    published: PartialDate | None
    if precision == 0:
        published = None
    elif precision == 1:
        published = PartialDate(year)
    elif precision == 2:
        published = PartialDate(year, c.integer(1, 12))
    else:
        published = PartialDate(year, c.integer(1, 12), c.integer(1, 28))
    authors = tuple(sorted({c.choice(_AUTHORS) for _ in range(c.integer(0, 2))}))
    slug = "-".join(headline.lower().replace(":", "").split()[:5])
    number = c.integer(1000, 99999) if serial is None else serial
    retrieved = None
    if c.boolean():
        retrieved = dt.date(2025, c.integer(1, 12), c.integer(1, 28))
    return Article(
        b.text,
        title=headline,
        published=published,
        authors=authors,
        publisher=c.choice(_PUBLISHERS),
        source=f"https://news.example.org/{number}/{slug}",
        language=c.choice(("en", "en-GB")),
        paragraphs=tuple(b.paragraphs),
        retrieved=retrieved,
    )


def _document(c: _Choices, **counts: int) -> Document:
    b, headline = _build(c, **counts)
    return Document(
        _article(c, b, headline),
        statistics=tuple(b.records[Statistic]),
        signatories=tuple(b.records[Signatory]),
        commitments=tuple(b.records[Commitment]),
        quotes=tuple(b.records[Quote]),
    )


# -- public strategies -------------------------------------------------------------------


def spans(max_end: int = 10_000) -> st.SearchStrategy[Span]:
    """Valid spans ``[start, end)`` with ``end <= max_end``."""
    return (
        st.tuples(st.integers(0, max_end), st.integers(0, max_end))
        .map(sorted)
        .map(lambda pair: Span(pair[0], pair[1]))
    )


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Dates known to the year, the month or the day (valid calendar dates only)."""
    days = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
    return st.one_of(
        st.integers(1900, 2100).map(PartialDate),
        st.tuples(st.integers(1900, 2100), st.integers(1, 12)).map(lambda p: PartialDate(*p)),
        days.map(PartialDate.from_date),
    )


@st.composite
def documents(
    draw: st.DrawFn,
    *,
    max_statistics: int = 6,
    max_commitments: int = 3,
    max_quotes: int = 2,
) -> Document:
    """Valid Documents: realistic article text with consistent records.

    Every record's span slices the article text to the record's ``text``; counts of
    each record kind range from zero to the given maxima.
    """
    c = _Drawn(draw)
    commitments = c.integer(0, max_commitments)
    return _document(
        c,
        statistics=c.integer(0, max_statistics),
        commitments=commitments,
        signatories=commitments + c.integer(0, commitments * 2),
        quotes=c.integer(0, max_quotes),
        context=c.integer(0, 3),
    )


def articles() -> st.SearchStrategy[Article]:
    """Valid Articles with realistic headline, metadata, text and paragraphs."""
    return documents().map(lambda doc: doc.article)


def _one(kind: str) -> Callable[[st.DrawFn], Any]:
    def build(draw: st.DrawFn) -> Any:
        c = _Drawn(draw)
        b = _Builder()
        b.begin_paragraph()
        if kind == "stat":
            _statistic_sentence(b, c, c.integer(1, 2))
            return c.choice(b.records[Statistic])
        if kind == "quote":
            _quote_sentence(b, c)
            return b.records[Quote][0]
        _commitment_sentence(b, c, c.integer(1, 3))
        if kind == "commit":
            return b.records[Commitment][0]
        return c.choice(b.records[Signatory])

    return build


def statistics() -> st.SearchStrategy[Statistic]:
    """Valid Statistics; each span indexes the generated sentence it was read from."""
    return st.composite(_one("stat"))()


def signatories() -> st.SearchStrategy[Signatory]:
    """Valid Signatories (governments, agencies, NGOs, companies, people)."""
    return st.composite(_one("sig"))()


def commitments() -> st.SearchStrategy[Commitment]:
    """Valid Commitments: pledge, commit, vow, promise, agree, sign and join sentences."""
    return st.composite(_one("commit"))()


def quotes() -> st.SearchStrategy[Quote]:
    """Valid Quotes with their speakers."""
    return st.composite(_one("quote"))()


def sample_documents(
    n: int,
    *,
    seed: int = 0,
    statistics: int = 8,
    commitments: int = 3,
    signatories: int = 6,
    quotes: int = 2,
    text_size: int = 3000,
) -> list[Document]:
    """``n`` realistic Documents of a fixed shape, reproducible from ``seed``.

    The same generator as :func:`documents` driven by :class:`random.Random` instead of
    Hypothesis: exactly ``statistics`` figures, ``commitments`` pledge sentences with
    ``signatories`` actor mentions between them, ``quotes`` quotations, and context
    sentences until the text is at least ``text_size`` characters.
    """
    if commitments == 0 and signatories:
        raise ValueError("signatories come from commitment sentences; give commitments >= 1")
    c = _Seeded(random.Random(seed))
    out = []
    for serial in range(n):
        b, headline = _build(
            c,
            statistics=statistics,
            commitments=commitments,
            signatories=max(signatories, commitments),
            quotes=quotes,
            context=0,
            min_size=text_size,
        )
        out.append(
            Document(
                _article(c, b, headline, serial),
                statistics=tuple(b.records[Statistic]),
                signatories=tuple(b.records[Signatory]),
                commitments=tuple(b.records[Commitment]),
                quotes=tuple(b.records[Quote]),
            )
        )
    return out


st.register_type_strategy(Document, documents())
st.register_type_strategy(Article, articles())
st.register_type_strategy(Statistic, statistics())
st.register_type_strategy(Signatory, signatories())
st.register_type_strategy(Commitment, commitments())
# -- rosters ---------------------------------------------------------------------------------

_STATEMENTS: Final = (
    "Lakeside Declaration",
    "Harbour Pledge on Safer Platforms",
    "joint statement",
    "Riverside Call to Action",
)
_PARTY_UNITS: Final = ("countries", "companies", "signatories", "organisations")
_ROSTER_PARTIES: Final = _GOVERNMENTS + _ORGANISATIONS


def _hex_id(prefix: str) -> st.SearchStrategy[str]:
    return st.text("0123456789abcdef", min_size=16, max_size=16).map(lambda h: f"{prefix}_{h}")


@st.composite
def _evidence(draw: st.DrawFn) -> RosterEvidence:
    via = draw(st.sampled_from(("signatory", "commitment", "statistic", "sentence")))
    prefix = {"signatory": "sig", "commitment": "com", "statistic": "stat"}.get(via)
    party = draw(st.sampled_from(_ROSTER_PARTIES))
    text = f"{party.mentions[0][:1].upper()}{party.mentions[0][1:]} signed the declaration."
    start = draw(st.integers(0, 5000))
    date = draw(st.none() | partial_dates())
    dated_by = (
        DateSource.UNDATED
        if date is None
        else draw(st.sampled_from([d for d in DateSource if d is not DateSource.UNDATED]))
    )
    return RosterEvidence(
        document=draw(_hex_id("art")),
        source=draw(st.none() | st.sampled_from(("articles/a.txt", "https://example.org/n/1"))),
        via=via,
        record=None if prefix is None else draw(_hex_id(prefix)),
        text=text,
        span=Span(start, start + len(text)),
        date=date,
        dated_by=dated_by,
    )


@st.composite
def _member(draw: st.DrawFn, party: _Actor) -> Member:
    since = draw(st.none() | partial_dates())
    return Member(
        name=party.name,
        kind=draw(st.none() | st.just(party.kind)),
        country=party.country,
        since=since,
        left=draw(st.none() | partial_dates()),
        sources=tuple(draw(st.lists(_evidence(), min_size=1, max_size=3))),
    )


@st.composite
def _claim(draw: st.DrawFn) -> Claim:
    count = draw(st.integers(1, 200))
    unit = draw(st.sampled_from(_PARTY_UNITS))
    text = f"{count} {unit}"
    sentence = f"The statement has now been signed by {text}."
    start = draw(st.integers(0, 5000))
    date = draw(st.none() | partial_dates())
    return Claim(
        count=count,
        unit=unit,
        bound=draw(st.none() | st.sampled_from(Bound)),
        approx=draw(st.booleans()),
        increment=draw(st.booleans()),
        text=text,
        sentence=sentence,
        document=draw(_hex_id("art")),
        source=draw(st.none() | st.just("articles/b.txt")),
        statistic=draw(_hex_id("stat")),
        span=Span(start, start + len(text)),
        date=date,
        dated_by=DateSource.UNDATED if date is None else DateSource.PUBLISHED,
    )


@st.composite
def _change(draw: st.DrawFn) -> Change:
    kind = draw(st.sampled_from(ChangeKind))
    named = kind is ChangeKind.WITHDRAW or draw(st.booleans())
    parties = (
        tuple(p.name for p in draw(st.lists(st.sampled_from(_ROSTER_PARTIES), max_size=3)))
        if named
        else ()
    )
    return Change(
        kind=kind,
        parties=parties,
        count=None if parties else draw(st.integers(1, 50)),
        date=draw(st.none() | partial_dates()),
        sources=tuple(draw(st.lists(_evidence(), min_size=1, max_size=2))),
    )


@st.composite
def rosters(draw: st.DrawFn) -> Roster:
    """Valid Rosters: members, claims and changes whose totals agree."""
    name = draw(st.sampled_from(_STATEMENTS))
    document = draw(_hex_id("art")) if name[:1].islower() else None
    key = name.casefold() if document is None else f"{document}:{name}"
    parties = draw(st.lists(st.sampled_from(_ROSTER_PARTIES), max_size=5, unique=True))
    members = tuple(draw(_member(p)) for p in sorted(parties, key=lambda p: p.name))
    claims = tuple(draw(st.lists(_claim(), max_size=3)))
    totals = [c.count for c in claims if not c.increment]
    claimed = max(totals) if totals else None
    named = sum(1 for m in members if m.left is None)
    return Roster(
        statement=name,
        key=key,
        document=document,
        aliases=(name,),
        launched=draw(st.none() | partial_dates()),
        members=members,
        claims=claims,
        changes=tuple(draw(st.lists(_change(), max_size=3))),
        claimed=claimed,
        named=named,
        unnamed=None if claimed is None else max(claimed - named, 0),
    )


st.register_type_strategy(Quote, quotes())
st.register_type_strategy(Span, spans())
st.register_type_strategy(PartialDate, partial_dates())
st.register_type_strategy(Roster, rosters())
