"""The article around the pledge clauses (private).

Windows that bound the work on a sentence with no ends, sentence tokens cached for the
lists that read ahead, datelines left out of the words parsed, the lines a list
continues on, signing lines ("Signed,", "Endorsed by:"), the publishing country's
home markers, and the small predicates the resolver asks of mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import (
    ActorMention,
    ArticleActors,
    Gazetteer,
)
from policycorpus.extract._clauses import (
    Item,
    Tok,
)
from policycorpus.extract._gazetteer_data import DEMONYMS
from policycorpus.extract._namelists import name_list
from policycorpus.extract._pledge_parties import Party
from policycorpus.extract._tokens import shared_tokenize
from policycorpus.model import ActorKind, Article, Span

MAX_WINDOW: Final = 6000
"""Longest stretch of text parsed as one sentence; longer ones are cut at clause
boundaries so that the work per sentence is bounded (a text with no sentence ends
must still be read in linear time)."""
_TOKEN_CACHE: Final = 64
"""How many tokenised sentences are kept (lists read ahead a few lines only)."""
_CUTS: Final = ("\n", "; ", ". ", ": ", ", ", " ")


def windows(text: str, spans: Sequence[Span]) -> tuple[Span, ...]:
    """``spans`` with every span longer than ``MAX_WINDOW`` cut at clause boundaries."""
    if all(s.end - s.start <= MAX_WINDOW for s in spans):
        return tuple(spans)
    out: list[Span] = []
    for span in spans:
        start = span.start
        while span.end - start > MAX_WINDOW:
            limit = start + MAX_WINDOW
            cut = -1
            for mark in _CUTS:
                cut = text.rfind(mark, start + MAX_WINDOW // 2, limit)
                if cut >= 0:
                    cut += len(mark)
                    break
            if cut <= start:
                cut = limit
            out.append(Span(start, cut))
            start = cut
        out.append(Span(start, span.end))
    return tuple(out)


_SIGNING_HEADS: Final = frozenset(
    {"signed", "signatories", "signed by", "endorsed by", "co-signed by", "undersigned"}
)


_HOME_RE: Final = re.compile(
    "|".join(re.escape(m) for m in sorted(vocab.HOME_MARKERS, key=len, reverse=True))
)


def home_country(article: Article, gazetteer: Gazetteer) -> Party | None:
    """The country whose parliament or government published the text, when its
    institutions ("House of Commons", "gov.ie") name one country only."""
    seen: Counter[str] = Counter()
    for part in (article.source or "", article.publisher or "", article.text):
        for hit in _HOME_RE.finditer(part):
            seen[vocab.HOME_MARKERS[hit.group()]] += 1
    publisher = _publisher_line(article.text, gazetteer)
    if publisher is not None:
        seen[publisher] += 1
    if not seen:
        own = _own_government(article.text, gazetteer)
        if own is not None:
            seen[own] += 1
    if len(seen) != 1:
        return None
    name = next(iter(seen))
    for m in gazetteer.find(name):
        if m.name == name and m.kind in OWNER_KINDS:
            return Party(m.name, m.kind, m.country, 0, 0)
    return None


_NAMED_GOVERNMENT: Final = re.compile(
    r"\b(?:([A-Z][a-z]+) Government\b|Government of (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b)"
)
_BARE_GOVERNMENT: Final = re.compile(r"\b[Tt]he Government\b(?! of\b)")


def _own_government(text: str, gazetteer: Gazetteer) -> str | None:
    """The one country whose government the text names ("The Australian Government is
    ...", "the Government of Canada") when it also says "the Government" alone: a
    government's own page speaking of itself."""
    if _BARE_GOVERNMENT.search(text) is None:
        return None
    found: set[str] = set()
    for hit in _NAMED_GOVERNMENT.finditer(text):
        demonym, country = hit.groups()
        code = DEMONYMS.get(demonym) if demonym else None
        actor = gazetteer.country_actor(code) if code else None
        if actor is not None:
            found.add(actor.name)
        if country:
            found.update(m.name for m in gazetteer.find(country)[:1] if m.kind in OWNER_KINDS)
        if len(found) > 1:
            return None
    return found.pop() if found else None


def _publisher_line(text: str, gazetteer: Gazetteer) -> str | None:
    """The country of a government department written as a line of its own in the
    header ("U.S. Department of State", "Home Office"): the page's publisher."""
    for line in text[:_HEADER_CHARS].split("\n")[:_HEADER_LINES]:
        line = line.strip()
        if not line or len(line) > 80:
            continue
        found = gazetteer.find(line)
        if len(found) != 1:
            continue
        m = found[0]
        if line[: m.start].strip().lower() not in ("", "the") or m.end != len(line):
            continue
        country = gazetteer.department_of(m)
        if country is not None:
            return country.name
    return None


_HEADER_LINES: Final = 8
_HEADER_CHARS: Final = 600

OWNER_KINDS: Final = frozenset({ActorKind.GOVERNMENT, ActorKind.INTERGOVERNMENTAL})


def signing_line(text: str, span: Span, toks: Sequence[Tok]) -> bool:
    """A line that opens a signing block: "Signed,", "Signatories:", "Endorsed by:"."""
    if len(toks) > 4:
        return False
    line = text[span.start : span.end].strip().rstrip(",:").strip().lower()
    return line in _SIGNING_HEADS


class SentenceTokens:
    """Sentence tokens, made on demand; mentions are dealt to sentences in one sweep."""

    def __init__(self, text: str, spans: Sequence[Span], actors: ArticleActors):
        mentions = actors.mentions
        self.text = text
        self.actors = actors
        self.gazetteer = actors.gazetteer
        self.spans = spans
        self.by_sentence: dict[int, list[ActorMention]] = {}
        """The mentions of each sentence that has one (a dict: most sentences have
        none, and an empty list per sentence cost a page ~1 byte per character)."""
        k = 0
        for n, span in enumerate(spans):
            while k < len(mentions) and mentions[k].end <= span.start:
                k += 1
            j = k
            while j < len(mentions) and mentions[j].start < span.end:
                m = mentions[j]
                if m.start < span.start <= m.end <= span.end:
                    # a name matched over a line break ("Republic of\nTrinidad and Tobago"):
                    # the line that ends it names the actor
                    m = attrs.evolve(m, start=span.start)
                if span.start <= m.start and m.end <= span.end:
                    self.by_sentence.setdefault(n, []).append(m)
                j += 1
        self.cache: dict[int, list[Tok]] = {}

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, n: int) -> list[Tok]:
        toks = self.cache.get(n)
        if toks is None:
            span = self.spans[n]
            start = _after_dateline(self.text, span.start, span.end)
            found = self.by_sentence.get(n, [])
            if start > span.start:
                found = [m for m in found if m.start >= start]
            toks = shared_tokenize(self.text, start, span.end, found, self.actors)
            if len(self.cache) >= _TOKEN_CACHE:
                del self.cache[next(iter(self.cache))]  # memory stays flat on long texts
            self.cache[n] = toks
        return toks


