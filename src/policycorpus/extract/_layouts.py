"""The layouts party lists are written in, and the :class:`PartyList` they yield.

A :class:`PartyList` holds the listed parties, the layout they were written in and the
span of the clause, lead-in line or heading that governs them (decided later, in
:mod:`._lists`). Layouts are a small registry (:data:`LAYOUTS`), each a
:class:`ListLayout`:

- ``inline``: names coordinated in one sentence ("A, B and C", "A; B; C", "A as well as
  B", "A, B (FSM), C", "the governments of A and B"), and a country pair written as one
  compound ("UK-France");
- ``block``: one name per line, bulleted, numbered or bare, under a lead-in line or a
  heading ("The new supporters include:" then "- Canada", "- Chile"); names the
  gazetteer lacks are kept when most of the block is known, with the block's kind;
- ``table``: rows of a flattened table whose first cell is a party, and entry lines
  ("Kestrel, Ana Ruiz, Chief Executive");
- ``grid``: rows of a multi-column table flattened to lines, known names separated by
  spaces only ("Austria Ireland Spain"), read as a table;
- ``note``: a footnote listing parties, governed by the sentence that carries its mark;
- offices each named with their country, set off by semicolons ("The Ministry of Water,
  Chile; the Office of Rivers, Peru; and ... commit"), read inline: the countries.

Adding a layout is one class here and one entry in :data:`LAYOUTS`
(docs/decisions/0004-party-lists.md).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import Final, Protocol

import attrs

from policycorpus.dates import MONTHS
from policycorpus.extract import _gazetteer_data as gaz_data
from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention, ArticleActors
from policycorpus.extract._clauses import Tok
from policycorpus.extract._constructions import Effect, Layout
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._tokens import shared_tokenize
from policycorpus.model import ActorKind, Modality, Span

__all__ = [
    "HEAD_WORDS",
    "LAYOUTS",
    "REACH",
    "ListLayout",
    "ListView",
    "PartyList",
    "kind_of",
    "listable",
    "under_signatory_heading",
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


REACH: Final = 32
"""Tokens of context an inline list sees on each side, inside its sentence."""
# -- the view of an article the layouts read -----------------------------------------


@attrs.frozen
class ListView:
    """What the layouts read: the text, its sentences and lines, and the actor mentions."""

    text: str
    sentences: tuple[Span, ...]
    actors: ArticleActors
    lines: tuple[Span, ...] = attrs.field(init=False)
    line_starts: tuple[int, ...] = attrs.field(init=False)
    """Where each line starts (for finding a line by offset in log time)."""
    sentence_starts: tuple[int, ...] = attrs.field(init=False)
    """Where each sentence starts (for finding the sentence before one in log time)."""

    def __attrs_post_init__(self) -> None:
        lines: list[Span] = []
        pos = 0
        for line in self.text.split("\n"):
            lines.append(Span(pos, pos + len(line)))
            pos += len(line) + 1
        object.__setattr__(self, "lines", tuple(lines))
        object.__setattr__(self, "line_starts", tuple(ln.start for ln in lines))
        object.__setattr__(self, "sentence_starts", tuple(sp.start for sp in self.sentences))

    def tokens(self, start: int, end: int) -> list[Tok]:
        """The shared sentence tokens of ``text[start:end]`` (mentions as one token)."""
        return shared_tokenize(self.text, start, end, self.actors.within(start, end), self.actors)


class ListLayout(Protocol):
    """A way of writing a list of parties."""

    layout: Layout

    def find(self, view: ListView) -> Iterator[PartyList]:
        """Every list of this layout in the article, undecided (no construction yet)."""
        ...


_OFFICES: Final = "|".join(
    sorted(
        lexicon()["representative_noun"]
        | {"prime minister", "president", "premier", "chancellor", "first minister", "people"},
        key=len,
        reverse=True,
    )
)
"""Offices written before the country they speak for ("and the Prime Minister of Poland")."""
_GAP: Final = re.compile(
    r"(?:\s*(?:,|;|&|\band\b|\bas well as\b|\balong with\b|\btogether with\b|\bplus\b|"
    r"\bthe\b|\b(?:" + _OFFICES + r") of\b|\([^()\n]{1,15}\)|\[[\w ]{1,12}\]))*\s*",
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


def listable(m: ActorMention) -> bool:
    return m.kind is not ActorKind.PERSON


_NEXT_NAME: Final = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


def _modifier(text: str, m: ActorMention) -> bool:
    """Whether the name modifies what follows it ("the EU member states", "UK firms") or
    begins a longer name ("France Telecom-Orange"), so that it is not a party itself."""
    if m.via == "demonym":
        return False  # "Polish Foreign and Defence secretaries": the demonym names a party
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is not None and nxt.group(1) in _MODIFIED:
        return True
    name = _NEXT_NAME.match(text, m.end)
    return (
        name is not None
        and name.group(1).lower() not in _REPRESENTATIVE
        and name.group(1).rstrip(".") not in gaz_data.COMPANY_SUFFIXES  # "Intel Corporation"
    )


_PAIR_MARKS: Final = frozenset({"-", "\u2013", "/"})
_PAIRED_KINDS: Final = frozenset({ActorKind.GOVERNMENT, ActorKind.INTERGOVERNMENTAL})


def _paired(text: str, a: ActorMention, b: ActorMention) -> bool:
    """Whether two governments are written as one compound ("UK-France Summit",
    "U.S.-Japan cooperation", "Australia-UK-US" two by two): a pair (or chain) that
    "they" and "both countries" may stand for."""
    return (
        text[a.end : b.start] in _PAIR_MARKS
        and a.kind in _PAIRED_KINDS
        and b.kind in _PAIRED_KINDS
        and a.name != b.name
    )


_LEGAL_FORM: Final = re.compile(
    r"\A,?[ \t]+(?:"
    + "|".join(
        sorted((re.escape(x.rstrip(".")) for x in gaz_data.COMPANY_SUFFIXES), key=len, reverse=True)
    )
    + r")\.?(?=[ \t,;]|\Z)"
)
"""A company's legal form after its name ("Intel Corporation", "Cofomo Inc."), which
belongs to the item, not to the gap between items."""
_LEGAL_FORM_END: Final = re.compile(
    r",?[ \t]+(?:"
    + "|".join(
        sorted((re.escape(x.rstrip(".")) for x in gaz_data.COMPANY_SUFFIXES), key=len, reverse=True)
    )
    + r")\.?$"
)
"""A company's legal form ending a row's name ("Acme Foods Inc", "Norland Ltd.")."""
_DESCRIPTOR: Final = re.compile(
    r"(?:[ \t]+|-)((?:[a-z][a-z'-]*[ \t]+){0,3}[a-z][a-z'-]*)[ \t]*,[ \t]*(?:and[ \t]+)?"
)
_NOT_DESCRIPTIVE: Final = (
    lexicon()["sign_verb"]
    | lexicon()["commit_verb"]
    | lexicon()["aux"]
    | lexicon()["report_verb"]
    | {"the", "a", "an", "and", "or", "but", "which", "who", "that", "said", "say", "says"}
)


def _described(run: Sequence[ActorMention], gap: str) -> bool:
    """Whether ``gap`` is a short lower-case description of the item before it, inside a
    list already under way ("A, B, Microsoft hosted consumer services, C and D")."""
    if len(run) < 2:
        return False
    m = _DESCRIPTOR.fullmatch(gap)
    return m is not None and _NOT_DESCRIPTIVE.isdisjoint(m.group(1).split())


_INTRO: Final = re.compile(
    r"(?:(?:Today|Yesterday|Earlier|Later|Meanwhile|Now|Also|Separately|"
    r"(?:Earlier|Later|Last|This) (?:this |last )?(?:week|month|year)),[ \t]*)?"
    r"(?:[Aa]t|[Dd]uring|[Ii]n|[Oo]n|[Aa]fter|[Ff]ollowing|[Uu]nder|[Aa]head of|[Bb]efore|"
    r"[Ss]ince|[A-Z][a-z]{2,}ing)\b"
    r"[^,\n(]{0,120}(?:\([^()\n]*\)[^,\n(]{0,120})*,"
)
"""An opening phrase closed by the sentence's first comma ("At the 12th session of the
Forum, Chile pledged ...", "Today, at the Forum in Lima, Chile pledged ...", "Attending
the summit in Lima, Chile ..."): a name at its end is not listed with the subject after
it."""


_APPOSED: Final = re.compile(
    r",[ \t]*(?:(?:" + "|".join(sorted(vocab.HONORIFICS)) + r")\.?[ \t]+)?"
)
"""The gap between a title's country and the official it introduces ("... of Peru, Dr.
Ana Ruiz")."""


