"""Direct quotations and their speakers, on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract import extract_quotes, find_actors, split_sentences
from policycorpus.model import Article, Document


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(Article(text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The Home Secretary, Jane Holloway, said: "We will fund new detection tools."',
            [("We will fund new detection tools.", "Jane Holloway")],
        ),
        (
            '"The figures are a warning to every platform," said Jane Holloway.',
            [("The figures are a warning to every platform", "Jane Holloway")],
        ),
        (
            '"The figures are a warning to every platform," Jane Holloway said.',
            [("The figures are a warning to every platform", "Jane Holloway")],
        ),
        (
            'Tom Reed, chief executive, said, "we raised this with ministers in July."',
            [("we raised this with ministers in July.", "Tom Reed")],
        ),
        (
            'According to the National Crime Agency, "referrals rose again this year."',
            [("referrals rose again this year.", "National Crime Agency")],
        ),
        (
            '"Referrals rose again this year," according to the National Crime Agency.',
            [("Referrals rose again this year", "National Crime Agency")],
        ),
        (
            'Ofcom said in a statement on Monday: "Services must now assess their risks."',
            [("Services must now assess their risks.", "Ofcom")],
        ),
        (
            'Jane Holloway told reporters: "We will publish the data."',
            [("We will publish the data.", "Jane Holloway")],
        ),
        (
            "A spokesperson for Ofcom said: ‘Services must now assess their risks.’",
            [("Services must now assess their risks.", "Ofcom")],
        ),
    ],
)
def test_attribution_patterns(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(text) == expected


def test_speaker_resolved_from_title_and_pronoun() -> None:
    text = (
        "Home Secretary Jane Holloway visited the centre. "
        '"This work protects children every single day," the Home Secretary said. '
        '"We will keep funding it," she added.'
    )
    assert [s for _, s in quotes(text)] == ["Jane Holloway", "Jane Holloway"]


def test_quote_split_by_attribution_keeps_speaker() -> None:
    text = '"We are acting now," said Tom Reed. "Every month counts for these children."'
    assert quotes(text) == [
        ("We are acting now", "Tom Reed"),
        ("Every month counts for these children.", "Tom Reed"),
    ]


def test_quote_over_several_paragraphs() -> None:
    text = (
        "“The first part of the statement sets out the scale of the problem.\n\n"
        "“The second part explains what the new law will require,” said Tom Reed.\n\n"
        "A new paragraph of reporting follows here."
    )
    assert quotes(text) == [
        ("The first part of the statement sets out the scale of the problem.", "Tom Reed"),
        ("The second part explains what the new law will require", "Tom Reed"),
    ]


def test_colon_paragraph_introduces_the_quote() -> None:
    text = (
        "Commissioner for Energy, Mia Lund, opened the meeting and said:\n\n"
        "'We launched the pledge today.'"
    )
    assert quotes(text) == [("We launched the pledge today.", "Mia Lund")]


def test_scare_quotes_and_titles_are_not_quotations() -> None:
    assert quotes('The images were described as "astounding" by experts.') == []
    assert quotes("They signed the ‘Global Statement on Safer Online Services for Children’.") == []


def test_apostrophes_do_not_open_quotes() -> None:
    text = "The IWF's analysts and the children's charity published the regulator's data."
    assert quotes(text) == []


def test_sentence_after_quote_is_not_an_attribution() -> None:
    text = (
        'Jane Holloway said: "We will not stand by while offenders exploit new tools." '
        "Later she added that it was vital."
    )
    assert quotes(text) == [
        ("We will not stand by while offenders exploit new tools.", "Jane Holloway")
    ]


def test_shared_sentences_and_actors_give_the_same_result() -> None:
    text = '"The figures are a warning to every platform," said Jane Holloway.'
    article = Article(text=text)
    shared = extract_quotes(article, split_sentences(text), find_actors(article))
    assert shared == extract_quotes(article)


_WORDS = st.sampled_from(
    ["said", "the", "minister", "Jane", "Holloway", "according", "to", "we", "will", "act",
     '"', "“", "”", "‘", "’", "'", ",", ".", ":", "\n", "\n\n", "Ofcom", "she", "added"]
)  # fmt: skip


@given(st.lists(_WORDS, max_size=60))
def test_quote_like_text_never_crashes_and_spans_slice(words: list[str]) -> None:
    text = " ".join(words)
    article = Article(text=text)
    found = extract_quotes(article)
    Document(article=article, quotes=found)  # validates every span against the text
    for q in found:
        assert q.text == text[q.span.start : q.span.end]
        assert q.text == q.text.strip()


@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    article = Article(text=text)
    Document(article=article, quotes=extract_quotes(article))


def test_name_after_verb_beats_the_organisation_in_its_apposition() -> None:
    text = '"Arrests keep rising," said Ravi Mehta, the NCA\'s director general.'
    assert quotes(text) == [("Arrests keep rising", "Ravi Mehta")]


def test_speaker_found_past_a_scare_quote() -> None:
    text = (
        'Its chief executive, Dan Hughes, called the data "deeply worrying" and added: '
        '"Every week we see more of this material online."'
    )
    assert quotes(text) == [("Every week we see more of this material online.", "Dan Hughes")]


def test_intro_paragraph_with_participle_and_quote_running_on() -> None:
    text = (
        "Sen. Maria Lopez said Congress should act, telling a hearing:\n\n"
        '"We have seen what happens when we wait for the companies.\n\n'
        '"That is why I am introducing this bill today."'
    )
    assert [s for _, s in quotes(text)] == ["Maria Lopez", "Maria Lopez"]


def test_organisation_spokesperson() -> None:
    text = 'A Meta spokesperson said: "We removed millions of pieces of this content."'
    assert quotes(text) == [("We removed millions of pieces of this content.", "Meta")]


def test_pathological_subjects_stay_linear() -> None:
    # a quadratic look-behind would take many seconds here
    text = "A" * 20000 + ' said: "one two three four five six seven eight nine"'
    assert quotes(text) == [("one two three four five six seven eight nine", None)]


_SPEAKERS = st.sampled_from(["Ana Okafor", "Ravi Lindqvist", "Mei Moreau", "Kofi Tanaka"])
_WORDS_IN_QUOTE = st.lists(
    st.sampled_from(["we", "will", "act", "on", "this", "report", "today", "children", "data"]),
    min_size=3,
    max_size=12,
)
_PATTERNS = st.sampled_from(
    [
        '{s} said: "{q}."',
        '"{q}," said {s}.',
        '"{q}," {s} said.',
        '{s}, the chair, said, "{q}."',
        'According to {s}, "{q}."',
        '{s} told reporters: "{q}."',
    ]
)


@given(_SPEAKERS, _WORDS_IN_QUOTE, _PATTERNS)
def test_speaker_is_recovered_from_every_pattern(
    speaker: str, words: list[str], pattern: str
) -> None:
    quoted = " ".join(words).capitalize()
    text = pattern.format(s=speaker, q=quoted)
    found = extract_quotes(Article(text=text))
    assert [q.speaker for q in found] == [speaker]
    assert found[0].text.rstrip(".") == quoted


def test_partial_quotation_after_a_verb_and_object() -> None:
    text = (
        'A spokesperson for Microsoft said the firm "will review every reported app within '
        'a day". Google said it had removed 40 apps.'
    )
    assert quotes(text) == [
        ("will review every reported app within a day", "Microsoft"),
    ]


def test_a_name_opening_the_next_sentence_does_not_attribute() -> None:
    text = (
        'The minister called the rise "a warning to every platform in the country". '
        "Ofcom said more."
    )
    assert quotes(text) == [("a warning to every platform in the country", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will act quickly," a spokesperson for Ofcom said.', "Ofcom"),
        (
            'The Internet Watch Foundation (IWF) met ministers. The IWF said in a statement: '
            '"This is a welcome step."',
            "Internet Watch Foundation",
        ),
        ('The IWF said in a statement: "This is a welcome step."', "IWF"),
        ('"A welcome step," the Internet Watch Foundation said.', "Internet Watch Foundation"),
        ('The Harbour Trust said: "Reports have doubled."', "Harbour Trust"),
    ],
)  # fmt: skip
def test_organisations_speak(text: str, speaker: str) -> None:
    assert [s for _, s in quotes(text)] == [speaker]
