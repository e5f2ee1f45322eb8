"""Statistics: the figures an article cites, with their hedge, unit, rate and source.

The number grammar (:mod:`policycorpus.extract._numbers`) finds the figures and drops
the numbers that are not figures; vague magnitudes it marks ("thousands of", "millions")
are no statistics either (no annotation convention of the project counts them). For
each figure, private recognisers then read::

    statistic := HEDGE? figure POST_HEDGE? noun_phrase? rate?
    HEDGE     := APPROX ("nearly", "about", "an estimated") | MIN ("at least", "more than",
                 "over") | MAX ("up to", "fewer than", "less than", "as many as")
    POST_HEDGE:= "or more" | "or fewer" | ...
    THRESHOLD := ("passed" | "crossed") figure, with no noun after it: a MIN bound
                 ("the total had passed 70"; "passed 70 laws" is a plain count)
    noun_phrase := MODIFIER* HEAD ( ("," | "and" | "or") MODIFIER* HEAD )*
                 | NAME ("(" ACRONYM ")")? MODIFIER* PLURAL_HEAD  "61 Online Safety task forces"
                 | PARTITIVE "of" noun_phrase                    "pieces of material"
                 | COLLECTIVE "of" noun_phrase                   "190-strong coalition of ..."
    rate      := ("a" | "an" | "per" | "each" | "every") PERIOD | "annually" | "monthly" ...
               | RATE_ADJECTIVE before the head                "900m weekly users"
                 (a use counted over a period: "monthly active users" is per month)
               | "of" WORD{1,5} rate                          "tonnes of waste a year"
               | "per" NOUN rate                              "per child per year"
               | RATE_ADJECTIVE WORD{0,2} "of" statistic      "an annual figure of 4%"
               | RATE_ADJECTIVE WORD{0,2} ("is" | "was" ...) money   "annual budget is $2bn"
               | PARTICIPLE rate                              "US$9 billion needed annually"
               | subject-final rate SUBJECT_RATE_VERB statistic   "blocked daily reached 4.7m"
               | sentence opening ("each" | "every") PERIOD "," | RATE_ADVERB ","
                 (it governs the figures before a total or side clause, a year or a
                 month: "Each year, 600 referrals ..., since 2015 some 9,000" rates only
                 the 600)
    per_population := count "per" NUMERAL SCALE? noun_phrase?     "45.2 per 100,000 children"
                 (the value stays 45.2; the unit is "per 100,000 children" and ``per``
                 stays None, as ``per`` is a time period; a later bare "38 per 100,000"
                 in the sentence shares the population)

"<verb>ed N times" counts the verb's events ("viewed 3 million times" counts views;
``TIMES_VERBS``).

The noun phrase stops at a determiner, preposition, auxiliary or common verb, an adverb
("nationwide"), a past participle or gerund after a plural ("images uploaded"), or
punctuation. The unit is the phrase's head ("images"), a partitive phrase ("pieces of
material"), the ISO 4217 code for money and "percent" for percentages.

A figure with no noun of its own ("2,978 were confirmed") borrows one, in this order:
"the number/total of <noun>" earlier in the sentence; a sentence opening "Of <noun>,";
"<figure> of the <figure> <noun>" ("38 of the 46 states"); after "<noun> of" only a
people group ("a population of 700 million" counts people) or a group counted in its own
name ("a staff of 125" counts staff) and nothing else; the plural
subject of a change verb ("reports rose to 29.3 million"; its head is the first plural
before a preposition: "attacks on agencies rose" counts attacks, also before a relative
clause: "reports to the hotline that involved AI rose", but not after a reporting verb:
"found that ..."); a share it is apposed to ("a quarter of referrals, some 2,100," and
"40% of councils (about 130)" count referrals and councils); the next figure of a
list ("12, 19 and 25 cases"); the previous counted figure in
the sentence that is not a duration ("six months") (or, after "Of these," or for "the
total had passed 70", in the sentence before). A figure repeated in the
article with the same value (and a word of the same phrase, or a collective head like
"coalition") takes the unit of its first mention. A count's noun may follow a comparative
("six more states") or a partitive ("three of the signatories"). A hedge distributes
over a coordination: over "and"/"or" between amounts ("less than 4 per cent of A and 12
per cent of B", "up to £18 million or 10% of turnover") and over "or" between counts
("about 40 or 50 sites"); a rate carries over "from 2% to an annual figure of 4%".
A share followed by an aside before "of" ("a quarter (26%) of parents") gives two
statistics with one subject; the aside's span is the figure alone.
A bare "$" is read as the dollar of the article's country (source domain, then
mentions), else USD.

Ranges ("between 10 and 20", "10-20", "10 to 20", "39-44%", "ranging from £5m to £7m")
give two statistics, one per end, sharing unit, rate and a ``range_id``: the lower end
has bound "min" and the upper end "max" (a hedge before the range applies to both ends
instead: "up to 10-20"). "from X to Y" without a range word before it is a change, not a
range, and gives two plain figures (the start takes the end's noun, also after a hedge:
"from 40 to nearly 90 awards").

Only lines holding a digit or a number word are tokenized; everything after is bounded
by the line and the sentence, so the whole pass is linear in the text.

The readers are split by concern into private modules beside this one: intermediates
(``_stat_drafts``), noun phrases (``_stat_nouns``), qualifiers after a figure
(``_stat_qualifiers``), rates (``_stat_rates``), attribution (``_stat_attribution``),
time windows (``_stat_windows``), borrowed units (``_stat_borrowing``) and what a
sentence's statistics share (``_stat_sharing``); this module reads each figure.
"""