_LIST_COMMA: Final = re.compile(r",[ \t]*(?:the[ \t]+)?")


class InlineLayout:
    """Names coordinated inside one sentence."""

    layout = Layout.INLINE

    def find(self, view: ListView) -> Iterator[PartyList]:
        text = view.text
        for sentence in view.sentences:
            run: list[ActorMention] = []
            closed = False  # an "and" ended the run: a comma after it starts another
            compound = False  # the run is a compound ("UK-France"): nothing joins it
            intro = _INTRO.match(text, sentence.start, sentence.end)
            intro_end = intro.end() if intro is not None else -1
            mentions = view.actors.within(sentence.start, sentence.end)
            for k, m in enumerate(mentions):
                if m.end <= intro_end and not (
                    k + 1 < len(mentions)
                    and _LIST_COMMA.fullmatch(text, m.end, mentions[k + 1].start)
                ):
                    # "Attending the summit in Lima, Chile ...": not a party here; but
                    # "Following support by A, B and C at the forum, ...": the list goes on
                    continue
                if run and m.name == run[-1].name and text[run[-1].end : m.start] == " (":
                    continue  # "the Federated States of Micronesia (FSM)"
                if text.startswith(("'s ", "’s "), m.end):
                    continue  # "Canada's Cohere": the owner is not listed, its company is
                if (len(run) == 1 or compound) and _paired(text, run[-1], m):
                    # "UK-France", "U.S.-Japan", "Australia-UK-US": one compound
                    run.append(m)
                    compound = True
                    continue
                if compound:
                    yield PartyList(items=tuple(run), layout=self.layout, governor=sentence)
                    run, compound = [], False
                if not listable(m) or _modifier(text, m):
                    if run:
                        yield PartyList(items=tuple(run), layout=self.layout, governor=sentence)
                    run = []
                    continue
                if (
                    run
                    and m.kind is ActorKind.PERSON
                    and m.represents == run[-1].name
                    and _APPOSED.fullmatch(text, run[-1].end, m.start)
                ):
                    run[-1] = m  # "the Minister of Health of Peru, Dr. Ana Ruiz": her title
                    continue
                if run:
                    gap = _POSSESSIVE.sub("", text[run[-1].end : m.start])
                    gap = _LEGAL_FORM.sub("", gap, count=1)  # "Intel Corporation, Jolera"
                    if (
                        not run[-1].end <= intro_end <= m.start  # "At the X Forum, Chile"
                        and len(gap) <= _MAX_GAP
                        and "\n" not in gap
                        and (_GAP.fullmatch(gap) or _described(run, gap))
                        and (gap.strip() or "(" in gap or not gap)  # "ItalyJapan": lost commas
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
    r"\s*(?:[-*•·▪◦‣–—+]|\(?\d{1,3}[.)]|\(?[a-z][.)])?\s*\*?"
    r"(?:Flag of [^\n]{1,60}?\.(?:svg|png|gif)\s*)?"
)
"""A row's lead: a bullet or number, and a flag image's alt text ("Flag of Chile.svg")."""
_TRAIL: Final = re.compile(r"[\s,;.]*(?:\b(?:and|or)\b)?[\s,;.]*$")
_GLOSS: Final = re.compile(r"[ \t]+[—–-][ \t]+")
"""A dash between a name and its gloss ("Manatū Hauora — Ministry of Health")."""
_MONTH_NAMES: Final = "|".join(m.capitalize() for m in MONTHS if len(m) > 3)
_DATE_TAIL: Final = re.compile(
    r"(?:[ \t]+(?:(?:in|on|since|from)[ \t]+)?\(?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:" + _MONTH_NAMES + r"|May)[ \t]+"
    r"|(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:(?:" + _MONTH_NAMES + r")[ \t]+)?)"
    r"(?:1[89]|20)\d\d\)?)+$"
)
"""The dates at the end of a member's row ("Belgium in June 2017", "Chile (2019)",
"Austria 12 May 2019 3 March 2020": signed, then ratified)."""
_DATED_ENDS: Final = frozenset("0123456789)")
"""How a row that ends in a date ends (only such rows are searched for one)."""
_ABBR_TAIL: Final = re.compile(r"[ \t]+\([A-Z][A-Za-z&]{1,9}\)$")
"""A name's abbreviation in brackets at the end of its row ("... Research (IMR)")."""


