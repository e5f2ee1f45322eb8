"""Lists written one party per line (private; see :mod:`._layouts`).

``block`` (bulleted, numbered or bare lines under a lead-in or heading), ``table``
(rows whose first cell is a party), ``entry`` lines, ``grid`` (multi-column rows
flattened to lines) and ``note`` (a footnote listing parties, governed by the sentence
that carries its mark).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from typing import Final

from policycorpus.dates import MONTHS
from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention
from policycorpus.extract._constructions import Layout
from policycorpus.extract._inline_layouts import LEGAL_FORM_END, listable
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._list_view import ListView, PartyList, head_kind, kind_of
from policycorpus.model import ActorKind, Span

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
    r"|(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:(?:" + _MONTH_NAMES + r"|(?<=in |on )May)[ \t]+)?)"
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
            form = LEGAL_FORM_END.search(view.text, s, e)
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
