"""One party phrase of a subject list (private).

An actor with its title, descriptor or role noun ("the Irish-founded start-up Vizlo",
"Minister for Justice Jim Byrne", "Estonia's delegation"), a group noun ("28
countries", "26 providers of generative AI systems") or a capitalised name the
gazetteer lacks, read backwards from its last token.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._gazetteer_data import COMPANY_SUFFIXES, POST_NOMINALS, TITLES
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._tokens import NAME_PARTICLES, Item, Tok, function_word, surface
from policycorpus.extract._vocab_numbers import PERIODS
from policycorpus.model import ActorKind

_TITLE_HEADS: Final = frozenset(
    {t.split()[-1] for t in TITLES if t.split()[-1][:1].isupper()}
    | {
        "Secretary",
        "Minister",
        "President",
        "Chancellor",
        "Commissioner",
        "Director",
        "Chief",
        "Executive",
        "Officer",
        "Chair",
        "Chairman",
        "Chairwoman",
        "Ambassador",
        "Governor",
        "Mayor",
        "Premier",
        "Senator",
        "Envoy",
        "Leader",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "King",
        "Queen",
        "Prince",
        "Pope",
        "General",
        "CEO",
        "Founder",
        "Head",
        "Representative",
        "Chairperson",
        "Adviser",
        "Advisor",
    }
)


def is_group_modifier(tok: Tok) -> bool:
    if tok.mention is not None:
        return True  # attributive: "the EU member states"
    low = tok.low
    if low in vocab.DETERMINERS or low in vocab.NUMBER_WORDS or low[:1].isdigit():
        return True
    if low in ("-", "strong", "based", "led", "following", "'s") or low in vocab.GROUP_NOUNS:
        return True  # "a 190-strong coalition", "the world's biggest companies"
    if not tok.text[:1].isalpha():
        return False
    if (
        low in vocab.PREPOSITIONS
        or low in vocab.HYPOTHETICAL_MARKERS
        or low in vocab.CLAUSE_BREAKS
        or low in vocab.AUXILIARIES
        or low in vocab.URGING_VERBS
        or low in vocab.TRIGGERS
        or low in ("and", "or", "as", "with", "such", "including", "alongside", "like", "plus")
    ):
        return False
    return not low.endswith("ed")


_OFFICIALS: Final = lexicon()["official_noun"]
"""Plural offices, some of two words ("prime ministers"), that a group may be of."""


def parse_item(toks: Sequence[Tok], k: int, lo: int) -> tuple[Item | None, int, bool]:
    """Parse one item ending at token ``k``; returns (item, index before it, one-of)."""
    tok = toks[k]
    if tok.mention is not None:
        return _actor_item(toks, k, lo)
    if k - 1 >= lo and toks[k - 1].mention is not None and tok.text.rstrip(".") in COMPANY_SUFFIXES:
        return _actor_item(toks, k - 1, lo)  # "Intel Corporation": the company's legal form
    before = toks[k - 1].mention if k - 1 >= lo else None
    if tok.text in POST_NOMINALS and before is not None and before.kind is ActorKind.PERSON:
        return _actor_item(toks, k - 1, lo)  # "Jane Doe MP": letters after a person's name
    low = tok.low
    if (
        low in vocab.POSSESSED_AGENTS
        and k - 2 >= lo
        and toks[k - 1].low == "'s"
        and toks[k - 2].mention is not None
    ):
        # "Estonia's delegation", "Japan's government": the possessor acts
        owner = toks[k - 2]
        i = k - 2
        if i - 1 >= lo and toks[i - 1].low == "the":
            i -= 1
        return Item("actor", toks[i].start, tok.end, owner.text, owner.mention), i - 1, False
    if low in vocab.PLURAL_PRONOUNS:
        return Item("pronoun", tok.start, tok.end, tok.text), k - 1, False
    if low in ("it", "he", "she"):
        return Item("it", tok.start, tok.end, tok.text), k - 1, False
    if low in vocab.SPEAKER_PRONOUNS:
        return Item("speaker", tok.start, tok.end, tok.text), k - 1, False
    if low in vocab.GOVERNMENT_HEADS and k - 1 >= lo and toks[k - 1].mention is not None:
        # "the German and French governments", "the UK government": the actor itself
        m = toks[k - 1].mention
        i = k - 1
        if i - 1 >= lo and toks[i - 1].low == "the":
            i -= 1
        return Item("actor", toks[i].start, tok.end, toks[k - 1].text, m), i - 1, False
    bare = _bare_count(toks, k, lo)
    if bare is not None:
        return bare
    if low in vocab.GROUP_NOUNS and (
        tok.text.islower()
        or k == lo
        or toks[k - 1].is_cap is False
        or f"{toks[k - 1].low} {low}" in _OFFICIALS  # "the two Prime Ministers"
    ):
        return _group_item(toks, k, lo)
    if (
        k - 2 >= lo
        and tok.text.islower()
        and low.endswith("s")
        and toks[k - 1].low in ("and", "or")
        and toks[k - 2].low in vocab.GROUP_NOUNS
        and toks[k - 2].text.islower()
    ):
        # "28 providers and payers": a plural coordinated with a group noun is the group
        group, at, one_of = _group_item(toks, k - 2, lo)
        if group is not None:
            return group._replace(end=tok.end), at, one_of
    if (
        tok.is_cap
        and not function_word(tok)
        and not (low.endswith("ly") and (k == lo or not toks[k - 1].is_cap))
    ) or _hyphenated_tail(toks, k, lo):
        return _name_item(toks, k, lo)
    return None, k, False


_COUNT_ADJECTIVES: Final = frozenset(
    {"original", "first", "other", "remaining", "founding", "initial", "same"}
)


def _bare_count(toks: Sequence[Tok], k: int, lo: int) -> tuple[Item, int, bool] | None:
    """ "the six", "the original six" with no noun: a group pointing back to six
    parties named before."""
    tok = toks[k]
    number = vocab.NUMBER_VALUES.get(tok.low)
    if number is None or tok.low == "both" or not tok.text.islower():
        return None
    i = k - 1
    if i >= lo and toks[i].low in _COUNT_ADJECTIVES:
        i -= 1
    if i < lo or toks[i].low != "the":
        return None
    text = " ".join(t.text for t in toks[i : k + 1])
    return Item("group", toks[i].start, tok.end, text, number=number, reference=True), i - 1, False


def _hyphenated_tail(toks: Sequence[Tok], k: int, lo: int) -> bool:
    """Whether ``toks[k]`` ends a capitalised hyphenated word ("Non-proliferation")."""
    return (
        k - 2 >= lo
        and toks[k].is_word
        and toks[k - 1].low == "-"
        and toks[k - 1].end == toks[k].start
        and toks[k - 2].end == toks[k - 1].start
        and toks[k - 2].is_cap
        and not function_word(toks[k - 2])
    )


def _actor_item(toks: Sequence[Tok], k: int, lo: int) -> tuple[Item | None, int, bool]:
    """An actor mention ending at ``k``, with the title, descriptor or group before it."""
    tok = toks[k]
    i = _known_role_before(toks, k, lo)
    # descriptors in capitals just before the actor ("Tech Giants TikTok")
    while i - 1 >= lo and toks[i - 1].is_cap and not function_word(toks[i - 1]):
        i -= 1
    i = _title_before(toks, i, lo)
    person = tok.mention
    if (
        i < k
        and i - 1 >= lo
        and person is not None
        and person.kind is ActorKind.PERSON
        and toks[i - 1].mention is not None
        and toks[i - 1].mention.name == person.represents  # type: ignore[union-attr]
    ):
        i -= 1  # "US Homeland Security Secretary Jane Doe": the country is part of the title
    elif (
        i == k
        and k - 3 >= lo
        and person is not None
        and person.kind is ActorKind.PERSON
        and (country := toks[k - 1].mention) is not None
        and country.name == person.represents
        and toks[k - 2].low == "of"
    ):
        i = min(i, _title_before(toks, k - 1, lo))  # "President of Namibia Hage Geingob"
    if i - 1 >= lo and toks[i - 1].low == "the":
        i -= 1
    else:
        i = _descriptor_before(toks, i, lo)
    i = _role_noun_before(toks, i, lo)
    role = _role(toks, i, k)
    if i - 1 >= lo and toks[i - 1].low in vocab.GROUP_NOUNS and toks[i - 1].text.islower():
        # "tech giants Amazon", "U.S. leaders Google": the group describes the name
        described, before, _ = parse_item(toks, i - 1, lo)
        if described is not None and described.kind == "group":
            return (
                Item("actor", described.start, tok.end, tok.text, tok.mention, role=role),
                before,
                False,
            )
    return (
        Item("actor", toks[i].start, tok.end, tok.text, tok.mention, role=role),
        i - 1,
        False,
    )


def _party_modifier(tok: Tok) -> bool:
    """A word that names the membership a party noun refers to ("founding", "Coalition",
    "G7"), not a part of the listed parties ("other")."""
    return tok.low in vocab.PARTY_MODIFIERS or (tok.is_cap and tok.mention is None)


def _group_item(toks: Sequence[Tok], k: int, lo: int) -> tuple[Item | None, int, bool]:
    """A group ending at ``k`` ("the 16 companies", "both countries", "one of the firms")."""
    tok = toks[k]
    low = tok.low
    i = k
    number: int | None = None
    reference = False
    one_of = False
    closed = False  # after a number or determiner only determiners may precede
    while i - 1 >= lo and is_group_modifier(toks[i - 1]):
        prev = toks[i - 1]
        if prev.low == "of" and i - 2 >= lo and toks[i - 2].low == "one":
            one_of = True
            break
        plain = not (
            prev.low in vocab.DETERMINERS
            or prev.low in vocab.NUMBER_WORDS
            or prev.low[:1].isdigit()
            or prev.low in ("-", "of", "'s")
        )
        if plain and closed and prev.mention is None and not prev.is_cap:
            break
        if not plain and prev.low not in ("-", "of"):
            closed = True
        elif prev.low == "of":
            closed = False
        i -= 1
        if prev.low in vocab.NUMBER_VALUES and number is None:
            number = vocab.NUMBER_VALUES[prev.low]
        elif prev.low.isdigit() and number is None:
            number = int(prev.low) if len(prev.low) < 6 else None
    among = i - 1 >= lo and toks[i - 1].low in ("among", "amongst")
    first = toks[i].low
    reference = first in vocab.REFERENCE_DETERMINERS and (
        number is not None or first == "both" or "same" in {t.low for t in toks[i:k]}
    )
    if (
        not reference
        and number is not None
        and (toks[i].mention is not None or toks[i].is_cap)
        and i + 1 < k
        and toks[i + 1].low == "'s"
    ):
        reference = True  # "Britain's four big networks": definite, counted
    if not reference and number is None:
        # "the signatories", "each signatory", "Members", "the networks"
        if low in vocab.PARTY_NOUNS:
            reference = (
                i == k
                or (
                    first in ("the", "these", "those", "each", "all", "both")
                    and all(_party_modifier(t) for t in toks[i + 1 : k])
                )
                or all(_party_modifier(t) and t.is_cap for t in toks[i:k])
            )
            # "the founding coalition members", "G7 members": the listed parties
        elif low in vocab.KIND_REFERENCE_NOUNS:
            reference = i == k - 1 and first in ("the", "these", "those", "both")
    if first == "both":
        number = 2
    item = Item(
        "group",
        toks[i].start,
        tok.end,
        "",
        number=number,
        reference=reference,
        group_kind=vocab.GROUP_NOUNS[low],
    )
    if one_of:
        return item, i - 3, True  # before "one of"
    if among:
        return item, i - 2, True  # before "among"
    return item, i - 1, False


def _guessed(tok: Tok) -> bool:
    """A name the actor layer guessed from its form (not a known actor or person)."""
    m = tok.mention
    return m is not None and m.via in ("pattern", "list")


def _name_item(toks: Sequence[Tok], k: int, lo: int) -> tuple[Item | None, int, bool]:
    """Capitalised words ending at ``k``: a name the gazetteer lacks, a title, or a group
    written in capitals ("its Member States")."""
    tok = toks[k]
    i = k
    while i - 1 >= lo:
        prev = toks[i - 1]
        if (prev.is_cap and (not function_word(prev) or prev.low == "under")) or (
            _guessed(prev) and i < k
        ):
            i -= 1  # "Under" in a title: "Parliamentary Under Secretary"
        elif (
            prev.low == "&"
            and i - 2 >= lo
            and toks[i - 2].is_cap
            and not function_word(toks[i - 2])
            and toks[i].is_cap
        ):
            i -= 2  # "Kreativitet & Kommunikation", "Marks & Spencer": one name
        elif (
            prev.low == "'s"
            and i - 2 >= lo
            and (toks[i - 2].is_cap or _guessed(toks[i - 2]))
            and not function_word(toks[i - 2])
        ):
            i -= 2  # "Children's Hospital", "Women's Aid": a possessive inside a name
        elif (
            prev.mention is not None
            and i - 3 >= lo
            and toks[i - 2].low in ("of", "for")
            and (toks[i - 3].is_cap or _guessed(toks[i - 3]))
            and not function_word(toks[i - 3])
        ):
            i -= 1  # "University of South Carolina Health": a place inside a name
        elif (
            prev.low == "-"
            and prev.start == toks[i].start - 1
            and i - 2 >= lo
            and toks[i - 2].is_cap
            and toks[i - 2].end == prev.start
        ):
            i -= 2
        elif (
            prev.low in NAME_PARTICLES
            and i - 2 >= lo
            and (toks[i - 2].is_cap or _guessed(toks[i - 2]))
            and toks[i - 2].low not in ("the",)
        ):
            i -= 1
        elif (
            prev.low == ")"
            and i - 4 >= lo
            and toks[i - 3].low == "("
            and toks[i - 2].is_cap
            and (toks[i - 4].is_cap or toks[i - 4].mention is not None)
        ):
            i -= 3  # "Cocos (Keeling) Islands"
            if toks[i - 1].mention is not None:
                i -= 1
                break
        else:
            break
    while toks[i].low in NAME_PARTICLES and i < k:
        i += 1
    i = _portfolio_before(toks, i, lo)
    i = _title_before(toks, i, lo)  # "Under Secretary of State for Transport"
    words = [t.text for t in toks[i : k + 1]]
    if words[-1].lower() in vocab.GROUP_NOUNS and words[-1].lower().endswith("s"):
        # "its Member States", "16 AI Companies": a group in capitals
        j = i
        while j - 1 >= lo and is_group_modifier(toks[j - 1]) and not toks[j - 1].is_cap:
            j -= 1
        group = Item(
            "group", toks[j].start, tok.end, "", group_kind=vocab.GROUP_NOUNS[words[-1].lower()]
        )
        return group, j - 1, False
    name_start = i
    i = _role_noun_before(toks, i, lo)
    role = toks[name_start - 1].text if i < name_start else None
    represents = None
    j = i
    if j - 1 >= lo and toks[j - 1].mention is not None and _is_title(words):
        represents = toks[j - 1].mention.name  # type: ignore[union-attr]
        j -= 1
    if j - 1 >= lo and toks[j - 1].low == "the":
        j -= 1
    kind = "title" if _is_title(words) else "unknown"
    if kind == "unknown" and len(words) == 1 and words[0].endswith("ing") and j <= lo:
        return None, k, False  # "Building on the friendship, ...": a participle
    text = surface(toks, name_start, k)
    return (
        Item(kind, toks[name_start].start, tok.end, text, represents=represents, role=role),
        j - 1,
        False,
    )


_MAX_DESCRIPTOR: Final = 6
_MAX_TITLE_CHAIN: Final = 8
_MAX_ROLE_TOKENS: Final = 16
"""The longest title (in tokens) looked for before a person's name."""
"""Tokens a title's "of"/"for" chain is followed back before its head must show."""


