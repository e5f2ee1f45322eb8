"""Whose pledge: the subject of a pledge verb and the parties beside it (private).

Where the subject sits depends on the verb's form (finite, passive, participle,
"X became the first country to sign", "X said it has signed"); after the verb,
"on behalf of A and B", "..., alongside A and B" and "..., including A and B" name
the parties acted for, the co-subjects and the members of a group subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from policycorpus.dates import MONTHS, WEEKDAYS
from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention
from policycorpus.extract._auxiliaries import (
    aux_flags,
    aux_window,
    emotive_frame,
    hypothetical_opening,
    is_stance,
    subject_window,
)
from policycorpus.extract._clauses import (
    Item,
    Tok,
    clause_start,
    first_word,
    parse_subject_backward,
    parse_subject_forward,
    token_index,
)
from policycorpus.extract._pledge_clause import REACH
from policycorpus.model import ActorKind

_NUMERIC_ORDINAL: Final = re.compile(r"\d{1,3}(?:st|nd|rd|th)$")
"""A numeric ordinal: "the 23rd state to sign"."""


_DEADLINE_HEADS: Final = frozenset(
    {"end", "middle", "start", "close", "turn", "time", "spring", "summer", "autumn"}
    | {"fall", "winter", "mid", "early", "late", "next", "then", "year", "decade"}
)
"""Words after "by" (or "by the") that open a deadline ("by the end of 2025")."""


def _personal(tok: Tok) -> bool:
    """Whether ``tok`` ends a subject that is one person ("he", "the Minister", "Ana Ruiz")."""
    if tok.mention is not None:
        return tok.mention.kind is ActorKind.PERSON
    return tok.low in ("he", "she", "i") or tok.low in vocab.ROLE_NOUNS


def _deadline(toks: Sequence[Tok], by: int) -> bool:
    """Whether "by" at ``by`` opens a deadline ("by 2026", "by March", "by the end of the
    year") rather than a passive's agent."""
    k = by + 1
    if k < len(toks) and toks[k].low == "the":
        k += 1
    if k >= len(toks) or toks[k].mention is not None:
        return False
    low = toks[k].low
    if low.isdigit():  # "by 2026", "by 5 May"; not "by 16 companies"
        return (len(low) == 4 and low[:2] in ("19", "20")) or (
            k + 1 < len(toks) and toks[k + 1].low in MONTHS
        )
    if low == "then" and k > by + 1:
        return False  # "by the then Prime Minister": an agent, in the office as it was
    return low in MONTHS or low in WEEKDAYS or low in _DEADLINE_HEADS


_VOLITION: Final = frozenset({"decided", "voted", "chose", "moved"})


_REPORTING: Final = frozenset(
    {
        "said",
        "says",
        "announced",
        "announces",
        "confirmed",
        "confirms",
        "stated",
        "states",
        "declared",
        "added",
        "told",
    }
)


def members_after(toks: Sequence[Tok], i: int) -> tuple[Item, ...]:
    """Named members in an ", including A, B and C" list after the verb."""
    for j in range(i + 1, min(len(toks), i + 1 + REACH)):
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        if (
            (
                toks[j].low in ("including", "such", "included", "include", "includes", "namely")
                and (toks[j].low != "such" or nxt == "as")
            )
            or (toks[j].low == "incl" and nxt == ".")
            or (toks[j].low == "among" and nxt in ("them", "which", "whom"))
        ):
            start = j + 2 if toks[j].low in ("such", "among", "incl") else j + 1
            if start < len(toks) and toks[start].low == ":":
                start += 1  # "including: A, B and C"
            items, _ = parse_subject_forward(toks, start, len(toks))
            return tuple(it for it in items if it.kind in ("actor", "unknown"))
        if toks[j].low == ":" and j + 1 < len(toks):
            # after a colon, semicolons separate the names: "joined: the UK; Canada; Spain"
            rest = [t._replace(low=",") if t.low == ";" else t for t in toks[j + 1 :]]
            items, _ = parse_subject_forward(rest, 0, len(rest))
            return tuple(it for it in items if it.kind in ("actor", "unknown"))
        if toks[j].low in (";",):
            break
    return ()


def behalf_parties(toks: Sequence[Tok], i: int) -> tuple[ActorMention, ...]:
    """The parties in "on behalf of A and B" in the subject before the verb at ``i`` ("X,
    on behalf of A and B, signed") or just after it ("X signed on behalf of A")."""
    for j in (*range(i), *range(i + 1, min(len(toks), i + 1 + REACH))):
        if toks[j].low == ";" and j > i:
            break
        if j + 3 < len(toks) and (toks[j].low, toks[j + 1].low, toks[j + 2].low) in (
            ("on", "behalf", "of"),
            ("in", "the", "name"),  # "signed ... in the name of the UK Government"
        ):
            if toks[j + 1].low == "the":
                if toks[j + 3].low != "of":
                    continue
                j += 1
            names: dict[str, ActorMention] = {}
            k = j + 3
            while k < len(toks):
                low = toks[k].low
                if low in ("the", ",", "and", "&"):
                    k += 1
                    continue
                m = toks[k].mention
                if m is None:
                    break
                names.setdefault(m.name, m)
                k += 1
            return tuple(names.values())
    return ()


def cosubjects_after(toks: Sequence[Tok], i: int) -> list[Item]:
    """Parties joined to the subject after the verb: "..., alongside A and B"."""
    for j in range(i + 1, min(len(toks), i + 1 + 2 * REACH)):
        low = toks[j].low
        if low in (";", ":"):
            break
        n = 0
        if low == "alongside":
            n = 1
        elif low in ("along", "together") and j + 1 < len(toks) and toks[j + 1].low == "with":
            n = 2
        if n:
            items, _ = parse_subject_forward(toks, j + n, len(toks))
            named = [it for it in items if it.kind in ("actor", "unknown")]
            if not named and len(items) == 1 and items[0].kind == "group":
                named = _bracketed_members(toks, token_index(toks, items[0].end))
            return named
    return []


def _bracketed_members(toks: Sequence[Tok], k: int) -> list[Item]:
    """The named parties in brackets after a group: "together with 11 partners (A, B,
    C)"; empty when no bracket opens at ``toks[k]``."""
    if k >= len(toks) or toks[k].low != "(":
        return []
    for j in range(k + 1, min(len(toks), k + 1 + 4 * REACH)):
        if toks[j].low == ")":
            items, end = parse_subject_forward(toks, k + 1, j)
            named = [it for it in items if it.kind in ("actor", "unknown")]
            return named if end == j and len(named) >= 2 else []
        if toks[j].low in ("(", ".", ";"):
            break
    return []


_COUNTERPART_REACH: Final = 16
"""How many tokens after "signed" the instrument and its "with" may stand."""


def counterparts_after(toks: Sequence[Tok], i: int) -> list[Item]:
    """The other parties of what the verb at ``i`` signs or agrees: "signed an agreement
    with A and B", "agreed an arrangement with A" (not "along with", "together with")."""
    seen_instrument = False
    for j in range(i + 1, min(len(toks), i + 1 + _COUNTERPART_REACH)):
        t = toks[j]
        if t.low in (",", ";", ":", ".", "(") or (t.low in vocab.TRIGGERS and j > i + 1):
            return []
        if t.mention is not None:
            words = t.mention.name.lower().split()
            seen_instrument = seen_instrument or any(w in _COUNTERPART_OBJECTS for w in words)
            continue
        if t.low in _COUNTERPART_OBJECTS or t.low.rstrip("s") in _COUNTERPART_OBJECTS:
            seen_instrument = True
        elif t.low == "with" and seen_instrument and toks[j - 1].low not in ("along", "together"):
            items, _ = parse_subject_forward(toks, j + 1, len(toks))
            return [it for it in items if it.kind in ("actor", "unknown")]
    return []


def fronted_counterparts(toks: Sequence[Tok], first: int, i: int) -> list[Item]:
    """The parties of an opening "With A and B, ..." before the verb at ``i``: "With
    Chile, we signed a charter" (they sign with the subject)."""
    if first >= i or toks[first].low != "with":
        return []
    for j in range(first + 1, min(i, first + 1 + REACH)):
        if toks[j].low == ",":
            items, _ = parse_subject_forward(toks, first + 1, j)
            return [it for it in items if it.kind == "actor"]
        if toks[j].low in (".", ";", ":"):
            break
    return []


_COUNTERPART_OBJECTS: Final = (
    vocab.INSTRUMENT_NOUNS | vocab.SIGNABLE_NOUNS | {"arrangement", "mou", "deal", "contract"}
)


class Subject(NamedTuple):
    items: list[Item]
    negated: bool
    hypothetical: bool
    stance: bool
    relative: bool = False
    """Whether the verb stands in a relative clause on its subject ("the countries who
    have joined the Pledge represent ..."): background, not the sentence's pledge."""


def read_subject(toks: Sequence[Tok], i: int, form: str) -> Subject | None:
    """Subject items of the pledge verb at ``i`` and its flags; ``None`` when it has none."""
    first = first_word(toks)
    a, negated, hypothetical, be, infinitive, _ = subject_window(toks, i, first)
    if infinitive and not {t.low for t in toks[a:i]} & _VOLITION:
        return _first_to(toks, i, first, negated, hypothetical)
    lemma = vocab.TRIGGERS[toks[i].low][1]
    nxt = i + 1
    while nxt < len(toks) and toks[nxt].low.endswith("ly") and toks[nxt].mention is None:
        nxt += 1
    reduced = i > 0 and (
        toks[i - 1].low in vocab.INSTRUMENT_NOUNS
        or toks[i - 1].low in vocab.SIGNABLE_NOUNS
        or toks[i - 1].low == ","
    )  # "a pledge launched in May by ...", "an accord on ..., signed in May by ..."
    if form == "past" and (be or reduced) and nxt < len(toks) and toks[nxt].low != "by":
        # "was signed on the first day by ...": the agent after a short adverbial
        coordinated = toks[nxt].low in ("or", "and")
        for x in range(nxt, min(len(toks), nxt + 7)):
            if toks[x].low == "by":
                if _deadline(toks, x):
                    break  # "are committed to sharing data by 2026": when, not who
                if toks[nxt].low in vocab.PREPOSITIONS or coordinated:
                    nxt = x  # "signed in May by", "ratified or acceded to by"
                break
            if toks[x].low in (",", ".", ";", ":") or toks[x].mention is not None:
                break
            if (
                x > nxt
                and toks[x].text.islower()
                and toks[x].low.endswith("ed")
                and not (coordinated and x == nxt + 1)
            ):
                break  # "agreed at a meeting chaired by ...": the chair is another verb's
    if form == "past" and nxt < len(toks) and toks[nxt].low == "by" and not _deadline(toks, nxt):
        if lemma == "join" and a > first and _personal(toks[a - 1]):
            return None  # "He was joined by Ana Ruiz and Carlos Vega": company, not signing
        items, _ = parse_subject_forward(toks, nxt + 1, len(toks))
        return Subject(items, negated, hypothetical, False)
    stance = form == "past" and lemma in ("commit", "resolve") and is_stance(toks, a, i)
    if form == "past" and be and not stance:
        return None  # passive without an agent: "the declaration was signed"
    if form == "ing":
        j = a - 1
        while j >= first and toks[j].low in ("all", "both", "each", "jointly", "together"):
            j -= 1
        if j >= first and toks[j].low == ",":
            lo = clause_start(toks, j)
            items, _ = parse_subject_forward(toks, lo, j)
            return Subject(items, negated, hypothetical, stance)
        if j >= first and toks[j].low in vocab.INSTRUMENT_NOUNS:
            return _issuer(toks, j, first, negated, hypothetical)
        joiner = _joined_in(toks, j, first)
        if joiner is not None:
            # "the United States joined more than 50 other States in endorsing ...": the
            # one who joined endorses, with the others
            items, _ = parse_subject_backward(toks, aux_window(toks, joiner, first), first)
            if items:
                return Subject(items, negated, hypothetical, stance)
    relative = a - 1 >= first and toks[a - 1].low in ("that", "who", "which") and form != "ing"
    if relative:
        a = aux_window(toks, a - 1, first)  # "the companies that signed": the antecedent
    items, stop = parse_subject_backward(toks, a, first, absolute=form == "ing")
    if not items and form != "ing" and a - 1 > first and toks[a - 1].low == "and":
        items = _shared_subject(toks, first, a - 1)  # "The UK will host ... and has pledged"
    if items:
        span = toks[max(first, stop) : a]
        if any(t.low in ("neither", "nor") for t in span):
            negated = True  # "Neither China nor Russia signed"
    if len(items) == 1 and items[0].kind in ("pronoun", "it"):
        items = _reported_subject(toks, token_index(toks, items[0].start), first) or items
    if items and hypothetical_opening(toks, token_index(toks, items[0].start)):
        hypothetical = True
    return Subject(items, negated, hypothetical, stance, relative)


_JOINED_REACH: Final = 10


def _joined_in(toks: Sequence[Tok], j: int, first: int) -> int | None:
    """The index of "joined" in "X joined (the) N other States in <verb>ing", where
    ``toks[j]`` is the "in" before the verb; None otherwise."""
    if j < first or toks[j].low != "in":
        return None
    for v in range(j - 1, max(first, j - _JOINED_REACH) - 1, -1):
        low = toks[v].low
        if low in ("joined", "joins", "join"):
            return v if v < j - 1 else None
        if low in (",", ";", ".", ":") or toks[v].mention is not None:
            return None
    return None


_INTRO_REACH: Final = 8
"""Tokens an introductory phrase closed by a comma may take at a sentence's start."""


def _shared_subject(toks: Sequence[Tok], first: int, conj: int) -> list[Item]:
    """The subject the sentence opens with, when the pledge verb is the second of two
    coordinated verbs ("The UK will host the summit and has pledged £20m"): named parties
    only, and only when no comma or other name stands between it and the "and"."""
    start = first
    for c in range(first, min(conj, first + _INTRO_REACH)):
        if toks[c].mention is not None:
            break
        if toks[c].low == ",":
            start = c + 1  # "Next year, the UK will match ... and will pledge ..."
            break
    items, end = parse_subject_forward(toks, start, conj)
    if not items or any(it.kind not in ("actor", "unknown") for it in items):
        return []
    stops = (",", ";", ":", "that", "which", "who")
    for t in toks[end:conj]:
        if t.low in stops or t.low in vocab.NEGATIONS or t.mention is not None:
            return []  # "A did not sign the pledge and committed to coal instead": a contrast
    return items


_WHEN: Final = frozenset(
    {"last", "this", "next", "earlier", "later", "month", "week", "year", "today"}
    | {"yesterday", "on", "in", "at", "the"}
    | set(MONTHS)
    | set(WEEKDAYS)
)
"""Words of a time phrase between a reporting verb and "that" ("announced last month")."""
_WHEN_WORDS: Final = 4


def _reported_subject(toks: Sequence[Tok], k: int, first: int) -> list[Item]:
    """For "Japan said it has signed": the subject of the reporting verb before the pronoun."""
    j = k - 1
    if j >= first and toks[j].low == "that":
        j -= 1
    floor = j - _WHEN_WORDS
    while j > first and j > floor and (toks[j].low in _WHEN or toks[j].low.isdigit()):
        j -= 1  # "announced last month that it will"
    if j < first or toks[j].low not in _REPORTING:
        return []
    a = aux_window(toks, j, first)
    emotive = emotive_frame(toks, a, j, first)  # "Chile is pleased to announce that it"
    items, _ = parse_subject_backward(toks, emotive[0] if emotive else a, first)
    return [it for it in items if it.kind in ("actor", "unknown")]


_FIRST_TO_PLACE: Final = 5
_PLACE_PREPOSITIONS: Final = frozenset(
    {"outside", "in", "from", "of", "beyond", "within", "across"}
)


def _first_to(
    toks: Sequence[Tok], i: int, first: int, negated: bool, hypothetical: bool
) -> Subject | None:
    """ "X became the first country to sign", "X were (among) the first to sign": X.

    Any other infinitive ("called on X to sign") has no subject.
    """
    k = i - 2  # the word before "to"
    for p in range(k, max(first, k - _FIRST_TO_PLACE) - 1, -1):
        if (
            toks[p].low in _PLACE_PREPOSITIONS
            and p - 1 >= first
            and toks[p - 1].text.islower()
            and toks[p - 1].low not in vocab.AUXILIARIES
        ):
            k = p - 1  # "the first country outside ASEAN to sign": where, not who
            break
        if toks[p].low in (",", ";", ".", "to"):
            break
    if (
        k >= first
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].low not in vocab.ORDINAL_FIRSTS
    ):
        k -= 1  # "the first country", "the 23rd state", "the latest signatory"
    if k < first or not (
        toks[k].low in vocab.ORDINAL_FIRSTS or _NUMERIC_ORDINAL.match(toks[k].low)
    ):
        return None
    k -= 1
    if k < first or toks[k].low not in ("the", "a"):
        return None
    verb = k - 1
    if verb > first and toks[verb].low == "among":
        verb -= 1  # "X and Y were among the first to sign"
    if verb < first or toks[verb].low not in (
        "became",
        "becomes",
        "become",
        "is",
        "was",
        "be",
        "were",
        "are",
        "been",
    ):
        return None
    a2 = aux_window(toks, verb, first)
    neg2, hyp2, _, _ = aux_flags(toks, a2, verb)
    items, _ = parse_subject_backward(toks, a2, first)
    return Subject(items, negated or neg2, hypothetical or hyp2, False)


def _issuer(
    toks: Sequence[Tok], j: int, first: int, negated: bool, hypothetical: bool
) -> Subject | None:
    """ "X issued a joint statement pledging ...": the subject of the issuing verb."""
    k = j
    while (
        k - 1 >= first
        and toks[k - 1].mention is None
        and (toks[k - 1].text.islower() or toks[k - 1].is_cap)
        and toks[k - 1].low not in vocab.ISSUE_VERBS
        and toks[k - 1].low != ","
    ):
        k -= 1
    if k - 1 < first or toks[k - 1].low not in vocab.ISSUE_VERBS:
        return None
    a = aux_window(toks, k - 1, first)
    neg2, hyp2, _, _ = aux_flags(toks, a, k - 1)
    items, _ = parse_subject_backward(toks, a, first)
    return Subject(items, negated or neg2, hypothetical or hyp2, False)
