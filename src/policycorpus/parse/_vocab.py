"""The parser's vocabulary, loaded once from ``policycorpus/data/parse_vocab.json``.

Page chrome, debris phrases, date labels, honorifics, role words and the like are data:
extend the JSON file, not the code.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

import attrs

__all__ = ["Vocabulary", "vocabulary"]


@attrs.frozen
class Vocabulary:
    """Lower-case word and phrase tables the plain-text parser consults."""

    debris_lines: frozenset[str]
    """Whole lines that are page chrome ("leave a reply", "skip to main content")."""
    debris_prefixes: tuple[str, ...]
    """Line openings that mark chrome ("read also", "your email address will not be")."""
    debris_contains: tuple[str, ...]
    """Substrings that mark a short, non-sentence line as chrome (" logo", "min read")."""
    debris_suffixes: tuple[str, ...]
    """Endings that mark a short, non-sentence line as chrome (" logo", " excerpts")."""
    question_meta_prefixes: tuple[str, ...]
    """Openings of a short written-question reference line ("uin 40", "tabled on ...")."""
    credit_markers: tuple[str, ...]
    """Image-credit markers; a line is cut where one starts ("photo credit:")."""
    footer_cues: tuple[str, ...]
    """Words of law-firm and hotline footers (with a phone number, at the end)."""
    language_lines: frozenset[str]
    """Lone language codes and names of language switchers ("en", "français")."""
    date_labels: frozenset[str]
    """Words that may stand next to a date on a date line ("published", "updated")."""
    published_labels: tuple[str, ...]
    """Labels of a publication date."""
    updated_labels: tuple[str, ...]
    """Labels of an update date (used when no publication date is given)."""
    byline_prefixes: tuple[str, ...]
    """Words introducing a byline ("by", "written by")."""
    honorifics: tuple[str, ...]
    """Titles printed before a name and dropped from authors ("Hon", "Dr")."""
    postnominals: frozenset[str]
    """Letters printed after a name and dropped from authors ("OBE", "MP")."""
    name_particles: frozenset[str]
    """Lower-case particles inside names ("van", "de")."""
    role_words: frozenset[str]
    """First words of a role after a name ("Editor", "Director of ...")."""
    not_name_words: frozenset[str]
    """Capitalised words that are not parts of a person's name."""
    faq_headings: frozenset[str]
    """Headings that open an FAQ section."""
    abbreviations: frozenset[str]
    """Words whose full stop does not end a sentence ("Corp.")."""
    article_end_markers: frozenset[str]
    """Headings after which a page lists other content ("Related articles")."""
    release_verbs: frozenset[str]
    """Verbs of a sentence stating its own release ("The statement was issued ... on 3 May")."""
    release_subjects: tuple[str, ...]
    """Openings of such a sentence ("The press release", "This statement")."""
    section_headings: frozenset[str]
    """Generic section headings that are never an article's title ("Key findings")."""
    title_suffix_words: frozenset[str]
    """Words a page title adds to its heading ("... Debate", "... - Wikipedia")."""
    dateline_phrases: tuple[str, ...]
    """Signing phrases before a dateline's place ("signed in", "done at")."""
    consent_cues: tuple[str, ...]
    """Button words that, with "cookie", mark a consent banner ("accept", "reject")."""
    consent_openings: tuple[str, ...]
    """Openings of a line that, with "cookie", mark a consent banner ("we ", "this site")."""
    site_words: frozenset[str]
    """Words of a site name printed before or after a page title ("GOV.UK", "Ministry")."""
    nav_words: frozenset[str]
    """Section names of navigation bars ("Home", "News", "Business")."""
    bio_roles: frozenset[str]
    """Journalists' roles in an author bio ("Jane Doe is a reporter covering ...")."""
    social_networks: frozenset[str]
    """Names of share buttons, dropped when they follow other chrome ("Facebook")."""
    promo_phrases: tuple[str, ...]
    """Phrases of newsletter promotions, debris even as a sentence ("in your inbox")."""
    chrome_words: frozenset[str]
    """Button words that run together on one line ("Share Print", "Facebook Twitter")."""
    outlet_words: frozenset[str]
    """Words of a news outlet's name after a byline ("Press", "Times", "News")."""
    credit_prefixes: tuple[str, ...]
    """Openings of a credit after a byline's ";" ("editing by", "graphics by")."""
    publisher_words: frozenset[str]
    """Words naming a publishing body in a "From Department of ..." line."""
    paper_number_prefixes: tuple[str, ...]
    """Parliamentary paper series before a number ("HC 612", "HL Paper 45"): front matter."""
    institution_words: frozenset[str]
    """Last words of a body's name ("... Committee", "House of Commons"): masthead, not title."""
    document_words: frozenset[str]
    """Words of a document or an event: a line naming one is a headline, not a masthead."""
    not_place_words: frozenset[str]
    """Words that never belong to a dateline's place ("Press Briefing – 5 May 2025")."""
    transcript_labels: frozenset[str]
    """Turn labels of a transcript besides speakers' names ("QUESTION:", "Q:")."""
    time_zones: frozenset[str]
    """Zone abbreviations after a time stamp ("1:12 p.m. EST")."""
    document_types: frozenset[str]
    """Document-type lines of government pages ("Policy paper", "Guidance", "Speech"): the
    line after one, before its "Published" date, is the page's title."""
    infobox_labels: frozenset[str]
    """Labels of a wiki infobox's rows ("Signed", "Headquarters"), printed run into their
    value in copied text ("Signed13 October 2020"): chrome, and their dates never date it."""
    answer_labels: tuple[str, ...]
    """Labels naming the member who answered (or asked) a parliamentary written question
    ("Answered by"); that member is the author."""
    title_labels: tuple[str, ...]
    """Page-kind labels a site prints before the headline on its line ("Press release:
    ...", "News story: ..."): the title is the text after the label."""
    call_to_action: tuple[str, ...]
    """Link words closing a banner ("... under 16. Learn more"): such a line is chrome."""
    notice_phrases: tuple[str, ...]
    """Openings of a notice about the page itself ("please note", "you are subscribed
    to"): in the header such a line is never the title and never starts the body."""


