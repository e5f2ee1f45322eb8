"""Plain text to :class:`~policycorpus.Article`.

The page is read as lines. Three regions are looked at differently:

* the **header**: the lines before the first body paragraph. Here chrome is dropped,
  date lines give the published date, bylines give authors ("By ...", "Hon ...",
  "Jane Doe, Editor", a name over a role line), and the remaining short heading-like
  lines are title candidates. The title is the longest candidate (title case counts
  1.3 times), except that a title-case headline before long sentence-case standfirsts
  wins, and a heading wins over a page title that only adds a suffix ("... Debate",
  "... | Site"), and a line the page prints twice counts 1.6 times. Site names are cut
  off header lines first ("GOV.UK - ...", "... | Ministry of X"); a transcript's
  speaker line ("The Minister for Schools (Jane Doe)") ends the header and is never a
  title; "From Department of ..." lines name the publisher and are dropped. Report front
  matter is chrome: paper numbers ("HC 612", "HL Paper 45"), "Fourth Report of Session
  ...", "Ordered by the House ... to be printed", "... by authority of the House"; a
  masthead naming a body ("House of Commons", "Education Committee", "Select Committee on
  X") is never the title while another candidate exists; a place alone ("Washington,
  D.C.") is a dateline, never a title; a heading ending with its own date after a dash
  ("Press Briefing – November 20, 2024") is still a title and dates the page. On a
  transcript (three or more turns such as "MS DOE:", "QUESTION:", "Q:") the names under
  the title without an explicit "By" ("Jane Doe, Deputy Spokesperson") are speakers, not
  authors. A repeat of
  the title is dropped; candidates before it are page chrome and are dropped, those
  after it stay as subheadings. No candidate means no title: the first sentence is
  never promoted. Lines that are never a title live in ``_titles``; the cuts and joins
  made to header lines first (wrapped headlines, table cells, links) in ``_headerlines``.
* just **after the header**: an explicit "By ..." line, labelled dates ("Published" over
  "27 September 2023", "This question was answered on 9 May 2025"), a gov-style
  "From:" block, a sentence dating itself ("The press release issued by ... on 25
  January 2024.") and a dateline opening the first paragraph ("WASHINGTON, March 5,
  2025 — ...", "Brussels, 5 March 2025 – ..."), or standing on its own line. An agency
  dateline without a year ("LONDON, March 5 (Reuters) -") takes the one year the page's
  other dates state (dates with a month; bare years do not count), else the year of the
  caller's ``reference_date`` (the latest such day not after it); with neither, or with
  two different years on the page, it dates nothing: a month and day are no PartialDate.
* the **trailer**: a "Related articles"-style block ends the article; the lines after
  the last body paragraph, read backwards, drop debris and law-firm or hotline footers;
  a sign-off ("Jane Doe, Editor", "— Jane Doe, Analyst", or a bare name right after the
  body) gives an author and ends the article; an author bio ("Jane Doe is a reporter
  covering ...") is dropped; date lines ("Last updated: ...") give the published date when
  the header had none.
* the **body**: debris lines are dropped anywhere; bullets become list items,
  "= Heading =" and short unpunctuated lines headings (three or more in a row: a
  list), image credits are cut off captions, and an FAQ heading opens an FAQ section
  whose questions are marked.

Publication dates rank: a corpus "date YYYY-MM-DD" prefix, then labelled "published"
(or "answered") dates, then unlabelled ones and datelines ("Geneva, 3 May 2026",
"Signed in Lisbon, 14 April 2026", "Strasbourg 05.03.2025"), then "updated" (or
"asked") ones; header before trailer. Event dates inside sentences are never
publication dates.

A body paragraph is a line that reads as a sentence or is long. Hard-wrapped lines
(ending mid-sentence, next line in lower case) are joined. The text is built by
:class:`policycorpus._text.TextBuilder`, so offsets map back to the raw input.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

import attrs

from policycorpus._text import TextBuilder, fold
from policycorpus.dates import find_dates, parse_date
from policycorpus.model import (
    Article,
    DatePrecision,
    OffsetMap,
    Paragraph,
    ParagraphKind,
    PartialDate,
    Span,
)
from policycorpus.parse._debris import credit_start, is_debris, is_footer, is_sentence
from policycorpus.parse._headerlines import (
    cut_contents_link,
    cut_empty_cells,
    cut_link_tail,
    glued_label_date,
    headline_block,
    join_occasion,
    numeric_stamp,
)
from policycorpus.parse._lines import LONG as _LONG
from policycorpus.parse._lines import PROBE as _PROBE
from policycorpus.parse._lines import TRIM as _TRIM
from policycorpus.parse._lines import Line as _Line
from policycorpus.parse._lines import split_lines as _split_lines
from policycorpus.parse._metadata import (
    DateLine,
    byline_names,
    date_line,
    dateline_date,
    dayfirst_hint,
    is_role_line,
    organisation_byline,
    person_name,
    place_line,
)
from policycorpus.parse._titles import (
    PHOTO_CREDIT_END,
    TAG_LIST,
    WRITTEN_STATEMENT_LABELS,
    document_heading,
    infobox_rows,
    is_figure_caption,
    is_menu_run,
    is_notice,
    is_photo_caption,
    is_tagline,
    keeps_label,
    never_title,
    opens_with_currency,
    sister_project_name,
    speech_byline,
    title_speaker,
)
from policycorpus.parse._titles import QA_LABEL as _QA_LABEL
from policycorpus.parse._titles import institution_name as _institution_name
from policycorpus.parse._titles import section_list as _section_list
from policycorpus.parse._titles import title_case as _title_case
from policycorpus.parse._vocab import vocabulary

__all__ = ["Hints", "cut_headline_chrome", "cut_site_name", "parse_plain", "site_name_cut"]

_HEADER_MAX: Final = 60
_TRAILER_MAX: Final = 14
_BULLET: Final = re.compile(r"[•·▪●○◦‣∙■□➢►▶✓✔\-*–—](?=\s)\s*")
_NUMBERED: Final = re.compile(
    r"(?:\d{1,3}|[a-z]|[ivxlc]{1,5})(?:\.(?:\d{1,3}|[a-z]|[ivx]{1,4}))*[.)]\s"
)
_WIKI: Final = re.compile(r"(={1,6})\s*([^=\s][^=]*?)\s*\1\Z")
_DATE_PREFIX: Final = re.compile(r"date\s+(\d{4}-\d{2}-\d{2})\b\s*", re.I)
_NUMERIC_DATE: Final = re.compile(r"\d[/.]\d{1,2}[/.]\d")
_NUMERIC_STAMP: Final = re.compile(r"\d{1,4}(?:\s?[/.]\s?\d{1,4}){1,2}")
"""A header line of figures only ("23 / 06 / 14", "14.06"): a date or a reference."""
_DOMAIN_NAME: Final = re.compile(
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|io|co|uk|au|nz|eu|ie|ca|info|news|tv)",
    re.I,
)
_BODY_HEADING_WORDS: Final = 15
_DECK_WORDS: Final = 15
_LATE_LINES: Final = 12
_PLAIN_WORD: Final = re.compile(r"[a-z][a-z'’-]*[,;.]?(?:\s|\Z)")
_SITE_PREFIX: Final = re.compile(r"(?P<site>[^\s|–—]{2,40}(?: [^\s|–—]{1,30}){0,5})\s+[|–—-]\s+")
_SITE_SUFFIX: Final = re.compile(r"\s+(?P<sep>[|–—-])\s+(?P<site>[^|–—]{2,80})\Z")
_SPEAKER: Final = re.compile(
    r"(?P<who>[^()]{3,120}?)\s?\((?P<inner>[^()]{3,80})\)(?:\s?\([^()]{1,40}\))?\Z"
)
_DATELINE_DASH: Final = re.compile(r"\s[—–-]\s")
_REPEAT_BONUS: Final = 1.6
_REPUBLISH_DAYS: Final = 7
_EVENT_BANNER: Final = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
    r"\s?:\s+[A-Z]\w*(?: \w+)+"
)
"""A date naming an event, then a colon and its name: a topic banner, not the page's date."""
_CLOCK: Final = re.compile(r"\b\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?\s?[A-Z]{2,4}\b")
"""A clock time with its zone ("08:18 PM EDT", "14:05 CET")."""
_PUBLISHED: Final = ("published ", "published:", "first published")
_DAY_RANGE: Final = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s?[–—-]\s?\d{1,2}(?:st|nd|rd|th)?\s[A-Za-z]"
)
_STAMP: Final = re.compile(
    r"(?:[A-Z][\w&-]*(?: [\w&-]+){0,2} [|·•-]? ?)?(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:,? \d{1,2}:\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?)?",
    re.I,
)
_PORTRAIT_PREFIXES: Final = ("Picture of ", "Photo of ", "Portrait of ", "Image of ")
_INFOBOX_ROW_MAX: Final = 60
_POST_META: Final = ("posted by:", "posted on:")
_WIKI_TAGLINE: Final = "wikipedia, the free encyclopedia"
_PARENTHETICAL: Final = re.compile(r"\s*\([^()]{1,60}\)\s*\Z")
_DEBATE_SUFFIX: Final = re.compile(r"\s+[-–—|]\s+[^-–—|()]{6,40}\s*\([^()]{1,60}\)\s*")
_PORTRAIT_LABEL: Final = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,4}) Portrait\b")
"""A speaker's portrait label on a parliament page ("Jane Doe Portrait The Minister ...")."""
_SITTING: Final = re.compile(r"\bin the House of (?:Lords|Commons|Representatives)\b")
"""A line that says where a debate took place, and (after "on") when."""
_TABLED: Final = re.compile(r"\b(?:tabled|laid|presented) on\b", re.I)
_RECORD_REFERENCE: Final = re.compile(
    r"H[CL] Deb(?:ates)?\s(?P<date>\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4})\s(?:vol|Vol)\.?\s?\d{1,4}\b"
)
"""Hansard's reference to a sitting ("HC Deb 29 October 1999 vol 336 cc1017-8W")."""
_ASKED_ON: Final = re.compile(r"\b(?:tabled|asked) on\b", re.I)
"""On a question not yet answered, the date it was tabled or asked is the page's."""
_GLUED_LABEL: Final = re.compile(r"(?P<label>[A-Z][a-z]{2,}(?: [a-z]{2,}){0,2})(?=[A-Z0-9(])")
_HEAD_WORDS: Final = 6
_BIO_VERBS: Final = (" is a ", " is an ", " is the ", " writes ", " covers ", " reports on ")
_JOIN_END: Final = (".", "!", "?", ":", ";", '"', "”", "’", ")", "]")
_OPEN_END: Final = re.compile(
    r"(?:^|\s)(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|has|have|had|was|were|is|are|"
    r"will|would|shall|its|their|our|his|her|up|into|than|that|which|who|"
    r"Dr|Mr|Mrs|Ms|Mx|Prof|Hon|Sir|Dame)\Z"
)
"""A last word that cannot end a sentence ("... summit in" / "Brussels.", "... Health,
Dr" / "Jane Doe, today signed")."""
_NAME_CHECK_LINES: Final = 12
_NAME_CHECK_CHARS: Final = 4000
"""How much of the text below a name-shaped line is read to tell a thing from a person."""


