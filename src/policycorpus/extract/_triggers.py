"""Pledge triggers: which words of a sentence pledge, and whose subject to read (private).

Built on the subject grammar of :mod:`._clauses`. The result is a plain intermediate,
:class:`Clause`, that :mod:`._pledges` turns into parties by resolving references
across the article.

Grammar (informal; words are compared case-folded, vocabulary in
:mod:`._vocab_commitments`)::

    trigger   := PLEDGE-VERB                       "pledged", "have committed", "signing",
                                                   "agreed to", "ratified", "undertook to",
                                                   "have each signed", "committed $11m to"
               | "join(ed)" "forces" | "join(ed)" ... INSTRUMENT
               | "join(ed)" LIST ("in"|"as") ... INSTRUMENT|MEMBER-NOUN   all of them pledge
               | "join(ed)" GROUP ("that"|"who") AUX* SIGN-VERB          the subject only
               | ("launch" | "support" | "back" | "endorse") ... INSTRUMENT
               | "put" POSSESSIVE "name" "to"       (sign)
               | NOUN-VERB ADJ* ("commitments" | "pledge") ["from"|"by" subject]
               | ("our" | ACTOR "'s") ("commitment" | "pledge" | "promise") "to"
               | BE "required"|"obliged" "to"      (modality require)
               | "we" "will" VERB                  (inside a quotation only)
    member    := MEMBER-NOUN [GROUP] ("are"|"include"|":"|"—") LIST   ("The new members are")
               | subject BE ["a"] "signatory" ("to"|"of")
               | subject BE "among" "the" MEMBER-NOUN
               | SIGNABLE ("agreed"|"signed") "with" LIST   with the subject of the clause
                                                   before ("committed to the principles
                                                   agreed with A and B")
               | ["joint"] "declaration" "by" LIST
               | MEMBER-NOUN-HEADING                names on the lines below

Where the subject sits depends on the verb's form: before the auxiliaries of a
finite verb; after "by" for a passive ("an initiative launched by the EU"); for a
participle, the noun phrase just before it, the subject of its clause when a comma
precedes it ("X hosted the event, promising to ..."), or the issuer when it follows
an instrument ("X issued a joint statement pledging ..."). A passive agent may follow
a short adverbial ("was signed on the first day by ..."), but not another participle
("agreed at a meeting chaired by X": X chaired). "cannot make that commitment from X"
is negated, as a verb's negation is. "committing them to" is the
object's undertaking, not a pledge of the noun before it. "X will ..." reads past
"also"/"jointly"; its subject may be a group pointing back ("the two countries will").
"X is among the companies that signed", "X became the first country to sign" and
"X said it has signed" give X.
After the verb, "..., alongside A and B" adds co-subjects, and a group subject takes
the members named in "..., including A and B" or after a colon.

A trigger is *negated* when a negation stands between subject and verb ("refused to
sign", "did not commit"), *hypothetical* after a modal or planning word ("could
sign", "plans to sign"), inside an "if"/"unless"/"whether" clause, or in a question.
An infinitive ("to sign") is never a trigger by itself ("called on others to join").
Opinions ("agreed that"), enactments ("signed the bill into law") and noun uses ("the
pledge", "a sign of") are not triggers.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

from policycorpus.dates import MONTHS, WEEKDAYS
from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention
from policycorpus.extract._clauses import (
    Item,
    Tok,
    clause_start,
    first_word,
    parse_subject_backward,
    parse_subject_forward,
    token_index,
)
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._sentences import WordScreen
from policycorpus.model import ActorKind, Modality

__all__ = [
    "Clause",
    "QuoteRegion",
    "analyse_sentence",
    "find_quote_regions",
    "may_pledge",
]


_MAX_QUOTE: Final = 3000


_REACH: Final = 40
"""How many tokens after a verb its "on behalf of", "alongside" or "including" may stand."""


_NUMERIC_ORDINAL: Final = re.compile(r"\d{1,3}(?:st|nd|rd|th)$")
"""A numeric ordinal: "the 23rd state to sign"."""


_VOLITION: Final = frozenset({"decided", "voted", "chose", "moved"})


_HEADING_WORDS: Final = frozenset(
    {"=", "#", ":", "list", "of", "the", "and", "original", "current", "new", "founding", "-"}
)


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


class Clause(NamedTuple):
    """A pledge verb with its subject, as found in one sentence."""

    modality: Modality
    lemma: str
    trigger_start: int
    trigger_end: int
    items: tuple[Item, ...]
    negated: bool
    hypothetical: bool
    stance: bool
    """"is committed to": a standing commitment, not an act of committing."""
    members: tuple[Item, ...] = ()
    """Members named after the verb for a group subject ("..., including A and B")."""
    cosubjects: tuple[Item, ...] = ()
    """Parties joined after the verb ("..., alongside A and B"): they sign too, but the
    sentence reports the subject's act."""
    future: bool = False
    """A "X will ..." sentence: a commitment only where X pledged elsewhere in the article."""
    quoted_we: bool = False
    """A "we will" sentence inside a quotation."""
    membership: bool = False
    """A member list ("The new members are A, B and C"): joined, not pledged."""
    behalf: tuple[ActorMention, ...] = ()
    """The parties named in "on behalf of A and B" beside the verb: whom its subject acts
    for, and so the actors of what it signs or pledges."""


class QuoteRegion(NamedTuple):
    """A quotation in the article text and who is said to speak it."""

    start: int
    end: int
    speaker: ActorMention | None


_KEYWORDS: Final = WordScreen(
    {
        *vocab.TRIGGERS,
        *vocab.REQUIRE_WORDS,
        *vocab.MEMBER_NOUNS,
        *vocab.SIGNABLE_NOUNS,
        "commitment",
        "commitments",
        "we",
        "will",
        "ll",
    }
)


