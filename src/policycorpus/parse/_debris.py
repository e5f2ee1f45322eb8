"""Page debris: chrome, forms, banners, credits and footers, by general rules plus data.

The phrases live in ``data/parse_vocab.json``; the rules here say how they apply:

* a whole line equal to a chrome phrase, or opening with a chrome prefix, is debris;
* a short line that is not a sentence and contains a chrome marker ("min read",
  "getty images") or ends with one (" logo", " excerpts") is debris;
* a lone language code or language name ("EN", "Français") is debris;
* a cookie or consent banner (a line naming cookies that opens in the site's
  voice, "We use ...", or offers "Accept" / "Reject" buttons), a breadcrumb trail
  ("Home > News > Media releases"), a
  navigation bar whose words are all section names ("Home News Technology Business") and
  a menu of four or more short items between bars ("TV | Today | Video | Search");
* a newsletter promotion ("... in your inbox"), a lone time stamp ("4.12 pm") and a
  run of button words ("Share Print", "Facebook Twitter"), alone or before other chrome;
* a table or infobox row copied as text with no figure in it ("Seat: | Geneva |");
* a banner closing on a call to action after its sentence ("... under 16. Learn more");
* a bare URL, a markup tag alone ("<DOC>"), a bare phone number, a relative-time stamp
  ("(6 months, 1 week ago)"),
  a speaker's portrait label ("Jane Doe Portrait Jane Doe (Party)") or a line of
  punctuation is debris;
* an image credit is cut off the end of a caption line (:func:`credit_start`);
* a closing paragraph that offers a phone number to "you" with a law-firm or hotline cue
  is a footer (:func:`is_footer`).
"""

from __future__ import annotations

import re
from typing import Final

from policycorpus.parse._vocab import vocabulary

__all__ = ["credit_start", "is_debris", "is_footer", "is_sentence"]

_URL: Final = re.compile(r"(?:https?://|www\.)\S+\Z", re.I)
_RELATIVE_TIME: Final = re.compile(
    r"\(?\d+ (?:second|minute|hour|day|week|month|year)s?"
    r"(?:, \d+ (?:second|minute|hour|day|week|month|year)s?)? ago\)?\Z"
)
_PHONE: Final = re.compile(
    r"(?<!\d)(?:\+?\d{1,3}[\s.-])?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3}[\s.-]?\d{3,4}(?!\d)"
)
_SPEAKER_PORTRAIT: Final = re.compile(
    r"[A-Z][\w'’-]{2,} Portrait [A-Z][^()]{0,200}\([^()]{1,120}\)"
)
_NO_LETTERS: Final = re.compile(r"[^\w]*\Z")
_TAG_LINE: Final = re.compile(r"</?[a-z][a-z0-9]{0,10}>\Z")
_TIME_ONLY: Final = re.compile(
    r"\d{1,2}[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?(?:\s?\(?(?P<zone>[a-z]{2,5})\)?)?"
)
"""A time stamp alone, with an optional zone: "4.12 pm", "1:12 p.m. EST" (lower-cased)."""
_PAPER_NUMBER: Final = re.compile(
    r"(?P<series>[a-z ]{2,9}?)\s?(?:no\.?\s?)?\d{1,5}(?:-[ivx]{1,4})?"
)
"""A parliamentary paper number alone ("hc 612", "hl paper 45", "cp 1234-ii")."""
_CRUMB_SEP: Final = re.compile(r"\s+[>›»]\s+")
_NAV_SEP: Final = re.compile(r"[\s|/·•]+")
_SENTENCE_END: Final = (".", "!", "?", '."', ".”", ".’", "!”", "?”", '."', ".)")


def is_sentence(line: str) -> bool:
    """Whether ``line`` ends like a sentence (not after an abbreviation such as "Corp.")."""
    stripped = line.rstrip()
    if not stripped.endswith(_SENTENCE_END):
        return False
    if stripped.endswith("."):
        last = stripped.rsplit(None, 1)[-1].rstrip(".").lower()
        if last in vocabulary().abbreviations or (len(last) == 1 and last.isalpha()):
            return False
    return True


_QUESTION_META_MAX: Final = 120
_FILE_KINDS: Final = (" pdf", "(pdf)", " docx", " doc", "(docx)", " odt", " xlsx", " csv", " zip")


