"""Cross-article statistic reconciliation: one cluster per figure, each mention labelled.

Articles rarely repeat a figure verbatim: one prints "2,978 images", another "nearly
3,000 images", a third "almost 3,000 pictures". Reconciliation groups such mentions
into one :class:`StatisticCluster` and labels every mention (:class:`MentionLabel`).

The rules, applied in this order (all deterministic; the input order never matters):

1. **Units must be compatible.** A mention's *unit key* is its unit folded to lower
   case with the last word made singular ("images" and "image" agree; "%", "percent"
   and "per cent" agree), plus its rate period (``per``). Only mentions with the
   same unit key are ever compared; a mention with no unit meets others with no
   unit, or the single unit rule 6 finds for it.
2. **Each mention allows an interval of true values.** Its *step* is the place of
   its last significant digit (1,000 for "3,000", 1 for "2,978", 0.1 for "4.5").
   A plain figure ending in zeros may be rounded: it allows half a step either side,
   but never more than 5% of its value ("3,000" allows 2,850 to 3,150; "20" allows
   19 to 21). A precise figure (no trailing zeros) allows only itself. A hedge
   allows a *slack* of half a step, at least 10% and at most 25% of the value:
   "nearly"/"almost" that much below, "about"/"around" either side; a lower bound
   ("over", "more than") that much above, an upper bound ("up to") below.
3. **Precise plain figures are references.** Every distinct precise value is a
   cluster's reference. Any other mention joins the reference its interval allows;
   if several do, the nearest (ties: the smaller). It is labelled ``rounded`` (plain)
   or ``hedged`` (approximate or bounded).
4. **Left-over mentions group by stated value**: "nearly 3,000" and "3,000" with no
   precise figure near them form a cluster whose reference is 3,000.
5. **Conflicts.** Two clusters of the same unit key whose subjects share at least half
   of their content words, and whose references differ by at most 10%, are the same
   figure reported differently -- provided the shared words say more than the unit does.
   When all they share is the unit's own word ("16 companies" and "15 companies",
   subjects "companies"), nothing says the two count the same thing, and two counts that
   close are usually two facts (the companies at one summit and at another); such
   clusters conflict only when their references are within 1% of each other (11,018 and
   11,108 images), where coincidence is unlikely. The cluster stated exactly by more
   articles (then by more mentions, then with more mentions in all, then the finer step,
   then the smaller value) keeps its reference. The other's mentions move into it: a
   hedged or rounded one that also allows the kept reference keeps its label, the rest
   are labelled ``conflicting``, and the cluster is flagged. Two clusters drawn from the
   same single article never conflict: an article citing 2,978 and 2,920 images cites
   two figures.
6. **A figure printed without its unit** ("almost 3,000 of them") is compared with
   every unit's references first: if those it allows all belong to one unit, it is
   placed with that unit (its reason says so); otherwise it stays with the other
   unit-less mentions. A unit-less mention never causes two units to meet.

Every label carries a one-line ``reason`` saying why the mention joined.
"""

from __future__ import annotations

import enum
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final

import attrs

from policycorpus.model import Bound, Document, Statistic, record_id

__all__ = [
    "ClusterMember",
    "MentionLabel",
    "StatisticCluster",
    "StatisticMention",
    "reconcile",
    "unit_key",
]

# -- vocabulary (data) -------------------------------------------------------------------

PERCENT_UNITS: Final = frozenset({"%", "percent", "per cent", "percentage", "pct"})
"""Spellings of a percentage unit; all fold to ``"percent"``."""

HEDGES_BELOW: Final = ("nearly", "almost", "just under", "just short of", "close to", "approaching")
"""Hedges meaning "a little below the stated figure"."""

HEDGES_ABOVE: Final = ("just over", "just above", "a little over", "slightly more than")
"""Hedges meaning "a little above the stated figure" (besides a lower bound)."""

