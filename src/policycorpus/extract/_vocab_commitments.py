"""Vocabulary of the commitment and signatory grammar (data only, no logic).

Every table is keyed by the case-folded word; the recognisers in
:mod:`policycorpus.extract._clauses` read them and hold no words of their own.
"""

from __future__ import annotations

import itertools
from typing import Final

from policycorpus._numerals import small_counts
from policycorpus.dates import MONTHS, WEEKDAYS
from policycorpus.model import Modality

__all__ = [
    "AUXILIARIES",
    "BARE_INSTITUTIONS",
    "BE_FORMS",
    "CLAUSE_BREAKS",
    "COMMITMENT_NOUN_VERBS",
    "CONNECTORS",
    "CURRENCY_SIGNS",
    "DELEGATE_NOUNS",
    "DETERMINERS",
    "GOVERNMENT_HEADS",
    "GROUP_NOUNS",
    "HONORIFICS",
    "HYPOTHETICAL_AUX",
    "HYPOTHETICAL_MARKERS",
    "INSTRUMENT_NOUNS",
    "ISSUE_VERBS",
    "JOINABLE_NOUNS",
    "KIND_FIRSTS",
    "KIND_HEADS",
    "MEMBER_NOUNS",
    "NEGATIONS",
    "NOUN_DETERMINERS",
    "NUMBER_WORDS",
    "ORDINAL_FIRSTS",
    "PARENTHETICAL_OPENERS",
    "PLURAL_PRONOUNS",
    "PREPOSITIONS",
    "REFERENCE_DETERMINERS",
    "REPRESENTS",
    "REQUIRE_WORDS",
    "ROLE_NOUNS",
    "ROLE_VERBS",
    "SECTION_WORDS",
    "SENTENCE_ADVERBS",
    "SIGNABLE_NOUNS",
    "SPEAKER_PRONOUNS",
    "STANCE_BE",
    "TRIGGERS",
    "URGING_VERBS",
    "is_legislature",
    "names_a_party",
]

