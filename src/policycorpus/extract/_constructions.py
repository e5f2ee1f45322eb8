"""The constructions of the party-list grammar, as data.

Each :class:`Construction` is one entry of :data:`CONSTRUCTIONS`: a name, a pattern over
the normalised governing context of a list (tokens joined by single spaces, actor
mentions written ``ACTOR``, the list ``LIST``, word classes of the pledge lexicon in
braces), the effect, the layouts it applies to, its cue words and its example
sentences, which ``tests/test_lists.py`` runs. Constructions are tried in order and the
first that matches decides (negative evidence first, so the relation nearest the list
wins). Adding a construction is one entry here with an example of our own
(docs/decisions/0004-party-lists.md); the layouts and the decision live in
:mod:`._lists`.
"""

from __future__ import annotations

import enum
import re
from typing import Final

import attrs

from policycorpus.extract._lexicon import lexicon
from policycorpus.model import Modality

__all__ = ["BLOCK_LAYOUTS", "CONSTRUCTIONS", "Construction", "Effect", "Layout"]


class Layout(enum.Enum):
    """How a list is written."""

    INLINE = "inline"
    BLOCK = "block"
    TABLE = "table"
    NOTE = "note"
    """A list in a footnote, governed by the sentence that carries its mark."""


class Effect(enum.Enum):
    """What a construction says of the parties it governs."""

    SIGN = "sign"
    """They signed, joined, endorsed or support the instrument: signatories."""
    COMMIT = "commit"
    """They pledged or committed (and so are signatories): the sentence is a commitment."""
    NONE = "none"
    """Explicitly not parties: hosts, conveners, absentees, those called on to sign."""


@attrs.frozen(kw_only=True)
class Construction:
    """One entry of the list grammar."""

    name: str
    """Short name, carried by the :class:`PartyList` it decides."""
    pattern: str
    """Regular expression over the normalised context; ``LIST`` marks the list and
    ``{class}`` a word class of the pledge lexicon."""
    effect: Effect
    layouts: frozenset[Layout] = frozenset(Layout)
    modality: Modality | None = None
    """The commitment's modality, for :attr:`Effect.COMMIT`."""
    examples: tuple[str, ...] = ()
    """Sentences (block examples as lead-in, newline, items) the construction decides."""
    screens: bool = True
    """Whether its cue words let a list through the screen of :func:`decide` (False for
    constructions whose decision only matters beside another cue: questions, origins)."""
    min_items: int = 1
    """The fewest parties a list needs for the construction to apply ("a joint statement
    by A and B" is joint only with two or more)."""
    narrates: bool = False
    """Whether the list it decides names the authors of the text ("We, the Ministers of A
    and B"; "Members of the Initiative[1]"), whom "we" then stands for."""
    cues: str = ""
    """Word classes of the lexicon or plain words, one of which the context must hold for
    the pattern to be tried (a cheap screen: most lists have no cue at all)."""
    regex: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)
    cue_words: frozenset[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(lexicon().expand(self.pattern)))
        words: set[str] = set()
        lex = lexicon()
        for cue in self.cues.split():
            forms = lex[cue] if cue in lex.classes else (cue,)
            for form in forms:
                words.update(w for w in re.split(r"[\s-]+", form) if w)
        object.__setattr__(self, "cue_words", frozenset(words))


_AUX: Final = r"(?:{aux} ){0,4}(?:\( (?:[^()\s]+ ){1,8}?\) )?"
"""Auxiliaries and adverbs between a subject and its verb, and a bracketed aside
("have today (Tuesday 20 February) co-signed")."""
_NOT_PASSIVE: Final = r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )(?<!be )"
"""Before a signing verb read as the subject's act: no form of "be" ("was launched in
2015 by ..." is a passive, whose subject is what was launched)."""
_COMMIT_OBJECT: Final = (
    r"(?:to|themselves|\$|£|€|\d\S*|their|its|a|an|new|further|additional|more|up|"
    r"support|funding|funds|{commit_noun}|{instrument_noun})\b"
)
"""What follows a pledge verb that commits ("pledged to", "pledged $5m"), not "agreed
that" or "agreed with"."""
_SIGN_OBJECT: Final = (
    r"(?: ?$| (?:up|on) (?:to|for)\b| (?:[,.;]|and|but|in|on|at|last|this|today)(?: |$)|"
    r" (?:\S+ ){0,7}?{instrument_noun}\b| (?:[\w-]+ ){0,2}?"
    r"(?:coalition|alliance|initiative|partnership|network|group|club|campaign|effort|"
    r"{sign_noun})\b| (?:as |the )?(?:{sign_noun})\b| the (?:\d\S* )?ACTOR\b)"
)
"""What follows a signing verb that signs a pledge ("signed the charter", "joined the
coalition", "signed up to", or nothing: "also joined in May"), not "signed a lease" or
"endorsed the candidate"."""
_ANY: Final = r"(?:[^\s¶]+ )"
"""Any word of the list's own sentence (a sentence before it, added after "¶" for
"These include LIST", is read only by the construction that asks for it)."""
_NOT_ALONGSIDE: Final = r"(?:(?!along |together |alongside |joined |as well )\S+ )"
"""A word of the authors' own phrase: others who met "along with" them are not authors."""
_SUBJECT: Final = (
    r"(?<!outside )(?<!beyond )(?<!except )LIST "
    r"(?:\) |- (?:- )?|and (?:its|their) (?:[^\s¶,]+ ){0,2}?(?:partners|allies) - (?:- )?"
    r"(?:[^\s¶]+ ){1,24}?- (?:- )?)?"
    r"(?:(?:(?!(?:is|are|was|were|a|an|the|of|has|have|had|will) )[^\s¶,]+ )"
    r"{0,4}?{representative_noun} )?(?:, "
    + _ANY
    + r"{1,14}?, )?"
    + _AUX
    + r"(?:{report_verb} )?(?:that )?"
    + _AUX
)
"""The list as the subject of the verb that follows: "A and B", "A and B ministers",
"A and B Foreign and Defence secretaries",
"A and B, the two largest donors, have", "A and B announced that they will"."""


def _c(name: str, pattern: str, effect: Effect, *examples: str, **kw: object) -> Construction:
    return Construction(name=name, pattern=pattern, effect=effect, examples=examples, **kw)  # type: ignore[arg-type]