def may_pledge(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word any clause of this grammar starts from."""
    return _KEYWORDS.holds(text, start, end)


def _next_word(toks: Sequence[Tok], i: int) -> Tok | None:
    j = i + 1
    while j < len(toks) and toks[j].low.endswith("ly") and toks[j].mention is None:
        j += 1
    return toks[j] if j < len(toks) else None


def _names_instrument(tok: Tok, nouns: frozenset[str]) -> bool:
    """Whether a token is, or a name contains, one of ``nouns`` ("the Paris Call")."""
    if tok.mention is not None:
        return any(w in nouns for w in tok.low.split())
    return tok.low in nouns or (tok.low.endswith("s") and tok.low[:-1] in nouns)


def _instrument_ahead(
    toks: Sequence[Tok], i: int, span: int = 8, nouns: frozenset[str] = vocab.INSTRUMENT_NOUNS
) -> bool:
    end = i + 1 + span
    j = i
    while j + 1 < min(len(toks), end):
        j += 1
        low = toks[j].low
        if low == "-" and toks[j - 1].end == toks[j].start:
            end += 2  # "threat-sharing" is one word of the object
            continue
        if low.endswith("s") and low[:-1] in nouns:
            return True  # "agreements", "declarations"
        if toks[j].mention is not None:
            low = low.rsplit(" ", 1)[-1]  # "the Global Coalition for Child Safety"
            if low in nouns or any(w in nouns for w in toks[j].low.split()):
                return True
            continue
        if low in nouns:
            return True
        if low in (".", ";", ":", ",") or low in vocab.TRIGGERS:
            return False
    return False


_MODIFIERS: Final = 3


def _modified_noun(toks: Sequence[Tok], i: int) -> bool:
    """Whether the word at ``i`` is a noun after a determiner and one to three modifiers
    ("a new pledge", "an initial humanitarian pledge"), not a verb after its subject
    ("the signatories pledge", "the two countries will pledge")."""
    j = i - 1
    while j >= 0 and i - 1 - j <= _MODIFIERS:
        tok = toks[j]
        if tok.low in vocab.NOUN_DETERMINERS:
            return j < i - 1 and tok.low != "of"
        if (
            i - 1 - j == _MODIFIERS
            or tok.mention is not None
            or not tok.text[:1].isalpha()
            or tok.low == "to"
            or tok.low in vocab.PARTY_NOUNS
            or tok.low in vocab.KIND_REFERENCE_NOUNS
            or tok.low in vocab.AUXILIARIES
        ):
            return False
        j -= 1
    return False


_MONEY_REACH: Final = 8
_AWARDED: Final = frozenset({"grant", "grants", "award", "awards", "awarded", "contracts"})


def _money_object(toks: Sequence[Tok], i: int) -> bool:
    """Whether the verb at ``i`` takes a sum of money as its object ("announced $5m for",
    "announced a new partnership of up to $180 million"), within its clause."""
    window = toks[i + 1 : i + 1 + 2 * _MONEY_REACH]
    for k, t in enumerate(window[:_MONEY_REACH]):
        if t.low in (",", ".", ";", ":", "that", "which", "who"):
            return False
        if t.low[:1] in "£$€¥":
            # money already given out is not a pledge: "$41.7 million in grant awards"
            return not any(w.low in _AWARDED for w in window[k + 1 : k + 1 + _MONEY_REACH])
    return False


class _Site(NamedTuple):
    """A pledge word in its sentence, as the per-lemma checks read it."""

    toks: Sequence[Tok]
    i: int
    first: int
    form: str
    prev: Tok | None
    nxt: Tok | None
    nlow: str


def _trigger_ok(toks: Sequence[Tok], i: int, first: int) -> bool:
    """Whether the pledge word at ``i`` is a verb of pledging here: not part of a name or
    a noun phrase, and with what its lemma needs after it (:data:`_LEMMA_CHECKS`)."""
    tok = toks[i]
    _, lemma, form = vocab.TRIGGERS[tok.low]
    prev = toks[i - 1] if i > 0 else None
    nxt = _next_word(toks, i)
    site = _Site(toks, i, first, form, prev, nxt, nxt.low if nxt is not None else "")
    if _in_name(site) or _noun_use(site, lemma):
        return False
    check = _LEMMA_CHECKS.get(lemma)
    return True if check is None else check(site)


def _in_name(site: _Site) -> bool:
    """ "Global Pledge": a capitalised pledge word inside a name (unless a headline's verb,
    "Canada Pledges To ...", "UK Signs Charter")."""
    toks, i, prev, nxt = site.toks, site.i, site.prev, site.nxt
    if not (toks[i].text[:1].isupper() and i > site.first and prev is not None):
        return False
    headline_verb = (
        prev.mention is not None
        and (i < 2 or toks[i - 2].low != "the")
        and nxt is not None
        and (nxt.is_cap or nxt.mention is not None)
    )
    return (
        (prev.is_cap or prev.mention is not None)
        and prev.low != "the"
        and not (nxt is not None and nxt.text in ("To", "to", "Up", "up"))
        and not headline_verb
    )


def _noun_use(site: _Site, lemma: str) -> bool:
    """Whether the pledge word is a noun here ("the pledge", "a new pledge", "announces
    pledge") or a keyword ("Tags: security, CISA, pledge")."""
    toks, i, form, prev = site.toks, site.i, site.form, site.prev
    if prev is None:
        return False
    floating = (
        prev.low in vocab.FLOATING_QUANTIFIERS
        and i >= 2
        and (
            toks[i - 2].low in vocab.AUXILIARIES
            or toks[i - 2].mention is not None
            or toks[i - 2].low in vocab.GROUP_NOUNS
        )
    )  # "have each signed", "The signatories each pledged"
    if (
        prev.low in vocab.NOUN_DETERMINERS
        and prev.low != "of"
        and not (prev.low == "that" and form in ("past", "s"))
        and not floating
    ):
        return True  # "the pledge", "a sign", "the signed declaration"
    if form == "s" and (prev.low in vocab.NUMBER_WORDS or prev.low.isdigit()):
        return True  # "submitted five pledges": a counted noun
    if form not in ("base", "s"):
        return False
    if not (form == "s" and lemma in ("commit", "undertake")) and _modified_noun(toks, i):
        return True  # "the Nordic pledge", "an initial humanitarian pledge"
    if prev.low == "," and site.nxt is None:
        return True  # "Tags: security, CISA, pledge": a keyword list
    return prev.low in vocab.COMMITMENT_NOUN_VERBS  # "announces pledge" (_noun_commitment)


def _put_ok(site: _Site) -> bool:
    """ "put their names to"."""
    toks, i = site.toks, site.i
    return (
        site.nxt is not None
        and site.nlow in ("its", "their", "his", "her", "our")
        and i + 3 < len(toks)
        and toks[i + 2].low in ("name", "names", "signature", "signatures")
        and toks[i + 3].low == "to"
    )


def _commit_ok(site: _Site) -> bool:
    """ "committed to", "committed $11 million", "committed more than £5m to"."""
    toks, nxt, nlow = site.toks, site.nxt, site.nlow
    if site.form == "ing" and nlow in ("them", "themselves", "it", "itself", "him", "her"):
        return False  # "a charter with X committing them to ...": the object commits
    if nlow == "to":
        return True
    if nxt is None or vocab.TRIGGERS[toks[site.i].low][1] != "commit":
        return False
    j = token_index(toks, nxt.start)
    if any(t.low[:1] in "£$€0123456789" for t in toks[j : j + 4]) and (
        nlow[:1] in "£$€0123456789" or nlow in _AMOUNT_HEDGES or nlow in ("the", "an", "a")
    ):
        return True  # "committed $11 million", "committed more than £5m"
    for x in range(j, min(len(toks), j + 8)):
        if toks[x].low == "to":
            return True
        if toks[x].low in (",", ".", ";"):
            return False
    return False


def _promise_ok(site: _Site) -> bool:
    return site.nlow in ("to", "that") or (
        site.form in ("s", "past")
        and (site.nlow in vocab.DETERMINERS or site.nlow[:1] in "£$€0123456789")
    )


def _join_ok(site: _Site) -> bool:
    if site.nlow == "forces":
        return True
    after = site.toks[site.i + 1 : site.i + 12]
    if any(t.low in ("observer", "observers") for t in after):
        return False  # "joined the partnership as an observer": not a member
    return _join_ahead(site)


def _join_ahead(site: _Site) -> bool:
    return _instrument_ahead(site.toks, site.i, 5) or _joined_signers(site.toks, site.i) is not None


def _launch_ok(site: _Site) -> bool:
    toks, i, prev = site.toks, site.i, site.prev
    if site.nlow == "by":
        return any(_names_instrument(t, vocab.INSTRUMENT_NOUNS) for t in toks[site.first : i])
    if site.form == "past" and prev is not None and prev.low in vocab.INSTRUMENT_NOUNS:
        # "a pledge launched in May 2019 by A and B"
        return any(t.low == "by" for t in toks[i + 1 : i + 8])
    return _instrument_ahead(toks, i)


def _support_ok(site: _Site) -> bool:
    toks, i = site.toks, site.i
    if site.nlow == "by":
        return any(t.low in vocab.SIGNABLE_NOUNS for t in toks[max(0, i - 3) : i])
    return _instrument_ahead(toks, i, 6, vocab.SIGNABLE_NOUNS)


def _sign_ok(site: _Site) -> bool:
    toks, i, nxt, nlow = site.toks, site.i, site.nxt, site.nlow
    if site.form == "s" and nlow == "of":
        return False  # "signs of progress"
    if _into_law(toks, i):
        return False  # "signed the bill into law": enacting, not pledging
    if nlow == "up" and nxt is not None:
        after = _next_word(toks, token_index(toks, nxt.start))
        if after is not None and after.text[:1].isalnum() and after.low not in ("to", "for"):
            return False  # "signed up 100 advertisers": recruited, not joined
    if nlow in _SIGN_FOLLOWERS or not nlow.isalpha():
        return True  # "signed up to", "signed by", "has signed.", "that signed include"
    # what is signed must be a pledge-like text, not "a lease" or "a new player"
    return _instrument_ahead(toks, i, 8, vocab.SIGNABLE_NOUNS | vocab.INSTRUMENT_NOUNS)


def _agree_ok(site: _Site) -> bool:
    if site.nlow == "that":
        # "agreed that the threat is grave" shares an opinion; "concurred that they
        # would strengthen ..." undertakes a future action
        return _future_ahead(site.toks, site.i + 2)
    return site.nlow != "with"


def _endorse_ok(site: _Site) -> bool:
    if site.nlow == "by":
        return True
    return _instrument_ahead(site.toks, site.i, 8, vocab.SIGNABLE_NOUNS | vocab.INSTRUMENT_NOUNS)


def _future_money(site: _Site) -> bool:
    """ "will contribute $20 million", "pledged to provide £5m": money to be given (not
    money given, "provided $5m last year")."""
    toks, i = site.toks, site.i
    before = {t.low for t in toks[max(site.first, i - 3) : i]}
    return bool(before & {"will", "shall", "'ll", "to"}) and _money_object(toks, i)


_LEMMA_CHECKS: Final[dict[str, Callable[[_Site], bool]]] = {
    "put": _put_ok,
    "commit": _commit_ok,
    "resolve": _commit_ok,
    "undertake": _commit_ok,
    "promise": _promise_ok,
    "join": _join_ok,
    "announce": lambda site: _money_object(site.toks, site.i),  # "announced $5m for ..."
    "contribute": lambda site: _future_money(site),  # "will contribute $20m to ..."
    "launch": _launch_ok,
    "support": _support_ok,
    "back": _support_ok,
    "sign": _sign_ok,
    "agree": _agree_ok,
    "endorse": _endorse_ok,
}
"""What each pledge lemma needs around it to be a pledge (one entry per lemma; a lemma
with no entry is a pledge wherever it is a verb)."""


_THAT_REACH: Final = 30


def _future_ahead(toks: Sequence[Tok], j: int) -> bool:
    """Whether the clause from ``toks[j]`` says what will be done ("will", "would",
    "shall"), before the sentence or a semicolon ends."""
    for t in toks[j : j + _THAT_REACH]:
        if t.low in (".", ";"):
            return False
        if t.low in ("will", "would", "shall", "'ll"):
            return True
    return False


_AMOUNT_HEDGES: Final = frozenset(
    {"more", "over", "nearly", "almost", "about", "around", "up", "some", "roughly", "at"}
)


_JOIN_REACH: Final = 16


def _joined_signers(toks: Sequence[Tok], i: int) -> tuple[int, bool] | None:
    """After "joined": the end of the object when it names signers, and whether they
    are named parties ("joined A, B and C in a joint pledge") or a group that signed
    ("joined more than 140 companies that have signed the pledge"); ``None`` otherwise.
    """
    named = False
    for j in range(i + 1, min(len(toks), i + 1 + _JOIN_REACH)):
        t = toks[j]
        if t.mention is not None:
            named = True
            continue
        low = t.low
        if low in ("that", "who", "which") and j + 1 < len(toks):
            k = j + 1
            while k < len(toks) and k - j <= 3 and toks[k].low in vocab.AUXILIARIES:
                k += 1
            if k < len(toks) and vocab.TRIGGERS.get(toks[k].low, (None, "", ""))[1] in (
                "sign",
                "pledge",
                "commit",
                "endorse",
            ):
                return (j, False) if not named else None
            return None
        if low in ("in", "as") and named:
            if _instrument_ahead(toks, j, 5) or any(
                x.low in vocab.MEMBER_NOUNS for x in toks[j + 1 : j + 4]
            ):
                return j, True
            return None
        if low in (".", ";", ":") or low in vocab.TRIGGERS:
            return None
    return None


_SIGN_FOLLOWERS: Final = frozenset(
    {
        "up",
        "on",
        "onto",
        "off",
        "by",
        "it",
        "them",
        "this",
        "these",
        "",
        "include",
        "included",
        "includes",
        "were",
        "are",
        "was",
        "is",
        "and",
        "in",
        "at",
        "last",
        "earlier",
        "so",
    }
)


def _into_law(toks: Sequence[Tok], i: int) -> bool:
    for j in range(i + 1, min(len(toks) - 1, i + 10)):
        if toks[j].low == "into" and toks[j + 1].low == "law":
            return True
        if toks[j].low in (".", ";", ","):
            return False
    return False


def _aux_window(toks: Sequence[Tok], i: int, lo: int) -> int:
    """First token of the auxiliaries and adverbs standing before token ``i``."""
    j = i
    while j - 1 >= lo:
        t = toks[j - 1]
        if t.mention is not None:
            break
        if (
            t.low in vocab.AUXILIARIES
            or t.low in vocab.NEGATIONS
            or (t.low.endswith("ly") and t.text.islower() and len(t.low) > 3)
        ):
            j -= 1
        elif t.low == "," and j < i + 1:
            aside = _aside_after_aux(toks, j - 1, lo)
            if aside < 0:
                break
            j = aside  # "the UK has, together with its partners, signed"
        else:
            break
    return j


_EMOTIVE: Final = frozenset(
    {"pleased", "delighted", "proud", "happy", "glad", "honoured", "honored", "thrilled"}
)


def _emotive_frame(toks: Sequence[Tok], a: int, i: int, first: int) -> tuple[int, int] | None:
    """For "X is pleased to announce", "X is proud to have signed": where the auxiliaries
    before the adjective start, and where the verb's own window starts (after "to");
    ``None`` when the verb at ``i`` stands in no such frame."""
    j = a
    if j - 1 >= first and toks[j - 1].low == "to":
        j -= 1
    if j - 2 < first or toks[j].low != "to" or toks[j - 1].low not in _EMOTIVE:
        return None
    return _aux_window(toks, j - 1, first), j + 1


_ASIDE_REACH: Final = 12


def _aside_after_aux(toks: Sequence[Tok], comma: int, lo: int) -> int:
    """For a comma just before the verb: where the auxiliary before a comma-delimited
    aside stands ("has, together with international partners, signed" -> "has"), or
    -1 when the aside does not follow an auxiliary."""
    k = comma - 1
    while k >= lo and comma - k <= _ASIDE_REACH and toks[k].low not in (",", ".", ";", ":"):
        k -= 1
    if k - 1 >= lo and toks[k].low == "," and toks[k - 1].low in vocab.AUXILIARIES:
        return k - 1
    return -1


def _flags(toks: Sequence[Tok], a: int, i: int) -> tuple[bool, bool, bool, bool]:
    """(negated, hypothetical, passive-be, infinitive) for the window ``toks[a:i]``."""
    window = [t.low for t in toks[a:i]]
    negated = any(w in vocab.NEGATIONS for w in window)
    hypothetical = any(w in vocab.HYPOTHETICAL_AUX for w in window)
    be = any(w in vocab.BE_FORMS for w in window)
    infinitive = bool(window) and window[-1] == "to"
    return negated, hypothetical, be, infinitive


def _stance(toks: Sequence[Tok], a: int, i: int) -> bool:
    return any(t.low in vocab.STANCE_BE for t in toks[a:i])


def _hypothetical_opening(toks: Sequence[Tok], subject_start: int) -> bool:
    j = subject_start - 1
    while j >= 0 and toks[j].low in (",", "the"):
        j -= 1
    return j >= 0 and toks[j].low in vocab.HYPOTHETICAL_MARKERS


def _members_after(toks: Sequence[Tok], i: int) -> tuple[Item, ...]:
    """Named members in an ", including A, B and C" list after the verb."""
    for j in range(i + 1, min(len(toks), i + 1 + _REACH)):
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        if (
            toks[j].low in ("including", "such", "included", "include", "includes", "namely")
            and (toks[j].low != "such" or nxt == "as")
        ) or (toks[j].low == "among" and nxt in ("them", "which", "whom")):
            start = j + 2 if toks[j].low in ("such", "among") else j + 1
            items, _ = parse_subject_forward(toks, start, len(toks))
            return tuple(it for it in items if it.kind in ("actor", "unknown"))
        if toks[j].low == ":" and j + 1 < len(toks):
            items, _ = parse_subject_forward(toks, j + 1, len(toks))
            return tuple(it for it in items if it.kind in ("actor", "unknown"))
        if toks[j].low in (";",):
            break
    return ()


def _behalf(toks: Sequence[Tok], i: int) -> tuple[ActorMention, ...]:
    """The parties in "on behalf of A and B" in the subject before the verb at ``i`` ("X,
    on behalf of A and B, signed") or just after it ("X signed on behalf of A")."""
    for j in (*range(i), *range(i + 1, min(len(toks), i + 1 + _REACH))):
        if toks[j].low == ";" and j > i:
            break
        if j + 3 < len(toks) and (toks[j].low, toks[j + 1].low, toks[j + 2].low) == (
            "on",
            "behalf",
            "of",
        ):
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


def _cosubjects_after(toks: Sequence[Tok], i: int) -> list[Item]:
    """Parties joined to the subject after the verb: "..., alongside A and B"."""
    for j in range(i + 1, min(len(toks), i + 1 + _REACH)):
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
            return [it for it in items if it.kind in ("actor", "unknown")]
    return []


class _Subject(NamedTuple):
    items: list[Item]
    negated: bool
    hypothetical: bool
    stance: bool
    relative: bool = False
    """Whether the verb stands in a relative clause on its subject ("the countries who
    have joined the Pledge represent ..."): background, not the sentence's pledge."""


def _subject(toks: Sequence[Tok], i: int, form: str) -> _Subject | None:
    """Subject items of the pledge verb at ``i`` and its flags; ``None`` when it has none."""
    first = first_word(toks)
    a = _aux_window(toks, i, first)
    emotive = _emotive_frame(toks, a, i, first)
    if emotive is not None:
        # "Chile is proud to have signed": the verb's own window is after "to", the
        # subject before "is proud"
        negated, hypothetical, be, infinitive = _flags(toks, emotive[1], i)
        a = emotive[0]
    else:
        negated, hypothetical, be, infinitive = _flags(toks, a, i)
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
        for x in range(nxt, min(len(toks), nxt + 7)):
            if toks[x].low == "by":
                if toks[nxt].low in vocab.PREPOSITIONS:
                    nxt = x
                break
            if toks[x].low in (",", ".", ";", ":") or toks[x].mention is not None:
                break
            if x > nxt and toks[x].text.islower() and toks[x].low.endswith("ed"):
                break  # "agreed at a meeting chaired by ...": the chair is another verb's
    if form == "past" and nxt < len(toks) and toks[nxt].low == "by":
        items, _ = parse_subject_forward(toks, nxt + 1, len(toks))
        return _Subject(items, negated, hypothetical, False)
    stance = form == "past" and lemma == "commit" and _stance(toks, a, i)
    if form == "past" and be and not stance:
        return None  # passive without an agent: "the declaration was signed"
    if form == "ing":
        j = a - 1
        while j >= first and toks[j].low in ("all", "both", "each", "jointly", "together"):
            j -= 1
        if j >= first and toks[j].low == ",":
            lo = clause_start(toks, j)
            items, _ = parse_subject_forward(toks, lo, j)
            return _Subject(items, negated, hypothetical, stance)
        if j >= first and toks[j].low in vocab.INSTRUMENT_NOUNS:
            return _issuer(toks, j, first, negated, hypothetical)
    relative = a - 1 >= first and toks[a - 1].low in ("that", "who", "which") and form != "ing"
    if relative:
        a = _aux_window(toks, a - 1, first)  # "the companies that signed": the antecedent
    items, stop = parse_subject_backward(toks, a, first, absolute=form == "ing")
    if not items and form != "ing" and a - 1 > first and toks[a - 1].low == "and":
        items = _shared_subject(toks, first, a - 1)  # "The UK will host ... and has pledged"
    if items:
        span = toks[max(first, stop) : a]
        if any(t.low in ("neither", "nor") for t in span):
            negated = True  # "Neither China nor Russia signed"
    if len(items) == 1 and items[0].kind in ("pronoun", "it"):
        items = _reported_subject(toks, token_index(toks, items[0].start), first) or items
    if items and _hypothetical_opening(toks, token_index(toks, items[0].start)):
        hypothetical = True
    return _Subject(items, negated, hypothetical, stance, relative)


def _shared_subject(toks: Sequence[Tok], first: int, conj: int) -> list[Item]:
    """The subject the sentence opens with, when the pledge verb is the second of two
    coordinated verbs ("The UK will host the summit and has pledged £20m"): named parties
    only, and only when no comma or other name stands between it and the "and"."""
    start = first + _intro_length(toks, first, first)
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
    a = _aux_window(toks, j, first)
    emotive = _emotive_frame(toks, a, j, first)  # "Chile is pleased to announce that it"
    items, _ = parse_subject_backward(toks, emotive[0] if emotive else a, first)
    return [it for it in items if it.kind in ("actor", "unknown")]


def _first_to(
    toks: Sequence[Tok], i: int, first: int, negated: bool, hypothetical: bool
) -> _Subject | None:
    """ "X became the first country to sign", "X were the first to sign": X.

    Any other infinitive ("called on X to sign") has no subject.
    """
    k = i - 2  # the word before "to"
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
    a2 = _aux_window(toks, verb, first)
    neg2, hyp2, _, _ = _flags(toks, a2, verb)
    items, _ = parse_subject_backward(toks, a2, first)
    return _Subject(items, negated or neg2, hypothetical or hyp2, False)


def _issuer(
    toks: Sequence[Tok], j: int, first: int, negated: bool, hypothetical: bool
) -> _Subject | None:
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
    a = _aux_window(toks, k - 1, first)
    neg2, hyp2, _, _ = _flags(toks, a, k - 1)
    items, _ = parse_subject_backward(toks, a, first)
    return _Subject(items, negated or neg2, hypothetical or hyp2, False)


def analyse_sentence(toks: Sequence[Tok], *, in_quote: bool = False) -> list[Clause]:
    """Every pledge clause of one tokenised sentence, in order."""
    out: list[Clause] = []
    if not toks:
        return out
    question = toks[-1].low == "?" or (
        len(toks) > 1 and toks[-1].low in ("”", '"') and toks[-2].low == "?"
    )
    first = first_word(toks)
    for i, tok in enumerate(toks):
        if tok.mention is not None:
            continue
        low = tok.low
        clause = _agreed_with(toks, i, out)
        if clause is not None:
            out.append(clause)
            continue
        if low in vocab.TRIGGERS and _trigger_ok(toks, i, first):
            clause = _verb_clause(toks, i, first, question)
        elif low in _NOUN_MODALITY:
            clause = _noun_commitment(toks, i, first)
            if clause is not None:
                clause = clause._replace(hypothetical=clause.hypothetical or question)
        elif low in vocab.REQUIRE_WORDS and i + 1 < len(toks) and toks[i + 1].low == "to":
            clause = _require_clause(toks, i, first, question)
        elif in_quote and low == "we":
            clause = _quoted_we_clause(toks, i, first, question)
        elif low in ("will", "'ll") and not in_quote:
            clause = _will_clause(toks, i, first)
            if clause is not None:
                clause = clause._replace(hypothetical=question)
        elif low in vocab.MEMBER_NOUNS:
            clause = _member_list(toks, i)
        elif low in vocab.SIGNABLE_NOUNS:
            clause = _declaration_by(toks, i, question)
        if clause is not None:
            out.append(clause)
    return out


def _verb_clause(toks: Sequence[Tok], i: int, first: int, question: bool) -> Clause | None:
    """The clause of the pledge verb at ``i``, with its subject and what rides on it."""
    tok = toks[i]
    modality, lemma, form = vocab.TRIGGERS[tok.low]
    bound = _bound_parties(toks, i) if lemma == "commit" else None
    found = _subject(toks, i, form)
    if bound is not None:
        # "The declaration commits its signatories to ...": they commit
        flags = found[1:] if found is not None else (False, False, False)
        found = _Subject([bound], *flags)
    if found is None:
        return None
    items, negated, hypothetical, stance, relative = found
    if lemma == "join" and items:
        joined = _joined_signers(toks, i)
        if joined is not None and joined[1]:
            # "X has joined A, B and C in a joint pledge": all of them pledge
            objects, _ = parse_subject_forward(toks, i + 1, joined[0])
            items = [*items, *(it for it in objects if it.kind in ("actor", "unknown"))]
    cosubjects = tuple(_cosubjects_after(toks, i)) if items else ()
    members: tuple[Item, ...] = ()
    if any(it.kind == "group" for it in items) and not any(
        it.kind in ("actor", "unknown") for it in items
    ):
        members = _members_after(toks, i)
    return Clause(
        modality,
        lemma,
        tok.start,
        tok.end,
        tuple(items),
        negated,
        hypothetical or question,
        stance,
        members,
        behalf=_behalf(toks, i),
        cosubjects=cosubjects,
        membership=relative and _main_verb_after(toks, i),
        future=lemma == "contribute",  # "will provide £10m": counts in a pledge report
    )


def _main_verb_after(toks: Sequence[Tok], i: int) -> bool:
    """Whether a verb of the main clause follows the relative clause whose verb is at
    ``i`` ("... who have joined the Pledge represent all regions"): a plain present or
    past verb after the object, before any comma."""
    for t in toks[i + 1 : i + 1 + _RELATIVE_REACH]:
        if t.low in (",", ".", ";", ":", "and", "but"):
            return False
        if t.mention is None and t.text.islower() and t.low in _MAIN_VERBS:
            return True
    return False


_RELATIVE_REACH: Final = 12
_MAIN_VERBS: Final = frozenset(
    {"represent", "represents", "include", "includes", "account", "accounts", "are", "is"}
    | {"were", "was", "have", "has", "come", "comes", "span", "spans", "range", "cover"}
    | {"covers", "make", "makes", "number", "total", "totals", "reach", "reached"}
)
"""Verbs that describe a group already named ("represent all regions", "account for
80% of emissions"): after a relative clause, the sentence describes its signatories."""


def _require_clause(toks: Sequence[Tok], i: int, first: int, question: bool) -> Clause | None:
    """ "X will be required to ...": an obligation laid on X (not its pledge)."""
    a = _aux_window(toks, i, first)
    negated, _, be, _ = _flags(toks, a, i)
    if not be:
        return None
    items, _ = parse_subject_backward(toks, a, first)
    return Clause(
        Modality.REQUIRE,
        "require",
        toks[i].start,
        toks[i].end,
        tuple(items),
        negated,
        question,
        False,
    )


def _quoted_we_clause(toks: Sequence[Tok], i: int, first: int, question: bool) -> Clause | None:
    """'X said: "We will ..."': a will-sentence of the speaker's party."""
    if not (
        i + 2 < len(toks)
        and toks[i + 1].low in ("will", "'ll", "shall")
        and toks[i + 2].text.islower()
        and toks[i + 2].low not in vocab.NEGATIONS
        and (
            i == first + _intro_length(toks, first, i)
            or toks[i - 1].low in ("“", '"')  # 'X said: "We will ...'
        )
    ):
        return None
    tok = toks[i]
    return Clause(
        Modality.PLEDGE,
        "will",
        toks[i + 1].start,
        toks[i + 1].end,
        (Item("speaker", tok.start, tok.end, tok.text),),
        False,
        question,
        False,
        future=True,
        quoted_we=True,
    )


def _declaration_by(toks: Sequence[Tok], i: int, question: bool) -> Clause | None:
    """ "a joint declaration by A, B and C": the parties that made it."""
    low = toks[i].low
    if not (
        i + 1 < len(toks)
        and toks[i + 1].low == "by"
        and (low == "declaration" or (i > 0 and toks[i - 1].low == "joint"))
    ):
        return None
    items, _ = parse_subject_forward(toks, i + 2, len(toks))
    named = tuple(it for it in items if it.kind in ("actor", "unknown"))
    if not named:
        return None
    return Clause(
        Modality.SIGN,
        "declaration",
        toks[i].start,
        toks[i].end,
        named,
        False,
        question,
        False,
        membership=True,
    )


_WILL_ADVERBS: Final = frozenset({"also", "now", "each", "all", "both", "together", "then"})


def _bound_parties(toks: Sequence[Tok], i: int) -> Item | None:
    """The group in "commits (its) signatories to": the parties an instrument binds."""
    j = i + 1
    if j < len(toks) and toks[j].low in ("its", "their", "the", "all", "both", "each"):
        j += 1
    if j + 1 >= len(toks) or toks[j + 1].low != "to":
        return None
    low = toks[j].low
    if low not in vocab.PARTY_NOUNS and low not in vocab.KIND_REFERENCE_NOUNS:
        return None
    return Item(
        "group",
        toks[i + 1].start,
        toks[j].end,
        "",
        reference=True,
        group_kind=vocab.GROUP_NOUNS.get(low, "other"),
    )


def _agreed_with(toks: Sequence[Tok], i: int, before: Sequence[Clause]) -> Clause | None:
    """ "X remains committed to the principles agreed with A, B and C": X, A, B and C
    made the principles together (a signing, read for signatories only)."""
    tok = toks[i]
    if (
        tok.low not in ("agreed", "signed")
        or i < 1
        or i + 1 >= len(toks)
        or toks[i + 1].low != "with"
        or toks[i - 1].low not in vocab.SIGNABLE_NOUNS
    ):
        return None
    items, _ = parse_subject_forward(toks, i + 2, len(toks))
    named = tuple(it for it in items if it.kind in ("actor", "unknown"))
    if not named:
        return None
    owner = before[-1] if before else None
    if owner is not None and (owner.negated or owner.hypothetical):
        return None
    subject = tuple(it for it in owner.items if it.kind == "actor") if owner is not None else ()
    return Clause(
        Modality.SIGN,
        "sign",
        tok.start,
        tok.end,
        (*subject, *named),
        False,
        False,
        False,
        membership=True,
    )


_RESOLVED_REFUSALS: Final = frozenset(
    {"tolerate", "hesitate", "relent", "rest", "waver", "accept", "allow", "stand"}
)
"""Verbs whose refusal is itself an undertaking ("will not tolerate", "will not rest")."""


def _will_clause(toks: Sequence[Tok], i: int, first: int) -> Clause | None:
    """``ACTOR-LIST will VERB`` opening a sentence: a candidate commitment."""
    v = i + 1
    while v < len(toks) and (
        toks[v].low in _WILL_ADVERBS or (toks[v].low.endswith("ly") and toks[v].text.islower())
    ):
        v += 1  # "will also fund", "will jointly fund"
    nxt = toks[v] if v < len(toks) else None
    if nxt is None or not nxt.text.isalpha() or not nxt.text.islower():
        return None
    if nxt.low in ("not", "never") and v + 1 < len(toks) and toks[v + 1].low in _RESOLVED_REFUSALS:
        pass  # "We will not tolerate ...", "will not hesitate to": a resolve, not a refusal
    elif nxt.low in vocab.NEGATIONS or nxt.low in vocab.ROLE_VERBS:
        return None  # "will not", "will lead"
    if nxt.low in vocab.TRIGGERS and _trigger_ok(toks, v, first):
        return None  # "will sign": a trigger of its own
    a = i
    while a - 1 >= first and toks[a - 1].low in ("also", "now", "jointly", "together"):
        a -= 1
    items, _ = parse_subject_backward(toks, a, first)
    if len(items) == 1 and items[0].kind == "speaker":
        pass  # "We will establish a taskforce ...": whom "we" stands for decides
    elif not items or any(it.kind not in ("actor", "unknown", "group") for it in items):
        return None
    elif not any(it.kind == "actor" or (it.kind == "group" and it.reference) for it in items):
        return None  # a named party, or a group pointing back ("the two countries")
    start = token_index(toks, items[0].start)
    if start != first + _intro_length(toks, first, start):
        return None  # not the main clause of the sentence
    tok = toks[i]
    return Clause(
        Modality.PLEDGE,
        "will",
        tok.start,
        tok.end,
        tuple(items),
        False,
        False,
        False,
        future=True,
    )


def _intro_length(toks: Sequence[Tok], first: int, i: int) -> int:
    """Length of an introductory phrase ending in a comma just before ``i``, or of a
    sentence adverb without one ("Together the EU and the US will ...")."""
    if i > first and toks[i - 1].low == ",":
        return i - first
    if i == first + 1 and toks[first].low in _OPENING_ADVERBS:
        return 1
    return 0


_OPENING_ADVERBS: Final = frozenset({"together", "jointly", "also", "further", "additionally"})


_NOUN_MODALITY: Final = {
    "commitment": Modality.COMMIT,
    "commitments": Modality.COMMIT,
    "pledge": Modality.PLEDGE,
    "pledges": Modality.PLEDGE,
    "promise": Modality.PROMISE,
    "promises": Modality.PROMISE,
    "intent": Modality.PLEDGE,
    "intention": Modality.PLEDGE,
}


def _noun_commitment(toks: Sequence[Tok], i: int, first: int) -> Clause | None:
    """ "X announced commitments", "commitments from X", "our commitment to", "X's pledge to"."""
    modality = _NOUN_MODALITY[toks[i].low]
    clause = _noun_clause(toks, i, first)
    return None if clause is None else clause._replace(modality=modality)


_RENEWING: Final = lexicon()["renew_verb"]
"""Verbs that restate a commitment ("reaffirmed their commitment to")."""


def _unknown_owner_verb(toks: Sequence[Tok], j: int, first: int) -> int:
    """For "... reaffirmed the Andes Quartet's commitment": the index of the verb when the
    owner before "'s" (at ``j``) is capitalised words the gazetteer lacks; -1 otherwise."""
    k = j - 1
    while k - 1 >= first and toks[k].is_cap and toks[k].mention is None and j - k <= 4:
        if toks[k - 1].low == "the":
            return k - 2 if k - 2 >= first and toks[k - 2].low in _RENEWING else -1
        k -= 1
    return -1


def _noun_clause(toks: Sequence[Tok], i: int, first: int) -> Clause | None:
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    j = i - 1
    while (
        j >= first
        and toks[j].text.islower()
        and toks[j].low not in vocab.COMMITMENT_NOUN_VERBS
        and toks[j].low not in ("our", "'s", "its", "their")
        and i - j <= 4
    ):
        j -= 1
    if j < first:
        return None
    prev = toks[j]
    tok = toks[i]
    renewed = (
        prev.low in ("their", "its", "our")
        and nxt == "to"
        and j - 1 >= first
        and toks[j - 1].low in _RENEWING
    )
    if renewed:  # "The leaders reaffirmed their commitment to ...": the verb's subject
        j -= 1
        prev = toks[j]
    elif prev.low == "'s" and nxt == "to" and (k := _unknown_owner_verb(toks, j, first)) >= 0:
        # "The four countries reaffirmed the Quad's commitment to ...": a grouping the
        # gazetteer does not know owns it, so the verb's subject is who recommits
        renewed = True
        j = k
        prev = toks[j]
    if prev.low in vocab.COMMITMENT_NOUN_VERBS or renewed:
        if nxt in ("from", "by"):
            # "announced commitments from A and B"; "cannot make that commitment from
            # the podium" is negated (and a place is no party: no pledge is made)
            a = _aux_window(toks, j, first)
            negated, hypothetical, _, _ = _flags(toks, a, j)
            items, _ = parse_subject_forward(toks, i + 2, len(toks))
            return Clause(
                Modality.COMMIT,
                "commitment",
                tok.start,
                tok.end,
                tuple(items),
                negated,
                hypothetical,
                False,
            )
        form = "ing" if prev.low.endswith("ing") else "past"
        a = _aux_window(toks, j, first)
        emotive = _emotive_frame(toks, a, j, first)  # "is delighted to have submitted"
        negated, hypothetical, _, infinitive = _flags(toks, emotive[1] if emotive else a, j)
        if emotive:
            a = emotive[0]
        if infinitive and not emotive:
            return None
        items, _ = parse_subject_backward(toks, a, first, absolute=form == "ing")
        if not items and renewed and toks[j + 1].low == "our":
            # "We, the leaders of A and B, having met ..., affirm our commitment": no
            # subject before the verb, so "our" speaks for them
            items = [Item("speaker", toks[j + 1].start, toks[j + 1].end, toks[j + 1].text)]
        members: tuple[Item, ...] = ()
        if any(it.kind == "group" for it in items) and not any(
            it.kind in ("actor", "unknown") for it in items
        ):
            members = _members_after(toks, i)
        return Clause(
            Modality.COMMIT,
            "commitment",
            tok.start,
            tok.end,
            tuple(items),
            negated,
            hypothetical,
            False,
            members,
        )
    if nxt != "to":
        return None
    if prev.low == "our":
        if j - 1 >= first and toks[j - 1].low in ("share", "shares", "shared", "sharing"):
            return None  # "partners who share our commitment to ...": theirs, described
        return Clause(
            Modality.COMMIT,
            "commitment",
            tok.start,
            tok.end,
            (Item("speaker", prev.start, prev.end, prev.text),),
            False,
            False,
            False,
        )
    if (
        prev.low == "'s"
        and j - 1 >= first
        and toks[j - 1].mention is not None
        and tok.low not in ("intent", "intention")  # "announced Canada's intention to"
        and not any(t.low in ("for", "thanks", "thank") for t in toks[max(first, j - 4) : j - 1])
    ):
        # "X's commitment to ...", not "grateful to Y for X's commitment to ..."
        owner = toks[j - 1]
        return Clause(
            Modality.COMMIT,
            "commitment",
            tok.start,
            tok.end,
            (Item("actor", owner.start, owner.end, owner.text, owner.mention),),
            False,
            False,
            False,
        )
    return None


_LIST_VERBS: Final = frozenset({"include", "includes", "included", "are", "were", ":"})


def _member_list(toks: Sequence[Tok], i: int) -> Clause | None:
    """``[new] members|signatories (are|include|—|:) LIST``: parties that joined.

    Also ``X (is|are|became) [a|the] signatory|signatories (to|of) ...``.
    """
    j = i + 1
    among = _among_members(toks, i)
    if among is not None:
        return among
    if (
        toks[i].low in ("signatory", "signatories")
        and j < len(toks)
        and toks[j].low
        in (
            "to",
            "of",
        )
    ):
        k = i - 1
        if k >= 0 and toks[k].low in ("a", "an", "the", "original", "founding", "first"):
            k -= 1
        if k >= 0 and toks[k].low in ("is", "are", "was", "were", "became", "become", "been"):
            clause = _membership_clause(toks, i, k)
            if clause is not None:
                return clause
        # "Signatories to the convention include A, B and C": read on after its object
        while j < len(toks) and j - i <= 12 and toks[j].low not in _LIST_VERBS:
            j += 1
        if j >= len(toks) or toks[j].low not in _LIST_VERBS:
            return None
    if j < len(toks) and toks[j].low in vocab.GROUP_NOUNS:
        j += 1  # "Signatory countries:", "Member states are"
    heading = len(toks) <= 8 and all(
        t.low in _HEADING_WORDS or t.low in vocab.GROUP_NOUNS or k == i for k, t in enumerate(toks)
    )
    if heading and (toks[i].low != "members" or any(t.low in ("new", "founding") for t in toks)):
        # a heading ("== Signatories ==", "List of signatory states") over a list of names
        tok = toks[i]
        return Clause(
            Modality.JOIN, "member", tok.start, tok.end, (), False, False, False, membership=True
        )
    if j < len(toks) and toks[j].low in (
        "are",
        "were",
        "include",
        "included",
        "includes",
        "—",
        "–",
        ":",
        "-",
        "including",
        "namely",
        "is",
        "was",
    ):
        j += 1
        if j < len(toks) and toks[j].low in (":", "—"):
            j += 1
    else:
        return None
    tok = toks[i]
    if j >= len(toks) or (j == len(toks) - 1 and toks[j].low in (".", ":")):
        if toks[-1].low != ":":
            return None
        # the names follow on the lines below (see _pledges)
        return Clause(
            Modality.JOIN, "member", tok.start, tok.end, (), False, False, False, membership=True
        )
    items, _ = parse_subject_forward(toks, j, len(toks))
    named = tuple(it for it in items if it.kind in ("actor", "unknown"))
    if len(named) < 2 and not any(it.kind == "actor" for it in named):
        return None
    return Clause(
        Modality.JOIN, "member", tok.start, tok.end, named, False, False, False, membership=True
    )


_PREDICATE_MODIFIERS: Final = frozenset(
    {
        "the",
        "a",
        "an",
        "first",
        "original",
        "founding",
        "new",
        "latest",
        "early",
        "initial",
        "company",
        "corporate",
        "industry",
        "government",
        "official",
    }
)
_PREDICATE_BE: Final = frozenset(
    {"is", "are", "was", "were", "be", "been", "became", "become", "becomes", "remain", "remains"}
)


def _among_members(toks: Sequence[Tok], i: int) -> Clause | None:
    """ "A, B and C are among the signatories (of ...)", "X were the founding company
    supporters.": they signed. "members" counts only as founding members."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else "."
    if nxt not in ("to", "of", ".", ",", ";", "and"):
        return None
    k = i - 1
    while k >= 0 and i - k <= 4 and toks[k].low in _PREDICATE_MODIFIERS:
        k -= 1
    mods = {t.low for t in toks[k + 1 : i]}
    if toks[i].low == "members" and "founding" not in mods:
        return None
    if k >= 1 and toks[k].low in ("among", "amongst"):
        k -= 1
    elif toks[i].low not in ("supporters", "endorsers", "signers", "adherents", "members"):
        return None  # "is a signatory to" is read by _member_list
    verb = k
    if verb < 1 or toks[verb].low not in _PREDICATE_BE:
        return None
    return _membership_clause(toks, i, verb)


def _membership_clause(toks: Sequence[Tok], i: int, verb: int) -> Clause | None:
    """The signing clause of "<subject> <be> ... signatories" with its trigger at ``i``
    and the verb "be" at ``verb``: the named parties of the subject signed."""
    first = first_word(toks)
    a = _aux_window(toks, verb, first)
    negated, hypothetical, _, _ = _flags(toks, a, verb)
    items, _ = parse_subject_backward(toks, a, first)
    named = tuple(it for it in items if it.kind in ("actor", "unknown"))
    if not named:
        return None
    tok = toks[i]
    return Clause(
        Modality.SIGN,
        "signatory",
        tok.start,
        tok.end,
        named,
        negated,
        hypothetical,
        False,
        membership=True,
    )


_SAID: Final = frozenset({"said", "says", "added", "stated", "told", "explained", "noted"})


def find_quote_regions(text: str, mentions: Sequence[ActorMention]) -> list[QuoteRegion]:
    """Quotations in ``text`` (curly or straight double quotes), each with its speaker.

    A quotation runs from its opening mark to the next closing mark, over paragraphs if
    need be (at most ``_MAX_QUOTE`` characters when the closing mark is missing). The
    speaker is the last person named before the opening mark in a "X said:"
    introduction, or the first person named just after the closing mark (", said X").
    """
    regions: list[QuoteRegion] = []
    people = [m for m in mentions if m.kind is ActorKind.PERSON]
    starts = [m.start for m in people]
    n = len(text)
    i = 0
    while (mark := _OPENING_MARK.search(text, i)) is not None:
        i = mark.start()
        close = "”" if mark.group() == "“" else '"'
        j = text.find(close, i + 1)
        if j == -1:
            j = min(n, i + _MAX_QUOTE)
        regions.append(QuoteRegion(i, j, _speaker(text, i, j, people, starts)))
        i = j + 1
    return regions


_OPENING_MARK: Final = re.compile('[“"]')


def _speaker(
    text: str, start: int, end: int, people: Sequence[ActorMention], starts: Sequence[int]
) -> ActorMention | None:
    k = bisect.bisect_right(starts, start) - 1
    while k >= 0 and people[k].start >= start - 300:
        p = people[k]
        if p.end <= start and any(w in text[p.end : start].lower() for w in _SAID):
            return p
        k -= 1
    k = bisect.bisect_left(starts, end)
    if k < len(people) and people[k].start <= end + 80:
        p = people[k]
        if any(w in text[end : p.start].lower() for w in _SAID):
            return p
    return None