# form classes of a trigger word
#   "base": pledge/commit (finite present, or infinitive after "to")
#   "s": third person present
#   "past": simple past or past participle
#   "ing": present participle
TRIGGERS: Final[dict[str, tuple[Modality, str, str]]] = {
    # word -> (modality, lemma, form)
    "pledge": (Modality.PLEDGE, "pledge", "base"),
    "pledges": (Modality.PLEDGE, "pledge", "s"),
    "pledged": (Modality.PLEDGE, "pledge", "past"),
    "pledging": (Modality.PLEDGE, "pledge", "ing"),
    "commit": (Modality.COMMIT, "commit", "base"),
    "commits": (Modality.COMMIT, "commit", "s"),
    "committed": (Modality.COMMIT, "commit", "past"),
    "committing": (Modality.COMMIT, "commit", "ing"),
    "vow": (Modality.VOW, "vow", "base"),
    "vows": (Modality.VOW, "vow", "s"),
    "vowed": (Modality.VOW, "vow", "past"),
    "vowing": (Modality.VOW, "vow", "ing"),
    "promise": (Modality.PROMISE, "promise", "base"),
    "promises": (Modality.PROMISE, "promise", "s"),
    "promised": (Modality.PROMISE, "promise", "past"),
    "promising": (Modality.PROMISE, "promise", "ing"),
    "agree": (Modality.AGREE, "agree", "base"),
    "agrees": (Modality.AGREE, "agree", "s"),
    "agreed": (Modality.AGREE, "agree", "past"),
    "concur": (Modality.AGREE, "agree", "base"),
    "concurs": (Modality.AGREE, "agree", "s"),
    "concurred": (Modality.AGREE, "agree", "past"),
    "agreeing": (Modality.AGREE, "agree", "ing"),
    # "reached a deal", "struck an agreement": agreeing, when a deal is their object
    "reach": (Modality.AGREE, "reach", "base"),
    "reaches": (Modality.AGREE, "reach", "s"),
    "reached": (Modality.AGREE, "reach", "past"),
    "strike": (Modality.AGREE, "reach", "base"),
    "strikes": (Modality.AGREE, "reach", "s"),
    "struck": (Modality.AGREE, "reach", "past"),
    # "renewed the agreement", "concluded an accord": signing again, or at last
    "renew": (Modality.SIGN, "renew", "base"),
    "renews": (Modality.SIGN, "renew", "s"),
    "renewed": (Modality.SIGN, "renew", "past"),
    # "established a memorandum", "entered into an agreement", "held a signing ceremony
    # for the MOU": signing, when the instrument is their object
    "establish": (Modality.SIGN, "conclude", "base"),
    "establishes": (Modality.SIGN, "conclude", "s"),
    "established": (Modality.SIGN, "conclude", "past"),
    "enter": (Modality.SIGN, "conclude", "base"),
    "enters": (Modality.SIGN, "conclude", "s"),
    "entered": (Modality.SIGN, "conclude", "past"),
    "hold": (Modality.SIGN, "conclude", "base"),
    "holds": (Modality.SIGN, "conclude", "s"),
    "held": (Modality.SIGN, "conclude", "past"),
    "conclude": (Modality.SIGN, "conclude", "base"),
    "concludes": (Modality.SIGN, "conclude", "s"),
    "concluded": (Modality.SIGN, "conclude", "past"),
    "sign": (Modality.SIGN, "sign", "base"),
    "signs": (Modality.SIGN, "sign", "s"),
    "signed": (Modality.SIGN, "sign", "past"),
    "signing": (Modality.SIGN, "sign", "ing"),
    "endorse": (Modality.SIGN, "endorse", "base"),
    "endorses": (Modality.SIGN, "endorse", "s"),
    "endorsed": (Modality.SIGN, "endorse", "past"),
    "endorsing": (Modality.SIGN, "endorse", "ing"),
    "resolve": (Modality.COMMIT, "resolve", "base"),
    "resolves": (Modality.COMMIT, "resolve", "s"),
    "resolved": (Modality.COMMIT, "resolve", "past"),
    "undertake": (Modality.COMMIT, "undertake", "base"),
    "undertakes": (Modality.COMMIT, "undertake", "s"),
    "undertook": (Modality.COMMIT, "undertake", "past"),
    "undertaken": (Modality.COMMIT, "undertake", "past"),
    "undertaking": (Modality.COMMIT, "undertake", "ing"),
    "join": (Modality.JOIN, "join", "base"),
    "joins": (Modality.JOIN, "join", "s"),
    "joined": (Modality.JOIN, "join", "past"),
    "joining": (Modality.JOIN, "join", "ing"),
    "contribute": (Modality.PLEDGE, "contribute", "base"),
    "invest": (Modality.PLEDGE, "contribute", "base"),
    "provide": (Modality.PLEDGE, "contribute", "base"),
    "announce": (Modality.PLEDGE, "announce", "base"),
    "announces": (Modality.PLEDGE, "announce", "s"),
    "announced": (Modality.PLEDGE, "announce", "past"),
    "launch": (Modality.PLEDGE, "launch", "base"),
    "launches": (Modality.PLEDGE, "launch", "s"),
    "launched": (Modality.PLEDGE, "launch", "past"),
    "launching": (Modality.PLEDGE, "launch", "ing"),
    "ratify": (Modality.SIGN, "ratify", "base"),
    "ratifies": (Modality.SIGN, "ratify", "s"),
    "ratified": (Modality.SIGN, "ratify", "past"),
    "ratifying": (Modality.SIGN, "ratify", "ing"),
    "back": (Modality.SIGN, "back", "base"),
    "backs": (Modality.SIGN, "back", "s"),
    "backed": (Modality.SIGN, "back", "past"),
    "backing": (Modality.SIGN, "back", "ing"),
    "support": (Modality.SIGN, "support", "base"),
    "supports": (Modality.SIGN, "support", "s"),
    "supported": (Modality.SIGN, "support", "past"),
    "supporting": (Modality.SIGN, "support", "ing"),
    "put": (Modality.SIGN, "put", "past"),
    "puts": (Modality.SIGN, "put", "s"),
    "putting": (Modality.SIGN, "put", "ing"),
}
"""Pledge verbs. Some need a complement (see the lemma rules in ``_clauses``)."""

COMMITMENT_NOUN_VERBS: Final[frozenset[str]] = frozenset(
    # verbs that make "<verb> (new) commitments" a commitment of the subject
    {
        "announcing",
        "announced",
        "announce",
        "announces",
        "undertake",
        "undertakes",
        "undertook",
        "undertaken",
        "submitted",
        "submits",
        "submit",
        "tabled",
        "made",
        "make",
        "makes",
        "making",
        "unveiled",
        "unveiling",
        "unveil",
        "unveils",
        "gave",
        "give",
        "gives",
        "giving",
    }
)

REQUIRE_WORDS: Final[frozenset[str]] = frozenset({"required", "obliged", "obligated"})
"""Past participles that, after a form of "be" and before "to", impose an obligation."""