def _known_role_before(toks: Sequence[Tok], k: int, lo: int) -> int:
    """Where the title the actor layer read just before the person at ``toks[k]``
    begins ("Minister-in-charge of Trade Relations S. Rajan"); ``k`` when none."""
    m = toks[k].mention
    role = m.role if m is not None and m.kind is ActorKind.PERSON else None
    if not role or " " not in role:
        return k
    for j in range(k - 1, max(lo, k - _MAX_ROLE_TOKENS) - 1, -1):
        if surface(toks, j, k - 1) == role:
            return j
    return k


def _title_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """Extend a name back over a title with "for"/"of" in it ("Minister for Justice",
    "Under Secretary of State for Transport": the chain of "of"/"for" is followed back
    to the title's head)."""
    j = i
    k = i
    while k - 2 >= lo and toks[k - 1].low in ("for", "of") and toks[k - 2].is_cap:
        k -= 2
        while (
            k - 1 >= lo
            and toks[k - 1].is_cap
            and (not function_word(toks[k - 1]) or toks[k - 1].low == "under")
        ):
            k -= 1  # "Parliamentary Under Secretary"
        if _is_title([t.text for t in toks[k:j] if t.is_cap]):
            j = k
        elif j < i or i - k > _MAX_TITLE_CHAIN:
            break
    return j