@functools.cache
def vocabulary() -> Vocabulary:
    """The packaged vocabulary (cached)."""
    raw = resources.files("policycorpus").joinpath("data/parse_vocab.json").read_text("utf-8")
    data = json.loads(raw)

    def words(key: str) -> list[str]:
        return [str(w).lower() for w in data[key]]

    def longest_first(key: str) -> tuple[str, ...]:
        return tuple(sorted(set(words(key)), key=lambda w: (-len(w), w)))

    return Vocabulary(
        debris_lines=frozenset(words("debris_lines")),
        debris_prefixes=longest_first("debris_prefixes"),
        debris_contains=longest_first("debris_contains"),
        debris_suffixes=longest_first("debris_suffixes"),
        question_meta_prefixes=longest_first("question_meta_prefixes"),
        credit_markers=longest_first("credit_markers"),
        footer_cues=longest_first("footer_cues"),
        language_lines=frozenset(words("language_lines")),
        date_labels=frozenset(words("date_labels")),
        published_labels=longest_first("published_labels"),
        updated_labels=longest_first("updated_labels"),
        byline_prefixes=longest_first("byline_prefixes"),
        honorifics=longest_first("honorifics"),
        postnominals=frozenset(words("postnominals")),
        name_particles=frozenset(words("name_particles")),
        role_words=frozenset(words("role_words")),
        not_name_words=frozenset(words("not_name_words")),
        faq_headings=frozenset(words("faq_headings")),
        abbreviations=frozenset(words("abbreviations")),
        article_end_markers=frozenset(words("article_end_markers")),
        dateline_phrases=longest_first("dateline_phrases"),
        consent_cues=longest_first("consent_cues"),
        consent_openings=longest_first("consent_openings"),
        site_words=frozenset(words("site_words")),
        nav_words=frozenset(words("nav_words")),
        publisher_words=frozenset(words("publisher_words")),
        bio_roles=frozenset(words("bio_roles")),
        outlet_words=frozenset(words("outlet_words")),
        credit_prefixes=longest_first("credit_prefixes"),
        promo_phrases=longest_first("promo_phrases"),
        chrome_words=frozenset(words("chrome_words")),
        social_networks=frozenset(words("social_networks")),
        title_suffix_words=frozenset(words("title_suffix_words")),
        section_headings=frozenset(words("section_headings")),
        release_verbs=frozenset(words("release_verbs")),
        release_subjects=longest_first("release_subjects"),
        paper_number_prefixes=longest_first("paper_number_prefixes"),
        institution_words=frozenset(words("institution_words")),
        document_words=frozenset(words("document_words")),
        not_place_words=frozenset(words("not_place_words")),
        transcript_labels=frozenset(words("transcript_labels")),
        time_zones=frozenset(words("time_zones")),
        document_types=frozenset(words("document_types")),
        infobox_labels=frozenset(words("infobox_labels")),
        answer_labels=longest_first("answer_labels"),
        title_labels=longest_first("title_labels"),
        call_to_action=longest_first("call_to_action"),
        notice_phrases=longest_first("notice_phrases"),
    )
