"""Actors: the gazetteer, the one-pass matcher, and per-article actor resolution.

Tokens
    The text is cut into word tokens (runs of letters and digits, split again where a
    lower-case letter meets an upper-case one: "withAlbania" is "with" + "Albania") and
    single punctuation tokens. Two tokens are *glued* when nothing separates them.

Matching (:meth:`Gazetteer.find`)
    Every alias is tokenised the same way and stored in a token trie keyed on the
    case-folded tokens. At each token the trie is walked as far as the text allows and
    the longest alias whose case fits wins, so the cost per token is bounded by the
    longest alias, not by the size of the gazetteer. Case-aware: a text token fits an
    alias token when it is equal, or the all-capitals form of it (headlines), or a
    capitalised lower-case connector ("Of"). So "US" never matches "us". Spacing must
    agree: glued alias tokens ("U.S.") need glued text tokens; spaced ones accept any
    run of whitespace with at most one line break ("Chad,  the Council").

    ``mention := demonym-list GOVERNMENT-NOUN | alias``
    ``demonym-list := DEMONYM ((","|"and"|"or"|"&")+ DEMONYM)*``
    A demonym list only counts before "government(s)", "administration" or
    "authorities": "the German and French governments" gives Germany and France.

    Blocked phrases ("New Mexico", "Latin America") match like aliases and yield
    nothing. Contextual aliases ("X", "Snap") are kept only when the article also names
    the actor in full, when a cue word precedes them ("the platform X"), or when they
    stand in a list next to another company. Aliases that are also number words
    ("Three") need the cue or the list: "Three UK" elsewhere does not make "Three
    ministers" a company. Aliases that are also first names ("Chad",
    "Jordan") are dropped when a capitalised word follows ("Jordan Smith"). A comma
    alias whose tail is itself a name ("Hong Kong, China") is one name only when no
    list goes on after it ("Japan, Hong Kong, China, Singapore" lists China). A longer
    known name is its own actor ("Google DeepMind" is not "Google"); companies are
    named by their short name ("Snap", alias "Snap Inc."), and unknown companies found
    by a legal suffix drop it from the name but keep it in the text.

Article level (:func:`find_actors`)
    ``ABBREVIATION := KNOWN-ACTOR "(" ABBR ")"`` teaches ABBR for the article, and
    ``CAPITALISED-NAME-WITH-ORGANISATION-WORD "(" ABBR ")"`` whose initials spell ABBR
    adds a new actor ("Counter Abuse Foundation (CAF)").
    ``PERSON := TITLE [","] NAME | NAME "," ["the"] TITLE`` where NAME is one to five
    capitalised words (with particles such as "von der"); the person's role is the
    title, and an actor named just before the title ("US Secretary of State ...") or
    a demonym ("French minister ...") is whom they represent; a title that only one
    country gives ("Home Secretary", "Taoiseach") names the country by itself.
    Later, the same title ("the Home Secretary"), the full name or the surname alone
    stand for that person; a titled surname that matches an article
    author ("Minister Wells", byline "Anika Wells") is that author. Unknown
    organisations are recognised by their form (see :func:`_pattern_organisations`):
    a head word gives the kind ("Trust" ngo, "Labs" company, "Department" agency), a
    union or commission of a region or of "... States" is intergovernmental, and a
    department joined to a place ("the Bermuda Department of ICT Policy", "the
    Ministry of X of Taiwan", "the Danish Ministry of Y") is a government body.
    ``LIST := ITEM (SEP ITEM)*`` of known mentions and unknown capitalised names is a
    company list after a company cue ("companies", "firms such as", "the start-up",
    "The following companies have signed: ...") or with two known companies and no
    government; its unknown names become companies everywhere in the article (see
    :func:`_company_lists`). A capitalised word glued to a hyphenated lower-case word
    ("the Irish-founded start-up", "a Dublin-based firm") is a modifier, not a name.

Memory
    Tokens are the bulk of the working memory: each is a small tuple whose end offset
    is computed and whose strings are shared between equal words (about 28 bytes a
    character of prose at the peak, measured with tracemalloc on 2 MB).
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
import json
import operator
import os
import re
import unicodedata
from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from struct import pack
from typing import Any, Final, NamedTuple, TypeAlias, TypeVar

import attrs
import pycountry

from policycorpus.errors import LoadError
from policycorpus.extract import _gazetteer_data as data
from policycorpus.model import ActorKind, Article

__all__ = [
    "Actor",
    "ActorMention",
    "ArticleActors",
    "Gazetteer",
    "Person",
    "default_gazetteer",
    "find_actors",
]

# -- records ----------------------------------------------------------------------------


@attrs.frozen
class Actor:
    """An entry of the gazetteer."""

    name: str
    """Canonical name ("United Kingdom")."""
    kind: ActorKind
    """What kind of party it is."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of its country, when it has one."""
    aliases: tuple[str, ...] = ()
    """Other surface forms ("UK", "Britain"); the canonical name matches too."""


@attrs.frozen
class ActorMention:
    """One place in a text where an actor is named."""

    start: int
    """Offset of the first character of the mention in the searched text."""
    end: int
    """Offset one past the mention's last character."""
    name: str
    """Canonical name of the actor ("United Kingdom" for "UK")."""
    kind: ActorKind
    """What kind of party it is."""
    country: str | None
    """ISO 3166-1 alpha-2 code, when known."""
    via: str
    """How it was found: "gazetteer", "abbreviation", "demonym", "person", "title" or
    "pattern" (an unknown organisation recognised by its form, "Acme Robotics Inc.")."""
    role: str | None = None
    """For a person: the title they were introduced with ("Home Secretary")."""
    represents: str | None = None
    """For a person: the actor named with their title ("United States")."""


@attrs.frozen
class Person:
    """A person an article introduces with a title."""

    name: str
    """The name as printed at the introduction ("Suella Braverman")."""
    role: str | None
    """The title ("Home Secretary", "Minister for Industry and Science")."""
    represents: str | None
    """Canonical name of the actor named with the title, if any."""
    start: int
    """Offset of the introduction."""


def _default() -> Gazetteer:
    return default_gazetteer()


_T = TypeVar("_T")
_MISSING: Final = object()
_SHARED_KEYS: Final = 64
"""How many results :meth:`ArticleActors._share` keeps per article."""


@attrs.frozen
class ArticleActors:
    """Every actor mention of one article, with what was learned from the article."""

    mentions: tuple[ActorMention, ...]
    """Mentions in text order; they never overlap."""
    abbreviations: Mapping[str, str] = attrs.field(factory=dict, eq=False)
    """Abbreviations the article defined, mapped to canonical names ("IWF" -> ...)."""
    people: Mapping[str, Person] = attrs.field(factory=dict, eq=False)
    """People introduced with a title, by name."""
    actors: Mapping[str, Actor] = attrs.field(factory=dict, eq=False)
    """Every actor mentioned, by canonical name (including ones learned here)."""
    gazetteer: Gazetteer = attrs.field(
        factory=lambda: _default(), eq=False, repr=False, kw_only=True
    )
    """The gazetteer the mentions were matched with; the extractors look names up in it
    and in no other."""

    _starts: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)
    _shared: dict[Hashable, Any] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(m.start for m in self.mentions))

    def _share(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """``compute()``, run once per ``key`` for this article and handed to every
        extractor that asks for the same ``key`` (the party lists and the pledge reader
        tokenise the same sentences). The last :data:`_SHARED_KEYS` keys are kept, so
        memory stays flat on long texts."""
        found = self._shared.get(key, _MISSING)
        if found is _MISSING:
            found = compute()
            if len(self._shared) >= _SHARED_KEYS:
                del self._shared[next(iter(self._shared))]
            self._shared[key] = found
        return found  # type: ignore[no-any-return]

    def within(self, start: int, end: int) -> tuple[ActorMention, ...]:
        """The mentions lying wholly inside ``[start, end)``, in text order."""
        i = bisect.bisect_left(self._starts, start)
        out: list[ActorMention] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return tuple(out)

    def __iter__(self) -> Iterator[ActorMention]:
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)


# -- tokens -----------------------------------------------------------------------------

_TOKEN_RE: Final = re.compile(r"[^\W_]+|\S")
"""A token: a run of letters and digits, or one other character but a space."""
_SPACE_RE: Final = re.compile(r"\s")
_BLOCK: Final = 1 << 14
"""Characters of text whose tokens :func:`_tokenize` reads with one ``findall`` (the
token strings of a block live until the block is read: memory stays flat)."""
_CAMEL_RE: Final = re.compile(r"[a-z][A-Z]")
_KEY: Final = operator.attrgetter("key")
_PUNCT_NORM: Final = {"’": "'", "‘": "'", "‛": "'", "`": "'", "–": "-", "‐": "-", "‑": "-"}


class _Tok(NamedTuple):
    """One token, without its offset (kept in :attr:`_Toks.starts`): equal tokens are
    one shared object, so a long text costs a pointer and an offset per word."""

    norm: str
    """The token with curly apostrophes and dashes made plain (as long as the text)."""
    key: str
    """``norm`` case-folded: the trie key."""
    glued: bool
    """No space between this token and the previous one."""
    word: bool
    brk: bool = False
    """A line break lies between this token and the previous one."""


_Toks: TypeAlias = list[_Tok]
"""The tokens of a text, in order: a plain list (the matcher indexes it at every step)
of shared tokens; their start offsets are an array beside it (:func:`_reading`)."""

_OFFSETS: dict[int, array[int]] = {}
"""The start offsets of each token list being read, by the list's ``id`` (registered
by :func:`_reading` for as long as the list is read)."""


@contextlib.contextmanager
def _reading(text: str) -> Iterator[_Toks]:
    """The tokens of ``text``, with their offsets registered while the block runs.

    Memory: about 12 bytes per token (a pointer to a shared :class:`_Tok` and a 32-bit
    offset) instead of a tuple and an int object per token (~130 bytes)."""
    starts: array[int] = array("i" if len(text) < 1 << 31 else "q")
    toks = _tokenize(text, starts)
    key = id(toks)
    _OFFSETS[key] = starts
    try:
        yield toks
    finally:
        del _OFFSETS[key]


def _start(toks: _Toks, i: int) -> int:
    """Offset of ``toks[i]`` in the text (``toks`` from :func:`_reading`)."""
    return _OFFSETS[id(toks)][i]


def _end(toks: _Toks, i: int) -> int:
    """Offset just after ``toks[i]`` (``norm`` keeps the text's length)."""
    return _OFFSETS[id(toks)][i] + len(toks[i].norm)


