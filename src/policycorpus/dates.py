"""Dates: explicit date expressions with their precision, and relative ones resolved.

Both :mod:`policycorpus.parse` (an article's published date) and
:mod:`policycorpus.extract` (when a commitment was made) use this module.

Grammar of the recognised expressions (case-insensitive; ``WD`` a weekday name,
``MON`` a month name or abbreviation, ``D`` a day 1-31 with an optional ordinal suffix,
``Y`` a four-digit year)::

    explicit  := [WD ","?] D "-" D? "of"? MON ","? Y      30 Oct 2023, Thursday 23rd May 2024
               | [WD ","?] MON D ("-" D)? "," Y           October 30th, 2023; March 19-20, 2024
               | MON ","? Y                               October 2023 (month precision)
               | Y "-" MM "-" DD  |  Y "/" MM "/" DD        2023-10-30 (ISO 8601), 2023/10/30
               | N "/" N "/" Y                            10/07/2025 (day or month first)
               | N "." N "." Y                            05.03.2025 (always day first)
               | N "/" N "/" YY                           11/2/14 (20YY, or 19YY from 70)
               | Y                                        2023 (year precision, 1800-2199)
    anchored  := D MON  |  MON D                           30 October, October 30th
               | "in"? MON                                 in October (no year follows)
    relative  := ("on" | "this" | "last" | "next")? WD     on Monday, this Wednesday
               | today | yesterday | tomorrow
               | (earlier | later)? (this | last | next) (week | month | year)

Explicit expressions are interpreted with :func:`dateutil.parser.parse`, run twice
with two different ``default`` datetimes: a field that differs between the two runs
was filled from the default, so it is reported as unknown. Nothing is ever filled from
today's date. Anchored and relative expressions need an anchor (the article's published
date) and say how they were resolved in :attr:`DateResolution.rule`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

import attrs
from dateutil import parser as _du_parser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from policycorpus._numerals import small_counts
from policycorpus.model import PartialDate

__all__ = [
    "FOREIGN_MONTHS",
    "DateMention",
    "DateResolution",
    "find_dates",
    "parse_date",
    "resolve_date",
]

# -- vocabulary -----------------------------------------------------------------------------

MONTHS: Final[dict[str, int]] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
"""Month names and abbreviations (lower case) to month numbers."""

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
"""Weekday names and abbreviations (lower case) to ``date.weekday()`` numbers."""


def _months(*names: str) -> dict[str, int]:
    """Twelve month names (or ``""`` for a month left out) -> {name: month number}."""
    assert len(names) == 12
    return {name: i for i, name in enumerate(names, 1) if name}


FOREIGN_MONTHS: Final[dict[str, int]] = {
    **_months("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
              "september", "oktober", "november", "dezember"),  # German
    "jänner": 1,
    "feber": 2,
    **_months("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"),  # French
    **_months("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"),  # Spanish
    "setiembre": 9,
    **_months("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre"),  # Italian
    **_months("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro"),  # Portuguese
    **_months("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"),  # Dutch
    **_months("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),  # Swedish
    **_months("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
              "september", "oktober", "november", "december"),  # Danish
    **_months("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",
              "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta",
              "joulukuuta"),  # Finnish, as in dates ("11. toukokuuta 2022")
    **_months("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
              "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"),
    **_months("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
              "września", "października", "", "grudnia"),  # Polish ("listopada" is ambiguous)
    **_months("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
              "wrzesień", "październik", "", "grudzień"),
    **_months("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
              "září", "října", "listopadu", "prosince"),  # Czech
    **_months("leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen",
              "září", "říjen", "", "prosinec"),
    **_months("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
              "septembra", "októbra", "novembra", "decembra"),  # Slovak
    **_months("január", "február", "marec", "apríl", "máj", "jún", "júl", "august",
              "september", "október", "november", "december"),
    **_months("januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust",
              "september", "oktober", "november", "december"),  # Slovenian
    **_months("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
              "kolovoza", "rujna", "", "studenoga", "prosinca"),  # Croatian
    **_months("siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj",
              "kolovoz", "rujan", "", "studeni", "prosinac"),
    **_months("január", "február", "március", "április", "május", "június", "július",
              "augusztus", "szeptember", "október", "november", "december"),  # Hungarian
    **_months("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
              "septembrie", "octombrie", "noiembrie", "decembrie"),  # Romanian
    **_months("януари", "февруари", "март", "април", "май", "юни", "юли", "август",
              "септември", "октомври", "ноември", "декември"),  # Bulgarian
    **_months("ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου",
              "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου",
              "δεκεμβρίου"),  # Greek (genitive, as in dates)
    **_months("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
              "september", "oktoober", "november", "detsember"),  # Estonian
    **_months("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs",
              "augusts", "septembris", "oktobris", "novembris", "decembris"),  # Latvian
    **_months("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
              "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"),  # Lithuanian
    **_months("eanáir", "feabhra", "márta", "aibreán", "bealtaine", "meitheamh", "iúil",
              "lúnasa", "meán fómhair", "deireadh fómhair", "samhain", "nollaig"),  # Irish
    **_months("jannar", "frar", "marzu", "april", "mejju", "ġunju", "lulju", "awwissu",
              "settembru", "ottubru", "novembru", "diċembru"),  # Maltese
    **_months("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst",
              "medi", "hydref", "tachwedd", "rhagfyr"),  # Welsh
}  # fmt: skip
"""Month names of the EU's official languages and Welsh (lower case) -> month number, as
official pages show them in their chrome ("Datum der Veröffentlichung 11 Mai 2022",
"21 Rhagfyr 2023"). Read only in a full date with a day and a year, never alone."""

_DU_WEEKDAYS: Final = (MO, TU, WE, TH, FR, SA, SU)
_FULL_WEEKDAYS: Final = tuple(k for k in WEEKDAYS if len(k) > 4 or k == "sunday")

# -- the recognisers --------------------------------------------------------------------------

_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WD = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\.?"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|2[01]\d\d)"
_NB = r"(?<![\d.,/-])"  # not inside a longer number (letters may precede: "article10")
_NA = r"(?![\d%])"  # no digit or percent sign follows
_COUNT = r"\d{1,3}|an?|" + "|".join(sorted(small_counts(1, 19), key=lambda w: -len(w)))
_COUNTS: Final = small_counts(0, 19) | {"a": 1, "an": 1}

_FMON = "|".join(
    re.escape(name).replace(r"\ ", r"\s") for name in sorted(FOREIGN_MONTHS, key=lambda n: -len(n))
)
_TIME = r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s?[A-Z]{2,4})?"
_DAYS_TO = r"(?:\s?[-–]\s?|\s(?:and|to|&)\s)"
"""Between the two days of a span ("4-5 December", "5 and 6 March", "1 to 3 July",
"June 12 & 13"): the span's date is its first day."""
_FORD = r"er|re|af|il|ydd|edd|ed|fed|eg|º|ª|°"
"""Ordinal endings of a day before a foreign month: French "1er", Welsh "1af", "2il",
"3ydd", "5ed", "7fed", "11eg", Spanish and Portuguese "1º"."""
_TRAILING_TIME: Final = re.compile(
    r"(?:T|\s|,\s)(?:at\s)?[0-2]?\d[:.][0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?"
    r"(?:\s?[ap]\.?m\.?)?(?:\s?(?:Z|[+-]\d\d:?\d\d|\(?[A-Z]{2,5}\)?))?\Z",
    re.IGNORECASE,
)
"""A time (and zone) after a date, as time stamps and mail headers write it:
"2023-09-25T10:00:00Z", "Wed, 05 Aug 2015 12:00:00 GMT", "5 March 2024, 10:30 am"."""
_LEADING_TIME: Final = re.compile(
    r"[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s?(?:[ap]\.?m\.?|[AP]M))?(?:\s?(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]T))?"
    r"(?:,\s?|\s[-–|]\s|\s)",
)
"""A time before a date: "10:36, 5 September 2023", "09:00 BST 4 June 2024"."""

