"""The noun phrase a figure counts: modifiers and heads, names and their plurals,
coordinated heads, model numbers and codes, collectives ("a 190-strong coalition of"),
formulas and ratio bases."""

from __future__ import annotations

from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._numbers import Tokens
from policycorpus.extract._stat_drafts import (
    _HYPHENS,
    _NUMBER_WORDS,
    _capital,
    _content,
    _Phrase,
    _phrase_text,
    _plural,
)

_MARKS: Final = frozenset("®™℠")


_OBJECT_STARTS: Final = frozenset(
    {"a", "an", "the", "its", "their", "this", "these", "those", "his", "her", "our", "some"}
)


def _noun_phrase(tk: Tokens, j: int, hi: int) -> _Phrase | None:
    """noun_phrase after the figure, starting at token ``j``; None when none follows."""
    n = len(tk)
    words: list[tuple[int, int]] = []
    partitive = -1
    coordinated = -1
    list_head = -1
    k = j
    while k < n and tk.starts[k] < hi and len(words) < V.NP_MAX_WORDS:
        if k > 0 and not tk.same_line(k - 1, k):
            break
        t = tk.texts[k]
        w = tk.lower[k]
        model = _model_number(tk, k, words[-1][1] if words else -1, hi)
        if model > k:
            k = model  # "20 Airbus A320 aircraft": a model number inside the phrase
            continue
        dotted = _dotted_abbreviation(tk, k)
        if dotted > k and _content(tk, dotted + 1, hi):
            k = dotted + 1  # "a dozen U.S. government agencies": a modifier, not the head
            continue
        if tk.is_word(k) or t == "&":
            if w in V.NP_CONJUNCTIONS:
                if words and _content(tk, k + 1, hi) and not _verb_with_object(tk, k + 1):
                    coordinated = len(words)
                    k += 1
                    continue
                break
            if w == "of" and words and partitive < 0:
                head = tk.lower[words[-1][1]]
                if coordinated > 0 and head in V.PARTITIVE_NOUNS:
                    # "27 governments and heads of companies": the second conjunct is
                    # another group, not part of the counted noun
                    words = words[:coordinated]
                    break
                if head in V.PARTITIVE_NOUNS or head in V.COLLECTIVE_NOUNS:
                    partitive = len(words) - 1
                    k += 1
                    continue
            if (
                w == "of"
                and words
                and partitive >= 0
                and tk.lower[words[-1][1]] in V.PARTITIVE_NOUNS
            ):
                k += 1
                continue
            if (
                k + 3 < n
                and tk.texts[k + 1] in _HYPHENS
                and tk.touching(k + 1)
                and not tk.touching(k + 2)
                and tk.lower[k + 2] in ("and", "or", "to")
                and tk.is_word(k + 3)
            ):
                k += 3  # "92 low- and middle-income countries": a suspended hyphen
                continue
            compound = (
                k + 2 < n
                and tk.texts[k + 1] in _HYPHENS
                and tk.touching(k + 1)
                and tk.touching(k + 2)
                and tk.is_word(k + 2)
            )  # "200,000 nine-year-old girls": a number word inside a compound adjective
            modifier = w in V.RATE_ADJECTIVES and _content(tk, k + 1, hi)  # "monthly users"
            if (
                (w in V.NP_STOP_WORDS and not modifier)
                or (w in _NUMBER_WORDS and not compound)
                or w in V.VAGUE_MAGNITUDES
            ):
                break
            if (
                words
                and words[-1][1] == k - 1
                and _plural(tk.lower[k - 1])
                and not tk.texts[k - 1].isupper()  # "NHS trusts": an acronym, no plural
                and not (tk.texts[k - 1][0].isupper() and _name_to_plural(tk, k, hi))
            ):
                # "children report harm": a word after a plural head is a verb (inside a
                # capitalised name it is not: "United Nations Member States")
                break
            verbish = (
                len(w) >= 4
                and w.endswith(("ed", "ing"))
                and _model_number(tk, k + 1, k, hi) == k + 1  # "Boeing 747 jets": a name
            )
            if verbish:
                if words and _plural(tk.lower[words[-1][1]]):
                    break
                if not _content(tk, k + 1, hi):
                    break
            if words and len(w) > 4 and w.endswith("ly"):
                break
            if words and w in V.DIMENSION_ADJECTIVES:
                break  # "3.5 km long": the measure's dimension, not its unit
            e = k
            while (
                e + 2 < n
                and tk.texts[e + 1] in _HYPHENS
                and tk.touching(e + 1)
                and tk.touching(e + 2)
                and tk.is_word(e + 2)
            ):
                e += 2
            if partitive >= 0 and _formula(tk, e) and e + 1 < n and _formula(tk, e + 1):
                e += 1  # "tonnes of CO2": the formula's digits belong to the word
            words.append((k, e))
            k = e + 1
            continue
        if (
            (t in _MARKS or (t == "+" and _content(tk, k + 1, hi)))
            and words
            and words[-1][1] == k - 1
            and tk.touching(k)
        ):
            k += 1  # "CyberTipline® reports", "Erasmus+ grants": a mark inside the phrase
            continue
        if (
            t == ","
            and words
            and _plural(tk.lower[words[-1][1]])
            and coordinated < 0
            and _plural_list(tk, k, hi)
        ):
            # "188 countries, cities, regions and organisations": a list of plural heads
            # counted together; the unit is the whole list
            if list_head < 0:
                list_head = len(words) - 1
            k += 1
            continue
        if t == "," and words and not _plural(tk.lower[words[-1][1]]) and _listing(tk, k, hi):
            nxt = k + 1
            if tk.low(nxt) in V.NP_CONJUNCTIONS:
                nxt += 1
            if _content(tk, nxt, hi) and tk.texts[nxt][0].islower():
                k = nxt
                continue
        break
    if not words:
        return None
    first, last = words[0][0], words[-1][1]
    opener = tk.lower[first]
    if len(opener) >= 4 and opener.endswith(("ed", "ing")) and not _plural(tk.lower[last]):
        return None  # "4,700 concerned generative AI": a verb, not "209 seized devices"
    head_first = words[-1][0]
    if partitive >= 0:
        head_first = words[partitive][0]
    elif list_head >= 0 and coordinated > list_head:
        head_first = words[list_head][0]
    elif coordinated > 0 and _plural(tk.lower[words[coordinated - 1][1]]):
        head_first = words[coordinated - 1][0]
    return _Phrase(first, last, _phrase_text(tk, head_first, last), _phrase_text(tk, first, last))


