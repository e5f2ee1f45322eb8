"""The clause grammar behind commitments and signatories (private).

A sentence is cut into tokens, each actor mention (from :mod:`._actors`) being one
token. Pledge verbs are found, and for each the subject list is read off the tokens
around it. The result is a plain intermediate, :class:`Clause`, that the public
extractors turn into records after resolving references across the article.

Grammar (informal; words are compared case-folded, vocabulary in
:mod:`._vocab_commitments`)::

    trigger   := PLEDGE-VERB                       "pledged", "have committed", "signing"
               | "join(ed)" "forces" | "joined" ... INSTRUMENT
               | "put" POSSESSIVE "name" "to"       (sign)
               | "launch(ed)" ... INSTRUMENT       (launchers of a pledge)
               | COMMITMENT-NOUN-VERB ADJ* "commitments" ["from"|"by" subject]
               | ("our" | ACTOR "'s") "commitment" "to"
               | BE "required"|"obliged" "to"      (modality require)
               | "we" "will" VERB                  (inside a quotation only)
    subject   := item (connector item)*            read backwards from the verb
    connector := "," | "and" | "&" | "as well as" | "along with" | "alongside"
               | "together with" | "such as" | "including" | "plus"
    item      := ["the"] ACTOR
               | DET* MODIFIER* GROUP-NOUN         "28 countries", "the EU member states"
               | CAPITALISED-RUN                   a title ("the Home Secretary") or a
                                                   name the gazetteer lacks
               | "they" | "we"
               | "(" ... ")"                       skipped ("(IWF)")

Where the subject sits depends on the verb's form: before the auxiliaries of a
finite verb; after "by" for a passive ("an initiative launched by the EU"); for a
participle, the noun phrase just before it, the subject of its clause when a comma
precedes it ("X hosted the event, promising to ..."), or the issuer when it follows
an instrument ("X issued a joint statement pledging ..."). "X was one of 28 countries
signing" gives X. A list stopped by a preposition loses its first item ("At
Bletchley, 28 countries ...", "Representatives from 28 countries and the EU").

A trigger is *negated* when a negation stands between subject and verb ("refused to
sign", "did not commit"), *hypothetical* after a modal or planning word ("could
sign", "plans to sign"), inside an "if"/"unless"/"whether" clause, or in a question.
An infinitive ("to sign") is never a trigger by itself ("called on others to join").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final, NamedTuple

import attrs

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention
from policycorpus.extract._gazetteer_data import ORGANISATION_WORDS, TITLES
from policycorpus.model import ActorKind, Modality

__all__ = [
    "Clause",
    "Item",
    "QuoteRegion",
    "Tok",
    "analyse_sentence",
    "find_quote_regions",
    "may_pledge",
    "name_list",
    "tokenize",
]

_WORD_RE: Final = re.compile(r"['’]s\b|[^\W_]+(?:['’][^\W_]+)*|\S")
_CONTRACTIONS: Final = ("n't", "n’t", "'ll", "’ll", "'ve", "’ve", "'re", "’re", "'s", "’s", "'d")
_BULLETS: Final = frozenset("•·*-–—▪◦●►")
_TITLE_HEADS: Final = frozenset(
    {t.split()[-1] for t in TITLES if t.split()[-1][:1].isupper()}
    | {
        "Secretary",
        "Minister",
        "President",
        "Chancellor",
        "Commissioner",
        "Director",
        "Chief",
        "Executive",
        "Officer",
        "Chair",
        "Chairman",
        "Chairwoman",
        "Ambassador",
        "Governor",
        "Mayor",
        "Premier",
        "Senator",
        "Envoy",
        "Leader",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "King",
        "Queen",
        "Prince",
        "Pope",
        "General",
        "CEO",
        "Founder",
        "Head",
        "Representative",
        "Chairperson",
        "Adviser",
        "Advisor",
    }
)
_NAME_PARTICLES: Final = frozenset({"of", "for", "on", "de", "von", "van", "der", "du", "la"})
_MAX_PAREN: Final = 10
_MAX_ASIDE: Final = 40
_MAX_QUOTE: Final = 3000
_VOLITION: Final = frozenset({"decided", "voted", "chose", "moved"})
_DASHES: Final = frozenset({"—", "–"})
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


class Tok(NamedTuple):
    """A token of a sentence: a word, a punctuation mark, or a whole actor mention."""

    start: int
    end: int
    text: str
    low: str
    mention: ActorMention | None

    @property
    def is_word(self) -> bool:
        return self.mention is None and (self.text[:1].isalnum())

    @property
    def is_cap(self) -> bool:
        return self.mention is None and self.text[:1].isupper()


class Item(NamedTuple):
    """One member of a subject list."""

    kind: str
    """"actor", "group", "unknown", "title", "pronoun" ("they"), "it" ("it", "he", "she") or
    "speaker" ("we")."""
    start: int
    end: int
    text: str
    mention: ActorMention | None = None
    number: int | None = None
    """For a group: the count it states ("the two countries" -> 2)."""
    reference: bool = False
    """For a group: whether it refers back ("the two countries", "both nations")."""
    represents: str | None = None
    """For a title or person: the actor named with the title ("US ... Secretary")."""
    role: str | None = None
    """For a person: the title standing next to them."""
    group_kind: str | None = None
    """For a group: the kind of actor its head noun stands for."""


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
    quoted_we: bool = False
    """A "we will" sentence inside a quotation."""
    membership: bool = False
    behalf: str | None = None
    """The party named in "on behalf of X" after the verb: whom a person signs for."""
    """A member list ("The new members are A, B and C"): joined, not pledged."""


class QuoteRegion(NamedTuple):
    """A quotation in the article text and who is said to speak it."""

    start: int
    end: int
    speaker: ActorMention | None


# -- tokens ------------------------------------------------------------------------------


def tokenize(text: str, start: int, end: int, mentions: Sequence[ActorMention]) -> list[Tok]:
    """Tokens of ``text[start:end]``; every mention inside the range is one token."""
    toks: list[Tok] = []
    pos = start
    for m in mentions:
        if m.start < pos or m.end > end:
            continue
        m = _split_joined_name(text, m)
        _words(text, pos, m.start, toks)
        toks.append(Tok(m.start, m.end, text[m.start : m.end], text[m.start : m.end].lower(), m))
        pos = m.end
    _words(text, pos, end, toks)
    return toks


def _split_joined_name(text: str, m: ActorMention) -> ActorMention:
    """Cut "Kestrel Foundation and Norland" (one name learned from the text) to its first name.

    A name the article taught (``via`` "pattern") that runs over " and " after an
    organisation word is two list items, not one name.
    """
    if m.via != "pattern":
        return m
    surface = text[m.start : m.end]
    cut = surface.find(" and ")
    if cut <= 0:
        return m
    head = surface[:cut].rsplit(" ", 1)[-1]
    if head not in ORGANISATION_WORDS:
        return m
    return attrs.evolve(m, end=m.start + cut, name=surface[:cut])


_KEYWORDS: Final = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {
                *vocab.TRIGGERS,
                *vocab.REQUIRE_WORDS,
                *vocab.MEMBER_NOUNS,
                *vocab.SIGNABLE_NOUNS,
                "commitment",
                "commitments",
                "we",
            },
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    re.IGNORECASE,
)


def may_pledge(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word any clause of this grammar starts from."""
    return _KEYWORDS.search(text, start, end) is not None