from __future__ import annotations

from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._numbers import (
    NumberMention,
    Tokens,
    candidate_lines,
    find_numbers,
    hedge_before,
    tokenize,
)
from policycorpus.extract._sentences import split_sentences
from policycorpus.extract._stat_attribution import _attribution
from policycorpus.extract._stat_borrowing import _borrow_units
from policycorpus.extract._stat_drafts import (
    _DETERMINERS,
    _content,
    _Draft,
    _first_token,
    _Phrase,
    _plural,
)
from policycorpus.extract._stat_nouns import _collective, _named_head, _noun_phrase, _ratio_base
from policycorpus.extract._stat_qualifiers import _denominator, _of_after, _post_hedge, _vote
from policycorpus.extract._stat_rates import (
    _clause_final_rate,
    _participle,
    _rate_after,
    _rate_after_of,
    _rate_before,
    _rate_in_subject,
    _rate_modifier,
    _rate_opening,
)
from policycorpus.extract._stat_sharing import (
    _MEMBER_UNITS,
    _apposed,
    _carry_hedges,
    _carry_rates,
    _corefer,
    _dollar_code,
    _share_denominators,
    _share_lists,
    _share_ranges,
)
from policycorpus.extract._stat_windows import _time_window
from policycorpus.model import Article, Bound, Span, Statistic

__all__ = [
    "extract_statistics",
]


_PEOPLE_HEADS: Final = frozenset({"population", "workforce", "electorate"})
"""As the head after a count ("a 30 million population"), a body of people: it counts
people, as "a population of 30 million" does."""


def extract_statistics(
    article: Article, sentences: tuple[Span, ...] | None = None
) -> tuple[Statistic, ...]:
    """The figures cited in ``article``, in text order, each with a span into its text.

    ``sentences`` are the article's sentence spans (from
    :func:`~policycorpus.extract._sentences.split_sentences` when not given); they bound
    the noun phrases and the borrowing of units between figures.
    """
    text = article.text
    drafts: list[_Draft] = []
    given = 0
    attribution: dict[int, str | None] = {}
    for line_start, line_end in candidate_lines(text):
        tk = tokenize(text, line_start, line_end)
        mentions = find_numbers(text, tk)
        if not mentions:
            continue
        if sentences is None:
            line = text[line_start:line_end]
            spans = [(sp.start + line_start, sp.end + line_start) for sp in split_sentences(line)]
        else:
            while given < len(sentences) and sentences[given].end <= line_start:
                given += 1
            spans = []
            x = given  # by index: slicing the tuple would copy every later sentence per line
            while x < len(sentences) and sentences[x].start < line_end:
                spans.append((sentences[x].start, sentences[x].end))
                x += 1
        s = 0
        for m in mentions:
            if m.vague:
                continue  # "thousands of", "millions": a magnitude, never a cited figure
            while s < len(spans) and spans[s][1] <= m.start:
                s += 1
            if s < len(spans) and spans[s][0] <= m.start:
                lo, hi = spans[s]
                nxt = s + 1
                while m.end > hi and nxt < len(spans):
                    hi = spans[nxt][1]  # a split inside the figure ("Rs. 500"): rejoin
                    nxt += 1
            else:
                lo, hi = line_start, line_end
            draft = _read(tk, m, lo, hi)
            if _time_window(tk, m, draft):
                continue
            if lo not in attribution:
                attribution[lo] = _attribution(tk, lo, hi)
            draft.attributed_to = attribution[lo]
            draft.line = (line_start, line_end)
            if m.kind != "count" or draft.unit:
                draft.tokens = None  # only a count without a noun may read them again
            drafts.append(draft)
    if not drafts:
        return ()
    _share_ranges(drafts)
    _share_lists(text, drafts)
    _apposed(text, drafts)
    _borrow_units(text, drafts)
    _share_denominators(drafts)
    _corefer(drafts)
    _carry_hedges(text, drafts)
    _carry_rates(text, drafts)
    dollar = _dollar_code(article, drafts) if any(d.unit == V.DOLLAR for d in drafts) else "USD"
    return tuple(_record(text, d, dollar) for d in drafts)