_RAW_WORD: Final = re.compile(r"\S+")
_WRAP_MIN: Final = 30
"""The shortest first line of a headline the page wrapped onto a second line."""
_WRAP_STOPS: Final = (".", "!", "?", ",", ";", ":", "|", "-", "–", "—", ")", '"', "”", "’")
_METADATA_LIST_MAX: Final = 4
_METADATA_LABEL_WORDS: Final = 5


def _open_ended(line: str) -> bool:
    """Whether ``line`` ends on a comma or a word that cannot end a sentence."""
    return line.endswith(",") or _OPEN_END.search(line) is not None


def _runs_on(before: str, line: str) -> bool:
    """Whether ``line`` continues the hard-wrapped sentence of ``before``: it starts in
    lower case, or ``before`` ends on a comma or a word that cannot end a sentence
    ("will commit up to" / "£300 million")."""
    if not line or before.endswith(_JOIN_END):
        return False
    return line[0].islower() or _open_ended(before)


@attrs.frozen
class Hints:
    """What an outer parser (HTML) already knows about the article."""

    title: str | None = None
    published: PartialDate | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    language: str | None = None


@attrs.define
class _Dated:
    date: PartialDate
    rank: tuple[int, int, int]
    timed: bool = False
    """Whether the line gave a clock time ("06/08/2022 08:18 PM EDT")."""


def _is_body(line: _Line) -> bool:
    if line.long:
        return True
    probe = line.probe
    if _dated_heading(probe):
        return False  # "Joint statement ... delivered by A on behalf of B, 2 November 2022"
    if probe.endswith("?") and len(probe.split()) <= 16:
        return False  # a question headline or FAQ question
    return is_sentence(probe) and len(probe.split()) >= 5


def _dated_heading(probe: str) -> bool:
    """A heading, however long, that ends with its own date after a separator and holds
    no sentence stop ("Joint statement at the Dialogue ..., delivered by Australia on
    behalf of A and B, 2 November 2022")."""
    return (
        probe[-1:].isdigit()
        and ". " not in probe
        and len(probe.split()) <= _DATED_HEADING_WORDS
        and _heading_date(probe, None) is not None
    )


_DATED_HEADING_WORDS: Final = 45


def _heading_like(probe: str) -> bool:
    if (len(probe) > 200 and not _dated_heading(probe)) or probe.endswith((",", ";", ":")):
        return False
    if probe.endswith(("?", "!")) and len(probe.split()) > 16:
        return False
    if probe.endswith(".") and is_sentence(probe):
        return False
    words = probe.split()
    first = words[0] if words else ""
    if not any(len(w) > 1 and w[:2].isalpha() for w in words):
        return False  # "96%", "2023": a figure, not a heading
    return (
        len(words) >= 1
        and (len(words) <= 25 or (len(words) <= _DATED_HEADING_WORDS and _dated_heading(probe)))
        and (
            first[0].isupper()
            or first[0].isdigit()
            or first[0] in "“‘\"'"
            or opens_with_currency(probe)  # "£85 million pledged to ..."
            or any(c.isupper() for c in first[1:])  # "eSafety", "iPhone"
        )
    )


def _is_list(probe: str) -> bool:
    return bool(_BULLET.match(probe))


def _unmark(probe: str) -> str:
    """A list item without its bullet or number ("2. Media enquiries: ..." -> "Media ...")."""
    m = _NUMBERED.match(probe)
    return probe[m.end() :] if m is not None else _unbullet(probe)


def _unbullet(probe: str) -> str:
    m = _BULLET.match(probe)
    return probe[m.end() :] if m is not None else probe