def _tokenize(text: str, starts: array[int] | None = None) -> _Toks:
    """The tokens of ``text``.

    Memory: one shared :class:`_Tok` per distinct word, spacing and line break, and
    the start offsets in an array (see :class:`_Toks`). Speed: the words are read
    with ``findall`` (no match object per token) a block of :data:`_BLOCK` characters
    at a time (cut at a space, which no token crosses), each found again with
    ``str.find`` from the previous one's end; a word seen before is one dictionary
    look-up and one list index.
    """
    n = len(text)
    toks: _Toks = []
    append = toks.append
    offsets: list[int] = []  # of the block, put into ``starts`` in bulk
    add_start = offsets.append
    new = tuple.__new__
    # per distinct piece: the token for each (glued, line break) pair, built when met
    shared: dict[str, list[_Tok | None]] = {}
    known_piece = shared.get
    find = text.find
    prev_end = -1
    pos = 0
    next_nl = find("\n")
    if next_nl == -1:
        next_nl = n + 1
    block_start = 0
    while block_start < n:
        cut = _SPACE_RE.search(text, block_start + _BLOCK) if block_start + _BLOCK < n else None
        block_end = cut.start() if cut is not None else n
        for piece in _TOKEN_RE.findall(text, block_start, block_end):
            s = find(piece, pos)
            pos = e = s + len(piece)
            if s > next_nl:
                brk = prev_end >= 0
                next_nl = find("\n", s)
                if next_nl == -1:
                    next_nl = n + 1
            else:
                brk = False
            glued = s == prev_end
            prev_end = e
            variants = known_piece(piece)
            if variants is not None:
                slot = 2 + glued if brk else glued  # most tokens: no arithmetic
                tok = variants[slot]
                if tok is None:
                    base = variants[4]
                    assert base is not None
                    tok = new(_Tok, (base.norm, base.key, glued, base.word, brk))
                    variants[slot] = tok
                append(tok)
                add_start(s)
                continue
            if e - s == 1 and not piece.isalnum():
                norm = _PUNCT_NORM.get(piece, piece)
                tok = _Tok(norm, norm, glued, False, brk)
            else:
                norm = piece if piece.isascii() else _fold_accents(piece)
                if norm.isascii() and norm.islower():
                    key = norm  # most words
                elif norm.istitle() or norm.isupper() or _CAMEL_RE.search(norm) is None:
                    key = norm.casefold()
                else:
                    _camel_parts(toks, add_start, norm, s, glued, brk)  # cut every time
                    continue
                tok = _Tok(norm, key, glued, True, brk)
            variants = [None, None, None, None, tok]
            variants[2 + glued if brk else glued] = tok
            shared[piece] = variants
            append(tok)
            add_start(s)
        if starts is not None:
            starts.frombytes(pack(f"{len(offsets)}{starts.typecode}", *offsets))
        offsets.clear()
        block_start = block_end
    return toks


def _camel_parts(
    toks: _Toks, add_start: Callable[[int], None], piece: str, s: int, glued: bool, brk: bool
) -> None:
    """Append the parts of a camel-case word ("OpenAI": "Open", "AI") at offset ``s``."""
    a = 0
    for c in [*(m.start() + 1 for m in _CAMEL_RE.finditer(piece)), len(piece)]:
        part = piece[a:c]
        toks.append(_Tok(part, part.casefold(), glued, True, brk))
        add_start(s + a)
        glued = True
        brk = False
        a = c


def _fold_accents(word: str) -> str:
    """ "São" -> "Sao", keeping the length when every letter folds to one letter."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return bare if len(bare) == len(word) else word


def _case_ok(text_tok: str, alias_tok: str) -> bool:
    if text_tok == alias_tok:
        return True
    if len(alias_tok) > 1 and text_tok == alias_tok.upper():
        return True
    return alias_tok.islower() and text_tok == alias_tok[:1].upper() + alias_tok[1:]


def _gap_ok(text: str, toks: _Toks, k: int, glued: bool) -> bool:
    """Whether ``toks[k]`` follows ``toks[k - 1]`` as an alias's words follow each other."""
    if glued:
        return toks[k].glued
    return not toks[k].glued and text.count("\n", _end(toks, k - 1), _start(toks, k)) <= 1


def _is_cap_word(tok: _Tok) -> bool:
    return tok.word and tok.norm[:1].isupper()


def _cap_words(toks: _Toks) -> list[int]:
    """Indices of the capitalised words (:func:`_is_cap_word`), in order."""
    return [k for k, t in enumerate(toks) if t.word and t.norm[:1].isupper()]


def _next_candidate(cands: Sequence[int], c: int, i: int) -> int:
    """The first index from ``c`` on of an ascending ``cands`` whose value is at least
    ``i`` (``len(cands)`` when none is): a scan may jump from candidate to candidate
    and skip the tokens that cannot start what it looks for."""
    n = len(cands)
    while c < n and cands[c] < i:
        c += 1
    return c


# -- the trie ---------------------------------------------------------------------------


class _Entry(NamedTuple):
    norms: tuple[str, ...]
    glued: tuple[bool, ...]
    target: int
    """Index of the value in the owner's table, or -1 for a blocked phrase."""
    alias: str


class _Trie:
    """Token trie: ``add`` a phrase with a target, ``longest`` match at a token.

    Stored flat, as ``(node, token key) -> node`` edges and ``node -> entries``, all
    ints, strings and tuples of them: the garbage collector stops tracking such
    containers, so a gazetteer of 100,000 actors does not slow every collection down.
    """

    def __init__(self) -> None:
        self.edges: dict[tuple[int, str], int] = {}
        self.firsts: set[str] = set()
        """The keys of the root's edges: the tokens a phrase may begin with."""
        self.finals: dict[int, tuple[_Entry, ...]] = {}
        self.nodes = 1  # node 0 is the root
        self.depth = 0

    def starts(self, key: str) -> bool:
        """Whether some phrase begins with the token ``key``."""
        return (0, key) in self.edges

    def add(self, phrase: str, target: int) -> bool:
        toks = _tokenize(phrase)
        if not toks:
            return False
        node = 0
        self.firsts.add(toks[0].key)
        for tok in toks:
            nxt = self.edges.get((node, tok.key))
            if nxt is None:
                nxt = self.nodes
                self.nodes += 1
                self.edges[(node, tok.key)] = nxt
            node = nxt
        entry = _Entry(
            tuple(t.norm for t in toks),
            tuple(t.glued for t in toks),
            target,
            phrase,
        )
        entries = self.finals.get(node, ())
        if entry not in entries:
            self.finals[node] = (*entries, entry)
        self.depth = max(self.depth, len(toks))
        return True

    def entries(self) -> Iterator[_Entry]:
        """Every entry, in no particular order."""
        for entries in self.finals.values():
            yield from entries

    def longest(self, text: str, toks: _Toks, i: int) -> tuple[int, _Entry] | None:
        """The longest entry matching ``toks[i:j]``, as ``(j, entry)``."""
        edges = self.edges
        finals = self.finals
        node = edges.get((0, toks[i].key))
        j = i
        best: tuple[int, _Entry] | None = None
        n = len(toks)
        while node is not None:
            j += 1
            for entry in finals.get(node, ()):
                if (
                    _fits(text, toks, i, entry)
                    and (
                        _end_ok(toks, j)
                        # "ItalyJapan": another name begins at the seam
                        or (_seam_at(toks, j) and (0, toks[j].key) in edges)
                    )
                    and not self._list_swallowed(text, toks, i, j, entry)
                ):
                    best = (j, entry)
                    break
            if j >= n:
                break
            node = edges.get((node, toks[j].key))
        return best

    def _list_swallowed(self, text: str, toks: _Toks, i: int, j: int, entry: _Entry) -> bool:
        """Whether a comma alias ("Hong Kong, China") is two items of a list.

        An alias "A, B" whose tail B is itself a name is read as one name only when
        no list continues after it: "Japan, Hong Kong, China, Singapore" lists China.
        """
        if "," not in entry.norms:
            return False
        c = i + entry.norms.index(",") + 1
        if c >= j:
            return False
        tail = self.longest(text, toks, c) if (0, toks[c].key) in self.edges else None
        if tail is None or tail[0] != j:
            return False
        return _list_continues(toks, j)


def _list_continues(toks: _Toks, j: int) -> bool:
    """Whether a separator and another capitalised name follow ``toks[j]``."""
    n = len(toks)
    k = j
    while k < n and k - j < 2 and toks[k].key in (",", "and", "or", "&", ";"):
        k += 1
    if k == j:
        return False
    if k < n and toks[k].key == "the":
        k += 1
    return k < n and _is_cap_word(toks[k])


def _fits(text: str, toks: _Toks, i: int, entry: _Entry) -> bool:
    for k, alias_norm in enumerate(entry.norms):
        tok = toks[i + k]
        if not _case_ok(tok.norm, alias_norm):
            return False
        if k and not _gap_ok(text, toks, i + k, entry.glued[k]):
            return False
    return True


def _start_ok(toks: _Toks, i: int) -> bool:
    """A match may not begin inside a word, except after a glued lower-case word."""
    tok = toks[i]
    if not (tok.word and tok.glued and i > 0 and toks[i - 1].word):
        return True
    prev = toks[i - 1].norm
    return len(prev) >= 2 and prev.islower()


def _end_ok(toks: _Toks, j: int) -> bool:
    """A match may not end inside a word ("Tik" of "TikTok")."""
    if j >= len(toks):
        return True
    nxt = toks[j]
    return not (nxt.word and nxt.glued and toks[j - 1].word)


def _inside_company(toks: _Toks, i: int, j: int) -> bool:
    """Whether ``toks[i:j]`` stands inside a company's name: a capitalised word before it
    and a legal form after it ("Dayforce Canada Ltd.", "Acme UK Limited")."""
    if not (i > 0 and j < len(toks)):
        return False
    before, after = toks[i - 1], toks[j]
    return (
        _is_cap_word(before)
        and not toks[i].brk
        and after.word
        and not after.brk
        and after.norm.rstrip(".") in data.COMPANY_SUFFIXES
    )


def _seam_at(toks: _Toks, j: int) -> bool:
    """Whether ``toks[j]`` is glued to the word before it at a camel seam."""
    return (
        0 < j < len(toks)
        and toks[j].glued
        and toks[j].word
        and toks[j - 1].word
        and _camel_seam(toks[j - 1].norm, toks[j].norm)
    )


def _camel_seam(left: str, right: str) -> bool:
    """Whether two glued words are two names run together by a scrape that lost the
    separator ("United StatesBulgaria", "ItalyJapan"): long words, lower case meeting a
    capital. Short halves ("TikTok", "OpenAI") stay one word."""
    return (
        len(left) >= 4
        and len(right) >= 4
        and left[-1].islower()
        and right[0].isupper()
        and right[1:2].islower()
    )


# -- the gazetteer ----------------------------------------------------------------------


class _Hit(NamedTuple):
    i: int
    j: int
    actor: Actor
    via: str
    contextual: bool


