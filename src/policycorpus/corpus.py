"""Many documents at once: filters, a signatory matrix, a timeline and reconciliation.

A :class:`Corpus` is an immutable collection of :class:`~policycorpus.Document` records
(and the inputs that failed to load). Build one from documents you already have, from
JSON Lines files, from folders of articles (parsed and extracted on the way in) or from
the built-in sample (:meth:`Corpus.sample`)::

    corpus = Corpus.from_paths("articles/", "more.jsonl")
    recent = corpus.filter(since="2023-10", actor="United Kingdom")
    print(recent.signatory_matrix().render())
    for cluster in recent.reconcile():
        print(cluster.explain())
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Final

import attrs

from policycorpus._inputs import Failure, load_documents, run_paths, sample_paths
from policycorpus._reconcile import (
    ClusterMember,
    MentionLabel,
    StatisticCluster,
    StatisticMention,
    mentions_of,
    reconcile,
)
from policycorpus._rosters import build_rosters, render_roster
from policycorpus.model import ActorKind, Commitment, Document, Modality, PartialDate, Roster

__all__ = [
    "UNSPECIFIED_STATEMENT",
    "ClusterMember",
    "Corpus",
    "Evidence",
    "MatrixCell",
    "MentionLabel",
    "SignatoryMatrix",
    "StatisticCluster",
    "StatisticMention",
    "TimelineEntry",
    "render_roster",
]

UNSPECIFIED_STATEMENT: Final = "(unnamed statement)"
"""The matrix column for pledges whose article names no statement or declaration."""

DOCUMENT_SUFFIXES: Final = (".jsonl", ".ndjson", ".json")
"""Files :meth:`Corpus.from_paths` reads as serialised documents, not as articles."""

DateLike = PartialDate | dt.date | str


# -- result records ----------------------------------------------------------------------


@attrs.frozen
class Evidence:
    """Why a matrix cell is filled: one record of one article."""

    document: str
    """Id of the document."""
    source: str | None
    """The article's source (path or URL)."""
    record: str
    """Id of the commitment or signatory record."""
    via: str
    """``"commitment"`` (the actor is among its actors) or ``"signatory"``."""
    text: str
    """The record's text in the article."""


@attrs.frozen
class MatrixCell:
    """One actor's support for one statement, with the articles that say so."""

    actor: str
    """Canonical actor name."""
    statement: str
    """The statement or declaration (or :data:`UNSPECIFIED_STATEMENT`)."""
    evidence: tuple[Evidence, ...]
    """The records supporting the cell, ordered by source and record id."""

    @property
    def documents(self) -> tuple[str, ...]:
        """Ids of the supporting documents, sorted, once each."""
        return tuple(sorted({e.document for e in self.evidence}))

    @property
    def sources(self) -> tuple[str, ...]:
        """Sources of the supporting documents, sorted, once each."""
        return tuple(sorted({e.source or e.document for e in self.evidence}))


@attrs.frozen
class SignatoryMatrix:
    """Actors by statements: who signed or pledged what, and where it is reported.

    Attribution rules: an actor of a commitment naming an instrument supports that
    instrument; an actor of a commitment naming none supports
    :data:`UNSPECIFIED_STATEMENT`; a signatory not among any commitment's actors
    supports the article's only named instrument, or :data:`UNSPECIFIED_STATEMENT`
    when the article names none or several. Statement names are matched case- and
    space-insensitively (and without a leading "the"); the most common spelling is
    shown.
    """

    actors: tuple[str, ...]
    """Row labels, sorted."""
    statements: tuple[str, ...]
    """Column labels, sorted (the unnamed statement last)."""
    cells: tuple[MatrixCell, ...]
    """The filled cells, ordered by actor then statement."""

    def cell(self, actor: str, statement: str) -> MatrixCell | None:
        """The cell for ``actor`` and ``statement`` (any case), or ``None`` when empty."""
        a, s = actor.casefold(), _statement_key(statement)
        for c in self.cells:
            if c.actor.casefold() == a and _statement_key(c.statement) == s:
                return c
        return None

    def rows(self) -> list[dict[str, object]]:
        """Tidy rows (actor, statement, documents, sources), one per filled cell."""
        return [
            {
                "actor": c.actor,
                "statement": c.statement,
                "documents": len(c.documents),
                "sources": list(c.sources),
            }
            for c in self.cells
        ]

    def render(self) -> str:
        """A plain-text table: one row per actor, the number of articles per statement."""
        counts = {(c.actor, c.statement): len(c.documents) for c in self.cells}
        header = ["actor", *self.statements]
        body = [
            [a, *(str(counts.get((a, s), "")) or "." for s in self.statements)] for a in self.actors
        ]
        widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
        lines = [
            "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True))
            for r in [header, *body]
        ]
        return "\n".join(line.rstrip() for line in lines)


