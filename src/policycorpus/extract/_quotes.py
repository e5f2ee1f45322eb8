"""Direct quotations and their speakers.

Grammar (informal), per paragraph (a line of the article text)::

    quote       := OPEN words CLOSE | OPEN words END-OF-PARAGRAPH   (runs on)
    OPEN/CLOSE  := “ ” | " " | ‘ ’ | ' '     single marks only at word edges
    continued   := a paragraph opening with OPEN right after a quote that ran on
    after       := CLOSE [,.] VERB SPEAKER                 "..." said the Home Secretary
                 | CLOSE [,.] SPEAKER VERB                 "..." Ms Smith said
                 | CLOSE ... "according to" SPEAKER
    before      := SPEAKER [, apposition,] VERB ["that"] [:,] OPEN
                 | "According to" SPEAKER , OPEN
                 | a paragraph ending in ":" with VERB, then a paragraph of quote

A quote without an attribution takes the speaker of the quote just before it in the
same paragraph ("...," she said. "...") or, when its paragraph is all quotation, of
the last quote of the paragraph before. Speakers are resolved through the article's
actor mentions (a title or surname becomes the full name the article introduced);
pronouns ("she said") take the last person named before the quote. A quotation with
no speaker is kept only when it is long (eight words or more) and not a title-cased
name ("the ‘Global Coal to Clean Power Transition Statement’").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from policycorpus.extract._actors import ActorMention, ArticleActors, find_actors
from policycorpus.extract._sentences import split_sentences
from policycorpus.model import ActorKind, Article, Quote, Span

__all__ = ["extract_quotes"]

SPEECH_VERBS: Final = frozenset(
    {
        "said", "says", "say", "added", "adds", "told", "tells", "stated", "states",
        "explained", "explains", "warned", "warns", "noted", "notes", "commented",
        "continued", "remarked", "wrote", "writes", "argued", "argues", "insisted",
        "emphasised", "emphasized", "stressed", "declared", "announced", "urged",
        "urges", "acknowledged", "claimed", "claims", "highlighted", "observed",
        "responded", "replied", "concluded", "asked", "cautioned", "telling", "saying",
        "adding", "writing", "warning", "stating", "explaining", "noting",
    }
)  # fmt: skip
"""Verbs that attribute a quotation."""

PRONOUNS: Final = frozenset({"he", "she", "they"})
_MIN_UNATTRIBUTED_WORDS: Final = 8
_MIN_WORDS: Final = 2
_WINDOW: Final = 160

_WORD_RE: Final = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
_NAME_WORD: Final = r"[A-Z][^\W\d_]+(?:[’'-][A-Z]?[^\W\d_]+)?"
_PARTICLE: Final = r"(?:von|van|de|der|den|da|di|du|la|le|bin|al) "
_NAME_RE: Final = re.compile(rf"{_NAME_WORD}(?: (?:{_PARTICLE}){{0,2}}{_NAME_WORD}){{1,3}}")
_ACCORDING_RE: Final = re.compile(r"\b[Aa]ccording to\b")

_PAIRS: Final = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "„": "“"}
_DOUBLE: Final = frozenset({"“", '"', "«", "„"})
_MARK_RE: Final = re.compile("[“”\"‘’'«»„]")


_NON_SPACE_RE: Final = re.compile(r"\S")


class _Segment(NamedTuple):
    open: int
    """Offset of the opening mark."""
    close: int | None
    """Offset of the closing mark, or ``None`` when the quote runs to the paragraph end."""
    start: int
    """Start of the quoted words."""
    end: int
    """End of the quoted words."""
    continued: bool
    """Continues a quote that ran on from the previous paragraph."""


def _is_word_char(c: str) -> bool:
    return c.isalnum()


def _single_opens(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and (_is_word_char(after) or after in '“"')


def _single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word_char(after)


def _segments_in(
    text: str, lo: int, hi: int, carry: str | None
) -> tuple[list[_Segment], str | None]:
    """Quote segments of the paragraph ``text[lo:hi]``; returns the mark left open."""
    out: list[_Segment] = []
    i = lo
    while i < hi and text[i].isspace():
        i += 1
    opened: str | None = None
    open_at = lo
    continued = False
    if carry is not None and i < hi and text[i] in (carry, _PAIRS[carry]):
        opened, open_at, continued = carry, i, True
        i += 1
    for mark in _MARK_RE.finditer(text, i, hi):
        i = mark.start()
        c = text[i]
        if opened is None:
            double = c in _DOUBLE and (c != '"' or (i + 1 < hi and not text[i + 1].isspace()))
            if double or (c in "‘'" and _single_opens(text, i, lo)):
                opened, open_at, continued = c, i, False
        else:
            closer = _PAIRS[opened]
            if c == closer and (opened in _DOUBLE or _single_closes(text, i)):
                out.append(_Segment(open_at, i, open_at + 1, i, continued))
                opened = None
    if opened is not None:
        out.append(_Segment(open_at, None, open_at + 1, hi, continued))
        return out, opened
    return out, None


def _find_segments(text: str) -> list[_Segment]:
    out: list[_Segment] = []
    carry: str | None = None
    lo = 0
    n = len(text)
    while lo <= n:
        hi = text.find("\n", lo)
        if hi == -1:
            hi = n
        if text[lo:hi].strip():
            segs, carry = _segments_in(text, lo, hi, carry)
            out.extend(segs)
        lo = hi + 1
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, and the comma that stands for a full stop before "said"."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


class _Attribution(NamedTuple):
    speaker: str | None
    explicit: bool


def _speaker_of(mentions: Sequence[ActorMention]) -> ActorMention | None:
    for m in mentions:
        if m.kind is ActorKind.PERSON:
            return m
    return mentions[-1] if mentions else None


class _Resolver:
    def __init__(self, text: str, actors: ArticleActors) -> None:
        self.text = text
        self.mentions = actors.mentions
        self.starts = [m.start for m in actors.mentions]
        self.people = [m for m in actors.mentions if m.kind is ActorKind.PERSON]
        self.people_starts = [m.start for m in self.people]

    def between(self, lo: int, hi: int) -> list[ActorMention]:
        i = bisect.bisect_left(self.starts, lo)
        out: list[ActorMention] = []
        while i < len(self.mentions) and self.mentions[i].start < hi:
            if self.mentions[i].end <= hi:
                out.append(self.mentions[i])
            i += 1
        return out

    def last_person_before(self, pos: int) -> str | None:
        """The person named last before ``pos`` (what "she" refers to)."""
        i = bisect.bisect_left(self.people_starts, pos) - 1
        return self.people[i].name if i >= 0 else None

    def name_after(self, pos: int, hi: int) -> str | None:
        """The speaker named right after a verb: a mention, else a capitalised name."""
        j = pos
        while j < hi and self.text[j].isspace():
            j += 1
        for article in ("the ", "The ", "a ", "an "):
            if self.text.startswith(article, j):
                j += len(article)
                break
        near = self.between(j, hi)
        m = _NAME_RE.match(self.text, j, hi)
        if m is not None and not (near and near[0].start < m.end()):
            # a name before any mention: "said Graeme Biggar, the NCA's director general"
            return m.group()
        if near and near[0].start - j <= 25:
            # "said Meta's head of safety, Jane Doe": prefer a person in the phrase
            clause_end = self.text.find(".", near[0].start, hi)
            clause = near if clause_end == -1 else self.between(j, clause_end)
            best = _speaker_of(clause[:3]) or near[0]
            return best.name
        if m is not None:
            return m.group()
        word = _WORD_RE.match(self.text, j, hi)
        if word is not None and word.group().lower() in PRONOUNS:
            return self.last_person_before(pos)
        return None

    def after(self, close: int, hi: int) -> _Attribution:
        """Attribution after a closing mark: "..." said X / "..." X said."""
        text = self.text
        inner_end = close
        while inner_end > 0 and text[inner_end - 1].isspace():
            inner_end -= 1
        ends_sentence = inner_end > 0 and text[inner_end - 1] == "."
        j = close + 1
        while j < hi and text[j] in ",.;!? \t—–-":
            j += 1
        window_end = min(hi, j + _WINDOW)
        window_end = min(window_end, _next_open(text, j, window_end))
        words = list(_WORD_RE.finditer(text, j, window_end))
        if not words:
            return _Attribution(None, False)
        stop_after = text[close + 1 : j].strip()[:1] in (".", "!", "?")
        if (ends_sentence or stop_after) and words[0].group()[:1].isupper():
            return _Attribution(None, False)  # "... tools." Later she added / "...". Google said
        for k, w in enumerate(words[:7]):
            if w.group().lower() not in SPEECH_VERBS:
                continue
            if k == 0:
                return _Attribution(self.name_after(w.end(), window_end), True)
            before = self.between(j, w.start())
            if before:
                chosen = _speaker_of(before)
                return _Attribution(chosen.name if chosen else None, True)
            first = words[0].group()
            if k == 1 and first.lower() in PRONOUNS:
                return _Attribution(self.last_person_before(close), True)
            m = _NAME_RE.match(text, words[0].start(), w.start())
            if m is not None and m.end() >= words[k - 1].end():
                return _Attribution(_bare(m.group()), True)
            return _Attribution(None, True)  # "the two ministers said"
        acc = _ACCORDING_RE.search(text, j, window_end)
        if acc is not None and acc.start() - j < 40:
            return _Attribution(self.name_after(acc.end(), window_end), True)
        return _Attribution(None, False)

    def before(self, open_at: int, lo: int, sentence_lo: int | None = None) -> _Attribution:
        """Attribution before an opening mark: X said: "..." / According to X, "...".

        The verb must follow the previous quotation (from ``lo``); its subject is
        looked for from ``sentence_lo`` (the sentence start), past scare quotes.
        """
        text = self.text
        subject_lo = lo if sentence_lo is None else min(lo, sentence_lo)
        verb = _verb_before(text, lo, open_at)
        if verb is not None:
            verb_at = verb
            # the subject lies within a bounded stretch before the verb (keeps it linear)
            subject_lo = max(subject_lo, verb_at - _WINDOW)
            clause = self.between(subject_lo, verb_at)
            if clause:
                chosen = _speaker_of(clause)
                return _Attribution(chosen.name if chosen else None, True)
            words = [w.group() for w in _WORD_RE.finditer(text, subject_lo, verb_at)]
            if words and words[-1].lower() in PRONOUNS:
                return _Attribution(self.last_person_before(verb_at), True)
            names = list(_NAME_RE.finditer(text, subject_lo, verb_at))
            if names:
                return _Attribution(_bare(names[-1].group()), True)
            return _Attribution(None, True)
        acc = _ACCORDING_RE.search(text, lo, open_at)
        if acc is not None:
            return _Attribution(self.name_after(acc.end(), open_at), True)
        return _Attribution(None, False)


def _bare(name: str) -> str:
    """A name found by form without a leading article: "The IWF" is "IWF"."""
    for article in ("The ", "THE "):
        if name.startswith(article) and len(name) > len(article):
            return name[len(article) :]
    return name


def _last_word(text: str, lo: int, hi: int) -> tuple[int, str]:
    """The word ending at ``hi`` (after trailing spaces are skipped): (start, word)."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    start = hi
    while start > lo and text[start - 1].isalpha():
        start -= 1
    return start, text[start:hi]


