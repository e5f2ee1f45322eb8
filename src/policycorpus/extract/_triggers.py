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
from collections.abc import Sequence
from typing import Final

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention
from policycorpus.extract._auxiliaries import (
    ANNOUNCING,
    aux_flags,
    aux_window,
    conditional_after,
    intro_length,
)
from policycorpus.extract._clauses import (
    Item,
    Tok,
    first_word,
    parse_subject_backward,
    parse_subject_forward,
    token_index,
)
from policycorpus.extract._memberships import NOUN_MODALITY, member_list, noun_commitment
from policycorpus.extract._pledge_clause import Clause, QuoteRegion
from policycorpus.extract._subjects import (
    Subject,
    behalf_parties,
    cosubjects_after,
    counterparts_after,
    fronted_counterparts,
    members_after,
    read_subject,
)
from policycorpus.extract._verbsites import (
    joined_object,
    joined_signers,
    launches_body,
    may_pledge,
    names_a_body,
    trigger_ok,
)
from policycorpus.model import ActorKind, Modality

__all__ = [
    "Clause",
    "QuoteRegion",
    "analyse_sentence",
    "find_quote_regions",
    "may_pledge",
]


_MAX_QUOTE: Final = 3000


def _joined_parties(toks: Sequence[Tok], start: int, end: int) -> list[Item]:
    """The named parties "joined" takes as its object in ``toks[start:end]``; after a
    group noun, the names set off by dashes ("leading firms – A, B and C – to ...")."""
    objects, _ = parse_subject_forward(toks, start, end)
    named = [it for it in objects if it.kind in ("actor", "unknown")]
    if named and all(
        names_a_body(it.mention.name if it.mention is not None else it.text) for it in named
    ):
        return []  # "joined the Minerals Alliance in partnership with ...": what was joined
    if named or not objects:
        return named
    dash = next((k for k in range(start, end) if toks[k].low in ("–", "—", "-")), None)
    if dash is None:
        return []
    close = next((k for k in range(dash + 1, end) if toks[k].low in ("–", "—", "-")), end)
    objects, _ = parse_subject_forward(toks, dash + 1, close)
    return [it for it in objects if it.kind in ("actor", "unknown")]


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
        if low in vocab.TRIGGERS and trigger_ok(toks, i, first):
            clause = _verb_clause(toks, i, first, question)
            if (clause is None or not clause.items) and low in NOUN_MODALITY:
                # "X's new £2m pledge to": the noun, when the verb reading finds no subject
                clause = _noun_clause(toks, i, first, question) or clause
        elif low in NOUN_MODALITY:
            clause = _noun_clause(toks, i, first, question)
        elif low in vocab.REQUIRE_WORDS and i + 1 < len(toks) and toks[i + 1].low == "to":
            clause = _require_clause(toks, i, first, question)
        elif in_quote and low == "we":
            clause = _quoted_we_clause(toks, i, first, question)
        elif (low in ("will", "'ll") and (not in_quote or _money_promised(toks, i + 1))) or (
            low == "would" and not in_quote
        ):
            # inside a quotation only money a named party promises ("New Zealand will be
            # providing $4 million", the minister said)
            clause = _will_clause(toks, i, first)
            if clause is not None:
                clause = clause._replace(hypothetical=clause.hypothetical or question)
        elif low in vocab.MEMBER_NOUNS:
            clause = member_list(toks, i)
        elif low in vocab.SIGNABLE_NOUNS:
            clause = _declaration_by(toks, i, question)
        if clause is not None:
            out.append(clause)
    return out


def _noun_clause(toks: Sequence[Tok], i: int, first: int, question: bool) -> Clause | None:
    """The clause of a commitment noun ("X's pledge to", "made a £5m commitment")."""
    clause = noun_commitment(toks, i, first)
    if clause is not None:
        clause = clause._replace(hypothetical=clause.hypothetical or question)
        if any(t.text in vocab.CURRENCY_SIGNS for t in toks[max(first, i - _MONEY_REACH) : i]):
            # "made a £100m commitment", "X's new $2bn pledge": money promised, which
            # commits its giver but signs nothing
            clause = clause._replace(lemma="contribute")
    return clause