_COUNTRY_RE: Final = re.compile(r"[A-Z]{2}")
_LIST_GAPS: Final = frozenset(
    {
        ",",
        "and",
        ", and",
        "&",
        "/",
        "or",
        ", or",
        ";",
        "",
        "•",
        "-",
        "*",
        "·",
        "–",
        "—",
        "and the",
        ", and the",
        ", the",
        "or the",
    }
)
"""What may stand between two names of a list (spaces and line breaks collapsed)."""
_GOV_MODIFIERS: Final = frozenset({"federal", "national", "central", "respective", "state"})
_OFFICIAL_PLURALS: Final = frozenset(
    {"ministers", "secretaries", "leaders", "delegations", "negotiators"}
)
"""Plural officials whom coordinated demonyms name by country ("Polish ministers")."""
_PORTFOLIO_REACH: Final = 4


class Gazetteer:
    """Known actors and their aliases, matched in one pass over a text.

    Add actors with :meth:`add`, load a JSON file with :meth:`load`, or start from
    :func:`default_gazetteer` (call :meth:`copy` on it before adding, since it is shared).
    Matching cost per character does not depend on how many actors there are.
    """

    def __init__(self) -> None:
        self._actors: list[Actor] = []
        self._index: dict[str, int] = {}
        self._trie = _Trie()
        self._demonyms = _Trie()
        self._demonym_codes: list[str] = []
        self._contextual: set[tuple[int, str]] = set()
        self._blocked: list[str] = []
        self._by_country: dict[str, int] = {}

    # building

    def add(
        self,
        name: str,
        kind: ActorKind | str,
        *,
        country: str | None = None,
        aliases: Iterable[str] = (),
        contextual: Iterable[str] = (),
    ) -> None:
        """Add an actor (or more aliases to a known one) under its canonical ``name``.

        ``contextual`` aliases match only where the context makes them clear (see the
        module docstring); the canonical name and ``aliases`` always match.
        """
        kind = ActorKind(kind)
        if not name.strip():
            raise ValueError("an actor needs a non-empty name")
        if country is not None:
            country = country.upper()
            if not _COUNTRY_RE.fullmatch(country):
                raise ValueError(f"country must be an ISO 3166-1 alpha-2 code, got {country!r}")
        aliases = tuple(aliases)
        contextual = tuple(contextual)
        idx = self._index.get(name)
        if idx is None:
            idx = len(self._actors)
            self._index[name] = idx
            self._actors.append(Actor(name, kind, country, ()))
        old = self._actors[idx]
        merged = tuple(a for a in dict.fromkeys([*old.aliases, *aliases, *contextual]) if a != name)
        self._actors[idx] = Actor(name, kind, country or old.country, merged)
        if kind is ActorKind.GOVERNMENT and country and country not in self._by_country:
            self._by_country[country] = idx
        for phrase in (name, *aliases, *contextual):
            self._trie.add(phrase, idx)
        for phrase in contextual:
            self._contextual.add((idx, phrase))
        for phrase in aliases:
            self._contextual.discard((idx, phrase))

    def add_demonym(self, demonym: str, country: str) -> None:
        """Teach a demonym ("German") for government phrases of ``country`` (alpha-2)."""
        self._demonyms.add(demonym, len(self._demonym_codes))
        self._demonym_codes.append(country)

    def block(self, phrase: str) -> None:
        """Make ``phrase`` match nothing, so no shorter alias matches inside it."""
        self._trie.add(phrase, -1)
        self._blocked.append(phrase)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, base: Gazetteer | None = None) -> Gazetteer:
        """A gazetteer from a JSON file, added on top of a copy of ``base`` if given.

        The file holds a list of actors, or an object ``{"actors": [...], "blocked":
        [...], "demonyms": {"German": "DE"}}``; each actor is an object with ``name``,
        ``kind`` and optional ``country``, ``aliases`` and ``contextual``.
        """
        source = os.fspath(path)
        try:
            with open(source, encoding="utf-8") as fh:
                raw = json.load(fh)
        except (OSError, ValueError) as exc:
            raise LoadError(f"cannot read actor file: {exc}", source=source) from exc
        gaz = base.copy() if base is not None else cls()
        gaz.update(raw, source=source)
        return gaz

    def update(self, raw: Any, *, source: str | None = None) -> None:
        """Add actors from decoded JSON data (the shape :meth:`load` reads)."""
        items = raw.get("actors", []) if isinstance(raw, dict) else raw
        if not isinstance(items, list):
            raise LoadError("expected a list of actors", source=source)
        for n, item in enumerate(items):
            try:
                self.add(
                    str(item["name"]),
                    ActorKind(item.get("kind", "other")),
                    country=item.get("country"),
                    aliases=[str(a) for a in item.get("aliases", ())],
                    contextual=[str(a) for a in item.get("contextual", ())],
                )
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise LoadError(f"actors[{n}]: {exc}", source=source) from exc
        if isinstance(raw, dict):
            for phrase in raw.get("blocked", ()):
                self.block(str(phrase))
            for demonym, code in dict(raw.get("demonyms", {})).items():
                self.add_demonym(str(demonym), str(code))

    def to_data(self) -> dict[str, Any]:
        """The gazetteer as JSON-ready data, in the shape :meth:`load` reads back."""
        actors: list[dict[str, Any]] = []
        for idx, actor in enumerate(self._actors):
            ctx = [a for a in (actor.name, *actor.aliases) if (idx, a) in self._contextual]
            item: dict[str, Any] = {"name": actor.name, "kind": actor.kind.value}
            if actor.country is not None:
                item["country"] = actor.country
            plain = [a for a in actor.aliases if a not in ctx]
            if plain:
                item["aliases"] = plain
            if ctx:
                item["contextual"] = ctx
            actors.append(item)
        demonyms = {e.alias: self._demonym_codes[e.target] for e in self._demonyms.entries()}
        return {"actors": actors, "blocked": list(self._blocked), "demonyms": demonyms}

    def copy(self) -> Gazetteer:
        """An independent gazetteer with the same content."""
        new = Gazetteer()
        for actor in self._actors:
            idx = self._index[actor.name]
            ctx = [a for a in (actor.name, *actor.aliases) if (idx, a) in self._contextual]
            plain = [a for a in actor.aliases if a not in ctx]
            new.add(actor.name, actor.kind, country=actor.country, aliases=plain, contextual=ctx)
        for phrase in self._blocked:
            new.block(phrase)
        for entry in self._demonyms.entries():
            new.add_demonym(entry.alias, self._demonym_codes[entry.target])
        return new

    # looking up

    def get(self, name: str) -> Actor | None:
        """The actor with canonical ``name``, if known."""
        idx = self._index.get(name)
        return None if idx is None else self._actors[idx]

    def country_actor(self, code: str) -> Actor | None:
        """The government actor of ISO alpha-2 ``code``, if known."""
        idx = self._by_country.get(code.upper())
        return None if idx is None else self._actors[idx]

    def department_of(self, mention: ActorMention) -> Actor | None:
        """The country a government department acts for ("the Department of Commerce",
        "the Ministry of Defence of Germany"), or ``None`` for any other mention
        (regulators and police act for themselves)."""
        if not mention.country or not (
            mention.kind is ActorKind.AGENCY
            or (mention.kind is ActorKind.GOVERNMENT and mention.via == "pattern")
        ):
            return None
        low = mention.name.lower()
        if data.DEPARTMENT_WORDS.isdisjoint(low.split()) and "international development" not in low:
            return None
        return self.country_actor(mention.country)

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, name: object) -> bool:
        return name in self._index

    def __iter__(self) -> Iterator[Actor]:
        return iter(list(self._actors))

    def find(self, text: str) -> list[ActorMention]:
        """Every actor mention in ``text``: one pass, longest match, case-aware."""
        with _reading(text) as toks:
            return [_mention(text, toks, h) for h in self._hits(text, toks)]

    def _hits(self, text: str, toks: _Toks, *, resolve: bool = True) -> list[_Hit]:
        hits: list[_Hit] = []
        n = len(toks)
        edges = self._trie.edges
        demonym_edges = self._demonyms.edges
        no_demonyms_before = 0
        # only a token some name or demonym begins with can start a hit
        firsts, demonym_firsts = self._trie.firsts, self._demonyms.firsts
        cands = [k for k, t in enumerate(toks) if t.key in firsts or t.key in demonym_firsts]
        c = 0
        i = 0
        while True:
            c = _next_candidate(cands, c, i)
            if c == len(cands):
                break
            i = cands[c]
            key = (0, toks[i].key)
            if not (_start_ok(toks, i) or (_seam_at(toks, i) and bool(hits) and hits[-1].j == i)):
                i += 1
                continue
            if i >= no_demonyms_before and key in demonym_edges:
                got, resume = self._demonym_run(text, toks, i)
                if got:
                    hits.extend(got)
                    i = resume
                    continue
                no_demonyms_before = resume
            m = self._trie.longest(text, toks, i) if (0, toks[i].key) in edges else None
            if m is None:
                i += 1
                continue
            j, entry = m
            if entry.target < 0:
                i = j
                continue
            if (
                entry.alias in data.AMBIGUOUS_PERSON_NAMES
                and j < n
                and _is_cap_word(toks[j])
                and not toks[j].glued
                and not toks[j].brk  # a name on the next line is the next list item
                and toks[j].norm not in data.NON_NAME_WORDS
            ):
                i += 1
                continue
            actor = self._actors[entry.target]
            if actor.kind is ActorKind.GOVERNMENT and _inside_company(toks, i, j):
                i = j  # "Dayforce Canada Ltd.": a company's name, not the country
                continue
            contextual = (entry.target, entry.alias) in self._contextual
            if (
                actor.kind is ActorKind.COMPANY
                and not contextual
                and j < n
                and toks[j].norm in data.COMPANY_GROUP_HEADS
                and not toks[j].glued
                and not toks[j].brk
            ):
                j += 1  # "Sony Group": a longer name of its own
                actor = Actor(_text_of(text, toks, i, j), ActorKind.COMPANY, actor.country, ())
            hits.append(_Hit(i, j, actor, "gazetteer", contextual))
            i = j
        return _resolve_contextual(text, toks, hits) if resolve else hits

    def _demonym_before(self, text: str, toks: _Toks, i: int) -> _Hit | None:
        """The country of a demonym ending just before ``toks[i]``, if any."""
        for s in range(max(0, i - 3), i):
            m = self._demonyms.longest(text, toks, s)
            if m is not None and m[0] == i:
                actor = self.country_actor(self._demonym_codes[m[1].target])
                if actor is not None:
                    return _Hit(s, i, actor, "demonym", False)
        return None

    def _demonym_run(self, text: str, toks: _Toks, i: int) -> tuple[list[_Hit], int]:
        """Demonyms listed before a government noun, and where to look next.

        Without a government noun the result is ``([], end of the run)``: every
        demonym inside the run ends at the same place, so none needs trying again.
        """
        found: list[tuple[int, int, str]] = []
        k = i
        n = len(toks)
        while k < n:
            m = self._demonyms.longest(text, toks, k)
            if m is None:
                break
            j, entry = m
            found.append((k, j, self._demonym_codes[entry.target]))
            k = j
            skipped = 0
            while k < n and toks[k].key in (",", "and", "or", "&") and skipped < 2:
                k += 1
                skipped += 1
            if skipped == 0:
                break
        if not found:
            return [], i
        k = found[-1][1]
        while k < n and toks[k].key in _GOV_MODIFIERS:
            k += 1
        if k < n and toks[k].key not in data.GOVERNMENT_NOUNS:
            # "Polish ministers", "the UK and Polish Foreign and Defence secretaries"
            p = k
            while (
                p < n
                and p - k < _PORTFOLIO_REACH
                and (
                    _is_cap_word(toks[p])
                    or toks[p].norm.capitalize() in data.PORTFOLIO_WORDS  # "defence ministers"
                    or (p > k and toks[p].key == "and")
                )
            ):
                p += 1
            if p < n and toks[p].key in _OFFICIAL_PLURALS and toks[p - 1].key != "and":
                k = p
        if k >= n or (
            toks[k].key not in data.GOVERNMENT_NOUNS and toks[k].key not in _OFFICIAL_PLURALS
        ):
            return [], found[-1][1]  # no later demonym of this run can do better
        hits: list[_Hit] = []
        for s, e, code in found:
            actor = self.country_actor(code)
            if actor is not None:
                hits.append(_Hit(s, e, actor, "demonym", False))
        return hits, k + 1