BE_FORMS: Final[frozenset[str]] = frozenset(
    {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re"}
)
STANCE_BE: Final[frozenset[str]] = frozenset(
    # "X is committed to", "X remains committed to": a stance, not an act of committing
    BE_FORMS
    | {"remain", "remains", "remained", "stay", "stays", "stayed", "remaining"}
    | {"stand", "stands", "stood"}
)

AUXILIARIES: Final[frozenset[str]] = frozenset(
    BE_FORMS
    | {
        "have",
        "has",
        "had",
        "having",
        "will",
        "shall",
        "'ll",
        "’ll",
        "'ve",
        "’ve",
        "do",
        "does",
        "did",
        "also",
        "all",
        "both",
        "each",
        "jointly",
        "together",
        "today",
        "yesterday",
        "now",
        "formally",
        "officially",
        "already",
        "subsequently",
        "finally",
        "since",
        "then",
        "collectively",
        "themselves",
        "itself",
        "publicly",
        "further",
        "too",
        "this",
        "week",
        "month",
        "year",
        "last",
        "on",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "just",
        "recently",
        "reportedly",
        "remain",
        "remains",
        "remained",
        "stay",
        "stays",
        "stayed",
        "stand",
        "stands",
        "stood",
        "become",
        "became",
        "got",
        "get",
        "gets",
        "not",
        "n't",
        "never",
        "no",
        "longer",
        "yet",
        "to",
        "up",
        "would",
        "could",
        "may",
        "might",
        "must",
        "should",
        "can",
        "cannot",
        "refused",
        "refuse",
        "refuses",
        "declined",
        "decline",
        "declines",
        "failed",
        "fail",
        "fails",
        "expected",
        "set",
        "due",
        "likely",
        "plan",
        "plans",
        "planned",
        "intend",
        "intends",
        "intended",
        "aim",
        "aims",
        "hope",
        "hopes",
        "hoped",
        "want",
        "wants",
        "wanted",
        "seek",
        "seeks",
        "sought",
        "decided",
        "decide",
        "decides",
        "voted",
        "chose",
        "moved",
        "went",
        "again",
        "once",
        "first",
        "ever",
        "swiftly",
        "quickly",
    }
)
"""Words that may stand between a subject and its pledge verb (auxiliaries, adverbs,
and the modal, negating and planning words that the flags below then read)."""

NEGATIONS: Final[frozenset[str]] = frozenset(
    {
        "not",
        "n't",
        "never",
        "no",
        "refused",
        "refuse",
        "refuses",
        "refusing",
        "declined",
        "decline",
        "declines",
        "declining",
        "failed",
        "fail",
        "fails",
        "failing",
        "yet",
        "cannot",
        "won't",
        "didn't",
        "hasn't",
        "haven't",
        "doesn't",
        "don't",
        "wouldn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "without",
        "neither",
        "nor",
    }
)
"""A negation between subject and verb makes the pledge no commitment."""

HYPOTHETICAL_AUX: Final[frozenset[str]] = frozenset(
    {
        "would",
        "could",
        "may",
        "might",
        "should",
        "must",
        "can",
        "expected",
        "set",
        "due",
        "likely",
        "plan",
        "plans",
        "planned",
        "intend",
        "intends",
        "intended",
        "aim",
        "aims",
        "hope",
        "hopes",
        "hoped",
        "want",
        "wants",
        "wanted",
        "seek",
        "seeks",
        "sought",
    }
)
"""Modal and planning words between subject and verb: a possible, not a made, pledge."""

HYPOTHETICAL_MARKERS: Final[frozenset[str]] = frozenset(
    {
        "if",
        "unless",
        "whether",
        "should",
        "were",
        "suppose",
        "supposing",
        "provided",
        "providing",
        "once",
        "until",
        "lest",
        # "it is essential (that) the Parliament and Council reach an agreement"
        "essential",
        "vital",
        "crucial",
        "imperative",
        "necessary",
        "important",
    }
)
"""Subordinators (and the adjectives of "it is essential that") that, opening the clause
of a pledge verb, make it hypothetical."""

URGING_VERBS: Final[frozenset[str]] = frozenset(
    {
        "urged",
        "urge",
        "urges",
        "urging",
        "called",
        "calls",
        "calling",
        "call",
        "asked",
        "ask",
        "asks",
        "asking",
        "invited",
        "invite",
        "invites",
        "inviting",
        "encouraged",
        "encourage",
        "encourages",
        "encouraging",
        "pressed",
        "press",
        "presses",
        "pressing",
        "pressure",
        "pressured",
        "challenged",
        "challenge",
        "challenges",
        "appealed",
        "appeal",
        "appeals",
        "demanded",
        "demand",
        "demands",
        "requested",
        "request",
        "requests",
        "persuade",
        "persuaded",
        "convince",
        "convinced",
        "wants",
        "want",
        "wanted",
        "allowed",
        "allow",
        "help",
        "helped",
        "helps",
        "for",
    }
)
"""Verbs that ask others to pledge ("urged X to sign"): the asked party has not pledged."""

CONNECTORS: Final[tuple[tuple[str, ...], ...]] = (
    # multi-word first: matched longest first, case-folded
    ("as", "well", "as"),
    ("along", "with"),
    ("together", "with"),
    ("in", "addition", "to"),
    ("such", "as"),
    ("alongside",),
    ("including",),
    ("and",),
    ("&",),
    ("plus",),
    ("or",),
    ("nor",),
    ("like",),
)
"""Words joining the items of a subject list."""

PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {
        "besides",
        "except",
        "excluding",
        "unlike",
        "at",
        "in",
        "on",
        "under",
        "from",
        "of",
        "by",
        "for",
        "to",
        "into",
        "through",
        "during",
        "after",
        "before",
        "following",
        "thanks",
        "about",
        "against",
        "between",
        "within",
        "across",
        "over",
        "per",
        "via",
        "towards",
        "toward",
        "upon",
        "than",
        "behind",
        "beyond",
        "despite",
        "without",
        "among",
        "amongst",
        "around",
        "near",
        "outside",
        "inside",
        "with",
    }
)
"""A subject list stopped by one of these began with the preposition's object."""