def _verb_clause(toks: Sequence[Tok], i: int, first: int, question: bool) -> Clause | None:
    """The clause of the pledge verb at ``i``, with its subject and what rides on it."""
    tok = toks[i]
    modality, lemma, form = vocab.TRIGGERS[tok.low]
    bound = _bound_parties(toks, i) if lemma == "commit" else None
    found = read_subject(toks, i, form)
    if bound is not None:
        # "The declaration commits its signatories to ...": they commit
        flags = found[1:] if found is not None else (False, False, False)
        found = Subject([bound], *flags)
    if found is None:
        return None
    items, negated, hypothetical, stance, relative = found
    groups_only = any(it.kind == "group" for it in items) and not any(
        it.kind in ("actor", "unknown") for it in items
    )  # the subject; what "joined" or "signed with" adds after the verb does not count
    if lemma == "join" and items:
        joined = joined_signers(toks, i)
        if joined is not None and joined[1]:
            # "X has joined A, B and C in a joint pledge": all of them pledge
            items = [*items, *_joined_parties(toks, joined_object(toks, i), joined[0])]
    if lemma in ("sign", "agree") and items:
        # "X signed an agreement with Y": Y is a party to it as well
        known = {(it.start, it.end) for it in items}
        items = [
            *items,
            *(it for it in counterparts_after(toks, i) if (it.start, it.end) not in known),
            *fronted_counterparts(toks, first, i),
        ]
    cosubjects = tuple(cosubjects_after(toks, i)) if items else ()
    members: tuple[Item, ...] = ()
    if groups_only:
        members = members_after(toks, i)
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
        behalf=behalf_parties(toks, i),
        cosubjects=cosubjects,
        membership=(relative and _main_verb_after(toks, i))
        or (lemma == "launch" and launches_body(toks, i)),
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
    a = aux_window(toks, i, first)
    negated, _, be, _ = aux_flags(toks, a, i)
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
            i == first + intro_length(toks, first, i)
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
    by = i + 1
    while by < len(toks) and by - i <= _ISSUED_REACH and toks[by].low in _ISSUED_WORDS:
        by += 1  # "The following statement was jointly released by A, B and C"
    if by >= len(toks) or toks[by].low != "by":
        return None
    joint = low == "declaration" or (i > 0 and toks[i - 1].low == "joint")
    items, _ = parse_subject_forward(toks, by + 1, len(toks))
    named = tuple(it for it in items if it.kind in ("actor", "unknown"))
    if not named or (not joint and (by == i + 1 or len(named) < 2)):
        return None  # "a statement by the minister", "a statement issued by X": one voice
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


_ISSUED_WORDS: Final = frozenset(
    {"was", "were", "is", "has", "have", "been", "jointly", "released", "issued"}
    | {"published", "made", "delivered"}
)
_ISSUED_REACH: Final = 4


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


def _will_verb_ok(toks: Sequence[Tok], v: int, first: int) -> bool:
    """Whether the word after "will" starts an undertaking ("will fund"), not "will not",
    "will lead" or a pledge verb of its own ("will sign")."""
    nxt = toks[v]
    if not nxt.text.isalpha() or not nxt.text.islower():
        return False
    if nxt.low in ("not", "never") and v + 1 < len(toks) and toks[v + 1].low in _RESOLVED_REFUSALS:
        pass  # "We will not tolerate ...", "will not hesitate to": a resolve, not a refusal
    elif nxt.low in vocab.NEGATIONS or nxt.low in vocab.ROLE_VERBS:
        return False  # "will not", "will lead"
    return not (nxt.low in vocab.TRIGGERS and trigger_ok(toks, v, first))


_FUNDING_VERBS: Final = frozenset(
    {"invest", "provide", "spend", "contribute", "fund", "give", "allocate", "donate", "commit"}
)
_MONEY_REACH: Final = 8


def _money_promised(toks: Sequence[Tok], v: int) -> bool:
    """Whether "will" is followed by a funding verb and an amount of money ("will invest
    $180 million", "will be providing an additional $4 million")."""
    k = v
    if k + 1 < len(toks) and toks[k].low == "be":
        k += 1  # "will be providing"
    verb = toks[k].low if k < len(toks) else ""
    if verb.endswith("ing"):
        verb = verb[:-3] if verb[:-3] in _FUNDING_VERBS else verb[:-3] + "e"
    if verb not in _FUNDING_VERBS:
        return False
    for t in toks[k + 1 : k + 1 + _MONEY_REACH]:
        if t.low in (".", ";"):
            return False
        if _states_money((t,)):
            return True
    return False