class _Reader:
    def __init__(self, raw: str, source: str | None, hints: Hints) -> None:
        self.raw = raw
        self.hints = hints
        self.lines = _split_lines(raw)
        self.source = source
        self._dayfirst: bool | None = None
        self.dates: list[_Dated] = []
        self.authors: list[str] = []
        self.title_index: int | None = None
        self.speaker_names: list[str] = []
        """Header names printed without "By" (a role byline): speakers on a transcript."""
        self.title_range: tuple[int, int] | None = None
        self.preferred_title: int | None = None
        """The line after a government page's document type ("Policy paper"): its title."""
        self.typed = False
        """Whether the header names a document type: a body's name there is chrome."""
        self.wiki_title: int | None = None
        """The line over a wiki mirror's "From Wikipedia, the free encyclopedia": its title."""

    # -- metadata helpers -------------------------------------------------------

    def dayfirst(self, line: str) -> bool | None:
        """The day-first hint, worked out (once) only for lines with a numeric date."""
        if _NUMERIC_DATE.search(line) is None:
            return None
        if self._dayfirst is None:
            self._dayfirst = dayfirst_hint(self.raw, self.source)
        return self._dayfirst

    def _dated_row(self, k: int, found: DateLine) -> bool:
        """Whether line ``k``, read as a dateline ("Austria 12 May 2019"), has a line of the
        same shape next to it: two or more such lines are rows of a table (members and the
        dates they signed), and a page has one dateline, not a column of them."""
        if found.label != "dateline":
            return False
        for j in (k - 1, k + 1):
            if 0 <= j < len(self.lines) and not self.lines[j].long:
                probe = self.lines[j].probe
                near = date_line(probe, dayfirst=self.dayfirst(probe))
                if near is not None and near.label == "dateline":
                    return True
        return False

    def _add_date(self, found: DateLine, zone: int, position: int, probe: str = "") -> None:
        label_rank = {"published": 0, None: 1, "dateline": 1, "updated": 2}[found.label]
        timed = _CLOCK.search(probe) is not None
        self.dates.append(_Dated(found.date, (label_rank, zone, position), timed))

    def _add_authors(self, names: Sequence[str]) -> None:
        for name in names:
            if name not in self.authors:
                self.authors.append(name)

    # -- header -----------------------------------------------------------------

    def date_prefix(self) -> None:
        if not self.lines:
            return
        first = self.lines[0]
        m = _DATE_PREFIX.match(self.raw, first.start, min(first.end, first.start + 64))
        if m is None:
            return
        date = parse_date(m.group(1))
        if date is None:
            return
        self.dates.append(_Dated(date, (-1, 0, 0)))
        start = m.end()
        while start < first.end and self.raw[start] in _TRIM:
            start += 1
        if start >= first.end:
            first.role = "drop"
        else:
            first.respan(self.raw, start, first.end)

    def header(self) -> int:
        """Classify the header lines; return the index of the first body line."""
        lines = self.lines
        candidates: list[int] = []
        captions: list[int] = []
        after_byline = False
        i = 0
        limit = min(len(lines), _HEADER_MAX)
        while i < limit:
            line = lines[i]
            if line.role == "drop":
                i += 1
                continue
            if not line.long and cut_contents_link(self.raw, line) and not candidates:
                self.preferred_title = i  # "Annual Review 2024 Contents": the report's title
            if not line.long:
                cut_empty_cells(self.raw, line)
                if not (i and _unbullet(lines[i - 1].probe) == line.probe != lines[i - 1].probe):
                    self.strip_site_name(line)  # not a headline its index entry repeats
                self._cut_crumbs(line)
            cut_link_tail(self.raw, line)
            probe = line.probe
            if is_menu_run(probe):
                line.role = "drop"  # a site's menu run together into one line
                i += 1
                continue
            if line.long:
                break
            if _is_speaker_line(probe):
                break  # "The Minister for Digital Affairs (Jane Doe)": the speech starts here
            if _WRITTEN_QUESTION.match(probe):
                break  # "To ask the Secretary of State ...": a written question, the body
            if _MEMBER_LABEL.fullmatch(probe) and _WRITTEN_QUESTION.match(_next_probe(lines, i)):
                line.role = "drop"  # "Mr. Cohen" over "To ask the Secretary of State ...": asker
                i += 1
                continue
            wiki = _WIKI.match(probe)
            if wiki is not None:
                if len(wiki.group(1)) == 1 or not candidates:
                    line.role = "candidate"
                    candidates.append(i)
                    i += 1
                    continue
                break
            if self._banner_link(i):
                # "Find out about the new age limits." over "Learn more": a site banner
                line.role = lines[i + 1].role = "drop"
                i += 2
                continue
            if not line.long and is_notice(probe):
                line.role = "heading"  # "Please note that ...": about the page, no headline
                i += 1
                continue
            if _is_body(line) and not is_debris(probe):
                break
            if _WIKI_TAGLINE in probe.lower():
                # "From Wikipedia, the free encyclopedia" under the article's name
                if candidates and self.wiki_title is None:
                    self.wiki_title = candidates[-1]
                line.role = "drop"
                i += 1
                continue
            if _infobox_row(probe):
                # "Signed13 October 2020", "AbbreviationOGP": a wiki infobox, whose rows
                # carry figures (kept as body lines) and dates that never date the page
                if candidates:
                    self._spaced_infobox_rows(i)
                    break
                line.role = "drop"
                i += 1
                continue
            stamp = _STAMP.fullmatch(probe)
            if stamp is not None and (stamped := parse_date(stamp.group("date"))) is not None:
                # "Democracy 2023-03-30, 1:31pm": a section tag over the page's time stamp
                self.dates.append(_Dated(stamped, (1, 1, i)))
                line.role = "drop"
                i += 1
                continue
            tabled = _tabled_date(probe, self.dayfirst(probe))
            if tabled is not None:  # "EDM 1576: tabled on 3 March 2021": the motion's date
                self.dates.append(_Dated(tabled, (1, 1, i)))
                line.role = "drop"
                i += 1
                continue
            glued = _glued_date(probe, self.dayfirst(probe))
            if glued is not None:
                # "Presseartikel11 Mai 2022Generaldirektion ...": interface strings run
                # together around the page's date are chrome, never the title, and the
                # words run onto the date are no byline
                self.dates.append(_Dated(glued, (1, 1, i)))
                line.role = "drop"
                i += 1
                continue
            if _EVENT_BANNER.match(probe):
                line.role = "drop"  # "September 11, 2001 : Attack on America": a topic
                i += 1
                continue
            found = date_line(probe, dayfirst=self.dayfirst(probe)) or glued_label_date(
                probe, self.dayfirst(probe)
            )
            if found is not None and self._dated_row(i, found):
                break  # "Austria 12 May 2019" over "Belgium 3 June 2019": a table, the body
            if found is not None:
                self._add_date(found, 1, i, probe)
                self._add_authors(found.authors)
                line.role = "drop"
                after_byline = bool(found.authors)
                i += 1
                continue
            if is_debris(probe) or _typed_masthead(probe):
                line.role = "drop"
                if _document_type(probe):
                    self.typed = True
                    if not candidates:
                        self.preferred_title = i + 1  # gov.uk "Policy paper" over the title
                i += 1
                continue
            if probe.lower().startswith(_POST_META):
                # a blog's "Posted by: ..., Posted on: ..." line under its headline
                if candidates and candidates[-1] == i - 1 and self.preferred_title is None:
                    self.preferred_title = i - 1
                line.role = "drop"
                i += 1
                continue
            speaker = speech_byline(probe) if candidates else None
            if speaker is not None:
                # "Statement by the Foreign Secretary, Jane Doe, at ...": the speech's
                # speaker under its headline, not a second headline
                self._add_authors((speaker,))
                line.role = "drop"
                i += 1
                continue
            if is_photo_caption(probe):
                line.role = "drop"  # "Jane Doe speaking at the summit": a photo caption
                i += 1
                continue
            if is_figure_caption(probe):
                captions.append(i)  # "Map showing which states ...": never the title
                i += 1
                continue
            if i + 1 < len(lines) and _is_date_label(probe):
                nxt_probe = lines[i + 1].probe
                nxt = date_line(nxt_probe, dayfirst=self.dayfirst(nxt_probe))
                if nxt is not None:
                    self._add_date(nxt, 1, i)
                    line.role = lines[i + 1].role = "drop"
                    i += 2
                    continue
            names = byline_names(probe)
            if names:
                self._add_authors(names)
                if not probe.lower().startswith(vocabulary().byline_prefixes):
                    self.speaker_names.extend(names)
                line.role = "drop"
                after_byline = True
                i += 1
                continue
            if organisation_byline(probe):
                line.role = "drop"  # "By the Clean Growth Programme": no author, no title
                i += 1
                continue
            if place_line(probe):
                line.role = "drop"  # "Washington, D.C.": a dateline's place, never a title
                i += 1
                continue
            if _is_from_line(probe):
                line.role = "drop"  # "From Department of Justice": the publishing body
                i += 1
                continue
            if (
                i + 1 < len(lines)
                and (name := person_name(probe, strict=True))
                and is_role_line(lines[i + 1].probe)
            ):  # "Jane Doe" over "Minister for Digital Affairs"
                self._add_authors((name,))
                self.speaker_names.append(name)
                line.role = "drop"
                after_byline = True
                i += 1
                continue
            block = headline_block(self.raw, lines, i)
            if block:
                line.role = "candidate"  # a headline wrapped over several lines
                candidates.append(i)
                i += block
                continue
            if after_byline and is_role_line(probe):
                line.role = "drop"
                i += 1
                continue
            after_byline = False
            if _is_list(probe) and self._repeated_next(i):
                line.role = "drop"  # "• Headline" then "Headline": an index entry
                i += 1
                continue
            if _is_list(probe):
                group = self._list_group(i)
                if self._metadata_list(group):
                    i = group[-1] + 1  # "• POLICY AND LEGISLATION" / "• Publication 17 July 2025"
                    continue
                debris = [k for k in group if is_debris(_unbullet(lines[k].probe))]
                if debris and _infobox_group([_unbullet(lines[k].probe) for k in group]):
                    for k in debris:  # "- Symbol Type: Logo" among "- Area Km2: 252,428"
                        lines[k].role = "drop"
                elif debris:
                    for k in group:  # a contact block: "• Contact: ...", "• (202) ..."
                        lines[k].role = "drop"
                    i = group[-1] + 1
                    continue
                break
            if not candidates and TAG_LIST.fullmatch(probe):
                line.role = "drop"  # an image's tags over the headline
                i += 1
                continue
            if not candidates and (
                PHOTO_CREDIT_END.search(probe) is not None or credit_start(probe)
            ):
                captions.append(i)  # a photo's caption over the headline, never the title
                i += 1
                continue
            if self._wrapped_occasion(i, candidates):
                i += 1  # "Governments on Regional Water, Border Summit," under its headline
                continue
            if _NUMERIC_STAMP.fullmatch(probe):
                line.role = "drop"  # "23 / 06 / 14": the page's date in figures
                if (stamp_date := numeric_stamp(probe)) is not None:
                    self.dates.append(_Dated(stamp_date, (1, 1, i)))
                i += 1
                continue
            if probe.endswith((",", ";", ":")) or credit_start(probe) or self.wraps(i):
                break
            if _heading_like(probe):
                line.role = "candidate"
                candidates.append(i)
                heading_date = _heading_date(probe, self.dayfirst(probe))
                if heading_date is not None:  # "Press Briefing – November 20, 2024"
                    self.dates.append(_Dated(heading_date, (1, 1, i)))
                    self._cut_debate_suffix(line)
                    self._cut_date_suffix(line)
            elif (" " not in probe and probe.islower() and len(probe) < 30) or (
                is_tagline(probe) and (i + 1 >= len(lines) or lines[i + 1].gap_before)
            ):
                line.role = "drop"  # a lone lower-case word or tagline: an icon, a motto
            else:
                break
            i += 1
        self._choose_title(candidates, i)
        for k in captions:
            if self.title_index is not None and k < self.title_index:
                lines[k].role = "drop"  # page chrome over the headline the text opens with
        if self.speaker_names and _is_transcript(self.lines):
            # "Jane Doe, Deputy Spokesperson" over "MS DOE: Good afternoon.": she speaks
            self.authors = [a for a in self.authors if a not in self.speaker_names]
        self._late_bylines(i)
        self._late_dates(i)
        if not self.authors and self.title_index is not None:
            speaker = title_speaker(_title_text(lines[self.title_index].probe))
            if speaker is not None:  # "Remarks by Minister of State Jane Doe at ..."
                self._add_authors((speaker,))
        return i

    def _banner_link(self, i: int) -> bool:
        """Whether header line ``i`` is a banner's notice whose call to action ("Learn
        more", "Find out more") stands alone on the next line."""
        if i + 1 >= len(self.lines) or self.lines[i].long or len(self.lines[i].probe) > 200:
            return False
        if not (is_sentence(self.lines[i].probe) or self.lines[i].probe.endswith("?")):
            return False  # "Headline" over "Read more": a teaser's headline, not a banner
        link = self.lines[i + 1].probe.lower().strip(" →>»›.")
        return link in vocabulary().call_to_action

    def _spaced_infobox_rows(self, start: int) -> None:
        """Drop an infobox's rows printed with a space after their label ("Founder
        Brazil"), from its first run-together row to the article's first paragraph: a
        label is no part of a name, and the row's value is in the article too."""
        labels = vocabulary().infobox_labels
        for line in self.lines[start : start + _HEADER_MAX]:
            if _is_body(line):
                return
            head, _, rest = line.probe.partition(" ")
            if rest and len(line.probe) <= _INFOBOX_ROW_MAX and head.lower() in labels:
                line.role = "drop"

    def _cut_debate_suffix(self, line: _Line) -> None:
        """ "Topic - 2 November 2022 (Commons/Commons Chamber)": a debate page's title line
        adds its sitting's date and House; the topic alone is the title."""
        m = _DEBATE_SUFFIX.search(self.raw, line.start, line.end)
        if m is None or m.end() != line.end or m.start() - line.start < 8:
            return
        line.respan(self.raw, line.start, m.start())

    def _cut_date_suffix(self, line: _Line) -> None:
        """ "Headline; November 15, 2001", "Headline | 12 March 2019": a date after a
        semicolon or a bar dates the page and is no part of the title (a dash or a colon
        before it, "Press Briefing – May 5, 2025", keeps it in the heading)."""
        segment = self.raw[line.start : line.end]
        cut = max(segment.rfind(";"), segment.rfind("|"))
        if cut <= 0 or not any(c.isdigit() for c in segment[cut:]):
            return
        end = line.start + cut
        while end > line.start and self.raw[end - 1] in _TRIM:
            end -= 1
        if len(self.raw[line.start : end].split()) < 2:
            return
        line.respan(self.raw, line.start, end)

    def _late_dates(self, start: int) -> None:
        """Labelled dates and release sentences in the first lines after the header.

        "Published" over "27 September 2023" after a standfirst, or "The statement was
        issued by the ministry on 3 May 2024." opening the body; a date alone on its line
        before the first paragraph, when it is the only one there.
        """
        lines = self.lines
        verbs = vocabulary().release_verbs
        subjects = vocabulary().release_subjects
        stop = min(len(lines), start + _LATE_LINES)
        k = start
        seen_body = False
        alone: list[tuple[int, DateLine]] = []
        while k < stop:
            line = lines[k]
            probe = line.probe
            seen_body = seen_body or (line.role == "body" and _is_body(line))
            if line.role != "body" or line.long or _infobox_row(probe):
                k += 1  # an infobox's "Drafted18 September 1997" never dates the page
                continue
            if probe.lower() in ("from:", "from") and k + 1 < len(lines):
                line.role = "drop"  # gov.uk "From:" over the publishing organisations
                if not _is_body(lines[k + 1]):
                    lines[k + 1].role = "drop"
                    k += 1
            elif _is_from_line(probe):
                line.role = "drop"
            elif not _is_body(line):
                found = date_line(probe, dayfirst=self.dayfirst(probe))
                if found is not None and self._dated_row(k, found):
                    pass  # "Austria 12 May 2019" over "Belgium 3 June 2019": a table's rows
                elif found is not None and found.label is not None and _DAY_RANGE.search(probe):
                    pass  # "- Date: 1–2 November 2023": an event's days, not the page's
                elif found is not None and found.label is not None:
                    self._add_date(found, 1, k)
                    line.role = "drop"
                elif found is not None and not seen_body:
                    alone.append((k, found))  # a date alone before the first paragraph
                elif _is_date_label(probe) and k + 1 < len(lines):
                    nxt = lines[k + 1].probe
                    found = date_line(nxt, dayfirst=self.dayfirst(nxt))
                    if found is not None:
                        self._add_date(found, 1, k)
                        line.role = lines[k + 1].role = "drop"
                        k += 1
            elif k - start < 3 and len(probe) < 200:
                words = {w.strip(".,;:").lower() for w in probe.split()}
                if words & verbs and "on" in words and probe.lower().startswith(subjects):
                    found_date = _release_date(probe, self.dayfirst(probe))
                    if found_date is not None:
                        self.dates.append(_Dated(found_date, (0, 1, k)))
            k += 1
        if len(alone) == 1:  # several are a record's history ("Reported ...", "Agreed ...")
            self._add_date(alone[0][1], 1, alone[0][0])
            lines[alone[0][0]].role = "drop"

    def strip_site_name(self, line: _Line) -> None:
        """Cut a site name off a header line: "GOV.UK - Title", "Title | Ministry of X"."""
        a, b = site_name_cut(self.raw[line.start : line.end])
        if (a, b) == (0, line.end - line.start):
            return
        start, end = line.start + a, line.start + b
        line.start, line.end, line.probe = start, end, fold(self.raw[start:end])

    def _cut_crumbs(self, line: _Line) -> None:
        """Cut a breadcrumb trail printed without separators off the headline it runs into
        ("Home Topics Politics Climate Finance Ministers agree ..."): "Home" and the
        section names after it, up to a capitalised word that starts at least three more."""
        words = line.probe.split()
        if len(words) < 5 or words[0].lower() != "home" or is_sentence(line.probe):
            return
        nav = vocabulary().nav_words
        run = 1
        while run < len(words) and words[run].lower() in nav:
            run += 1
        while run > 2 and not words[run][0].isupper():
            run -= 1  # "... Climate finance deal agreed": "Climate" opens the headline
        if run < 2 or len(words) - run < 3 or not words[run][0].isupper():
            return
        cells = list(_RAW_WORD.finditer(self.raw, line.start, line.end))
        if len(cells) != len(words):
            return
        line.respan(self.raw, cells[run].start(), line.end)

    def dateline_paragraph(self, start: int, reference: PartialDate | None = None) -> None:
        """A dateline opening the first paragraph: "WASHINGTON, March 5, 2025 — ...".

        A news-agency dateline without a year ("LONDON, March 5 (Reuters) - ...") takes
        its year from the page (see :meth:`page_year`) or else from ``reference`` (the
        caller's retrieval date: the latest such day not after it); with neither it
        dates nothing, since a month and day alone are no :class:`PartialDate`.
        """
        for k in range(max(0, start - 1), min(len(self.lines), start + 4)):
            line = self.lines[k]
            if line.role not in ("body", "heading"):
                continue
            m = _DATELINE_DASH.search(line.probe + " ", 0, 120)
            if m is not None:
                head = line.probe[: m.start()]
                dayfirst = self.dayfirst(head)
                date = dateline_date(head, dayfirst=dayfirst)
                yearless = date is None and dateline_date(head, dayfirst=dayfirst, year=2000)
                if yearless:
                    date = self._yearless(head, dayfirst, reference)
                if date is not None:
                    self.dates.append(_Dated(date, (1, 1, k)))
                if (date is not None or yearless) and m.end() >= len(line.probe):
                    line.role = "drop"  # "LONDON, March 5 (Reuters) -" on a line of its own
                    continue
            if _is_body(line):
                return

    def _yearless(
        self, head: str, dayfirst: bool | None, reference: PartialDate | None
    ) -> PartialDate | None:
        year = self.page_year()
        if year is not None:
            return dateline_date(head, dayfirst=dayfirst, year=year)
        if reference is None:
            return None
        date = dateline_date(head, dayfirst=dayfirst, year=reference.year)
        later = date is not None and (date.month or 1, date.day or 1) > (
            reference.month or 12,
            reference.day or 31,
        )
        if later:  # "March 5" read on 10 January: last year's March
            date = dateline_date(head, dayfirst=dayfirst, year=reference.year - 1)
        return date

    def page_year(self) -> int | None:
        """The one year the page's own dates state ("6 March 2025", "March 2025"), if any.

        Every date with a month or day counts, in the header, body and trailer; bare
        years ("the 2024 report") do not. Two or more different years: ``None``.
        """
        years = {d.date.year for d in self.dates}
        sample = self.raw[:200_000]
        for mention in find_dates(sample, dayfirst=self.dayfirst(sample)):
            r = mention.resolution
            if r is not None and r.rule == "explicit" and r.date.month is not None:
                years.add(r.date.year)
                if len(years) > 1:
                    return None
        return next(iter(years)) if len(years) == 1 else None

    def answering_member(self) -> None:
        """A parliamentary written question's member as the author, when no byline gave one.

        "Answered by" over (or before) the member's name, or a portrait label "Jane Doe
        Portrait" under it; on a page of portraits ("Photo of Lord X Lord X Minister")
        the second portrait is the answering member once the page says it was answered,
        else the first (the asking member).
        """
        if self.authors or self.hints.authors:
            return
        labels = vocabulary().answer_labels
        lines = self.lines[:_ANSWER_LINES]
        for k, line in enumerate(lines):
            lower = line.probe.lower()
            label = next((lb for lb in labels if lower.startswith(lb)), None)
            if label is None or not label.startswith("answered"):
                continue
            rest = line.probe[len(label) :].strip(" :")
            name = _member_name(rest) if rest else None
            if name is None and k + 1 < len(lines):
                name = _member_name(lines[k + 1].probe)
            if name is not None:
                self._add_authors((name,))
                return
        for line in lines:
            qa = _QA_LABEL.match(line.probe.strip())
            if qa is not None and qa.group("side") == "Answer":
                # "Answer – Minister for Communications, Ann Lee:": the minister answering
                name = _member_name(qa.group("who").rsplit(",", 1)[-1].strip())
                if name is not None:
                    self._add_authors((name,))
                    return
        for k, line in enumerate(lines):
            if _WRITTEN_QUESTION.match(line.probe):
                # "To ask the Secretary of State ..." then "Dr. Howells" over the answer: the
                # minister who answered
                for after in _next_probes(lines, k, 2):  # the question may stand between
                    answerer = _MEMBER_LABEL.fullmatch(after)
                    if answerer is not None:
                        self._add_authors((answerer.group("name") or answerer.group("peer"),))
                        return
                    bracketed = _BRACKETED_MEMBER.search(after)
                    if (
                        bracketed is not None
                        and after.startswith("The ")  # the office, then the member
                        and (name := _member_name(bracketed.group(1)))
                    ):
                        # "The Parliamentary Under-Secretary of State, Foreign Office
                        # (Baroness Symons of Vernham Dean)": the minister answering
                        self._add_authors((name,))
                        return
                break
        if not any(d.rank[0] <= 0 for d in self.dates):
            for k, line in enumerate(lines):  # "written question – answered on 21 May 2024"
                if (
                    not line.long
                    and _ANSWERED.search(line.probe)
                    and (found := _answer_date(line.probe))
                ):
                    self.dates.append(_Dated(found, (0, 1, k)))
                    break
        if any(line.probe.strip().lower() in WRITTEN_STATEMENT_LABELS for line in lines):
            for line in lines:
                portrait = _PORTRAIT_LABEL.match(line.probe)
                if portrait is not None and (name := _member_name(portrait.group("name"))):
                    self._add_authors((name,))  # the minister who made the statement
                    return
        answered = any(_ANSWERED.search(line.probe) for line in lines)
        portraits = [n for line in lines if (n := _photo_name(line.probe)) is not None]
        if portraits:
            self._add_authors((portraits[1] if answered and len(portraits) > 1 else portraits[0],))
        elif not answered:
            self._asking_member(lines)

    def _asking_member(self, lines: Sequence[_Line]) -> None:
        """A question not (yet) answered: the asking member is the author ("Asked by Jane
        Doe"), the date it was tabled or asked the published date."""
        for k, line in enumerate(lines):
            lower = line.probe.lower()
            if lower.startswith("asked by"):
                rest = line.probe[len("asked by") :].strip(" :")
                name = _member_name(rest) if rest else None
                if name is None and k + 1 < len(lines):
                    name = _member_name(lines[k + 1].probe)
                if name is not None:
                    self._add_authors((name,))
                    break
        if any(d.rank[0] <= 0 for d in self.dates):
            return
        for k, line in enumerate(lines):
            m = _ASKED_ON.search(line.probe)
            if m is None or line.long:
                continue
            for mention in find_dates(line.probe[m.end() :]):
                r = mention.resolution
                if r is not None and r.rule == "explicit" and r.date.day is not None:
                    self.dates.append(_Dated(r.date, (0, 1, k)))
                    return

    def _late_bylines(self, start: int) -> None:
        """An explicit "By Jane Doe" line among the first lines after a long standfirst, or a
        speaker's line of their own under a title ("The Rt Hon Jane Doe MP", on a
        government speech page after its history banner)."""
        prefixes = vocabulary().byline_prefixes
        seen = 0
        for line in self.lines[start:]:
            if seen >= 3:
                return
            if line.role == "body" and is_debris(line.probe):
                continue  # "This was published under the ... government": not counted
            seen += 1
            if line.role != "body" or line.long:
                continue
            lower = line.probe.lower()
            if lower.startswith(_HONOURABLE) and len(line.probe.split()) <= 9:
                names = byline_names(line.probe)
                if names and not is_sentence(line.probe):
                    self._add_authors(names)
                    line.role = "drop"
                    return
            if not lower.startswith(prefixes):
                continue
            names = byline_names(line.probe)
            if names:
                self._add_authors(names)
                line.role = "drop"
                return

    def _wrapped_occasion(self, i: int, candidates: list[int]) -> bool:
        """A headline wrapped onto line ``i`` that goes on with its occasion after a comma
        (see :func:`~policycorpus.parse._titles.join_occasion`)."""
        line = self.lines[i]
        if not candidates or candidates[-1] != i - 1 or line.gap_before:
            return False
        if not line.probe.endswith(",") or ", " not in line.probe:
            return False
        if not self._continues_text(self.lines[i - 1].probe, line.probe.split(", ", 1)[0]):
            return False
        return join_occasion(self.raw, self.lines, i)

    def _repeated_next(self, i: int) -> bool:
        if i + 1 >= len(self.lines):
            return False
        return _unbullet(self.lines[i].probe).casefold() == self.lines[i + 1].probe.casefold()

    def wraps(self, i: int) -> bool:
        """Whether line ``i`` runs on into the next line (a hard-wrapped sentence)."""
        if i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1]
        if nxt.gap_before:
            return False
        return _PLAIN_WORD.match(nxt.probe) is not None or _open_ended(self.lines[i].probe)

    def _headline_before_deck(self, candidates: list[int], best: int) -> int:
        """A title-case headline right before a long sentence-case standfirst wins."""
        position = candidates.index(best)
        if position == 0:
            return best
        text = _title_text(self.lines[best].probe)
        if len(text.split()) < _DECK_WORDS:
            return best
        if _title_case(text):
            # two long title-case lines in a row: the first is the headline, the second
            # its deck ("There Were Over 36 Million Reports ..." over "Department's New
            # Campaign to Provide ...")
            previous = candidates[position - 1]
            head = _title_text(self.lines[previous].probe)
            if (
                previous == best - 1
                and not self.lines[best].gap_before
                and len(head.split()) >= _DECK_WORDS
                and _title_case(head)
                and not is_debris(head)
            ):
                return previous
            return best
        previous_text = _title_text(self.lines[candidates[position - 1]].probe).split()
        if (
            not is_sentence(text)
            and len(previous_text) <= 5
            and all(w[0].isupper() for w in previous_text)
        ):
            # a site's name ("European Union External Action") over a long headline with
            # no full stop: the long line is the headline, not a standfirst
            return best
        for previous in reversed(candidates[:position]):
            head = _title_text(self.lines[previous].probe)
            if _section_list(head):
                continue  # "Internal Market, Industry and SMEs": the site's section
            if len(head.split()) >= 4 and _title_case(head):
                return previous if not person_name(head, strict=True) else best
            if len(head.split()) >= _HEAD_WORDS and not is_debris(head):
                return previous  # a sentence-case headline over its standfirst
            if len(head.split()) < 8:
                return best  # a short sentence-case line: chrome, not another deck
        return best

    def _metadata_list(self, group: list[int]) -> bool:
        """A bulleted block of page labels under the headline, one of them the page's
        date ("• News  • Publication 17 July 2025"): read its date and drop it."""
        if len(group) > _METADATA_LIST_MAX:
            return False
        found: list[tuple[int, DateLine]] = []
        for k in group:
            item = _unbullet(self.lines[k].probe)
            if ":" in item:
                return False  # "- Date: 3–4 May 2022" among "- Venue: ...": an infobox
            dated = date_line(item, dayfirst=self.dayfirst(item))
            if dated is not None:
                found.append((k, dated))
            elif len(item.split()) > _METADATA_LABEL_WORDS or is_sentence(item):
                return False
        if len(found) != 1:
            return False
        k, dated = found[0]
        self._add_date(dated, 1, k)
        for k in group:
            self.lines[k].role = "drop"
        return True

    def _list_group(self, i: int) -> list[int]:
        group = [i]
        k = i + 1
        while (
            k < len(self.lines) and _is_list(self.lines[k].probe) and not self.lines[k].gap_before
        ):
            group.append(k)
            k += 1
        return group

    def _repeat_counts(self, candidates: list[int]) -> dict[str, int]:
        """How often each candidate's text appears as a whole line on the page."""
        keys = {_title_text(self.lines[i].probe).casefold() for i in candidates}
        counts: dict[str, int] = {}
        for line in self.lines:
            if line.end - line.start <= 200:
                key = _title_text(line.probe).casefold()
                if key in keys:
                    counts[key] = counts.get(key, 0) + 1
        return counts

    def _join_wrapped(self, candidates: list[int], best: int) -> int:
        """Join a headline the page broke over two lines ("Joint declaration by the
        Northern and Southern" / "Governments on Regional Water Security"); return the
        index of the joined title line."""
        for first in (best - 1, best):
            second = first + 1
            if first in candidates and second in candidates and self._continues(first, second):
                head, tail = self.lines[first], self.lines[second]
                head.respan(self.raw, head.start, tail.end)
                tail.role = "drop"
                candidates.remove(second)
                return first
        return best

    def _continues(self, first: int, second: int) -> bool:
        """Whether candidate line ``second`` continues the headline on line ``first``: no
        blank line between; the first is long, with no closing punctuation and no
        separator, the second a short title-case run on (not a section heading or a
        new sentence opening with an article), the two together a headline's length."""
        if self.lines[second].gap_before:
            return False
        return self._continues_text(self.lines[first].probe, self.lines[second].probe)

    def _continues_text(self, head: str, tail: str) -> bool:
        """Whether ``tail`` reads as the rest of the headline ``head`` (see
        :meth:`_continues`)."""
        if _WIKI.match(head) or _WIKI.match(tail):
            return False
        words, more = head.split(), tail.split()
        if len(head) < _WRAP_MIN or len(words) < 4 or not 2 <= len(more) <= 10:
            return False
        if len(words) + len(more) > 25 or head.endswith(_WRAP_STOPS):
            return False
        if any(sep in head for sep in (" | ", " – ", " — ", " - ", ": ")) or _institution_name(
            head
        ):
            return False  # "Ministry of Foreign Affairs of Ruritania" over its headline
        lead = more[0]
        if not lead[0].isupper() or lead in ("A", "An", "The") or lead.isupper():
            return False
        if tail.lower().rstrip(" :") in vocabulary().section_headings or is_debris(tail):
            return False
        joining = ("of", "for", "and", "the", "on", "in", "to", "with", "by", "at", "a", "an")
        return all(w[0].isupper() or w in joining or w[0].isdigit() for w in more)

    def _names_a_thing(self, text: str, body: int) -> bool:
        """Whether a line shaped like a person's name ("Christchurch Call", "Corporate
        Covenant") names a thing: the text below writes "the" before it, or writes its
        last word in lower case, as no one writes a person's surname."""
        if body >= len(self.lines):
            return False
        below = " ".join(line.probe for line in self.lines[body : body + _NAME_CHECK_LINES])
        last = text.split()[-1]
        return (
            re.search(r"\b[Tt]he " + re.escape(text) + r"\b", below[:_NAME_CHECK_CHARS]) is not None
            or re.search(r"\b" + re.escape(last.lower()) + r"\b", below[:_NAME_CHECK_CHARS])
            is not None
        )

    def _lead_names(self, text: str, body: int) -> bool:
        """Whether the first paragraph opens by naming ``text`` as its subject ("Clean
        Rivers Compact" over "The Clean Rivers Compact is an agreement ..."): an
        encyclopedia passage's first line is its article's name."""
        if body >= len(self.lines) or len(text) < 4:
            return False
        lead = self.lines[body].probe
        if lead.startswith("The "):
            lead = lead[4:]
        return lead.startswith(text) and lead[len(text) : len(text) + 4] in (" is ", " was")

    def _name_over_formal_title(
        self, candidates: list[int], best: int, repeats: dict[str, int]
    ) -> int:
        """A short name the header prints twice over a formal title that opens with it
        ("Clean Rivers Compact" over "The Clean Rivers Compact: Principles for ..."): the
        name is the title."""
        text = _title_text(self.lines[best].probe)
        text = text[4:] if text.startswith("The ") else text
        for i in candidates:
            name = _title_text(self.lines[i].probe)
            if i < best and repeats.get(name.casefold(), 0) > 1 and text.startswith(name + ":"):
                return i
        return best

    def _named_title(self, candidates: list[int]) -> str | None:
        """The title a header names for itself (folded): a wiki page title in single
        equals signs ("= Clean Rivers Compact ="), a document-type heading that opens the
        header ("Fact Sheet: Clean Rivers Compact" over its deck), or a candidate that a
        later line names as the article ("Clean Rivers Compact at Wikisource")."""
        texts = [_title_text(self.lines[i].probe) for i in candidates]
        for i, text in zip(candidates, texts, strict=True):
            wiki = _WIKI.match(self.lines[i].probe)
            if wiki is not None and len(wiki.group(1)) == 1 and len(text.split()) >= 2:
                return text.casefold()
        if texts and document_heading(texts[0]):
            return texts[0].casefold()
        for text in texts:
            named = sister_project_name(text)
            if named is not None and named.casefold() in {t.casefold() for t in texts}:
                return named.casefold()
        return None

    def _choose_title(self, candidates: list[int], body: int) -> None:
        lines = self.lines
        hint = fold(self.hints.title).casefold() if self.hints.title else None
        sections = vocabulary().section_headings
        best: int | None = None
        best_len = -1.0
        repeats = self._repeat_counts(candidates)
        if hint is None:
            hint = self._named_title(candidates)
        rows = infobox_rows([_title_text(lines[i].probe) for i in candidates])
        for i in candidates:
            text = _title_text(lines[i].probe)
            if hint is not None:
                if text.casefold() == hint:
                    best = i
                    break
                continue
            if i == self.wiki_title:
                best = i
                hint = text.casefold()
                break
            if (
                i == self.preferred_title
                and len(text.split()) >= 2
                and not (self.typed and _institution_name(text))
            ):
                best = i
                hint = text.casefold()  # the document type's title: no other rule applies
                break
            wiki = _WIKI.match(lines[i].probe)
            page_title = wiki is not None and len(wiki.group(1)) == 1  # "= Christchurch Call ="
            if len(text.split()) < 2 or (
                person_name(text, strict=True)
                and not page_title
                and not (i == candidates[-1] and self._lead_names(text, body))
                and not self._names_a_thing(text, body)
            ):
                continue
            if _section_list(text) and (len(candidates) > 1 or i > 0):
                continue  # "Employment, Social Affairs and Inclusion": the site's section
            if _institution_name(text):
                continue  # "Science and Technology Committee": the masthead, not the title
            if text.lower().rstrip(" :") in sections:
                continue  # "Key findings" opens a section; it is not the headline
            if never_title(text, alone=len(candidates) == 1) or text in rows:
                continue  # a caption, a notice, a chapter heading, an infobox row
            score = len(text) * (1.3 if _title_case(text) else 1.0)
            if repeats.get(text.casefold(), 0) > 1:
                score *= _REPEAT_BONUS  # a line the page prints twice is its headline
            if score > best_len:
                best, best_len = i, score
        if best is not None and hint is None:
            best = self._headline_before_deck(candidates, best)
            best = self._name_over_formal_title(candidates, best, repeats)
        if best is not None and hint is None:
            # "AI Systems: Risks Debate" over "AI Systems: Risks": a page title that is the
            # heading plus a word or two; the heading itself is the title
            long_key = _title_text(lines[best].probe).casefold()
            suffixes = vocabulary().title_suffix_words
            for i in candidates:
                key = _title_text(lines[i].probe).casefold()
                extra = long_key[len(key) :].split()
                if (
                    i != best
                    and len(key.split()) >= 2
                    and long_key.startswith(key + " ")
                    and (
                        (0 < len(extra) <= 3 and all(w in suffixes for w in extra))
                        or (1 < len(extra) <= 7 and extra[0] in ("|", "-", "–", "—", "·"))
                    )
                ):
                    lines[best].role = "drop"
                    best = i
                    break
        if best is None:
            for i in candidates:  # no title: short heading lines stay as headings
                lines[i].role = "heading"
            return
        if hint is None:
            best = self._join_wrapped(candidates, best)
        self.title_index = best
        title_key = _title_text(lines[best].probe).casefold()
        for i in candidates:
            if i < best:
                lines[i].role = "drop"
            elif i > best:
                text = _title_text(lines[i].probe)
                if text.casefold() == title_key or lines[i].role == "drop":
                    lines[i].role = "drop"
                elif (
                    i == best + 1
                    and (name := person_name(text, strict=True))
                    and not _words(name) <= _words(title_key)
                    and text.split()[0].lower() not in vocabulary().infobox_labels
                ):  # not "Project Safe Childhood" under "Fact Sheet: Project ...", a
                    # heading, nor an infobox row "Founders Chile"
                    self._add_authors((name,))
                    lines[i].role = "drop"
                else:
                    lines[i].role = "heading"
        lines[best].role = "title"
        # a headline the page repeats right after the header is dropped too
        for j in range(best + 1, min(len(lines), best + 10)):
            if lines[j].role == "body" and _title_text(lines[j].probe).casefold() == title_key:
                lines[j].role = "drop"
                break
            if lines[j].role == "body" and _is_body(lines[j]):
                break

    # -- trailer ----------------------------------------------------------------

    def cut_end_matter(self, body_start: int) -> None:
        """Drop a "Related articles" block and everything after it."""
        markers = vocabulary().article_end_markers
        body_seen = 0
        for k in range(body_start, len(self.lines)):
            line = self.lines[k]
            if line.role == "drop":
                continue
            key = _title_text(line.probe).lower().rstrip(" :")
            if body_seen >= 1 and not line.long and key in markers:
                for rest in self.lines[k:]:
                    rest.role = "drop"
                return
            if _is_body(line):
                body_seen += 1

    def trailer(self, body_start: int) -> None:
        lines = self.lines
        j = len(lines) - 1
        seen = 0
        signoff: int | None = None
        pending_date: DateLine | None = None
        while j >= body_start and seen < _TRAILER_MAX:
            line = lines[j]
            probe = line.probe
            if line.role == "drop":
                j -= 1
                continue
            seen += 1
            if not line.long and not _infobox_row(probe):
                found = date_line(probe, dayfirst=self.dayfirst(probe))
                if found is not None and self._dated_row(j, found):
                    break  # the last rows of a table of members and dates: body
                if found is not None:
                    self._add_date(found, 2, j)
                    line.role = "drop"
                    pending_date = found
                    j -= 1
                    continue
            if not line.long and is_debris(probe):
                line.role = "drop"
                j -= 1
                continue
            if seen <= 3 and is_footer(probe) and j > body_start:
                line.role = "drop"
                j -= 1
                continue
            if seen <= 3 and j > body_start and self._is_bio(probe):
                line.role = "drop"  # "Jane Doe is a reporter covering ...": an author's bio
                j -= 1
                continue
            if not line.long:
                if pending_date is not None and _is_date_label(probe):
                    line.role = "drop"
                    j -= 1
                    continue
                names = byline_names(probe)
                if names and self._people_list(j, body_start):
                    break  # "Jane Doe, CEO" in a gallery of signatories: not a sign-off
                if names and self._attribution(j, body_start):
                    break  # "President Jane Doe" under her quotation: who said it
                if names:
                    self._add_authors(names)
                    signoff = j
                    line.role = "drop"
                    break
                prev = lines[j - 1] if j - 1 >= body_start else None
                if (
                    prev is not None
                    and prev.role == "body"
                    and _is_body(prev)
                    and (name := person_name(probe, strict=True))
                    and not self._attribution(j, body_start)
                ):
                    self._add_authors((name,))
                    signoff = j
                    line.role = "drop"
                    break
            if _is_body(line):
                break
            j -= 1
        if signoff is not None:
            for k in range(signoff + 1, len(lines)):
                lines[k].role = "drop"

    def _attribution(self, j: int, body_start: int) -> bool:
        """Whether a name line closing the page attributes the quotation right before it
        ("“We will not rest ...”" / "President Jane Doe"): the person quoted, not an
        author. A name with its role ("Jane Doe, Minister for X") still signs off."""
        probe = self.lines[j].probe
        if any(sep in probe for sep in (",", "|", " – ", " — ", " - ")) or j <= body_start:
            return False
        prev = self.lines[j - 1].probe.rstrip()
        return prev.endswith(("”", '"', "’", "'")) or prev.startswith(("“", '"'))

    def _people_list(self, j: int, body_start: int) -> bool:
        """Whether line ``j`` closes a list of people ("Picture of Jane Doe, CEO X" /
        "Jane Doe, CEO" / "X" repeated): another name line or portrait caption sits among
        the few lines before it."""
        for k in range(max(body_start, j - 6), j):
            other = self.lines[k]
            if other.role == "drop" or other.long:
                continue
            if other.probe.startswith(_PORTRAIT_PREFIXES) or byline_names(other.probe):
                return True
        return False

    def _is_bio(self, probe: str) -> bool:
        """An author's bio at the end: "Jane Doe is a reporter covering education."

        A short paragraph that opens with a person's name (an author found on the page,
        or any name followed by a journalist's role) and "is a" / "is the" / "writes".
        """
        if len(probe) > 400:
            return False
        for verb in _BIO_VERBS:
            at = probe.find(verb)
            if 0 < at <= 60:
                name = person_name(probe[:at], strict=True)
                if name is None:
                    continue
                if name in self.authors:
                    return True
                rest = probe[at + len(verb) :].split()
                return bool(rest) and any(
                    w.lower().strip(",.") in vocabulary().bio_roles for w in rest[:4]
                )
        return False

    # -- dates ------------------------------------------------------------------

    def published(self) -> PartialDate | None:
        if self.hints.published is not None:
            return self.hints.published
        if self._encyclopedia():
            # "= Budapest Convention =" over "- Date Signed: 23 November 2001": an
            # encyclopedia article has no date of its own, its dates are events
            return None
        if not self.dates:
            return self._sitting() or self._labelled_anywhere()
        best = min(self.dates, key=lambda d: d.rank)
        if best.rank[0] < 0 and best.date.day is not None:
            # a republisher's "date 2022-09-21" prefix over a page that prints its own
            # date a few days earlier ("September 20, 2022"): the page's date is the
            # original publication
            prefix = best.date.to_date()
            own = [
                d
                for d in self.dates
                if d.rank[0] >= 0
                and prefix is not None
                and (day := d.date.to_date()) is not None
                and 0 < (prefix - day).days <= _REPUBLISH_DAYS
                and not (d.timed and (prefix - day).days == 1)
            ]  # an alert's "06/08/2022 08:18 PM EDT" is the prefix's day in another zone
            if own:
                return min(own, key=lambda d: d.rank).date
        return best.date

    def _encyclopedia(self) -> bool:
        """Whether the page opens with a wiki article's title line ("= Title =")."""
        for line in self.lines:
            if line.probe.strip():
                wiki = _WIKI.match(line.probe.strip())
                return wiki is not None and len(wiki.group(1)) == 1
        return False

    def _sitting(self) -> PartialDate | None:
        """The day of a parliamentary sitting a page reports ("– in the House of Lords at
        5:54 pm on 11 June 2018."), from a short line near the top."""
        for line in self.lines[:_ANSWER_LINES]:
            if line.long or _SITTING.search(line.probe) is None:
                continue
            found = _release_date(line.probe, self.dayfirst(line.probe))
            if found is not None:
                return found
        return None

    def _labelled_anywhere(self) -> PartialDate | None:
        """A "Published 11 October 2020" line of its own anywhere on the page (gov.uk prints
        the page history after the body) when the header had no date."""
        for line in self.lines:
            if line.long or line.role == "title" or not line.probe.lower().startswith(_PUBLISHED):
                continue
            found = date_line(line.probe, dayfirst=self.dayfirst(line.probe))
            if found is not None and found.label == "published" and found.starts_with_date:
                return found.date
        return None