CLAUSE_BREAKS: Final[frozenset[str]] = frozenset(
    {
        ";",
        ":",
        "that",
        "after",
        "when",
        "while",
        "whereas",
        "because",
        "although",
        "though",
        "since",
        "as",
        "where",
        "before",
        "so",
        "but",
        "which",
        "who",
        "whom",
        "whose",
        "said",
        "says",
        "say",
        "stated",
        "announced",
        "—",
        "–",
    }
)
"""Tokens that end the clause in front of a pledge verb when looking for its subject."""

PARENTHETICAL_OPENERS: Final[frozenset[str]] = frozenset(
    {"who", "which", "whose", "where", "representing", "led", "based", "known", "also"}
)
"""First words of a comma-delimited aside between a subject and its verb."""

SENTENCE_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "today",
        "yesterday",
        "tomorrow",
        "meanwhile",
        "however",
        "also",
        "now",
        "earlier",
        "later",
        "separately",
        "additionally",
        "furthermore",
        "moreover",
        "finally",
        "first",
        "second",
        "third",
        "together",
        "overall",
        "altogether",
        "indeed",
        "similarly",
        "likewise",
        "elsewhere",
        "here",
        "there",
        "then",
        "thus",
        "therefore",
        "since",
    }
)
"""Capitalised sentence openers that are never a name."""

DETERMINERS: Final[frozenset[str]] = frozenset(
    {
        "the",
        "a",
        "an",
        "all",
        "both",
        "other",
        "several",
        "some",
        "many",
        "most",
        "various",
        "these",
        "those",
        "this",
        "that",
        "their",
        "its",
        "our",
        "his",
        "her",
        "each",
        "every",
        "numerous",
        "further",
        "more",
        "over",
        "nearly",
        "almost",
        "around",
        "about",
        "than",
        "least",
        "at",
        "another",
        "same",
        "set",
        "few",
        "number",
        "dozens",
        "dozen",
        "hundreds",
        "scores",
        "total",
        "of",
        "new",
        "existing",
        "major",
        "leading",
        "key",
        "foremost",
        "big",
        "largest",
        "biggest",
    }
)
"""Words that may open or qualify a group phrase ("all 27 member states")."""

NOUN_DETERMINERS: Final[frozenset[str]] = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "our",
        "his",
        "her",
        "your",
        "my",
        "global",
        "new",
        "joint",
        "first",
        "same",
        "whose",
        "such",
        "any",
        "no",
        "of",
        "every",
        "each",
        "another",
        "voluntary",
        "political",
    }
)
"""A pledge word after one of these is a noun ("the pledge", "a sign"), not a verb."""

NUMBER_WORDS: Final[frozenset[str]] = frozenset(
    {
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "dozen",
        "one",
        "both",
    }
)
NUMBER_VALUES: Final[dict[str, int]] = small_counts(2, 12) | {"both": 2}
"""Small counts in references to earlier actors ("the two countries", "both nations")."""

GROUP_NOUNS: Final[dict[str, str]] = {
    # head noun of a group phrase -> the kind of actor it stands for
    "countries": "government",
    "nations": "government",
    "states": "government",
    "governments": "government",
    "administrations": "government",
    "economies": "government",
    "jurisdictions": "government",
    "partners": "other",
    "allies": "government",
    "democracies": "government",
    "members": "other",
    "signatories": "other",
    "endorsers": "other",
    "parties": "other",
    "participants": "other",
    "companies": "company",
    "firms": "company",
    "giants": "company",
    "players": "company",
    "developers": "company",
    "providers": "company",
    "platforms": "company",
    "businesses": "company",
    "banks": "company",
    "lenders": "company",
    "labs": "company",
    "startups": "company",
    "corporations": "company",
    "services": "company",
    "organisations": "other",
    "organizations": "other",
    "groups": "other",
    "charities": "ngo",
    "agencies": "agency",
    "regulators": "agency",
    "authorities": "agency",
    "leaders": "other",
    "ministers": "government",
    # officials by title: "the two secretaries" are the officials last named
    "secretaries": "other",
    "presidents": "other",
    "premiers": "other",
    "chancellors": "other",
    "envoys": "other",
    "ambassadors": "other",
    "commissioners": "other",
    "officials": "other",
    "representatives": "other",
    "others": "other",
    "coalition": "other",
    "bloc": "other",
    "group": "other",
    "alliance": "other",
    "consortium": "other",
    "industry": "company",
    "sector": "company",
    "country": "government",
    "nation": "government",
    "company": "company",
    "firm": "company",
    "government": "government",
    "institutions": "other",
    "bodies": "other",
    "cities": "government",
    "regions": "government",
    "provinces": "government",
    "municipalities": "government",
    "universities": "other",
    "investors": "company",
    "insurers": "company",
    "operators": "company",
    "networks": "company",
    "carriers": "company",
    "signatory": "other",
    "manufacturers": "company",
    "retailers": "company",
}
"""Nouns heading a group phrase ("28 countries", "leading AI developers")."""

