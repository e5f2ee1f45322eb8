"""Which header lines of a plain-text page can be its title (issue 10).

Small predicates on whitespace-folded lines that :mod:`policycorpus.parse._plain` asks
while it reads a page's header and chooses its title:

* a page-kind label printed in capitals on the headline's own line ("PRESS RELEASE :
  Headline") is part of the printed headline and stays in the title
  (:func:`keeps_label`); a label in sentence or title case ("Press release: Headline",
  "Press Releases: Headline") names the site's section and is cut, and a label alone on
  its own line is chrome;
* a few kinds of line are never a title, though they look like headings: a figure's
  caption ("Map showing ..."), a notice about the page ("Please note that ..."), a
  chapter or part heading inside a report ("Chapter 2: ...") while the page has another
  candidate, a labelled infobox cell ("Members: | 42 |") and a short lower-case tagline
  under a site's name ("worldwide online news");
* a headline can open with a currency sign ("£85 million for ...");
* a headline the page wrapped over up to four lines is one title
  (:func:`wrapped_headline`): a line ending on a word that cannot end a heading ("... of
  the") or a colon before its subtitle, or a resolution's title opening with a
  participle ("Recognizing ...") and closing with a full stop.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

from policycorpus.dates import find_dates, parse_date
from policycorpus.model import PartialDate
from policycorpus.parse._debris import is_debris, is_sentence
from policycorpus.parse._lines import TRIM, Line
from policycorpus.parse._metadata import DateLine, date_line, person_name
from policycorpus.parse._vocab import vocabulary

__all__ = [
    "cut_contents_link",
    "cut_empty_cells",
    "cut_link_tail",
    "document_heading",
    "glued_label_date",
    "headline_block",
    "infobox_rows",
    "institution_name",
    "is_figure_caption",
    "is_menu_run",
    "is_notice",
    "is_tagline",
    "join_occasion",
    "keeps_label",
    "never_title",
    "numeric_stamp",
    "opens_with_currency",
    "section_list",
    "sister_project_name",
    "title_case",
    "title_speaker",
    "wrapped_headline",
]

_CAPTION: Final = re.compile(
    r"(?:an?\s)?(?:map|chart|graph|diagram|image|photo|photograph|picture|illustration|"
    r"infographic|figure|table)s?\s(?:showing|shows|of|depicting|illustrating)\s",
    re.I,
)
"""A figure's caption: "Map showing which states ...", "Chart of ..."."""
_CHAPTER: Final = re.compile(
    r"(?:chapter|part|section|annex|appendix|box)\s(?:\d{1,3}|[ivxlc]{1,6}|[a-z])\b[:.]?\s",
    re.I,
)
"""A report's own chapter or part heading ("Chapter 2: Progress since ...")."""
_DEBATE_MASTHEAD: Final = re.compile(
    r"[^,:]{3,60}\bDebates?,?\s(?:[A-Z][a-z]{2,5}day\s?)?[-–—,]?\s?\d{1,2}\s[A-Z][a-z]+\s\d{4}\Z"
)
"""A legislature's sitting with its date ("Assembly Debate, Tuesday - 22 October 2019")."""
_LABELLED_CELL: Final = re.compile(r"[^|:]{1,40}:\s*\|")
_CURRENCY: Final = "£$€¥₹"
_LABEL: Final = re.compile(r"(?P<label>[A-Za-z][A-Za-z ]{2,30}?)\s?:\s+\S")
_NUMERIC_DATE: Final = re.compile(r"\d[/.]\d{1,2}[/.]\d")
_LIST_MARK: Final = re.compile(r"[•·▪●○◦‣∙■□➢►▶✓✔\-*–—](?=\s)|\d{1,3}[.)]\s")
_TITLE_BY: Final = re.compile(
    r"(?:statement|remarks|speech|address|keynote(?: speech| address)?|lecture|op-ed|"
    r"media releases?|press releases?)(?: delivered)? by (?:the )?(?P<rest>.{4,160})",
    re.I,
)
_TITLE_BY_END: Final = re.compile(
    r",|\s(?:at|to|on|in|during|for|before|about|regarding|following)\s"
)
_NAME_WORDS: Final = 4
_LINK_TAIL: Final = re.compile(r"\s\[\s?https?://")
_LINK_AT: Final = 400
_LINK_HEAD_WORDS: Final = 3
_GLUED_LABEL: Final = re.compile(r"(?<=[a-z])(?:Published|Updated|Posted)\s?:")
_READ_TIME: Final = re.compile(r"(?<=\d{4})\d{1,2} min(?:ute)?s? read\Z", re.I)
_EMPTY_CELLS: Final = re.compile(r"(?:\s*\|)+\s*\Z")
_SISTER: Final = re.compile(
    r"(?P<name>.{3,120}?) at (?:Wikisource|Wikimedia Commons|Wikiquote|Wikinews|Wikibooks)\Z"
)
"""A wiki mirror's link to its sister project, naming the article ("X at Wikisource")."""
_TAGLINE_WORDS: Final = 4
_NOTICE_WORDS: Final = 3
_MENU_ITEMS: Final = 10
_MENU_ITEM_WORDS: Final = 3
_BLOCK_LINES: Final = 4
_BLOCK_WORDS: Final = 40
_BLOCK_LINE_CHARS: Final = 120
_SUBTITLE_WORDS: Final = 8
_FRAGMENT_WORDS: Final = 4
_OPEN_END: Final = re.compile(
    r"(?:^|\s)(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|its|their|our|than|that|"
    r"which|who)\Z"
)
_JOINING: Final = frozenset(("of", "for", "and", "the", "on", "in", "to", "with", "by", "at", "a"))
_SENTENCE_END: Final = (".", "!", "?")