def _resolve_contextual(text: str, toks: _Toks, hits: list[_Hit]) -> list[_Hit]:
    if not any(h.contextual for h in hits):
        return hits
    named = {h.actor.name for h in hits if not h.contextual}
    keep: list[_Hit] = []
    for n, h in enumerate(hits):
        if not h.contextual or (
            h.actor.name in named and toks[h.i].norm not in data.NUMBER_WORD_ALIASES
        ):
            keep.append(h)
            continue
        if h.i > 0 and toks[h.i - 1].key in data.CONTEXT_CUE_WORDS:
            keep.append(h)
            continue
        neighbours = []
        if n > 0:
            neighbours.append((hits[n - 1], h))
        if n + 1 < len(hits):
            neighbours.append((h, hits[n + 1]))
        for a, b in neighbours:
            other = b if a is h else a
            if other.actor.kind not in (ActorKind.COMPANY, ActorKind.NGO):
                continue
            gap = " ".join(text[_end(toks, a.j - 1) : _start(toks, b.i)].split())
            if gap in _LIST_GAPS:
                keep.append(h)
                break
    return keep


def _mention(text: str, toks: _Toks, h: _Hit, **extra: Any) -> ActorMention:
    return ActorMention(
        start=_start(toks, h.i),
        end=_end(toks, h.j - 1),
        name=h.actor.name,
        kind=h.actor.kind,
        country=h.actor.country,
        via=h.via,
        **extra,
    )


# -- the default gazetteer ----------------------------------------------------------------


def _country_names(country: Any) -> tuple[str, list[str]]:
    code: str = country.alpha_2
    iso_names = [
        str(n)
        for n in (
            getattr(country, "name", None),
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        )
        if n
    ]
    canonical = data.COUNTRY_NAMES.get(code) or (
        getattr(country, "common_name", None) or country.name
    )
    aliases: list[str] = []
    for n in iso_names:
        if "," in n or "(" in n:
            # tables of parties write the inverted ISO form, bare or in parentheses:
            # "Korea, Democratic People's Republic of", "Congo (the Democratic Republic
            # of the)"; without them "Korea" alone would name the wrong state
            aliases.append(n)
            head, _, tail = n.partition(", ")
            if tail:
                aliases.append(f"{head} ({tail})")
                if tail.startswith("The "):
                    aliases.extend((f"{head}, t{tail[1:]}", f"{head} (t{tail[1:]})"))
            continue
        aliases.append(n)
        if n.lower().startswith("the "):
            aliases.append(n[4:])
    aliases.extend(data.COUNTRY_ALIASES.get(code, ()))
    # "Trinidad & Tobago", "Bosnia & Herzegovina"
    aliases.extend([a.replace(" and ", " & ") for a in (canonical, *aliases) if " and " in a])
    return canonical, [a for a in dict.fromkeys(aliases) if a != canonical]


def _un_variants(names: Iterable[str]) -> list[str]:
    """ "United Nations Office on ..." also written "UN Office on ...", and back."""
    out: list[str] = []
    for n in names:
        padded = f" {n} "
        if " United Nations " in padded:
            out.append(padded.replace(" United Nations ", " UN ").strip())
        elif " UN " in padded:
            out.append(padded.replace(" UN ", " United Nations ").strip())
    return [v for v in out if v not in names]


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The package's gazetteer: ISO 3166 countries and the actors of this field.

    Shared and cached: call :meth:`Gazetteer.copy` before adding to it.
    """
    gaz = Gazetteer()
    for country in pycountry.countries:
        canonical, aliases = _country_names(country)
        gaz.add(canonical, ActorKind.GOVERNMENT, country=country.alpha_2, aliases=aliases)
    for alpha_2, (name, extra) in data.EXTRA_COUNTRIES.items():
        gaz.add(name, ActorKind.GOVERNMENT, country=alpha_2, aliases=extra)
    for parent, regions in data.SUBNATIONAL.items():
        for region in regions:
            gaz.add(region, ActorKind.GOVERNMENT, country=parent)
    for name, kind, code, forms in data.OTHER_ACTORS:
        forms = (*forms, *_un_variants((name, *forms)))
        plain = [a for a in forms if a not in data.CONTEXTUAL_ALIASES]
        ctx = [a for a in (name, *forms) if a in data.CONTEXTUAL_ALIASES]
        gaz.add(name, ActorKind(kind), country=code, aliases=plain, contextual=ctx)
    for phrase in data.BLOCKED_PHRASES:
        gaz.block(phrase)
    for demonym, code in data.DEMONYMS.items():
        gaz.add_demonym(demonym, code)
    return gaz


# -- article level ------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _titles() -> _Trie:
    """The titles that introduce people, as they are and (mostly) in lower case."""
    trie = _Trie()
    for n, title in enumerate(data.TITLES):
        trie.add(title, n)
        if (title not in data.HONORIFICS and " " in title) or title in data.LOWER_CASE_TITLES:
            trie.add(title.lower(), n)  # "its chief executive, Dan Hughes"
    return trie


def _name_word(tok: _Tok) -> bool:
    return (
        _is_cap_word(tok)
        and len(tok.norm) > 1
        and not tok.norm.isupper()
        and tok.norm not in data.NON_NAME_WORDS
    )


def _elided_prefix(toks: _Toks, i: int) -> bool:
    """Whether ``toks[i]`` is the "O" of "O'Callaghan" (or "D'", "L'", "M'")."""
    return (
        i + 2 < len(toks)
        and toks[i].norm in ("O", "D", "L", "M")
        and toks[i + 1].norm == "'"
        and toks[i + 1].glued
        and toks[i + 2].glued
        and _name_word(toks[i + 2])
    )


_MIDDLE_INITIAL: Final = re.compile(r" [A-Z]\. (?=[A-Z])")
"""A middle initial, left out of the canonical name ("Alejandro N. Mayorkas")."""


def _name_at(toks: _Toks, i: int, *, max_words: int = 5) -> int:
    """End of a person's name starting at ``toks[i]`` (``i`` when there is none)."""
    n = len(toks)
    j = i
    words = 0
    while j < n and words < max_words:
        tok = toks[j]
        if j > i and tok.brk:
            break
        if j > i and not tok.glued and toks[j - 1].norm in ("'", "-"):
            break
        if _elided_prefix(toks, j) and not (j > i and tok.glued):
            words += 1
            j += 3
            continue
        if (
            j == i
            and j + 2 < n
            and len(tok.norm) == 1
            and tok.norm.isupper()
            and toks[j + 1].norm == "."
            and toks[j + 1].glued
            and not toks[j + 2].brk
            and _name_word(toks[j + 2])
        ):
            j += 2  # an initial opens the name: "S. Rajan"
            continue
        if (
            words
            and j + 2 < n
            and len(tok.norm) == 1
            and tok.norm.isupper()
            and toks[j + 1].norm == "."
            and _name_word(toks[j + 2])
        ):
            j += 2  # a middle initial: "Alejandro N. Mayorkas"
            continue
        if _name_word(tok):
            if j > i and tok.glued and toks[j - 1].word:
                if toks[j - 1].norm not in data.CAMEL_NAME_PREFIXES:
                    break
                j += 1  # "McEntee": one word
                continue
            words += 1
            j += 1
            # O'Brien, Inman-Grant, Ko Wing-man
            if (
                j + 1 < n
                and toks[j].norm in ("'", "-")
                and toks[j].glued
                and toks[j + 1].glued
                and (
                    _is_cap_word(toks[j + 1])
                    or (
                        toks[j].norm == "-"
                        and toks[j + 1].norm.isalpha()
                        and toks[j + 1].norm.islower()
                        and len(toks[j + 1].norm) <= 4
                    )
                )
            ):
                j += 2
            continue
        if j > i and tok.word and tok.norm in data.NAME_PARTICLES:
            k = j
            while k < n and k - j < 3 and toks[k].word and toks[k].norm in data.NAME_PARTICLES:
                k += 1
            if k < n and _is_cap_word(toks[k]) and toks[k].norm not in data.NON_NAME_WORDS:
                j = k
                continue
        break
    if j > i and not toks[j - 1].word:
        j -= 1
    return j


def _name_before(toks: _Toks, j: int) -> int:
    """Start of a two-to-four-word name ending just before ``toks[j]`` (``j`` if none)."""
    orig = j
    i = j
    while i > 0 and j - i < 2 and toks[i - 1].word and toks[i - 1].norm.isupper():
        i -= 1  # post-nominals: "OBE", "KC"
    words = 0
    while i > 0 and words < 4:
        tok = toks[i - 1]
        if i < orig and toks[i].brk:
            break
        if _name_word(tok):
            words += 1
            i -= 1
        elif tok.word and tok.norm in data.NAME_PARTICLES and words:
            i -= 1
        else:
            break
    while i < orig and not _is_cap_word(toks[i]):
        i += 1
    return i if words >= 2 else orig


def _text_of(text: str, toks: _Toks, i: int, j: int) -> str:
    return " ".join(text[_start(toks, i) : _end(toks, j - 1)].split())


_INITIAL_OPENS_NAME: Final = frozenset({"and", "&", "for", "of", ","})
"""Words after which a capitalised word is the portfolio's last, so an initial after it
opens the name."""


class _PersonHit(NamedTuple):
    i: int
    j: int
    person: Person
    via: str


def _second_title(text: str, toks: _Toks, k: int, trie: _Trie) -> bool:
    """Whether a second official begins at ``toks[k]``, just after "and" or a comma in
    a portfolio: a title ("... and Deputy Secretary of Defense") or a party's
    possessive ("... and Singapore's Minister")."""
    if trie.longest(text, toks, k) is not None:
        return True
    m = k + 1
    while m < len(toks) and m - k < 4 and _is_cap_word(toks[m]) and not toks[m].brk:
        m += 1
    return m + 1 < len(toks) and toks[m].norm == "'" and toks[m + 1].key == "s"