def _words(text: str, start: int, end: int, out: list[Tok]) -> None:
    for match in _WORD_RE.finditer(text, start, end):
        word = match.group()
        s, e = match.span()
        low = word.lower()
        if "'" not in low and "’" not in low:
            out.append(Tok(s, e, word, low, None))
            continue
        for suffix in _CONTRACTIONS:
            if low.endswith(suffix) and len(low) > len(suffix):
                cut = e - len(suffix)
                out.append(Tok(s, cut, text[s:cut], text[s:cut].lower(), None))
                out.append(Tok(cut, e, text[cut:e], suffix.replace("’", "'"), None))
                break
        else:
            out.append(Tok(s, e, word, "'s" if low == "’s" else low, None))


# -- subject lists -----------------------------------------------------------------------


def _connector_before(toks: Sequence[Tok], k: int, lo: int) -> int:
    """Length of the connector ending at token ``k`` (0 when none)."""
    for words in vocab.CONNECTORS:
        n = len(words)
        if k - n + 1 < lo:
            continue
        if all(toks[k - n + 1 + x].low == w for x, w in enumerate(words)):
            if words == ("like",) or words == ("or",):
                return n
            return n
    return 0


def _is_group_modifier(tok: Tok) -> bool:
    if tok.mention is not None:
        return True  # attributive: "the EU member states"
    low = tok.low
    if low in vocab.DETERMINERS or low in vocab.NUMBER_WORDS or low[:1].isdigit():
        return True
    if low in ("-", "strong", "based", "led", "following", "'s") or low in vocab.GROUP_NOUNS:
        return True  # "a 190-strong coalition", "the world's biggest companies"
    if not tok.text[:1].isalpha():
        return False
    if (
        low in vocab.PREPOSITIONS
        or low in vocab.CLAUSE_BREAKS
        or low in vocab.AUXILIARIES
        or low in vocab.URGING_VERBS
        or low in vocab.TRIGGERS
        or low in ("and", "or", "as", "with", "such", "including", "alongside", "like", "plus")
    ):
        return False
    return not low.endswith("ed")


