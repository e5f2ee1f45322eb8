"""Subject lists: tokens and the noun-phrase grammar of pledge subjects (private).

A sentence is cut into tokens, each actor mention (from :mod:`._actors`) being one
token. :func:`parse_subject_backward` reads the list of parties that ends just before
a pledge verb; :mod:`._triggers` finds the verbs and decides where to read.

Grammar (informal; words are compared case-folded, vocabulary in
:mod:`._vocab_commitments`)::

    subject   := item (connector item)*            read backwards from the verb
    connector := "," | "—" | "and" | "&" | "as well as" | "along with" | "alongside"
               | "together with" | "such as" | "including" | "plus"
    item      := ["the"] [GROUP] ACTOR ["'s" NAME]  "tech giants Amazon", "UAE's TII"
               | ("the"|"a") DESCRIPTOR ACTOR      "the Irish-founded start-up Vizlo"
               | TITLE ("for"|"of") CAPS PERSON    "Minister for Justice Jim Byrne"
               | ACTOR "'s" AGENT                  "Estonia's delegation" -> Estonia
               | NAME "," LEGAL-FORM               "Reddit, Inc." (one company)
               | TITLE "of" ACTOR                  "the Prime Minister of Japan"
               | PERSON "of" ORG                   the person, representing ORG
               | DET* MODIFIER* GROUP-NOUN         "28 countries", "the EU member states"
               | GROUP-NOUN "of" WORD{1,5}         "26 providers of generative AI systems"
               | ACTOR "'s" TITLE ["," PERSON]     "Japan's Minister for Trade, Ken Sato"
                                                   (the title serves the possessor)
               | CAPITALISED-RUN                   a title ("the Home Secretary"), a group in
                                                   capitals ("its Member States"), or a name
                                                   the gazetteer lacks
               | "they" | "we" | "it"
               | "(" ... ")"                       skipped ("(IWF)")

A names-only line (:func:`._namelists.name_list`) is cut at semicolons and where a new name
starts without a separator ("the Republic of A the Kingdom of B", "Japan Canada"); a
known name followed by capitals only is a body of its own ("the Pacific Islands Forum
Secretariat"), and a run of initials, capitals and dashes is one name ("A.B. Lund -
Varda").
A gazetteer name with a comma inside ("Hong Kong, China") is two items when the list
goes on after it and its tail is a country of its own.
A comma-delimited aside between subject and verb (", representing ..., ", ", which
...,") is skipped. "X was one of 28 countries" and "X is among the companies" give X.
A list stopped by a preposition loses its first item ("At Bletchley, 28 countries
...") unless delegates stand before it ("Ministers from the G7").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._items import is_group_modifier, parse_item
from policycorpus.extract._tokens import (
    NAME_PARTICLES,
    Item,
    Tok,
    clause_start,
    first_word,
    function_word,
    inverted_qualifier,
    token_index,
    tokenize,
)
from policycorpus.model import ActorKind

__all__ = [
    "Item",
    "Tok",
    "clause_start",
    "first_word",
    "function_word",
    "parse_subject_backward",
    "parse_subject_forward",
    "token_index",
    "tokenize",
]


_MAX_PAREN: Final = 10


_MAX_ASIDE: Final = 40


_DASHES: Final = frozenset({"—", "–"})


def _connector_before(toks: Sequence[Tok], k: int, lo: int) -> int:
    """Length of the connector ending at token ``k`` (0 when none)."""
    for words in vocab.CONNECTORS:
        n = len(words)
        if k - n + 1 < lo:
            continue
        if all(toks[k - n + 1 + x].low == w for x, w in enumerate(words)):
            return n
    return 0


def parse_subject_backward(
    toks: Sequence[Tok], hi: int, lo: int, *, absolute: bool = False
) -> tuple[list[Item], int]:
    """Items of the subject list ending just before token ``hi``; and where it stopped.

    ``lo`` is the first token that may belong to it. With ``absolute`` a stop at "with"
    keeps the first item ("with countries such as A and B announcing ...").
    """
    items: list[Item] = []
    represents: str | None = None  # from "X of the European Commission"
    k = _skip_postmodifier(toks, _skip_venue(toks, hi - 1, lo), lo)
    expect_item = True
    after_connector = True
    legal: tuple[int, int] | None = None
    while k >= lo:
        tok = toks[k]
        if tok.low in _DASHES:  # "Sixteen firms — including A and B — have agreed"
            tok = tok._replace(low=",")
        if expect_item:
            j = k - 1 if tok.low == "." else k
            if (
                j - 1 > lo
                and toks[j].low.rstrip(".") in vocab.LEGAL_SUFFIXES
                and toks[j - 1].low == ","
                and (toks[j - 2].mention is not None or toks[j - 2].is_cap)
            ):
                legal = (toks[j - 1].start, toks[k].end)
                k = j - 2  # "Reddit, Inc.": the company before its legal form
                continue
            if tok.low == ",":
                if not items:
                    k = _skip_aside(toks, k, lo)
                    continue
                if after_connector:
                    k -= 1
                    continue
                break
            if tok.low == ")":
                j = k - 1
                while j >= lo and k - j <= _MAX_PAREN and toks[j].low != "(":
                    j -= 1
                if j >= lo and toks[j].low == "(":
                    k = j - 1
                    continue
                break
            if tok.low in ("of", "the"):
                actor_at = inverted_qualifier(toks, k, lo)
                if actor_at is not None:
                    # "Palestine, State of": the actor before the comma (put right, where
                    # the gazetteer knows the long form, by tokenize)
                    k = actor_at
                    continue
            item, k2, one_of = parse_item(toks, k, lo)
            if (
                item is not None
                and item.kind == "group"
                and k2 - 1 > lo
                and toks[k2].low in ("from", "of")
                and toks[k2 - 1].low in vocab.DELEGATE_NOUNS
                and toks[k2 - 2].low in ("and", ",")
            ):
                k2 -= 2  # "A and ministers from 23 countries signed": A is listed too
            if item is None:
                group_at = None if items else _group_before_of(toks, k, lo)
                if group_at is None:
                    break
                k = group_at  # "26 providers of generative AI systems": the group
                continue
            if legal is not None and item.kind == "unknown":
                # the legal form marks a company: "Kestrel, Inc." (trimmed in _pledges)
                suffix = "".join(t.text for t in toks if legal[0] <= t.start < legal[1])
                item = item._replace(text=f"{item.text}, {suffix.lstrip(',')}")
            legal = None
            if (
                item.kind in ("actor", "unknown", "title")
                and k2 - 1 >= lo
                and toks[k2].low == "'s"
                and toks[k2 - 1].mention is not None
            ):
                possessor = toks[k2 - 1].mention
                if item.kind == "title" and possessor is not None and item.represents is None:
                    # "Japan's Minister for Trade, Ken Sato": whom the title serves
                    item = item._replace(represents=possessor.name)
                k2 -= 2  # "UAE's Technology Innovation Institute": the possessor modifies
                if k2 >= lo and toks[k2].low == "the":
                    k2 -= 1
            if items and _at_venue(toks, k2, lo):
                break  # "the Coalition met at the UN General Assembly and 4 countries joined"
            if represents is not None:
                item = item._replace(represents=item.represents or represents)
                represents = None
            items.append(item)
            k = k2
            if one_of:
                # "X was one of 28 countries": skip "was" and read X
                while k >= lo and toks[k].low in vocab.AUXILIARIES:
                    k -= 1
                after_connector = True
                continue
            if item.kind in ("pronoun", "speaker", "it"):
                break
            expect_item = False
        else:
            if tok.low == ",":
                n = _connector_before(toks, k - 1, lo)
                k -= 1 + n
                expect_item = True
                after_connector = True
                continue
            before = toks[k - 1].mention if k - 1 >= lo else None
            if (
                tok.low == "of"
                and before is None
                and k - 1 >= lo
                and toks[k - 1].low in vocab.GROUP_NOUNS
                and toks[k - 1].low not in vocab.DELEGATE_NOUNS
                and all(it.mention is None and it.kind in ("unknown", "group") for it in items)
            ):
                # "26 providers of generative AI systems signed": what follows "of"
                # describes the group, which is the subject
                items.clear()
                k -= 1
                expect_item = True
                after_connector = False
                continue
            if tok.low == "of" and before is not None:
                # "President Maria Lopez of the European Commission": who, not what
                if before.kind is ActorKind.PERSON:
                    org = items.pop()
                    if org.mention is not None and org.mention.kind is not ActorKind.PERSON:
                        represents = org.mention.name
                k -= 1
                expect_item = True
                after_connector = False
                continue
            if tok.low == "of" and k - 1 >= lo and toks[k - 1].is_cap and items[-1].mention:
                # "Republic of Korea", "Government of Japan", "Prime Minister of Japan":
                # the capitalised head describes the actor after "of"
                if _title_of_next(items):
                    items.pop()  # "the Minister of Health of Peru, Dr. Ana Ruiz": her title
                k -= 1
                while k - 1 >= lo and toks[k - 1].is_cap and not function_word(toks[k - 1]):
                    k -= 1
                k -= 1
                if k >= lo and toks[k].low == "the":
                    k -= 1
                continue
            n = _connector_before(toks, k, lo)
            if n == 0:
                break
            k -= n
            expect_item = True
            after_connector = True
    items.reverse()
    return _settle_subject(toks, items, k, lo, absolute=absolute), k


def _apposed_name(toks: Sequence[Tok], stop: int, item: Item) -> bool:
    """ "The German technology entrepreneur, Hasso Lenz, joined ...": a name of two or
    more words set off by commas after the noun that describes it."""
    k = token_index(toks, item.end)
    return (
        stop + 1 < len(toks)
        and toks[stop + 1].low == ","
        and k < len(toks)
        and toks[k].low == ","
        and " " in item.text.strip()
    )


def _title_of_next(items: list[Item]) -> bool:
    """Whether the actor just read (``items[-1]``, read backwards) ends a title in
    apposition to the person after it, who represents that actor."""
    if len(items) < 2:
        return False
    actor, person = items[-1].mention, items[-2].mention
    return (
        actor is not None
        and person is not None
        and person.kind is ActorKind.PERSON
        and person.represents == actor.name
        and 0 < items[-2].start - items[-1].end <= 3
    )


def _settle_subject(
    toks: Sequence[Tok], items: list[Item], stop: int, lo: int, *, absolute: bool
) -> list[Item]:
    """The subject read backwards, checked against the word it stopped at: a name after
    a lower-case word is no subject, a first item after a preposition belongs to it."""
    if (
        len(items) == 1
        and items[0].kind == "unknown"
        and stop >= lo
        and toks[stop].text[:1].isalpha()
        and toks[stop].text.islower()
        and toks[stop].low not in ("and", "that", "while", "as", "but", "when", "after", "so")
        and not _apposed_name(toks, stop, items[0])
        # "In addition to the six who signed the code, Amazon has also endorsed": a name
        # after an opening phrase closed by a comma is the subject
        and not (
            stop + 1 < len(toks)
            and toks[stop + 1].low == ","
            and stop + 2 == token_index(toks, items[0].start)
        )
    ):
        items = []  # "companies at the forefront of developing Artificial Intelligence pledged"
    if (
        items
        and stop - 1 >= lo
        and toks[stop].low == "with"
        and (before_with := toks[stop - 1].mention) is not None
        and before_with.kind is not ActorKind.PERSON
        and (
            all(it.kind == "group" for it in items)
            or all(it.kind == "actor" and it.mention is not None for it in items)
        )
    ):
        # "the United States with 60 partners launched ...", "New Zealand with Fiji and
        # Norway have launched ...": the party and its partners
        head, _, _ = parse_item(toks, stop - 1, lo)
        if head is not None and head.kind == "actor":
            return [head, *items]
    if (
        items
        and stop >= lo
        and (toks[stop].low in vocab.PREPOSITIONS or toks[stop].low == "'s")
        and not (absolute and toks[stop].low == "with")
        and not (
            # "Ministers from the G7", "Representatives of 28 countries and the EU"
            toks[stop].low in ("from", "of")
            and stop - 1 >= lo
            and toks[stop - 1].low in vocab.DELEGATE_NOUNS
        )
    ):
        head = items[0]
        if (
            head.kind == "actor"
            and head.mention is not None
            and head.mention.kind is not ActorKind.PERSON
            and head.start < head.mention.start
            and toks[stop].low in ("in", "at", "on")
        ):
            # "in Paris France and Chile signed": the place is glued to the first name
            items[0] = head._replace(start=head.mention.start, role=None)
        elif (
            toks[stop].low in ("from", "in", "across")
            and stop - 1 >= lo
            and toks[stop - 1].low in vocab.GROUP_NOUNS
            and (toks[stop - 1].text.islower() or stop - 1 == lo)
        ):
            items = []  # "companies from Kenya and Ghana signed": where they are from
        else:
            # the preposition's object ends at the first comma: "with the accession of A
            # and B, 40 countries have signed" drops A and B, "At Bletchley, 28 countries"
            # drops Bletchley
            cut = 1
            while cut < len(items) and not _comma_between(toks, items[cut - 1], items[cut]):
                cut += 1
            if (
                cut == 1
                and len(items) > 2
                and items[0].kind == "unknown"
                and items[1].mention is not None
                and items[1].mention.kind is ActorKind.GOVERNMENT
                and _comma_between(toks, items[1], items[2])
            ):
                cut = 2  # "in Dublin, Ireland, the United States joined": a city and its country
            items = items[cut:] if cut < len(items) else items[1:]
    return items


def _comma_between(toks: Sequence[Tok], a: Item, b: Item) -> bool:
    k = token_index(toks, a.end)
    while k < len(toks) and toks[k].start < b.start:
        if toks[k].low == ",":
            return True
        k += 1
    return False


_OF_REACH: Final = 6
"""How many words an "of" phrase after a group noun may hold ("providers of ...")."""


def _group_before_of(toks: Sequence[Tok], k: int, lo: int) -> int | None:
    """Index of the group noun in ``GROUP "of" WORDS`` ending at ``k``, if so."""
    for j in range(k, max(lo, k - _OF_REACH) - 1, -1):
        t = toks[j]
        if t.mention is not None or not t.text[:1].isalpha():
            return None
        if t.low == "of":
            g = j - 1
            if (
                g >= lo
                and toks[g].low in vocab.GROUP_NOUNS
                and toks[g].low not in vocab.DELEGATE_NOUNS
            ):
                return g
            return None
    return None


_VENUE_WORDS: Final = 6
_VENUE_PREPOSITIONS: Final = frozenset({"at", "during"})
"""Prepositions of where something happened ("at the Forum", "during the summit")."""


def _at_venue(toks: Sequence[Tok], k: int, lo: int) -> bool:
    """Whether the item after ``toks[k]`` is where something happened ("at the UN General
    Assembly", "during the summit"): a place coordinated with the subject, not a party."""
    if k >= lo and toks[k].low == "the":
        k -= 1
    return k >= lo and toks[k].low in _VENUE_PREPOSITIONS


def _named_word(tok: Tok) -> bool:
    return tok.is_cap or tok.mention is not None or tok.low == "the"


def _skip_venue(toks: Sequence[Tok], k: int, lo: int) -> int:
    """Before the verb, skip where it happened: "the EU at the Forum pledged", "A and B
    during the summit agreed" (an event, not a party)."""
    j = k
    for n in (3, 5):  # "the ministers of the UfM in charge of energy (and climate) signed"
        a = k - n
        if (
            a - 1 >= lo
            and [t.low for t in toks[a : a + 3]] == ["in", "charge", "of"]
            and all(t.text.islower() or t.low == "and" for t in toks[a + 3 : k + 1])
        ):
            return a - 1
    while j >= lo and k - j < _VENUE_WORDS:
        low = toks[j].low
        if low in _VENUE_PREPOSITIONS:
            named = toks[j + 1 : k + 1]
            if named and all(_named_word(t) for t in named) and j - 1 >= lo:
                return j - 1
            return k
        if not _named_word(toks[j]):
            return k
        j -= 1
    return k


_POSTMODIFIER_OPENERS: Final = frozenset(
    {"in", "from", "at", "across", "behind", "that", "who", "which", "present", "concerned"}
)
_MAX_POSTMODIFIER: Final = 7
_PARTICIPLE_NEXT: Final = frozenset(
    {None, "in", "with", "at", "from", "by", "on", "under", "above", "below"}
)


def _skip_postmodifier(toks: Sequence[Tok], k: int, lo: int) -> int:
    """Before the verb, skip what describes a group noun: "The six companies involved
    in this initiative have endorsed", "the firms taking part agreed", "the countries
    that took part signed". Only lower-case words with no name among them are
    skipped: "companies in Kenya have pledged" keeps Kenya."""
    j = k
    while j >= lo and k - j < _MAX_POSTMODIFIER:
        tok = toks[j]
        if tok.mention is not None or not tok.text.islower() or not tok.text.isalpha():
            return k
        nxt = toks[j + 1].low if j + 1 <= k else None
        opener = (nxt is not None or j == k) and (
            tok.low in _POSTMODIFIER_OPENERS
            or (len(tok.low) > 4 and tok.low.endswith("ing"))
            # "involved in", not "attended the conference": a participle, not a verb
            or (len(tok.low) > 4 and tok.low.endswith("ed") and nxt in _PARTICIPLE_NEXT)
        )
        head = toks[j - 1] if j - 1 >= lo else None
        if (
            opener
            and head is not None
            and head.mention is None
            and head.low in vocab.GROUP_NOUNS
            and head.low.endswith("s")
        ):
            return j - 1
        j -= 1
    return k


def _skip_aside(toks: Sequence[Tok], k: int, lo: int) -> int:
    """At a comma just before the verb: skip a ", representing ..., " aside."""
    j = k - 1
    while j >= lo and k - j <= _MAX_ASIDE and toks[j].low not in (",", ";", ":", "—", "–"):
        j -= 1
    if j >= lo and toks[j].low in (",", "—", "–") and j + 1 < k:
        f = j + 1
        if (
            j + 2 < k
            and (toks[f].low in ("together", "jointly") or toks[f].low.endswith("ly"))
            and toks[f].text.islower()
        ):
            f = j + 2  # ", collectively representing 40 percent of ..., "
        first = toks[f]
        after = toks[f + 1] if f + 1 < k else None
        if first.low == "as" and after is not None and after.low not in ("well", "of", "a", "an"):
            return j - 1  # ", as announced in July, ": an aside, not "as well as B"
        if first.mention is None and (
            first.low in vocab.PARENTHETICAL_OPENERS
            or (
                first.low.endswith("ing")
                and first.text.islower()
                and first.low not in ("including", "following")
            )
        ):
            return j - 1
    return k - 1


def _forward_extent(toks: Sequence[Tok], lo: int, hi: int) -> int:
    """End (exclusive) of a subject list read forwards from ``lo``."""
    i = lo
    depth = 0
    while i < hi:
        tok = toks[i]
        low = tok.low
        if low == "(":
            depth += 1
        elif low == ")":
            if depth == 0:
                break
            depth -= 1
        elif (
            depth
            or tok.mention is not None
            or tok.is_cap
            or low == ","
            or low in vocab.DETERMINERS
            or low in vocab.NUMBER_WORDS
            or low[:1].isdigit()
            or low in vocab.GROUP_NOUNS
            or low in ("and", "&", "plus", "-", "strong", "or")
        ):
            pass
        elif (
            low in NAME_PARTICLES
            and i > lo
            and toks[i - 1].is_cap
            and i + 1 < hi
            and toks[i + 1].is_cap
        ):
            pass  # "Tristan da Cunha"
        elif (
            low == "then"
            and i > lo
            and toks[i - 1].low == "the"
            and i + 1 < hi
            and toks[i + 1].is_cap
        ):
            pass  # "the then Prime Minister Ana Ruiz": the office as it was
        elif (
            low == "."
            and i > lo
            and toks[i - 1].low in vocab.LEGAL_SUFFIXES
            and i + 1 < hi
            and toks[i + 1].low in (",", "and", "&")
        ):
            pass  # "Arcon, Inc., Bellweather and ...": a legal form's stop
        elif low in ("as", "well", "such", "including", "alongside", "along", "together"):
            if low in ("along", "together") and (i + 1 >= hi or toks[i + 1].low != "with"):
                break
            if low == "as" and not (
                (i + 2 < hi and toks[i + 1].low == "well" and toks[i + 2].low == "as")
                or (i > lo and toks[i - 1].low in ("such", "well"))
            ):
                break
        elif (
            (low == "with" and i > lo and toks[i - 1].low in ("along", "together"))
            or (low == "well" and i > lo and toks[i - 1].low == "as")
            or (tok.text[:1].isalpha() and tok.text.islower() and _group_ahead(toks, i, hi))
            or (
                # "UAE's Technology Innovation Institute", "the world's biggest firms"
                low == "'s"
                and i > lo
                and i + 1 < hi
                and (
                    toks[i + 1].is_cap
                    or toks[i + 1].mention is not None
                    or _group_ahead(toks, i + 1, hi)
                )
            )
        ):
            pass
        else:
            break
        i += 1
    while i > lo and (toks[i - 1].low in (",", "and", "&") or toks[i - 1].low in vocab.DETERMINERS):
        i -= 1  # "Signed by A and B, the partnership ...": not "the"
    return i


def _group_ahead(toks: Sequence[Tok], i: int, hi: int) -> bool:
    for j in range(i, min(hi, i + 6)):
        if toks[j].low in vocab.GROUP_NOUNS:
            return True
        if not is_group_modifier(toks[j]):
            return False
    return False


def parse_subject_forward(toks: Sequence[Tok], lo: int, hi: int) -> tuple[list[Item], int]:
    """Items of the subject list starting at token ``lo``; and the index after it."""
    end = _forward_extent(toks, lo, hi)
    if end <= lo:
        return [], lo
    items, _ = parse_subject_backward(toks, end, lo)
    return items, end