def _release_date(sentence: str, dayfirst: bool | None) -> PartialDate | None:
    """The day-precision date after "on" in a release sentence, if there is one."""
    for mention in find_dates(sentence, dayfirst=dayfirst):
        resolution = mention.resolution
        if (
            resolution is not None
            and resolution.rule == "explicit"
            and resolution.date.precision is DatePrecision.DAY
            and sentence[max(0, mention.start - 3) : mention.start].strip().lower() == "on"
        ):
            return resolution.date
    return None


def site_name_cut(text: str) -> tuple[int, int]:
    """The range of ``text`` left once a site-name prefix or suffix is cut off.

    "GOV.UK - Title", "gov.ie - Title", "Title | Ministry of X", "Title - Department of
    Y": the site is a domain, a phrase after "|", or a phrase opening with a site word.
    Nothing is cut when fewer than three words, or only a date, would be left.
    """
    start, end = 0, len(text)
    if len(text) > _LONG:
        return start, end
    m = _SITE_PREFIX.match(text)
    if m is not None and _is_site_name(m.group("site"), prefix=True):
        start = m.end()
    elif (
        (section := _SECTION_PREFIX.match(text)) is not None
        and _section_name(section.group("section"))
        and not keeps_label(section.group("section"))
    ):
        start = section.end()  # "Press Releases: Title": the site's section, not the title
    m = _SITE_SUFFIX.search(text)
    if (
        m is not None
        and m.start() > start
        and _is_site_name(m.group("site"), prefix=False, bar=m.group("sep") == "|")
        and not (any(c.isdigit() for c in m.group("site")) and parse_date(m.group("site")))
    ):  # "Title | November 15, 2001": a date, not a site
        end = m.start()
    if len(text[start:end].split()) < 3:
        return 0, len(text)  # "BBC - News": nothing left that could be a title
    cut = (start, end) != (0, len(text))
    if cut and any(c.isdigit() for c in text[start:end]) and parse_date(text[start:end]):
        return 0, len(text)  # "Department Briefing – May 5, 2025": a dated heading
    return start, end