def _glossed(view: ListView, s: int, e: int) -> int:
    """Where the name of the row ``text[s:e]`` starts: after a gloss in another language
    ("Manatū Hauora — Ministry of Health", "Tatauranga Aotearoa — Stats NZ"), when only
    the part after the dash names a body (a head word, or a known name with more words
    around it); "Rakuten – France" stays whole."""
    text = view.text
    gloss = _GLOSS.search(text, s, e)
    if gloss is None or head_kind(text[s : gloss.start()].split()):
        return s
    after = text[gloss.end() : e].split()
    inside = view.actors.within(gloss.end(), e)
    if head_kind(after) or (
        inside and not (inside[0].start == gloss.end() and inside[-1].end == e)
    ):
        return gloss.end()
    return s


_NAME_LIKE: Final = re.compile(
    r"[a-z][\w-]*\.(?:ai|io|com|org|net|co|app|tech)"  # a brand written as its domain
    r"|(?:[A-Z][\w'’.&-]*|of|the|and|de|du|la|le|des|for|&)(?: (?:[A-Z][\w'’.&-]*|of|the|and|"
    r"de|du|la|le|des|for|&)){0,6}"
)
HEAD_WORDS: Final = lexicon()["sign_noun"] | lexicon()["group_noun"]
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


_SECTION_HEAD: Final = re.compile(
    lexicon().expand(
        r"(?:the |our |current |new |founding |list of )?(?:(?!former |non)[\w&+-]+ ){0,2}"
        r"(?:{sign_noun}|member states|"
        r"signatory (?:countries|states|organisations|organizations|companies))"
    )
)
"""A section heading that names its lists' parties as signatories ("The Signatories")."""
_OBSERVER_HEAD: Final = re.compile(lexicon().expand(r"(?:the |other )?(?:{observer_noun})"))
"""A section heading over parties that are not signatories ("Observers", "Hosts")."""
_HEAD_LINES: Final = 12