def _portfolio_end(text: str, toks: _Toks, j: int, trie: _Trie) -> int:
    """End of a minister's portfolio ("Industry and Science") starting at ``toks[j]``;
    it ends before "and" or a comma that introduces a second official."""
    n = len(toks)
    while j < n and not toks[j].brk:
        tok = toks[j]
        nxt = toks[j + 1] if j + 1 < n and not toks[j + 1].brk else None
        if _elided_prefix(toks, j):
            j += 3  # "O'Callaghan"
            continue
        if (
            len(tok.norm) == 1
            and tok.norm.isupper()
            and nxt is not None
            and nxt.norm == "."
            and _name_word(toks[j - 1])
        ):
            if toks[j - 1].norm in data.PORTFOLIO_WORDS or (
                j >= 2 and toks[j - 2].key in _INITIAL_OPENS_NAME
            ):
                return j  # "Communications and Information S. Rajan": an initial opens it
            return j - 1  # "Homeland Security Alejandro N. Mayorkas": the name began
        if (
            tok.key in ("and", ",")
            and nxt is not None
            and _is_cap_word(nxt)
            and _second_title(text, toks, j + 1, trie)
        ):
            break
        if _is_cap_word(tok) or (
            nxt is not None
            and _is_cap_word(nxt)
            and (
                tok.key in data.PORTFOLIO_CONNECTORS
                or tok.key in data.NAME_PARTICLES
                or tok.norm == ","
            )
        ):
            j += 1
            continue
        break
    return j


def _represented(
    text: str,
    toks: _Toks,
    where: tuple[int, int, int],
    portfolio: bool,
    role: str,
    hits: tuple[dict[int, _Hit], set[int], dict[int, _Hit]],
    gaz: Gazetteer,
) -> tuple[_Hit | None, str, int]:
    """Whom the title at ``toks[i:title_end]`` serves (the actor hit), the role as written,
    and where the person's name may begin. ``where`` is (title start, end of the title's
    head words, end of the title); ``hits`` are the actor hits by end, the tokens inside
    a hit, and the hits by start."""
    i, j, title_end = where
    ends, ends_inside, starts = hits
    n = len(toks)
    # represents: an actor just before the title, or the title itself is an actor,
    # or "... of the IWF" after it
    rep: _Hit | None = ends.get(i)
    if rep is None and portfolio:
        # "Minister of Digital Economy of Senegal": the place ends the portfolio
        k = title_end - 2
        while k >= j and toks[k].key != "of":
            k -= 1
        place = _place_at(toks, k + 1, starts) if k >= j else None
        if place is not None and place.j == title_end and place.actor.kind is ActorKind.GOVERNMENT:
            rep = place
            role = _text_of(text, toks, i, k)
    if rep is None and i >= 2 and toks[i - 1].key == "s" and toks[i - 2].norm == "'":
        rep = ends.get(i - 2)
    if rep is None:
        same = ends.get(title_end)
        if same is not None and same.i <= i:
            rep = same
    if rep is None:
        rep = gaz._demonym_before(text, toks, i)  # "French President Emmanuel Macron"
    if rep is None:
        # "US Homeland Security Secretary": a portfolio before the title, an actor before it
        k = i
        while (
            k > 0
            and i - k < 3
            and not toks[k].brk
            and _is_cap_word(toks[k - 1])
            and toks[k - 1].norm not in data.ORGANISATION_STOP_WORDS
            and k - 1 not in ends_inside
        ):
            k -= 1
        if k < i and k in ends:
            rep = ends[k]
            role = _text_of(text, toks, k, title_end)
        elif k < i and k >= 2 and toks[k - 1].key == "s" and toks[k - 2].norm == "'":
            rep = ends.get(k - 2)  # "Peru's Water Minister Luis Soto"
        elif k + 1 < i:
            rep = gaz._demonym_before(text, toks, k + 1)  # "Chilean Water Minister Ana Ruiz"
            if rep is not None:
                role = _text_of(text, toks, k + 1, title_end)
    after = title_end
    if rep is None and after < n and toks[after].key in ("of", "at"):
        k = after + 1 + (after + 1 < n and toks[after + 1].key == "the")
        if k in starts:
            rep = starts[k]
            after = rep.j
    return rep, role, after


def _named_after(
    text: str,
    toks: _Toks,
    where: tuple[int, int, int, int],
    portfolio: bool,
    role: str,
    heading: set[int],
) -> tuple[int, int, str]:
    """Where the name of the person a title introduces lies (start == end when none), and
    the role as written: after the title, in brackets or after a comma, or as the last
    words of a portfolio ("Minister for Science and Technology Ann Lee said").
    ``where`` is (title start, end of the title's head words, end of the title, where
    the name may begin)."""
    i, j, title_end, after = where
    n = len(toks)
    name_start, name_end = after, after
    commas = [k for k in range(j, title_end) if toks[k].norm == ","] if portfolio else []
    split = _name_at(toks, commas[-1] + 1) if commas else -1
    if commas and split == title_end and _word_count(toks, commas[-1] + 1, split) >= 2:
        # "Minister for Industry and Science, Ed Husic said"
        name_start, name_end = commas[-1] + 1, split
        role = _text_of(text, toks, i, commas[-1])
    elif after < n and toks[after].brk:
        if i > 0 and not toks[i].brk:
            # a wrapped line: "... Health, Dr\nPeter Walsh, today signed"
            e = _name_at(toks, after)
            if (
                _word_count(toks, after, e) >= 2
                and e < n
                and not toks[e].brk
                and (toks[e].norm in (",", ")") or toks[e].norm.islower())
            ):
                name_end = e
    elif after < n and toks[after].norm == "(":
        name_start = after + 1
        name_end = _name_at(toks, name_start) if name_start < n else name_start
        if name_end >= n or toks[name_end].norm != ")":
            name_end = name_start
    elif after < n and toks[after].norm == ",":
        name_start = after + 1
        name_end = _name_at(toks, name_start) if name_start < n else name_start
        if _word_count(toks, name_start, name_end) < 2:
            name_end = name_start
    elif after < n:
        name_end = _name_at(toks, name_start)
    if (
        name_end == name_start
        and portfolio
        and (
            after >= n
            or toks[after].norm != ","
            or after + 1 >= n
            or not _name_word(toks[after + 1])  # "..., sets out": no name after the comma
        )
    ):
        # no comma after the name: it is the last two capitalised words of the portfolio
        # ("Minister for Science, Innovation and Technology Ann Lee said")
        caps = [
            k
            for k in range(j, title_end)
            if _is_cap_word(toks[k])
            and not (k >= 2 and _elided_prefix(toks, k - 2))
            and not (toks[k].glued and toks[k - 1].norm in data.CAMEL_NAME_PREFIXES)
        ]  # "O'Callaghan" and "McAllister" are one word each
        if (
            len(caps) >= 3
            and all(_name_word(toks[k]) or _elided_prefix(toks, k) for k in caps[-2:])
            and toks[caps[-1]].norm not in data.PORTFOLIO_WORDS  # "... and Family Services"
            and all(
                toks[k].norm in data.NAME_PARTICLES
                for k in range(caps[-2] + 1, caps[-1])
                if toks[k].norm != "'"
            )
            and toks[caps[-2] - 1].norm not in (",", "(")
        ):
            name_start, name_end = caps[-2], title_end
            role = _text_of(text, toks, i, _trim_connectors(toks, i, caps[-2]))
    if (
        name_end > name_start
        and name_start in heading
        and name_end < n
        and not toks[name_end].brk
        and toks[name_end].norm not in (",", ":", ";", "(", ")")
    ):
        name_end = name_start  # "Minister Welcomes New Research Centre Funding Plan"
    return name_start, name_end, role


def _find_people(
    text: str,
    toks: _Toks,
    hits: Sequence[_Hit],
    heading: set[int],
    gaz: Gazetteer,
    authors: Sequence[str] = (),
) -> tuple[list[_PersonHit], dict[str, Person]]:
    trie = _titles()
    by_author_surname = _author_surnames(authors)
    ends = {h.j: h for h in hits}
    ends_inside = {k for h in hits for k in range(h.i, h.j)}
    starts = {h.i: h for h in hits}
    people: dict[str, Person] = {}
    by_role: dict[str, Person] = {}
    surnames: dict[tuple[str, ...], Person] = {}
    """Trailing words of introduced names ("Grant", "Inman Grant") -> the person."""
    out: list[_PersonHit] = []
    n = len(toks)
    firsts = trie.firsts
    cands = [k for k, t in enumerate(toks) if t.key in firsts]  # where a title may begin
    c = 0
    i = 0
    while True:
        c = _next_candidate(cands, c, i)
        if c == len(cands):
            break
        i = cands[c]
        m = trie.longest(text, toks, i)
        if m is None:
            i += 1
            continue
        j, entry = m
        while (
            j + 1 < n
            and toks[j].norm == "-"
            and toks[j].glued
            and toks[j + 1].glued
            and toks[j + 1].norm.isalpha()
            and toks[j + 1].norm.islower()
        ):
            j += 2  # "Minister-in-charge of", "President-elect"
        title_end = j
        portfolio = entry.norms[-1] in ("for", "of")
        if (
            not portfolio
            and j + 1 < n
            and toks[j].key in ("for", "of")
            and _is_cap_word(toks[j + 1])
            and j + 1 not in starts
        ):
            portfolio, j = True, j + 1  # "Secretary of Homeland Security Jane Doe"
        if portfolio:
            title_end = _portfolio_end(text, toks, j, trie)
            if title_end == j:
                i = j
                continue
        role = _text_of(text, toks, i, title_end)
        rep, role, after = _represented(
            text, toks, (i, j, title_end), portfolio, role, (ends, ends_inside, starts), gaz
        )
        rep_name = rep.actor.name if rep is not None else _title_country(gaz, entry.alias)
        rep_name = data.OFFICIALS_ACT_FOR.get(rep_name, rep_name) if rep_name else rep_name
        name_start, name_end, role = _named_after(
            text, toks, (i, j, title_end, after), portfolio, role, heading
        )
        person: Person | None = None
        known_by_surname = (
            surnames.get(tuple(t.norm for t in toks[name_start:name_end] if t.word))
            if name_end > name_start
            else None
        )
        if known_by_surname is not None:
            # "Mr Sunak" after "Prime Minister Rishi Sunak": the same person
            out.append(_PersonHit(name_start, name_end, known_by_surname, "person"))
            i = name_end
            continue
        if name_end > name_start:
            name = _MIDDLE_INITIAL.sub(" ", _text_of(text, toks, name_start, name_end))
            if by_author_surname:
                # "Minister Wells" in a release whose byline is "Anika Wells"
                words = tuple(t.norm for t in toks[name_start:name_end] if t.word)
                name = by_author_surname.get(words, name)
            person = Person(name, role, rep_name, _start(toks, name_start))
            out.append(_PersonHit(name_start, name_end, person, "person"))
            i = name_end
        else:
            # "Suella Braverman, the Home Secretary", "Jane Doe, the Transport Minister"
            k = i
            while k > 0 and i - k < 3 and not toks[k].brk and _name_word(toks[k - 1]):
                k -= 1
            k = k - 1 if k > 0 and toks[k - 1].key == "the" else k
            if rep is not None and rep.i < i:
                k = rep.i - 1 if rep.i > 0 and toks[rep.i - 1].key == "the" else rep.i
            if k > 0 and toks[k - 1].norm == ",":
                s = _name_before(toks, k - 1)
                if s < k - 1 and s not in ends_inside:  # not "Inter-American Development Bank"
                    e = _name_at(toks, s)
                    name = _text_of(text, toks, s, e)
                    person = Person(name, role, rep_name, _start(toks, s))
                    out.append(_PersonHit(s, e, person, "person"))
            if person is None:
                known = by_role.get(role.casefold())
                if known is not None and not (rep is not None and rep.j == title_end):
                    out.append(_PersonHit(i, title_end, known, "title"))
            i = title_end
        if person is not None:
            known_person = people.get(person.name)
            if known_person is None:
                people[person.name] = person
            else:
                # a second introduction fills in what the first left out
                if known_person.role in data.HONORIFICS and role not in data.HONORIFICS:
                    known_person = attrs.evolve(known_person, role=role)
                if known_person.represents is None and person.represents is not None:
                    known_person = attrs.evolve(known_person, represents=person.represents)
                people[person.name] = known_person
            if role not in data.HONORIFICS:
                by_role[role.casefold()] = people[person.name]
            words = tuple(t.norm for t in _tokenize(person.name) if t.word)
            for k in range(1, len(words)):
                surnames.setdefault(words[k:], people[person.name])
    _post_nominal_people(text, toks, out, people, ends_inside)
    return out, people


