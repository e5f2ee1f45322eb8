"""Commitments: sentences in which named actors pledge, commit, agree or sign to act.

A sentence is a commitment when a pledge clause in it (see :mod:`._triggers`) is
neither negated nor hypothetical and its subject resolves to at least one named party
(see :mod:`._pledges`). Several clauses in one sentence make one commitment whose
actors are the union of theirs, in order. Member lists make signatories, not
commitments, unless they name the instrument signed ("A and B are among the
signatories of the new Pledge"). "Will" sentences count inside a pledge report
only: "we will ..." in a quotation when the article reports a pledge, "X will ..."
when X pledged in it.
Group phrases of the subject ("28 countries") go to
:attr:`~policycorpus.Commitment.groups`.

The date is the first date the sentence gives for the act ("on Monday", "30 October
2023"), resolved against the article's published date; deadlines ("by 2030") are not
dates of the commitment.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final, TypeAlias

import attrs

from policycorpus.dates import find_dates
from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ArticleActors, find_actors
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._lists import (
    Effect,
    Layout,
    PartyList,
    find_party_lists,
    governing_sentence,
    narrator_of,
    people_groups,
    signed_lists,
)
from policycorpus.extract._pledge_clause import Clause
from policycorpus.extract._pledges import Party, ResolvedClause, resolve_article
from policycorpus.extract._sentences import split_sentences
from policycorpus.extract._vocab_numbers import ONES
from policycorpus.model import (
    ActorKind,
    Article,
    Commitment,
    Modality,
    ParagraphKind,
    PartialDate,
    Span,
)

__all__ = ["extract_commitments"]

_DATE_WORDS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
    }
)
_DEADLINE_WORDS = frozenset({"by", "until", "before", "from", "through", "till", "since", "to"})


def extract_commitments(
    article: Article,
    sentences: Sequence[Span] | None = None,
    actors: ArticleActors | None = None,
) -> tuple[Commitment, ...]:
    """The commitments of ``article``, one per sentence, in text order.

    ``sentences`` (from :func:`~policycorpus.extract.split_sentences`) and ``actors``
    (from :func:`~policycorpus.extract.find_actors`) are computed when not given.
    """
    found = actors if actors is not None else find_actors(article)
    spans = tuple(sentences) if sentences is not None else split_sentences(article.text)
    lists = find_party_lists(article.text, spans, found)
    resolved = resolve_article(article, spans, found, narrator_of(lists), signed_lists(lists))
    refs = references(article, resolved, lists, people_groups(article.text, spans, found))
    return commitments_from(article, resolved, lists, refs)


def commitments_from(
    article: Article,
    resolved: Sequence[ResolvedClause],
    lists: Sequence[PartyList] = (),
    referring: Sequence[Reference] | None = None,
) -> tuple[Commitment, ...]:
    """Build the commitment records from resolved clauses and decided party lists
    (shared with :func:`extract`).

    A list decided as committing ("commitments from eight companies: A, B, ...";
    "N countries, including A and B, have agreed ...") makes its sentence (for a block,
    its lead-in) a commitment of the listed parties, unless a clause already made one.
    ``referring`` is :func:`references` of the same clauses and lists, when already
    computed.
    """
    by_sentence: dict[Span, list[ResolvedClause]] = {}
    for rc in resolved:
        c = rc.clause
        if c.negated or c.hypothetical or c.modality is Modality.REQUIRE:
            continue  # an obligation laid on a party ("will be required to") is not its pledge
        if not rc.parties and not c.behalf and (rc.quoted or not _unnamed_we(c)):
            continue
        if c.membership and not _signs_instrument(article.text, rc):
            continue
        by_sentence.setdefault(rc.sentence, []).append(rc)
    refs = references(article, resolved, lists) if referring is None else referring
    pledged: set[str] = set()
    for rcs in by_sentence.values():
        for rc in rcs:
            if not rc.clause.future:
                pledged.update(m.name for m in rc.clause.behalf)
                pledged.update(p.name for p in rc.parties)
                pledged.update(p.represents for p in rc.parties if p.represents)
    for _, pl, _ in refs:
        pledged.update(m.name for m in pl.items)  # "They agreed to ...": the pair pledged
    for pl in lists:
        if pl.narrates:  # the authors of a joint statement: what they "will" do is pledged
            pledged.update(m.name for m in pl.items)
    # committing lists by sentence: where a clause also read the sentence, it read part
    # of the subject ("the countries which alongside the UK have committed ... are: A,
    # B"), so the lists' parties join its actors; several lists of one sentence make one
    # commitment
    joining: dict[Span, list[PartyList]] = {}
    signing: dict[Span, list[PartyList]] = {}
    for pl in lists:
        if pl.effect is Effect.COMMIT:
            joining.setdefault(governing_sentence(article.text, pl), []).append(pl)
        elif pl.effect is Effect.SIGN and pl.layout is Layout.INLINE:
            signing.setdefault(governing_sentence(article.text, pl), []).append(pl)
    listed = _committed_items(article)
    out: list[Commitment] = []
    for span in sorted(by_sentence):
        under = _under_lead_in(listed, span)
        rcs = [rc for rc in by_sentence[span] if under or _counts(rc, pledged)]
        if not rcs or all(rc.clause.lemma == "launch" for rc in rcs):
            continue  # launching a pledge or code alone is issuing it, not pledging (0004)
        made = _commitment(article, span, rcs, joining.get(span, ()))
        for pl in signing.get(span, ()):
            # the clause read part of a signing list ("signed by A, B, C hosted services,
            # D and E"): the list names them all
            names = [m.name for m in pl.items]
            if len(names) > len(made.actors) and set(made.actors) <= set(names):
                made = attrs.evolve(made, actors=tuple(names))
        out.append(made)
    taken = [c.span for c in out]
    for pl in lists:
        if (
            pl.effect is Effect.SIGN
            and pl.layout is Layout.INLINE
            and pl.construction in _SIGNING_EVENTS
        ):
            # "a treaty signed in Oslo in 1973 by the five nations ...: A, B and C": the
            # signing itself, reported with its parties, is their commitment
            span = governing_sentence(article.text, pl)
            if _SIGNED_VERB.search(article.text, span.start, span.end) and not any(
                t.start < span.end and span.start < t.end for t in taken
            ):
                out.append(_list_commitment(article, span, pl))
                taken.append(span)
            continue
        if pl.effect is Effect.SIGN and (
            pl.layout is not Layout.INLINE or pl.construction == "those-counted-are"
        ):
            counted = _counted_before(article.text, pl)
            if counted is not None and not any(
                t.start < counted.end and counted.start < t.end for t in taken
            ):
                out.append(_list_commitment(article, counted, pl, "counted-group-list"))
                taken.append(counted)
            continue
        if pl.effect is not Effect.COMMIT:
            continue
        span = governing_sentence(article.text, pl)
        if any(t.start < span.end and span.start < t.end for t in taken):
            continue
        others = [other for other in joining.get(span, ()) if other is not pl]
        out.append(_list_commitment(article, span, pl, joining=others))
        taken.append(span)
    for span, pl, rule in refs:
        if not any(t.start < span.end and span.start < t.end for t in taken):
            out.append(_list_commitment(article, span, pl, rule))
            taken.append(span)
    out.sort(key=lambda c: c.span.start)
    return tuple(out)


_SIGNING_EVENTS: Final = frozenset(
    {"signed-by", "concluded-among", "latest-to-sign-is", "list-among"}
)
"""Constructions that report a signing (not a state of membership or a launch)."""
_SIGNED_VERB: Final = re.compile(
    r"\b(?:signed|co-signed|countersigned|ratified|concluded|agreed|became|"
    r"to (?:sign|ratify|accede|endorse))\b(?! up\b)"
)
"""The verbs of a signing event ("signed by", "became the 13th signatory", "the last
state to ratify it is"; not "launched by", "backed by" or "are among the signatories")."""
_DISTRIBUTIVE: Final = re.compile(
    r"\s*(?:Each|Every|All)(?: of)?(?: the| these| them)?(?: \w+)?(?: \w+)?\s+\S*$"
)
"""A subject that shares out a pledge over the parties just listed ("Each country",
"All of the signatories", "Every member state")."""
_COLLECTIVE: Final = re.compile(
    r"\s*(?:\d{1,2}\.\s+)?(?:[A-Z][^,]{0,100}, )?(?:They|they|(?:(?:The|the|Both|both|Our|our|"
    r"These|these|Those|those) )?"
    r"(?:two |three |four |five |six |seven |eight |nine |ten |\d{1,2} |both )?"
    r"(?:[A-Z][A-Za-z0-9-]{1,12} (?=[Ll]eaders|[Mm]inisters))?"
    r"(?:leaders|ministers|Ministers|Leaders|countries|governments|Governments|"
    r"sides|nations|partners|Parties|parties|Presidents|presidents|Prime Ministers)|"
    r"(?:These|these|Those|those) (?:\w+ )?(?:organisations|organizations|companies|firms|"
    r"signatories|members))"
    r"(?:(?: \w+){0,2}|(?: [^.;:]{1,160}?,?)? and(?: also)?)\s+\S*$"
)
"""A subject that stands for the parties named together just before ("They agreed",
"The leaders committed", "Leaders agreed", "Quad leaders agreed", "both countries
will", "these organisations are pledging"; a kind noun only with "these" or "those":
"the companies" is left to the clause reader's nearer window)."""
_THEY: Final = re.compile(r"\s*They\s*$")
_EACH_REACH: Final = 600
_PEOPLE_REACH: Final = 1500
"""How far back "the leaders" looks for the officials who met (a meeting is told once,
at the top, and its outcome paragraphs later)."""


_ALIAS: Final = re.compile(
    r"\s*\(\s*(?:(?:together|collectively|jointly|hereinafter)\s*,?\s*)?(?:the\s+)?"
    r"[‘'\"“]\s*(?:the\s+)?([A-Z][^’'\"”\n()]{1,40}?)\s*[’'\"”]\s*\)"
)
"""A name defined for a list just after it: "A, B and C (the 'Five Countries')"."""


def _aliases(text: str, lists: Sequence[PartyList]) -> list[tuple[int, re.Pattern[str], PartyList]]:
    """The names given to lists of two or more parties, with where each was defined."""
    out: list[tuple[int, re.Pattern[str], PartyList]] = []
    for pl in lists:
        if len(pl.items) < 2 or pl.effect is Effect.NONE:
            continue
        m = _ALIAS.match(text, pl.span.end)
        if m is not None:
            name = re.escape(m.group(1)).replace("\\ ", r"\s+")
            out.append((m.end(), re.compile(rf"\b{name}\b", re.IGNORECASE), pl))
    return out


_ALIASES_SEEN: Final = 8
"""How many of the latest defined names a subject is compared with (a bound, so that a
text of many defined lists stays linear)."""

Reference: TypeAlias = tuple[Span, PartyList, str]
"""A pledge sentence, the list its subject stands for (as committing), and the rule."""


_OFFICIALS: Final = re.compile(r"\b" + lexicon().expand("{official_noun}") + r"\b", re.IGNORECASE)
"""A collective subject that names people ("the leaders", "the two ministers")."""


_PLAIN_TITLES: Final = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx"})


def _office_holders(pl: PartyList) -> PartyList:
    """The people of ``pl`` "the leaders" stands for: not those named with a plain
    courtesy title only ("Prime Minister Ardern and Mr Clarke Gayford welcomed Prime
    Minister Morrison and Mrs Jenny Morrison"), when two or more hold an office."""
    held = tuple(m for m in pl.items if (m.role or "").rstrip(".") not in _PLAIN_TITLES)
    return attrs.evolve(pl, items=held) if 2 <= len(held) < len(pl.items) else pl


def references(
    article: Article,
    resolved: Sequence[ResolvedClause],
    lists: Sequence[PartyList],
    people: Sequence[PartyList] = (),
) -> list[Reference]:
    """Pledges whose subject stands for parties listed just before, with that list.

    "Chile and Peru signed the charter. Each country committed to ...": the nearest
    signing list before the sentence. "They" and "the two leaders" take the nearest list
    of two or more parties, decided or not ("talks between France and the United Kingdom
    ... They agreed to ..."). "The leaders" and "the ministers" take the officials named
    together just before (``people``, from :func:`people_groups`) when there are any
    ("Secretary A hosted Minister B ... The leaders reaffirmed their commitment to ...").
    A name defined for a list ("the 'Five Countries'") stands for it. Only clauses no
    other reading resolved are looked at.
    """
    text = article.text
    referents = _Referents(text, lists, people)
    found: list[Reference] = []
    for rc in resolved:
        c = rc.clause
        if rc.parties or c.negated or c.hypothetical or c.modality is Modality.REQUIRE:
            continue
        got = referents.of(rc.sentence, c.trigger_start)
        if got is not None:
            pl, rule = got
            modality = c.modality if isinstance(c.modality, Modality) else None
            pl = attrs.evolve(
                pl, modality=modality, effect=Effect.COMMIT, construction=pl.construction or rule
            )
            found.append((rc.sentence, pl, rule))
    return found


class _Referents:
    """The lists a subject may stand for, in text order, and the chain of "they"."""

    def __init__(self, text: str, lists: Sequence[PartyList], people: Sequence[PartyList]):
        self.text = text
        self.signing = [pl for pl in lists if pl.effect in (Effect.SIGN, Effect.COMMIT)]
        self.signing_ends = [pl.span.end for pl in self.signing]
        self.named = [pl for pl in lists if pl.effect is not Effect.NONE and len(pl.items) >= 2]
        self.named_ends = [pl.span.end for pl in self.named]
        self.people = people
        self.people_ends = [pl.span.end for pl in people]
        self.aliases = _aliases(text, lists)
        self.alias_ends = [end for end, _, _ in self.aliases]
        self.chain: tuple[int, PartyList] | None = None
        """Where the last "they" ended, and its list."""
        self.authors = next((pl for pl in lists if pl.narrates and len(pl.items) > 1), None)
        """The list naming a joint statement's authors: "They" when no list is near."""

    def of(self, span: Span, at: int) -> tuple[PartyList, str] | None:
        """The list the subject ``text[span.start:at]`` stands for, and the rule."""
        text = self.text
        named_as = self._named_as(span, at)
        if named_as is not None:  # "We, the Ministers of the Five Countries, commit ..."
            return named_as, "alias-of-list"
        if _DISTRIBUTIVE.match(text, span.start, at) is not None:
            near, _ = self._nearest(self.signing, self.signing_ends, span.start)
            return None if near is None else (near, "each-of-list")
        if _COLLECTIVE.match(text, span.start, at) is None:
            return None
        near, near_end = self._nearest(self.named, self.named_ends, span.start)
        p = bisect.bisect_right(self.people_ends, span.start) - 1
        officials = _OFFICIALS.search(text, span.start, at) is not None
        reach = _PEOPLE_REACH if officials else _EACH_REACH
        if p >= 0 and span.start - self.people_ends[p] <= reach and (officials or near is None):
            # "the leaders": the officials who met, not their countries; "they" only when
            # no parties were listed together nearer
            near, near_end = self.people[p], self.people_ends[p]
            if officials:
                near = _office_holders(near)
        chain = self.chain
        if chain is not None and near_end < chain[0] and span.start - chain[0] <= _EACH_REACH:
            # "They agreed ... The Ministers committed ...": a reference continues the
            # chain of the one before, however far its list now stands
            near = chain[1]
        if near is None and self.authors is not None and _THEY.match(text, span.start, at):
            # "The Governments of A and B released the following statement ... They
            # committed to ...": with no list near, the statement's authors
            near = self.authors
        if near is None:
            return None
        self.chain = (span.end, near)
        return near, "they-list"

    def _named_as(self, span: Span, at: int) -> PartyList | None:
        a = bisect.bisect_right(self.alias_ends, span.start)
        named = [
            pl
            for _, name, pl in self.aliases[max(0, a - _ALIASES_SEEN) : a]
            if name.search(self.text, span.start, at)
        ]
        return named[-1] if named else None

    @staticmethod
    def _nearest(
        pool: Sequence[PartyList], ends: Sequence[int], start: int
    ) -> tuple[PartyList | None, int]:
        """The list of ``pool`` that ends last before ``start``, within reach."""
        k = bisect.bisect_right(ends, start) - 1
        if k >= 0 and start - ends[k] <= _EACH_REACH:
            return pool[k], ends[k]
        return None, -1


_COUNT_REACH: Final = 600
"""How far before a list's lead-in a sentence counting its parties may stand."""
_COUNTED: Final = re.compile(
    r"\b(\d{1,3}|[A-Za-z]+)(?=\s+(?:new\s+|additional\s+|more\s+|other\s+|further\s+)?"
    r"([a-z]+)\b)"
)
"""A number and the noun it counts ("24 new countries"); a lookahead, so that every word
is tried as the number."""


def _counted_before(text: str, pl: PartyList) -> Span | None:
    """The sentence before a signatory block that counts its parties and has them
    sign or pledge ("24 new countries announced that they will join the Pledge."
    above a block of 24 names): that sentence is their commitment."""
    lex = lexicon()
    verbs = lex["sign_verb"] | lex["commit_verb"]
    start = max(0, pl.governor.start - _COUNT_REACH)
    window = split_sentences(text[start : pl.governor.start])
    for span in reversed(window[-3:]):
        sentence = text[start + span.start : start + span.end]
        words = set(re.findall(r"[a-z]+", sentence.lower()))
        if not words & verbs:
            continue
        for m in _COUNTED.finditer(sentence):
            raw, noun = m.group(1).lower(), m.group(2)
            number = int(raw) if raw.isdigit() else ONES.get(raw)
            if number == len(pl.items) and noun in lex["group_noun"]:
                return Span(start + span.start, start + span.end)
    return None


_HEAD: Final = re.compile(
    r"^(?:(?!vice|deputy|former)[\w.'’-]+ ){0,2}(?:president|prime minister|premier|"
    r"chancellor|king|queen|emir|sultan|taoiseach|first minister|governor|head of state|"
    r"head of government)s?$",
    re.IGNORECASE,
)
"""A head of state or government, who pledges for the country ("Prime Minister X pledged
his government's support"); ministers and secretaries pledge in their own name."""


def acting_for(name: str, kind: ActorKind, role: str | None, represents: str | None) -> str:
    """The actor a commitment names for a party: a head of state or government stands for
    the country they lead, when the text says which; anyone else for themselves."""
    if kind is ActorKind.PERSON and represents and role and _HEAD.match(role):
        return represents
    return name


def _list_commitment(
    article: Article,
    span: Span,
    pl: PartyList,
    rule: str | None = None,
    joining: Sequence[PartyList] = (),
) -> Commitment:
    """The commitment a list makes of ``span``, with the parties of other committing
    lists in the same sentence (``joining``) among its actors."""
    text = article.text
    actors = tuple(
        dict.fromkeys(
            acting_for(m.name, m.kind, m.role, m.represents)
            for p in (pl, *joining)
            for m in p.items
        )
    )
    sentence = text[span.start : span.end]
    after = pl.span.end if pl.layout is Layout.INLINE else span.end
    action = text[after : span.end].strip(" \t\n.,;:-\u2014\u2013") or sentence
    date, date_rule = _date(sentence, max(0, pl.span.start - span.start), article.published)
    return Commitment(
        actors=actors,
        action=action,
        modality=pl.modality or Modality.OTHER,
        text=sentence,
        span=span,
        date=date,
        date_rule=date_rule,
        instrument=_instrument(sentence),
        rule=rule or pl.construction,
    )


_INSTRUMENT_REACH = 100
"""How far after "signatories" the instrument they signed may be named."""


def _signs_instrument(text: str, rc: ResolvedClause) -> bool:
    """ "A and B are among the signatories of the new Pledge": listed as having signed a
    named instrument, which commits them (a bare member list does not)."""
    c = rc.clause
    if c.lemma != "signatory":
        return False
    after = text[c.trigger_end : min(rc.sentence.end, c.trigger_end + _INSTRUMENT_REACH)]
    if not after.startswith((" of ", " to ")):
        return False
    for mark in (",", ";", "."):
        cut = after.find(mark)
        if cut >= 0:
            after = after[:cut]
    return any(w in vocab.SIGNABLE_NOUNS for w in after.lower().split())


_COMMITTING_LEAD: Final = re.compile(
    r"\b(?:commitments?|commit|commits|committed|pledges?|pledged|undertakings?|undertake|"
    r"will|agreed|promise[sd]?)\b[^\n]{0,80}:\s*\Z",
    re.IGNORECASE,
)
"""A lead-in line that introduces commitments ("Our commitments for 2024 are:"). It ends
with a colon, which :func:`_committed_items` tests before searching (keep the two
together)."""


def _committed_items(article: Article) -> list[Span]:
    """The list items under a committing lead-in ("Our commitments are:" over "1. We
    will ..."): each full sentence there is a commitment of its own (a will-sentence
    counts without its party having pledged elsewhere). In text order."""
    text = article.text
    out: list[Span] = []
    committing = False
    for para in article.paragraphs:
        if para.kind is ParagraphKind.LIST_ITEM:
            if committing:
                out.append(para.span)
            continue
        committing = (
            text[para.span.start : para.span.end].rstrip().endswith(":")  # cheap test first
            and _COMMITTING_LEAD.search(text, para.span.start, para.span.end) is not None
        )
    return out


def _under_lead_in(items: Sequence[Span], span: Span) -> bool:
    k = bisect.bisect_right(items, span.start, key=lambda s: s.start)
    return k > 0 and items[k - 1].start <= span.start and span.end <= items[k - 1].end


def _unnamed_we(c: Clause) -> bool:
    """Whether the clause is a pledge "we" make outside any quotation, in a text that never
    says who "we" are ("We commit to ..." in a declaration): a commitment with no actor."""
    return (
        bool(c.items)
        and all(it.kind == "speaker" and it.text.lower() == "we" for it in c.items)
        and not c.future
        and not c.quoted_we
        and not c.stance
    )


def _counts(rc: ResolvedClause, pledged: set[str]) -> bool:
    """A "will" sentence counts in a pledge report: "we" inside a quotation when anyone
    pledged, a named party when that party pledged."""
    if not rc.clause.future:
        return True
    if rc.clause.quoted_we:
        return bool(pledged)
    return all(p.name in pledged for p in rc.parties)


def _spokesperson(
    actors: dict[str, None], seen: dict[str, Party], joining: Sequence[PartyList]
) -> str | None:
    """The one titled official among a commitment's two actors who speaks for the one
    government beside them ("Prime Minister X announced New Zealand will provide ...",
    "Secretary X signed an agreement for the United States to join"), else None."""
    if len(actors) != 2:
        return None
    kinds = {m.name: m.kind for pl in joining for m in pl.items}
    kinds.update((name, p.kind) for name, p in seen.items())
    people = [n for n in actors if kinds.get(n) is ActorKind.PERSON]
    states = [n for n in actors if kinds.get(n) is ActorKind.GOVERNMENT]
    if len(people) != 1 or len(states) != 1:
        return None
    official = seen.get(people[0])
    if official is None or official.role is None or official.represents not in (None, states[0]):
        return None
    return people[0]


def _commitment(
    article: Article,
    span: Span,
    rcs: Sequence[ResolvedClause],
    joining: Sequence[PartyList] = (),
) -> Commitment:
    text = article.text
    actors: dict[str, None] = {}
    groups: dict[str, None] = {}
    seen: dict[str, Party] = {}
    for rc in rcs:
        if rc.clause.behalf:  # "X signed on behalf of A and B": A and B commit
            actors.update(dict.fromkeys(m.name for m in rc.clause.behalf))
            continue
        for p in rc.parties:
            name = acting_for(p.name, p.kind, p.role, p.represents)
            actors.setdefault(name, None)
            if name == p.name:
                seen.setdefault(name, p)
        for g in rc.groups:
            groups.setdefault(g, None)
    rules = [f"clause-{rcs[0].clause.lemma}"]
    for pl in joining:
        before = len(actors)
        actors.update(dict.fromkeys(m.name for m in pl.items))
        if len(actors) > before and pl.construction:
            rules.append(pl.construction)
    spokesperson = _spokesperson(actors, seen, joining)
    if spokesperson is not None:
        del actors[spokesperson]
    first = rcs[0].clause
    modality = first.modality
    action = (
        text[first.trigger_end : span.end].strip(" \t\n.,;:")
        or text[first.trigger_start : first.trigger_end]
    )
    sentence = text[span.start : span.end]
    date, rule = _date(sentence, first.trigger_start - span.start, article.published)
    return Commitment(
        actors=tuple(actors),
        action=action,
        modality=modality if isinstance(modality, Modality) else Modality.OTHER,
        text=sentence,
        span=span,
        date=date,
        date_rule=rule,
        instrument=_instrument(sentence),
        groups=tuple(groups),
        rule="+".join(rules),
    )


def _date(
    sentence: str, trigger: int, anchor: PartialDate | None
) -> tuple[PartialDate | None, str | None]:
    # only dates up to a little after the trigger count: read no further (long sentences)
    for m in find_dates(sentence[: trigger + 200], anchor):
        if m.resolution is None:
            continue
        raw_before = sentence[max(0, m.start - 12) : m.start].split()
        before = [w.lower() for w in raw_before]
        if before and before[-1] in _DEADLINE_WORDS:
            continue
        if (
            raw_before
            and raw_before[-1][:1].isupper()
            and sentence[m.start : m.end].isdigit()
            and sentence[m.start - 1 : m.start] == " "
        ):
            continue  # a year inside a name: "Agenda 2030", "Vision 2030"
        if before and before[-1] == "of" and len(before) > 1 and before[-2] == "end":
            continue
        if m.start > trigger + 120:
            continue
        return m.resolution.date, m.resolution.rule
    return None, None


def _instrument(sentence: str) -> str | None:
    """The declaration, statement or pledge the sentence names, if any.

    In a headline in title case every word is capitalised, so no name is read there.
    """
    words = sentence.split()
    long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    if len(long_words) > 2 and all(w[:1].isupper() for w in long_words):
        return None
    for i, raw in enumerate(words):
        word = raw.strip(".,;:()“”\"'’‘").lower()
        if word not in vocab.INSTRUMENT_NOUNS or word in ("call", "plan", "deal", "code"):
            continue
        if raw[:1].isupper():
            j = i
            while j > 0 and words[j - 1] not in ("The", "A"):
                if words[j - 1][:1].isupper():
                    j -= 1
                elif j > 1 and words[j - 1] in ("of", "for", "on") and words[j - 2][:1].isupper():
                    j -= 2
                else:
                    break
            k = i
            while (
                k + 1 < len(words)
                and (words[k + 1][:1].isupper() or words[k + 1] in ("on", "of", "for", "and", "to"))
                and words[k + 1].strip(".,;:").lower() not in _DATE_WORDS
            ):
                k += 1
            while k > i and words[k] in ("on", "of", "for", "and", "to"):
                k -= 1
            return " ".join(w.strip(".,;:()“”\"'’‘") for w in words[j : k + 1])
        if i > 0 and words[i - 1].lower() in ("joint", "political", "global", "voluntary"):
            return f"{words[i - 1].lower()} {word}"
    return None