def under_signatory_heading(view: ListView, line: int) -> bool:
    """Whether the nearest heading above line ``line`` (a short line with no closing
    stop, within a few lines) names signatories ("The Signatories", "Members")."""
    for j in range(line - 1, max(-1, line - _HEAD_LINES), -1):
        text = view.text[view.lines[j].start : view.lines[j].end].strip()
        words = text.split()
        if not words or len(words) > 6 or text[-1] in ".,;":
            continue
        return _SECTION_HEAD.fullmatch(text.lower().rstrip(":")) is not None
    return False


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
        if e > s and text[e - 1] in _DATED_ENDS:
            dated = _DATE_TAIL.search(text, s, e)
            if dated is not None and dated.start() > s:
                e = dated.start()  # "- Belgium in June 2017;": when the party joined
        if e <= s:
            return None
        if "—" in raw or "–" in raw or " - " in raw:
            s = _glossed(view, s, e)
        if text[e - 1] == ")":
            abbr = _ABBR_TAIL.search(text, s, e)
            if abbr is not None and abbr.start() > s:
                e = abbr.start()  # "Institute of Marine Research (IMR)": the name before it
        row = _Row(line.start, line.end)
        row.name_start, row.name_end = s, e
        row.bulleted = bulleted
        inside = view.actors.within(s, e)
        if len(inside) == 1:
            m = inside[0]
            before = text[s : m.start].strip().lower()
            if m.end == e and before in ("", "the") and listable(m):
                row.mention = m
                return row
        name = text[s:e]
        words = name.split()
        if len(words) > 2 and words[1] in ("of", "for") and head_kind(words):
            name = name.replace(", ", " ")  # "Ministry of Business, Innovation, and Trade"
        if not _NAME_LIKE.fullmatch(name):
            return None
        if inside and (len(inside) > 1 or " and " in name or "," in name):
            return None  # a known name inside a longer one ("Debunk EU") is that name
        if any(w in HEAD_WORDS for w in name.lower().split()) or _OBSERVER_HEAD.fullmatch(
            name.lower().rstrip(":")
        ):
            return None  # "Signatories", "Member states", "Observers": a heading, not a party
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
        if lead_line is None:
            return
        announced = (
            self.cell is None
            and _SIGNING_LEAD.search(
                view.text, view.lines[lead_line].start, view.lines[lead_line].end
            )
            is not None
        ) or (
            # the lead-in is such a heading ("Corporate Participants") or under one
            self.cell is None and under_signatory_heading(view, lead_line + 1)
        )  # "The new signatories to the code are:" over bullets: every bullet is a party
        if not announced:
            while rows and rows[0].mention is None:
                rows = rows[1:]  # "State", "Signature": a table's header, not parties
        known = [r.mention for r in rows if r.mention is not None]
        bodies = announced and all(
            r.mention is not None or head_kind(view.text[r.name_start : r.name_end].split())
            for r in rows
        )  # under "The signatories are:", rows that each name a body by its head word
        if len(rows) < 2 or not (known or bodies):
            return
        if not announced and 3 * len(known) < 2 * len(rows):
            return
        kind = Counter(m.kind for m in known).most_common(1)[0][0] if known else ActorKind.OTHER
        items: list[ActorMention] = list(_labelled_first(view, lead_line))
        for r in rows:
            if r.mention is not None:
                items.append(r.mention)
                continue
            s, e = r.name_start, r.name_end
            if view.text.startswith(("the ", "The "), s):
                s += 4
            form = _LEGAL_FORM_END.search(view.text, s, e)
            if form is not None and form.start() > s:
                e = form.start()  # "A&W Food Services of Canada Inc.": the name before it
            name = view.text[s:e]
            if not vocab.names_a_party(name):
                continue  # "Objectives": the heading after the list
            items.append(ActorMention(s, e, name, kind_of(name, kind), None, "list"))
        yield PartyList(items=tuple(items), layout=self.layout, governor=view.lines[lead_line])