def _parse_item(toks: Sequence[Tok], k: int, lo: int) -> tuple[Item | None, int, bool]:
    """Parse one item ending at token ``k``; returns (item, index before it, one-of)."""
    tok = toks[k]
    if tok.mention is not None:
        i = k
        # descriptors in capitals just before the actor ("Tech Giants TikTok")
        while i - 1 >= lo and toks[i - 1].is_cap and not _function_word(toks[i - 1]):
            i -= 1
        if i - 1 >= lo and toks[i - 1].low == "the":
            i -= 1
        i = _role_noun_before(toks, i, lo)
        role = _role(toks, i, k)
        if i - 1 >= lo and toks[i - 1].low in vocab.GROUP_NOUNS and toks[i - 1].text.islower():
            # "tech giants Amazon", "U.S. leaders Google": the group describes the name
            described, before, _ = _parse_item(toks, i - 1, lo)
            if described is not None and described.kind == "group":
                return (
                    Item("actor", described.start, tok.end, tok.text, tok.mention, role=role),
                    before,
                    False,
                )
        return (
            Item("actor", toks[i].start, tok.end, tok.text, tok.mention, role=role),
            i - 1,
            False,
        )
    low = tok.low
    if low in vocab.PLURAL_PRONOUNS:
        return Item("pronoun", tok.start, tok.end, tok.text), k - 1, False
    if low in ("it", "he", "she"):
        return Item("it", tok.start, tok.end, tok.text), k - 1, False
    if low in ("we", "us"):
        return Item("speaker", tok.start, tok.end, tok.text), k - 1, False
    if low in vocab.GOVERNMENT_HEADS and k - 1 >= lo and toks[k - 1].mention is not None:
        # "the German and French governments", "the UK government": the actor itself
        m = toks[k - 1].mention
        i = k - 1
        if i - 1 >= lo and toks[i - 1].low == "the":
            i -= 1
        return Item("actor", toks[i].start, tok.end, toks[k - 1].text, m), i - 1, False
    if low in vocab.GROUP_NOUNS and (tok.text.islower() or k == lo or toks[k - 1].is_cap is False):
        i = k
        number: int | None = None
        reference = False
        one_of = False
        closed = False  # after a number or determiner only determiners may precede
        while i - 1 >= lo and _is_group_modifier(toks[i - 1]):
            prev = toks[i - 1]
            if prev.low == "of" and i - 2 >= lo and toks[i - 2].low == "one":
                one_of = True
                break
            plain = not (
                prev.low in vocab.DETERMINERS
                or prev.low in vocab.NUMBER_WORDS
                or prev.low[:1].isdigit()
                or prev.low in ("-", "of")
            )
            if plain and closed and prev.mention is None and not prev.is_cap:
                break
            if not plain and prev.low not in ("-", "of"):
                closed = True
            elif prev.low == "of":
                closed = False
            i -= 1
            if prev.low in vocab.NUMBER_VALUES and number is None:
                number = vocab.NUMBER_VALUES[prev.low]
            elif prev.low.isdigit() and number is None:
                number = int(prev.low) if len(prev.low) < 6 else None
        among = i - 1 >= lo and toks[i - 1].low in ("among", "amongst")
        first = toks[i].low
        reference = first in vocab.REFERENCE_DETERMINERS and (
            number is not None or first == "both" or "same" in {t.low for t in toks[i:k]}
        )
        if first == "both":
            number = 2
        item = Item(
            "group",
            toks[i].start,
            tok.end,
            "",
            number=number,
            reference=reference,
            group_kind=vocab.GROUP_NOUNS[low],
        )
        if one_of:
            return item, i - 3, True  # before "one of"
        if among:
            return item, i - 2, True  # before "among"
        return item, i - 1, False
    if (
        tok.is_cap
        and not _function_word(tok)
        and not (low.endswith("ly") and (k == lo or not toks[k - 1].is_cap))
    ):
        i = k
        while i - 1 >= lo:
            prev = toks[i - 1]
            if prev.is_cap and not _function_word(prev):
                i -= 1
            elif (
                prev.low in ("-", "‐")
                and prev.start == toks[i].start - 1
                and i - 2 >= lo
                and toks[i - 2].is_cap
                and toks[i - 2].end == prev.start
            ):
                i -= 2
            elif (
                prev.low in _NAME_PARTICLES
                and i - 2 >= lo
                and toks[i - 2].is_cap
                and toks[i - 2].low not in ("the",)
            ):
                i -= 1
            else:
                break
        while toks[i].low in _NAME_PARTICLES and i < k:
            i += 1
        words = [t.text for t in toks[i : k + 1]]
        if words[-1].lower() in vocab.GROUP_NOUNS and words[-1].lower().endswith("s"):
            # "its Member States", "16 AI Companies": a group in capitals
            j = i
            while j - 1 >= lo and _is_group_modifier(toks[j - 1]) and not toks[j - 1].is_cap:
                j -= 1
            group = Item(
                "group", toks[j].start, tok.end, "", group_kind=vocab.GROUP_NOUNS[words[-1].lower()]
            )
            return group, j - 1, False
        name_start = i
        i = _role_noun_before(toks, i, lo)
        role = toks[name_start - 1].text if i < name_start else None
        represents = None
        j = i
        if j - 1 >= lo and toks[j - 1].mention is not None and _is_title(words):
            represents = toks[j - 1].mention.name  # type: ignore[union-attr]
            j -= 1
        if j - 1 >= lo and toks[j - 1].low == "the":
            j -= 1
        kind = "title" if _is_title(words) else "unknown"
        text = " ".join(words)
        return (
            Item(kind, toks[name_start].start, tok.end, text, represents=represents, role=role),
            j - 1,
            False,
        )
    return None, k, False