def _will_clause(toks: Sequence[Tok], i: int, first: int) -> Clause | None:
    """``ACTOR-LIST will VERB`` opening a sentence: a candidate commitment."""
    v = i + 1
    while v < len(toks) and (
        toks[v].low in _WILL_ADVERBS or (toks[v].low.endswith("ly") and toks[v].text.islower())
    ):
        v += 1  # "will also fund", "will jointly fund"
    if (
        v + 3 < len(toks)
        and toks[v].low in ("come", "work", "act")
        and toks[v + 1].low == "together"
        and toks[v + 2].low == "to"
    ):
        v += 3  # "will come together to form a forum": the forming is what they will do
    if v >= len(toks):
        return None
    nxt = toks[v]
    # "The EU and the US will:" over a list of what they will do: a pledge of its own;
    # "will be providing an additional $4 million": money promised
    lead_in = nxt.low == ":" and v + 1 == len(toks)
    a = i
    while a - 1 >= first and toks[a - 1].low in ("also", "now", "jointly", "together"):
        a -= 1
    owner = None if nxt.low in _NOT_GIVING_VERBS else _money_owner(toks, first, a, v)
    if owner is not None:
        # "The UK's new package of up to £400 million will go towards ...": money its
        # owner gives
        tok = toks[i]
        return Clause(
            Modality.PLEDGE, "contribute", tok.start, tok.end, (owner,), False, False, False
        )
    money = not lead_in and _money_promised(toks, v)
    if not lead_in and not money and not _will_verb_ok(toks, v, first):
        return None
    items, _ = parse_subject_backward(toks, a, first)
    if len(items) == 1 and items[0].kind == "speaker":
        pass  # "We will establish a taskforce ...": whom "we" stands for decides
    elif not items or any(it.kind not in ("actor", "unknown", "group") for it in items):
        return None
    elif not any(it.kind == "actor" or (it.kind == "group" and it.reference) for it in items):
        return None  # a named party, or a group pointing back ("the two countries")
    start = token_index(toks, items[0].start)
    head = start
    while (
        head - 1 >= first
        and start - head < _HEAD_WORDS
        and toks[head - 1].mention is None
        and (toks[head - 1].low in ("of", "the") or toks[head - 1].is_cap)
    ):
        head -= 1  # "The Government of Pakistan will ...": the phrase opens there
    if head < start and toks[head].low == "the":
        start = head
    reported = _announced_before(toks, first, start)
    if toks[i].low == "would" and not reported:
        return None  # "Chile would sign": a hypothetical, unless a decision is reported
    said = toks[i].low != "would" and _said_before(toks, first, start)
    if start != first + intro_length(toks, first, start) and not reported and not said:
        return None  # not the main clause of the sentence
    tok = toks[i]
    return Clause(
        Modality.PLEDGE,
        # money promised is a pledge, not a signing; so is a decision announced
        "contribute" if money else "announce" if reported else "will",
        tok.start,
        tok.end,
        tuple(items),
        False,
        reported and conditional_after(toks, i),
        False,
        # a lead-in over the undertakings, money promised ("will invest $180 million")
        # or an announced decision is a pledge of its own
        future=not lead_in and not money and not reported,
    )


_HEAD_WORDS: Final = 4
"""Words of a head naming its party after "of" ("The Government of")."""


def _reporting_verb(toks: Sequence[Tok], first: int, start: int) -> int:
    """The index of the word that reports the clause opening at ``toks[start]`` ("He
    announced (that) the UK will ...", "Mr Peters said New Zealand will ..."), or -1."""
    k = start - 1
    if k >= first and toks[k].low == "that":
        k -= 1
    return k if k >= first and toks[k].mention is None else -1


def _said_before(toks: Sequence[Tok], first: int, start: int) -> bool:
    """Whether the subject at ``toks[start]`` opens what a named speaker said ("Mr Peters
    said New Zealand will spend ..."): the undertaking reported, not a hypothetical."""
    k = _reporting_verb(toks, first, start)
    if k - 1 < first or toks[k].low not in ("said", "says"):
        return False
    speaker = toks[k - 1]
    return (
        speaker.mention is not None
        or speaker.is_cap
        or speaker.low in vocab.ROLE_NOUNS
        or speaker.low in ("he", "she")
    )


def _announced_before(toks: Sequence[Tok], first: int, start: int) -> bool:
    """Whether the subject at ``toks[start]`` opens a decision reported by an announcing
    verb ("He announced (that) the UK will ...", "confirmed that Chile would ...")."""
    k = _reporting_verb(toks, first, start)
    return k >= 0 and toks[k].low in ANNOUNCING