def institution_name(text: str) -> bool:
    """A body's name on its own ("House of Commons", "Science and Technology Committee",
    "Select Committee on Communications", "Department of Health and Care", "Government
    of Ruritania"): capitalised words ending with, or opening with, an institution word.
    A bilingual site banner ("Government of X / Gouvernement de X") is judged by its
    first half."""
    if " / " in text:
        text = text.split(" / ", 1)[0]
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 8:
        return False
    joining = ("of", "for", "and", "the", "&", "on")
    if not all(w[0].isupper() or w.lower() in joining for w in words):
        return False
    institution = vocabulary().institution_words
    if words[-1].lower() in institution:
        return True
    # "Select Committee on Communications", "Joint Committee on Human Rights"
    lower = [w.lower() for w in words[:4]]
    # "Department of Industry, Science and Resources": an organisation's name line
    return any(a in institution and b in ("on", "for", "of") for a, b in itertools.pairwise(lower))


_LIST_SPLIT: Final = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")


def section_list(text: str) -> bool:
    """A site section's name listing its policy areas ("Internal Market, Industry,
    Entrepreneurship and SMEs"): three or more items of one to three capitalised words,
    joined by commas and "and", with nothing else on the line."""
    if len(text) > 120 or text.endswith((".", "?", "!")) or ":" in text:
        return False  # "Prevention, Preparedness and Response: An Agreement": a headline
    items = _LIST_SPLIT.split(text)
    return len(items) >= 3 and all(
        1 <= len(item.split()) <= 3 and all(w[0].isupper() for w in item.split()) for item in items
    )


def title_case(text: str) -> bool:
    """Whether most longer words are capitalised ("Ministers Sign New Pledge").

    A headline in title case outranks a longer sentence-case line in the header (a
    standfirst), since chrome and decks are rarely set in title case at length.
    """
    words = [w for w in text.split() if len(w) >= 4 and w[0].isalpha()]
    if len(words) < 2:
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