_DATELINE: Final = re.compile(
    r"[ \t]*(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}|"
    r"[A-Z][a-z.'-]+(?: [A-Z][a-z.'-]+){0,2}(?:, [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2})?"
    r"(?= ?,?[ \t]+[\u2014\u2013-]{1,2}[ \t]+[A-Z]))"
    r",?[ \t]+[\u2014\u2013-]{1,2}[ \t]+"
)
"""A news dateline opening a paragraph ("OSLO — ", "PORT LOUIS - ", "Maputo – The ..."):
a place, not a party."""


def _after_dateline(text: str, start: int, end: int) -> int:
    """Where the words of the sentence at ``start`` begin, past an all-caps dateline."""
    m = _DATELINE.match(text, start, end)
    if m is None or (start > 0 and text[start - 1] not in "\n"):
        return start
    word = _FIRST_WORD.match(text, m.end(), end)
    if word is not None and not text[start : m.end()].isupper():
        low = word.group().lower()
        if low in vocab.TRIGGERS or low.endswith("ed") or low in ("will", "to", "has", "have"):
            return start  # "Apple – Pledged $100 million ...": a party and its pledge
    return m.end()


_FIRST_WORD: Final = re.compile(r"[A-Za-z]+")


def listed_below(tokens: SentenceTokens, n: int) -> list[Item]:
    """Names on the lines from sentence ``n`` on, while each line holds only names."""
    items: list[Item] = []
    for m in range(n, len(tokens)):
        toks = tokens[m]
        if toks and all(t.mention is None and t.low in vocab.TABLE_HEADINGS for t in toks):
            continue  # a table's heading row ("State", "Signature", "Ratification")
        names = name_list(toks)
        if names is None:
            break
        items.extend(names)
    return items


_LIST_GAPS: Final = frozenset({",", "and", ", and", "&", ", the", "and the", ", and the", "the"})


_LISTED_KINDS: Final = frozenset({ActorKind.COMPANY, ActorKind.NGO})


def kind_of_company(parties: list[Party]) -> list[Party]:
    """Names the gazetteer lacks, listed with known parties of one kind (companies, or
    NGOs), are of that kind ("AltaML, BlueDot, CGI and IBM signed")."""
    kinds = {p.kind for p in parties if p.kind not in (ActorKind.OTHER, ActorKind.PERSON)}
    if len(kinds) != 1 or not kinds <= _LISTED_KINDS:
        return parties
    kind = next(iter(kinds))
    return [p._replace(kind=kind) if p.kind is ActorKind.OTHER else p for p in parties]


def mention_runs(text: str, mentions: Sequence[ActorMention]) -> list[list[ActorMention]]:
    """Runs of mentions standing in one coordinated list ("A, B, the C and D")."""
    runs: list[list[ActorMention]] = []
    for m in mentions:
        if runs:
            gap = text[runs[-1][-1].end : m.start]
            if len(gap) <= 12 and " ".join(gap.split()) in _LIST_GAPS:
                runs[-1].append(m)
                continue
        runs.append([m])
    return [r for r in runs if len(r) > 1]


def is_the_government(text: str, item: Item) -> bool:
    words = text[item.start : item.end].split()
    return (
        item.kind in ("unknown", "group")
        and words[-1:] == ["Government"]
        and (len(words) == 1 or (len(words) == 2 and words[0] in ("the", "The")))
    )


UNNAMED_DEPARTMENT: Final = re.compile(
    r"(?:^|[\s,;])(?:[Mm]y|[Oo]ur|[Tt]he) (Department|Ministry)"
    r"(?: (?:has|have|had|will|today|also|now|already|formally|publicly))*\s*$"
)
"""A department the text does not name, just before a pledge verb ("my Department has")."""


def is_the_department(text: str, item: Item) -> bool:
    """ "the Department" / "the Ministry" with no name: the publisher's own department."""
    words = text[item.start : item.end].split()
    return (
        item.kind == "unknown"
        and words[-1:] in (["Department"], ["Ministry"])
        and (len(words) == 1 or (len(words) == 2 and words[0] in ("the", "The", "my", "our")))
    )


def unique_parties(parties: Sequence[Party]) -> tuple[Party, ...]:
    seen: dict[str, Party] = {}
    for p in parties:
        seen.setdefault(p.name, p)
    return tuple(seen.values())
