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
* the one speaker a headline names is the page's author (:func:`title_speaker`).

Headlines wrapped over several lines are joined before this, in
:mod:`policycorpus.parse._headerlines`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

from policycorpus.parse._debris import is_sentence
from policycorpus.parse._metadata import person_name
from policycorpus.parse._vocab import vocabulary

__all__ = [
    "PHOTO_CREDIT_END",
    "TAG_LIST",
    "WRITTEN_STATEMENT_LABELS",
    "document_heading",
    "infobox_rows",
    "institution_name",
    "is_figure_caption",
    "is_menu_run",
    "is_notice",
    "is_photo_caption",
    "is_tagline",
    "keeps_label",
    "never_title",
    "opens_with_currency",
    "section_list",
    "sister_project_name",
    "speech_byline",
    "title_case",
    "title_speaker",
]

_CAPTION: Final = re.compile(
    r"(?:an?\s)?(?:(?:data|bar|line|pie)\s)?(?:chart\s)?(?:map|chart|graph|diagram|image|"
    r"photo|photograph|picture|illustration|infographic|figure|table)s?\s"
    r"(?:showing|shows|of|depicting|illustrating)\s",
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
_PHOTO_CAPTION: Final = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s){2,6})(?:speaking|arriving|attending|addressing|meeting|"
    r"visiting|delivering|greeting|pictured|shaking hands)\b"
)
PHOTO_CREDIT_END: Final = re.compile(
    r"(?:\b(?:photo|image|picture|photograph)s?\s?(?:by|:|credit:?|courtesy of)\s"
    r"[^.!?]{1,60}|\((?:photo|image|picture)s?:?\s[^()]{1,60}\))\Z",
    re.I,
)
"""A line that ends with its image's credit ("... Photo by Jane Doe on Pixabay", "...
(Photo: Agency)"): a photo caption, never the headline."""
TAG_LIST: Final = re.compile(
    r"[a-z][a-z-]{1,20}(?: [a-z][a-z-]{1,20})?(?:, [a-z][a-z-]{1,20}(?: [a-z][a-z-]{1,20})?){1,7}"
)
"""A line of lower-case keywords between commas ("face, human, polygons"): an image's tags
or alt text in the page chrome."""
_SPEECH_BY: Final = re.compile(
    r"(?:joint\s)?(?:statement|speech|remarks|address|keynote(?: speech)?|lecture)"
    r"(?: delivered)? by (?:the )?(?P<rest>.{4,160})",
    re.I,
)
_LABELLED_CELL: Final = re.compile(r"[^|:]{1,40}:\s*\|")
_CURRENCY: Final = "£$€¥₹"
_LABEL: Final = re.compile(r"(?P<label>[A-Za-z][A-Za-z ]{2,30}?)\s?:\s+\S")
_TITLE_BY: Final = re.compile(
    r"(?:statement|remarks|speech|address|keynote(?: speech| address)?|lecture|op-ed|"
    r"media releases?|press releases?)(?: delivered)? by (?:the )?(?P<rest>.{4,160})",
    re.I,
)
_TITLE_BY_END: Final = re.compile(
    r",|\s(?:at|to|on|in|during|for|before|about|regarding|following)\s"
)
_NAME_WORDS: Final = 4
_SISTER: Final = re.compile(
    r"(?P<name>.{3,120}?) at (?:Wikisource|Wikimedia Commons|Wikiquote|Wikinews|Wikibooks)\Z"
)
"""A wiki mirror's link to its sister project, naming the article ("X at Wikisource")."""
_SENTENCE_END: Final = (".", "!", "?")
_TAGLINE_WORDS: Final = 4
_NOTICE_WORDS: Final = 3
_MENU_ITEMS: Final = 10
_MENU_ITEM_WORDS: Final = 3


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
    if any(w.lower() in vocabulary().document_words for w in words[:-1]):
        return False  # "Overseas Territories Declaration and Joint Ministerial Council"
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


def speech_byline(probe: str) -> str | None:
    """The speaker in "Statement by the Foreign Secretary, Jane Doe, at the Assembly" or
    "Speech by Jane Doe to the conference", a speech page's line under its headline."""
    if len(probe) > 220 or is_sentence(probe):
        return None
    m = _SPEECH_BY.match(probe)
    if m is None:
        return None
    parts = [p.strip() for p in m.group("rest").split(",")]
    for part in parts[:3]:
        head = re.split(r"\s(?:at|to|on|in|during|for)\s", part, maxsplit=1)[0]
        name = person_name(head, strict=True)
        if name is not None:
            return name
    return None


def is_photo_caption(probe: str) -> bool:
    """ "Prime Minister Jane Doe speaking at the forest event": a photo's caption, named
    person then a participle, which is never a headline."""
    if len(probe) > 160 or is_sentence(probe):
        return False
    m = _PHOTO_CAPTION.match(probe)
    if m is None:
        return False
    words = m.group("who").split()
    return any(person_name(" ".join(words[k:]), strict=True) for k in range(len(words) - 1))


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


_INTERFACE_WORDS: Final = frozenset({"print", "rss", "feed", "bookmark", "share", "email"})
_LOGO: Final = re.compile(r"\b(?:Logo|logo)\b")


def is_interface(probe: str) -> bool:
    """A line of the page's interface: an image's alt text naming a logo ("Department
    of Labor Logo United States Department of Labor"), or page tools ("Page tools: Print
    Print Page RSS Feed RSS Bookmark and Share")."""
    if _LOGO.search(probe) is not None and not probe.endswith(_SENTENCE_END):
        return True
    words = {w.strip(":,.").lower() for w in probe.split()}
    return len(words & _INTERFACE_WORDS) >= 2


WRITTEN_STATEMENT_LABELS: Final = frozenset(
    {"written statements", "written statement", "written ministerial statement"}
)
"""How a parliament's record labels a minister's written statement."""
_PARLIAMENT_SECTIONS: Final = WRITTEN_STATEMENT_LABELS | {
    "written answers",
    "written questions",
    "oral answers",
}


QA_LABEL: Final = re.compile(r"(?P<side>Question|Answer)\s?[–—:-]\s?(?P<who>[^.?!]{3,120}?):?\Z")
"""A question time record's label for who asked or answered ("Answer – Minister for
Communications, Ann Lee:")."""


def never_title(text: str, *, alone: bool) -> bool:
    """Whether a heading-like header line is never the page's title.

    ``alone`` says whether it is the header's only candidate: a report's chapter heading
    and a line of links still split by a bar once its site name is cut are the title of
    nothing while the page has another heading, but a page with nothing else keeps them.
    """
    if is_notice(text) or is_figure_caption(text) or is_interface(text):
        return True
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        return True  # "(Limited Text - Ministerial Extracts only)": a note on the page
    if "|" in text and _LABELLED_CELL.match(text) is not None:
        return True  # "Membership Year: | 2024 |": an infobox cell
    if not alone and _DEBATE_MASTHEAD.match(text) is not None:
        return True  # "Assembly Debate, Tuesday - 22 October 2019": the sitting, dated
    if not alone and QA_LABEL.match(text) is not None:
        return True  # "Question – Federal Member for Werriwa, Ann Lee": who asked
    if not alone and text.lower() in _PARLIAMENT_SECTIONS:
        return True  # "Written Statements": the section of the record, over the title
    if not alone and " | " in text:
        return True  # "Warning Week | Daily Briefing": links in a sidebar, cut once already
    return not alone and _CHAPTER.match(text) is not None
