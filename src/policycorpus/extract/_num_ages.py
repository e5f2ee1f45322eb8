"""Numbers that are ages: "aged 10 to 15", "33-year-old", "a diplomat, 52,", age bands
and an age as the subject of a sentence."""

from __future__ import annotations

from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_lookarounds import _HEDGE_WORDS, _after_numeral
from policycorpus.extract._num_mentions import _Read
from policycorpus.extract._num_tokens import Tokens

_OLD: Final = frozenset({"old", "olds"})
"""After "N year(s)": an age ("five year olds", "two years old")."""


def _apposition_age(tk: Tokens, i: int, last: int, r: _Read) -> bool:
    """ "a diplomat, 52, said", "Jane Smith, 41, of Leeds": an age set off by commas
    after a person noun or a full name."""
    if not (r.plain and i == last and 1 <= r.value <= V.AGE_MAX and i >= 2):
        return False
    comma = i - 2 if tk.low(i - 1) in {"now", "then"} else i - 1  # "her son, now 14,"
    if tk.texts[comma] != "," or tk.low(last + 1) not in {",", ")", ";"}:
        return False
    word = comma - 1
    if not tk.is_word(word) or not tk.same_line(word, i):
        return False
    if tk.lower[word] in V.PERSON_NOUNS:
        return True
    return (
        tk.texts[word][0].isupper()
        and tk.is_word(word - 1)
        and tk.texts[word - 1][0].isupper()
        and tk.same_line(word - 1, word)
        and tk.lower[word - 1] not in V.NP_STOP_WORDS
    )


_AFTER_AGE: Final = frozenset(
    {"next", "last", "this", "soon", "today", "tomorrow", "later", "now", "already", "too"}
)
"""Words after "she will be 30" that leave the number bare: an age, not a count."""


def _age_before(tk: Tokens, i: int) -> bool:
    """ "aged 10", "ages between 10", "children under 13", "people over 65"; a bare
    number after "turns" or after a personal pronoun and a copula, with no noun after it
    ("she turns 40 next year", "he will be 30 in May")."""
    prev = tk.low(i - 1)
    if prev in V.AGE_BEFORE:
        return True
    nxt = _after_numeral(tk, i)
    bare = not tk.is_word(nxt) or tk.lower[nxt] in V.NP_STOP_WORDS or tk.lower[nxt] in _AFTER_AGE
    if bare and tk.is_digits(i) and len(tk.texts[i]) <= 3:
        if prev in V.AGE_VERBS:
            return True
        for size in (1, 2):
            phrase = " ".join(tk.low(x) for x in range(i - size, i))
            if phrase in V.COPULA_PHRASES and tk.low(i - size - 1) in V.PERSON_PRONOUNS:
                return True
    if prev in {"between", "of", "under", "over", "from"} and tk.low(i - 2) in V.AGE_BEFORE:
        return True
    if _age_band(tk, i):
        return True
    if prev not in {"under", "over"}:
        return False
    if tk.low(i - 2) in V.AGE_NOUNS:
        return True
    # "children in Kenya under 5": a small bare number closing the phrase of a person noun
    end = _after_numeral(tk, i)
    if tk.is_word(end) and tk.lower[end] not in {"years", "and", "or"}:
        return False
    if not (tk.is_digits(i) and len(tk.texts[i]) <= 2 and int(tk.texts[i]) <= V.CHILD_AGE_MAX):
        return False
    for x in range(i - 3, max(-1, i - 3 - V.AGE_NOUN_REACH), -1):
        if not tk.is_word(x):
            return False
        if tk.lower[x] in V.AGE_NOUNS:
            return True
    return False


_BAND_GAP: Final = frozenset({"—", "–", "-", ",", "(", ":"})


_BAND_NOUNS: Final = V.AGE_NOUNS | {"teens", "young", "adolescents", "youth", "infants"}


def _age_band(tk: Tokens, i: int) -> bool:
    """band := PERSON_NOUN ("—" | "," | "(")? N ("to" | "-") M "years": an age band with
    no "aged" ("Young people — 8 to 17 years", "(kids 8 to 12 years, teens 13 to 17")."""
    k = i - 1
    if tk.texts[k : k + 1] and tk.texts[k] in _BAND_GAP:
        k -= 1
    if k < 0 or tk.lower[k] not in _BAND_NOUNS or not tk.same_line(k, i):
        return False
    if not (tk.is_digits(i) and len(tk.texts[i]) <= 3 and int(tk.texts[i]) <= V.AGE_MAX):
        return False
    j = i + 1
    if tk.low(j) not in {"to", "-", "–"} or not tk.is_digits(j + 1):
        return False
    return tk.low(j + 2) in {"years", "year", "yrs"}


def _age_subject(tk: Tokens, i: int) -> bool:
    """ "the average age at which ... is 13": a copula after "age" gives an age."""
    if tk.low(i - 1) == "of" and tk.low(i - 2) in V.AGE_SUBJECTS:
        return True  # "up to the age of five" ("of" is also a hedge word: "upwards of")
    k = i - 1
    while k >= 0 and tk.lower[k] in _HEDGE_WORDS:
        k -= 1
    if k < 0 or tk.lower[k] not in V.AGE_COPULAS:
        return False
    if tk.lower[k] == "of":
        return tk.low(k - 1) in V.AGE_SUBJECTS  # "an age of 13", not "the age profile of 300"
    for j in range(k - 1, max(-1, k - 1 - V.AGE_LOOKBACK), -1):
        t = tk.texts[j]
        if t in {".", ";", ":", "!", "?"} or tk.is_digits(j) or not tk.same_line(j, i):
            return False
        if tk.lower[j] in V.AGE_SUBJECTS:
            return True
    return False