REFERENCE_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "both", "these", "those", "all"})
"""Determiners of a group phrase that refers back ("the two countries", "both nations")."""

PARTY_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "signatories",
        "signatory",
        "members",
        "parties",
        "partners",
        "participants",
        "endorsers",
        "signers",
    }
)
"""Heads that, definite ("the signatories", "each signatory") or bare ("Members have
agreed"), stand for the parties of the article's last signing list."""

PARTY_MODIFIERS: Final[frozenset[str]] = frozenset(
    {
        "founding",
        "new",
        "current",
        "existing",
        "original",
        "initial",
        "participating",
        "associate",
        "full",
        "coalition",
        "alliance",
        "partnership",
        "forum",
        "initiative",
        "pledge",
        "declaration",
        "code",
        "charter",
        "compact",
        "network",
        "group",
    }
)
"""Words between a determiner and a party noun that keep it a reference to the listed
parties ("the founding coalition members", "the new signatories"); "other" does not."""

KIND_REFERENCE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "countries",
        "nations",
        "governments",
        "states",
        "companies",
        "firms",
        "networks",
        "operators",
        "carriers",
        "platforms",
        "providers",
        "organisations",
        "organizations",
        "charities",
        "agencies",
        "banks",
        "lenders",
        "insurers",
        "developers",
        "labs",
        "manufacturers",
        "retailers",
        "regulators",
        "universities",
    }
)
"""Heads that, after a bare "the" ("the networks agree"), stand for the parties of the
article's last signing list when those are all of the noun's kind."""

FLOATING_QUANTIFIERS: Final[frozenset[str]] = frozenset({"each", "all", "both"})
"""Quantifiers standing between an auxiliary and its verb ("have each signed")."""

PLURAL_PRONOUNS: Final[frozenset[str]] = frozenset({"they"})
SPEAKER_PRONOUNS: Final[frozenset[str]] = frozenset({"we", "us"})
"""Pronouns standing for the speaker's party ("our" is read with "commitment to")."""

MEMBER_NOUNS: Final[frozenset[str]] = frozenset(
    {"members", "signatories", "endorsers", "supporters", "signers", "adherents", "signatory"}
)
"""Nouns whose list ("The new members are A, B and C") names parties that joined."""

INSTRUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "statement",
        "declaration",
        "pledge",
        "commitment",
        "commitments",
        "agreement",
        "pact",
        "charter",
        "code",
        "convention",
        "treaty",
        "accord",
        "compact",
        "communique",
        "communiqué",
        "letter",
        "initiative",
        "coalition",
        "alliance",
        "partnership",
        "principles",
        "framework",
        "memorandum",
        "protocol",
        "resolution",
        "call",
        "manifesto",
        "deal",
        "undertaking",
        "undertakings",
        "plan",
        "roadmap",
    }
)
"""Nouns naming what was signed, joined or launched."""

CURRENCY_SIGNS: Final[frozenset[str]] = frozenset("£$€¥")
"""Signs that open an amount of money ("£5m", "$2 billion")."""

JOINABLE_NOUNS: Final[frozenset[str]] = INSTRUMENT_NOUNS | {
    "challenge",
    "campaign",
    "boycott",
    "arrangement",
    "network",
    "club",
    "programme",
    "program",
}
"""What a party joins as a member: the instruments, and the voluntary programmes and
groupings one signs up to ("joined the Workplace Challenge", "the Arrangement")."""

ISSUE_VERBS: Final[frozenset[str]] = frozenset(
    {
        "issued",
        "issue",
        "issues",
        "issuing",
        "signed",
        "sign",
        "signs",
        "released",
        "release",
        "releases",
        "published",
        "publish",
        "publishes",
        "adopted",
        "adopt",
        "adopts",
        "agreed",
        "made",
        "make",
        "makes",
        "put",
        "puts",
        "unveiled",
        "unveil",
        "launched",
        "launch",
        "launches",
        "backed",
        "back",
        "backs",
        "endorsed",
        "endorse",
        "delivered",
        "presented",
        "set",
        "sets",
    }
)
"""Verbs of issuing an instrument: "X issued a statement pledging ..." pledges for X."""