def _money_owner(toks: Sequence[Tok], first: int, a: int, v: int) -> Item | None:
    """The party whose money opens a "will" sentence ("Canada's new package of $8
    million will go towards ...", "Australian Government investment will include up to
    $3 billion ..."): the named owner of a money noun that heads the subject, when the
    subject or the words after "will" state an amount."""
    k = first
    if k < a and toks[k].low in ("the", "this", "that"):
        k += 1
    if k + 1 >= a or (toks[k].mention is None and toks[k].low != "our"):
        return None
    owner = toks[k]  # "Our annual contribution will rise to £75 million": the speaker's
    k += 1
    if toks[k].low in ("government", "administration"):
        k += 1  # "Australian Government investment": the demonym names the owner
    if toks[k].low == "'s":
        k += 1
    while k < a and toks[k].low in _MONEY_MODIFIERS:
        k += 1
    if k >= a or toks[k].low not in _MONEY_NOUNS or a - k > _MONEY_SUBJECT:
        return None  # no money noun heads the subject, or the subject runs on too long
    rest = toks[k + 1 : a]
    if rest and rest[0].low not in ("of", "for", "to", "towards", "in", ","):
        return None  # "Canada's contribution rules will ...": a noun phrase of its own
    if not (_states_money(rest) or _states_money(toks[v : v + _MONEY_REACH])):
        return None
    if owner.mention is None:
        return Item("speaker", owner.start, owner.end, owner.text)
    return Item("actor", owner.start, owner.end, owner.text, owner.mention)


def _states_money(toks: Sequence[Tok]) -> bool:
    """Whether the tokens state an amount of money ("£400", "EUR 80 million")."""
    return any(
        t.text[:1] in vocab.CURRENCY_SIGNS or t.low in _MONEY_AMOUNT_WORDS
        for t in toks
        if t.mention is None
    )


_MONEY_NOUNS: Final = frozenset(
    {"package", "contribution", "funding", "investment", "commitment", "pledge", "grant"}
    | {"allocation", "financing", "aid", "support", "donation", "funds"}
)
"""Nouns of money given that head a subject ("the UK's new package of £400 million")."""
_MONEY_MODIFIERS: Final = frozenset(
    {"new", "additional", "further", "latest", "total", "overall", "initial", "extra"}
    | {"annual", "yearly"}
    | {"financial", "funding", "aid", "support"}
)
_MONEY_SUBJECT: Final = 16
"""The most tokens between a money noun and its "will" ("of up to £400 million")."""
_NOT_GIVING_VERBS: Final = frozenset(
    {"fall", "drop", "decline", "decrease", "shrink", "end", "expire", "lapse", "halve"}
    | {"help", "enable", "allow", "save", "mean", "make"}
)
"""Verbs after "will" that tell money shrinking ("Canada's aid will fall to ...") or what
it achieves ("Our investment will help the fund to save eight million lives"), not
money given."""
_MONEY_AMOUNT_WORDS: Final = frozenset(
    {"million", "billion", "euros", "dollars", "pounds", "eur", "usd", "gbp", "aud", "nzd"}
    | {"cad", "us$", "a$", "nz$", "c$"}
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
_SENTENCE_END: Final = re.compile(r"[.!?]\s|\n")


def _speaker(
    text: str, start: int, end: int, people: Sequence[ActorMention], starts: Sequence[int]
) -> ActorMention | None:
    k = bisect.bisect_right(starts, start) - 1
    while k >= 0 and people[k].start >= start - 300:
        p = people[k]
        between = text[p.end : start]
        if p.end <= start and any(w in between.lower() for w in _SAID):
            return p
        if p.end <= start and between.rstrip().endswith(":") and not _SENTENCE_END.search(between):
            return p  # "President X announced €1 billion in Glasgow: “...”": the introducer
        k -= 1
    k = bisect.bisect_left(starts, end)
    if k < len(people) and people[k].start <= end + 80:
        p = people[k]
        between = text[end : p.start]
        if any(w in between.lower() for w in _SAID):
            return p
        line_end = text.find("\n", p.end)
        rest = len(text) - p.end if line_end < 0 else line_end - p.end
        if _ATTRIBUTION.fullmatch(between) and rest <= 40:
            return p  # "— President Ana Ruiz, 20 September 2011" on the line below
    return None


_ATTRIBUTION: Final = re.compile(r"[”\"]?[ \t]*\n\s*(?:[—–-]\s*)?(?:[A-Z][\w.]*\s+){0,4}")
"""An attribution line under a quotation: "— President Barack Obama, 20 September"."""