_SECTION_PREFIX: Final = re.compile(r"(?P<section>[A-Z][\w ]{2,30}?)\s*:\s+(?=\S)")


def _section_name(section: str) -> bool:
    """A plural document type naming a site's section ("Press Releases", "Speeches") or a
    page-kind label ("Press release", "News story", "Headline"); another singular type
    ("Fact Sheet: ...") belongs to the title."""
    low = section.lower().strip()
    if low in vocabulary().title_labels:
        return True
    types = vocabulary().document_types
    if low.endswith("es") and low[:-2] in types:
        return True
    return low.endswith("s") and not low.endswith("ss") and low[:-1] in types


_DATE_SUFFIX: Final = re.compile(r"\s*[;|]\s*(?P<date>[^;|]{6,40})\Z")


def cut_headline_chrome(text: str) -> str:
    """A headline without a page-kind label before it or a date after a semicolon or a bar
    ("Press release: Title", "Title; November 15, 2001" -> "Title"), as an HTML page's
    own heading prints them; other text is returned as it is."""
    section = _SECTION_PREFIX.match(text)
    if section is not None and _section_name(section.group("section")):
        rest = text[section.end() :]
        if len(rest.split()) >= 3:
            text = rest
    m = _DATE_SUFFIX.search(text)
    if m is not None and m.start() > 0 and len(text[: m.start()].split()) >= 2:
        date = m.group("date")
        if any(c.isdigit() for c in date) and parse_date(date) is not None:
            text = text[: m.start()]
    return text