KIND_FIRSTS: Final[dict[str, str]] = {
    # first word of an unknown name in a signing list -> its kind, before its head word
    "port": "company",  # "Port of X Authority": a port operator, run as a company
}

KIND_HEADS: Final[dict[str, str]] = {
    # last word of an unknown name in a signing list -> its kind
    "foundation": "ngo",
    "house": "ngo",  # "Chatham House": a think tank
    "forum": "ngo",
    "conservancy": "ngo",
    "secretariat": "intergovernmental",
    "alliance": "ngo",
    "coalition": "ngo",
    "trust": "ngo",
    "association": "ngo",
    "society": "ngo",
    "network": "ngo",
    "institute": "ngo",
    "centre": "ngo",
    "center": "ngo",
    "partnership": "ngo",
    "charity": "ngo",
    "council": "intergovernmental",
    "organization": "intergovernmental",
    "organisation": "intergovernmental",
    "union": "intergovernmental",
    "commission": "intergovernmental",
    "community": "intergovernmental",
    "agency": "agency",
    "authority": "agency",
    "office": "agency",
    "department": "agency",
    "ministry": "agency",
    "administration": "agency",
    "bureau": "agency",
    "police": "agency",
    "regulator": "agency",
    "inc": "company",
    "ltd": "company",
    "llc": "company",
    "plc": "company",
    "corp": "company",
    "corporation": "company",
    "group": "company",
    "technologies": "company",
    # trade words that name a firm ("Abou Ghaly Motors", "Vikram Solar")
    **dict.fromkeys(
        (
            "motors",
            "motor",
            "automotive",
            "solar",
            "energy",
            "power",
            "electric",
            "airlines",
            "airways",
            "steel",
            "pharmaceuticals",
            "pharma",
            "foods",
            "logistics",
            "telecom",
            "telecommunications",
            "industries",
            "enterprises",
            "electronics",
            "chemicals",
            "mining",
            "petroleum",
            "shipping",
            "vehicles",
            "robotics",
            "analytics",
            "therapeutics",
            "insurance",
            "ventures",
            "capital",
        ),
        "company",
    ),
    "labs": "company",
    "ai": "company",
    "systems": "company",
    "software": "company",
    "bank": "company",
    "company": "company",
    "holdings": "company",
    "gmbh": "company",
    "sa": "company",
    "ag": "company",
    "republic": "government",
    "kingdom": "government",
    "islands": "government",
    "government": "government",
    "emirates": "government",
}
"""Heads of unknown names and the kind they suggest; anything else is "other"."""

REPRESENTS: Final[dict[str, str]] = {
    # an institution a person speaks for -> the party it belongs to
    "European Commission": "European Union",
    "Commission": "European Union",
    "White House": "United States",
    "State Department": "United States",
    "Department of State": "United States",
    "Home Office": "United Kingdom",
    "Downing Street": "United Kingdom",
}
"""Institutions that speak for a wider party (a Commission President signs for the EU)."""

GOVERNMENT_HEADS: Final[frozenset[str]] = frozenset(
    {"government", "governments", "administration", "administrations", "authorities"}
)
"""After an actor ("the German and French governments", "the UK government") these
nouns name the actor itself, not a group."""

HONORIFICS: Final[frozenset[str]] = frozenset(
    {
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Baroness",
        "Professor",
        "Prof",
    }
)
"""Honorifics that make an unknown capitalised name a person ("Mr Sunak")."""

ORDINAL_FIRSTS: Final[frozenset[str]] = frozenset(
    {
        "first",
        "latest",
        "last",
        "second",
        "third",
        "newest",
        "next",
        "only",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
    }
)
"""Ordinals of "X became the first country to sign": X signed."""

ROLE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "counterpart",
        "counterparts",
        "colleague",
        "colleagues",
        "minister",
        "secretary",
        "envoy",
        "ambassador",
        "president",
        "chief",
        "leader",
        "head",
        "boss",
    }
)
"""Lower-case role nouns standing before a name ("his Japanese counterpart Yoko Kamikawa")."""

SIGNABLE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "declaration",
        "statement",
        "communique",
        "communiqué",
        "pledge",
        "code",
        "charter",
        "convention",
        "treaty",
        "accord",
        "compact",
        "principles",
        "document",
        "commitments",
        "manifesto",
        "resolution",
        "agreement",
        "pact",
        "call",
        "memorandum",
        "mou",
        "protocol",
    }
)
"""What "support" must take as object to count as signing ("supported the declaration")."""