def _role_noun_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """Extend a name back over "his Japanese counterpart" before it."""
    j = i - 1
    if j < lo or toks[j].low not in vocab.ROLE_NOUNS:
        return i
    while j - 1 >= lo and (toks[j - 1].mention is not None or toks[j - 1].is_cap):
        j -= 1
    if j - 1 >= lo and toks[j - 1].low in ("his", "her", "their", "its", "the"):
        j -= 1
    return j


_FUNCTION_WORDS: Final = (
    vocab.PREPOSITIONS
    | vocab.HYPOTHETICAL_MARKERS
    | vocab.CLAUSE_BREAKS
    | vocab.SENTENCE_ADVERBS
    | vocab.DETERMINERS
    | vocab.AUXILIARIES
    | {"and", "or", "but", "if", "it", "they", "we", "he", "she", "i", "you"}
)


def _function_word(tok: Tok) -> bool:
    """A capitalised word that never belongs to a name ("If", "At", "The", "Today")."""
    return tok.low in _FUNCTION_WORDS


def _is_title(words: Sequence[str]) -> bool:
    return any(w in _TITLE_HEADS for w in words)


def _role(toks: Sequence[Tok], i: int, k: int) -> str | None:
    words = [t.text for t in toks[i:k] if t.is_cap and t.low != "the"]
    return " ".join(words) if words and _is_title(words) else None


def parse_subject_backward(
    toks: Sequence[Tok], hi: int, lo: int, *, absolute: bool = False
) -> tuple[list[Item], int]:
    """Items of the subject list ending just before token ``hi``; and where it stopped.

    ``lo`` is the first token that may belong to it. With ``absolute`` a stop at "with"
    keeps the first item ("with countries such as A and B announcing ...").
    """
    items: list[Item] = []
    represents: str | None = None  # from "X of the European Commission"
    k = hi - 1
    expect_item = True
    after_connector = True
    while k >= lo:
        tok = toks[k]
        if tok.low in _DASHES:  # "Sixteen firms — including A and B — have agreed"
            tok = tok._replace(low=",")
        if expect_item:
            if tok.low == ",":
                if not items:
                    k = _skip_aside(toks, k, lo)
                    continue
                if after_connector:
                    k -= 1
                    continue
                break
            if tok.low == ")":
                j = k - 1
                while j >= lo and k - j <= _MAX_PAREN and toks[j].low != "(":
                    j -= 1
                if j >= lo and toks[j].low == "(":
                    k = j - 1
                    continue
                break
            item, k2, one_of = _parse_item(toks, k, lo)
            if item is None:
                break
            if (
                item.kind in ("actor", "unknown")
                and k2 - 1 >= lo
                and toks[k2].low == "'s"
                and toks[k2 - 1].mention is not None
            ):
                k2 -= 2  # "UAE's Technology Innovation Institute": the possessor modifies
                if k2 >= lo and toks[k2].low == "the":
                    k2 -= 1
            if represents is not None:
                item = item._replace(represents=item.represents or represents)
                represents = None
            items.append(item)
            k = k2
            if one_of:
                # "X was one of 28 countries": skip "was" and read X
                while k >= lo and toks[k].low in vocab.AUXILIARIES:
                    k -= 1
                after_connector = True
                continue
            if item.kind in ("pronoun", "speaker", "it"):
                break
            expect_item = False
        else:
            if tok.low == ",":
                n = _connector_before(toks, k - 1, lo)
                k -= 1 + n
                expect_item = True
                after_connector = True
                continue
            before = toks[k - 1].mention if k - 1 >= lo else None
            if tok.low == "of" and before is not None:
                # "President Maria Lopez of the European Commission": who, not what
                if before.kind is ActorKind.PERSON:
                    org = items.pop()
                    if org.mention is not None and org.mention.kind is not ActorKind.PERSON:
                        represents = org.mention.name
                k -= 1
                expect_item = True
                after_connector = False
                continue
            if tok.low == "of" and k - 1 >= lo and toks[k - 1].is_cap and items[-1].mention:
                # "Republic of Korea", "Government of Japan", "Prime Minister of Japan":
                # the capitalised head describes the actor after "of"
                k -= 1
                while k - 1 >= lo and toks[k - 1].is_cap and not _function_word(toks[k - 1]):
                    k -= 1
                k -= 1
                if k >= lo and toks[k].low == "the":
                    k -= 1
                continue
            n = _connector_before(toks, k, lo)
            if n == 0:
                break
            k -= n
            expect_item = True
            after_connector = True
    items.reverse()
    stop = k
    if (
        len(items) == 1
        and items[0].kind == "unknown"
        and stop >= lo
        and toks[stop].text[:1].isalpha()
        and toks[stop].text.islower()
        and toks[stop].low not in ("and", "that", "while", "as", "but", "when", "after", "so")
    ):
        items = []  # "companies at the forefront of developing Artificial Intelligence pledged"
    if (
        items
        and stop >= lo
        and (toks[stop].low in vocab.PREPOSITIONS or toks[stop].low == "'s")
        and not (absolute and toks[stop].low == "with")
        and not (
            # "Ministers from the G7", "Representatives of 28 countries and the EU"
            toks[stop].low in ("from", "of")
            and stop - 1 >= lo
            and toks[stop - 1].low in vocab.DELEGATE_NOUNS
        )
    ):
        items = items[1:]
    return items, stop