_INLINE_ONLY: Final = frozenset({Layout.INLINE})
BLOCK_LAYOUTS: Final = frozenset({Layout.BLOCK, Layout.TABLE})
"""Layouts read under a lead-in line or heading (one party per row)."""

CONSTRUCTIONS: Final[tuple[Construction, ...]] = (
    # -- negative evidence first: the relation nearest the list wins ------------------
    _c(
        "negated",
        r"LIST (?:, )?" + _AUX + r"(?:did |do |does |had |has |have |were |was |are |is )?"
        r"(?:{negation})\b",
        Effect.NONE,
        "Kestrel Analytics and Norland Systems did not sign the charter.",
        "Brazil and India declined to endorse the text.",
        cues="negation",
    ),
    _c(
        "lead-in-negated",
        r"\b(?:{negation})\b (?:\S+ ){0,3}?(?:{sign_noun}|{sign_verb}|{passive_sign}|"
        r"{commit_verb})\b[^.]*(?::|-) LIST$",
        Effect.NONE,
        "The following states have not yet signed the treaty:\n- Chile\n- Peru",
        "These countries are not yet members of the accord:\n- Chile\n- Peru",
        cues="negation",
    ),
    _c(
        "non-signatories",
        r"\bnon ?- ?(?:{sign_noun}) (?:\S+ ){0,4}?(?:include|includes|included|are|were) (?:: )?"
        r"(?:the )?LIST",
        Effect.NONE,
        "Other non-signatories include Chile and Peru.",
        cues="non",
    ),
    _c(
        "passive-subject",
        r"^(?:\S+ ){0,3}LIST (?:{aux} ){0,3}(?:was|were|is|are|been|be|being) (?:\S+ )?"
        r"(?:{passive_sign})\b",
        Effect.NONE,
        "Kestrel Analytics was formally launched in May.",
        cues="was were is are been be being",
        screens=False,
    ),
    _c(
        "question",
        r"^(?:\S+ ){0,2}(?:will|would|could|should|can|did|does|do|has|have|is|are|may|might) "
        r"(?:the )?LIST",
        Effect.NONE,
        "Will Chile and Peru sign the charter?",
        cues="will would could should can did does do has have is are may might",
        screens=False,
    ),
    _c(
        "negated-before",
        r"\b(?:neither|nor|not|no|except|excluding|without) (?:the )?LIST",
        Effect.NONE,
        "Neither Chile nor Peru signed the charter.",
        cues="neither nor not no except excluding without",
    ),
    _c(
        "conditional",
        r"\b(?:if|unless|whether|once|should|would|could|might|(?:essential|vital|crucial|"
        r"imperative|necessary|important)(?: that)?) (?:\S+ ){0,2}?(?:the )?LIST",
        Effect.NONE,
        "If Chile and Peru sign the charter, others will follow.",
        "It is vital that Chile and Peru sign the charter.",
        cues="if unless whether once should would could might essential vital crucial "
        "imperative necessary important",
        screens=False,
    ),
    _c(
        "negated-later",
        r"^(?:\S+ ){0,3}LIST (?:\S+ ){0,16}?(?:but|yet) (?:\S+ ){0,3}(?:{negation})\b",
        Effect.NONE,
        "Chile and Peru said they would sign, but had not done so by June.",
        cues="but yet",
        screens=False,
    ),
    _c(
        "money-pledged-by",
        r"\b(?:\d\S* |[£$€] )(?:\S+ ){0,4}?(?:million|billion|bn|m|trillion) (?:\S+ ){0,3}?"
        r"(?:was|were|has been|have been|had been|is|are) (?:\S+ )?(?:pledged|announced|committed|"
        r"promised|provided|contributed) by (?:the )?LIST",
        Effect.COMMIT,
        "Of this total, €2 billion were pledged by Chile and Peru.",
        modality=Modality.PLEDGE,
        cues="pledged announced committed promised provided contributed",
    ),
    _c(
        "agent-of-hosting",
        r"\b{negative_agent} (?:forward )?" + _ANY + r"{0,4}?by (?:the )?LIST",
        Effect.NONE,
        "Ministers met at a summit convened by Japan and Canada, and 20 nations signed.",
        "The pledge was put forward by the United States and the European Union.",
        cues="negative_agent",
    ),
    _c(
        "called-on",
        r"\b{call_on} (?:(?!to )[^\s¶.;]+ ){0,8}?(?:the )?LIST",
        Effect.NONE,
        "Campaigners urged Brazil and India to sign the pledge.",
        "The minister called upon all platforms operating in Chile to join the code.",
        cues="call_on",
    ),
    _c(
        "origin",
        r"\b(?!(?:{representative_noun}) )(?:{group_noun}) (?:based |headquartered )?"
        r"(?:from|in|across) (?:the )?LIST",
        Effect.NONE,
        "Sixteen companies from the United States, China and France signed the commitments.",
        cues="from in across",
        screens=False,
    ),
    _c(
        "from-across",
        r"\b(?!(?:{representative_noun}) )(?:{group_noun}) "
        + _ANY
        + r"{0,3}?from (?:across |around |all over )?(?:the )?"
        r"(?:globe |world )?(?:, )?(?:including |such as )?(?:in )?(?:the )?LIST",
        Effect.NONE,
        "It was signed by 16 firms from across the globe, including Chile and Peru.",
        cues="from",
        screens=False,
    ),
    _c(
        "venue",
        r"\b(?:at|during) (?:the )?(?:[\w'-]+ ){0,4}?(?:(?:of|in) (?:the )?)?LIST",
        Effect.NONE,
        "The EU at the Harbour Forum pledged to boost relief funding.",
        "At the 12th session of the Harbour Forum, Chile pledged to fund the plan.",
        cues="at during",
        screens=False,
    ),
    _c(
        "host-subject",
        r"^(?:\S+ ){0,3}LIST (?:, )?" + _AUX + r"{negative_act}\b"
        r"(?! (?:[^,;]+ )?and (?:(?:{aux}) )*(?:{commit_verb}|{sign_verb})\b)",
        Effect.NONE,
        "Japan and Canada hosted the meeting at which the charter was signed.",
        cues="negative_act",
    ),
    _c(
        "adopted-by-body",
        r"\b(?:mandate|resolution|law|bill|motion|budget|report|decision|act|regulation|"
        r"directive|programme|program) (?:\S+ ){0,25}?(?:adopted|passed|approved|agreed) "
        r"(?:\S+ ){0,3}?by (?:the )?LIST",
        Effect.NONE,
        "A mandate adopted by the UN General Assembly in 2016 set the talks.",
        cues="adopted passed approved agreed",
    ),
    _c(
        "membership-held",
        r"(?:ACTOR|LIST) 's (?:\S+ )?membership (?:of|in) (?:the )?LIST",
        Effect.NONE,
        "The treaty respects Ireland's membership of the European Union.",
        cues="membership",
    ),
    _c(
        "observer",
        r"^(?:\S+ ){0,3}LIST (?:\S+ ){0,10}?as (?:an? )?(?:observer|observers|guest|guests)\b",
        Effect.NONE,
        "Norway joined the partnership in May as an observer.",
        cues="observer observers guest guests",
    ),
    _c(
        "stance",
        r"^(?:\S+ ){0,3}LIST (?:\S+ ){0,2}?(?:is|are|remains|remain|remained|was|were|stays|"
        r"stay) (?:\S+ )?(?:committed|dedicated) to\b",
        Effect.NONE,
        "The Ministry of Justice is committed to the safety of every child.",
        cues="committed dedicated",
    ),
    _c(
        "working-partners",
        r"\b(?:(?:federal|state|local|enforcement|implementing|delivery|industry|private|"
        r"community|sector|operational|regional) partners (?:\S+ ){0,4}?|"
        r"(?:with|alongside) (?:(?:our|other|like-minded|key|regional|international) ){0,2}"
        r"partners )(?:, )?(?:including|such as|include|includes|like) (?:the )?LIST",
        Effect.NONE,
        "The task force works with federal partners, including the Ministry of Justice.",
        "We commit to work with partners, including Chile, Peru and Ghana, on river data.",
        cues="partners",
    ),
    # -- signing and committing ----------------------------------------------------------
    _c(
        "group-dash-list-signs",
        r"\b{group_noun} (?:- |: )(?:the )?LIST (?:(?:, |and )[\w&.-]+ ){0,2}(?:- |, )(?:{aux} )*"
        r"(?:are |is |were |have |has )?"
        r"(?:{sign_verb}|signing|joining|endorsing)\b",
        Effect.COMMIT,
        "Three new firms - Kestrel Analytics, Norland Systems and Tidewell Games - are signing "
        "on to the code.",
        "Four countries - Chile, Peru, Ecuador and Bolivia - have joined the charter.",
        modality=Modality.SIGN,
        cues="sign_verb signing joining endorsing",
    ),
    _c(
        "subject-commits",
        _SUBJECT + r"{commit_verb} " + _COMMIT_OBJECT,
        Effect.COMMIT,
        "Kenya, Ghana and Senegal pledged to expand school broadband by 2030.",
        "Canada and Japan, the two largest donors, have committed to fund the centre.",
        "UK and US ministers agree to share data on online safety.",
        modality=Modality.PLEDGE,
        cues="commit_verb",
    ),
    _c(
        "subject-launches-body",
        _SUBJECT + r"(?:launched|launches|launch|co-launched|founded|co-founded|established|"
        r"set up|formed|(?:announced|announce|announces|agreed|agree|agrees) (?:the )?"
        r"(?:formation|creation|establishment|founding|launch) of) "
        r"(?:the |a |an |their |its |together )?(?:(?:[^\s,.;]+ ){0,5}?(?:{body_launched})\b|"
        r"ACTOR\b)",
        Effect.SIGN,
        "Last year, Chile and Peru launched the Partnership for River Data.",
        "Chile and Peru founded a new coalition on ocean plastics in May.",
        "Chile and its partners -- Peru, Ghana and Fiji -- announced formation of the River "
        "Data Regime in 2001.",
        cues="launched launches launch co-launched founded co-founded established set formed "
        "formation creation establishment founding",
    ),
    _c(
        "passive-without-agent",
        r"LIST (?:(?!by )[^\s,]+ ){0,6}?(?:was|were|been|is|are) (?:[a-z]+ly )?(?:{passive_sign})"
        r"(?! (?:\S+ ){0,3}?by\b)",
        Effect.NONE,
        "The formal talks on river data with Chile and Peru have been launched this month.",
        "The new water charter agreed with Chile and Peru was signed in May.",
        cues="passive_sign",
    ),
    _c(
        "subject-launches",
        _SUBJECT
        + _NOT_PASSIVE
        + r"(?:launched|launches|launch|co-launched)(?! ?$| [,.;])"
        + _SIGN_OBJECT,
        Effect.SIGN,
        "The Department of Commerce launched the Safer Apps Code on Monday.",
        "Chile and Peru launched the river data pledge at the summit.",
        cues="launched launches launch co-launched",
    ),
    _c(
        "subject-signs",
        _SUBJECT
        + r"(?!(?:launch|launches|launched)(?: ?$| [,.;]))"
        + _NOT_PASSIVE
        + r"{sign_verb}"
        + _SIGN_OBJECT,
        Effect.COMMIT,
        "Norway, Iceland and Finland signed the ocean charter on Monday.",
        "Norway and Iceland have today (Tuesday 4 March) co-signed a memorandum on data.",
        "Chile and Peru announced that they will join the coalition.",
        modality=Modality.SIGN,
        cues="sign_verb",
    ),
    _c(
        "list-among",
        r"LIST (?:{aux} ){0,2}(?:are|were|is|was|became|become|have become|has become|remain) "
        r"(?:among )?(?:the )?(?:(?:first|original|full|\d+(?:st|nd|rd|th)|\S+ ?- ?\S+) )?"
        r"(?:(?:signatories|signatory|supporters|endorsers|champions|co ?- ?sponsors|backers|"
        r"signers|adherents)\b|(?:founding|new|newest|latest) members\b|parties to\b|"
        r"(?:(?:\d+ )?(?:[a-z]+ )?(?:countries|nations|companies|states|firms|country|nation|"
        r"company|state|firm|government) )?to "
        r"(?:{sign_verb}|approve|become (?:a |an )?(?:\S+ ){0,3}?(?:participant|member|party|"
        r"signatory|partner))\b)",
        Effect.SIGN,
        "Chile and Peru are among the signatories of the charter.",
        "Chile and Peru became founding members of the alliance.",
        "Chile is the 101th state to become a river forum participant.",
        "Chile and Peru were among the first countries to sign.",
        "Chile is among 42 countries to approve the new data principles.",
        "Chile was among 32 Pacific countries to endorse the declaration.",
        "On 2 May, Kestrel Analytics became the 13th signatory of the data code.",
        cues="sign_noun sign_verb approve become",
    ),
    _c(
        "verb-colon-list",
        r"\b(?:{sign_verb}) (?:: |- )(?:the )?LIST",
        Effect.COMMIT,
        "At the meeting, four new countries joined: the UK; Chile; Peru and Fiji.",
        modality=Modality.SIGN,
        cues="sign_verb",
    ),
    _c(
        "apposed-signatories",
        r"LIST , (?:the |its |their )?(?:original |first |founding |new |newest )?"
        r"(?:{sign_noun}) (?:of|to)\b",
        Effect.SIGN,
        "Chile, Peru and Fiji, the founders of the river data agreement, welcomed Ghana.",
        "Chile and Peru, the founding members of the alliance, met in Lima.",
        cues="sign_noun",
    ),
    _c(
        "relative-signs",
        r"LIST , (?:which|who|that) " + _AUX + r"(?:{sign_verb}|{commit_verb})\b",
        Effect.SIGN,
        "Chile and Peru, which signed the charter in May, hosted the meeting.",
        cues="sign_verb commit_verb",
    ),
    _c(
        "accession-of",
        r"\baccession (?:of|by) (?:the )?LIST (?:[^\s¶.;]+ ){0,10}?(?:{sign_verb})\b",
        Effect.COMMIT,
        "With the accession of Chile and Peru, 40 countries have signed the charter.",
        modality=Modality.SIGN,
        cues="accession",
    ),
    _c(
        "accession-noun",
        r"\baccession (?:of|by) (?:the )?LIST",
        Effect.SIGN,
        "The accession of Chile is testament to the charter's open nature.",
        "Joint release on the successful accession of Chile to the river agreement",
        cues="accession",
    ),
    _c(
        "to-be-signed-by",
        r"\b(?:to|will|would|shall|could|can|may|must) be {passive_sign} "
        + _ANY
        + r"{0,3}?by (?:[:-] )?(?:the )?(?:governments? of )?LIST",
        Effect.NONE,
        "The charter, due to be signed by Norway and Iceland in May, opens today.",
        "A code to be endorsed by the G7 this year will guide firms.",
        "The undertaking will start when it will be adopted by the Council of the EU.",
        cues="passive_sign",
    ),
    _c(
        "signed-by",
        r"\b{passive_sign} (?:(?!by |(?:{commit_noun})\b)[^\s¶.;]+ ){0,9}?by (?:[:-] )?"
        r"(?:the (?:[^\s,.;:\d]+ ){0,3}?(?:nations|countries|states) of |(?:the )?"
        r"(?:governments? of )?)"
        r"(?:an? (?:group|consortium|coalition) of (?:\S+ ){0,3}?(?:led|spearheaded|headed) by |"
        r"(?:its|their) (?:\S+ ){0,3}?(?:{group_noun}|{sign_noun}|governments) "
        r"(?:[,:-] )?(?:(?:comprised|composed|made up) of |including |namely )?|"
        r"(?:(?!by )[^\s,.;]+ ){1,7}?(?:including|such as) |"
        r"(?:(?!by |following )[^\s,.;:]+ ){1,9}?: )?"
        r"(?:(?:more than |over |some )?\d+ (?:other )?(?:countries|states|nations|governments|"
        r"companies|organisations|organizations) (?:and|as well as) )?(?:the )?LIST",
        Effect.SIGN,
        "The charter was signed by Norway, Iceland and Finland.",
        "The charter has been signed by 45 countries and the European Union.",
        "The alliance was launched in May by its four founding governments, Chile, Peru, Ghana "
        "and Fiji.",
        "Endorsed by: Norway, Iceland and Finland.",
        "The pledge, backed by Kestrel Analytics and Norland Systems, opens today.",
        "The ministers will be joined by firms in the data trade including Kestrel Analytics "
        "and Norland Systems.",
        "The charter was first signed by three river states: Chile, Peru and Bolivia.",
        "The Accord is a treaty signed in Lima, May 3, 1990, by the four nations with the "
        "longest coastlines: Chile, Peru, Ecuador and Colombia.",
        "The pact was signed by the Andean nations of Chile, Peru and Bolivia in Lima.",
        "The forum was founded in 2017 by a consortium of firms led by Kestrel Analytics "
        "and Norland Systems.",
        cues="passive_sign",
    ),
    _c(
        "concluded-among",
        r"\b(?:concluded|signed|agreed) (?:among|between|by) (?:the )?"
        r"(?:(?!by )[^\s,.;:]+ ){1,8}?[-:] (?:the )?LIST",
        Effect.SIGN,
        "The Accord is a treaty concluded among the member states of the River Council - "
        "Chile, Peru, Ecuador and Colombia - in Lima.",
        cues="concluded signed agreed",
    ),
    _c(
        "members-dash-list",
        r"\bmembers (?:of|in) (?:the )?(?:[^\s¶.;:]+ ){0,8}?(?:- |: )(?:the )?LIST",
        Effect.SIGN,
        "The 4 members of the River Data Initiative (RDI)—Chile, Peru, Fiji and Ghana—met in Lima.",
        cues="members",
    ),
    _c(
        "qualified-noun-label",
        r"\b(?:founding|original|new|newest|latest|fellow) (?:{sign_noun}) (?:the )?LIST",
        Effect.SIGN,
        "Its aim, as set out by founding members Chile, Peru and Fiji, is to share data.",
        cues="sign_noun",
    ),
    _c(
        "list-participle",
        r"LIST (?:{representative_noun} )?, (?:{aux} ){0,2}(?:agreeing|pledging|committing|vowing|"
        r"promising|resolving) (?:themselves )?to\b",
        Effect.COMMIT,
        "Twenty states, as well as Chile and Peru, agreeing to share data, met in Lima.",
        modality=Modality.AGREE,
        cues="agreeing pledging committing vowing promising resolving",
    ),
    _c(
        "commitments-from",
        r"\b{commit_noun} (?:from|by|of) (?:(?!to |for |towards |into )\S+ ){0,4}?(?:[-:,] )?"
        r"(?:the )?LIST",
        Effect.COMMIT,
        "The ministry secured commitments from five firms - Kestrel, Norland and Vantor.",
        modality=Modality.COMMIT,
        cues="commit_noun",
    ),
    _c(
        "support-from",
        r"\b(?:(?:of|initial|formal|official|their|its|political) {support_noun} (?:by|from)|"
        r"{support_noun} (?:comes|came) from|(?:endorsements?|signatures?|backing) (?:of|by|from)) "
        + _ANY
        + r"{0,4}?(?:[-:,] )?(?:the )?LIST",
        Effect.SIGN,
        "After an announcement of support by Chile, Peru and Colombia, others followed.",
        "Most of the support comes from: Kestrel Analytics and Norland Systems.",
        cues="support_noun",
    ),
    _c(
        "signatories-including",
        r"\b(?:signatories|signatory|supporters|endorsers|signers|backers) "
        r"(?:\S+ ){0,3}?(?:including|such as|among them|notably)(?: \S+){0,3}? "
        r"(?:such as |including |like )?(?:the )?LIST",
        Effect.COMMIT,
        "The statement was issued with 20 signatories, including firms such as Kestrel "
        "Analytics and Norland Systems.",
        modality=Modality.SIGN,
        cues="signatories signatory supporters endorsers signers backers",
    ),
    _c(
        "signatories-such-as",
        r"\b(?:signatories|signatory|supporters|endorsers|signers|members) (?:of the \S+ )?"
        r"(?:- |, )(?:including|among them) (?:\S+ ){0,24}?(?:such as|including|like|notably) "
        r"(?:the )?LIST",
        Effect.SIGN,
        "The signatories of the charter, including firms regulated as large platforms "
        "under the act, such as Kestrel Analytics and Norland Systems, reported progress.",
        cues="signatories signatory supporters endorsers signers members",
    ),
    _c(
        "signatories-colon",
        r"\b{sign_noun} (?:\( ?\S+ ?\) )?[:-] (?:the )?LIST",
        Effect.SIGN,
        "Signatories: Norway, Iceland and Finland.",
        cues="sign_noun",
    ),
    _c(
        "those-counted-are",
        r"^(?![^¶]*\b(?:{negation})\b)[^¶]*\b(?:{sign_verb}|{passive_sign}|{commit_verb})\b"
        r"[^¶]*¶ (?:\S+ )*?(?:those|these) (?:\S+ )?(?:{group_noun}) [:-] (?:the )?LIST",
        Effect.SIGN,
        "Three countries signed letters of intent this year. We thank those three countries - "
        "Chile, Peru and Ghana - for their support.",
        cues="those these",
    ),
    _c(
        "these-included",
        r"^(?![^¶]*\b(?:{negation})\b)[^¶]*\b(?:{sign_verb}|{passive_sign}|{sign_noun})\b[^¶]*"
        r"¶ (?:these|they|those) "
        r"(?:\S+ ){0,2}?(?:{include_word}) (?:: |- )?(?:(?:[^\s,]+ ){1,4}, )?(?:the )?LIST",
        Effect.SIGN,
        "The charter has been signed by 30 governments. These included Chile, Peru and Ghana.",
        "Thirty countries have joined the pact. They include Chile, Peru and Ghana.",
        cues="these they those",
    ),
    _c(
        "signatories-are",
        r"\b{sign_noun} " + _ANY + r"{0,10}?(?:{include_word}) (?:: |- )?(?:the )?"
        r"(?:governments? of )?LIST",
        Effect.SIGN,
        "Among the signatories of the charter are Norway, Iceland and Finland.",
        "The first supporters include Chile, Peru and Colombia.",
        cues="sign_noun",
    ),
    _c(
        "those-signing-include",
        r"\b(?:those|parties|partners) (?:(?:that|who|which) (?:have |has |had )?(?:now )?)?"
        r"(?:{sign_verb}|signing|endorsing|supporting|backing) (?:the )?(?:\S+ ){0,5}?"
        r"(?:include|includes|included|are|were) (?:: |- )?"
        r"(?:the )?LIST",
        Effect.SIGN,
        "Those endorsing the Water Declaration include Chile, Peru and Ecuador.",
        "Those backing the new charter are Chile and Peru.",
        "Those that have ratified are Chile, Peru and Ghana.",
        cues="sign_verb signing endorsing supporting backing",
    ),
    _c(
        "support-of-group-including",
        r"\b(?:{support_noun}) (?:of|by|from) (?:\S+ ){0,6}?(?:{group_noun}|nations|states) "
        r"(?:\S+ ){0,4}?, (?:including|such as|among them|notably) (?:the )?LIST",
        Effect.SIGN,
        "The charter now has the endorsement of 40 nations around the world, including Chile, "
        "Peru and Kenya.",
        cues="support_noun",
    ),
    _c(
        "welcomed-as-new-partner",
        r"\bwelcom(?:e|es|ed|ing) (?:the )?LIST (?:as|among) (?:a |an |the |our |its )?"
        r"(?:new |newest |latest |first |\d+(?:st|nd|rd|th) )?(?:[\w-]+ ){0,3}?"
        r"(?:partner|member|signatory|participant|supporter|party|parties|endorser)s?\b",
        Effect.SIGN,
        "Today we welcome Chile and Peru as new partners in this effort.",
        "New Zealand welcomes Chile as the newest High Contracting Party to the treaty.",
        cues="welcome welcomes welcomed welcoming",
    ),
    _c(
        "signing-group-include",
        r"\b(?:{sign_verb}|{commit_verb}|supporting|participating) {group_noun} "
        r"(?:\S+ ){0,3}?(?:include|includes|included|are|were|comprise|number) (?:: |- )?"
        r"(?:the )?LIST",
        Effect.SIGN,
        "Endorsing countries include Chile, Peru and Ecuador.",
        "The participating companies are Kestrel Analytics and Norland Systems.",
        cues="sign_verb commit_verb supporting participating",
    ),
    _c(
        "group-committed-are",
        r"\b{group_noun} "
        + _ANY
        + r"{0,6}?(?:have |has |had )?{commit_verb}\b "
        + _ANY
        + r"{0,8}?(?:are|were|include|includes|included) (?:: |- )?(?:the )?LIST",
        Effect.COMMIT,
        "The countries which have committed to the target are: Chile, Peru and Colombia.",
        modality=Modality.COMMIT,
        cues="commit_verb",
    ),
    _c(
        "group-that-signed-include",
        r"\b{group_noun} " + _ANY + r"{0,6}?(?:have |has |had )?(?:{sign_verb}|{commit_verb}|"
        r"{passive_sign}) " + _ANY + r"{0,8}?(?:also )?(?:include|includes|included|are|were) "
        r"(?:: |- )?(?:such (?:\S+ ){0,3}?as )?(?:[\w&.-]+ , ){0,3}(?:the )?LIST",
        Effect.SIGN,
        "The companies signing the charter include such large firms as Kestrel Analytics and "
        "Norland Systems.",
        "The firms signing the pledge include such names as 4B, Kestrel Analytics and Norland "
        "Systems.",
        "Countries endorsing the charter also include Chile, Peru and Colombia.",
        cues="sign_verb commit_verb passive_sign",
    ),
    _c(
        "composed-of",
        r"\b(?:composed of|comprised of|comprises|comprise|consists of|consist of|"
        r"membership of|members are|members include) " + _ANY + r"{0,8}?(?:[:-] )?(?:the )?LIST",
        Effect.SIGN,
        "The partnership is composed of 12 countries and the EU: Chile, Peru and Colombia.",
        cues="composed comprised comprises comprise consists consist membership members",
    ),
    _c(
        "made-up-of",
        r"\bmade up of (?:the )?LIST",
        Effect.SIGN,
        "The Ocean Alliance is currently made up of Chile, Peru and Colombia.",
        min_items=2,
        cues="made",
    ),
    _c(
        "we-the-ministers-of",
        r"\bwe , (?:the )?" + _NOT_ALONGSIDE + r"{0,20}?(?:of|from|representing) (?:the )?LIST",
        Effect.SIGN,
        "We, the Trade Ministers of Chile, Peru and Colombia, commit to open data.",
        "We, the Trade, Industry, Energy and Finance Ministers of Chile and Peru, agree.",
        "As trade slows, we, the Trade Ministers of Chile and Peru, renew our commitment.",
        "We, the Ministers of Foreign Relations and Ministers responsible for Trade, and the "
        "senior representatives of the governments of Chile, Peru and Colombia;",
        cues="we",
        narrates=True,
    ),
    _c(
        "group-including-signs",
        r"\b{group_noun} "
        + _ANY
        + r"{0,14}?{including} (?:in )?(?:the )?LIST (?:, )?"
        + _ANY
        + r"{0,3}?"
        + _AUX
        + r"{sign_verb}"
        + _SIGN_OBJECT,
        Effect.COMMIT,
        "Twelve countries, including Chile and Peru, have signed the charter.",
        modality=Modality.SIGN,
        cues="including",
    ),
    _c(
        "group-including-commits",
        r"\b{group_noun} "
        + _ANY
        + r"{0,14}?{including} (?:in )?(?:the )?LIST (?:, )?"
        + _ANY
        + r"{0,3}?"
        + _AUX
        + r"(?:{commit_verb}\b|(?:issued|reached|adopted|signed|"
        r"concluded|made) " + _ANY + r"{0,4}?{instrument_noun}\b)",
        Effect.COMMIT,
        "Thirty nations, including Chile, Peru and Colombia, have agreed to share data.",
        "Forty countries, including Kenya and Ghana, have issued a declaration on data.",
        modality=Modality.AGREE,
        cues="including",
    ),
    _c(
        "group-signed-including",
        r"\b{group_noun} (?:have |has |had )?(?:{sign_verb}|{commit_verb}|{passive_sign})\b "
        + _ANY
        + r"{0,8}?(?:, )?{including} (?:the )?LIST",
        Effect.COMMIT,
        "More than 40 countries have signed the charter, including Chile and Peru.",
        modality=Modality.SIGN,
        cues="including",
    ),
    _c(
        "members-of-note",
        r"\b{sign_noun} of (?:the )?(?:ACTOR |(?:\S+ ){1,6}?)LIST",
        Effect.SIGN,
        "Members of the coalition[1] back the plan.\n\n1. Chile, Peru, Colombia and Ecuador",
        layouts=frozenset({Layout.NOTE}),
        cues="sign_noun",
        narrates=True,
    ),
    _c(
        "representing",
        r"\brepresenting (?:the )?LIST (?:, )?"
        + _ANY
        + r"{0,2}?"
        + _AUX
        + r"(?:{sign_verb}|{commit_verb}|{affirm_verb})\b",
        Effect.SIGN,
        "Ministers representing Chile, Peru and Colombia affirm their shared goals.",
        layouts=_INLINE_ONLY,
        cues="representing",
    ),
    _c(
        "list-jointly-declares",
        r"LIST (?:and (?:the )?(?:\S+ ){1,4}?ACTOR )?(?:\) )?(?:, (?:\S+ ){1,14}?, )?"
        r"(?:jointly |strongly |firmly |hereby |also |together )*(?:affirm|reaffirm|condemn|"
        r"welcome|declare|underline|stress|recognise|recognize|express|call on|urge)\b",
        Effect.SIGN,
        "The Foreign Ministers of Chile, Peru, Kenya and Ghana strongly condemn the attack.",
        "Chile, Peru and the Republic of Kenya, as ocean nations, jointly reaffirm their "
        "shared goals.",
        min_items=3,
        narrates=True,
        cues="affirm reaffirm condemn welcome declare underline stress recognise recognize "
        "express call urge",
    ),
    _c(
        "labelled-roster",
        r"^(?:the )?(?:full )?(?:list of )?(?:the )?(?:signatory |participating |co ?- ?signing )?"
        r"(?:countries|states|governments|signatories|co ?- ?signatories|members|endorsers|"
        r"supporters|parties)(?: list)? : (?:the )?LIST",
        Effect.SIGN,
        "List of countries: Chile, Peru, Ghana and Kenya.",
        "Participating states: Chile, Peru and Ghana",
        cues="countries states governments signatories co-signatories members endorsers "
        "supporters parties",
    ),
    _c(
        "came-together-to-sign",
        r"LIST (?:{aux} ){0,2}(?:came together|met|gathered|joined together|joined forces)"
        r"(?: (?!to )[^\s,.;]+){0,4} to (?:{sign_verb})\b",
        Effect.SIGN,
        "On 15 September, Chile, Peru and Ghana came together to sign the river accords.",
        "Chile and Peru met in Lima on Monday to sign the charter.",
        cues="came met gathered joined",
    ),
    _c(
        "followed-by",
        r"\b(?:{sign_verb})\b[^¶;]*? , followed by (?:the )?(?:[^\s,.;:()]+ ){0,8}?\( (?:the )?"
        r"LIST",
        Effect.SIGN,
        "Chile was the first state to ratify the treaty, followed by 12 other states from "
        "2019 to 2022 (Peru, Kenya and Fiji).",
        cues="sign_verb",
    ),
    _c(
        "joining-are",
        r"\b(?:joining|signing|endorsing|backing) " + _ANY + r"{1,6}?(?:are|were|is) "
        r"(?:the )?LIST",
        Effect.SIGN,
        "Joining the coalition this year are Chile, Peru and Colombia.",
        cues="joining signing endorsing backing",
    ),
    # -- block lead-ins and headings ---------------------------------------------------
    _c(
        "lead-in-commits",
        r"(?<!the )(?<!a )(?<!this )(?<!its )\b{commit_verb}\b(?:(?! {negation} )[^.])*"
        r"(?::|-) LIST$",
        Effect.COMMIT,
        "The following countries have pledged to end coal financing:\n- Chile\n- Peru",
        layouts=BLOCK_LAYOUTS,
        modality=Modality.PLEDGE,
        cues="commit_verb",
    ),
    _c(
        "lead-in-signs",
        r"\b(?:{sign_noun}|{sign_verb}|{passive_sign}|{support_noun})\b"
        r"(?:(?! {negation} )[^.])*(?::|-|(?:following|these|those) \S+(?: \.)?|below(?: \.)?) "
        r"LIST$",
        Effect.SIGN,
        "The charter has been endorsed by the following governments:\n- Chile\n- Peru",
        "The treaty has been ratified by these states.\nChile 3 May 2019\nPeru 12 June 2020",
        "The declaration was signed by the governments listed below.\nChile\nPeru",
        layouts=BLOCK_LAYOUTS,
        cues="sign_noun sign_verb passive_sign support_noun",
    ),
    _c(
        "pledge-that-list-will",
        r"\b(?:{commit_verb} (?:\S+ ){0,5}?that (?:the )?LIST (?:{aux} ){0,3}?(?:will|shall)\b|"
        r"(?:{affirm_verb}|{report_verb}) (?:\S+ ){0,5}?that (?:the )?LIST (?:{aux} ){0,3}?"
        r"(?:will|shall)\b(?! continue\b))",
        Effect.COMMIT,
        "The presidents met and pledged that Chile and Peru will cut tariffs by 2030.",
        "The ministers agreed that Chile and Peru shall share flood data.",
        "The presidents declared in a joint statement that Chile and Peru will link grids.",
        "The presidents pledged that Chile and Peru will continue to share flood data.",
        modality=Modality.PLEDGE,
        cues="commit_verb affirm_verb",
    ),
    _c(
        "subject-affirms-commitment",
        _SUBJECT + r"(?:each |both |jointly )?(?:{renew_verb}) "
        r"(?:their|its|our|a|the) (?:\S+ ){0,2}?(?:{commit_noun})\b",
        Effect.COMMIT,
        "Chile and Peru each underlined their commitment to open river data.",
        "Chile and Peru reaffirmed their shared commitment to the charter.",
        modality=Modality.COMMIT,
        cues="renew_verb",
    ),
    _c(
        "statement-said-will",
        r"\b(?:{statement_noun}) (?:\S+ ){0,6}?, (?:the )?LIST (?:{report_verb}|said|say|says) "
        r"(?:that )?(?:they|both|together) (?:would|will|shall) (?!not\b)",
        Effect.COMMIT,
        "In a joint statement, Chile and Peru said they would share flood data.",
        modality=Modality.PLEDGE,
        min_items=2,
        cues="statement_noun",
    ),
    _c(
        "representatives-issued",
        r"\b(?:{representative_noun}|envoys|special envoys|representatives) (?:\S+ ){0,4}?"
        r"(?:from|of) (?:the )?LIST (?:{aux} ){0,3}(?:issued|released|published|agreed|adopted|"
        r"signed|made) (?:a |the |this )?(?:joint )?(?:{statement_noun}|{instrument_noun})\b",
        Effect.SIGN,
        "Special envoys from Chile, Peru and Ecuador have issued a statement.",
        min_items=2,
        cues="statement_noun instrument_noun",
    ),
    _c(
        "list-issued-statement",
        _SUBJECT + r"(?:jointly )?(?:issued|released|published|adopted) (?:the following |a |this |"
        r"today's |their )?(?:joint )?(?:{statement_noun})\b",
        Effect.SIGN,
        "Today, Chile, Peru, Ghana and the European Union issued the following statement:",
        "Chile and Peru released a joint statement on river data.",
        min_items=2,
        cues="issued released published adopted",
        narrates=True,
    ),
    _c(
        "statement-from-leaders",
        r"^(?:joint )?(?:{statement_noun}) (?:by|from|of) (?:the )?(?:leaders|heads of state|"
        r"heads of government|prime ministers|presidents|(?:foreign )?ministers|governments?)"
        r" (?:of|from) (?:the )?LIST",
        Effect.SIGN,
        "Statement from the leaders of the Chile-Peru-Ecuador partnership.",
        "Joint statement by the foreign ministers of Chile, Peru and Ecuador",
        min_items=2,
        cues="statement_noun",
        narrates=True,
    ),
    _c(
        "joint-statement-by",
        r"\b(?:joint )?(?:{statement_noun}) (?:(?:\S+ ){0,2}?(?:(?:was|were|is|has been) )?"
        r"(?:(?:released|issued|published|agreed|adopted|made|signed) )?(?:by|of|from)|by "
        r"(?:\S+ ){1,5}?(?:from|of)) (?:the )?(?:governments? of )?(?:the )?LIST",
        Effect.SIGN,
        "The joint statement was released by the Government of Chile and the Government of Peru.",
        "Statement by special envoys and representatives from Chile and Peru:",
        "A joint declaration of Chile and Peru on river basins was published today.",
        min_items=2,
        cues="statement_noun",
    ),
    _c(
        "statement-released-by",
        r"\b(?:{statement_noun}) (?:\S+ ){0,3}?(?:was |were )?(?:released|issued|published|made) "
        r"(?:jointly )?by (?:the )?(?:(?:governments?|leaders|ministers|foreign ministers) of )?"
        r"(?:the )?(?:ACTOR (?:and |, )(?:the )?)*LIST",
        Effect.SIGN,
        "The statement was released jointly by the governments of Chile, Peru and Ecuador.",
        cues="statement_noun",
        narrates=True,
    ),
    _c(
        "statement-by-members-of",
        r"\b(?:{statement_noun}) (?:\S+ ){0,3}?(?:was |were )?(?:released|issued|published|made) "
        r"(?:jointly )?by (?:the )?ACTOR (?:\( \S+ \) )?, whose (?:\S+ ){0,2}?(?:members|states|"
        r"countries|governments|participants) (?:include|includes|are) (?:: )?(?:the )?LIST",
        Effect.SIGN,
        "The statement was issued by the River Forum, whose member states include Chile, Peru "
        "and Ecuador.",
        cues="statement_noun",
        narrates=True,
    ),
    _c(
        "thanked-for-joining",
        r"\bthank(?:s|ed)? (?:the )?LIST (?:\S+ ){0,6}?for (?:joining|signing|endorsing|"
        r"pledging|committing)\b",
        Effect.COMMIT,
        "I thank Chile, Peru and the European Commission for joining as founding supporters.",
        modality=Modality.PLEDGE,
        cues="thank thanks thanked",
    ),
    _c(
        "list-joint-statement",
        r"^(?:\S+ ){0,4}?(?:the )?LIST (?:(?:leaders|leaders '|leaders 's|ministers|ministers '|"
        r"ministers 's|foreign|heads|of|state|government|interior|trade|energy|finance|defence|"
        r"defense) ){0,4}"
        r"(?:(?:joint )?(?:{statement_noun})|joint (?:action )?(?:plan|roadmap|vision))\b",
        Effect.SIGN,
        "Chile-Peru Joint Statement on River Basins",
        "The Chile-Peru leaders' declaration sets out four aims.",
        "Chile-Peru Joint Action Plan on River Data",
        min_items=2,
        cues="statement_noun joint",
        narrates=True,
    ),
    _c(
        "infobox-label",
        r"^(?:{sign_noun}|state parties|states parties|member states|(?:{sign_verb}|supporting|"
        r"participating|founding|signatory|member) (?:{group_noun})) (?:\( ?\S+ ?\) |\d+ )?"
        r"(?:\[ \S+ \] )?(?:[:-] )?(?:the )?LIST",
        Effect.SIGN,
        "Signatories(3) Chile, Peru, Ecuador",
        "Supporting governments: Chile, Peru, Ecuador.",
        "Members 4 Chile, Peru, Ecuador, Bolivia",
        layouts=_INLINE_ONLY,
        cues="sign_noun sign_verb state member supporting participating founding signatory",
    ),
    _c(
        "led-by",
        r"\b(?:{instrument_noun}|initiative|coalition|alliance|partnership) (?:, |(?:was|is|"
        r"has been) )(?:jointly |co - )?led by (?:the )?LIST",
        Effect.SIGN,
        "The declaration, led by Chile, was adopted in May.",
        "The coalition is jointly led by Chile and Peru.",
        cues="led",
    ),
    _c(
        "joint-initiative-with",
        r"\bjoint (?:initiative|declaration|statement|effort|undertaking|pledge) "
        r"(?:of|with|between|by|from) (?:the )?(?:governments? of )?LIST",
        Effect.SIGN,
        "The charter was a joint initiative with Chile, Peru and Ecuador.",
        cues="joint",
    ),
    _c(
        "addition-as-members",
        r"\b(?:addition|additions|accession|admission|arrival|entry) of (?:the )?LIST "
        r"(?:\S+ ){0,3}?as (?:\S+ ){0,3}?(?:{sign_noun})\b",
        Effect.SIGN,
        "We welcome the addition of Chile, Peru and Ecuador as new members of the alliance.",
        cues="addition additions accession admission arrival entry",
    ),
    _c(
        "latest-to-sign-is",
        r"\b(?:the )?(?:latest|newest|most recent|first|last|\d+(?:st|nd|rd|th)) "
        r"(?:(?:state|states|country|countries|nation|nations|party|parties|member|members|"
        r"company|companies|government|governments) )?to (?:{sign_verb})\b(?: it| the \S+)? "
        r"(?:is|was|are|were) (?:the )?LIST",
        Effect.SIGN,
        "The last state to ratify it was Chile, in 2020.",
        "The first company to sign the pledge was Kestrel Analytics.",
        cues="latest newest recent first last",
    ),
    _c(
        "latest-being",
        r"\b(?:{sign_verb}|{passive_sign}|{commit_verb})\b (?:\S+ ){0,8}?, (?:the )?"
        r"(?:latest|newest|most recent|first|last)(?: \S+)? (?:being|was|were|is|are) "
        r"(?:the )?LIST",
        Effect.SIGN,
        "Over 100 countries have now joined the initiative, the latest being Fiji and Tonga.",
        cues="latest newest recent first last",
    ),
    _c(
        "joint-statement-between",
        r"\bjoint (?:{statement_noun}) " + _ANY + r"{0,14}?(?:between|by|of|from) (?:the )?"
        r"(?:(?:[\w-]+ ){0,3}(?:ministries|ministers|governments|leaders|heads of state) "
        r"(?:of )?)?(?:the )?LIST",
        Effect.SIGN,
        "Joint Statement on Setting Up a Water Forum between the Water Ministries of Chile, "
        "Peru and Kenya",
        "A joint declaration on river data by Chile and Peru was published today.",
        min_items=2,
        cues="statement_noun",
        narrates=True,
    ),
    _c(
        "instrument-between",
        r"\b(?:{instrument_noun}|treaty|pact|arrangement) (?:\S+ ){0,2}?"
        r"between (?:the )?(?:governments? of )?(?:the )?LIST",
        Effect.SIGN,
        "The pact is a fisheries agreement between Chile, Peru and Ecuador.",
        min_items=2,
        cues="between",
    ),
    _c(
        "signed-between",
        r"\b(?:signed|co-signed|concluded) between (?:the )?(?:governments? of )?(?:the )?LIST",
        Effect.SIGN,
        "A joint statement of intent was published and signed between the Chilean "
        "government, Kestrel Analytics and industry.",
        cues="between",
    ),
    _c(
        "heading",
        r"^[=#*\s]*(?:\S+ ){0,3}{sign_noun}(?: \S+){0,4}[=#*\s]* LIST$",
        Effect.SIGN,
        "== Signatories ==\n- Chile\n- Peru",
        layouts=BLOCK_LAYOUTS,
        cues="sign_noun",
    ),
)
"""The list grammar, in the order it is tried: the first match decides."""