DELEGATE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "representatives",
        "ministers",
        "officials",
        "leaders",
        "delegates",
        "delegations",
        "heads",
        "envoys",
        "ambassadors",
        "negotiators",
    }
)
"""People acting for the parties after "from"/"of" ("Ministers from the G7 agreed ...")."""

ROLE_VERBS: Final[frozenset[str]] = frozenset(
    {
        "lead",
        "host",
        "co-host",
        "chair",
        "co-chair",
        "attend",
        "speak",
        "meet",
        "visit",
        "travel",
        "be",
        "have",
        "also",
        "continue",
        "join",
        "become",
        "remain",
        "hold",
        "open",
        "close",
        "welcome",
        "present",
        "need",
        "face",
        "see",
        "get",
        "come",
        "go",
        "say",
        "tell",
        "include",
    }
)
"""Verbs after "will" that state a role or a plan, not an undertaking ("X will lead ...")."""


HOME_MARKERS: Final[dict[str, str]] = {
    "House of Commons": "United Kingdom",
    "House of Lords": "United Kingdom",
    "gov.uk": "United Kingdom",
    "King's Speech": "United Kingdom",
    "King’s Speech": "United Kingdom",
    "Whitehall": "United Kingdom",
    "Downing Street": "United Kingdom",
    "Oireachtas": "Ireland",
    "Dáil": "Ireland",
    "gov.ie": "Ireland",
    "Taoiseach": "Ireland",
    "Lok Sabha": "India",
    "Rajya Sabha": "India",
    "pib.gov.in": "India",
    "gov.au": "Australia",
    "canada.ca": "Canada",
    "govt.nz": "New Zealand",
    "Lords Chamber": "United Kingdom",
    "My Lords": "United Kingdom",
    "Commons Chamber": "United Kingdom",
    "Westminster Hall": "United Kingdom",
    "parliament.uk": "United Kingdom",
    "Written Statements": "United Kingdom",
    "To ask the Secretary of State": "United Kingdom",
    "To ask His Majesty's Government": "United Kingdom",
    "To ask Her Majesty's Government": "United Kingdom",
    "To ask His Majesty’s Government": "United Kingdom",
    "To ask Her Majesty’s Government": "United Kingdom",
    "Written Ministerial Statement": "United Kingdom",
    "HCWS": "United Kingdom",
    "HLWS": "United Kingdom",
    "gov.scot": "Scottish Government",
    "gov.wales": "Welsh Government",
    "whitehouse.gov": "United States",
    "state.gov": "United States",
    "europa.eu": "European Union",
}
"""Institutions and web addresses that tell whose text it is: in it "the Government"
(capital G) is that country's government."""


POSSESSED_AGENTS: Final[frozenset[str]] = DELEGATE_NOUNS | frozenset(
    {"delegation", "government", "ministry", "team", "administration", "cabinet", "negotiator"}
)
"""Heads that act for their possessor: "Estonia's delegation pledged" is Estonia."""

LEGAL_SUFFIXES: Final[frozenset[str]] = frozenset(
    {
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "limited",
        "plc",
        "llc",
        "pbc",
        "gmbh",
        "ag",
        "s.a.",
        "sa",
        "corp",
        "corp.",
        "pty",
        "bv",
        "b.v.",
        "n.v.",
        "oy",
        "ab",
    }
)
"""Legal-form suffixes dropped from the canonical name of a company the gazetteer lacks."""


TABLE_HEADINGS: Final[frozenset[str]] = frozenset(
    {
        "state",
        "states",
        "country",
        "countries",
        "signatory",
        "signatories",
        "signature",
        "signed",
        "ratification",
        "ratified",
        "accession",
        "approval",
        "acceptance",
        "date",
        "dates",
        "name",
        "names",
        "organisation",
        "organization",
        "company",
        "party",
        "parties",
        "participant",
        "status",
        "region",
        "entry",
        "into",
        "force",
        "notes",
        "member",
        "members",
        "joined",
        "endorsed",
        "government",
        "sector",
        "type",
        "|",
        "/",
        "!",
        "and",
        "of",
        "-",
    }
)
"""Words of a table's heading row over a list of signatories ("State | Signature")."""


BARE_INSTITUTIONS: Final[frozenset[str]] = frozenset(
    {
        "Presidency",
        "Secretariat",
        "Government",
        "Council",
        "Commission",
        "Parliament",
        "Ministry",
        "Department",
        "Committee",
        "Board",
        "Agency",
        "Office",
    }
)
"""A capitalised institution noun on its own names no particular body."""


SECTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "objectives",
        "background",
        "overview",
        "summary",
        "notes",
        "resources",
        "contact",
        "contacts",
        "related",
        "documents",
        "downloads",
        "introduction",
        "context",
        "conclusion",
        "references",
        "links",
        "share",
        "print",
        "considered",
    }
)
"""Section headings and page words that are never a party's name."""