def _post_nominal_people(
    text: str,
    toks: _Toks,
    out: list[_PersonHit],
    people: dict[str, Person],
    ends_inside: set[int],
) -> None:
    """People named with no title but with post-nominal letters ("Jane Ellison MP")."""
    taken = {k for h in out for k in range(h.i, h.j)}
    found = False
    for k, tok in enumerate(toks):
        if tok.norm not in data.POST_NOMINALS or k < 2 or tok.brk or k - 1 in taken:
            continue
        s = _name_before(toks, k)
        if s >= k or s in ends_inside or k - 1 in ends_inside or _word_count(toks, s, k) < 2:
            continue
        name = _text_of(text, toks, s, k)
        person = people.setdefault(name, Person(name, None, None, _start(toks, s)))
        out.append(_PersonHit(s, k, person, "person"))
        taken.update(range(s, k))
        found = True
    if found:
        out.sort(key=lambda h: h.i)


def _title_country(gaz: Gazetteer, title: str) -> str | None:
    """The country a title alone names ("Home Secretary": United Kingdom), if any."""
    code = data.TITLE_COUNTRIES.get(title)
    actor = gaz.country_actor(code) if code else None
    return actor.name if actor is not None else None


def _author_surnames(authors: Sequence[str]) -> dict[tuple[str, ...], str]:
    """Trailing words of the article's authors who look like people -> the full name."""
    out: dict[tuple[str, ...], str] = {}
    for author in authors:
        toks = _tokenize(author)
        words = tuple(t.norm for t in toks if t.word)
        if not 2 <= len(words) <= 4 or not all(_name_word(t) for t in toks if t.word):
            continue
        if any(w in data.ORGANISATION_HEADS or w in data.COMPANY_SUFFIXES for w in words):
            continue
        for k in range(1, len(words)):
            out.setdefault(words[k:], author)
    return out


def _word_count(toks: _Toks, i: int, j: int) -> int:
    return sum(1 for t in toks[i:j] if t.word and t.norm[:1].isupper())


def _trim_connectors(toks: _Toks, i: int, j: int) -> int:
    while j > i + 1 and not _is_cap_word(toks[j - 1]):
        j -= 1
    return j


def _repeats(toks: _Toks, people: Mapping[str, Person], taken: bytearray) -> list[_PersonHit]:
    """Later mentions of introduced people by full name or surname."""
    if not people:
        return []
    names: dict[str, list[tuple[tuple[str, ...], Person]]] = {}
    for person in people.values():
        parts = tuple(t.norm for t in _tokenize(person.name) if t.word)
        if not parts:
            continue
        names.setdefault(parts[0], []).append((parts, person))
        if len(parts) >= 2:
            names.setdefault(parts[-1], []).append(((parts[-1],), person))
    out: list[_PersonHit] = []
    i = 0
    n = len(toks)
    while i < n:
        if taken[i] or not toks[i].word or toks[i].norm not in names:
            i += 1
            continue
        best: tuple[int, Person] | None = None
        for parts, person in names[toks[i].norm]:
            if _start(toks, i) <= person.start:
                continue
            j, k = i, 0
            while k < len(parts) and j < n and not taken[j]:
                if not toks[j].word:
                    j += 1
                    continue
                if toks[j].norm != parts[k]:
                    break
                j += 1
                k += 1
            if k == len(parts) and _end_ok(toks, j) and (best is None or j > best[0]):
                best = (j, person)
        if best is None:
            i += 1
            continue
        out.append(_PersonHit(i, best[0], best[1], "person"))
        i = best[0]
    return out


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper() or w[:1].isdigit())


_MAX_NAME_TOKENS: Final = 12
"""The longest name "(ABBR)" may define, in tokens."""


def _learn_abbreviations(
    text: str, toks: _Toks, hits: list[_Hit], gaz: Gazetteer
) -> tuple[dict[str, Actor], list[_Hit]]:
    """Abbreviations defined as "Full Name (ABBR)", and new actors defined that way."""
    learned: dict[str, Actor] = {}
    new_hits: list[_Hit] = []
    ends = {h.j: h for h in hits}
    n = len(toks)
    covered = bytearray(n + 1)
    for h in hits:
        covered[h.i : h.j] = b"\x01" * (h.j - h.i)
    for k in range(1, n - 2):
        if toks[k].norm != "(" or toks[k + 2].norm != ")":
            continue
        abbr_tok = toks[k + 1]
        abbr = abbr_tok.norm
        if not abbr_tok.word or len(abbr) < 2 or not any(c.isupper() for c in abbr):
            continue
        if sum(c.isupper() for c in abbr) < 2:
            continue  # "(Congo)", "(eSafety)": a name, not an abbreviation
        known = ends.get(k)
        if known is not None:
            if abbr not in known.actor.aliases and abbr != known.actor.name:
                learned.setdefault(abbr, known.actor)
            continue
        # a capitalised phrase whose initials spell the abbreviation
        s = k
        while s > max(0, k - _MAX_NAME_TOKENS) and (
            _is_cap_word(toks[s - 1])
            or (
                toks[s - 1].key in data.PORTFOLIO_CONNECTORS and s > 1 and _is_cap_word(toks[s - 2])
            )
        ):
            s -= 1
        while s < k and not _is_cap_word(toks[s]):
            s += 1
        words = [t.norm for t in toks[s:k] if t.word]
        caps = [w for w in words if w[:1].isupper()]
        letters = "".join(c for c in abbr if c.isupper() or c.isdigit())
        # the phrase may carry words in front of the name: trim from the left
        while len(caps) > len(letters) and words:
            first = words.pop(0)
            if first[:1].isupper():
                caps.pop(0)
            s += 1
            while s < k and not _is_cap_word(toks[s]):
                s += 1
        if not caps or s >= k or _initials(caps).upper() != letters.upper():
            continue
        kind = None
        for w in words:
            if w in data.ORGANISATION_WORDS:
                kind = data.ORGANISATION_WORDS[w]
        if kind is None or any(covered[s:k]):
            continue
        name = _text_of(text, toks, s, k)
        actor = gaz.get(name) or Actor(name, ActorKind(kind), None, (abbr,))
        learned.setdefault(abbr, actor)
        new_hits.append(_Hit(s, k, actor, "abbreviation", False))
    return learned, new_hits


def _title_case_lines(text: str, toks: _Toks) -> set[int]:
    """Token indices of lines written in Title Case (headings, not prose).

    A heading line has 4 to 20 words, at least 70% of them capitalised, and does not
    end with a full stop, colon, semicolon or comma.
    """
    out: set[int] = set()
    n = len(toks)
    starts = [0, *(k for k, t in enumerate(toks) if k and t.brk), n]
    for i, j in itertools.pairwise(starts):
        if j - i < 4 or toks[j - 1].norm in (".", ":", ";", ","):
            continue  # too short, or ends like prose: no need to count its words
        words = [t for t in toks[i:j] if t.word and t.norm[:1].isalpha()]
        caps = sum(1 for t in words if t.norm[:1].isupper())
        if 4 <= len(words) <= 20 and caps * 10 >= len(words) * 7:
            out.update(range(i, j))
    return out


def _pattern_organisations(
    text: str, toks: _Toks, taken: bytearray, heading: set[int], caps: Sequence[int]
) -> list[_Hit]:
    """Unknown organisations named by their form: "Acme Robotics Inc.", "Molly Trust".

    ``ORG := CAP+ (CONNECTOR CAP+)*`` with a company suffix as its last word, or an
    organisation head word ("Foundation", "Agency") followed only by connector
    phrases ("Centre for Child Protection"); at least two capitalised words; never on
    a Title Case line, never over a known mention.
    """
    out: list[_Hit] = []
    n = len(toks)
    cands = caps  # a name by form starts with a capitalised word
    c = 0
    i = 0
    while True:
        c = _next_candidate(cands, c, i)
        if c == len(cands):
            break
        i = cands[c]
        tok = toks[i]
        if (
            taken[i]
            or i in heading
            or tok.norm in data.ORGANISATION_STOP_WORDS
            or (tok.glued and i > 0 and toks[i - 1].word)
        ):
            i += 1
            continue
        j = i
        suffix_end = -1
        while j < n and not taken[j] and (j == i or not toks[j].brk):
            t = toks[j]
            if j > i and not t.glued and t.word:
                suffix_end = _suffix_at(toks, j)
                if suffix_end > 0:
                    break  # "Kestrel Robotics GmbH", "Vantor S.A."
            if (
                j > i
                and t.norm == "'"
                and t.glued
                and j + 1 < n
                and toks[j + 1].key == "s"
                and toks[j + 1].glued
                and not taken[j + 1]
                and j + 2 < n
                and _is_cap_word(toks[j + 2])
            ):
                j += 2  # "Brightpath Children's Trust"
                continue
            if (
                j > i
                and t.key in data.ORGANISATION_CONNECTORS
                and t.key not in ("and", "&", "the")
                and j + 2 < n
                and toks[j + 1].key == "the"
                and not taken[j + 2]
                and _is_cap_word(toks[j + 2])
                and toks[j + 2].norm not in data.ORGANISATION_STOP_WORDS
                and not toks[j + 2].brk
            ):
                j += 2  # "Ministry of the Interior"
                continue
            if (_is_cap_word(t) and not (j > i and t.glued and toks[j - 1].word)) or (
                j > i
                and t.key in data.ORGANISATION_CONNECTORS
                and not _ends_a_name(toks, j)
                and j + 1 < n
                and not taken[j + 1]
                and _is_cap_word(toks[j + 1])
                and toks[j + 1].norm not in data.ORGANISATION_STOP_WORDS
            ):
                j += 1
            else:
                break
        if suffix_end > 0 and not any(taken[j:suffix_end]):
            name = _text_of(text, toks, i, _trim_connectors(toks, i, j))
            out.append(
                _Hit(i, suffix_end, Actor(name, ActorKind.COMPANY, None, ()), "pattern", False)
            )
            i = suffix_end
            continue
        hit = _organisation_in(text, toks, i, j)
        split = _company_split(toks, hit) if hit is not None else -1
        if split >= 0:
            i = split + 1  # "Quellix and Tarrowind Labs": two names, the first one bare
        elif hit is not None:
            out.append(hit)
            i = hit.j
        else:
            i = max(j, i + 1)
    return out