def _skip_aside(toks: Sequence[Tok], k: int, lo: int) -> int:
    """At a comma just before the verb: skip a ", representing ..., " aside."""
    j = k - 1
    while j >= lo and k - j <= _MAX_ASIDE and toks[j].low not in (",", ";", ":", "—", "–"):
        j -= 1
    if j >= lo and toks[j].low in (",", "—", "–") and j + 1 < k:
        first = toks[j + 1]
        if first.mention is None and (
            first.low in vocab.PARENTHETICAL_OPENERS
            or (
                first.low.endswith("ing")
                and first.text.islower()
                and first.low not in ("including", "following")
            )
        ):
            return j - 1
    return k - 1


def _forward_extent(toks: Sequence[Tok], lo: int, hi: int) -> int:
    """End (exclusive) of a subject list read forwards from ``lo``."""
    i = lo
    depth = 0
    while i < hi:
        tok = toks[i]
        low = tok.low
        if low == "(":
            depth += 1
        elif low == ")":
            if depth == 0:
                break
            depth -= 1
        elif (
            depth
            or tok.mention is not None
            or tok.is_cap
            or low == ","
            or low in vocab.DETERMINERS
            or low in vocab.NUMBER_WORDS
            or low[:1].isdigit()
            or low in vocab.GROUP_NOUNS
            or low in ("and", "&", "plus", "-", "strong", "or")
        ):
            pass
        elif low in ("as", "well", "such", "including", "alongside", "along", "together"):
            if low in ("along", "together") and (i + 1 >= hi or toks[i + 1].low != "with"):
                break
            if low == "as" and not (
                (i + 2 < hi and toks[i + 1].low == "well" and toks[i + 2].low == "as")
                or (i > lo and toks[i - 1].low in ("such", "well"))
            ):
                break
        elif (
            (low == "with" and i > lo and toks[i - 1].low in ("along", "together"))
            or (low == "well" and i > lo and toks[i - 1].low == "as")
            or (tok.text[:1].isalpha() and tok.text.islower() and _group_ahead(toks, i, hi))
            or (
                # "UAE's Technology Innovation Institute", "the world's biggest firms"
                low == "'s"
                and i > lo
                and i + 1 < hi
                and (
                    toks[i + 1].is_cap
                    or toks[i + 1].mention is not None
                    or _group_ahead(toks, i + 1, hi)
                )
            )
        ):
            pass
        else:
            break
        i += 1
    while i > lo and toks[i - 1].low in (",", "and", "&"):
        i -= 1
    return i


def _group_ahead(toks: Sequence[Tok], i: int, hi: int) -> bool:
    for j in range(i, min(hi, i + 6)):
        if toks[j].low in vocab.GROUP_NOUNS:
            return True
        if not _is_group_modifier(toks[j]):
            return False
    return False


def parse_subject_forward(toks: Sequence[Tok], lo: int, hi: int) -> tuple[list[Item], int]:
    """Items of the subject list starting at token ``lo``; and the index after it."""
    end = _forward_extent(toks, lo, hi)
    if end <= lo:
        return [], lo
    items, _ = parse_subject_backward(toks, end, lo)
    return items, end


def _clause_start(toks: Sequence[Tok], hi: int) -> int:
    """First token of the clause ending at ``hi``, after any introductory phrase."""
    lo = 0
    for j in range(hi - 1, -1, -1):
        if toks[j].low in (";", ":"):
            lo = j + 1
            break
    while lo < hi and (toks[lo].text in _BULLETS or toks[lo].low in ("“", '"', "‘", "'")):
        lo += 1
    if lo < hi and (toks[lo].low in vocab.PREPOSITIONS or toks[lo].low in vocab.SENTENCE_ADVERBS):
        for j in range(lo, hi):
            if toks[j].low == ",":
                return j + 1
    return lo


# -- triggers ----------------------------------------------------------------------------


def _next_word(toks: Sequence[Tok], i: int) -> Tok | None:
    j = i + 1
    while j < len(toks) and toks[j].low.endswith("ly") and toks[j].mention is None:
        j += 1
    return toks[j] if j < len(toks) else None


def _instrument_ahead(
    toks: Sequence[Tok], i: int, span: int = 8, nouns: frozenset[str] = vocab.INSTRUMENT_NOUNS
) -> bool:
    for j in range(i + 1, min(len(toks), i + 1 + span)):
        low = toks[j].low
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