@attrs.frozen
class TimelineEntry:
    """A commitment placed in time."""

    date: PartialDate | None
    """When it was made: the commitment's own date, else the article's publication."""
    dated_by: str
    """``"commitment"``, ``"published"`` or ``"undated"``: where :attr:`date` came from."""
    actors: tuple[str, ...]
    """The committing actors (canonical names)."""
    modality: Modality
    """The kind of undertaking."""
    action: str
    """What they undertook."""
    instrument: str | None
    """The statement or declaration named, if any."""
    text: str
    """The sentence."""
    document: str
    """Id of the document."""
    source: str | None
    """The article's source."""
    commitment: str
    """Id of the commitment record."""


# -- the corpus ----------------------------------------------------------------------------


def _tuple_of_documents(value: Iterable[Document]) -> tuple[Document, ...]:
    return tuple(value)


def _tuple_of_failures(value: Iterable[Failure]) -> tuple[Failure, ...]:
    return tuple(value)


@attrs.frozen
class Corpus:
    """An immutable collection of documents, with queries across them."""

    documents: tuple[Document, ...] = attrs.field(default=(), converter=_tuple_of_documents)
    """The documents, in load order."""
    failures: tuple[Failure, ...] = attrs.field(default=(), converter=_tuple_of_failures)
    """Inputs that could not be loaded, parsed or extracted, and why."""

    def __attrs_post_init__(self) -> None:
        for i, doc in enumerate(self.documents):
            if not isinstance(doc, Document):
                raise TypeError(f"documents[{i}]: expected Document, got {type(doc).__name__}")

    # -- loading ------------------------------------------------------------------------

    @classmethod
    def from_paths(
        cls, *paths: str | os.PathLike[str], workers: int = 1, timeout: float | None = None
    ) -> Corpus:
        """Load files and folders (recursively).

        ``.jsonl``/``.ndjson``/``.json`` files are read as serialised documents; any
        other file (``.txt``, ``.html``, ``.htm``, ``.md`` inside folders) is parsed and
        extracted, in ``workers`` processes (same result as one). A bad input is
        recorded in :attr:`failures`, never raised.
        """
        docs: list[Document] = []
        failures: list[Failure] = []
        articles: list[str] = []

        def flush() -> None:
            for result in run_paths(articles, workers=workers, timeout=timeout):
                if result.document is not None:
                    docs.append(result.document)
                if result.failure is not None:
                    failures.append(result.failure)
            articles.clear()

        for path in paths:
            text = os.fspath(path)
            if text.lower().endswith(DOCUMENT_SUFFIXES) and os.path.isfile(text):
                flush()
                loaded, bad = load_documents(text)
                docs.extend(loaded)
                failures.extend(bad)
            else:
                articles.append(text)
        flush()
        return cls(docs, failures)

    @classmethod
    def from_jsonl(cls, path: str | os.PathLike[str]) -> Corpus:
        """Load a JSON Lines file of documents; bad lines go to :attr:`failures`."""
        docs, failures = load_documents(os.fspath(path))
        return cls(docs, failures)

    @classmethod
    def sample(cls) -> Corpus:
        """The built-in sample corpus, parsed and extracted."""
        return cls.from_paths(*sample_paths())

    # -- collection protocol -------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __getitem__(self, index: int) -> Document:
        return self.documents[index]

    # -- filters --------------------------------------------------------------------------

    def filter(
        self,
        *,
        since: DateLike | None = None,
        until: DateLike | None = None,
        actor: str | None = None,
        kind: ActorKind | str | None = None,
        statement: str | None = None,
    ) -> Corpus:
        """The documents matching every given condition (failures are kept).

        - ``since``/``until``: the publication date overlaps the range (inclusive;
          a month-precision date "2023-10" matches ``since="2023-10-15"``); an
          undated document never matches a date condition.
        - ``actor``: a signatory or a commitment actor has this canonical name (any case).
        - ``kind``: a signatory of this :class:`~policycorpus.ActorKind`.
        - ``statement``: a commitment's instrument contains this text (any case).
        """
        low = _first_day(_as_partial(since)) if since is not None else None
        high = _last_day(_as_partial(until)) if until is not None else None
        kind_value = ActorKind(kind) if kind is not None else None
        actor_key = actor.casefold() if actor is not None else None
        statement_key = _statement_key(statement) if statement is not None else None

        def keep(doc: Document) -> bool:
            published = doc.article.published
            if low is not None or high is not None:
                if published is None:
                    return False
                if low is not None and _last_day(published) < low:
                    return False
                if high is not None and _first_day(published) > high:
                    return False
            if actor_key is not None and actor_key not in {a.casefold() for a in _actors_of(doc)}:
                return False
            if kind_value is not None and all(s.kind is not kind_value for s in doc.signatories):
                return False
            return statement_key is None or any(
                c.instrument is not None and statement_key in _statement_key(c.instrument)
                for c in doc.commitments
            )

        return Corpus(tuple(d for d in self.documents if keep(d)), self.failures)

    # -- queries ----------------------------------------------------------------------------

    def actors(self) -> tuple[str, ...]:
        """Every canonical actor name (signatories and commitment actors), sorted."""
        names: set[str] = set()
        for doc in self.documents:
            names.update(_actors_of(doc))
        return tuple(sorted(names, key=lambda n: (n.casefold(), n)))

    def statements(self) -> tuple[str, ...]:
        """Every named statement or declaration, in its most common spelling, sorted."""
        return tuple(sorted(_statement_names(self.documents).values(), key=str.casefold))

    def signatory_matrix(self) -> SignatoryMatrix:
        """Actors by statements, each cell with its evidence (rules in :class:`SignatoryMatrix`)."""
        names = _statement_names(self.documents)
        cells: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
        for doc in self.documents:
            src = doc.article.source
            instruments = {
                names[_statement_key(c.instrument)]
                for c in doc.commitments
                if c.instrument is not None and _statement_key(c.instrument)
            }
            committed: set[str] = set()
            for c in doc.commitments:
                statement = _statement_of(c, names)
                for actor in c.actors:
                    committed.add(actor)
                    cells[(actor, statement)].append(
                        Evidence(doc.id, src, c.id, "commitment", c.text)
                    )
            only = next(iter(instruments)) if len(instruments) == 1 else UNSPECIFIED_STATEMENT
            for s in doc.signatories:
                if s.name in committed:
                    continue
                cells[(s.name, only)].append(Evidence(doc.id, src, s.id, "signatory", s.text))
        built = tuple(
            MatrixCell(actor, statement, _dedupe(evidence))
            for (actor, statement), evidence in sorted(
                cells.items(), key=lambda kv: (kv[0][0].casefold(), _statement_order(kv[0][1]))
            )
        )
        actors = tuple(sorted({c.actor for c in built}, key=lambda n: (n.casefold(), n)))
        statements = tuple(sorted({c.statement for c in built}, key=_statement_order))
        return SignatoryMatrix(actors, statements, built)

    def timeline(self) -> tuple[TimelineEntry, ...]:
        """Every commitment, oldest first (undated last), then by source and position."""
        entries: list[tuple[tuple[bool, dt.date, str, str, int, str], TimelineEntry]] = []
        for doc in self.documents:
            for c in doc.commitments:
                if c.date is not None:
                    date, dated_by = c.date, "commitment"
                elif doc.article.published is not None:
                    date, dated_by = doc.article.published, "published"
                else:
                    date, dated_by = None, "undated"
                entry = TimelineEntry(
                    date=date,
                    dated_by=dated_by,
                    actors=c.actors,
                    modality=c.modality,
                    action=c.action,
                    instrument=c.instrument,
                    text=c.text,
                    document=doc.id,
                    source=doc.article.source,
                    commitment=c.id,
                )
                key = (
                    date is None,
                    _first_day(date) if date is not None else dt.date.min,
                    doc.article.source or "",
                    doc.id,
                    c.span.start,
                    c.id,
                )
                entries.append((key, entry))
        entries.sort(key=lambda pair: pair[0])
        return tuple(e for _, e in entries)

    def mentions(self) -> tuple[StatisticMention, ...]:
        """Every statistic of every document."""
        return tuple(mentions_of(self.documents))

    def reconcile(self) -> tuple[StatisticCluster, ...]:
        """Statistic clusters across the corpus (see :func:`policycorpus.corpus.reconcile`).

        Deterministic and independent of document order; every statistic lands in
        exactly one cluster, labelled exact, rounded, hedged or conflicting, with
        the reason it joined.
        """
        return reconcile(mentions_of(self.documents))

    def rosters(self) -> tuple[Roster, ...]:
        """One reconciled :class:`~policycorpus.Roster` per statement, named ones first.

        Members (with the records that support each and the earliest date), the counts
        the articles claim, how many parties stay unnamed, and the joins and
        withdrawals after the launch. Deterministic and independent of document order;
        the rules are in :mod:`policycorpus._rosters`.
        """
        return build_rosters(self.documents)


