"""Cross-article statistic reconciliation over constructed documents."""

from __future__ import annotations

import random
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from policycorpus._reconcile import (
    MentionLabel,
    StatisticCluster,
    StatisticMention,
    mentions_of,
    reconcile,
    unit_key,
)
from policycorpus.corpus import Corpus
from policycorpus.model import Article, Bound, Document, Span, Statistic
from policycorpus.pipeline import sample_paths

Fig = tuple[str, str, str | None, bool, Bound | None, str | None]
"""(text of the figure, value, unit, approx, bound, subject)."""


def make_doc(source: str, *figures: Fig, per: str | None = None) -> Document:
    """A document whose text is one sentence per figure, with exact spans."""
    parts: list[str] = []
    stats: list[Statistic] = []
    offset = 0
    for text, value, unit, approx, bound, subject in figures:
        sentence = f"The report counted {text} this year. "
        start = offset + len("The report counted ")
        stats.append(
            Statistic(
                value=Decimal(value),
                text=text,
                span=Span(start, start + len(text)),
                unit=unit,
                approx=approx,
                bound=bound,
                subject=subject,
                per=per,
            )
        )
        parts.append(sentence)
        offset += len(sentence)
    article = Article(text="".join(parts), source=source)
    return Document(article, statistics=tuple(stats))


IMAGES = "AI-generated images on a dark web forum"


def by_value(clusters: tuple[StatisticCluster, ...], value: str) -> StatisticCluster:
    (found,) = [c for c in clusters if c.value == Decimal(value)]
    return found


def labels(cluster: StatisticCluster) -> dict[str, str]:
    return {m.mention.statistic.text: m.label.value for m in cluster.members}


def test_rounded_and_hedged_mentions_join_the_precise_figure() -> None:
    docs = [
        make_doc(
            "a.txt",
            ("2,978 images", "2978", "images", False, None, IMAGES),
            ("11,108 AI images", "11108", "images", False, None, IMAGES),
        ),
        make_doc("b.txt", ("nearly 3,000 images", "3000", "images", True, None, IMAGES)),
        make_doc("c.txt", ("over 11,000 images", "11000", "images", False, Bound.MIN, IMAGES)),
        make_doc("d.txt", ("3,000 images", "3000", "images", False, None, IMAGES)),
    ]
    clusters = reconcile(mentions_of(docs))
    assert [c.value for c in clusters] == [Decimal(2978), Decimal(11108)]
    small = by_value(clusters, "2978")
    assert labels(small) == {
        "2,978 images": "exact",
        "nearly 3,000 images": "hedged",
        "3,000 images": "rounded",
    }
    assert small.documents == tuple(sorted(d.id for d in (docs[0], docs[1], docs[3])))
    assert not small.conflict
    big = by_value(clusters, "11108")
    assert labels(big) == {"11,108 AI images": "exact", "over 11,000 images": "hedged"}
    (hedged,) = [m for m in big.members if m.label is MentionLabel.HEDGED]
    assert "lower bound" in hedged.reason
    assert "allows 11,108" in hedged.reason


def test_nearest_reference_wins_and_the_reason_names_the_others() -> None:
    docs = [
        make_doc("a.txt", ("2,978 images", "2978", "images", False, None, IMAGES)),
        make_doc("b.txt", ("2,562 images", "2562", "images", False, None, IMAGES)),
        make_doc("c.txt", ("nearly 3,000 images", "3000", "images", True, None, IMAGES)),
    ]
    clusters = reconcile(mentions_of(docs))
    assert labels(by_value(clusters, "2978"))["nearly 3,000 images"] == "hedged"
    assert "nearly 3,000 images" not in labels(by_value(clusters, "2562"))
    (member,) = [m for m in by_value(clusters, "2978").members if m.label is MentionLabel.HEDGED]
    assert "nearest of 2,562, 2,978" in member.reason


def test_units_must_be_compatible() -> None:
    docs = [
        make_doc("a.txt", ("2,978 images", "2978", "images", False, None, IMAGES)),
        make_doc("b.txt", ("3,004 children", "3004", "children", False, None, "children")),
        make_doc("c.txt", ("3,000 image", "3000", "Image", False, None, IMAGES)),
        make_doc("d.txt", ("3,000", "3000", None, False, None, None)),
    ]
    clusters = reconcile(mentions_of(docs))
    assert len(clusters) == 3  # "3,000" with no unit allows references of two units
    assert labels(by_value(clusters, "2978")) == {"2,978 images": "exact", "3,000 image": "rounded"}
    assert {c.unit for c in clusters} == {None, "child", "image"}


def test_percent_spellings_and_rates_fold() -> None:
    a = Statistic(value=Decimal(30), text="30%", span=Span(0, 3), unit="%")
    b = Statistic(value=Decimal(30), text="30 per cent", span=Span(0, 11), unit="per cent")
    c = Statistic(value=Decimal(800), text="800 a month", span=Span(0, 11), unit="arrests")
    assert unit_key(a) == unit_key(b) == ("percent", None)
    assert unit_key(attrs_evolve_per(c, "months")) == ("arrest", "month")