def _line_bounds(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _post_hedged(tk: Tokens, k: int, hi: int, draft: _Draft) -> int:
    """Apply a hedge after the figure or its noun ("or more", "or so") to ``draft``; the
    index after it (``k`` when there is none)."""
    post = _post_hedge(tk, k, hi)
    if post is None:
        return k
    k, bound = post
    if bound == "approx":
        draft.approx = True
    else:
        draft.bound = draft.bound or bound
    draft.end = tk.ends[k - 1]
    return k


def _read(tk: Tokens, m: NumberMention, lo: int, hi: int) -> _Draft:
    """hedge, noun phrase and rate around one figure."""
    draft = _Draft(
        mention=m,
        tokens=tk,
        sentence=lo,
        sentence_end=hi,
        start=m.start,
        end=m.end,
        unit=m.unit,
    )
    draft.approx, draft.bound = m.approx, m.bound
    hedge = hedge_before(tk, m.first, lo)
    if hedge is not None:
        first, approx, bound = hedge
        draft.start = tk.starts[first]
        draft.approx = draft.approx or approx
        if bound is not None and m.bound is None:
            draft.bound = bound
        draft.hedged = True
    k = m.last + 1
    if (
        tk.texts[k : k + 1] == ["["]
        and tk.touching(k)
        and tk.is_digits(k + 1)
        and tk.texts[k + 2 : k + 3] == ["]"]
    ):
        k += 3  # a citation mark between the figure and its noun: "105[2] nations"
    k = _post_hedged(tk, k, hi, draft)
    phrase: _Phrase | None = None
    denominator = _denominator(tk, k, hi) if m.kind == "count" else None
    if denominator is not None:
        # "45.2 per 100,000 children": a rate per population, unit "per 100,000 children"
        den_text, k = denominator
        phrase = _noun_phrase(tk, k, hi)
        draft.unit = f"per {den_text}"
        draft.end = tk.ends[k - 1]
        if phrase is not None:
            draft.unit = f"per {den_text} {phrase.unit}"
            draft.subject = phrase.text
    elif m.kind == "count":
        start = k
        if m.vague and tk.low(k) == "of":
            start = k + 1
        elif tk.low(k) in _COMPARATIVE_COUNTS and tk.low(k + 1) != "than":
            start = k + 1  # "six more states"
        elif (
            not m.vague
            and tk.low(k) == "of"
            and tk.low(k + 1) in _PARTITIVE_DETERMINERS
            and _plural(tk.low(k + 2))
        ):
            start = k + 2  # "three of the signatories"
        elif (
            not m.vague
            and tk.low(k) == "of"
            and tk.low(k + 1) == "the"
            and tk.low(k + 2).endswith(("’s", "'s"))
            and _content(tk, k + 3, hi)
        ):
            start = k + 3  # "68 of the world’s poorest countries"
        if (
            tk.is_digits(start)
            and tk.texts[start + 1 : start + 2] == ["-"]
            and tk.touching(start + 1)
            and tk.touching(start + 2)
            and tk.low(start + 2) in V.PERIODS
        ):
            start += 3  # "six 90-minute discussions": the length modifies the noun counted
        if (
            tk.low(start) == "member"
            and tk.is_word(start + 1)
            and tk.texts[start + 1][0].isupper()
            and not _plural(tk.lower[start + 1])
            and tk.same_line(start, start + 1)
        ):
            # "the forty-five member Nuclear Suppliers Group": a body's size in members
            draft.unit = "members"
            draft.end = tk.ends[start]
            return draft
        phrase = _named_head(tk, start, hi) or _noun_phrase(tk, start, hi)
        if phrase is not None and m.collective:
            phrase = _collective(tk, phrase, hi)
        if phrase is not None:
            # "a 77-country alliance" counts countries; the alliance is only its subject
            member = m.unit is not None and m.last > m.first and m.unit in _MEMBER_UNITS
            draft.unit = m.unit if member else phrase.unit
            if not member and phrase.unit.lower() in _PEOPLE_HEADS:
                draft.unit = "people"  # "half of its 30 million population" counts people
            if (
                tk.low(start) == "member"
                and phrase.last == start + 1
                and tk.texts[start][0].isupper()
            ):
                draft.unit = phrase.text  # "28 Member States": the compound is the noun
            draft.subject = phrase.text
    elif (
        m.kind == "percent"
        and tk.low(of_at := _of_after(tk, _first_token(tk, draft.start, m.first), k)) == "of"
    ):
        start = of_at + 1
        while tk.low(start) in _DETERMINERS:
            start += 1
        phrase = _noun_phrase(tk, start, hi)
        if phrase is not None:
            draft.subject = phrase.text
            draft.of_unit = phrase.unit
    if m.kind == "count" and phrase is None and (votes := _vote(tk, k, lo, hi)) is not None:
        draft.unit = "votes"  # "122 in favour, 1 against": a division's votes
        draft.end = tk.ends[votes]
        k = votes + 1
    if (
        m.kind == "count"
        and phrase is None
        and not draft.hedged
        and draft.bound is None
        and m.first > 0
        and tk.lower[m.first - 1] in V.THRESHOLD_VERBS
        and tk.same_line(m.first - 1, m.first)
    ):
        # "the total had passed 70": a threshold crossed is a minimum ("passed 70 laws"
        # counts laws, with no bound)
        draft.bound = "min"
        draft.start = tk.starts[m.first - 1]
    if phrase is not None and tk.texts[phrase.first - 2 : phrase.first - 1] == [")"]:
        k = phrase.last + 1  # the "of" phrase after an aside: the span stays the figure's
    elif phrase is not None:
        draft.end = max(draft.end, tk.ends[phrase.last])
        k = phrase.last + 1
    k = _post_hedged(tk, k, hi, draft)
    if draft.unit == "times":
        verb = tk.low(_first_token(tk, draft.start, m.first) - 1)
        if verb in V.TIMES_VERBS:
            draft.unit = V.TIMES_VERBS[verb]  # "downloaded 2 million times": downloads
    ratio = _ratio_base(tk, k, hi) if m.kind == "count" and phrase is not None else None
    if ratio is not None:
        draft.per = ratio  # "88 girls for every 100 boys": per "100 boys"
        return draft
    rate = _rate_after(tk, k, hi)
    if rate is None and phrase is not None:
        rate = _rate_after_of(tk, k, hi)
    if rate is None and _participle(tk, k, hi):
        rate = _rate_after(tk, k + 1, hi)  # "US$9 billion needed annually"
    if rate is not None:
        draft.per, k = rate
        draft.end = tk.ends[k - 1]
    elif m.kind in {"count", "money"} and (late := _clause_final_rate(tk, k, hi)) is not None:
        draft.per = late  # "8 million tons enter the ocean each year"
    elif m.kind == "count" and (modifier_rate := _rate_modifier(tk, phrase)) is not None:
        draft.per = modifier_rate  # "900 million weekly users" counts users per week
    elif (
        before := _rate_before(tk, _first_token(tk, draft.start, m.first), lo, m.kind)
    ) is not None:
        draft.per = before
    elif (
        subject_rate := _rate_in_subject(tk, _first_token(tk, draft.start, m.first), lo)
    ) is not None:
        draft.per = subject_rate
    elif m.kind in {"count", "money"}:
        draft.per = _rate_opening(tk, lo, m.first)
    return draft


_COMPARATIVE_COUNTS: Final = frozenset({"more", "fewer", "less", "extra"})


_PARTITIVE_DETERMINERS: Final = frozenset({"the", "these", "those", "its", "their", "our"})


def _record(text: str, d: _Draft, dollar: str) -> Statistic:
    unit = d.unit
    if unit == V.DOLLAR:
        unit = dollar
    start, end = d.start, d.end
    while end > start and text[end - 1].isspace():
        end -= 1
    return Statistic(
        value=d.mention.value,
        text=text[start:end],
        span=Span(start, end),
        unit=unit or None,
        subject=d.subject or None,
        approx=d.approx,
        bound=Bound(d.bound) if d.bound else None,
        per=d.per,
        attributed_to=d.attributed_to,
        range_id=d.range_id,
    )