_INSTRUMENT_HEADS: Final = SIGNABLE_NOUNS | {
    "agreements",
    "mous",
    "memoranda",
    "arrangement",
}
"""The last word of a name that names a text signed, not a party ("Security Cooperation
Agreement", "MoUs")."""
_TITLE_STARTS: Final = frozenset(
    {"secretary", "minister", "president", "prime", "chancellor", "ambassador"}
)


_COLUMN_WORDS: Final = frozenset(
    {"country", "countries", "state", "states", "party", "parties", "abbreviation", "name",
     "date", "dates", "signature", "ratification", "accession", "status", "code", "year",
     "member", "members", "entry", "force", "deposit", "notes", "region"}
)  # fmt: skip
"""Words of a member table's column headings ("Country", "Signature", "Ratification")."""
_STATE_FORM_WORDS: Final = frozenset(
    {"federal", "republic", "democratic", "people's", "kingdom", "islamic", "socialist",
     "united", "state", "of", "the", "plurinational", "bolivarian", "arab", "co-operative"}
)  # fmt: skip
"""Words of a state's formal style ("Federal Republic", "Islamic Republic of")."""
_VOCATIVES: Final = frozenset(
    {"mr speaker", "madam speaker", "mr deputy speaker", "madam deputy speaker", "noble lords"}
)
"""How a speaker in a parliament addresses the House: never a party."""


_PRONOUNS_CONTRACTED: Final = frozenset({"i", "we", "you", "it", "let", "they", "he", "she"})
"""Pronouns that open a contraction ("I’m", "We’ll", "Let’s"), never a name."""


_GENERIC_ACRONYMS: Final = frozenset(
    {"NGOs", "NGO", "SMEs", "SME", "CSOs", "CSO", "ICT", "INGOs", "MNEs", "IGOs"}
)
_ADJECTIVE_ENDINGS: Final = ("ical", "ific", "tional", "ous", "ful", "able", "ible")
"""Endings of a capitalised adjective opening a sentence, never a party's one-word name."""


def names_a_party(name: str) -> bool:
    """Whether capitalised words the gazetteer lacks can name a party: not an instrument
    ("Security Cooperation Agreement", "MoUs"), a title cut short ("Secretary of State of
    the"), a section heading ("Objectives"), one word ending in "-ed" ("Considered") or
    words opening with a participle ("Based Online Abuse")."""
    words = name.split()
    if not words:
        return False
    first, last = words[0].lower(), words[-1].lower().strip(".,")
    if last in _INSTRUMENT_HEADS or last in ("of", "the", "and", "for"):
        return False
    if len(words) == 1 and last.endswith("s") and last[:-1] in INSTRUMENT_NOUNS:
        return False  # "Declarations, pledges and statements joined by ...": texts
    for w, nxt in itertools.pairwise(words):
        if nxt.lower() in ("of", "on", "for"):
            if w.lower() in _INSTRUMENT_HEADS:
                return False  # "Memorandum of Understanding": a text, named by its head
            break
    if len(words) == 1 and words[0] in _GENERIC_ACRONYMS:
        return False  # "NGOs", "SMEs", "ICT": a sector or a kind of body, not one party
    if len(words) == 1 and words[0][1:].islower() and last.endswith(_ADJECTIVE_ENDINGS):
        return False  # "Specific pledges can ...", "Historical signing ...": an adjective
    if first in _TITLE_STARTS and len(words) > 1:
        return False
    if first.endswith("ed") and len(first) > 4 and len(words) > 1:
        return False  # "Based Online Abuse": the tail of a hyphenated phrase
    if all(w.lower() in _STATE_FORM_WORDS for w in words):
        return False  # "Germany, Federal Republic": the long form after the name, inverted
    if all(w.lower() in _COLUMN_WORDS for w in words):
        return False  # "Country Abbreviation", "State Signature": a table's header row
    if first.replace("’", "'").split("'")[0] in _PRONOUNS_CONTRACTED and "'" in first.replace(
        "’", "'"
    ):
        return False  # "I’m pleased to ...": a pronoun with its verb, not a name
    if first in ("my", "your") or name.lower() in _VOCATIVES:
        return False  # "My Lords, the UK has committed ...": the House addressed
    if len(words) == 1 and len(last) > 3 and (last in MONTHS or last in WEEKDAYS):
        return False  # "On 8 February, the Council ...": a date, not a party
    one_word_heading = last in SECTION_WORDS or (last.endswith("ed") and len(last) > 4)
    return not (len(words) == 1 and one_word_heading)


def is_legislature(name: str) -> bool:
    """Whether ``name`` is a deliberative body ("UN General Assembly", "European
    Parliament"), whose endorsing or adopting a text as a passive agent is a vote on it."""
    return name.rsplit(None, 1)[-1] in ("Assembly", "Parliament", "Congress", "Senate") or (
        name.endswith("Security Council")  # "endorsed by the UN Security Council": a vote
    )