def is_debris(line: str) -> bool:
    """Whether a whitespace-folded line is page chrome rather than article text."""
    if len(line) > 400:
        return False
    v = vocabulary()
    lower = line.lower().strip()
    bare = lower.rstrip(" :>»›|")
    if not bare or _NO_LETTERS.match(lower):
        return True
    if lower in v.debris_lines or bare in v.debris_lines or bare in v.language_lines:
        return True
    if lower.startswith(v.debris_prefixes):
        return True
    if (
        len(lower) <= 60
        and lower.startswith("[")
        and lower.endswith("]")
        and "]" not in lower[1:-1]
    ):
        return True  # "[Provisional translation]": an editor's note on the page, not text
    if len(lower) <= 200 and lower.startswith("download ") and lower.endswith(_FILE_KINDS):
        return True  # "Download the annual report - PDF": a file link
    if (
        len(lower) <= _QUESTION_META_MAX
        and not lower.endswith((".", "!", "?"))
        and lower.startswith(v.question_meta_prefixes)
    ):
        head = next(p for p in v.question_meta_prefixes if lower.startswith(p))
        if lower[len(head) : len(head) + 1] in ("", " ", ":", "."):
            return True  # "UIN 40217, tabled on 3 February 2026": a question's reference line
    if _is_table_row(line):
        return True  # "Founding Location: | The Hague |": a copied infobox or table row
    if _is_banner(bare):
        return True  # "Need help with your bills? Learn more": a site banner's link
    if _URL.match(lower) or _RELATIVE_TIME.match(lower) or _TAG_LINE.match(lower):
        return True  # a bare URL, "(6 months ago)", a markup tag alone ("<DOC>")
    if "cookie" in lower and (
        lower.startswith(v.consent_openings) or any(cue in lower for cue in v.consent_cues)
    ):
        return True  # "We and our partners use cookies ... Accept all"
    if _is_breadcrumb(line) or _is_nav_bar(lower):
        return True
    if len(lower) <= 200 and any(p in lower for p in v.promo_phrases):
        return True  # "Get the top stories in your inbox every week."
    time = _TIME_ONLY.fullmatch(lower)
    if time is not None and (time.group("zone") is None or time.group("zone") in v.time_zones):
        return True  # "4.12 pm", "1:12 p.m. EST": a transcript's time stamp
    paper = _PAPER_NUMBER.fullmatch(bare) if len(lower) <= 24 else None
    if paper is not None and paper.group("series").strip() in v.paper_number_prefixes:
        return True  # "HC 612": a report's paper number (front matter)
    words = lower.split()
    lead = 0
    while lead < len(words) and words[lead].strip("|·•:") in v.chrome_words:
        lead += 1
    if lead >= 2 or (lead == 1 and len(words) > 1):
        rest = " ".join(words[lead:])
        if not rest or (rest != lower and is_debris(rest)):
            return True  # "Facebook Twitter", "Share Print Was this page helpful?"
    if len(lower) < 40 and _PHONE.fullmatch(lower.strip(" .")):
        return True  # a bare phone number
    if " Portrait " in line and len(line) <= 300:
        left, _, right = line.partition(" Portrait ")
        if _SPEAKER_PORTRAIT.search(line) or (left and right.startswith(left)):
            return True  # "Jane Doe Portrait Jane Doe (Party)": a speaker's picture and label
    if len(line) <= 200 and not is_sentence(line):
        padded = f" {lower} "
        if any(marker in padded for marker in v.debris_contains):
            return True
        if f" {bare}".endswith(v.debris_suffixes):
            return True
    return False


_LABELLED_CELL: Final = re.compile(r"[^|:]{1,40}:\s*\|")


def _is_table_row(line: str) -> bool:
    """A row of a table or infobox copied as text: cells between bars ("| Founded | 2011 |",
    "Founding Location: | The Hague, the Netherlands |")."""
    text = line.strip()
    if len(text) > 200 or text.count("|") < 2 or any(ch.isdigit() for ch in text):
        return False  # a row with a figure ("| Members | 42 |") is kept: it states a count
    return text.startswith("|") or text.endswith("|") or bool(_LABELLED_CELL.match(text))


def _is_banner(bare: str) -> bool:
    """A banner line: a call to action ("learn more", "find out more") closing a short
    notice after its sentence ("Find out about the new age limits. Learn more")."""
    if len(bare) > 300:
        return False
    text = bare.rstrip(" →>»›.")
    for cta in vocabulary().call_to_action:
        if text.endswith(cta) and (len(text) == len(cta) or text[-len(cta) - 1] == " "):
            head = text[: -len(cta)].rstrip()
            return bool(head) and head.endswith((".", "?", "!"))
    return False


def _is_breadcrumb(line: str) -> bool:
    """ "Home > News > Media releases": short segments joined by ">" (or "›", "»")."""
    if len(line) > 200 or is_sentence(line):
        return False
    parts = _CRUMB_SEP.split(line)
    if len(parts) < 2 or any(not p or len(p.split()) > 8 for p in parts):
        return False
    return len(parts) >= 3 or parts[0].lower() in vocabulary().nav_words


def _is_nav_bar(lower: str) -> bool:
    """A run of section names ("home news technology business"), three or more; or a
    menu of four or more short items between bars ("Video | Questions Of the Day |
    Search")."""
    if len(lower) > 200:
        return False
    items = [item.strip() for item in lower.split(" | ")]
    if len(items) >= 4 and all(0 < len(item.split()) <= 4 for item in items):
        return not lower.rstrip().endswith((".", "!", "?"))
    if len(lower) > 120:
        return False
    words = [w for w in _NAV_SEP.split(lower) if w]
    nav = vocabulary().nav_words
    return len(words) >= 3 and all(w in nav for w in words)


def credit_start(line: str) -> int | None:
    """Where an image credit starts inside a caption line, if it has one."""
    lower = line.lower()
    best: int | None = None
    for marker in vocabulary().credit_markers:
        i = lower.find(marker)
        while i > 0 and lower[i - 1].isalpha():
            i = lower.find(marker, i + 1)
        if i > 0 and (best is None or i < best):
            best = i
    return best


def is_footer(paragraph: str) -> bool:
    """Whether a closing paragraph is a law-firm or hotline footer (phone number + cue)."""
    sample = paragraph[:2000].lower()
    if not _PHONE.search(sample):
        return False
    if "you" not in sample:
        return False
    return any(cue in sample for cue in vocabulary().footer_cues)