def _model_number(tk: Tokens, k: int, prev: int, hi: int) -> int:
    """The token after a model number at ``k`` inside a noun phrase, else ``k``.

    model := Capitalised ^DIGITS      "A320" after "Airbus"
           | DIGITS                   "747" after a capitalised word ("Boeing")
    followed by a lower-case content word, the phrase's head ("aircraft").
    """
    if prev < 0:
        return _coded_name(tk, k, hi)
    if prev != k - 1 or not tk.texts[prev][0].isupper():
        return k
    if tk.is_digits(k) and not tk.touching(k):
        end = k + 1
    elif (
        tk.is_word(k)
        and tk.texts[k][0].isupper()
        and len(tk.texts[k]) <= 3
        and tk.is_digits(k + 1)
        and tk.touching(k + 1)
    ):
        end = k + 2
    else:
        return k
    if _content(tk, end, hi) and tk.texts[end][0].islower() and not tk.touching(end):
        return end
    return k


def _coded_name(tk: Tokens, k: int, hi: int) -> int:
    """The token after a coded name opening a noun phrase ("G20", "COVID-19") when a
    lower-case head follows ("30 G20 members", "15 COVID-19 vaccine trials"), else ``k``."""
    if not (tk.is_word(k) and tk.texts[k].isupper() and len(tk.texts[k]) <= 6):
        return k
    end = k + 1
    if tk.texts[end : end + 1] and tk.texts[end] in _HYPHENS and tk.touching(end):
        end += 1
    if not (tk.is_digits(end) and tk.touching(end)):
        return k
    end += 1
    if _content(tk, end, hi) and tk.texts[end][0].islower() and not tk.touching(end):
        return end
    return k


def _dotted_abbreviation(tk: Tokens, k: int) -> int:
    """The last token of a dotted capital abbreviation at ``k`` ("U.S.", "E.U."), else
    ``k``."""
    e = k
    while (
        e + 2 < len(tk)
        and tk.is_word(e)
        and len(tk.texts[e]) <= 2
        and tk.texts[e].isupper()
        and tk.texts[e + 1] == "."
        and tk.touching(e + 1)
        and (e == k or tk.touching(e))
    ):
        e += 2
    if e - k < 4:
        return k
    return e - 1