def attrs_evolve_per(stat: Statistic, per: str) -> Statistic:
    return Statistic(value=stat.value, text=stat.text, span=stat.span, unit=stat.unit, per=per)


def test_conflicting_reports_of_one_figure_are_flagged() -> None:
    docs = [
        make_doc("a.txt", ("11,108 images", "11108", "images", False, None, IMAGES)),
        make_doc("b.txt", ("11,108 images", "11108", "images", False, None, IMAGES)),
        make_doc("c.txt", ("11,018 images", "11018", "images", False, None, "images on the forum")),
    ]
    (cluster,) = reconcile(mentions_of(docs))
    assert cluster.conflict
    assert cluster.value == Decimal(11108)
    assert sorted(m.label.value for m in cluster.members) == ["conflicting", "exact", "exact"]
    (odd,) = [m for m in cluster.members if m.label is MentionLabel.CONFLICTING]
    assert odd.mention.source == "c.txt"
    assert "0.8% apart" in odd.reason
    assert "shared words: dark" not in odd.reason
    assert "forum" in odd.reason
    assert "image" in odd.reason
    assert "[CONFLICT]" in cluster.explain()


def test_two_figures_of_one_article_never_conflict() -> None:
    doc = make_doc(
        "a.txt",
        ("2,978 images", "2978", "images", False, None, IMAGES),
        ("2,920 images", "2920", "images", False, None, IMAGES),
    )
    clusters = reconcile(mentions_of([doc]))
    assert len(clusters) == 2
    assert not any(c.conflict for c in clusters)


def test_different_subjects_do_not_conflict() -> None:
    docs = [
        make_doc("a.txt", ("92%", "92", "percent", False, None, "referrals from one app")),
        make_doc("b.txt", ("85%", "85", "percent", False, None, "offences solved by police")),
    ]
    assert not any(c.conflict for c in reconcile(mentions_of(docs)))


def test_explain_lists_every_member() -> None:
    docs = [
        make_doc("a.txt", ("2,978 images", "2978", "images", False, None, IMAGES)),
        make_doc("b.txt", ("almost 3,000 images", "3000", "images", True, None, IMAGES)),
    ]
    (cluster,) = reconcile(mentions_of(docs))
    text = cluster.explain()
    assert text.splitlines()[0] == "2,978 image: 2 mention(s) in 2 article(s)"
    assert "hedged      'almost 3,000 images' (b.txt): 3,000 (approximate, at most)" in text


def test_leftover_hedges_group_by_stated_value() -> None:
    docs = [
        make_doc("a.txt", ("about 500 pledges", "500", "pledges", True, None, None)),
        make_doc("b.txt", ("500 pledges", "500", "pledges", False, None, None)),
    ]
    (cluster,) = reconcile(mentions_of(docs))
    assert labels(cluster) == {"about 500 pledges": "hedged", "500 pledges": "exact"}
    assert cluster.labels[MentionLabel.HEDGED] == 1


# -- properties ------------------------------------------------------------------------------

_VALUES = st.sampled_from(["2978", "3000", "2500", "11108", "11000", "11018", "90", "92", "0.5"])
_UNITS = st.sampled_from(["images", "image", "percent", "%", None])
_SUBJECTS = st.sampled_from([IMAGES, "images on the forum", "children", None])

_FIGURE = st.tuples(
    _VALUES, _UNITS, st.booleans(), st.sampled_from([None, Bound.MIN, Bound.MAX]), _SUBJECTS
).map(lambda t: (f"{t[0]} things", t[0], t[1], t[2], t[3], t[4]))


@st.composite
def corpora(draw: st.DrawFn) -> list[Document]:
    n = draw(st.integers(min_value=0, max_value=6))
    return [
        make_doc(f"doc{i}.txt", *draw(st.lists(_FIGURE, min_size=0, max_size=4))) for i in range(n)
    ]


def _snapshot(clusters: tuple[StatisticCluster, ...]) -> list[tuple[object, ...]]:
    return [
        (c.id, c.value, c.conflict, tuple((m.mention.key, m.label, m.reason) for m in c.members))
        for c in clusters
    ]


@given(corpora(), st.randoms(use_true_random=False))
def test_reconciliation_is_deterministic_and_order_independent(
    docs: list[Document], rnd: random.Random
) -> None:
    mentions = mentions_of(docs)
    first = reconcile(mentions)
    shuffled = list(mentions)
    rnd.shuffle(shuffled)
    assert _snapshot(reconcile(shuffled)) == _snapshot(first)
    assert _snapshot(reconcile(mentions)) == _snapshot(first)