def _suffix_at(toks: _Toks, p: int) -> int:
    """End of a company suffix spelt by the glued tokens at ``toks[p]`` ("GmbH", "S.A."), or -1.

    A full stop glued after the suffix belongs to it.
    """
    n = len(toks)
    spelt = toks[p].norm
    end = p + 1 if spelt in data.COMPANY_SUFFIXES else -1
    q = p + 1
    while q < n and q - p < 5 and toks[q].glued:
        spelt += toks[q].norm
        q += 1
        if spelt in data.COMPANY_SUFFIXES:
            end = q
    if 0 < end < n and toks[end].glued and toks[end].norm not in ".,;:)":
        return -1  # "Co-operative" is no "Co"
    if 0 < end < n and toks[end].norm == "." and toks[end].glued:
        end += 1
    return end


def _company_split(toks: _Toks, hit: _Hit) -> int:
    """Where a company's name found by form joins two names with "and", or -1.

    Company names rarely hold "and" outside a complement ("Centre for Science and
    Technology" keeps it; "Quellix and Tarrowind Labs" is two companies).
    """
    if hit.actor.kind is not ActorKind.COMPANY:
        return -1
    for k in range(hit.i + 1, hit.j):
        key = toks[k].key
        if key in ("and", "&"):
            return k
        if key in data.ORGANISATION_CONNECTORS:
            return -1
    return -1


def _ends_a_name(toks: _Toks, j: int) -> bool:
    """Whether "and" at ``toks[j]`` follows a complete name ("Kestrel Foundation and ...")."""
    prev = toks[j - 1].norm
    return toks[j].key in ("and", "&") and (
        prev in data.ORGANISATION_HEADS
        or prev in data.COMPANY_SUFFIXES
        or prev in data.INTERGOVERNMENTAL_TAILS
    )


def _organisation_in(text: str, toks: _Toks, i: int, j: int) -> _Hit | None:
    caps = [k for k in range(i, j) if _is_cap_word(toks[k])]
    if len(caps) < 2:
        return None
    last = caps[-1]
    if toks[last].norm in data.COMPANY_SUFFIXES and _suffix_at(toks, last) > 0:
        end = last + 1
        if end < len(toks) and toks[end].norm == "." and toks[end].glued:
            end += 1
        name = _text_of(text, toks, i, _trim_connectors(toks, i, caps[-2] + 1))
        return _Hit(i, end, Actor(name, ActorKind.COMPANY, None, ()), "pattern", False)
    heads = [k for k in caps if toks[k].norm in data.ORGANISATION_HEADS and _head_ok(toks, i, k)]
    if not heads:
        return None
    h = heads[-1]
    end = h + 1
    if end < j and toks[end].key in data.ORGANISATION_CONNECTORS:
        end = j  # "Centre for Child Protection"
    if sum(1 for k in caps if k < end) < 2:
        return None
    kind = ActorKind(data.ORGANISATION_HEADS[toks[h].norm])
    if end > h + 1 and toks[end - 1].norm in data.INTERGOVERNMENTAL_TAILS:
        kind = ActorKind.INTERGOVERNMENTAL  # "Organisation of Eastern Caribbean States"
    elif toks[h].norm in data.INTERGOVERNMENTAL_HEADS and any(
        toks[k].norm in data.REGIONAL_WORDS for k in range(i, h)
    ):
        kind = ActorKind.INTERGOVERNMENTAL  # "the Indian Ocean Commission"
    name = _text_of(text, toks, i, end)
    return _Hit(i, end, Actor(name, kind, None, ()), "pattern", False)


def _head_ok(toks: _Toks, i: int, k: int) -> bool:
    """Whether ``toks[k]`` heads the name begun at ``toks[i]``.

    "AI" ends a company's name only after one or two plain capitalised words
    ("Kestrel AI"), never after a kind of AI ("Frontier AI") or a connector, nor
    inside a longer title ("the Paris AI Action Summit").
    """
    if toks[k].norm != "AI":
        return True
    n = len(toks)
    nxt = k + 1
    if nxt < n and not toks[nxt].brk and toks[nxt].key in ("and", "&"):
        nxt += 1  # "the Global AI and Security Summit"
    if nxt < n and not toks[nxt].brk and _is_cap_word(toks[nxt]):
        return False  # "the Paris AI Action Summit"
    return 1 <= k - i <= 2 and all(
        _is_cap_word(t) and t.norm not in data.AI_QUALIFIERS for t in toks[i:k]
    )


def _place_at(toks: _Toks, k: int, by_start: Mapping[int, _Hit]) -> _Hit | None:
    """The place named at ``toks[k]``, after an optional "the"."""
    if k < len(toks) and toks[k].key == "the":
        k += 1
    return by_start.get(k)


def _government_bodies(
    text: str, toks: _Toks, hits: list[_Hit], patterned: list[_Hit], gaz: Gazetteer
) -> tuple[list[_Hit], list[_Hit]]:
    """A place's name with an unknown department is one government body.

    ``PLACE DEPARTMENT | DEPARTMENT "of" PLACE | DEMONYM DEPARTMENT``: "the Bermuda
    Department of ICT Policy", "the Ministry of Digital Affairs of Taiwan" and "the
    Hungarian Ministry of Interior" are government bodies of the place's country,
    not a place and an agency.
    """
    places = [h for h in hits if h.actor.kind is ActorKind.GOVERNMENT and h.via == "gazetteer"]
    by_end = {h.j: h for h in places}
    by_start = {h.i: h for h in places}
    merged: list[_Hit] = []
    dropped: set[int] = set()
    n = len(toks)
    for p in patterned:
        tok = toks[p.i]
        place = by_end.get(p.i)
        if place is not None and tok.norm in data.GOVERNMENT_HEADS and not tok.brk:
            # "the Bermuda Department of ICT Policy"
            start, end, country = place.i, p.j, place.actor.country
            dropped.add(place.i)
        elif (
            (tok.norm in data.GOVERNMENT_HEADS or toks[p.i + 1].norm in data.GOVERNMENT_HEADS)
            and p.j + 1 < n
            and toks[p.j].key == "of"
            and _place_at(toks, p.j + 1, by_start) is not None
        ):
            # "the Ministry of Digital Affairs of Taiwan", "... of the Republic of Korea"
            place = _place_at(toks, p.j + 1, by_start)
            assert place is not None
            start, end, country = p.i, place.j, place.actor.country
            dropped.add(place.i)
        else:
            demonym = gaz._demonym_before(text, toks, p.i + 1) if p.j > p.i + 1 else None
            head = toks[p.i + 1] if p.i + 1 < n else tok
            if demonym is None or demonym.i != p.i or head.norm not in data.GOVERNMENT_HEADS:
                merged.append(p)
                continue
            # "the Hungarian Ministry of Interior"
            start, end, country = p.i, p.j, demonym.actor.country
        name = _text_of(text, toks, start, end)
        actor = Actor(name, ActorKind.GOVERNMENT, country, ())
        merged.append(_Hit(start, end, actor, "pattern", False))
    if not dropped:
        return hits, merged
    return [h for h in hits if h.i not in dropped], merged


_LIST_SEPARATORS: Final = frozenset({",", "and", "&", ";"})
_MAX_UNKNOWN_WORDS: Final = 4
_CUE_WINDOW: Final = 10
"""How many tokens before a list a company cue word may stand ("companies have signed: ...")."""


def _unknown_name_end(toks: _Toks, i: int, taken: bytearray) -> int:
    """End of an unknown capitalised name at ``toks[i]`` ("Veridex Safety"), or ``i``."""
    n = len(toks)
    if not _is_cap_word(toks[i]) or toks[i].norm in data.ORGANISATION_STOP_WORDS:
        return i
    if _suffix_at(toks, i) > 0:
        return i  # the "Inc." of "Amazon.com, Inc."
    j = i
    words = 0
    while j < n and not taken[j] and (j == i or not toks[j].brk):
        t = toks[j]
        if not _is_cap_word(t) and not (j > i and t.word and t.glued and toks[j - 1].word):
            break
        if t.norm in data.DOCUMENT_WORDS:
            return i  # "the Declaration", "this Accord": a text, not a party
        if not t.glued or j == i:
            words += 1
            if words > _MAX_UNKNOWN_WORDS:
                return i
        j += 1
    if _modifier_follows(toks, j):
        return i  # "the Irish-founded start-up", "a London-based firm": a modifier
    return j


def _modifier_follows(toks: _Toks, j: int) -> bool:
    """Whether a hyphen and a lower-case word are glued at ``toks[j]`` ("-founded")."""
    return (
        j + 1 < len(toks)
        and toks[j].glued
        and toks[j].norm in ("-", "\u2010", "\u2011")
        and toks[j + 1].glued
        and toks[j + 1].word
        and toks[j + 1].norm[:1].islower()
    )


def _company_cue(text: str, toks: _Toks, i: int, window: int = _CUE_WINDOW) -> bool:
    """Whether a company cue word stands shortly before ``toks[i]`` in the same line."""
    k = i
    while k > 0 and i - k < window and not toks[k].brk and toks[k - 1].norm not in ".!?":
        k -= 1
        if toks[k].key in data.COMPANY_CUE_WORDS:
            return True
        if toks[k].key in ("start", "up") and toks[k].word:
            span = text[_start(toks, k) : _end(toks, min(k + 3, i) - 1)].casefold()
            if "start-up" in span.replace("\u2011", "-").replace("\u2010", "-"):
                return True
    return False