STOPWORDS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "to",
        "from",
        "with",
        "and",
        "or",
        "as",
        "that",
        "which",
        "who",
        "were",
        "was",
        "is",
        "are",
        "be",
        "been",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "than",
        "more",
        "over",
        "under",
        "about",
        "nearly",
        "around",
        "some",
        "up",
        "least",
        "most",
    ]
)
"""Words ignored when comparing subjects."""

IRREGULAR_PLURALS: Final = {
    "children": "child",
    "people": "person",
    "men": "man",
    "women": "woman",
    "data": "data",
    "series": "series",
    "species": "species",
}
"""Plurals the suffix rule gets wrong."""

RELATIVE_SLACK: Final = Decimal("0.10")
"""The least slack a hedge or bound allows, as a share of the stated value."""

MAX_SLACK: Final = Decimal("0.25")
"""The most slack a hedge or bound allows, as a share of the stated value."""

MAX_ROUNDING: Final = Decimal("0.05")
"""The most a plain round figure may differ from the value it rounds, as a share."""

CONFLICT_DISTANCE: Final = Decimal("0.10")
"""Two references at most this far apart (relative) may conflict."""

UNIT_ONLY_CONFLICT_DISTANCE: Final = Decimal("0.01")
"""How close (relative) two references must be to conflict when their subjects share
only the unit's own words (rule 5)."""

CONFLICT_OVERLAP: Final = 0.5
"""Share of the smaller subject's content words two conflicting clusters must share."""

_WORD: Final = re.compile(r"[^\W\d_]+")


class MentionLabel(str, enum.Enum):
    """How a mention relates to its cluster's reference value."""

    EXACT = "exact"
    """States the reference value itself, without a hedge."""
    ROUNDED = "rounded"
    """A plain figure that is the reference rounded ("3,000" for 2,978)."""
    HEDGED = "hedged"
    """An approximate or bounded figure that allows the reference ("over 11,000")."""
    CONFLICTING = "conflicting"
    """Reports the same figure with a value the reference contradicts."""


@attrs.frozen
class StatisticMention:
    """One statistic in one document, as reconciliation sees it."""

    document: str
    """Id of the document the statistic comes from."""
    source: str | None
    """The article's source (path or URL)."""
    statistic: Statistic
    """The statistic itself."""

    @property
    def key(self) -> tuple[str, str, int, str]:
        """A total order on mentions: source, document, offset, id."""
        return (self.source or "", self.document, self.statistic.span.start, self.statistic.id)


@attrs.frozen
class ClusterMember:
    """A mention placed in a cluster, with its label and the reason it joined."""

    mention: StatisticMention
    """The mention."""
    label: MentionLabel
    """How the mention relates to the cluster's reference value."""
    reason: str
    """Why the mention joined this cluster, in words."""


@attrs.frozen
class StatisticCluster:
    """Mentions of one figure across articles."""

    id: str
    """Deterministic id: ``clu_`` and a digest of the unit key, value and member ids."""
    value: Decimal
    """The reference value: the most precise figure the mentions agree on."""
    unit: str | None
    """The folded unit ("image", "percent"), or ``None``."""
    per: str | None
    """The rate period shared by the mentions, if any."""
    subject: str | None
    """The most common subject among the mentions."""
    members: tuple[ClusterMember, ...]
    """The mentions, ordered by source and offset."""
    conflict: bool
    """Whether any member contradicts the reference value."""

    @property
    def documents(self) -> tuple[str, ...]:
        """Ids of the documents that mention the figure, sorted, once each."""
        return tuple(sorted({m.mention.document for m in self.members}))

    @property
    def labels(self) -> Mapping[MentionLabel, int]:
        """How many members carry each label."""
        return Counter(m.label for m in self.members)

    def explain(self) -> str:
        """A human-readable account of the cluster, one line per member."""
        unit = f" {self.unit}" if self.unit else ""
        per = f" per {self.per}" if self.per else ""
        head = f"{_fmt(self.value)}{unit}{per}"
        flag = "  [CONFLICT]" if self.conflict else ""
        lines = [
            f"{head}: {len(self.members)} mention(s) in {len(self.documents)} article(s){flag}"
        ]
        for m in self.members:
            src = m.mention.source or m.mention.document
            lines.append(f"  {m.label.value:<11} {m.mention.statistic.text!r} ({src}): {m.reason}")
        return "\n".join(lines)


