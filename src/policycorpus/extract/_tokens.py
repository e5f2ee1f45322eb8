"""The pledge grammar's token stream (private).

A sentence cut into :class:`Tok` tokens, each actor mention (from :mod:`._actors`)
one token, with the helpers every reader of the stream shares: where a clause starts,
the first word of a line, function words, and the index of a character offset.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

import attrs

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention, ArticleActors, Gazetteer
from policycorpus.extract._gazetteer_data import ORGANISATION_WORDS
from policycorpus.model import ActorKind

_WORD_RE: Final = re.compile(r"['’]s\b|[^\W_]+(?:['’][^\W_]+)*|\S")
_GAP_WORD_RE: Final = re.compile(r"(\s*)(" + _WORD_RE.pattern + ")")
"""A word (as :data:`_WORD_RE`) with the spaces before it: one ``findall`` reads both."""


_HYPHEN_LOWS: Final = {"\u2010": "-", "\u2011": "-", "\u2012": "-"}
"""Unicode hyphens (hyphen, non-breaking hyphen, figure dash) read as "-" by every rule."""

_CONTRACTIONS: Final = ("n't", "n’t", "'ll", "’ll", "'ve", "’ve", "'re", "’re", "'s", "’s", "'d")


_BULLETS: Final = frozenset("•·*-–—▪◦●►")


NAME_PARTICLES: Final = frozenset(
    {"of", "for", "on", "de", "von", "van", "der", "du", "la", "da", "dos", "del", "y", "le"}
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
        """A capitalised word, or a brand written in camel case ("eBay", "easyJet")."""
        text = self.text
        return self.mention is None and (
            text[:1].isupper()
            or (len(text) > 2 and text[0].islower() and any(c.isupper() for c in text[1:4]))
        )


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
            s = _honorific_start(toks, m) if m.kind is ActorKind.PERSON else m.start
            toks.append(Tok(s, m.end, text[s : m.end], text[s : m.end].lower(), m))
            pos = m.end
    _words(text, pos, end, toks)
    _requalify_inverted(toks, gazetteer)
    if "[" in text[start:end]:
        toks = _without_citations(toks)
    return toks


def _without_citations(toks: list[Tok]) -> list[Tok]:
    """``toks`` without reference marks glued to the word before them ("Rockefeller,[12]"):
    an encyclopedia's footnote calls are not words of the sentence."""
    out: list[Tok] = []
    k, n = 0, len(toks)
    while k < n:
        tok = toks[k]
        if (
            tok.low == "["
            and k + 2 < n
            and out
            and out[-1].end == tok.start
            and toks[k + 1].low.isdigit()
            and toks[k + 2].low == "]"
        ):
            k += 3
            continue
        out.append(tok)
        k += 1
    return out


def _honorific_start(toks: list[Tok], m: ActorMention) -> int:
    """Where a person's token starts: an honorific just before the name ("Dr. Ann Lee")
    is taken off ``toks`` into the person's token."""
    k = len(toks) - 1
    if k >= 1 and toks[k].low == "." and toks[k].start == toks[k - 1].end:
        k -= 1
    if k >= 0 and toks[k].text in vocab.HONORIFICS and toks[k].mention is None:
        start = toks[k].start
        del toks[k:]
        return start
    return m.start


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
        actor_at = inverted_qualifier(toks, k, 0)
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
        low = _HYPHEN_LOWS.get(word) or word.lower()
        if "'" not in low and "’" not in low:
            out.append(new(Tok, (s, e, word, low, None)))
            continue
        if len(word) == 1 and s > 0 and text[s - 1] in "sS" and text[e : e + 1].isspace():
            out.append(Tok(s, e, word, "'s", None))  # "Honduras’ commitment": possessive
            continue
        for suffix in _CONTRACTIONS:
            if low.endswith(suffix) and len(low) > len(suffix):
                cut = e - len(suffix)
                out.append(Tok(s, cut, text[s:cut], text[s:cut].lower(), None))
                out.append(Tok(cut, e, text[cut:e], suffix.replace("’", "'"), None))
                break
        else:
            out.append(Tok(s, e, word, "'s" if low == "’s" else low, None))


def surface(toks: Sequence[Tok], i: int, k: int) -> str:
    """The words of ``toks[i..k]`` as printed, one space where the text has any."""
    out = [toks[i].text]
    for x in range(i + 1, k + 1):
        if toks[x].start > toks[x - 1].end:
            out.append(" ")
        out.append(toks[x].text)
    return "".join(out)


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


def inverted_qualifier(toks: Sequence[Tok], k: int, lo: int) -> int | None:
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
    qualifier = surface(toks, actor_at + 2, k)
    if qualifier.startswith(("The ", "the ")):
        qualifier = qualifier[4:]
    long_form = f"{qualifier} {toks[actor_at].text}"
    for found in gazetteer.find(long_form):
        if found.start == 0 and found.end == len(long_form):
            if found.name == mention.name:
                return None
            return attrs.evolve(mention, name=found.name, kind=found.kind, country=found.country)
    return None


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