_PORTFOLIO_PARTS: Final = 6
"""At most this many parts of a portfolio, and words of a part, are read back: a long
list of names is no portfolio, and reading it back from every name would be quadratic."""


def _portfolio_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """Extend a name back over the title whose portfolio it ends ("Trade" in "the
    Minister for Foreign Affairs and Trade"); ``i`` when it ends none."""
    p = i
    parts = 0
    while (
        parts < _PORTFOLIO_PARTS
        and p - 2 >= lo
        and toks[p - 1].low in ("and", "&", ",")
        and toks[p - 2].is_cap
        and not function_word(toks[p - 2])
    ):
        parts += 1
        p -= 2
        words = 0
        while (
            words < _PORTFOLIO_PARTS
            and p - 1 >= lo
            and toks[p - 1].is_cap
            and not function_word(toks[p - 1])
        ):
            words += 1
            p -= 1
    if p == i:
        return i
    j = _title_before(toks, p, lo)
    return j if j < p else i


def _descriptor_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """Extend a name back over "the Irish-founded start-up" before it (an apposition
    opened by an article); ``i`` when no such phrase stands there."""
    j = i - 1
    while (
        j >= lo
        and i - j <= _MAX_DESCRIPTOR
        and (
            toks[j].low == "-"
            or toks[j].mention is not None
            or (j + 1 < i and toks[j + 1].low == "-")  # "start-up"
            or (j - 1 >= lo and toks[j - 1].low == "-")
            or (
                toks[j].text[:1].isalpha()
                and not function_word(toks[j])
                and toks[j].low not in vocab.TRIGGERS
                and toks[j].low not in ("and", "or", "as", "with", "including", "alongside")
            )
        )
    ):
        j -= 1
    if (
        j < i - 1
        and j >= lo
        and toks[j].low in ("the", "a", "an")
        and any(t.mention is None and t.text.islower() for t in toks[j + 1 : i])
        and not any(
            t.low.removesuffix("s") in PERIODS for t in toks[j + 1 : i]
        )  # "the next five years" is time
    ):
        return j
    return i


def _role_noun_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """Extend a name back over "his Japanese counterpart" before it."""
    j = i - 1
    if j < lo or toks[j].low not in vocab.ROLE_NOUNS:
        return i
    while j - 1 >= lo and (toks[j - 1].mention is not None or toks[j - 1].is_cap):
        j -= 1
    if j - 1 >= lo and toks[j - 1].low in ("his", "her", "their", "its", "the"):
        j -= 1
    return j


def _is_title(words: Sequence[str]) -> bool:
    return any(w in _TITLE_HEADS for w in words)


def _role(toks: Sequence[Tok], i: int, k: int) -> str | None:
    words = [t.text for t in toks[i:k] if t.is_cap and t.low != "the"]
    return " ".join(words) if words and _is_title(words) else None