def title_speaker(title: str) -> str | None:
    """The one person a headline names as its speaker or author ("Statement by National
    Security Advisor Jane Doe on ...", "Remarks by Minister of State Jane Doe at ...",
    "Media Releases by Dr Jane Doe MP, Minister for Health"): the role before the name is
    dropped. A joint statement or two names ("... by A and B") name no one author."""
    m = _TITLE_BY.match(title)
    if m is None or title.lower().startswith("joint"):
        return None
    head = _TITLE_BY_END.split(m.group("rest"), maxsplit=1)[0]
    if " and " in head or "&" in head:
        return None
    words = head.split()
    v = vocabulary()
    for size in range(min(_NAME_WORDS, len(words)), 1, -1):
        first = words[-size].lower()
        if first in v.role_words or first in v.not_name_words:
            continue
        name = person_name(" ".join(words[-size:]), strict=True)
        if name is not None:
            return name
    return None


def keeps_label(label: str) -> bool:
    """Whether a page-kind label before a headline on the same line stays in the title.

    Printed in capitals ("PRESS RELEASE", "FACT SHEET") it is part of the headline as the
    page prints it; in sentence or title case ("Press release", "Press Releases") it names
    the site's section (the annotators of the project's real pages read them so).
    """
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def document_heading(text: str) -> bool:
    """Whether ``text`` opens with a singular document type and a colon ("Fact Sheet:
    ...", "FACT SHEET: ...", "Readout: ...", "PRESS RELEASE : ..."): the page's own
    heading, which wins over the decks and subheadings under it."""
    m = _LABEL.match(text)
    if m is None or len(text[m.end() - 1 :].split()) < 2:
        return False
    label = m.group("label").strip().lower()
    return label in vocabulary().document_types and (
        label != "press release" or keeps_label(m.group("label"))
    )


def infobox_rows(texts: Sequence[str]) -> frozenset[str]:
    """The header lines that are an infobox's rows, label and value with a space between
    ("Sealed 2 April 2013", "Depositary UN Secretary-General"), when two or more are."""
    labels = vocabulary().infobox_labels
    rows = set()
    for text in texts:
        words = text.lower().split()
        if len(words) >= 2 and (
            words[0] in labels or (len(words) >= 3 and " ".join(words[:2]) in labels)
        ):
            rows.add(text)
    return frozenset(rows) if len(rows) >= 2 else frozenset()


def cut_empty_cells(raw: str, line: Line) -> None:
    """Cut the empty cells off a table's heading row ("Clean Rivers Compact | |")."""
    segment = raw[line.start : line.end]
    m = _EMPTY_CELLS.search(segment)
    if m is None or m.start() == 0 or "|" in segment[: m.start()]:
        return
    line.respan(raw, line.start, line.start + m.start())


def cut_link_tail(raw: str, line: Line) -> None:
    """Cut a bracketed link and what follows it off a headline ("Ministers Agree Water
    Pact [ https://example.org/... ] 02/18/2021 02:13 PM EST": an e-mail alert's item)."""
    m = _LINK_TAIL.search(raw, line.start, min(line.end, line.start + _LINK_AT))
    if m is not None and len(raw[line.start : m.start()].split()) >= _LINK_HEAD_WORDS:
        line.respan(raw, line.start, m.start())


def cut_contents_link(raw: str, line: Line) -> bool:
    """Cut a "Contents" link off the report title it is printed beside ("Annual Review
    2024 Contents"); return whether there was one: that line is the report's title."""
    words = line.probe.split()
    if len(words) < 3 or words[-1] != "Contents" or is_sentence(line.probe):
        return False
    end = raw.rfind("Contents", line.start, line.end)
    while end > line.start and raw[end - 1] in TRIM:
        end -= 1
    line.respan(raw, line.start, end)
    return True


def glued_label_date(probe: str, dayfirst: bool | None) -> DateLine | None:
    """A date line run onto other chrome: "Content From: Agency.govPublished: October 06,
    20103 min read" is "Published: October 06, 2010" (the label glued to the word before
    it, the reading time glued to the year)."""
    m = _GLUED_LABEL.search(probe)
    if m is None:
        return None
    rest = _READ_TIME.sub("", probe[m.start() :])
    found = date_line(rest, dayfirst=dayfirst)
    return found if found is not None and found.label is not None else None