_SIGNING_LEAD: Final = re.compile(
    lexicon().expand(r"\b(?:{sign_noun}|{passive_sign} by)\b")
    + r"[^:\n]{0,160}?(?:\bare|\binclude|\bincludes|\bby)?\s*:\s*\Z",
    re.IGNORECASE,
)
"""A lead-in that announces the parties listed under it ("The new signatories to the
code are:", "Signed by:")."""
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


class GridLayout:
    """Rows of a multi-column table flattened to lines, cells separated by spaces only:
    every row holds two or more known names and nothing else ("Austria Ireland Spain"),
    under a lead-in line."""

    layout = Layout.TABLE

    def _cells(self, view: ListView, line: Span) -> tuple[ActorMention, ...] | None:
        inside = view.actors.within(line.start, line.end)
        if len(inside) < _GRID_CELLS or not all(listable(m) for m in inside):
            return None
        text = view.text
        edges = [line.start, *(x for m in inside for x in (m.start, m.end)), line.end]
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            gap = text[a:b]
            if gap.strip() or (a != line.start and b != line.end and not gap):
                return None  # words between the names, or two names glued together
        return inside

    def find(self, view: ListView) -> Iterator[PartyList]:
        rows: list[ActorMention] = []
        count = 0
        lead: int | None = None
        last_content: int | None = None
        for n, line in enumerate(view.lines):
            if not view.text[line.start : line.end].strip():
                continue
            cells = self._cells(view, line)
            if cells is None:
                if count >= _GRID_ROWS and lead is not None:
                    yield PartyList(
                        items=tuple(rows), layout=self.layout, governor=view.lines[lead]
                    )
                rows, count = [], 0
                last_content = n
                continue
            if not rows:
                lead = last_content
            rows.extend(cells)
            count += 1
        if count >= _GRID_ROWS and lead is not None:
            yield PartyList(items=tuple(rows), layout=self.layout, governor=view.lines[lead])


