"""Party lists: the lists of parties an article names, with the context that governs them.

A :class:`PartyList` is a first-class intermediate between actor matching and the
signatory and commitment records. It holds the listed parties, the layout they were
written in and the span of the clause, lead-in line or heading that governs them; the
decision "did these parties sign or commit?" is made once per list, from that context,
by the first matching :class:`Construction`.

Layouts are a small registry (:data:`LAYOUTS`), each a :class:`ListLayout`:

- ``inline``: names coordinated in one sentence ("A, B and C", "A; B; C", "A as well as
  B", "A, B (FSM), C", "the governments of A and B");
- ``block``: one name per line, bulleted, numbered or bare, under a lead-in line or a
  heading ("The new supporters include:" then "- Canada", "- Chile"); names the
  gazetteer lacks are kept when most of the block is known, with the block's kind;
- ``table``: rows of a flattened table whose first cell is a party, and entry lines
  ("Kestrel, Ana Ruiz, Chief Executive");
- ``note``: a footnote listing parties, governed by the sentence that carries its mark.

Constructions (:data:`CONSTRUCTIONS`, in :mod:`._constructions`) are data: a name, a
pattern over the governing context with the list written as ``LIST`` and word classes
of the pledge lexicon in
braces, the effect (signs, commits, or explicitly not: hosts, conveners, absentees,
those called on to sign), the layouts it applies to and example sentences, which the
tests run. The context is the governing text normalised to lower-case tokens joined by
single spaces, actor mentions written ``ACTOR``; inline lists see up to
:data:`_REACH` tokens either side inside their sentence, block lists their lead-in's
last sentence (or heading) followed by ``LIST``.

Adding a layout is one class in :data:`LAYOUTS`; adding a construction is one entry
in :data:`CONSTRUCTIONS` (``_constructions.py``) with its examples
(docs/decisions/0004-party-lists.md).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Final, Protocol

import attrs

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention, ArticleActors
from policycorpus.extract._clauses import Tok, tokenize
from policycorpus.extract._constructions import CONSTRUCTIONS, Construction, Effect, Layout
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._sentences import cut_at_citations
from policycorpus.model import ActorKind, Modality, Span

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
]


@attrs.frozen(kw_only=True)
class PartyList:
    """Parties named together, the layout, and the context that governs them."""

    items: tuple[ActorMention, ...]
    """The listed parties in text order (a name the gazetteer lacks has ``via`` "list")."""
    layout: Layout
    governor: Span
    """The sentence (inline), or lead-in line or heading (block, table), that governs it."""
    anchor: Span | None = None
    """For a footnote list: the mark ("[footnote 1]") in its governing sentence."""
    construction: str | None = None
    """The name of the construction that decided it; None when none matched."""
    narrates: bool = False
    """Whether its parties are the authors of the text (see :attr:`Construction.narrates`)."""
    effect: Effect | None = None
    modality: Modality | None = None

    @property
    def span(self) -> Span:
        """From the first item to the last."""
        return Span(self.items[0].start, self.items[-1].end)


_REACH: Final = 32
"""Tokens of context an inline list sees on each side, inside its sentence."""
# -- the view of an article the layouts read -----------------------------------------


@attrs.frozen
class ListView:
    """What the layouts read: the text, its sentences and lines, and the actor mentions."""

    text: str
    sentences: tuple[Span, ...]
    actors: ArticleActors
    lines: tuple[Span, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        lines: list[Span] = []
        pos = 0
        for line in self.text.split("\n"):
            lines.append(Span(pos, pos + len(line)))
            pos += len(line) + 1
        object.__setattr__(self, "lines", tuple(lines))

    def tokens(self, start: int, end: int) -> list[Tok]:
        """The shared sentence tokens of ``text[start:end]`` (mentions as one token)."""
        return tokenize(
            self.text, start, end, self.actors.within(start, end), self.actors.gazetteer
        )


class ListLayout(Protocol):
    """A way of writing a list of parties."""

    layout: Layout

    def find(self, view: ListView) -> Iterator[PartyList]:
        """Every list of this layout in the article, undecided (no construction yet)."""
        ...


_GAP: Final = re.compile(
    r"(?:\s*(?:,|;|&|\band\b|\bas well as\b|\balong with\b|\btogether with\b|\bplus\b|"
    r"\bthe\b|\bgovernments? of\b|\([^()\n]{1,15}\)|\[[\w ]{1,12}\]))*\s*",
    re.IGNORECASE,
)
_MAX_GAP: Final = 40
_BARE_COMMA: Final = re.compile(r"\s*[,;]\s*(?:the\s+)?")
_POSSESSIVE: Final = re.compile(r"\b[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}['’]s\s+$")
"""An owner before a listed name ("and Canada's Cohere"), left out of the gap."""
_AND: Final = re.compile(r"\b(?:and|as well as|along with|together with)\b|&")


_MODIFIED: Final = (lexicon()["group_noun"] - lexicon()["representative_noun"]) | {
    "member",
    "officials",
    "citizens",
    "residents",
    "users",
    "nationals",
    "staff",
}
"""Words after a name that make it a modifier ("the EU member states", "UK firms")."""
_REPRESENTATIVE: Final = lexicon()["representative_noun"] | {"and", "the", "or"}
_NEXT_WORD: Final = re.compile(r"[ \t]+([a-z]+)")


def _listable(m: ActorMention) -> bool:
    return m.kind is not ActorKind.PERSON


_NEXT_NAME: Final = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


def _modifier(text: str, m: ActorMention) -> bool:
    """Whether the name modifies what follows it ("the EU member states", "UK firms") or
    begins a longer name ("France Telecom-Orange"), so that it is not a party itself."""
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is not None and nxt.group(1) in _MODIFIED:
        return True
    name = _NEXT_NAME.match(text, m.end)
    return name is not None and name.group(1).lower() not in _REPRESENTATIVE


_PAIR_MARKS: Final = frozenset({"-", "\u2013", "/"})
_PAIRED_KINDS: Final = frozenset({ActorKind.GOVERNMENT, ActorKind.INTERGOVERNMENTAL})


def _paired(text: str, a: ActorMention, b: ActorMention) -> bool:
    """Whether two governments are written as one compound ("UK-France Summit",
    "U.S.-Japan cooperation"): a pair that "they" and "both countries" may stand for."""
    return (
        text[a.end : b.start] in _PAIR_MARKS
        and a.kind in _PAIRED_KINDS
        and b.kind in _PAIRED_KINDS
        and a.name != b.name
        and text[b.end : b.end + 1] not in _PAIR_MARKS
    )


class InlineLayout:
    """Names coordinated inside one sentence."""

    layout = Layout.INLINE

    def find(self, view: ListView) -> Iterator[PartyList]:
        text = view.text
        for sentence in view.sentences:
            run: list[ActorMention] = []
            closed = False  # an "and" ended the run: a comma after it starts another
            for m in view.actors.within(sentence.start, sentence.end):
                if run and m.name == run[-1].name and text[run[-1].end : m.start] == " (":
                    continue  # "the Federated States of Micronesia (FSM)"
                if text.startswith(("'s ", "’s "), m.end):
                    continue  # "Canada's Cohere": the owner is not listed, its company is
                if len(run) == 1 and _paired(text, run[0], m):
                    # "UK-France", "U.S.-Japan": a pair written as one compound
                    yield PartyList(items=(run[0], m), layout=self.layout, governor=sentence)
                    run = []
                    continue
                if not _listable(m) or _modifier(text, m):
                    if run:
                        yield PartyList(items=tuple(run), layout=self.layout, governor=sentence)
                    run = []
                    continue
                if run:
                    gap = _POSSESSIVE.sub("", text[run[-1].end : m.start])
                    if (
                        len(gap) <= _MAX_GAP
                        and "\n" not in gap
                        and _GAP.fullmatch(gap)
                        and (gap.strip() or "(" in gap)
                        and not (closed and _BARE_COMMA.fullmatch(gap))
                    ):
                        closed = closed or _AND.search(gap) is not None
                        run.append(m)
                        continue
                    yield PartyList(items=tuple(run), layout=self.layout, governor=sentence)
                run = [m]
                closed = False
            if run:
                yield PartyList(items=tuple(run), layout=self.layout, governor=sentence)


_BULLET: Final = re.compile(
    r"\s*(?:[-*•·▪◦‣–—+]|\(?\d{1,3}[.)]|\(?[a-z][.)])?\s*"
    r"(?:Flag of [^\n]{1,60}?\.(?:svg|png|gif)\s*)?"
)
"""A row's lead: a bullet or number, and a flag image's alt text ("Flag of Chile.svg")."""
_TRAIL: Final = re.compile(r"[\s,;.]*(?:\b(?:and|or)\b)?[\s,;.]*$")
_NAME_LIKE: Final = re.compile(
    r"(?:[A-Z][\w'’.&-]*|of|the|and|de|du|la|le|des|for|&)(?: (?:[A-Z][\w'’.&-]*|of|the|and|"
    r"de|du|la|le|des|for|&)){0,6}"
)
_HEAD_WORDS: Final = lexicon()["sign_noun"] | lexicon()["group_noun"]
_HEADING_OR_LEAD: Final = 2
"""How many blank lines may stand between a block's lines or before its lead-in."""