def cut_site_name(text: str) -> str:
    """``text`` without a site-name prefix or suffix (see :func:`site_name_cut`)."""
    start, end = site_name_cut(text)
    return text[start:end]


def _is_site_name(site: str, *, prefix: bool, bar: bool = False) -> bool:
    """Whether ``site`` names a website or publishing body ("gov.ie", "Ministry of Health").

    A domain always does. Otherwise one to six capitalised words (joining words such as
    "of" allowed): after a "|" any such phrase, elsewhere one opening with a site word
    ("Ministry", "Department", "GOV.UK").
    """
    site = site.strip()
    if _DOMAIN_NAME.fullmatch(site):
        return True
    words = site.split()
    if not 1 <= len(words) <= 6:
        return False
    joining = ("of", "for", "and", "the", "&", "on", "de")
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in joining for w in words):
        return False
    if not words[0][0].isupper():
        return False
    if bar and not prefix:
        return True
    return words[0].lower() in vocabulary().site_words and all(
        w.lower() in vocabulary().site_words or w[0].isupper() for w in words
    )


def _is_speaker_line(probe: str) -> bool:
    """A speaker line: "The Minister for Trade (Jane Doe)", "Jane Doe (Leeds) (Lab)"."""
    if len(probe) > 200:
        return False
    m = _SPEAKER.match(probe)
    if m is None:
        return False
    who, inner = m.group("who").strip(), m.group("inner").strip()
    if is_role_line(who) and person_name(inner) is not None:
        return True
    return person_name(who) is not None and m.group(0) != m.group("who")