_VERB_REACH: Final = 6
"""How many words a colon may stand after its verb: "said in a statement on Monday:"."""
_PARTIAL_REACH: Final = 3
"""How many words may stand between a verb and a partial quotation: 'said the company "will'."""


def _verb_before(text: str, lo: int, hi: int) -> int | None:
    """Offset of the speech verb that ends ``text[lo:hi]``.

    ``VERB ["that"] [,]`` right before the mark, ``VERB word{0,6} :`` ("Ofcom said
    in a statement:", "she told reporters:"), or ``VERB word{1,3}`` before a partial
    quotation ('said the company "will act"').
    """
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    colon = hi > lo and text[hi - 1] == ":"
    if hi > lo and text[hi - 1] in ":,":
        hi -= 1
    start, word = _last_word(text, lo, hi)
    if word.lower() == "that":
        start, word = _last_word(text, lo, start)
    if word and word.lower() in SPEECH_VERBS:
        return start
    for _ in range(_VERB_REACH if colon else _PARTIAL_REACH):
        if not word or start <= lo or text[start - 1] not in " \t":
            break  # punctuation between: another clause
        start, word = _last_word(text, lo, start)
        if word.lower() in SPEECH_VERBS:
            return start
    return None


def _next_open(text: str, lo: int, hi: int) -> int:
    best = hi
    for mark in ("“", '"', "‘"):
        k = text.find(mark, lo, hi)
        if k != -1:
            best = min(best, k)
    return best