def _named_head(tk: Tokens, j: int, hi: int) -> _Phrase | None:
    """ "61 Regional Online Safety (ROS) task forces": a programme's name of two or more
    capitalised words (and an optional bracketed acronym) between the figure and a
    lower-case plural head; the head after the name is the unit."""
    end = j
    while end < len(tk) and tk.starts[end] < hi and _capital(tk, end):
        end += 1
    if end - j < 2:
        return None
    if tk.texts[end : end + 1] == ["("] and tk.low(end + 2) == ")" and tk.is_word(end + 1):
        end += 3
    if not (end < len(tk) and tk.is_word(end) and tk.texts[end][0].islower()):
        return None
    if not tk.same_line(j, end):
        return None
    phrase = _noun_phrase(tk, end, hi)
    if phrase is None or not _plural(phrase.unit.split()[-1].lower()):
        return None
    text = _phrase_text(tk, j, phrase.last)
    return _Phrase(j, phrase.last, phrase.unit, text)


def _listing(tk: Tokens, k: int, hi: int) -> bool:
    """ "federal, state, and local agencies": a comma inside a modifier list ending in
    "and"/"or" within a few lower-case words."""
    for x in range(k + 1, min(len(tk), k + 8)):
        if tk.starts[x] >= hi:
            return False
        w = tk.lower[x]
        if w in V.NP_CONJUNCTIONS:
            return True
        if w != "," and not (tk.is_word(x) and tk.texts[x][0].islower()):
            return False
        if w in V.NP_STOP_WORDS:
            return False
    return False


def _name_to_plural(tk: Tokens, k: int, hi: int) -> bool:
    """Whether the capitalised words from ``k`` (one to three) end in a plural and the
    phrase stops there: "(United Nations) Member States", not "(Children) Report Harm"."""
    end = k
    while end < len(tk) and end - k < 3 and tk.starts[end] < hi and _capital(tk, end):
        end += 1
    if end == k or not _plural(tk.lower[end - 1]):
        return False
    return not (end < len(tk) and tk.starts[end] < hi and _capital(tk, end))


def _plural_list(tk: Tokens, k: int, hi: int) -> bool:
    """ "countries, cities, regions and organisations": after the comma at ``k``, single
    lower-case plural words separated by commas, then "and"/"or" and a plural word."""
    x = k + 1
    while x + 1 < len(tk) and tk.starts[x + 1] < hi:
        w = tk.lower[x]
        if w in V.NP_CONJUNCTIONS:
            last = x + 1
            return (
                tk.is_word(last)
                and tk.texts[last][0].islower()
                and _plural(tk.lower[last])
                and not _verb_with_object(tk, last)
            )
        if not (tk.is_word(x) and tk.texts[x][0].islower() and _plural(w)):
            return False
        if tk.texts[x + 1] == ",":
            x += 2
        elif tk.lower[x + 1] in V.NP_CONJUNCTIONS:
            x += 1
        else:
            return False
    return False


def _verb_with_object(tk: Tokens, k: int) -> bool:
    """ "people and spends 2.2%": a word followed by a determiner or a number is a verb."""
    nxt = tk.low(k + 1)
    return (
        nxt in _OBJECT_STARTS
        or tk.is_digits(k + 1)
        or nxt in _NUMBER_WORDS
        or nxt in V.CURRENCY_SYMBOLS
    )


def _collective(tk: Tokens, phrase: _Phrase, hi: int) -> _Phrase:
    """ "190-strong coalition of countries and organisations": unit from the "of" phrase."""
    low = phrase.unit.lower()
    head = low.split()[0] if low else ""
    if head in V.COLLECTIVE_NOUNS and " of " in f" {low} ":
        members = phrase.unit.split(" of ", 1)[1]
        return _Phrase(phrase.first, phrase.last, members, phrase.text)
    return _Phrase(phrase.first, phrase.last, "", phrase.text)


def _ratio_base(tk: Tokens, k: int, hi: int) -> str | None:
    """ratio := "for every" NUMERAL noun_phrase: the base of a ratio after a count
    ("88 girls for every 100 boys" is per "100 boys")."""
    if not (tk.low(k) == "for" and tk.low(k + 1) == "every" and tk.is_digits(k + 2)):
        return None
    x = k + 2
    while tk.texts[x + 1 : x + 2] == [","] and tk.touching(x + 1) and tk.is_digits(x + 2):
        x += 2  # "1,000"
    phrase = _noun_phrase(tk, x + 1, hi)
    if phrase is None or tk.starts[x] >= hi:
        return None
    return tk.text[tk.starts[k + 2] : tk.ends[phrase.last]]


def _formula(tk: Tokens, x: int) -> bool:
    """A short capitalised token or formula ("CO2", "NOx", "PM"): the digits of "CO2"
    touch its letters."""
    t = tk.texts[x]
    if tk.is_word(x):
        return len(t) <= 4 and t[0].isupper() and sum(c.isupper() for c in t) >= 2
    return t.isdigit() and len(t) <= 2 and x > 0 and tk.touching(x) and tk.is_word(x - 1)