# Every alternative below holds a digit or a word of _DATE_CUE (text with neither is not
# searched): a new alternative without a digit needs its word there too.
_EXPLICIT_SRC: Final = (
    rf"(?P<dmy>{_NB}(?:{_WD},?\s)?(?P<dmy_d>{_D})(?:{_DAYS_TO}{_D})?(?:\s(?:of\s)?|-)?(?P<dmy_m>{_MON})(?:,?\s|-)?(?P<dmy_y>{_Y}){_NA})"
    rf"|(?P<mdy>(?<![\w])(?:{_WD},?\s)?(?P<mdy_m>{_MON})\s(?P<mdy_d>{_D})(?:{_DAYS_TO}{_D})?,?\s(?:{_TIME}\s)?(?P<mdy_y>{_Y}){_NA})"
    rf"|(?P<ydm>{_NB}(?P<ydm_y>{_Y})\s(?P<ydm_d>{_D})\s(?P<ydm_m>{_MON})(?![\w]))"
    rf"|(?P<iso>{_NB}(?P<iso_y>{_Y})(?P<isep>[-/.])(?P<iso_m>[01]?\d)(?P=isep)(?P<iso_d>[0-3]?\d)(?![\d]))"
    rf"|(?P<num>{_NB}(?P<num_a>[0-3]?\d)(?P<sep>[/.-])(?P<num_b>[0-3]?\d)(?P=sep)(?P<num_y>{_Y}){_NA})"
    rf"|(?P<eu>{_NB}(?P<eu_d>[0-3]?\d)(?:{_FORD})?\.?\s(?:de\s)?(?P<eu_m>{_FMON})\.?,?\s(?:de\s)?(?P<eu_y>{_Y}){_NA})"
    rf"|(?P<hu>{_NB}(?P<hu_y>{_Y})\.\s?(?P<hu_m>{_FMON})\s(?P<hu_d>[0-3]?\d)\.?(?![\d]))"
    rf"|(?P<num2>{_NB}(?P<num2_a>[0-3]?\d)/(?P<num2_b>[0-3]?\d)/(?P<num2_y>\d\d)(?![\d/%.,]\d|[\d/%]))"
    rf"|(?P<my>(?<![\w])(?P<my_m>{_MON}),?\s(?P<my_y>{_Y}){_NA})"
    rf"|(?P<dm>{_NB}(?<!:)(?P<dm_d>{_D})(?:{_DAYS_TO}{_D})?\s(?:of\s)?(?P<dm_m>{_MON})(?![\w]))"
    rf"|(?P<md>(?<![\w])(?P<md_m>{_MON})\s(?P<md_d>{_D})(?![\w\d]|:\d))"
    rf"|(?P<rel>(?<![\w])(?:(?:earlier|later)\s(?:this|last|next)\s(?:week|month|year)"
    rf"|(?:this|last|next)\s(?:week|month|year|decade)"
    rf"|(?:on|this|last|next|by|from)\s(?:{'|'.join(_FULL_WEEKDAYS)})(?!,?\s(?:\d|{_MON}\s))"
    rf"|(?:(?:{_COUNT})\s(?:day|week|month|year|decade)s?|a\sfortnight)\sago"
    rf"|in\s(?:(?:{_COUNT})\s(?:day|week|month|year|decade)s?|a\sfortnight)"
    rf"(?!\s(?:time\s)?(?:of|to|after|before))"
    rf"|(?:the\s)?day\s(?:before\syesterday|after\stomorrow)"
    rf"|today|yesterday|tomorrow|tonight|this\s(?:morning|afternoon|evening))(?![\w]))"
    rf"|(?P<wire>(?<=\s)(?:said|says|announced|told|signed|agreed|pledged|confirmed|met"
    rf"|unveiled|launched|released|published|issued|stated|declared|vowed|promised|committed)"
    rf"\s(?P<wire_d>{'|'.join(_FULL_WEEKDAYS)})(?![\w])(?!,?\s(?:\d|{_MON}\s)))"
    rf"|(?P<inmon>(?<![\w])in\s(?P<inmon_m>january|february|march|april|june|july|august|september|october|november|december)(?![\w])(?!,?\s{_Y}(?!\d)))"
    rf"|(?P<year>(?<![\w$£€.,/-])(?P<year_y>{_Y})(?![\w%]|[.,]\d))"
)
_EXPLICIT: Final = re.compile(_EXPLICIT_SRC, re.IGNORECASE)
_DATE_CUE: Final = re.compile(
    r"\d|day|week|month|year|decade|fortnight|tomorrow|tonight|morning|afternoon|evening"
    r"|thurs|january|february|march|april"
    r"|june|july|august|september|october|november|december",
    re.IGNORECASE,
)
"""What every date expression of :data:`_EXPLICIT` holds: a digit, or a word of a relative
date, a weekday ("thurs" is the one weekday form without "day") or a month written in full
(with no digit, only ``rel``, ``wire`` and ``inmon`` can match). Text without any is read no
further."""