def _title_cased(words: Sequence[str]) -> bool:
    caps = sum(1 for w in words if w[:1].isupper())
    return caps * 10 >= len(words) * 6


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, (len(text) if hi == -1 else hi)


def extract_quotes(
    article: Article,
    sentences: tuple[Span, ...] | None = None,
    actors: ArticleActors | None = None,
) -> tuple[Quote, ...]:
    """Direct quotations in ``article.text`` with their speakers, in text order.

    A quotation running over several paragraphs gives one :class:`Quote` per
    paragraph, all with the speaker. ``sentences`` and ``actors`` are reused when
    given (as :func:`policycorpus.extract.extract` does).
    """
    text = article.text
    if actors is None:
        actors = find_actors(article)
    if sentences is None:
        sentences = split_sentences(text)
    sent_starts = [s.start for s in sentences]
    resolver = _Resolver(text, actors)
    found: list[_Found] = []
    prev: _Found | None = None
    line_lo, line_hi, line_first = -1, -1, -1
    for seg in _find_segments(text):
        start, end = _strip(text, seg.start, seg.end)
        if end <= start:
            continue
        if not line_lo <= seg.open <= line_hi:  # once per line, not once per quote
            line_lo, line_hi = _line_bounds(text, seg.open)
            first = _NON_SPACE_RE.search(text, line_lo, line_hi)
            line_first = line_hi if first is None else first.start()
        k = bisect.bisect_right(sent_starts, seg.open) - 1
        sent_lo = max(line_lo, sentences[k].start if k >= 0 else line_lo)
        same_para = prev is not None and prev.line_lo == line_lo
        prev_close = (
            prev.seg.close + 1
            if prev is not None and same_para and prev.seg.close is not None
            else line_lo
        )
        attribution = _Attribution(None, False)
        if seg.close is not None:
            attribution = resolver.after(seg.close, line_hi)
        opens_para = seg.open <= line_first
        if not attribution.explicit and not seg.continued:
            attribution = resolver.before(seg.open, max(sent_lo, prev_close), sent_lo)
            if not attribution.explicit and opens_para:
                attribution = _intro_paragraph(text, resolver, line_lo)
        speaker = attribution.speaker
        if (
            not attribution.explicit
            and prev is not None
            and (seg.continued or same_para or opens_para)
        ):
            speaker = prev.speaker
        chain = prev.chain if prev is not None and seg.continued else len(found)
        current = _Found(seg, start, end, speaker, attribution.explicit, chain, line_lo)
        found.append(current)
        prev = current
    # a quote running over paragraphs shares the speaker of its attributed part
    by_chain: dict[int, str] = {}
    for f in found:
        if f.explicit and f.speaker is not None:
            by_chain.setdefault(f.chain, f.speaker)
    quotes: list[Quote] = []
    for f in found:
        speaker = f.speaker if f.speaker is not None else by_chain.get(f.chain)
        words = _WORD_RE.findall(text, f.start, f.end)
        if len(words) < _MIN_WORDS:
            continue
        if speaker is None and (len(words) < _MIN_UNATTRIBUTED_WORDS or _title_cased(words)):
            continue
        quotes.append(Quote(text=text[f.start : f.end], span=Span(f.start, f.end), speaker=speaker))
    return tuple(quotes)


class _Found(NamedTuple):
    seg: _Segment
    start: int
    end: int
    speaker: str | None
    explicit: bool
    chain: int
    line_lo: int


def _intro_paragraph(text: str, resolver: _Resolver, line_lo: int) -> _Attribution:
    """A quote paragraph introduced by the paragraph before, ending in ":"."""
    if line_lo == 0:
        return _Attribution(None, False)
    k = line_lo - 1
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] != ":":
        return _Attribution(None, False)
    lo, _ = _line_bounds(text, k - 1)
    found = resolver.before(k, lo)
    if found.explicit:
        return found
    # "Sen. Maria Lopez said the US should act, telling a hearing:"
    stop = text.rfind(". ", lo, k - 1)
    sentence_lo = lo if stop == -1 else stop + 2
    words = [w.group().lower() for w in _WORD_RE.finditer(text, sentence_lo, k)]
    if not any(w in SPEECH_VERBS for w in words):
        return found
    chosen = _speaker_of(resolver.between(sentence_lo, k))
    return _Attribution(chosen.name if chosen else None, True)