def _trigger_ok(toks: Sequence[Tok], i: int, first: int) -> bool:
    """Whether the pledge word at ``i`` is a verb of pledging here."""
    tok = toks[i]
    _, lemma, form = vocab.TRIGGERS[tok.low]
    prev = toks[i - 1] if i > 0 else None
    nxt = _next_word(toks, i)
    nlow = nxt.low if nxt is not None else ""
    headline_verb = (
        prev is not None
        and prev.mention is not None
        and (i < 2 or toks[i - 2].low != "the")
        and nxt is not None
        and (nxt.is_cap or nxt.mention is not None)
    )
    if (
        tok.text[:1].isupper()
        and i > first
        and prev is not None
        and (prev.is_cap or prev.mention is not None)
        and prev.low != "the"
        and not (nxt is not None and nxt.text in ("To", "to", "Up", "up"))
        and not headline_verb
    ):
        return False  # "Global Pledge": part of a name (unless a headline "... Pledge To")
    if (
        prev is not None
        and prev.low in vocab.NOUN_DETERMINERS
        and prev.low != "of"
        and not (prev.low == "that" and form in ("past", "s"))
    ):
        return False  # "the pledge", "a sign", "the signed declaration"
    if (
        form in ("base", "s")
        and i >= 2
        and prev is not None
        and prev.mention is None
        and prev.text[:1].isalpha()
        and prev.low != "to"
        and toks[i - 2].low in vocab.NOUN_DETERMINERS
        and toks[i - 2].low != "of"
    ):
        return False  # "the Nordic pledge", "a new pledge"
    if lemma == "put":
        return (
            nxt is not None
            and nlow in ("its", "their", "his", "her", "our")
            and i + 3 < len(toks)
            and toks[i + 2].low in ("name", "names", "signature", "signatures")
            and toks[i + 3].low == "to"
        )
    if lemma in ("commit", "resolve", "undertake"):
        if nlow == "to":
            return True
        if lemma == "commit" and nxt is not None:
            j = toks.index(nxt)
            for x in range(j, min(len(toks), j + 5)):
                if toks[x].low == "to":
                    return True
                if toks[x].low in (",", ".", ";"):
                    return False
        return False
    if lemma == "promise":
        return nlow in ("to", "that") or (
            form in ("s", "past") and (nlow in vocab.DETERMINERS or nlow[:1] in "£$€0123456789")
        )
    if lemma == "join":
        if nlow == "forces":
            return True
        return _instrument_ahead(toks, i, 5)
    if lemma == "launch":
        if nlow == "by":
            return any(t.low in vocab.INSTRUMENT_NOUNS for t in toks[max(0, i - 3) : i])
        return _instrument_ahead(toks, i)
    if lemma in ("support", "back"):
        if nlow == "by":
            return any(t.low in vocab.SIGNABLE_NOUNS for t in toks[max(0, i - 3) : i])
        return _instrument_ahead(toks, i, 6, vocab.SIGNABLE_NOUNS)
    if lemma == "sign":
        if form == "s" and nlow == "of":
            return False  # "signs of progress"
        return not _into_law(toks, i)  # "signed the bill into law": enacting, not pledging
    if lemma == "agree":
        return nlow not in ("that", "with")  # an opinion shared, not an undertaking
    if lemma == "endorse":
        if nlow == "by":
            return True
        return _instrument_ahead(toks, i, 8, vocab.SIGNABLE_NOUNS | vocab.INSTRUMENT_NOUNS)
    return True


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
        else:
            break
    return j


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
    for j in range(i + 1, len(toks)):
        if toks[j].low in ("including", "such", "included", "include", "includes") and (
            toks[j].low != "such" or (j + 1 < len(toks) and toks[j + 1].low == "as")
        ):
            start = j + 2 if toks[j].low == "such" else j + 1
            items, _ = parse_subject_forward(toks, start, len(toks))
            return tuple(it for it in items if it.kind in ("actor", "unknown"))
        if toks[j].low == ":" and j + 1 < len(toks):
            items, _ = parse_subject_forward(toks, j + 1, len(toks))
            return tuple(it for it in items if it.kind in ("actor", "unknown"))
        if toks[j].low in (";",):
            break
    return ()


def _behalf_after(toks: Sequence[Tok], i: int) -> str | None:
    """The actor in "on behalf of X" after the verb."""
    for j in range(i + 1, len(toks) - 3):
        if toks[j].low == "on" and toks[j + 1].low == "behalf" and toks[j + 2].low == "of":
            k = j + 3
            if toks[k].low == "the" and k + 1 < len(toks):
                k += 1
            m = toks[k].mention
            return m.name if m is not None else None
    return None


def _cosubjects_after(toks: Sequence[Tok], i: int) -> list[Item]:
    """Parties joined to the subject after the verb: "..., alongside A and B"."""
    for j in range(i + 1, len(toks)):
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


