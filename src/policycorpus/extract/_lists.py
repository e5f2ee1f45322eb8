"""Party lists: deciding, once per list, whether its parties signed or committed.

A :class:`PartyList` (from the layouts of :mod:`._layouts`) is a first-class
intermediate between actor matching and the signatory and commitment records. The
decision "did these parties sign or commit?" is made once per list, from the context
that governs it, by the first matching :class:`Construction`.

Constructions (:data:`CONSTRUCTIONS`, in :mod:`._constructions`) are data: a name, a
pattern over the governing context with the list written as ``LIST`` and word classes
of the pledge lexicon in braces, the effect (signs, commits, or explicitly not: hosts,
conveners, absentees, those called on to sign), the layouts it applies to and example
sentences, which the tests run. The context is the governing text normalised to
lower-case tokens joined by single spaces, actor mentions written ``ACTOR``; inline
lists see up to :data:`REACH` tokens either side inside their sentence, block lists
their lead-in's last sentence (or heading) followed by ``LIST``.

Discourse over lists lives here too: the authors of a joint statement
(:func:`find_party_lists`), whom "we" stands for (:func:`narrator_of`) and the officials
"the leaders" may stand for (:func:`people_groups`).

Adding a layout is one class in :data:`LAYOUTS` (``_layouts.py``); adding a construction
is one entry in :data:`CONSTRUCTIONS` (``_constructions.py``) with its examples
(docs/decisions/0004-party-lists.md).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention, ArticleActors
from policycorpus.extract._clauses import Tok
from policycorpus.extract._constructions import (
    BLOCK_LAYOUTS,
    CONSTRUCTIONS,
    Construction,
    Effect,
    Layout,
)
from policycorpus.extract._gazetteer_data import COMPANY_SUFFIXES
from policycorpus.extract._layouts import (
    HEAD_WORDS,
    LAYOUTS,
    REACH,
    ListLayout,
    ListView,
    PartyList,
    kind_of,
    listable,
    under_signatory_heading,
)
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._list_view import ActedList
from policycorpus.extract._sentences import cut_at_citations
from policycorpus.model import ActorKind, Span

__all__ = [
    "CONSTRUCTIONS",
    "LAYOUTS",
    "Construction",
    "Effect",
    "Layout",
    "ListLayout",
    "ListView",
    "PartyList",
    "find_party_lists",
    "governing_sentence",
    "people_groups",
    "signed_lists",
]


# -- deciding ------------------------------------------------------------------------------

_DASHES: Final = {"—": "-", "–": "-", "‒": "-", "―": "-", "“": '"', "”": '"', "’": "'"}


def _norm(toks: Sequence[Tok]) -> list[str]:
    return ["ACTOR" if t.mention is not None else _DASHES.get(t.low, t.low) for t in toks]


_WINDOW: Final = 12 * REACH
"""Characters of text tokenised on each side of an inline list (its context reads no
more than :data:`REACH` tokens), so that a long sentence with many lists stays linear."""


def _context(view: ListView, pl: PartyList) -> str:
    """The normalised governing context with the list written ``LIST``.

    The context starts with "…" when it starts inside its sentence, so that patterns
    anchored at the start of a sentence (``^``) do not match there.
    """
    g = pl.governor
    if pl.anchor is not None:
        lo = max(g.start, pl.anchor.start - _WINDOW)
        hi = min(g.end, pl.anchor.end + _WINDOW)
        before_toks = view.tokens(lo, pl.anchor.start)[-REACH:]
        after_toks = view.tokens(pl.anchor.end, hi)[:REACH]
        return " ".join([*_norm(before_toks), "LIST", *_norm(after_toks)])
    if pl.layout is Layout.INLINE:
        lo = max(g.start, pl.items[0].start - _WINDOW)
        hi = min(g.end, pl.items[-1].end + _WINDOW)
        toks = view.tokens(lo, hi)
        first = next(i for i, t in enumerate(toks) if t.start >= pl.items[0].start)
        last = next(i for i in range(len(toks) - 1, -1, -1) if toks[i].end <= pl.items[-1].end)
        before = _norm(toks[max(0, first - REACH) : first])
        if first > REACH or lo > g.start:
            before.insert(0, "…")
        elif (before[:1] and before[0] in _BACK_REFERENCES) or (
            before[-1:] in (["-"], [":"]) and not _BACK_REFERENCES.isdisjoint(before[-5:-1])
        ):
            # "... signed by 37 governments. These included A, B and C" (or "... thank
            # those four countries - A, B and C"): the sentence before tells what they did
            before = [*_previous_sentence(view, g), "¶", *before]
        after = _norm(toks[last + 1 : last + 1 + REACH])
        return " ".join([*before, "LIST", *after])
    lead = governing_sentence(view.text, pl)
    start = max(lead.start, lead.end - _WINDOW)
    return " ".join([*_norm(view.tokens(start, lead.end)), "LIST"])


_BACK_REFERENCES: Final = frozenset({"these", "they", "those"})
"""Words opening a sentence that lists parties named by number in the sentence before."""


def _previous_sentence(view: ListView, sentence: Span) -> list[str]:
    """The normalised last :data:`REACH` tokens of the sentence before ``sentence``."""
    starts = view.sentence_starts
    k = bisect.bisect_left(starts, sentence.start) - 1
    if k < 0:
        return []
    prev = view.sentences[k]
    start = max(prev.start, prev.end - _WINDOW)
    return _norm(view.tokens(start, prev.end))[-REACH:]


def governing_sentence(text: str, pl: PartyList) -> Span:
    """The sentence that governs ``pl``: its own (inline, footnote), or the last sentence
    of its lead-in line or heading (block, table), trimmed of spaces."""
    g = pl.governor
    if pl.layout in (Layout.INLINE, Layout.NOTE):
        return g
    line = text[g.start : g.end]
    cut = max(line.rfind(". ", 0, len(line) - 2), line.rfind("? ", 0, len(line) - 2))
    start = g.start + cut + 2 if cut >= 0 else g.start
    while start < g.end and text[start] in " \t":
        start += 1
    end = g.end
    while end > start and text[end - 1] in " \t":
        end -= 1
    return Span(start, end)


_SCREEN_WORD: Final = re.compile(r"[a-z]+")


def _screen() -> frozenset[str]:
    words: set[str] = set()
    for c in CONSTRUCTIONS:
        if c.screens:
            words |= c.cue_words
    return frozenset(w for w in words if w.isalpha())


_SCREEN: Final = _screen()
"""Words one of which must stand near a list for any construction to be tried."""


def _screened_out(view: ListView, pl: PartyList) -> bool:
    """Whether no cue word stands in the text that governs ``pl`` (most lists: a name
    mentioned in passing), so that no construction can decide it."""
    g = pl.governor
    if pl.anchor is not None:
        lo, hi = pl.anchor.start - _WINDOW, pl.anchor.end + _WINDOW
    elif pl.layout is Layout.INLINE:
        lo, hi = pl.items[0].start - _WINDOW, pl.items[-1].end + _WINDOW
    else:
        lo, hi = g.end - _WINDOW, g.end
    window = view.text[max(g.start, lo) : min(g.end, hi)].lower()
    return _SCREEN.isdisjoint(_SCREEN_WORD.findall(window))


def _by_cue() -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for k, c in enumerate(CONSTRUCTIONS):
        for word in c.cue_words:
            index.setdefault(word, []).append(k)
    return {word: tuple(ks) for word, ks in index.items()}


_BY_CUE: Final = _by_cue()
"""Positions in :data:`CONSTRUCTIONS` by cue word: a context tries only the constructions
one of its words is a cue of (and those with no cue words), in registry order."""
_UNCUED: Final = tuple(k for k, c in enumerate(CONSTRUCTIONS) if not c.cue_words)


def decide(view: ListView, pl: PartyList) -> PartyList:
    """``pl`` with the first construction that matches its context, if any.

    A list with no cue word near it is left undecided without reading its context.
    """
    if _named_thing(view, pl):
        return pl
    if _screened_out(view, pl):
        return _under_heading(view, pl)
    context = _context(view, pl)
    tried = set(_UNCUED)  # the constructions a cue word of the context points to, in order
    for word in set(context.split()):
        tried.update(_BY_CUE.get(word, ()))
    for k in sorted(tried):
        c = CONSTRUCTIONS[k]
        if pl.layout in c.layouts and len(pl.items) >= c.min_items and c.regex.search(context):
            return attrs.evolve(
                pl,
                construction=c.name,
                effect=c.effect,
                modality=c.modality,
                narrates=c.narrates,
            )
    return _under_heading(view, pl)


def _under_heading(view: ListView, pl: PartyList) -> PartyList:
    """An undecided block or table under a section headed "Signatories" or "Members"
    (the nearest heading above its lead-in): its parties signed."""
    if pl.layout not in BLOCK_LAYOUTS or pl.effect is not None:
        return pl
    k = bisect.bisect_right(view.line_starts, pl.governor.start) - 1
    if under_signatory_heading(view, k + 1):  # the lead line itself may be the heading
        return attrs.evolve(pl, construction="section-heading", effect=Effect.SIGN)
    return pl


_PARTICIPLE_AFTER: Final = re.compile(
    r"(?:[ \t]+\([A-Za-z0-9&.-]{1,12}\))?"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:(?:was|were|is|are|has[ \t]+been|have[ \t]+been)[ \t]+)?"
    r"(?:[a-z]+ly[ \t]+)?"
    r"(?:launched|established|created|founded|formed|"
    r"set[ \t]+up|adopted|endorsed|backed|supported|agreed|signed)[ \t]+"
    r"(?:in|at|on|during|last|this|earlier|under|"
    r"with|by|between|from)\b"
)


def _named_thing(view: ListView, pl: PartyList) -> bool:
    """Whether a one-name list is a body or instrument that others launched or signed,
    named with the participle that says so ("through the Water Partnership launched in
    Lima"): the participle is a passive, and the name its object, not its subject."""
    if len(pl.items) != 1:
        return False
    item = pl.items[0]
    return _PARTICIPLE_AFTER.match(view.text, item.end) is not None and any(
        w in _BODIES for w in item.name.lower().split()
    )


_BODIES: Final = lexicon()["body_launched"] | lexicon()["instrument_noun"]
"""Words that name a body or text others launch or sign ("Partnership", "Compact")."""


_ITEM_NAME: Final = (
    r"(?:[A-Z]|\d+[A-Z])[\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|the|de|du|la|le|des|for|in|&)){0,5}"
)
"""A name the gazetteer may lack: capitalised words ("Brightwater Media"), or a number
glued to a capital ("3M")."""
_NEXT_ITEM: Final = re.compile(
    r"[ \t]*(?:,|;)[ \t]*(?:and[ \t]+|&[ \t]+)?(?:the[ \t]+)?(" + _ITEM_NAME + r")"
    r"(?=[ \t]*(?:[,;.(\[]|$|and\b|&))|[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?("
    + _ITEM_NAME
    + r")(?=[ \t]*(?:[,;.(\[\u2014\u2013]|$| - ))",
    re.MULTILINE,
)
_PREV_ITEM: Final = re.compile(
    r"(?:^|[,;:][ \t]*|\bas[ \t]+)(?:the[ \t]+)?(" + _ITEM_NAME + r")[ \t]*,[ \t]*$"
)
_MAX_UNKNOWN: Final = 60


_ABBREVIATED: Final = frozenset({"Inc.", "Ltd.", "Co.", "Corp.", "S.A.", "N.V.", "A.G."})


def _extend(view: ListView, pl: PartyList) -> PartyList:
    """A decided inline list with the names around it the gazetteer lacks ("founding
    members are: Kestrel, Norland, Google and Vantor"), each with the list's kind.

    Once a name the gazetteer lacks is taken, a signing list also takes the known names
    beyond it (the run stopped at the unknown name, not at the end of the list), and a
    known name inside a longer one is that longer name ("France Telecom-Orange"). A list
    decided against only takes unknown names, so that it never swallows a signing list
    next to it ("hosted by Japan and Canada, Chile and Peru signed").
    """
    text, g = view.text, pl.governor
    kinds = Counter(m.kind for m in pl.items)
    kind = kinds.most_common(1)[0][0]
    signing = pl.effect is not Effect.NONE
    items = list(pl.items)
    unknown = False
    pos = items[-1].end
    for _ in range(_MAX_UNKNOWN):
        nxt = _NEXT_ITEM.match(text, pos, g.end)
        if nxt is None:
            break
        grp = 1 if nxt.group(1) is not None else 2
        s, e = nxt.span(grp)
        if _legal_form(text[s:e]):
            pos = e  # "CFV Solar Laboratory, Inc., Cisco": the legal form of the name before
            continue
        item = _item(view, s, e, kind, take_known=signing and unknown)
        if item is None:
            break
        unknown = unknown or item.via == "list"
        items.append(item)
        pos = item.end
    end = items[0].start
    unknown = len(items) > len(pl.items)
    for _ in range(_MAX_UNKNOWN):
        prev = _PREV_ITEM.search(text, max(g.start, end - 80), end)
        if prev is None:
            break
        s, e = prev.span(1)
        if _legal_form(text[s:e]):
            end = s
            continue
        if text[s:e].lower() in HEAD_WORDS or text[s:e].split()[0].lower() in HEAD_WORDS:
            break
        item = _item(view, s, e, kind, take_known=signing and unknown)
        if item is None:
            break
        unknown = unknown or item.via == "list"
        items.insert(0, item)
        end = item.start
    if len(items) == len(pl.items):
        return pl
    return attrs.evolve(pl, items=tuple(items))


def _legal_form(words: str) -> bool:
    """Whether ``words`` are only a company's legal form ("Inc.", "Ltd")."""
    return words.rstrip(".") in COMPANY_SUFFIXES or words in COMPANY_SUFFIXES


_TITLE_AFTER: Final = re.compile(
    r"[ \t]+(?:and[ \t]+[A-Z]\w+[ \t]+)?(?:Ministers?|Secretar(?:y|ies)|Ministr(?:y|ies)|"
    r"Departments?|Committees?)\b"
)


def _item(
    view: ListView, s: int, e: int, kind: ActorKind, *, take_known: bool
) -> ActorMention | None:
    """The list item written at ``text[s:e]``: a known name (when ``take_known``), else
    a name the gazetteer lacks; None where the words are not an item."""
    text = view.text
    while e > s and text[e - 1] == "." and text[s:e].split()[-1] not in _ABBREVIATED:
        e -= 1  # "and Acme Robotics." ends the sentence, not the name
    if _TITLE_AFTER.match(text, e):
        return None  # "the Foreign and Defence Secretaries of ...": a portfolio, not a party
    if text[s:e].rstrip(".") in vocab.HONORIFICS:
        return None  # "..., Dr. Ann Lee": the honorific of the person after it
    if text[s:e] in vocab.BARE_INSTITUTIONS or not vocab.names_a_party(text[s:e]):
        return None  # "the European Commission, Presidency, ...": no body is named
    inside = view.actors.within(s, e)
    if inside:
        m = inside[0]
        if len(inside) == 1 and m.start == s and m.end == e:
            return m if take_known and listable(m) else None
        if not _longer_name(text, s, e, inside) and (
            len(inside) > 1 or m.start != s or not take_known
        ):
            return None
    return ActorMention(s, e, text[s:e], kind_of(text[s:e], kind), None, "list")


_COMPLEMENT: Final = re.compile(
    r"\b(?:Ministers?|Secretar(?:y|ies)|Ministr(?:y|ies)|Departments?|Committees?|"
    r"Presidents?|Ambassadors?|Governments?|Premiers?|Chancellors?|Envoys?|Delegations?|"
    r"Representatives?|Leaders?|Republic|Kingdom|States?|People)"
    r"[ \t]+(?:of|for|to)[ \t]+(?:the[ \t]+)?\Z"
)
"""An office or state whose country follows ("Foreign Secretaries of Peru")."""


def _longer_name(text: str, s: int, e: int, inside: Sequence[ActorMention]) -> bool:
    """Whether the item ``text[s:e]`` is one name that holds known names as its parts
    ("France Telecom-Orange"): a capitalised word of it lies outside every mention, no
    mention is a person or the complement of a title ("Foreign Secretaries of Peru");
    "Chile Peru" (two names, nothing else) is not."""
    if any(m.kind is ActorKind.PERSON or _COMPLEMENT.search(text, s, m.start) for m in inside):
        return False
    pos = s
    for m in inside:
        if any(w[:1].isupper() for w in text[pos : m.start].split()):
            return True
        pos = m.end
    return any(w[:1].isupper() for w in text[pos:e].split())


_MEETING: Final = re.compile(
    r"\b(?:met|meet|meets|meeting with|hosted|hosts|welcomed|welcomes|visited|received|"
    r"held talks|hold talks|spoke|speak|convened|issued a joint|released a joint)\b"
)
"""The verbs of a meeting of officials (whom "the leaders" then stands for)."""


def people_groups(
    text: str, sentences: Sequence[Span], actors: ArticleActors
) -> tuple[PartyList, ...]:
    """The officials named together in a sentence that has them meet ("Secretary A
    hosted Minister B"; "A and B met in Paris"), whom "the leaders" or "the ministers"
    may stand for later.

    Undecided: a meeting is not a pledge. Linear: one sweep of the mentions.
    """
    found: list[PartyList] = []
    for sentence in sentences:
        if _MEETING.search(text, sentence.start, sentence.end) is None:
            continue
        people: dict[str, ActorMention] = {}
        for m in actors.within(sentence.start, sentence.end):
            if m.kind is ActorKind.PERSON:
                people.setdefault(m.name, m)
        if len(people) >= 2:
            items = tuple(sorted(people.values(), key=lambda m: m.start))
            found.append(PartyList(items=items, layout=Layout.INLINE, governor=sentence))
    return tuple(found)


def narrator_of(lists: Sequence[PartyList]) -> tuple[ActorMention, ...]:
    """The parties of the first list that names the text's authors, if any, with the
    authors' lists of the same sentence ("We, the Ministers of A and the Secretaries of
    B")."""
    first = next((pl for pl in lists if pl.narrates), None)
    if first is None:
        return ()
    out = dict.fromkeys(first.items)
    for pl in lists:
        if pl.narrates and pl is not first and pl.governor == first.governor:
            out.update(dict.fromkeys(pl.items))
    return tuple(out)


def signed_lists(lists: Sequence[PartyList]) -> tuple[ActedList, ...]:
    """Where each list decided as signing or committing ends, with its parties, in text
    order ("the signatories", "the founding members" after a signing one stand for it;
    "nine companies" before one of nine names it)."""
    return tuple(
        ActedList(pl.span.end, pl.items, pl.effect is Effect.SIGN)
        for pl in sorted(lists, key=lambda p: p.span.end)
        if pl.effect in (Effect.SIGN, Effect.COMMIT) and len(pl.items) > 1
    )


def find_party_lists(
    text: str, sentences: Sequence[Span], actors: ArticleActors
) -> tuple[PartyList, ...]:
    """Every party list of the article, decided, in text order of their first item.

    Layouts are read in registry order; a name already in a list of an earlier layout
    is not listed again (block and table rows are not re-read as inline lists).
    """
    view = ListView(text, cut_at_citations(text, sentences), actors)
    found: list[PartyList] = []
    taken: set[int] = set()
    for layout in sorted(LAYOUTS, key=lambda lay: lay.layout is Layout.INLINE):
        for pl in layout.find(view):
            if any(m.start in taken for m in pl.items):
                continue
            pl = _without_votes(_acting_for(view, decide(view, pl)))
            if pl.layout is Layout.INLINE and pl.effect is not None:
                pl = _extend(view, pl)
            found.append(pl)
            taken.update(m.start for m in pl.items)
    found.sort(key=lambda p: p.items[0].start)
    found = _sibling_blocks(view, _bracketed_coordination(text, found))
    return _statement_authors(text, found)


_SIBLING_GAP: Final = 4
"""Lines (the next block's heading and blanks) that may part two sibling blocks."""


def _sibling_blocks(view: ListView, lists: list[PartyList]) -> list[PartyList]:
    """``lists`` with an undecided block given the decision of the block right after it
    when that one is decided by its heading alone ("1. Canada ... 27. Belgium" then
    "Global partners" over "1. IKEA ...": the first heading was lost, the lists are one
    roster)."""
    blocks = [k for k, pl in enumerate(lists) if pl.layout in BLOCK_LAYOUTS]
    for k, nxt in zip(reversed(blocks[:-1]), reversed(blocks[1:]), strict=True):
        a, b = lists[k], lists[nxt]
        if a.effect is not None:
            continue
        if b.construction not in ("heading", "section-heading") or b.effect is not Effect.SIGN:
            continue
        last = bisect.bisect_right(view.line_starts, a.items[-1].start) - 1
        head = bisect.bisect_right(view.line_starts, b.governor.start) - 1
        if 0 < head - last <= _SIBLING_GAP:
            lists[k] = attrs.evolve(a, construction="sibling-block", effect=b.effect)
    return lists


_BRACKETS_JOINED: Final = re.compile(
    r"[ \t]*\)[ \t]*,?[ \t]*(?:as well as|along with|together with|and|plus)[ \t]+"
    r"[^()\n.;:]{0,60}\([ \t]*(?:the[ \t]+)?"
)
"""The gap between two bracketed lists coordinated in one subject ("members (A, B) as
well as associate members (C, D)")."""


def _bracketed_coordination(text: str, lists: list[PartyList]) -> list[PartyList]:
    """``lists`` with each bracketed inline list that is coordinated with a decided one
    ("members of the forum (A, B and C) as well as observers (D, E) issued the
    following statement") given that list's decision: both stand for the subject."""
    for k in range(len(lists) - 1, 0, -1):
        a, b = lists[k - 1], lists[k]
        if (a.effect is None) == (b.effect is None) or a.layout is not Layout.INLINE:
            continue
        if b.layout is not Layout.INLINE or a.governor != b.governor:
            continue
        if _BRACKETS_JOINED.fullmatch(text, a.items[-1].end, b.items[0].start) is None:
            continue
        d = a if b.effect is None else b
        lists[k - 1], lists[k] = (
            attrs.evolve(x, construction=d.construction, effect=d.effect, modality=d.modality)
            for x in (a, b)
        )
    return lists


def _without_votes(pl: PartyList) -> PartyList:
    """``pl`` without the deliberative bodies a passive names ("endorsed by the UN General
    Assembly"): their endorsing a text is a vote on it, not a signature."""
    if pl.construction != "signed-by":
        return pl
    kept = tuple(m for m in pl.items if not vocab.is_legislature(m.name))
    if len(kept) == len(pl.items):
        return pl
    if not kept:
        return attrs.evolve(pl, effect=Effect.NONE, construction="endorsed-by-vote")
    return attrs.evolve(pl, items=kept)


_ON_BEHALF: Final = re.compile(r"[ \t]+on[ \t]+behalf[ \t]+of[ \t]+(?:the[ \t]+)?")


def _acting_for(view: ListView, pl: PartyList) -> PartyList:
    """``pl`` with each item that acts "on behalf of" another party replaced by that
    party ("the European Commission on behalf of the European Union"), and each
    government agency by its country ("the Department of Commerce" signs for the
    United States)."""
    if pl.effect in (None, Effect.NONE):
        return pl
    items = list(pl.items)
    changed = False
    for k, m in enumerate(items):
        country = view.actors.gazetteer.department_of(m)
        if country is not None:
            items[k] = ActorMention(
                m.start, m.end, country.name, country.kind, country.country, m.via
            )
            changed = True
            continue
        on = _ON_BEHALF.match(view.text, m.end)
        if on is None:
            continue
        after = view.actors.within(on.end(), on.end() + 80)
        if after and after[0].start == on.end() and after[0].kind is not ActorKind.PERSON:
            items[k] = after[0]
            changed = True
    return attrs.evolve(pl, items=tuple(items)) if changed else pl


_PLACE_BEFORE: Final = re.compile(
    r"\b(?:in|at|from|to|across|visited)(?: the)?\s+\Z", re.IGNORECASE
)
"""A list of places ("held in the Netherlands, Kenya and ..."), not of authors."""
_STATEMENT_HEAD: Final = re.compile(
    r"\b(?:joint\s+(?:statement|declaration|communiqu[eé])|(?:leaders|ministers)['’]?\s+"
    r"(?:joint\s+)?(?:statement|declaration|communiqu[eé])|communiqu[eé])",
    re.IGNORECASE,
)
"""A head that presents the text as a joint statement of its authors."""
_HEAD_REACH: Final = 600
"""How far into the text the head is looked for."""
_AUTHORS_REACH: Final = 1500
"""How far into the text the authors' first naming together is looked for."""
_AUTHOR_KINDS: Final = frozenset({ActorKind.GOVERNMENT, ActorKind.INTERGOVERNMENTAL})


def _statement_authors(text: str, lists: list[PartyList]) -> tuple[PartyList, ...]:
    """``lists``, with the authors of a joint statement marked as narrating signatories.

    A text headed as a joint statement, declaration or communiqué that names no authors
    itself ("We, the Ministers of ...") is by the governments it first names together
    ("UK-Germany Joint Declaration"; "cooperation between A, B and C"): they sign it,
    and its "we" is them.
    """
    if any(pl.narrates for pl in lists) or _STATEMENT_HEAD.search(text, 0, _HEAD_REACH) is None:
        return tuple(lists)
    for k, pl in enumerate(lists):
        if pl.items[0].start > _AUTHORS_REACH:
            break
        if (
            len(pl.items) >= 2
            and pl.effect is not Effect.NONE
            and all(m.kind in _AUTHOR_KINDS for m in pl.items)
            and _PLACE_BEFORE.search(text, max(0, pl.items[0].start - 12), pl.items[0].start)
            is None
        ):
            lists[k] = attrs.evolve(
                pl,
                construction=pl.construction or "statement-authors",
                effect=pl.effect or Effect.SIGN,
                narrates=True,
            )
            break
    return tuple(lists)
