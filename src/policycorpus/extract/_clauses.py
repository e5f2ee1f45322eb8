"""Subject lists: tokens and the noun-phrase grammar of pledge subjects (private).

A sentence is cut into tokens, each actor mention (from :mod:`._actors`) being one
token. :func:`parse_subject_backward` reads the list of parties that ends just before
a pledge verb; :mod:`._triggers` finds the verbs and decides where to read.

Grammar (informal; words are compared case-folded, vocabulary in
:mod:`._vocab_commitments`)::

    subject   := item (connector item)*            read backwards from the verb
    connector := "," | "—" | "and" | "&" | "as well as" | "along with" | "alongside"
               | "together with" | "such as" | "including" | "plus"
    item      := ["the"] [GROUP] ACTOR ["'s" NAME]  "tech giants Amazon", "UAE's TII"
               | ("the"|"a") DESCRIPTOR ACTOR      "the Irish-founded start-up Vizlo"
               | TITLE ("for"|"of") CAPS PERSON    "Minister for Justice Jim Byrne"
               | ACTOR "'s" AGENT                  "Estonia's delegation" -> Estonia
               | NAME "," LEGAL-FORM               "Reddit, Inc." (one company)
               | TITLE "of" ACTOR                  "the Prime Minister of Japan"
               | PERSON "of" ORG                   the person, representing ORG
               | DET* MODIFIER* GROUP-NOUN         "28 countries", "the EU member states"
               | GROUP-NOUN "of" WORD{1,5}         "26 providers of generative AI systems"
               | ACTOR "'s" TITLE ["," PERSON]     "Japan's Minister for Trade, Ken Sato"
                                                   (the title serves the possessor)
               | CAPITALISED-RUN                   a title ("the Home Secretary"), a group in
                                                   capitals ("its Member States"), or a name
                                                   the gazetteer lacks
               | "they" | "we" | "it"
               | "(" ... ")"                       skipped ("(IWF)")

A names-only line (:func:`name_list`) is cut at semicolons and where a new name
starts without a separator ("the Republic of A the Kingdom of B", "Japan Canada"); a
known name followed by capitals only is a body of its own ("the Pacific Islands Forum
Secretariat"), and a run of initials, capitals and dashes is one name ("A.B. Lund -
Varda").
A gazetteer name with a comma inside ("Hong Kong, China") is two items when the list
goes on after it and its tail is a country of its own.
A comma-delimited aside between subject and verb (", representing ..., ", ", which
...,") is skipped. "X was one of 28 countries" and "X is among the companies" give X.
A list stopped by a preposition loses its first item ("At Bletchley, 28 countries
...") unless delegates stand before it ("Ministers from the G7").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

import attrs

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention, ArticleActors, Gazetteer
from policycorpus.extract._gazetteer_data import COMPANY_SUFFIXES, ORGANISATION_WORDS, TITLES
from policycorpus.model import ActorKind

__all__ = [
    "Item",
    "Tok",
    "clause_start",
    "first_word",
    "function_word",
    "name_list",
    "parse_subject_backward",
    "parse_subject_forward",
    "shared_tokenize",
    "token_index",
    "tokenize",
]


_WORD_RE: Final = re.compile(r"['’]s\b|[^\W_]+(?:['’][^\W_]+)*|\S")
_GAP_WORD_RE: Final = re.compile(r"(\s*)(" + _WORD_RE.pattern + ")")
"""A word (as :data:`_WORD_RE`) with the spaces before it: one ``findall`` reads both."""


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


_NAME_PARTICLES: Final = frozenset(
    {"of", "for", "on", "de", "von", "van", "der", "du", "la", "da", "dos", "del", "y", "le"}
)


_MONTHS: Final = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)


_MAX_PAREN: Final = 10


_MAX_ASIDE: Final = 40


_DASHES: Final = frozenset({"—", "–"})


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


def tokenize(
    text: str, start: int, end: int, mentions: Sequence[ActorMention], gazetteer: Gazetteer
) -> list[Tok]:
    """Tokens of ``text[start:end]``; every mention inside the range is one token.

    Names are looked up in ``gazetteer`` only: a list item that is two countries
    ("Hong Kong, China"), an inverted long form ("Korea, Republic of").
    """
    toks: list[Tok] = []
    pos = start
    for mention in mentions:
        if mention.start < pos or mention.end > end:
            continue
        for m in _split_listed_name(text, _split_joined_name(text, mention), end, gazetteer):
            _words(text, pos, m.start, toks)
            toks.append(
                Tok(m.start, m.end, text[m.start : m.end], text[m.start : m.end].lower(), m)
            )
            pos = m.end
    _words(text, pos, end, toks)
    _requalify_inverted(toks, gazetteer)
    return toks


def shared_tokenize(
    text: str, start: int, end: int, mentions: Sequence[ActorMention], actors: ArticleActors
) -> list[Tok]:
    """:func:`tokenize` with the gazetteer of ``actors``, read once per article for each
    range and set of mentions (a new list each time: callers may change theirs)."""
    key = ("sentence tokens", text, start, end, tuple(mentions))
    found = actors._share(key, lambda: tokenize(text, start, end, mentions, actors.gazetteer))
    return list(found)


def _requalify_inverted(toks: list[Tok], gazetteer: Gazetteer) -> None:
    """Put inverted long forms right in place ("Korea, Democratic People's Republic of"
    names the Democratic People's Republic of Korea), when the gazetteer knows them."""
    for k in [k for k, tok in enumerate(toks) if tok.low == "of" or tok.low == "the"]:
        if k + 1 < len(toks) and toks[k + 1].low == "the":
            continue
        actor_at = _inverted_qualifier(toks, k, 0)
        if actor_at is None:
            continue
        requalified = _requalified(toks, actor_at, k, gazetteer)
        if requalified is not None:
            toks[actor_at] = toks[actor_at]._replace(mention=requalified)


def _split_listed_name(
    text: str, m: ActorMention, end: int, gazetteer: Gazetteer
) -> tuple[ActorMention, ...]:
    """Cut "Hong Kong, China" in a list ("Chile, Hong Kong, China and Peru") in two.

    A name with a comma inside whose part after the comma is a country of its own is
    two list items when the list goes on after it; alone ("Hong Kong, China signed")
    it stays one name.
    """
    surface = text[m.start : m.end]
    cut = surface.find(", ")
    if cut <= 0 or m.kind is not ActorKind.GOVERNMENT:
        return (m,)
    after = text[m.end : min(end, m.end + 5)]
    if not after.startswith((",", " and ", " & ")):
        return (m,)
    tail = surface[cut + 2 :]
    for found in gazetteer.find(tail):
        if (
            found.start == 0
            and found.end == len(tail)
            and found.kind is ActorKind.GOVERNMENT
            and found.via == "gazetteer"
        ):
            head = attrs.evolve(m, end=m.start + cut)
            second = attrs.evolve(found, start=m.start + cut + 2, end=m.end)
            return (head, second)
    return (m,)


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


def _words(text: str, start: int, end: int, out: list[Tok]) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1  # no run of spaces without a word after it (see _GAP_WORD_RE)
    new = tuple.__new__
    e = start
    for gap, word in _GAP_WORD_RE.findall(text, start, end):
        s = e + len(gap)
        e = s + len(word)
        low = word.lower()
        if "'" not in low and "’" not in low:
            out.append(new(Tok, (s, e, word, low, None)))
            continue
        for suffix in _CONTRACTIONS:
            if low.endswith(suffix) and len(low) > len(suffix):
                cut = e - len(suffix)
                out.append(Tok(s, cut, text[s:cut], text[s:cut].lower(), None))
                out.append(Tok(cut, e, text[cut:e], suffix.replace("’", "'"), None))
                break
        else:
            out.append(Tok(s, e, word, "'s" if low == "’s" else low, None))


def _connector_before(toks: Sequence[Tok], k: int, lo: int) -> int:
    """Length of the connector ending at token ``k`` (0 when none)."""
    for words in vocab.CONNECTORS:
        n = len(words)
        if k - n + 1 < lo:
            continue
        if all(toks[k - n + 1 + x].low == w for x, w in enumerate(words)):
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
        or low in vocab.HYPOTHETICAL_MARKERS
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
        return _actor_item(toks, k, lo)
    if k - 1 >= lo and toks[k - 1].mention is not None and tok.text.rstrip(".") in COMPANY_SUFFIXES:
        return _actor_item(toks, k - 1, lo)  # "Intel Corporation": the company's legal form
    low = tok.low
    if (
        low in vocab.POSSESSED_AGENTS
        and k - 2 >= lo
        and toks[k - 1].low == "'s"
        and toks[k - 2].mention is not None
    ):
        # "Estonia's delegation", "Japan's government": the possessor acts
        owner = toks[k - 2]
        i = k - 2
        if i - 1 >= lo and toks[i - 1].low == "the":
            i -= 1
        return Item("actor", toks[i].start, tok.end, owner.text, owner.mention), i - 1, False
    if low in vocab.PLURAL_PRONOUNS:
        return Item("pronoun", tok.start, tok.end, tok.text), k - 1, False
    if low in ("it", "he", "she"):
        return Item("it", tok.start, tok.end, tok.text), k - 1, False
    if low in vocab.SPEAKER_PRONOUNS:
        return Item("speaker", tok.start, tok.end, tok.text), k - 1, False
    if low in vocab.GOVERNMENT_HEADS and k - 1 >= lo and toks[k - 1].mention is not None:
        # "the German and French governments", "the UK government": the actor itself
        m = toks[k - 1].mention
        i = k - 1
        if i - 1 >= lo and toks[i - 1].low == "the":
            i -= 1
        return Item("actor", toks[i].start, tok.end, toks[k - 1].text, m), i - 1, False
    if low in vocab.GROUP_NOUNS and (tok.text.islower() or k == lo or toks[k - 1].is_cap is False):
        return _group_item(toks, k, lo)
    if (
        tok.is_cap
        and not function_word(tok)
        and not (low.endswith("ly") and (k == lo or not toks[k - 1].is_cap))
    ):
        return _name_item(toks, k, lo)
    return None, k, False


def _actor_item(toks: Sequence[Tok], k: int, lo: int) -> tuple[Item | None, int, bool]:
    """An actor mention ending at ``k``, with the title, descriptor or group before it."""
    tok = toks[k]
    i = k
    # descriptors in capitals just before the actor ("Tech Giants TikTok")
    while i - 1 >= lo and toks[i - 1].is_cap and not function_word(toks[i - 1]):
        i -= 1
    i = _title_before(toks, i, lo)
    person = tok.mention
    if (
        i < k
        and i - 1 >= lo
        and person is not None
        and person.kind is ActorKind.PERSON
        and toks[i - 1].mention is not None
        and toks[i - 1].mention.name == person.represents  # type: ignore[union-attr]
    ):
        i -= 1  # "US Homeland Security Secretary Jane Doe": the country is part of the title
    if i - 1 >= lo and toks[i - 1].low == "the":
        i -= 1
    else:
        i = _descriptor_before(toks, i, lo)
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


def _group_item(toks: Sequence[Tok], k: int, lo: int) -> tuple[Item | None, int, bool]:
    """A group ending at ``k`` ("the 16 companies", "both countries", "one of the firms")."""
    tok = toks[k]
    low = tok.low
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
            or prev.low in ("-", "of", "'s")
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
    if (
        not reference
        and number is not None
        and (toks[i].mention is not None or toks[i].is_cap)
        and i + 1 < k
        and toks[i + 1].low == "'s"
    ):
        reference = True  # "Britain's four big networks": definite, counted
    if not reference and number is None:
        # "the signatories", "each signatory", "Members", "the networks"
        if low in vocab.PARTY_NOUNS:
            reference = i == k or (
                i == k - 1 and first in ("the", "these", "those", "each", "all", "both")
            )
        elif low in vocab.KIND_REFERENCE_NOUNS:
            reference = i == k - 1 and first in ("the", "these", "those", "both")
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


def _name_item(toks: Sequence[Tok], k: int, lo: int) -> tuple[Item | None, int, bool]:
    """Capitalised words ending at ``k``: a name the gazetteer lacks, a title, or a group
    written in capitals ("its Member States")."""
    tok = toks[k]
    i = k
    while i - 1 >= lo:
        prev = toks[i - 1]
        if prev.is_cap and not function_word(prev):
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
        elif (
            prev.low == ")"
            and i - 4 >= lo
            and toks[i - 3].low == "("
            and toks[i - 2].is_cap
            and (toks[i - 4].is_cap or toks[i - 4].mention is not None)
        ):
            i -= 3  # "Cocos (Keeling) Islands"
            if toks[i - 1].mention is not None:
                i -= 1
                break
        else:
            break
    while toks[i].low in _NAME_PARTICLES and i < k:
        i += 1
    i = _portfolio_before(toks, i, lo)
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
    if kind == "unknown" and len(words) == 1 and words[0].endswith("ing") and j <= lo:
        return None, k, False  # "Building on the friendship, ...": a participle
    text = _surface(toks, name_start, k)
    return (
        Item(kind, toks[name_start].start, tok.end, text, represents=represents, role=role),
        j - 1,
        False,
    )


_MAX_DESCRIPTOR: Final = 6


def _title_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """Extend a name back over a title with "for"/"of" in it ("Minister for Justice")."""
    j = i
    while j - 2 >= lo and toks[j - 1].low in ("for", "of") and toks[j - 2].is_cap:
        k = j - 2
        while k - 1 >= lo and toks[k - 1].is_cap and not function_word(toks[k - 1]):
            k -= 1
        if not _is_title([t.text for t in toks[k : j - 1]]):
            break
        j = k
    return j


def _portfolio_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """Extend a name back over the title whose portfolio it ends ("Trade" in "the
    Minister for Foreign Affairs and Trade"); ``i`` when it ends none."""
    p = i
    while (
        p - 2 >= lo
        and toks[p - 1].low in ("and", "&", ",")
        and toks[p - 2].is_cap
        and not function_word(toks[p - 2])
    ):
        p -= 2
        while p - 1 >= lo and toks[p - 1].is_cap and not function_word(toks[p - 1]):
            p -= 1
    if p == i:
        return i
    j = _title_before(toks, p, lo)
    return j if j < p else i


def _descriptor_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """Extend a name back over "the Irish-founded start-up" before it (an apposition
    opened by an article); ``i`` when no such phrase stands there."""
    j = i - 1
    while (
        j >= lo
        and i - j <= _MAX_DESCRIPTOR
        and (
            toks[j].low == "-"
            or toks[j].mention is not None
            or (j + 1 < i and toks[j + 1].low == "-")  # "start-up"
            or (j - 1 >= lo and toks[j - 1].low == "-")
            or (
                toks[j].text[:1].isalpha()
                and not function_word(toks[j])
                and toks[j].low not in vocab.TRIGGERS
                and toks[j].low not in ("and", "or", "as", "with", "including", "alongside")
            )
        )
    ):
        j -= 1
    if (
        j < i - 1
        and j >= lo
        and toks[j].low in ("the", "a", "an")
        and any(t.mention is None and t.text.islower() for t in toks[j + 1 : i])
    ):
        return j
    return i


def _surface(toks: Sequence[Tok], i: int, k: int) -> str:
    """The words of ``toks[i..k]`` as printed, one space where the text has any."""
    out = [toks[i].text]
    for x in range(i + 1, k + 1):
        if toks[x].start > toks[x - 1].end:
            out.append(" ")
        out.append(toks[x].text)
    return "".join(out)


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


def function_word(tok: Tok) -> bool:
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
    k = _skip_venue(toks, hi - 1, lo)
    expect_item = True
    after_connector = True
    legal: tuple[int, int] | None = None
    while k >= lo:
        tok = toks[k]
        if tok.low in _DASHES:  # "Sixteen firms — including A and B — have agreed"
            tok = tok._replace(low=",")
        if expect_item:
            j = k - 1 if tok.low == "." else k
            if (
                j - 1 > lo
                and toks[j].low.rstrip(".") in vocab.LEGAL_SUFFIXES
                and toks[j - 1].low == ","
                and (toks[j - 2].mention is not None or toks[j - 2].is_cap)
            ):
                legal = (toks[j - 1].start, toks[k].end)
                k = j - 2  # "Reddit, Inc.": the company before its legal form
                continue
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
            if tok.low in ("of", "the"):
                actor_at = _inverted_qualifier(toks, k, lo)
                if actor_at is not None:
                    # "Palestine, State of": the actor before the comma (put right, where
                    # the gazetteer knows the long form, by tokenize)
                    k = actor_at
                    continue
            item, k2, one_of = _parse_item(toks, k, lo)
            if item is None:
                group_at = None if items else _group_before_of(toks, k, lo)
                if group_at is None:
                    break
                k = group_at  # "26 providers of generative AI systems": the group
                continue
            if legal is not None and item.kind == "unknown":
                # the legal form marks a company: "Kestrel, Inc." (trimmed in _pledges)
                suffix = "".join(t.text for t in toks if legal[0] <= t.start < legal[1])
                item = item._replace(text=f"{item.text}, {suffix.lstrip(',')}")
            legal = None
            if (
                item.kind in ("actor", "unknown", "title")
                and k2 - 1 >= lo
                and toks[k2].low == "'s"
                and toks[k2 - 1].mention is not None
            ):
                possessor = toks[k2 - 1].mention
                if item.kind == "title" and possessor is not None and item.represents is None:
                    # "Japan's Minister for Trade, Ken Sato": whom the title serves
                    item = item._replace(represents=possessor.name)
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
            if (
                tok.low == "of"
                and before is None
                and k - 1 >= lo
                and toks[k - 1].low in vocab.GROUP_NOUNS
                and toks[k - 1].low not in vocab.DELEGATE_NOUNS
                and all(it.mention is None and it.kind in ("unknown", "group") for it in items)
            ):
                # "26 providers of generative AI systems signed": what follows "of"
                # describes the group, which is the subject
                items.clear()
                k -= 1
                expect_item = True
                after_connector = False
                continue
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
                while k - 1 >= lo and toks[k - 1].is_cap and not function_word(toks[k - 1]):
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
    return _settle_subject(toks, items, k, lo, absolute=absolute), k


def _settle_subject(
    toks: Sequence[Tok], items: list[Item], stop: int, lo: int, *, absolute: bool
) -> list[Item]:
    """The subject read backwards, checked against the word it stopped at: a name after
    a lower-case word is no subject, a first item after a preposition belongs to it."""
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
        head = items[0]
        if (
            head.kind == "actor"
            and head.mention is not None
            and head.mention.kind is not ActorKind.PERSON
            and head.start < head.mention.start
            and toks[stop].low in ("in", "at", "on")
        ):
            # "in Paris France and Chile signed": the place is glued to the first name
            items[0] = head._replace(start=head.mention.start, role=None)
        elif (
            toks[stop].low in ("from", "in", "across")
            and stop - 1 >= lo
            and toks[stop - 1].low in vocab.GROUP_NOUNS
            and (toks[stop - 1].text.islower() or stop - 1 == lo)
        ):
            items = []  # "companies from Kenya and Ghana signed": where they are from
        else:
            items = items[1:]
    return items


_OF_REACH: Final = 6
"""How many words an "of" phrase after a group noun may hold ("providers of ...")."""


def _group_before_of(toks: Sequence[Tok], k: int, lo: int) -> int | None:
    """Index of the group noun in ``GROUP "of" WORDS`` ending at ``k``, if so."""
    for j in range(k, max(lo, k - _OF_REACH) - 1, -1):
        t = toks[j]
        if t.mention is not None or not t.text[:1].isalpha():
            return None
        if t.low == "of":
            g = j - 1
            if (
                g >= lo
                and toks[g].low in vocab.GROUP_NOUNS
                and toks[g].low not in vocab.DELEGATE_NOUNS
            ):
                return g
            return None
    return None


def _inverted_qualifier(toks: Sequence[Tok], k: int, lo: int) -> int | None:
    """Index of the actor in ``ACTOR "," CAPITALS "of" ["the"]`` ending at ``k``, if so.

    Lists in the style of ISO and the UN invert the long form: "Korea, Republic of",
    "Congo, The Democratic Republic of the".
    """
    j = k
    if toks[j].low == "the":
        j -= 1
    if j < lo or toks[j].low != "of":
        return None
    j -= 1
    caps = j
    while j >= lo and (toks[j].is_cap or toks[j].low in ("'s", "-")):
        j -= 1
    if j == caps or j - 1 < lo or toks[j].low != "," or toks[j - 1].mention is None:
        return None
    return j - 1


def _requalified(
    toks: Sequence[Tok], actor_at: int, k: int, gazetteer: Gazetteer
) -> ActorMention | None:
    """The actor named by the inverted long form put right ("Korea, Democratic People's
    Republic of" -> "Democratic People's Republic of Korea"), when the gazetteer knows it."""
    mention = toks[actor_at].mention
    if mention is None:
        return None
    qualifier = _surface(toks, actor_at + 2, k)
    if qualifier.startswith(("The ", "the ")):
        qualifier = qualifier[4:]
    long_form = f"{qualifier} {toks[actor_at].text}"
    for found in gazetteer.find(long_form):
        if found.start == 0 and found.end == len(long_form):
            if found.name == mention.name:
                return None
            return attrs.evolve(mention, name=found.name, kind=found.kind, country=found.country)
    return None


_VENUE_WORDS: Final = 6


def _named_word(tok: Tok) -> bool:
    return tok.is_cap or tok.mention is not None or tok.low == "the"


def _skip_venue(toks: Sequence[Tok], k: int, lo: int) -> int:
    """Before the verb, skip where it happened: "the EU at the Forum pledged", "A and B
    during the summit agreed" (an event, not a party)."""
    j = k
    while j >= lo and k - j < _VENUE_WORDS:
        low = toks[j].low
        if low in ("at", "during"):
            named = toks[j + 1 : k + 1]
            if named and all(_named_word(t) for t in named) and j - 1 >= lo:
                return j - 1
            return k
        if not _named_word(toks[j]):
            return k
        j -= 1
    return k


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
        elif (
            low in _NAME_PARTICLES
            and i > lo
            and toks[i - 1].is_cap
            and i + 1 < hi
            and toks[i + 1].is_cap
        ):
            pass  # "Tristan da Cunha"
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
    while i > lo and (toks[i - 1].low in (",", "and", "&") or toks[i - 1].low in vocab.DETERMINERS):
        i -= 1  # "Signed by A and B, the partnership ...": not "the"
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


def clause_start(toks: Sequence[Tok], hi: int) -> int:
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


def name_list(toks: Sequence[Tok]) -> tuple[Item, ...] | None:
    """The names of a line that holds nothing but names ("Albania", "- Chile, Peru").

    ``None`` when the line holds anything else (a verb, a lower-case word).
    """
    if any(t.low == "|" for t in toks):
        # a table row: dates and numbers in the other cells ("| Chile | 12 May 2024 |")
        toks = [
            t
            for t in toks
            if t.mention is not None
            or not (t.low.isdigit() or t.low in _MONTHS or t.low in ("/", ".", "-"))
        ]
    toks = [t._replace(low=",") if t.low == "|" else t for t in toks]  # table cells
    n = first_word(toks)
    while n < len(toks) and (
        (toks[n].low.isdigit() and toks[n].mention is None) or toks[n].low in (".", ")", ",")
    ):
        n += 1  # list numbering "1." "2)", a table's first bar
    allowed = {"the", "and", ",", ";", ".", "(", ")", "&", "-", "/", "|", "'s"} | _NAME_PARTICLES
    rest = toks[n:]
    if not rest:
        return None
    for t in rest:
        if t.mention is None and not t.is_cap and t.low not in allowed:
            return None
    named: list[Item] = []
    for lo, hi in _list_segments(toks, n):
        body = _body_of_named(toks, lo, hi)
        if body is not None:
            named.append(body)
            continue
        items, _ = parse_subject_forward(toks, lo, hi)
        got = [it for it in items if it.kind in ("actor", "unknown")]
        whole = _initials_name(toks, lo, hi) if len(got) <= 1 else []
        if whole and (not got or (got[0].kind == "unknown" and got[0].end < whole[0].end)):
            got = whole
        named.extend(got)
    return tuple(named) or None


def _initials_name(toks: Sequence[Tok], lo: int, hi: int) -> list[Item]:
    """ "A.P. Moller - Maersk": a name of capitals, initials and dashes that the subject
    reader cuts at its full stops, kept whole as one name the gazetteer lacks."""
    while hi > lo and toks[hi - 1].low in (".", ",", ";"):
        hi -= 1
    if lo < hi and toks[lo].low == "the":
        lo += 1
    if hi - lo < 2:
        return []
    parts: list[str] = []
    for j in range(lo, hi):
        t = toks[j]
        if t.mention is not None or not (t.is_cap or t.low in (".", "-", "&")):
            return []
        if j > lo and t.start > toks[j - 1].end:
            parts.append(" ")
        parts.append(t.text)
    if not toks[lo].is_cap or not toks[hi - 1].is_cap:
        return []
    return [Item("unknown", toks[lo].start, toks[hi - 1].end, "".join(parts))]


def _body_of_named(toks: Sequence[Tok], lo: int, hi: int) -> Item | None:
    """ "the Pacific Islands Forum Secretariat": a known name followed by capitalised
    words only is a body of its own, named by all of them (kind from its head word)."""
    if lo < hi and toks[lo].low == "the":
        lo += 1
    while hi > lo and toks[hi - 1].low in (".", ",", ";"):
        hi -= 1
    if hi - lo < 2 or toks[lo].mention is None:
        return None
    for j in range(lo + 1, hi):
        t = toks[j]
        if t.mention is not None or not t.is_cap or t.start != toks[j - 1].end + 1:
            return None
    return Item("unknown", toks[lo].start, toks[hi - 1].end, " ".join(t.text for t in toks[lo:hi]))


_SEGMENT_GLUE: Final = frozenset({",", ";", "and", "&", "(", "-", "/", "'s", "the"})


def _list_segments(toks: Sequence[Tok], lo: int) -> list[tuple[int, int]]:
    """Token ranges of the names of a names-only line.

    A semicolon ends a name ("A; the B; C"), and so does a new name starting right
    after one without a separator, as when the lines of a signature block are run
    together: "the Republic of A the Kingdom of B" ("the" after a name, not after a
    particle) and two known names side by side ("Japan Canada").
    """
    out: list[tuple[int, int]] = []
    start = lo
    for j in range(lo + 1, len(toks)):
        tok, prev = toks[j], toks[j - 1]
        cut = tok.low == ";"
        if not cut and j > start and prev.low not in _SEGMENT_GLUE:
            prev_name = prev.mention is not None or (
                prev.is_cap and prev.low not in _NAME_PARTICLES
            )
            new_name = tok.text == "the" if tok.mention is None else prev.mention is not None
            cut = prev_name and new_name
        if cut:
            if j > start:
                out.append((start, j))
            start = j + 1 if tok.low == ";" else j
    if start < len(toks):
        out.append((start, len(toks)))
    return out


def token_index(toks: Sequence[Tok], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (binary search)."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def first_word(toks: Sequence[Tok]) -> int:
    n = 0
    while n < len(toks) and (toks[n].text in _BULLETS or toks[n].low in ("“", '"', "‘", "'")):
        n += 1
    return n