# -- helpers ---------------------------------------------------------------------------------


def _actors_of(doc: Document) -> set[str]:
    names = {s.name for s in doc.signatories}
    for c in doc.commitments:
        names.update(c.actors)
    return names


def _statement_key(name: str) -> str:
    key = " ".join(name.casefold().split())
    return key.removeprefix("the ")


def _statement_order(name: str) -> tuple[bool, str]:
    return (name == UNSPECIFIED_STATEMENT, name.casefold())


def _statement_names(documents: Iterable[Document]) -> dict[str, str]:
    """Statement key -> its most common spelling (ties: the smallest)."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in documents:
        for c in doc.commitments:
            if c.instrument is not None and _statement_key(c.instrument):
                spellings[_statement_key(c.instrument)][" ".join(c.instrument.split())] += 1
    return {k: min(v, key=lambda s: (-v[s], s)) for k, v in spellings.items()}


def _statement_of(c: Commitment, names: dict[str, str]) -> str:
    if c.instrument is None or not _statement_key(c.instrument):
        return UNSPECIFIED_STATEMENT
    return names[_statement_key(c.instrument)]


def _dedupe(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    unique = {(e.source or "", e.document, e.record, e.via): e for e in evidence}
    return tuple(unique[k] for k in sorted(unique))


def _as_partial(value: DateLike) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    return PartialDate.fromisoformat(value)


def _first_day(date: PartialDate) -> dt.date:
    return dt.date(date.year, date.month or 1, date.day or 1)


def _last_day(date: PartialDate) -> dt.date:
    month = date.month or 12
    day = date.day or calendar.monthrange(date.year, month)[1]
    return dt.date(date.year, month, day)