def name_list(toks: Sequence[Tok]) -> tuple[Item, ...] | None:
    """The names of a line that holds nothing but names ("Albania", "- Chile, Peru").

    ``None`` when the line holds anything else (a verb, a lower-case word).
    """
    toks = [t._replace(low=",") if t.low == "|" else t for t in toks]  # table cells
    n = _first_word(toks)
    while n < len(toks) and (toks[n].low[:1].isdigit() or toks[n].low in (".", ")", ",")):
        n += 1  # list numbering "1." "2)", a table's first bar
    allowed = {"the", "and", ",", ";", ".", "(", ")", "&", "-", "/", "|"} | _NAME_PARTICLES
    rest = toks[n:]
    if not rest:
        return None
    for t in rest:
        if t.mention is None and not t.is_cap and t.low not in allowed:
            return None
    items, _ = parse_subject_forward(toks, n, len(toks))
    named = tuple(it for it in items if it.kind in ("actor", "unknown"))
    return named or None


class _Subject(NamedTuple):
    items: list[Item]
    negated: bool
    hypothetical: bool
    stance: bool


def _subject(toks: Sequence[Tok], i: int, form: str) -> _Subject | None:
    """Subject items of the pledge verb at ``i`` and its flags; ``None`` when it has none."""
    first = _first_word(toks)
    a = _aux_window(toks, i, first)
    negated, hypothetical, be, infinitive = _flags(toks, a, i)
    if infinitive and not {t.low for t in toks[a:i]} & _VOLITION:
        return _first_to(toks, i, first, negated, hypothetical)
    lemma = vocab.TRIGGERS[toks[i].low][1]
    nxt = i + 1
    while nxt < len(toks) and toks[nxt].low.endswith("ly") and toks[nxt].mention is None:
        nxt += 1
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
            lo = _clause_start(toks, j)
            items, _ = parse_subject_forward(toks, lo, j)
            return _Subject(items, negated, hypothetical, stance)
        if j >= first and toks[j].low in vocab.INSTRUMENT_NOUNS:
            return _issuer(toks, j, first, negated, hypothetical)
    if a - 1 >= first and toks[a - 1].low in ("that", "who", "which") and form != "ing":
        a = _aux_window(toks, a - 1, first)  # "the companies that signed": the antecedent
    items, _ = parse_subject_backward(toks, a, first, absolute=form == "ing")
    if len(items) == 1 and items[0].kind in ("pronoun", "it"):
        items = _reported_subject(toks, _tok_index(toks, items[0].start), first) or items
    if items and _hypothetical_opening(toks, _tok_index(toks, items[0].start)):
        hypothetical = True
    return _Subject(items, negated, hypothetical, stance)


def _reported_subject(toks: Sequence[Tok], k: int, first: int) -> list[Item]:
    """For "Japan said it has signed": the subject of the reporting verb before the pronoun."""
    j = k - 1
    if j >= first and toks[j].low == "that":
        j -= 1
    if j < first or toks[j].low not in _REPORTING:
        return []
    a = _aux_window(toks, j, first)
    items, _ = parse_subject_backward(toks, a, first)
    return [it for it in items if it.kind in ("actor", "unknown")]


def _first_to(
    toks: Sequence[Tok], i: int, first: int, negated: bool, hypothetical: bool
) -> _Subject | None:
    """ "X became the first country to sign", "X were the first to sign": X.

    Any other infinitive ("called on X to sign") has no subject.
    """
    k = i - 2  # the word before "to"
    if k >= first and toks[k].low in vocab.GROUP_NOUNS:
        k -= 1
    if k < first or toks[k].low not in vocab.ORDINAL_FIRSTS:
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


def _tok_index(toks: Sequence[Tok], offset: int) -> int:
    for n, t in enumerate(toks):
        if t.start >= offset:
            return n
    return len(toks)


def _first_word(toks: Sequence[Tok]) -> int:
    n = 0
    while n < len(toks) and (toks[n].text in _BULLETS or toks[n].low in ("“", '"', "‘", "'")):
        n += 1
    return n