class _Row:
    """One line read as a list item: the mention, or the bare name, it holds."""

    __slots__ = ("bulleted", "end", "line", "mention", "name_end", "name_start", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.line = 0
        self.bulleted = False
        self.mention: ActorMention | None = None
        self.name_start = start
        self.name_end = end


class BlockLayout:
    """One name per line, bulleted, numbered or bare, under a lead-in or a heading."""

    layout = Layout.BLOCK
    cell: re.Pattern[str] | None = None

    def _row(self, view: ListView, line: Span) -> _Row | None:
        text = view.text
        raw = text[line.start : line.end]
        if not raw.strip() or len(raw) > 120:
            return None
        if self.cell is not None:
            cut = self.cell.search(raw)
            if cut is None:
                return None
            raw = raw[: cut.start()]
        else:
            if "|" in raw or "\t" in raw.strip():
                return None
        lead = _BULLET.match(raw)
        s = line.start + (lead.end() if lead else 0)
        bulleted = bool(lead and lead.group().strip())
        trail = _TRAIL.search(raw)
        e = line.start + (trail.start() if trail else len(raw))
        if e <= s:
            return None
        row = _Row(line.start, line.end)
        row.name_start, row.name_end = s, e
        row.bulleted = bulleted
        inside = view.actors.within(s, e)
        if len(inside) == 1:
            m = inside[0]
            before = text[s : m.start].strip().lower()
            if m.end == e and before in ("", "the") and _listable(m):
                row.mention = m
                return row
            return None
        name = text[s:e]
        if inside or not _NAME_LIKE.fullmatch(name):
            return None
        if any(w in _HEAD_WORDS for w in name.lower().split()):
            return None  # "Signatories", "Member states": a heading, not a party
        return row

    def find(self, view: ListView) -> Iterator[PartyList]:
        rows: list[_Row] = []
        blank = 0
        lead: int | None = None
        last_content: int | None = None
        for n, line in enumerate(view.lines):
            if not view.text[line.start : line.end].strip():
                blank += 1
                continue
            row = self._row(view, line)
            if row is None:
                yield from self._block(view, rows, lead)
                rows = []
                last_content = n
            else:
                if rows and blank > _HEADING_OR_LEAD:
                    yield from self._block(view, rows, lead)
                    rows = []
                if not rows:
                    lead = last_content
                row.line = n
                rows.append(row)
            blank = 0
        yield from self._block(view, rows, lead)

    def _block(
        self, view: ListView, rows: list[_Row], lead_line: int | None
    ) -> Iterator[PartyList]:
        if any(r.bulleted for r in rows):
            # a bare line before bulleted ones is their heading, not an item
            while rows and not rows[0].bulleted:
                lead_line = rows[0].line
                rows = rows[1:]
        while rows and rows[0].mention is None:
            rows = rows[1:]  # "State", "Signature": a table's header, not parties
        known = [r.mention for r in rows if r.mention is not None]
        if len(rows) < 2 or 3 * len(known) < 2 * len(rows) or lead_line is None:
            return
        kinds = Counter(m.kind for m in known)
        kind = kinds.most_common(1)[0][0]
        items: list[ActorMention] = list(_labelled_first(view, lead_line))
        for r in rows:
            if r.mention is not None:
                items.append(r.mention)
                continue
            s = r.name_start
            if view.text.startswith(("the ", "The "), s):
                s += 4
            name = view.text[s : r.name_end]
            items.append(ActorMention(s, r.name_end, name, _kind_of(name, kind), None, "list"))
        yield PartyList(items=tuple(items), layout=self.layout, governor=view.lines[lead_line])


_LABEL: Final = re.compile(r"[ \t]*([A-Za-z]+)[ \t]+")


def _labelled_first(view: ListView, line_no: int) -> tuple[ActorMention, ...]:
    """The first item of an infobox list, on the label's line ("Founder Brazil" above
    "Indonesia", "Mexico"): the one name after a signatory noun."""
    line = view.lines[line_no]
    label = _LABEL.match(view.text, line.start, line.end)
    if label is None or label.group(1).lower() not in lexicon()["sign_noun"]:
        return ()
    inside = view.actors.within(label.end(), line.end)
    if len(inside) != 1 or inside[0].start != label.end():
        return ()
    if view.text[inside[0].end : line.end].strip():
        return ()
    return inside


class TableLayout(BlockLayout):
    """Rows of a flattened table whose first cell names a party."""

    layout = Layout.TABLE
    cell = re.compile(r"\s*(?:\||\t)")


class EntryLayout(BlockLayout):
    """Entry lines whose first part names a party: "Kestrel, Ana Ruiz, Chief Executive"."""

    layout = Layout.TABLE
    cell = re.compile(r",\s+(?=[A-Z])(?![^\n]*\.\s*$)")


_NOTE_LINE: Final = re.compile(r"[ \t]*(?:\[?(?:footnote )?(\d{1,2})\]|(\d{1,2})[.)])[ \t]+")
_NOTE_MARK: Final = re.compile(r"\[(?:footnote |note )?(\d{1,2})\]")
_NOTE_ITEMS: Final = 3


class NoteLayout:
    """A footnote that lists parties ("1. Albania, Australia, Austria, ..."), governed by
    the sentence that carries its mark ("Members of the Initiative[footnote 1] are ...")."""

    layout = Layout.NOTE

    def find(self, view: ListView) -> Iterator[PartyList]:
        text = view.text
        marks: dict[str, Span] = {}
        for m in _NOTE_MARK.finditer(text):
            marks.setdefault(m.group(1), Span(m.start(), m.end()))
        if not marks:
            return
        starts = [g.start for g in view.sentences]
        for line in view.lines:
            head = _NOTE_LINE.match(text, line.start, line.end)
            if head is None:
                continue
            mark = marks.get(head.group(1) or head.group(2))
            if mark is None or mark.start >= line.start:
                continue
            items = [m for m in view.actors.within(head.end(), line.end) if _listable(m)]
            if len(items) < _NOTE_ITEMS:
                continue
            k = bisect.bisect_right(starts, mark.start) - 1
            governor = view.sentences[k] if k >= 0 else None
            if governor is not None and mark.start < governor.end:
                yield PartyList(
                    items=tuple(items), layout=self.layout, governor=governor, anchor=mark
                )


LAYOUTS: Final[tuple[ListLayout, ...]] = (
    NoteLayout(),
    InlineLayout(),
    BlockLayout(),
    TableLayout(),
    EntryLayout(),
)
"""The list layouts, each read over the whole article once."""


# -- deciding ------------------------------------------------------------------------------

_DASHES: Final = {"—": "-", "–": "-", "‒": "-", "―": "-", "“": '"', "”": '"', "’": "'"}


def _norm(toks: Sequence[Tok]) -> list[str]:
    return ["ACTOR" if t.mention is not None else _DASHES.get(t.low, t.low) for t in toks]


_WINDOW: Final = 12 * _REACH
"""Characters of text tokenised on each side of an inline list (its context reads no
more than :data:`_REACH` tokens), so that a long sentence with many lists stays linear."""


def _context(view: ListView, pl: PartyList) -> str:
    """The normalised governing context with the list written ``LIST``.

    The context starts with "…" when it starts inside its sentence, so that patterns
    anchored at the start of a sentence (``^``) do not match there.
    """
    g = pl.governor
    if pl.anchor is not None:
        lo = max(g.start, pl.anchor.start - _WINDOW)
        hi = min(g.end, pl.anchor.end + _WINDOW)
        before_toks = view.tokens(lo, pl.anchor.start)[-_REACH:]
        after_toks = view.tokens(pl.anchor.end, hi)[:_REACH]
        return " ".join([*_norm(before_toks), "LIST", *_norm(after_toks)])
    if pl.layout is Layout.INLINE:
        lo = max(g.start, pl.items[0].start - _WINDOW)
        hi = min(g.end, pl.items[-1].end + _WINDOW)
        toks = view.tokens(lo, hi)
        first = next(i for i, t in enumerate(toks) if t.start >= pl.items[0].start)
        last = next(i for i in range(len(toks) - 1, -1, -1) if toks[i].end <= pl.items[-1].end)
        before = _norm(toks[max(0, first - _REACH) : first])
        if first > _REACH or lo > g.start:
            before.insert(0, "…")
        after = _norm(toks[last + 1 : last + 1 + _REACH])
        return " ".join([*before, "LIST", *after])
    lead = governing_sentence(view.text, pl)
    start = max(lead.start, lead.end - _WINDOW)
    return " ".join([*_norm(view.tokens(start, lead.end)), "LIST"])


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


def decide(view: ListView, pl: PartyList) -> PartyList:
    """``pl`` with the first construction that matches its context, if any.

    A list with no cue word near it is left undecided without reading its context.
    """
    if _screened_out(view, pl):
        return pl
    context = _context(view, pl)
    words = frozenset(context.split())
    for c in CONSTRUCTIONS:
        if c.cue_words and c.cue_words.isdisjoint(words):
            continue
        if pl.layout in c.layouts and len(pl.items) >= c.min_items and c.regex.search(context):
            return attrs.evolve(
                pl,
                construction=c.name,
                effect=c.effect,
                modality=c.modality,
                narrates=c.narrates,
            )
    return pl


_ITEM_NAME: Final = r"[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|the|de|du|la|le|des|for|&)){0,5}"
_NEXT_ITEM: Final = re.compile(
    r"[ \t]*(?:,|;)[ \t]*(?:and[ \t]+|&[ \t]+)?(?:the[ \t]+)?(" + _ITEM_NAME + r")"
    r"(?=[ \t]*(?:[,;.(\[]|$|and\b|&))|[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?("
    + _ITEM_NAME
    + r")(?=[ \t]*(?:[,;.(\[]|$))",
    re.MULTILINE,
)
_PREV_ITEM: Final = re.compile(
    r"(?:^|[,;:][ \t]*)(?:the[ \t]+)?(" + _ITEM_NAME + r")[ \t]*,[ \t]*$"
)
_MAX_UNKNOWN: Final = 60


_ABBREVIATED: Final = frozenset({"Inc.", "Ltd.", "Co.", "Corp.", "S.A.", "N.V.", "A.G."})


def _kind_of(name: str, default: ActorKind) -> ActorKind:
    """The kind a name's head word gives ("Clean Water Alliance" is an NGO), else the
    kind of the list it stands in."""
    head = name.split()[-1].lower().strip(".,")
    kind = vocab.KIND_HEADS.get(head)
    return ActorKind(kind) if kind else default


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
        if text[s:e].lower() in _HEAD_WORDS or text[s:e].split()[0].lower() in _HEAD_WORDS:
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


def _item(
    view: ListView, s: int, e: int, kind: ActorKind, *, take_known: bool
) -> ActorMention | None:
    """The list item written at ``text[s:e]``: a known name (when ``take_known``), else
    a name the gazetteer lacks; None where the words are not an item."""
    text = view.text
    while e > s and text[e - 1] == "." and text[s:e].split()[-1] not in _ABBREVIATED:
        e -= 1  # "and Acme Robotics." ends the sentence, not the name
    inside = view.actors.within(s, e)
    if inside:
        m = inside[0]
        if len(inside) == 1 and m.start == s and m.end == e:
            return m if take_known and _listable(m) else None
        if len(inside) > 1 or m.start != s or not take_known:
            return None
    return ActorMention(s, e, text[s:e], _kind_of(text[s:e], kind), None, "list")


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
    """The parties of the first list that names the text's authors, if any."""
    for pl in lists:
        if pl.narrates:
            return pl.items
    return ()


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
            pl = decide(view, pl)
            if pl.layout is Layout.INLINE and pl.effect is not None:
                pl = _extend(view, pl)
            found.append(pl)
            taken.update(m.start for m in pl.items)
    found.sort(key=lambda p: p.items[0].start)
    return _statement_authors(text, found)


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
        ):
            lists[k] = attrs.evolve(
                pl,
                construction=pl.construction or "statement-authors",
                effect=pl.effect or Effect.SIGN,
                narrates=True,
            )
            break
    return tuple(lists)