@given(corpora())
def test_every_mention_lands_in_exactly_one_cluster(docs: list[Document]) -> None:
    mentions = mentions_of(docs)
    clusters = reconcile(mentions)
    placed = [m.mention for c in clusters for m in c.members]
    assert sorted(placed, key=lambda m: m.key) == sorted(mentions, key=lambda m: m.key)
    for c in clusters:
        keys = {unit_key(m.mention.statistic) for m in c.members}
        assert keys <= {(c.unit, c.per), (None, c.per)}, "a cluster never mixes units"
        assert c.conflict == any(m.label is MentionLabel.CONFLICTING for m in c.members)
        for m in c.members:
            if m.label is MentionLabel.EXACT:
                assert m.mention.statistic.value == c.value
            assert m.reason


def test_mention_order_key_is_total() -> None:
    doc = make_doc("a.txt", ("5 things", "5", None, False, None, None))
    (mention,) = mentions_of([doc])
    assert isinstance(mention, StatisticMention)
    assert mention.key[0] == "a.txt"


def test_the_figure_stated_by_more_articles_wins_a_conflict() -> None:
    docs = [
        make_doc("a.txt", ("11,108 images", "11108", "images", False, None, IMAGES)),
        make_doc("b.txt", ("more than 11,000 images", "11000", "images", False, Bound.MIN, IMAGES)),
        make_doc("c.txt", ("11,018 images", "11018", "images", False, None, IMAGES)),
        make_doc("d.txt", ("11,108 images", "11108", "images", False, None, IMAGES)),
    ]
    (cluster,) = reconcile(mentions_of(docs))
    assert cluster.value == Decimal(11108)
    assert {m.mention.source: m.label.value for m in cluster.members} == {
        "a.txt": "exact",
        "b.txt": "hedged",  # allows 11,108 too, so it is not a conflict
        "c.txt": "conflicting",
        "d.txt": "exact",
    }


def test_small_round_numbers_are_not_taken_for_rounded() -> None:
    docs = [
        make_doc("a.txt", ("16 companies", "16", "companies", False, None, "companies")),
        make_doc("b.txt", ("Twenty companies", "20", "companies", False, None, "companies")),
    ]
    clusters = reconcile(mentions_of(docs))
    assert [c.value for c in clusters] == [Decimal(16), Decimal(20)]
    assert all(len(c.members) == 1 for c in clusters)


def test_a_unitless_figure_joins_the_one_unit_it_fits() -> None:
    docs = [
        make_doc("a.txt", ("2,978 images", "2978", "images", False, None, IMAGES)),
        make_doc("b.txt", ("almost 3,000", "3000", None, True, None, None)),
        make_doc("c.txt", ("Eight", "8", None, False, None, None)),
    ]
    clusters = reconcile(mentions_of(docs))
    assert labels(by_value(clusters, "2978")) == {"2,978 images": "exact", "almost 3,000": "hedged"}
    (member,) = [m for m in by_value(clusters, "2978").members if m.mention.source == "b.txt"]
    assert member.reason.startswith("no unit given, taken as 'image'")
    assert by_value(clusters, "8").unit is None


def test_two_close_counts_sharing_only_the_unit_are_two_facts() -> None:
    """Counts of "15 companies" at one event and "16 companies" at another are two facts."""
    docs = [
        make_doc("a.txt", ("15 companies", "15", "companies", False, None, "companies")),
        make_doc("b.txt", ("16 companies", "16", "companies", False, None, "companies")),
    ]
    clusters = reconcile(mentions_of(docs))
    assert [c.value for c in clusters] == [Decimal(15), Decimal(16)]
    assert not any(c.conflict for c in clusters)


def test_close_counts_with_a_shared_subject_beyond_the_unit_still_conflict() -> None:
    subject = "companies that signed the safety pledge"
    docs = [
        make_doc("a.txt", ("16 companies", "16", "companies", False, None, subject)),
        make_doc("b.txt", ("16 companies", "16", "companies", False, None, subject)),
        make_doc("c.txt", ("17 companies", "17", "companies", False, None, subject)),
    ]
    (cluster,) = reconcile(mentions_of(docs))
    assert cluster.conflict
    assert labels(cluster)["17 companies"] == "conflicting"


def test_near_identical_large_figures_sharing_only_the_unit_conflict() -> None:
    docs = [
        make_doc("a.txt", ("11,108 images", "11108", "images", False, None, "images")),
        make_doc("b.txt", ("11,018 images", "11018", "images", False, None, "images")),
    ]
    (cluster,) = reconcile(mentions_of(docs))
    assert cluster.conflict


def test_the_sample_flags_only_the_disputed_figure() -> None:
    clusters = Corpus.from_paths(*sample_paths()).reconcile()
    flagged = {(c.value, c.unit) for c in clusters if c.conflict}
    assert (Decimal(15), "company") not in flagged
    assert (Decimal(16), "company") not in flagged
    assert flagged == {(Decimal(11108), "image")}