_EDGE_PUNCT: Final = " \t\n,.;:()[]•·-–—|"

# -- records --------------------------------------------------------------------------------


@attrs.frozen
class DateResolution:
    """A date expression resolved to a (partial) calendar date."""

    date: PartialDate
    """The date, at the precision the expression gives."""
    rule: str
    """How it was obtained: ``explicit``, ``weekday-before-anchor``, ``month-of-anchor-year``..."""
    text: str
    """The expression as written."""


@attrs.frozen
class DateMention:
    """A date expression found in a text, resolved when possible."""

    start: int
    """Offset of the expression's first character in the searched text."""
    end: int
    """Offset one past its last character."""
    resolution: DateResolution | None
    """The resolved date, or ``None`` when nothing anchors a relative expression."""


# -- explicit dates via dateutil -----------------------------------------------------------------

_DEFAULT_A: Final = dt.datetime(2000, 1, 1)
_DEFAULT_B: Final = dt.datetime(2004, 2, 2)


def _dateutil_partial(text: str, *, dayfirst: bool) -> PartialDate | None:
    """Interpret ``text`` with dateutil; fields dateutil took from the default are unknown."""
    try:
        a = _du_parser.parse(text, default=_DEFAULT_A, dayfirst=dayfirst)
        b = _du_parser.parse(text, default=_DEFAULT_B, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.year != b.year:
        return None  # never invent a year
    if a.month != b.month:
        return PartialDate(a.year)
    if a.day != b.day:
        return PartialDate(a.year, a.month)
    return PartialDate(a.year, a.month, a.day)


def _strip_ordinals(text: str) -> str:
    return re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text, flags=re.IGNORECASE)