# -- intervals -----------------------------------------------------------------------------


def unit_key(statistic: Statistic) -> tuple[str | None, str | None]:
    """The folded ``(unit, per)`` pair that decides which mentions may be compared."""
    return _fold_unit(statistic.unit), _fold_unit(statistic.per)


def _fold_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    folded = " ".join(unit.casefold().split())
    if not folded:
        return None
    if folded in PERCENT_UNITS:
        return "percent"
    words = folded.split(" ")
    words[-1] = _singular(words[-1])
    return " ".join(words)


def _singular(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _step(value: Decimal) -> Decimal:
    """The place of the last significant digit: 1000 for 3000, 1 for 2978, 0.1 for 4.5."""
    if value == 0:
        return Decimal(1)
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    assert isinstance(exponent, int)  # finite by the model's validator
    return Decimal(1).scaleb(exponent)


def _hedge_side(statistic: Statistic) -> str:
    """``"below"``, ``"above"`` or ``"around"`` for an approximate figure."""
    text = " ".join(statistic.text.casefold().split())
    if any(text.startswith(h) or f" {h} " in f" {text}" for h in HEDGES_BELOW):
        return "below"
    if any(text.startswith(h) or f" {h} " in f" {text}" for h in HEDGES_ABOVE):
        return "above"
    return "around"


@attrs.frozen
class _Interval:
    low: Decimal
    high: Decimal
    words: str

    def allows(self, value: Decimal) -> bool:
        return self.low <= value <= self.high


def _interval(statistic: Statistic) -> _Interval:
    value = statistic.value
    step = _step(value)
    size = abs(value)
    slack = min(max(step / 2, size * RELATIVE_SLACK), size * MAX_SLACK)
    if statistic.bound is Bound.MIN:
        return _Interval(value, value + slack, "a lower bound")
    if statistic.bound is Bound.MAX:
        return _Interval(value - slack, value, "an upper bound")
    if statistic.approx:
        side = _hedge_side(statistic)
        if side == "below":
            return _Interval(value - slack, value, "approximate, at most")
        if side == "above":
            return _Interval(value, value + slack, "approximate, at least")
        return _Interval(value - slack, value + slack, "approximate")
    if _is_precise(statistic):
        return _Interval(value, value, "exact")
    half = min(step / 2, size * MAX_ROUNDING)
    return _Interval(value - half, value + half, f"rounded to the nearest {_fmt(step)}")


def _is_plain(statistic: Statistic) -> bool:
    return not statistic.approx and statistic.bound is None


def _is_precise(statistic: Statistic) -> bool:
    """A plain figure with no trailing zeros in its integer part (or with decimals)."""
    return _is_plain(statistic) and _step(statistic.value) <= 1


def _fmt(value: Decimal) -> str:
    normal = value.normalize()
    if normal == normal.to_integral_value():
        return f"{int(normal):,}"
    return f"{normal:,f}"


def _content_words(subject: str | None) -> frozenset[str]:
    if not subject:
        return frozenset()
    return frozenset(
        _singular(w) for w in _WORD.findall(subject.casefold()) if w not in STOPWORDS and len(w) > 1
    )


# -- clustering ----------------------------------------------------------------------------


@attrs.define
class _Draft:
    value: Decimal
    key: tuple[str | None, str | None]
    members: list[ClusterMember] = attrs.Factory(list)
    conflict: bool = False

    @property
    def rank(self) -> tuple[int, int, int, int, Decimal, Decimal]:
        exact = [m for m in self.members if m.label is MentionLabel.EXACT]
        exact_docs = {m.mention.document for m in exact}
        docs = {m.mention.document for m in self.members}
        return (
            -len(exact_docs),
            -len(exact),
            -len(self.members),
            -len(docs),
            _step(self.value),
            self.value,
        )

    def words(self) -> frozenset[str]:
        out: set[str] = set()
        for m in self.members:
            out |= _content_words(m.mention.statistic.subject)
        return frozenset(out)


def mentions_of(documents: Iterable[Document]) -> list[StatisticMention]:
    """Every statistic of every document as a :class:`StatisticMention`."""
    return [
        StatisticMention(doc.id, doc.article.source, stat)
        for doc in documents
        for stat in doc.statistics
    ]


def reconcile(mentions: Iterable[StatisticMention]) -> tuple[StatisticCluster, ...]:
    """Group mentions of the same figure into clusters (rules in the module docstring).

    Every mention lands in exactly one cluster. The result does not depend on the
    order of ``mentions``; clusters come sorted by unit, then value.
    """
    by_key: dict[tuple[str | None, str | None], list[StatisticMention]] = defaultdict(list)
    for mention in mentions:
        by_key[unit_key(mention.statistic)].append(mention)
    _adopt_unitless(by_key)
    drafts: list[_Draft] = []
    for key in sorted(by_key, key=lambda k: (k[0] or "", k[1] or "")):
        group = sorted(by_key[key], key=lambda m: m.key)
        drafts.extend(_merge_conflicts(_cluster_group(key, group)))
    clusters = [_finish(d) for d in drafts]
    clusters.sort(key=lambda c: (c.unit or "", c.per or "", c.value, c.id))
    return tuple(clusters)


def _adopt_unitless(
    by_key: dict[tuple[str | None, str | None], list[StatisticMention]],
) -> None:
    """Move each unit-less mention to the one unit whose references it allows (rule 6)."""
    refs = {
        key: sorted({m.statistic.value for m in group if _is_precise(m.statistic)})
        for key, group in by_key.items()
        if key[0] is not None
    }
    for key in [k for k in by_key if k[0] is None]:
        stay: list[StatisticMention] = []
        for m in by_key[key]:
            interval = _interval(m.statistic)
            units = {
                other
                for other, values in refs.items()
                if other[1] == key[1] and any(interval.allows(v) for v in values)
            }
            if len(units) == 1:
                by_key[units.pop()].append(m)
            else:
                stay.append(m)
        if stay:
            by_key[key] = stay
        else:
            del by_key[key]


def _cluster_group(
    key: tuple[str | None, str | None], group: list[StatisticMention]
) -> list[_Draft]:
    refs: dict[Decimal, _Draft] = {}
    for m in group:
        if _is_precise(m.statistic):
            value = m.statistic.value
            draft = refs.setdefault(value, _Draft(value, key))
            draft.members.append(
                ClusterMember(m, MentionLabel.EXACT, f"states {_fmt(value)} exactly")
            )
    ordered_refs = sorted(refs)
    leftovers: dict[Decimal, _Draft] = {}
    for m in group:
        stat = m.statistic
        if _is_precise(stat):
            continue
        interval = _interval(stat)
        allowed = [r for r in ordered_refs if interval.allows(r)]
        if allowed:
            ref = min(allowed, key=lambda r: (abs(r - stat.value), r))
            refs[ref].members.append(_joined(m, interval, ref, allowed))
            continue
        draft = leftovers.setdefault(stat.value, _Draft(stat.value, key))
        if _is_plain(stat):
            member = ClusterMember(m, MentionLabel.EXACT, f"states {_fmt(stat.value)}")
        else:
            member = ClusterMember(
                m,
                MentionLabel.HEDGED,
                f"{_fmt(stat.value)} ({interval.words}) with no precise figure near it",
            )
        draft.members.append(member)
    return [refs[v] for v in ordered_refs] + [leftovers[v] for v in sorted(leftovers)]


def _joined(
    mention: StatisticMention, interval: _Interval, ref: Decimal, allowed: Iterable[Decimal]
) -> ClusterMember:
    """A rounded or hedged member whose interval allows ``ref``, with the reason."""
    stat = mention.statistic
    label = MentionLabel.ROUNDED if _is_plain(stat) else MentionLabel.HEDGED
    reason = (
        f"{_fmt(stat.value)} ({interval.words}) allows {_fmt(ref)}: "
        f"between {_fmt(interval.low)} and {_fmt(interval.high)}"
    )
    others = list(allowed)
    if len(others) > 1:
        reason += f"; nearest of {', '.join(_fmt(r) for r in others)}"
    return ClusterMember(mention, label, reason)


def _merge_conflicts(drafts: list[_Draft]) -> list[_Draft]:
    """Join clusters that report one figure with contradicting values (rule 5)."""
    parent = list(range(len(drafts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    words = [d.words() for d in drafts]
    unit_words = [_content_words(d.key[0]) for d in drafts]
    docs = [frozenset(m.mention.document for m in d.members) for d in drafts]
    for i, a in enumerate(drafts):
        for j in range(i + 1, len(drafts)):
            b = drafts[j]
            if len(docs[i]) == 1 and docs[i] == docs[j]:
                continue  # two figures of one article are two figures
            if _conflicts(a.value, b.value, words[i], words[j], unit_words[i]):
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    components: dict[int, list[_Draft]] = defaultdict(list)
    for i, d in enumerate(drafts):
        components[find(i)].append(d)
    out: list[_Draft] = []
    for members in components.values():
        members.sort(key=lambda d: d.rank)
        head, rest = members[0], members[1:]
        for other in rest:
            shared = sorted(head.words() & other.words())
            gap = _relative_gap(head.value, other.value)
            for m in other.members:
                stat = m.mention.statistic
                interval = _interval(stat)
                if not _is_precise(stat) and interval.allows(head.value):
                    head.members.append(_joined(m.mention, interval, head.value, ()))
                    continue
                head.members.append(
                    ClusterMember(
                        m.mention,
                        MentionLabel.CONFLICTING,
                        f"reports {_fmt(stat.value)} where others report "
                        f"{_fmt(head.value)} ({gap:.1%} apart) for the same subject "
                        f"(shared words: {', '.join(shared)})",
                    )
                )
                head.conflict = True
        out.append(head)
    return out


def _relative_gap(a: Decimal, b: Decimal) -> Decimal:
    big = max(abs(a), abs(b))
    if big == 0:
        return Decimal(0)
    return abs(a - b) / big


def _conflicts(
    a: Decimal, b: Decimal, wa: frozenset[str], wb: frozenset[str], unit: frozenset[str]
) -> bool:
    """Rule 5: close references, shared subject words, and more than the unit in common."""
    if a == b or not wa or not wb:
        return False
    shared = wa & wb
    if len(shared) < CONFLICT_OVERLAP * min(len(wa), len(wb)):
        return False
    limit = CONFLICT_DISTANCE if shared - unit else UNIT_ONLY_CONFLICT_DISTANCE
    return _relative_gap(a, b) <= limit


def _finish(draft: _Draft) -> StatisticCluster:
    unit, per = draft.key
    members = tuple(
        sorted(
            (
                ClusterMember(
                    m.mention,
                    m.label,
                    f"no unit given, taken as {unit!r} (the only unit whose figures it "
                    f"allows); {m.reason}",
                )
                if unit is not None and m.mention.statistic.unit is None
                else m
                for m in draft.members
            ),
            key=lambda m: m.mention.key,
        )
    )
    subjects = Counter(m.mention.statistic.subject for m in members if m.mention.statistic.subject)
    subject = min(subjects, key=lambda s: (-subjects[s], s)) if subjects else None
    cid = record_id(
        "clu", unit, per, draft.value.normalize(), *(m.mention.statistic.id for m in members)
    )
    return StatisticCluster(
        id=cid,
        value=draft.value,
        unit=unit,
        per=per,
        subject=subject,
        members=members,
        conflict=draft.conflict,
    )