def numeric_stamp(probe: str) -> PartialDate | None:
    """The date in a header line of figures only ("23 / 06 / 14"), if it has a day."""
    compact = probe.replace(" ", "")
    date = parse_date(compact) if _NUMERIC_DATE.search(compact) else None
    return date if date is not None and date.day is not None else None


def join_occasion(raw: str, lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` opens with the rest of the headline on the line above and goes
    on after a comma with the occasion, place and date ("Joint declaration by the
    Northern and Southern" / "Governments on Regional Water, Border Summit," /
    "Riverton, 3 May 2001"); if so the headline above now ends at that comma and line
    ``i`` is dropped. The caller has checked that the start reads as a headline's rest."""
    line = lines[i]
    rest = line.probe.split(", ", 1)[1]
    after = lines[i + 1].probe if i + 1 < len(lines) else ""
    if not find_dates(f"{rest} {after}"[:200]):
        return False
    head = lines[i - 1]
    head.respan(raw, head.start, raw.find(",", line.start, line.end))
    line.role = "drop"
    return True


def headline_block(raw: str, lines: Sequence[Line], i: int) -> int:
    """Join a headline wrapped over the run of lines from ``i`` to the next blank line
    (see :func:`wrapped_headline`) into line ``i``; return how many lines it took (0: no
    such headline)."""
    if i + 1 >= len(lines) or lines[i + 1].gap_before or not (i == 0 or lines[i].gap_before):
        return 0
    end = i
    while end + 1 < len(lines) and not lines[end + 1].gap_before and end - i < _BLOCK_LINES:
        end += 1
    if end + 1 < len(lines) and not lines[end + 1].gap_before:
        return 0  # more than four lines: a paragraph, not a headline
    run = lines[i : end + 1]
    if any(ln.long or _LIST_MARK.match(ln.probe) or is_debris(ln.probe) for ln in run):
        return 0
    taken = wrapped_headline([ln.probe for ln in run])
    if taken:
        lines[i].respan(raw, lines[i].start, lines[end].end)
        for ln in run[1:]:
            ln.role = "drop"
    return taken


def sister_project_name(text: str) -> str | None:
    """The article a wiki mirror's "X at Wikisource" line names, if it is one."""
    m = _SISTER.fullmatch(text)
    return m.group("name") if m is not None else None


def opens_with_currency(probe: str) -> bool:
    """Whether a line opens with a currency sign and a figure ("£85 million ...")."""
    return len(probe) > 1 and probe[0] in _CURRENCY and probe[1].isdigit()


def is_figure_caption(probe: str) -> bool:
    """A caption of a map, chart or image ("Map showing which states signed ...")."""
    return len(probe) <= 300 and _CAPTION.match(probe) is not None


def is_menu_run(probe: str) -> bool:
    """A site's menu run together into one long line ("HomeHot Topics, press releases,
    publications, and morepassports, visas, ..."): ten or more short items between
    commas, at least four in five of one to three words and half in lower case (a list
    of countries or members is capitalised), no figure and no sentence end."""
    if probe.endswith(_SENTENCE_END) or any(c.isdigit() for c in probe):
        return False
    items = [item.strip() for item in probe.split(",")]
    if len(items) < _MENU_ITEMS:
        return False
    short = sum(1 for item in items if 1 <= len(item.split()) <= _MENU_ITEM_WORDS)
    lower = sum(1 for item in items if item[:1].islower())
    return short * 5 >= len(items) * 4 and lower * 2 >= len(items)


def is_notice(probe: str) -> bool:
    """A notice about the page itself: it opens with a notice phrase ("Please note that
    this page is updated ...") or holds one of three words or more ("... You are
    subscribed to alerts from ...")."""
    lower = probe[:300].lower()
    phrases = vocabulary().notice_phrases
    return lower.startswith(phrases) or any(
        p in lower for p in phrases if len(p.split()) >= _NOTICE_WORDS
    )


def is_tagline(probe: str) -> bool:
    """A short lower-case line with no sentence punctuation ("worldwide online news",
    "printable banner"): a site's tagline or an image's label, never a heading."""
    words = probe.split()
    return 1 < len(words) <= _TAGLINE_WORDS and probe.islower() and all(w.isalpha() for w in words)


def never_title(text: str, *, alone: bool) -> bool:
    """Whether a heading-like header line is never the page's title.

    ``alone`` says whether it is the header's only candidate: a report's chapter heading
    and a line of links still split by a bar once its site name is cut are the title of
    nothing while the page has another heading, but a page with nothing else keeps them.
    """
    if is_notice(text) or is_figure_caption(text):
        return True
    if "|" in text and _LABELLED_CELL.match(text) is not None:
        return True  # "Membership Year: | 2024 |": an infobox cell
    if not alone and _DEBATE_MASTHEAD.match(text) is not None:
        return True  # "Assembly Debate, Tuesday - 22 October 2019": the sitting, dated
    if not alone and " | " in text:
        return True  # "Warning Week | Daily Briefing": links in a sidebar, cut once already
    return not alone and _CHAPTER.match(text) is not None


def _runs_on(head: str, tail: str) -> bool:
    """Whether ``tail`` continues the heading on ``head`` (a line break inside a title):
    ``head`` ends on a comma or a word no heading ends on, or ``tail`` opens in lower
    case."""
    return head.endswith(",") or _OPEN_END.search(head) is not None or tail[:1].islower()


def _participle(word: str) -> bool:
    """A capitalised participle opening a resolution's title ("Recognizing", "Honoring")."""
    return len(word) > 5 and word[0].isupper() and word[1:].islower() and word.endswith("ing")


def wrapped_headline(lines: Sequence[str]) -> int:
    """How many of ``lines`` (a run of header lines with no blank line between them,
    followed by a blank line) make one headline wrapped over them; 0 when they do not.

    The run holds two to four short lines, at most 40 words, with no sentence ending
    inside. Every break must read as a wrap: the line ends on a comma or on a word that
    cannot end a heading, or the next opens in lower case; or a heading ending with a
    colon stands over a short title-case subtitle that closes the run ("International
    Agreements (Part III):" / "Transparency Measures"). A run that ends with a full stop
    is a headline only in the form of a resolution's title, opening with a participle
    ("Recognizing the ... and reaffirming the" / "... Hemisphere."), where the last break
    may also fall before a fragment of up to four words ("... of the Clean" / "Rivers
    Compact.").
    """
    n = len(lines)
    if not 2 <= n <= _BLOCK_LINES or any(len(line) > _BLOCK_LINE_CHARS for line in lines):
        return 0
    words = " ".join(lines).split()
    if len(words) > _BLOCK_WORDS or not words[0][:1].isupper():
        return 0
    for k in range(n - 1):
        head, tail = lines[k], lines[k + 1]
        if head.endswith((*_SENTENCE_END, ";")):
            return 0
        if head.endswith(":"):
            subtitle = tail.split()
            if k + 2 != n or len(subtitle) > _SUBTITLE_WORDS or tail.endswith(_SENTENCE_END):
                return 0
            if not all(w[0].isupper() or w in _JOINING or w[0].isdigit() for w in subtitle):
                return 0
            continue
        if not _runs_on(head, tail) and not (
            k + 2 == n
            and _participle(words[0])
            and tail.endswith(".")
            and len(tail.split()) <= _FRAGMENT_WORDS
        ):
            return 0  # "Commemorating ... of the Clean" / "Rivers Compact.": a last fragment
    if lines[-1].endswith(_SENTENCE_END) and not _participle(words[0]):
        return 0
    return n