def _cue_just_before(toks: _Toks, i: int) -> bool:
    """Whether a company cue ends just before ``toks[i]`` ("the firm X", "firms such as X")."""
    k = i - 1
    if k >= 1 and toks[k].key == "as" and toks[k - 1].key == "such":
        k -= 2
    elif k >= 0 and toks[k].key in ("including", "like", "include", "includes"):
        k -= 1
        if k >= 0 and toks[k].key in ("which", "that"):
            k -= 1  # "the companies, which include X"
    if k >= 1 and toks[k].norm == "," and toks[k - 1].key in data.COMPANY_CUE_WORDS:
        k -= 1
    if k < 0 or toks[k + 1].brk:
        return False
    if toks[k].key in data.COMPANY_CUE_WORDS:
        return True
    # "start-up" is three tokens
    return (
        k >= 2
        and toks[k].key in ("up", "ups")
        and toks[k - 1].norm == "-"
        and toks[k - 2].key == "start"
    )


_COMPANY_CUE_KEYS: Final = data.COMPANY_CUE_WORDS | {"start"}
"""The words a company cue needs (a cue word, or the "start" of "start-up")."""


def _company_lists(
    text: str, toks: _Toks, found: Sequence[_Hit], caps: Sequence[int]
) -> tuple[list[_Hit], list[_Hit]]:
    """Unknown names that a list or a cue word makes companies.

    ``LIST := ITEM (SEP ITEM)*`` where ITEM is a known mention or an unknown
    capitalised name of one to four words, with an optional "the". A list is a
    company list when a company cue word ("companies", "firms", "the start-up")
    stands just before it ("firms such as", "companies including") or before a colon
    that opens it ("The following companies have signed: ..."), or when two of its
    known items are companies; no known item may be a government. Its unknown
    names become companies, and its contextual aliases ("Thorn") count. Returns
    ``(new company hits, kept contextual hits)``; each token is visited a bounded
    number of times.
    """
    if sum(
        1 for h in found if h.actor.kind is ActorKind.COMPANY and not h.contextual
    ) < 2 and _COMPANY_CUE_KEYS.isdisjoint(map(_KEY, toks)):
        return [], []  # no list can be cued or hold two known companies
    starts: dict[int, _Hit] = {}
    for h in found:
        if h.i not in starts or h.j > starts[h.i].j:
            starts[h.i] = h
    n = len(toks)
    cover = bytearray(n + 1)
    for h in starts.values():
        cover[h.i : h.j] = b"\x01" * (h.j - h.i)
    new: list[_Hit] = []
    kept: list[_Hit] = []
    # where a list may begin: a known mention or a capitalised word outside one
    candidates = sorted(
        {
            *starts,
            *(k for k in caps if not cover[k]),
        }
    )
    i = 0
    for c in candidates:
        if c < i:
            continue
        i = c
        items: list[tuple[int, int, _Hit | None]] = []
        k = i
        first = i
        while k < n:
            s = k
            if toks[k].key == "the" and k + 1 < n and not toks[k + 1].brk:
                s = k + 1
            known = starts.get(s)
            if known is not None:
                e = known.j
            elif cover[s]:
                break
            else:
                e = _unknown_name_end(toks, s, cover)
            if e <= s:
                break
            if not items:
                first = k
            items.append((s, e, known))
            k = e
            seps = 0
            while k < n and toks[k].key in _LIST_SEPARATORS and seps < 2 and not toks[k].brk:
                k += 1
                seps += 1
            if seps == 0 or (k < n and toks[k].brk):
                break
        i = max(k, i + 1)
        if not items:
            continue
        unknown = [(s, e) for s, e, h in items if h is None]
        ctx = [h for _, _, h in items if h is not None and h.contextual]
        if not unknown and not ctx:
            continue
        kinds = [h.actor.kind for _, _, h in items if h is not None and not h.contextual]
        if any(kd in (ActorKind.GOVERNMENT, ActorKind.INTERGOVERNMENTAL) for kd in kinds):
            continue
        companies = sum(1 for kd in kinds if kd is ActorKind.COMPANY)
        cued = _cue_just_before(toks, first) or (
            first > 0 and toks[first - 1].norm == ":" and _company_cue(text, toks, first - 1)
        )
        if not (cued or (companies >= 2 and len(items) > 1)):
            continue
        for s, e in unknown:
            actor = Actor(_text_of(text, toks, s, e), ActorKind.COMPANY, None, ())
            new.append(_Hit(s, e, actor, "pattern", False))
        kept.extend(ctx)
    return new, kept


def _listed_again(toks: _Toks, listed: Sequence[_Hit], found: Sequence[_Hit]) -> list[_Hit]:
    """Later (and earlier) mentions of names a list made companies ("Lumenhash also ...")."""
    if not listed:
        return []
    names: dict[str, list[tuple[tuple[str, ...], Actor]]] = {}
    for h in listed:
        norms = tuple(t.norm for t in toks[h.i : h.j])
        names.setdefault(norms[0], []).append((norms, h.actor))
    busy = bytearray(len(toks) + 1)
    for h in (*found, *listed):
        busy[h.i : h.j] = b"\x01" * (h.j - h.i)
    out: list[_Hit] = []
    n = len(toks)
    for i, tok in enumerate(toks):
        cands = names.get(tok.norm) if tok.word and not busy[i] else None
        if not cands or not _start_ok(toks, i):
            continue
        for norms, actor in cands:
            j = i + len(norms)
            if (
                j <= n
                and tuple(t.norm for t in toks[i:j]) == norms
                and not any(busy[i:j])
                and (j == n or not _is_cap_word(toks[j]) or toks[j].brk)
            ):
                out.append(_Hit(i, j, actor, "pattern", False))
                busy[i:j] = b"\x01" * (j - i)
                break
    return out


_SHORTENED: Final = ("AI", "Labs", "Technologies", "Group", "Systems", "Inc.")
"""Generic last words a company's short name drops ("Stability" for Stability AI)."""


def _short_company(m: ActorMention, gaz: Gazetteer) -> ActorMention:
    """A one-word company name read by form that is a known company's name without its
    generic last word ("Stability", "Inflection") is that company."""
    if m.via != "pattern" or m.kind is not ActorKind.COMPANY or " " in m.name:
        return m
    for suffix in _SHORTENED:
        actor = gaz.get(f"{m.name} {suffix}")
        if actor is not None and actor.kind is ActorKind.COMPANY:
            return attrs.evolve(m, name=actor.name, country=actor.country)
    return m


def find_actors(article: Article | str, gazetteer: Gazetteer | None = None) -> ArticleActors:
    """All actor mentions in ``article.text`` (or a plain string), resolved for the article.

    Gazetteer mentions, demonym government phrases, abbreviations the article
    defines, people introduced with a title, and later titles, names or surnames that
    stand for them. A person introduced by title and surname alone ("Minister Wells")
    takes the full name of an article author with that surname ("Anika Wells").
    Mentions come in text order and never overlap.
    """
    text = article if isinstance(article, str) else article.text
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    with _reading(text) as toks:
        return _actors_of(article, text, toks, gaz)


def _actors_of(article: Article | str, text: str, toks: _Toks, gaz: Gazetteer) -> ArticleActors:
    """:func:`find_actors` over the tokens of ``text``."""
    raw = gaz._hits(text, toks, resolve=False)
    hits = _resolve_contextual(text, toks, raw)
    learned, defined = _learn_abbreviations(text, toks, hits, gaz)
    heading = _title_case_lines(text, toks)
    # what is known before people are looked for: gazetteer names, abbreviations and
    # organisations recognised by form (a person's title may name whom they represent)
    known = bytearray(len(toks) + 1)
    for h in (*hits, *defined):
        known[h.i : h.j] = b"\x01" * (h.j - h.i)
    abbreviated: list[_Hit] = []
    if learned:
        for i in [k for k, t in enumerate(toks) if t.word and t.norm in learned]:
            if not known[i] and _start_ok(toks, i) and _end_ok(toks, i + 1):
                abbreviated.append(_Hit(i, i + 1, learned[toks[i].norm], "abbreviation", False))
                known[i] = 1
    caps = _cap_words(toks)
    patterned = _pattern_organisations(text, toks, known, heading, caps)
    hits, patterned = _government_bodies(text, toks, hits, patterned, gaz)
    found = sorted((*raw, *defined, *abbreviated, *patterned), key=lambda h: h.i)
    listed, kept = _company_lists(text, toks, found, caps)
    if kept:
        hits = sorted((*hits, *kept), key=lambda h: h.i)
    patterned = sorted(
        (*patterned, *listed, *_listed_again(toks, listed, found)), key=lambda h: h.i
    )
    organisations = sorted((*hits, *defined, *abbreviated, *patterned), key=lambda h: h.i)
    taken = bytearray(len(toks) + 1)
    chosen: list[tuple[int, ActorMention]] = []

    def take(i: int, j: int, mention: ActorMention) -> bool:
        if any(taken[i:j]):
            return False
        taken[i:j] = b"\x01" * (j - i)
        chosen.append((i, mention))
        return True

    authors = () if isinstance(article, str) else article.authors
    person_hits, people = _find_people(text, toks, organisations, heading, gaz, authors)
    for ph in person_hits:
        if ph.via == "person":
            take(ph.i, ph.j, _person_mention(text, toks, ph, gaz, people))
    for h in defined:
        take(h.i, h.j, _mention(text, toks, h))
    for h in hits:
        take(h.i, h.j, _mention(text, toks, h))
    for ph in person_hits:
        if ph.via == "title":
            take(ph.i, ph.j, _person_mention(text, toks, ph, gaz, people))
    for ph in _repeats(toks, people, taken):
        take(ph.i, ph.j, _person_mention(text, toks, ph, gaz, people))
    for h in (*patterned, *abbreviated):
        take(h.i, h.j, _mention(text, toks, h))
    chosen.sort(key=lambda pair: pair[0])
    mentions = tuple(_short_company(m, gaz) for _, m in chosen)
    actors: dict[str, Actor] = {}
    for m in mentions:
        if m.name not in actors:
            actors[m.name] = gaz.get(m.name) or Actor(m.name, m.kind, m.country, ())
    return ArticleActors(
        mentions=mentions,
        abbreviations={k: v.name for k, v in learned.items()},
        people=people,
        actors=actors,
        gazetteer=gaz,
    )


def _person_mention(
    text: str,
    toks: _Toks,
    ph: _PersonHit,
    gaz: Gazetteer,
    people: Mapping[str, Person],
) -> ActorMention:
    person = people.get(ph.person.name, ph.person)  # the fullest introduction
    rep = gaz.get(person.represents) if person.represents else None
    return ActorMention(
        start=_start(toks, ph.i),
        end=_end(toks, ph.j - 1),
        name=person.name,
        kind=ActorKind.PERSON,
        country=rep.country if rep else None,
        via=ph.via,
        role=person.role,
        represents=person.represents,
    )