def _numeric(a: int, b: int, year: int, dayfirst: bool | None) -> PartialDate | None:
    if dayfirst is None:
        if a > 12 >= b:
            dayfirst = True
        elif b > 12 >= a:
            dayfirst = False
        else:
            dayfirst = False  # dateutil's convention for an ambiguous 10/07/2025
    day, month = (a, b) if dayfirst else (b, a)
    if month > 12:  # the preferred reading is impossible: take the other one
        day, month = month, day
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _explicit(m: re.Match[str], dayfirst: bool | None) -> PartialDate | None:
    """The date of an explicit match, or ``None`` when the match is not explicit."""
    kind = m.lastgroup
    if kind in ("dmy", "mdy"):
        p = "dmy_" if kind == "dmy" else "mdy_"
        day = _strip_ordinals(m.group(p + "d"))
        text = f"{day} {m.group(p + 'm').rstrip('.')} {m.group(p + 'y')}"
        return _dateutil_partial(text, dayfirst=True)
    if kind == "ydm":
        day = _strip_ordinals(m.group("ydm_d"))
        return _dateutil_partial(
            f"{day} {m.group('ydm_m').rstrip('.')} {m.group('ydm_y')}", dayfirst=True
        )
    if kind in ("eu", "hu"):
        p = kind + "_"
        month = FOREIGN_MONTHS[" ".join(m.group(p + "m").lower().split())]
        try:
            return PartialDate(int(m.group(p + "y")), month, int(m.group(p + "d")))
        except ValueError:
            return None
    if kind == "iso":
        try:
            return PartialDate(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
        except ValueError:
            return None
    if kind == "num":
        # dotted numeric dates ("05.03.2025") are written day first wherever they are used;
        # dashed ones ("17-06-2014") follow the page's evidence, as slashed ones do
        first = True if m.group("sep") == "." else dayfirst
        return _numeric(int(m.group("num_a")), int(m.group("num_b")), int(m.group("num_y")), first)
    if kind == "num2":  # "11/2/14": a two-digit year is read as 20YY (19YY from 70 on)
        yy = int(m.group("num2_y"))
        year = 2000 + yy if yy < 70 else 1900 + yy
        return _numeric(int(m.group("num2_a")), int(m.group("num2_b")), year, dayfirst)
    if kind == "my":
        return _dateutil_partial(f"{m.group('my_m').rstrip('.')} {m.group('my_y')}", dayfirst=True)
    if kind == "year":
        return PartialDate(int(m.group("year_y")))
    return None


def parse_date(text: str, *, dayfirst: bool | None = None) -> PartialDate | None:
    """One explicit date expression, keeping its precision; ``None`` when it is not one.

    ``"30 Oct 2023"`` and ``"October 30th, 2023"`` give day precision, ``"October 2023"``
    month precision, ``"2023"`` year precision. ``dayfirst`` settles numeric dates such as
    ``"10/07/2025"``; when ``None``, an impossible reading is ruled out and a still
    ambiguous one is read month first, as dateutil does. Relative expressions ("on Monday")
    give ``None``: see :func:`resolve_date`.
    """
    stripped = text.strip(_EDGE_PUNCT)
    if not stripped or len(stripped) > 64:
        return None
    m = _EXPLICIT.fullmatch(stripped)
    if m is None:
        # a time stamp's date ("2023-09-25T10:00:00Z", "Wed, 05 Aug 2015 12:00:00 GMT"),
        # or a date led by "the" ("the 5th of March, 2020")
        timed = _TRAILING_TIME.search(stripped)
        if timed is not None:
            stripped = stripped[: timed.start()].rstrip(_EDGE_PUNCT)
        else:
            leading = _LEADING_TIME.match(stripped)  # "10:36, 5 September 2023"
            if leading is not None:
                stripped = stripped[leading.end() :]
        if stripped[:4].lower() == "the ":
            stripped = stripped[4:]
        m = _EXPLICIT.fullmatch(stripped) if stripped else None
        if m is None:
            return None
    return _explicit(m, dayfirst)


# -- relative dates ---------------------------------------------------------------------------


def _month_start(date: dt.date) -> PartialDate:
    return PartialDate(date.year, date.month)


def _shifted(anchor: PartialDate, count: int, unit: str) -> tuple[PartialDate, str] | None:
    """``anchor`` moved by ``count`` days, weeks, months or years, at the precision the unit
    gives (and the anchor has): "3 days ago" a day, "2 months ago" a month, "in 5 years" a
    year."""
    direction = "before" if count < 0 else "after"
    rule = f"{unit}s-{direction}-anchor"
    if unit in ("year", "decade"):
        year = anchor.year + count * (10 if unit == "decade" else 1)
        return (PartialDate(year), rule) if 1 <= year <= 9999 else None
    if anchor.month is None:
        return None
    if unit == "month":
        base = dt.date(anchor.year, anchor.month, 1) + relativedelta(months=count)
        return _month_start(base), rule
    day = anchor.to_date()
    if day is None:
        return None
    days = count * (7 if unit == "week" else 1)
    return PartialDate.from_date(day + dt.timedelta(days=days)), rule


def _relative(expr: str, anchor: PartialDate) -> tuple[PartialDate, str] | None:
    """Resolve a relative expression (lower case, single-spaced) against ``anchor``."""
    words = expr.split()
    day = anchor.to_date()
    last = words[-1]
    if last == "fortnight":  # "in a fortnight"
        return _shifted(anchor, 2, "week")
    if last == "ago":
        if words[-2] == "fortnight":
            return _shifted(anchor, -2, "week")
        count = int(words[0]) if words[0].isdigit() else _COUNTS[words[0]]
        return _shifted(anchor, -count, words[1].rstrip("s"))
    if words[0] == "in" and len(words) == 3:
        count = int(words[1]) if words[1].isdigit() else _COUNTS[words[1]]
        return _shifted(anchor, count, words[2].rstrip("s"))
    if last == "decade":
        shift = {"this": 0, "last": -10, "next": 10}[words[-2]]
        return PartialDate(anchor.year + shift), f"{words[-2]}-decade-of-anchor"
    if words[-3:] in (["before", "yesterday"], ["after", "tomorrow"]) or words[-2:] in (
        ["before", "yesterday"],
        ["after", "tomorrow"],
    ):
        if day is None:
            return None
        if last == "yesterday":
            return PartialDate.from_date(day - dt.timedelta(days=2)), "two-days-before-anchor"
        return PartialDate.from_date(day + dt.timedelta(days=2)), "two-days-after-anchor"
    if last in ("year",):
        shift = {"this": 0, "last": -1, "next": 1}[words[-2]]
        if not 1 <= anchor.year + shift <= 9999:
            return None
        return PartialDate(anchor.year + shift), f"{words[-2]}-year-of-anchor"
    if last == "month":
        if anchor.month is None:
            return None
        shift = {"this": 0, "last": -1, "next": 1}[words[-2]]
        base = dt.date(anchor.year, anchor.month, 1) + relativedelta(months=shift)
        return _month_start(base), f"{words[-2]}-month-of-anchor"
    if day is None:
        return None  # weeks, weekdays and days need a day-precision anchor
    if last == "week":
        shift = {"this": 0, "last": -7, "next": 7}[words[-2]]
        return _month_start(day + dt.timedelta(days=shift)), f"{words[-2]}-week-of-anchor"
    if last in ("today", "tonight", "morning", "afternoon", "evening"):
        return PartialDate.from_date(day), "anchor-day"
    if last == "yesterday":
        return PartialDate.from_date(day - dt.timedelta(days=1)), "day-before-anchor"
    if last == "tomorrow":
        return PartialDate.from_date(day + dt.timedelta(days=1)), "day-after-anchor"
    if last in WEEKDAYS:
        wd: weekday = _DU_WEEKDAYS[WEEKDAYS[last]]
        lead = words[0] if len(words) > 1 else "on"
        if lead == "next":
            target = day + relativedelta(days=1, weekday=wd(+1))
            rule = "weekday-after-anchor"
        elif lead == "this":
            monday = day - dt.timedelta(days=day.weekday())
            target = monday + dt.timedelta(days=WEEKDAYS[last])
            rule = "weekday-in-anchor-week"
        elif lead == "last":
            target = day + relativedelta(days=-1, weekday=wd(-1))
            rule = "weekday-before-anchor"
        else:
            target = day + relativedelta(weekday=wd(-1))
            rule = "weekday-on-or-before-anchor"
        return PartialDate.from_date(target), rule
    return None


def _anchored(m: re.Match[str], anchor: PartialDate) -> tuple[PartialDate, str] | None:
    kind = m.lastgroup
    if kind in ("dm", "md"):
        p = "dm_" if kind == "dm" else "md_"
        month = MONTHS[m.group(p + "m").rstrip(".").lower()]
        day = int(_strip_ordinals(m.group(p + "d")))
        try:
            return PartialDate(anchor.year, month, day), "day-month-of-anchor-year"
        except ValueError:
            return None
    if kind == "inmon":
        return PartialDate(anchor.year, MONTHS[m.group("inmon_m").lower()]), "month-of-anchor-year"
    if kind == "rel":
        return _relative(" ".join(m.group("rel").lower().split()), anchor)
    if kind == "wire":  # "the minister said Friday": US wire style, against the dateline
        return _relative(m.group("wire_d").lower(), anchor)
    return None


def _resolve_match(
    m: re.Match[str], anchor: PartialDate | None, dayfirst: bool | None
) -> DateResolution | None:
    explicit = _explicit(m, dayfirst)
    if explicit is not None:
        return DateResolution(explicit, "explicit", m.group(0))
    if anchor is None:
        return None
    found = _anchored(m, anchor)
    if found is None:
        return None
    text = m.group("wire_d") if m.lastgroup == "wire" else m.group(0)
    return DateResolution(found[0], found[1], text)


def resolve_date(
    expression: str, anchor: PartialDate | None, *, dayfirst: bool | None = None
) -> DateResolution | None:
    """Resolve one date expression, explicit or relative, against ``anchor``.

    Explicit dates resolve without an anchor (rule ``"explicit"``). Relative ones ("on
    Monday", "last week", "this Wednesday", "earlier this year", "in October", "October
    30th") need the anchor (the article's published date, never the day it was
    retrieved: see :mod:`policycorpus.parse`) at enough precision, and record the rule
    used; without one the result is ``None``.
    """
    stripped = expression.strip(_EDGE_PUNCT)
    if not stripped or len(stripped) > 64:
        return None
    m = _EXPLICIT.fullmatch(stripped)
    if m is None:
        return None
    return _resolve_match(m, anchor, dayfirst)


def find_dates(
    text: str, anchor: PartialDate | None = None, *, dayfirst: bool | None = None
) -> tuple[DateMention, ...]:
    """Every date expression in ``text``, in order, resolved against ``anchor`` when possible.

    Bare years (1800-2199) are included at year precision, so callers can skip them
    when looking for figures. Without an anchor, a day and month with no year ("14
    March") takes the year of the nearest earlier explicit date in the text (rule
    ``day-month-of-earlier-date-year``; the adjacent year just across the new year), and
    a wire-style weekday ("said Friday") is dated against that date when it has a day
    (rule ``weekday-on-or-before-earlier-date``); any other mention whose expression needs
    an anchor has ``resolution`` ``None``.
    """
    out: list[DateMention] = []
    carried: PartialDate | None = None  # the nearest earlier explicit date (not a bare year)
    for m in _date_matches(text):
        if _lower_case_month(m):
            continue
        resolution = _resolve_match(m, anchor, dayfirst)
        if resolution is not None and resolution.rule == "explicit":
            if m.lastgroup != "year":
                carried = resolution.date
        elif resolution is None and anchor is None and carried is not None:
            resolution = _carried(m, carried)
        start = m.start("wire_d") if m.lastgroup == "wire" else m.start()
        out.append(DateMention(start, m.end(), resolution))
    return tuple(out)


_CUE_REACH: Final = 32
"""How far before its first :data:`_DATE_CUE` a date expression can start: the longest
lead-in is a verb and the front of a weekday ("announced wednes|day", 16 characters) or a
weekday and an abbreviated month before the day ("wednes., sept. |5", 15); 32 leaves room."""


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_EXPLICIT.finditer(text)``, without trying every position.

    Every date expression holds a cue (a digit or a date word, :data:`_DATE_CUE`) within
    :data:`_CUE_REACH` characters of its start, so the recogniser starts reading at most
    that far before the next cue and skips the cue-free text between. Its lookbehinds
    still see the characters before where it starts, and no match is empty, so the
    matches are the same as reading from the start."""
    pos = 0
    while True:
        cue = _DATE_CUE.search(text, pos)
        if cue is None:
            return
        m = _EXPLICIT.search(text, max(pos, cue.start() - _CUE_REACH))
        if m is None:
            return
        yield m
        pos = m.end()


def _carried(m: re.Match[str], earlier: PartialDate) -> DateResolution | None:
    """A day and month, or a wire-style weekday, dated by the nearest earlier explicit date.

    "14 March" takes that date's year, or the next (previous) one when the date lies just
    across the new year from it ("Dec 30, 2023 ... on 4 January" is 4 January 2024);
    "the minister said Friday" is the Friday on or before a day-precision date (the
    dateline's)."""
    if m.lastgroup == "wire":
        if earlier.day is None:
            return None
        found = _relative(m.group("wire_d").lower(), earlier)
        if found is None:
            return None
        rule = found[1].replace("anchor", "earlier-date")
        return DateResolution(found[0], rule, m.group("wire_d"))
    if m.lastgroup not in ("dm", "md"):
        return None
    found = _anchored(m, PartialDate(earlier.year))
    if found is None:
        return None
    date = found[0]
    before = earlier.to_date() or dt.date(earlier.year, earlier.month or 1, 1)
    same = date.to_date()
    if same is not None and abs((same - before).days) > _NEW_YEAR_FAR:
        step = 1 if same < before else -1
        try:
            other = PartialDate(date.year + step, date.month, date.day)
        except ValueError:
            other = None
        near = other.to_date() if other is not None else None
        if other is not None and near is not None and abs((near - before).days) <= _NEW_YEAR_NEAR:
            date = other
    return DateResolution(date, "day-month-of-earlier-date-year", m.group(0))


_NEW_YEAR_FAR: Final = 180
_NEW_YEAR_NEAR: Final = 62
"""A day and month more than ``_NEW_YEAR_FAR`` days from the earlier date in its year, but
within ``_NEW_YEAR_NEAR`` days of it across the new year, takes the adjacent year."""

_MONTH_GROUPS: Final = ("my_m", "dm_m", "md_m", "inmon_m")


def _lower_case_month(m: re.Match[str]) -> bool:
    """Whether the month word is written in lower case ("may", "march": not a month).

    A lower-case month with both a day and a year ("25th march 2015") is still a date."""
    for name in _MONTH_GROUPS:
        word = m.group(name)
        if word is not None:
            return word[0].islower()
    return False