def analyse_sentence(toks: Sequence[Tok], *, in_quote: bool = False) -> list[Clause]:
    """Every pledge clause of one tokenised sentence, in order."""
    out: list[Clause] = []
    if not toks:
        return out
    question = toks[-1].low == "?" or (
        len(toks) > 1 and toks[-1].low in ("”", '"') and toks[-2].low == "?"
    )
    first = _first_word(toks)
    for i, tok in enumerate(toks):
        if tok.mention is not None:
            continue
        low = tok.low
        if low in vocab.TRIGGERS and _trigger_ok(toks, i, first):
            modality, lemma, form = vocab.TRIGGERS[low]
            found = _subject(toks, i, form)
            if found is None:
                continue
            items, negated, hypothetical, stance = found
            if items:
                items = [*items, *_cosubjects_after(toks, i)]
            behalf = _behalf_after(toks, i)
            members: tuple[Item, ...] = ()
            if any(it.kind == "group" for it in items) and not any(
                it.kind in ("actor", "unknown") for it in items
            ):
                members = _members_after(toks, i)
            out.append(
                Clause(
                    modality,
                    lemma,
                    tok.start,
                    tok.end,
                    tuple(items),
                    negated,
                    hypothetical or question,
                    stance,
                    members,
                    behalf=behalf,
                )
            )
        elif low in _NOUN_MODALITY:
            clause = _noun_commitment(toks, i, first)
            if clause is not None:
                out.append(clause._replace(hypothetical=clause.hypothetical or question))
        elif low in vocab.REQUIRE_WORDS and i + 1 < len(toks) and toks[i + 1].low == "to":
            a = _aux_window(toks, i, first)
            negated, hypothetical, be, _ = _flags(toks, a, i)
            if not be:
                continue
            items, _ = parse_subject_backward(toks, a, first)
            hypothetical = hypothetical and not any(t.low == "will" for t in toks[a:i])
            out.append(
                Clause(
                    Modality.REQUIRE,
                    "require",
                    tok.start,
                    tok.end,
                    tuple(items),
                    negated,
                    question,
                    False,
                )
            )
        elif (
            in_quote
            and low == "we"
            and i + 2 < len(toks)
            and toks[i + 1].low in ("will", "'ll", "shall")
            and toks[i + 2].text.islower()
            and toks[i + 2].low not in vocab.NEGATIONS
            and i == first + _intro_length(toks, first, i)
        ):
            out.append(
                Clause(
                    Modality.PLEDGE,
                    "will",
                    toks[i + 1].start,
                    toks[i + 1].end,
                    (Item("speaker", tok.start, tok.end, tok.text),),
                    False,
                    question,
                    False,
                    quoted_we=True,
                )
            )
        elif low in vocab.MEMBER_NOUNS:
            clause = _member_list(toks, i)
            if clause is not None:
                out.append(clause)
        elif (
            low in vocab.SIGNABLE_NOUNS
            and i + 1 < len(toks)
            and toks[i + 1].low == "by"
            and (low == "declaration" or (i > 0 and toks[i - 1].low == "joint"))
        ):
            # "a joint declaration by A, B and C": the parties that made it
            items, _ = parse_subject_forward(toks, i + 2, len(toks))
            named = tuple(it for it in items if it.kind in ("actor", "unknown"))
            if named:
                out.append(
                    Clause(
                        Modality.SIGN,
                        "declaration",
                        tok.start,
                        tok.end,
                        named,
                        False,
                        question,
                        False,
                        membership=True,
                    )
                )
    return out


def _intro_length(toks: Sequence[Tok], first: int, i: int) -> int:
    """Length of an introductory phrase ending in a comma just before ``i``."""
    if i > first and toks[i - 1].low == ",":
        return i - first
    return 0


_NOUN_MODALITY: Final = {
    "commitment": Modality.COMMIT,
    "commitments": Modality.COMMIT,
    "pledge": Modality.PLEDGE,
    "pledges": Modality.PLEDGE,
    "promise": Modality.PROMISE,
    "promises": Modality.PROMISE,
}


def _noun_commitment(toks: Sequence[Tok], i: int, first: int) -> Clause | None:
    """ "X announced commitments", "commitments from X", "our commitment to", "X's pledge to"."""
    modality = _NOUN_MODALITY[toks[i].low]
    clause = _noun_clause(toks, i, first)
    return None if clause is None else clause._replace(modality=modality)


def _noun_clause(toks: Sequence[Tok], i: int, first: int) -> Clause | None:
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    j = i - 1
    while (
        j >= first
        and toks[j].text.islower()
        and toks[j].low not in vocab.COMMITMENT_NOUN_VERBS
        and toks[j].low not in ("our", "'s", "its", "their")
        and i - j <= 3
    ):
        j -= 1
    if j < first:
        return None
    prev = toks[j]
    tok = toks[i]
    if prev.low in vocab.COMMITMENT_NOUN_VERBS:
        if nxt in ("from", "by"):
            items, _ = parse_subject_forward(toks, i + 2, len(toks))
            return Clause(
                Modality.COMMIT, "commitment", tok.start, tok.end, tuple(items), False, False, False
            )
        form = "ing" if prev.low.endswith("ing") else "past"
        a = _aux_window(toks, j, first)
        negated, hypothetical, _, infinitive = _flags(toks, a, j)
        if infinitive:
            return None
        items, _ = parse_subject_backward(toks, a, first, absolute=form == "ing")
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
    if prev.low == "'s" and j - 1 >= first and toks[j - 1].mention is not None:
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


def _member_list(toks: Sequence[Tok], i: int) -> Clause | None:
    """``[new] members|signatories (are|include|—|:) LIST``: parties that joined.

    Also ``X (is|are|became) [a|the] signatory|signatories (to|of) ...``.
    """
    j = i + 1
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
            a = _aux_window(toks, k, _first_word(toks))
            negated, hypothetical, _, _ = _flags(toks, a, k)
            items, _ = parse_subject_backward(toks, a, _first_word(toks))
            named = tuple(it for it in items if it.kind in ("actor", "unknown"))
            if named:
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


# -- quotations --------------------------------------------------------------------------

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
    while i < n:
        ch = text[i]
        if ch in '“"':
            close = "”" if ch == "“" else '"'
            j = text.find(close, i + 1)
            if j == -1:
                j = min(n, i + _MAX_QUOTE)
            regions.append(QuoteRegion(i, j, _speaker(text, i, j, people, starts)))
            i = j + 1
        else:
            i += 1
    return regions


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