def _is_from_line(probe: str) -> bool:
    """A "From Department of Justice" / "From: Home Office" line naming the publisher."""
    lower = probe.lower()
    if not lower.startswith(("from ", "from: ")) or len(probe) > 200 or is_sentence(probe):
        return False
    words = {w.strip(",.;:").lower() for w in probe.split()[1:]}
    return bool(words & vocabulary().publisher_words) and probe.split()[1][:1].isupper()


_ANSWER_LINES: Final = 60
_HONOURABLE: Final = ("the rt hon ", "rt hon ", "the right honourable ", "the rt. hon. ")
_ANSWERED: Final = re.compile(r"\banswered\b", re.IGNORECASE)
_WRITTEN_QUESTION: Final = re.compile(r"(?:To ask|asked) (?:the|Her|His)\s")
"""A written question as Hansard prints it ("To ask the Secretary of State for ...",
"asked Her Majesty's Government:")."""
_MEMBER_LABEL: Final = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})|"
    r"(?P<peer>(?:Lord|Baroness|Lady|Earl|Viscount)\s[A-Z][\w'’-]+"
    r"(?:\s(?:of|[A-Z][\w'’-]+)){0,4})"
)
"""A member's label over what they said or asked ("Mr. Lennox-Boyd", "Dr. Howells")."""
_MEMBER: Final = re.compile(
    r"(?:(?:The\s)?(?:Rt\s)?(?:Hon\.?\s)?)?(?:Lord|Baroness|Lady|Sir|Dame|Dr|Mr|Mrs|Ms|Miss)?"
    r"\s?[A-Z][\w'’-]+(?:\s(?:of|[A-Z][\w'’-]+)){1,6}"
)


_BRACKETED_MEMBER: Final = re.compile(r"\(([^()]{3,80})\)\s*\Z")


def _next_probe(lines: Sequence[_Line], i: int) -> str:
    """The next non-blank line's probe after line ``i`` ("" at the end)."""
    found = _next_probes(lines, i, 1)
    return found[0] if found else ""


def _next_probes(lines: Sequence[_Line], i: int, count: int) -> list[str]:
    """The probes of the next ``count`` non-blank lines after line ``i`` (within a few
    lines)."""
    out: list[str] = []
    for line in lines[i + 1 : i + 1 + 3 * count]:
        if line.probe.strip():
            out.append(line.probe.strip())
            if len(out) == count:
                break
    return out


def _member_name(probe: str) -> str | None:
    """A member's name on a line: "Jane Doe Portrait" or "Lord Example of Town"."""
    text = probe.strip()
    if text.endswith(" Portrait"):
        text = text[: -len(" Portrait")].strip()
    if not text or len(text) > 80 or text.endswith((".", "?", "!")):
        return None
    m = _MEMBER.fullmatch(text)
    if m is None:
        return None
    words = text.split()
    return text if 2 <= len(words) <= 7 and not is_debris(text) else None


