"""Is this word a pledge? The per-lemma checks of a trigger site (private).

A word of the trigger vocabulary pledges only in some uses: "signed the bill into
law", "a sign of", "joined the call" or "committed $11m to" each have a check,
kept in one table, :data:`_LEMMA_CHECKS`, keyed by lemma. :func:`may_pledge` is the
cheap screen that lets a sentence with no trigger word skip the grammar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._clauses import (
    Tok,
    token_index,
)
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._sentences import WordScreen
from policycorpus.model import ActorKind

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
    dated = False
    while j + 1 < min(len(toks), end):
        j += 1
        low = toks[j].low
        if low == "-" and toks[j - 1].end == toks[j].start:
            end += 2  # "threat-sharing" is one word of the object
            continue
        if low.endswith("s") and low[:-1] in nouns:
            return True  # "agreements", "declarations"
        mention = toks[j].mention
        if mention is not None:
            low = low.rsplit(" ", 1)[-1]  # "the Global Coalition for Child Safety"
            if low in nouns or any(w in nouns for w in toks[j].low.split()):
                return True
            if any(w in nouns for w in mention.name.lower().split()):
                return True  # "the GPAI": the Global Partnership on AI
            continue
        if low in nouns:
            return True
        if low == "," and j + 1 < len(toks) and toks[j + 1].low in ("a", "an", "the"):
            continue  # "signed on 14 June 2021, a declaration on ..."
        if low == "," and j + 1 < len(toks) and toks[j + 1].low[:1].isdigit() and not dated:
            end += 3  # "endorsed on Sunday, 3 December, an international Declaration"
            dated = True  # once: a run of numbers is no date
            continue
        if low in vocab.TRIGGERS and toks[j - 1].low in vocab.DETERMINERS:
            continue  # "signed the renewed MOU": a participle before the noun
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
        if t.low[:1] in vocab.CURRENCY_SIGNS:
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


def trigger_ok(toks: Sequence[Tok], i: int, first: int) -> bool:
    """Whether the pledge word at ``i`` is a verb of pledging here: not part of a name or
    a noun phrase, and with what its lemma needs after it (:data:`_LEMMA_CHECKS`)."""
    tok = toks[i]
    _, lemma, form = vocab.TRIGGERS[tok.low]
    prev = toks[i - 1] if i > 0 else None
    nxt = _next_word(toks, i)
    site = _Site(toks, i, first, form, prev, nxt, nxt.low if nxt is not None else "")
    if _in_name(site) or _noun_use(site, lemma):
        return False
    if prev is not None and prev.low == "'s" and tok.text[:1].isupper():
        return False  # "America's Pledge is a coalition ...": a name, not "America has"
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
    return prev.low in vocab.COMMITMENT_NOUN_VERBS  # "announces pledge" (noun_commitment)


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
    if any(t.low in _STAFF_WORDS for t in after):
        return False  # "joined the Partnership's board", "joined it as executive director"
    for k, t in enumerate(after):
        if t.low in (".", ";"):
            break
        if t.low == "as" and any(w.low in _MEMBER_ROLES for w in after[k + 1 : k + 4]):
            return True  # "will join the Facility as an active member": a member joins
    return _join_ahead(site)


_MEMBER_ROLES: Final = frozenset(
    {"member", "members", "partner", "partners", "signatory", "signatories", "party"}
)
"""What a party joins a body as ("joined the Facility as a full member")."""


def _join_ahead(site: _Site) -> bool:
    toks = site.toks
    if site.i + 2 < len(toks) and toks[site.i + 1].low == ":":
        return True  # "4 new countries joined: the UK; Canada; ..."
    for j in range(site.i + 1, min(len(toks) - 1, site.i + _JOIN_REACH)):
        if toks[j].low in (".", ";", ":", ","):
            break
        if toks[j].low == "to" and toks[j + 1].low in _JOINED_TO:
            return True  # "A and B joined US officials to reaffirm their commitments"
    return (
        _instrument_ahead(site.toks, site.i, 5, vocab.JOINABLE_NOUNS)
        or _acronym_joined(site)
        or joined_signers(site.toks, site.i) is not None
    )


def _acronym_joined(site: _Site) -> bool:
    """ "India joined the HCOC in 2016": a body known by its initials, joined by a named
    party that is not a person (a person joins a body as staff)."""
    prev = site.prev.mention if site.prev is not None else None
    return prev is not None and prev.kind is not ActorKind.PERSON and _acronym_object(site)


def _acronym_object(site: _Site) -> bool:
    """ "the TAC", "the DEPA" just after the verb: a text or body known by its initials
    (not an actor the gazetteer knows, nor "the UN Secretary")."""
    toks, k = site.toks, site.i + 1
    if k < len(toks) and toks[k].low == "the":
        k += 1
    if k >= len(toks) or toks[k].mention is not None:
        return False
    word = toks[k].text
    return (
        2 <= len(word) <= 7
        and word.isalpha()
        and word.isupper()
        # the whole object: not "the UN Secretary", not "AI safety arrangement"
        and (k + 1 >= len(toks) or toks[k + 1].low in _AFTER_OBJECT)
    )


_AFTER_OBJECT: Final = frozenset(
    {".", ",", ";", ":", ")", "on", "in", "at", "with", "by", "for", "and", "as", "from"}
    | {"during", "after", "before", "when", "which", "that", "to", "last", "this", "today"}
)
"""What may follow a text named by its initials: its sentence goes on, not its name."""


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
    for j in range(i + 1, min(len(toks) - 2, i + 4)):
        if toks[j].text == "principles" and toks[j + 1].low == "of" and toks[j + 2].text.islower():
            return False  # "support the principles of freedom": values, not a text signed
    return _instrument_ahead(toks, i, 6, vocab.SIGNABLE_NOUNS)


def _sign_ok(site: _Site) -> bool:
    toks, i, nxt, nlow = site.toks, site.i, site.nxt, site.nlow
    if site.form == "ing" and nlow in ("is", "was", "will", "took", "ceremony", "event"):
        return False  # "the Arrangement signing is happening": a noun
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
    # what is signed must be a pledge-like text, not "a lease" or "a new player"; or a text
    # known by its initials ("signed the TAC on behalf of the United States")
    return _instrument_ahead(
        toks, i, 8, vocab.SIGNABLE_NOUNS | vocab.INSTRUMENT_NOUNS
    ) or _acronym_object(site)


def _agree_ok(site: _Site) -> bool:
    if site.nlow == "that":
        # "agreed that the threat is grave" shares an opinion; "concurred that they
        # would strengthen ..." undertakes a future action
        return _future_ahead(site.toks, site.i + 2)
    return site.nlow != "with"


def _endorse_ok(site: _Site) -> bool:
    if site.nlow == "by" or not site.nlow.isalpha():
        return True  # "endorsed by", "have also endorsed.": the text named before
    return _instrument_ahead(site.toks, site.i, 8, vocab.SIGNABLE_NOUNS | vocab.INSTRUMENT_NOUNS)


def _future_money(site: _Site) -> bool:
    """ "will contribute $20 million", "pledged to provide £5m": money to be given (not
    money given, "provided $5m last year")."""
    toks, i = site.toks, site.i
    before = {t.low for t in toks[max(site.first, i - 3) : i]}
    return bool(before & {"will", "shall", "'ll", "to"}) and _money_object(toks, i)


_DEALS: Final = frozenset(
    {"deal", "agreement", "accord", "arrangement", "compromise", "settlement", "pact"}
)
"""What "reached" or "struck" must take to agree ("reached a deal", not "reached 100")."""
_SIGNED_DEALS: Final = _DEALS | frozenset(
    {"memorandum", "mou", "treaty", "partnership", "charter", "compact", "convention"}
)
"""What "renewed" or "concluded" must take to sign ("renewed the MOU", "concluded an
agreement"), not "renewed calls" or "concluded talks"."""


def _deal_signed(site: _Site) -> bool:
    """ "renewed the MOU", "concluded an agreement", "established a memorandum", "entered
    into an accord", "held a signing ceremony for the MOU"; not "the renewed MOU" (an
    adjective), "established a partnership" (a body launched) or "held talks"."""
    if site.prev is not None and site.prev.low in vocab.DETERMINERS:
        return False
    toks, i = site.toks, site.i
    verb = toks[i].low
    if verb in _ENTER_FORMS:
        return (
            i + 1 < len(toks)
            and toks[i + 1].low == "into"
            and _instrument_ahead(toks, i + 1, 5, _SIGNED_DEALS)
        )
    if verb in _HOLD_FORMS:
        k = next((j for j in range(i + 1, min(len(toks), i + 5)) if toks[j].low == "ceremony"), -1)
        return (
            k > 0
            and toks[k - 1].low in ("signing", "signature")
            and _instrument_ahead(toks, k, 5, _SIGNED_DEALS)
        )
    if verb in _ESTABLISH_FORMS:
        return _instrument_ahead(toks, i, 5, _SIGNED_DEALS - _BODIES)
    return _instrument_ahead(toks, i, 5, _SIGNED_DEALS)


_ENTER_FORMS: Final = frozenset({"enter", "enters", "entered"})
_HOLD_FORMS: Final = frozenset({"hold", "holds", "held"})
_ESTABLISH_FORMS: Final = frozenset({"establish", "establishes", "established"})
"""The verbs read as signing a deal only in their own frame ("entered into", "held a
signing ceremony for", "established" a text, not a body)."""
_BODIES: Final = frozenset({"partnership", "compact"})
"""Deals that are bodies when established ("established a partnership": launched)."""


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
    "reach": lambda site: _instrument_ahead(site.toks, site.i, 5, _DEALS),
    "renew": lambda site: _deal_signed(site),
    "conclude": lambda site: _deal_signed(site),
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


_JOIN_REACH: Final = 40


def joined_signers(toks: Sequence[Tok], i: int) -> tuple[int, bool] | None:
    """After "joined": the end of the object when it names signers, and whether they
    are named parties ("joined A, B and C in a joint pledge") or a group that signed
    ("joined more than 140 companies that have signed the pledge"); ``None`` otherwise.
    """
    named = False
    for j in range(joined_object(toks, i), min(len(toks), i + 1 + _JOIN_REACH)):
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
        if low == "to" and named and _joint_act_after(toks, j):
            return j, True  # "joined 26 countries and the WHO to launch the agenda"
        if low in (".", ";", ":") or low in vocab.TRIGGERS:
            return None
    return None


def joined_object(toks: Sequence[Tok], i: int) -> int:
    """Where the object of "joined" at ``i`` starts: after "forces with" ("joined
    forces with A and B to ...")."""
    if i + 2 < len(toks) and toks[i + 1].low == "forces" and toks[i + 2].low == "with":
        return i + 3
    return i + 1


def _joint_act_after(toks: Sequence[Tok], j: int) -> bool:
    """Whether "to" at ``j`` opens an act done together: "to launch", or a second verb
    joined by "and" ("to develop and commit to the charter")."""
    for k in (j + 1, j + 3):
        if k < len(toks) and vocab.TRIGGERS.get(toks[k].low, (None, "", ""))[1] in _JOINT_ACTS:
            return k == j + 1 or toks[j + 2].low == "and"
    return False


_STAFF_WORDS: Final = frozenset(
    {"board", "staff", "director", "executive", "chair", "secretariat", "team", "faculty"}
)
"""Words after "joined" that make it a post, not membership ("joined its board")."""
_JOINT_ACTS: Final = frozenset({"launch", "sign", "endorse", "pledge", "commit"})
_JOINED_TO: Final = _JOINT_ACTS | {"reaffirm", "renew", "adopt"}
"""Verbs after "joined X to": the joiners do it with X ("joined Y to reaffirm ...")."""
"""What "X joined A and B to ..." does with them all."""


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


_BODY_WORDS: Final = lexicon()["body_launched"]


def names_a_body(name: str) -> bool:
    """Whether a name holds a word of a body one launches or joins ("the Minerals
    Alliance", "Coalition")."""
    return any(w in _BODY_WORDS for w in name.lower().split())


def launches_body(toks: Sequence[Tok], i: int) -> bool:
    """Whether the launch verb at ``i`` launches a body ("launched the Coalition", "The
    Alliance was launched by ..."), which its launchers found rather than pledge to."""

    def names_body(t: Tok) -> bool:
        return names_a_body(t.mention.name if t.mention is not None else t.low)

    passive = False
    for j in range(i + 1, min(len(toks), i + 8)):
        t = toks[j]
        if t.low == "by":
            passive = True
            break
        if t.low in (",", ".", ";", ":"):
            break
        if names_body(t):
            return True
        if t.low in vocab.INSTRUMENT_NOUNS or t.low in vocab.SIGNABLE_NOUNS:
            return False
    if passive or (i > 0 and toks[i - 1].low in vocab.BE_FORMS):
        # "The Alliance was launched by Canada": the body is the subject
        for j in range(i - 1, max(-1, i - 8), -1):
            if toks[j].low in (",", ".", ";", ":"):
                break
            if names_body(toks[j]):
                return True
    return False