_GRID_CELLS: Final = 2
_GRID_ROWS: Final = 2


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
            items = [m for m in view.actors.within(head.end(), line.end) if listable(m)]
            if len(items) < _NOTE_ITEMS:
                continue
            k = bisect.bisect_right(starts, mark.start) - 1
            governor = view.sentences[k] if k >= 0 else None
            if governor is not None and mark.start < governor.end:
                yield PartyList(
                    items=tuple(items), layout=self.layout, governor=governor, anchor=mark
                )


def head_kind(words: Sequence[str]) -> str | None:
    """The kind a name's head word gives: the word before its complement ("Coalition for
    Safer Streets", "Ministry of Energy"), else its last word ("Vikram Solar")."""
    for w, nxt in pairwise(words):
        if nxt in ("for", "of", "on", "against"):
            kind = vocab.KIND_HEADS.get(w.lower().strip(".,"))
            if kind is not None:
                return kind
            break
    return vocab.KIND_HEADS.get(words[-1].lower().strip(".,")) if words else None


def kind_of(name: str, default: ActorKind) -> ActorKind:
    """The kind a name's head word gives ("Clean Water Alliance" is an NGO), else the
    kind of the list it stands in."""
    kind = head_kind(name.split())
    return ActorKind(kind) if kind else default


_OFFICE_ITEM_END: Final = re.compile(
    r"[ \t]*(?:;|,?[ \t]+and\b|,?[ \t]+(?:therefore|together|jointly)\b)"
)
_OFFICE_ITEMS: Final = 2


def _office_before(text: str, lo: int, end: int) -> bool:
    """Whether the item before ``end`` (back to a semicolon or ``lo``) names an office
    ("the Ministry of Communications"): capitalised words under a head word."""
    item = text[lo:end].rsplit(";", 1)[-1].strip()
    if item.startswith(("and ", "And ")):
        item = item[4:]
    words = item.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and head_kind(words) is not None


class OfficeCountryLayout:
    """Offices each named with its country after a comma, the items set off by
    semicolons ("The Department for Digital Affairs, United Kingdom; the Ministry of
    Communications, Japan; and the Office of Telecoms, Canada commit to ..."): the
    countries are the parties, read inline in their sentence."""

    layout = Layout.INLINE

    def find(self, view: ListView) -> Iterator[PartyList]:
        text = view.text
        for sentence in view.sentences:
            if ";" not in text[sentence.start : sentence.end]:
                continue
            items = [
                m
                for m in view.actors.within(sentence.start, sentence.end)
                if m.kind is ActorKind.GOVERNMENT
                and text[max(sentence.start, m.start - 2) : m.start] == ", "
                and _OFFICE_ITEM_END.match(text, m.end, sentence.end) is not None
                and _office_before(text, sentence.start, m.start - 2)
            ]
            if len(items) >= _OFFICE_ITEMS:
                yield PartyList(items=tuple(items), layout=self.layout, governor=sentence)


LAYOUTS: Final[tuple[ListLayout, ...]] = (
    NoteLayout(),
    OfficeCountryLayout(),
    InlineLayout(),
    BlockLayout(),
    TableLayout(),
    EntryLayout(),
    GridLayout(),
)
"""The list layouts, each read over the whole article once."""