def _photo_name(probe: str) -> str | None:
    """ "Photo of Lord X of Y Lord X of Y Minister for Z" -> "Lord X of Y" (the name the
    portrait label repeats)."""
    if not probe.startswith("Photo of "):
        return None
    rest = probe[len("Photo of ") :]
    words = rest.split()
    for size in range(min(8, len(words) // 2), 1, -1):
        name = " ".join(words[:size])
        if " ".join(words[size : 2 * size]) == name:
            return name
    return None


def _answer_date(probe: str) -> PartialDate | None:
    """The first day-precision date after "answered" on a line."""
    m = _ANSWERED.search(probe)
    if m is None or len(probe) > 200:
        return None
    for mention in find_dates(probe[m.end() :]):
        r = mention.resolution
        if r is not None and r.rule == "explicit" and r.date.day is not None:
            return r.date
    return None


def _glued_date(probe: str, dayfirst: bool | None) -> PartialDate | None:
    """The day-precision date run together with the words around it on a short line
    ("Presseartikel11 Mai 2022Generaldirektion Migration"), if the line is such chrome."""
    if len(probe) > 120 or is_sentence(probe):
        return None
    for mention in find_dates(probe, dayfirst=dayfirst):
        r = mention.resolution
        if r is None or r.rule != "explicit" or r.date.day is None:
            continue
        before = probe[mention.start - 1 : mention.start]
        after = probe[mention.end : mention.end + 1]
        if before.isalpha() and after.isalpha():
            return r.date
    return None


def _document_type(probe: str) -> bool:
    """ "Policy paper", "European Commission - Press release", "Digibyte | Publication"."""
    types = vocabulary().document_types
    lower = probe.lower().rstrip(" :")
    if lower in types:
        return True
    for sep in (" - ", " – ", " — ", " | "):
        if sep in lower and lower.rsplit(sep, 1)[1].strip() in types:
            return True
    return False


def _typed_masthead(probe: str) -> bool:
    """A publisher's name and a document type on one line ("European Commission - Press
    release"): chrome over the title."""
    return len(probe) <= 80 and " " in probe.strip() and _document_type(probe)


_FIELD_ROW: Final = re.compile(r"[A-Z][\w ]{1,40}?: \S")
"""A row of an encyclopedia infobox printed as a list ("Area Km2: 252,428")."""
_INFOBOX_FIELDS: Final = 6


def _infobox_group(rows: Sequence[str]) -> bool:
    """Whether bulleted rows are an infobox's fields (many "Label: value" rows, as a
    wiki page prints them), not a contact block."""
    fields = sum(1 for row in rows if _FIELD_ROW.match(row))
    return fields >= _INFOBOX_FIELDS and 4 * fields >= 3 * len(rows)


def _infobox_row(probe: str) -> bool:
    """An infobox row whose label runs into its value ("Signed13 October 2020",
    "AbbreviationOGP", "Founded atNew York"), as text copied from a wiki page prints it."""
    m = _GLUED_LABEL.match(probe)
    return (
        m is not None
        and len(probe) <= 120
        and m.group("label").lower() in vocabulary().infobox_labels
        and not is_sentence(probe)
    )


def _tabled_date(probe: str, dayfirst: bool | None) -> PartialDate | None:
    """ "EDM (Early Day Motion) 1576: tabled on 03 March 2021" or "HL Deb 29 October 1990 vol
    522 cc1687-9": a record's reference line and its date (a question's "UIN 40217, tabled
    on ..." line is debris: the answer dates it)."""
    if len(probe) > 120:
        return None
    reference = _RECORD_REFERENCE.match(probe)
    if reference is not None:
        # "HC Deb 29 October 1999 vol 336 cc1017-8W": the record's own reference line,
        # dated by its sitting
        return parse_date(reference.group("date"))
    if is_sentence(probe) or is_debris(probe):
        return None
    m = _TABLED.search(probe)
    if m is None or m.start() == 0:
        return None
    for mention in find_dates(probe[m.end() :], dayfirst=dayfirst):
        r = mention.resolution
        if r is not None and r.rule == "explicit" and r.date.day is not None:
            return r.date
    return None


def _heading_date(probe: str, dayfirst: bool | None) -> PartialDate | None:
    """The day-precision date closing a heading after a separator ("Briefing – May 5, 2025").

    A heading that ends with its own date is still the title (its lead is no dateline
    place), and the date dates the page like an unlabelled date line; a heading that
    ends a period ("Period of Service: 24/06/2010 - 27/06/2013") dates nothing.
    """
    opened = False
    for mention in find_dates(probe, dayfirst=dayfirst):
        r = mention.resolution
        if opened:
            return None  # the end of a period that an earlier date opens
        opened = r is not None and r.rule == "explicit"
        if (
            r is None
            or r.rule != "explicit"
            or r.date.precision is not DatePrecision.DAY
            or _PARENTHETICAL.sub("", probe[mention.end :]).strip(" .)")
        ):
            continue
        lead = probe[: mention.start].rstrip(" (")
        if len(lead.split()) >= 2 and lead.endswith(("–", "—", "-", ":", ",", "|", ";")):
            return r.date
    return None


_TURN: Final = re.compile(r"(?P<label>[A-Z][A-Za-z.'’ -]{0,40}?)\s?:\s")


def _is_transcript(lines: Sequence[_Line]) -> bool:
    """Whether the page is a transcript: three or more turns ("MS DOE: ...", "QUESTION: ...").

    A turn opens a line with a label in capitals (an honorific and surname, or one of
    the vocabulary's labels such as "QUESTION" or "Q") and a colon.
    """
    labels = vocabulary().transcript_labels
    turns = 0
    for line in lines:
        m = _TURN.match(line.probe, 0, 60)
        if m is None:
            continue
        label = m.group("label").strip()
        letters = [c for c in label if c.isalpha()]
        if label.lower() in labels or (len(label) >= 2 and all(c.isupper() for c in letters)):
            turns += 1
            if turns >= 3:
                return True
    return False


def _is_date_label(probe: str) -> bool:
    """A date's label alone on its line ("Published:", "Answered on"), the date below it."""
    key = probe.lower().rstrip(" :")
    return key in _date_label_lines() or (key.endswith(" on") and key[:-3] in _date_label_lines())


def _date_label_lines() -> frozenset[str]:
    v = vocabulary()
    return frozenset(v.published_labels) | frozenset(v.updated_labels)


def _wiki_inner(raw: str, start: int, end: int) -> tuple[int, int]:
    """The range of "Heading" inside "== Heading ==" in the raw text."""
    while start < end and raw[start] == "=":
        start += 1
    while end > start and raw[end - 1] == "=":
        end -= 1
    while start < end and raw[start] in _TRIM:
        start += 1
    while end > start and raw[end - 1] in _TRIM:
        end -= 1
    return start, end


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _title_text(probe: str) -> str:
    wiki = _WIKI.match(probe)
    return wiki.group(2) if wiki is not None else probe


# -- body -------------------------------------------------------------------------


@attrs.define
class _Block:
    start: int
    end: int
    kind: ParagraphKind
    probe: str
    gap_before: bool = False


def _body_blocks(reader: _Reader) -> list[_Block]:
    """Body lines (not dropped) as blocks: hard-wrapped lines joined, kinds assigned."""
    raw = reader.raw
    blocks: list[_Block] = []
    social = vocabulary().social_networks
    for idx, line in enumerate(reader.lines):
        if line.role in ("drop", "title"):
            continue
        probe = line.probe
        if line.role == "body" and not line.long and is_debris(_unmark(probe)):
            line.role = "drop"
            continue
        if (
            probe.lower() in social
            and idx > 0
            and reader.lines[idx - 1].role == "drop"
            and not _is_list(probe)
        ):
            line.role = "drop"  # "Share this page" over "Facebook", "LinkedIn": share buttons
            continue
        start, end = line.start, line.end
        if not line.long:
            cut = credit_start(probe)
            if cut is not None:  # "... signed it. Photo credit: Jane Doe / Agency"
                at = raw.find(probe[cut : cut + 12], start, end)
                if at > start:
                    end = at
                    while end > start and raw[end - 1] in _TRIM:
                        end -= 1
                    probe = probe[:cut].rstrip()
        kind = ParagraphKind.PARAGRAPH
        bullet = _BULLET.match(raw, start, min(end, start + 8))
        if bullet is not None and bullet.end() < end:
            kind = ParagraphKind.LIST_ITEM
            start = bullet.end()
            probe = fold(raw[start : min(end, start + _PROBE)])
        elif _NUMBERED.match(probe):
            kind = ParagraphKind.LIST_ITEM
        elif (wiki := _WIKI.match(probe)) is not None:
            start, end = _wiki_inner(raw, start, end)
            kind = ParagraphKind.HEADING
            probe = wiki.group(2)
        elif line.role == "heading" or (
            not line.long
            and _heading_like(probe)
            and len(probe.split()) <= _BODY_HEADING_WORDS
            and not reader.wraps(idx)
        ):
            kind = ParagraphKind.HEADING
        prev = blocks[-1] if blocks else None
        if (
            prev is not None
            and not line.gap_before
            and kind is ParagraphKind.PARAGRAPH
            and prev.kind in (ParagraphKind.PARAGRAPH, ParagraphKind.LIST_ITEM)
            and _runs_on(prev.probe, probe)
            and reader.lines[idx - 1].role != "drop"
        ):
            prev.end = end
            prev.probe = prev.probe + " " + probe
            continue
        blocks.append(_Block(start, end, kind, probe, line.gap_before))
    _short_line_lists(blocks)
    return blocks


def _short_line_lists(blocks: list[_Block]) -> None:
    """Three or more short "heading" lines in a row, with no blank line, are a list.

    A page that prints its list items one per line without bullets ("Albania",
    "Andorra", ...) should not get a heading per item.
    """
    run: list[_Block] = []
    for block in [*blocks, None]:
        if (
            block is not None
            and block.kind is ParagraphKind.HEADING
            and (not run or not block.gap_before)
        ):
            run.append(block)
            continue
        if len(run) >= 3:
            for item in run:
                item.kind = ParagraphKind.LIST_ITEM
        run = [block] if block is not None and block.kind is ParagraphKind.HEADING else []


def _faq_kinds(blocks: list[_Block]) -> list[tuple[ParagraphKind, str | None]]:
    v = vocabulary()
    out: list[tuple[ParagraphKind, str | None]] = []
    section: str | None = None
    in_faq = False
    for block in blocks:
        kind = block.kind
        probe = block.probe
        if kind is ParagraphKind.HEADING or (
            len(probe) < 60 and probe.lower().rstrip(" :") in v.faq_headings
        ):
            if probe.lower().rstrip(" :") in v.faq_headings:
                in_faq = True
                section = "FAQ"
                out.append((ParagraphKind.HEADING, None))
                continue
            if in_faq and probe.endswith("?"):
                out.append((ParagraphKind.QUESTION, section))
                continue
            in_faq = False
            section = probe[:200] if probe.strip() else None
            out.append((ParagraphKind.HEADING, None))
            continue
        if in_faq and probe.endswith("?") and len(probe) < 300:
            out.append((ParagraphKind.QUESTION, section))
            continue
        out.append((kind, section))
    return out


def parse_plain(
    raw: str,
    *,
    source: str | None = None,
    reference_date: dt.date | PartialDate | None = None,
    encoding: str | None = None,
    hints: Hints | None = None,
) -> Article:
    """Parse decoded plain text (see the module docstring for the rules)."""
    reader = _Reader(raw, source, hints or Hints())
    reader.date_prefix()
    body_start = reader.header()
    reference: PartialDate | None = None
    if isinstance(reference_date, PartialDate):
        reference = reference_date
    elif isinstance(reference_date, dt.date):
        reference = PartialDate(reference_date.year, reference_date.month, reference_date.day)
    reader.dateline_paragraph(body_start, reference)
    reader.cut_end_matter(body_start)
    reader.trailer(body_start)
    reader.answering_member()
    blocks = _body_blocks(reader)
    kinds = _faq_kinds(blocks)

    builder = TextBuilder(raw)
    paragraphs: list[Paragraph] = []
    title: str | None = None
    if reader.title_index is not None:
        line = reader.lines[reader.title_index]
        start, end = line.start, line.end
        if _WIKI.match(line.probe) is not None:
            start, end = _wiki_inner(raw, start, end)
        builder.add(start, end)
        title = builder.text()
        paragraphs.append(Paragraph(Span(0, len(builder)), ParagraphKind.HEADING))
    elif reader.hints.title and fold(reader.hints.title):
        title = fold(reader.hints.title)  # from HTML metadata, not found in the text
        builder.literal(title, 0)
        paragraphs.append(Paragraph(Span(0, len(builder)), ParagraphKind.HEADING))
    for block, (kind, section) in zip(blocks, kinds, strict=True):
        if len(builder):
            builder.literal("\n\n")
        begin = len(builder)
        builder.add(block.start, block.end)
        if len(builder) > begin:
            paragraphs.append(Paragraph(Span(begin, len(builder)), kind, section))
    text = builder.text()
    authors = reader.hints.authors or tuple(reader.authors)
    published = reader.published()
    retrieved: dt.date | None = None
    if isinstance(reference_date, dt.datetime):
        retrieved = reference_date.date()
    elif isinstance(reference_date, dt.date):
        retrieved = reference_date
    elif isinstance(reference_date, PartialDate):
        retrieved = reference_date.to_date()
    return Article(
        text=text,
        title=title or None,
        published=published,
        authors=authors,
        publisher=reader.hints.publisher,
        source=source,
        language=reader.hints.language,
        paragraphs=tuple(paragraphs),
        encoding=encoding,
        offsets=OffsetMap(builder.offsets()),
        retrieved=retrieved,
    )
