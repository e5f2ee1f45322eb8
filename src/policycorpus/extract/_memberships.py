"""Pledge nouns and member lists (private).

"our commitment to", "commitments from A and B", "The new members are A, B and C",
"X is a signatory to", "X is among the signatories" and member headings: the
clauses whose trigger is a noun rather than a verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from policycorpus.dates import MONTHS
from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._auxiliaries import aux_flags, aux_window, subject_window
from policycorpus.extract._clauses import (
    Item,
    Tok,
    first_word,
    parse_subject_backward,
    parse_subject_forward,
)
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._pledge_clause import Clause
from policycorpus.extract._subjects import members_after
from policycorpus.model import ActorKind, Modality

_HEADING_WORDS: Final = frozenset(
    {"=", "#", ":", "list", "of", "the", "and", "original", "current", "new", "founding", "-"}
)


NOUN_MODALITY: Final = {
    "commitment": Modality.COMMIT,
    "commitments": Modality.COMMIT,
    "pledge": Modality.PLEDGE,
    "pledges": Modality.PLEDGE,
    "promise": Modality.PROMISE,
    "promises": Modality.PROMISE,
    "intent": Modality.PLEDGE,
    "intention": Modality.PLEDGE,
}


def noun_commitment(toks: Sequence[Tok], i: int, first: int) -> Clause | None:
    """ "X announced commitments", "commitments from X", "our commitment to", "X's pledge to"."""
    if i > first and toks[i].text[:1].isupper() and toks[i - 1].low == "'s":
        return None  # "America's Pledge is a coalition ...": the name of a body or text
    modality = NOUN_MODALITY[toks[i].low]
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


_WHEN_WORDS: Final = frozenset(
    {"in", "on", "during", "today", "yesterday", "this", "last", "year", "week", "month", ","}
    | {m.lower() for m in MONTHS}
)
_WHEN_REACH: Final = 5


def _before_when(toks: Sequence[Tok], k: int, first: int) -> int:
    """The index before a short time phrase ending at ``k`` ("in July 2018", "today"),
    or ``k`` when there is none."""
    j = k
    while (
        j >= first and k - j < _WHEN_REACH and (toks[j].low in _WHEN_WORDS or toks[j].low.isdigit())
    ):
        j -= 1
    return j if j < k and toks[k].low not in ("in", "on", "during", ",") else k


_NOUN_REACH: Final = 8
"""Words between a commitment noun and its owner or verb ("made a £100 million ...")."""


def _money_word(text: str) -> bool:
    """A number or a currency sign ("110", "1.25", "2,000", "£", "$")."""
    return text in vocab.CURRENCY_SIGNS or text.replace(",", "").replace(".", "").isdigit()


def _noun_clause(toks: Sequence[Tok], i: int, first: int) -> Clause | None:
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    j = i - 1
    while (
        j >= first
        and (
            toks[j].text.islower()
            or _money_word(toks[j].text)
            or (toks[j].text in (".", ",") and j > first and toks[j - 1].text.isdigit())
        )
        and toks[j].low not in vocab.COMMITMENT_NOUN_VERBS
        and toks[j].low not in ("our", "'s", "its", "their")
        and i - j <= _NOUN_REACH
    ):  # "announced more than 110 new commitments", "X's new £1.25 billion pledge"
        j -= 1
    if j < first:
        return None
    prev = toks[j]
    tok = toks[i]
    verb = _before_when(toks, j - 1, first)
    renewed = (
        prev.low in ("their", "its", "our")
        and nxt == "to"
        and verb >= first
        and toks[verb].low in _RENEWING
    )
    if renewed:  # "The leaders reaffirmed their commitment to ...": the verb's subject
        j = verb  # "Latvia has confirmed in July 2018 its commitment to ..."
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
            a = aux_window(toks, j, first)
            negated, hypothetical, _, _ = aux_flags(toks, a, j)
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
        # "is delighted to have submitted": the subject before "is delighted"
        a, negated, hypothetical, _, infinitive, emotive = subject_window(toks, j, first)
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
            members = members_after(toks, i)
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
    if any(t.low in ("shared", "common", "mutual") for t in toks[j + 1 : i]):
        return None  # "our shared commitment to democracy": a value both hold, described
    after = i + 2 + (i + 2 < len(toks) and toks[i + 2].low == "the")
    target = toks[after].mention if after < len(toks) else None
    if target is not None and target.kind is ActorKind.GOVERNMENT:
        return None  # "the US's alliance commitments to Japan": a tie to a country
    if _described_commitment(toks, j, first):
        return None  # "IPEF is part of the Administration's commitment to ...": described
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


_DESCRIBING: Final = (
    ("part", "of"),
    ("line", "with"),
    ("consistent", "with"),
    ("keeping", "with"),
    ("progress",),
    ("progresses",),
    ("advance",),
    ("advances",),
    ("reflects",),
    ("reflect",),
    ("underpins",),
    ("uphold",),
    ("upholds",),
    ("upholding",),
    ("demonstrate",),
    ("demonstrates",),
    ("demonstrating",),
    ("underscore",),
    ("underscores",),
    ("underscoring",),
)
"""Words before an owned commitment that describe it rather than make it ("is part of
X's commitment", "in line with our commitment", "These announcements progress X's
commitment")."""


def _described_commitment(toks: Sequence[Tok], j: int, first: int) -> bool:
    """Whether the owner of the commitment noun (ending at ``j``: "our", "'s") follows a
    describing frame within a few words."""
    k = j
    while (
        k > first
        and j - k < _DESCRIBE_REACH
        and (
            toks[k].low in ("our", "its", "their", "'s", "the")
            or toks[k].mention is not None
            or toks[k].is_cap
        )
    ):
        k -= 1
    words = tuple(t.low for t in toks[max(first, k - 1) : k + 1])
    return any(words[-len(frame) :] == frame for frame in _DESCRIBING)


_DESCRIBE_REACH: Final = 6
_LIST_VERBS: Final = frozenset({"include", "includes", "included", "are", "were", ":"})


def member_list(toks: Sequence[Tok], i: int) -> Clause | None:
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
    """ "A, B and C are among the signatories (of ...)", "X was one of the first
    signatories to ...", "X were the founding company supporters.": they signed.
    "members" counts only as founding members."""
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
    elif k >= 2 and toks[k].low == "of" and toks[k - 1].low == "one":
        k -= 2  # "was one of the first signatories to"
    elif toks[i].low not in ("supporters", "endorsers", "signers", "adherents", "members"):
        return None  # "is a signatory to" is read by member_list
    verb = k
    if verb < 1 or toks[verb].low not in _PREDICATE_BE:
        return None
    return _membership_clause(toks, i, verb)


def _membership_clause(toks: Sequence[Tok], i: int, verb: int) -> Clause | None:
    """The signing clause of "<subject> <be> ... signatories" with its trigger at ``i``
    and the verb "be" at ``verb``: the named parties of the subject signed."""
    first = first_word(toks)
    # "X is proud to have been one of the first signatories": the subject before "is"
    a, negated, hypothetical, _, _, _ = subject_window(toks, verb, first)
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
