"""Lists written inside one sentence (private; see :mod:`._layouts`).

``inline``: names coordinated in one sentence ("A, B and C", "A; B; C", "A as well as
B", "the governments of A and B") and country pairs written as one compound
("UK-France"); offices each named with their country, set off by semicolons.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from policycorpus.extract import _gazetteer_data as gaz_data
from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention
from policycorpus.extract._constructions import Layout
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._list_view import ListView, PartyList, head_kind
from policycorpus.model import ActorKind

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
    r"\bthe\b|\b(?:" + _OFFICES + r") of\b|\([^()\n]{1,15}\)|\[[\w ]{1,12}\]|/|"
    r"\.(?:com|org|net|it|io|co|ai|tv)\b))*\s*",
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

LEGAL_FORM_END: Final = re.compile(
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
            close = -1  # where a bracket after the run's last name ends: its names detail it
            for k, m in enumerate(mentions):
                if m.start < close:
                    continue
                if run and m.name != run[-1].name and run[-1].end > close:
                    shut = _detail_bracket(text, run[-1].end, m, sentence.end)
                    if shut > 0:
                        # "Meta Platforms (Facebook, Instagram and WhatsApp), YouTube":
                        # the names in brackets detail Meta; the list goes on after them
                        close = shut
                        continue
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
                    gap = _POSSESSIVE.sub("", text[max(run[-1].end, close) : m.start])
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


_DETAIL_OPEN: Final = re.compile(r"[ \t]*\((?:now known as |formerly |including |incl\. )?")


def _detail_bracket(text: str, after: int, m: ActorMention, end: int) -> int:
    """Where a bracket opened right after a listed name and holding ``m`` closes (past
    the ")"), when it holds names only: they detail that name; -1 otherwise."""
    if not _DETAIL_OPEN.fullmatch(text, after, m.start):
        return -1
    shut = text.find(")", m.end, end)
    if shut < 0 or "(" in text[m.end : shut] or shut - after > _MAX_DETAIL:
        return -1
    return shut + 1


_MAX_DETAIL: Final = 120
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
