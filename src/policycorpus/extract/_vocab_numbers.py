"""Vocabulary for the number grammar and the statistics extractor.

Everything here is data: number words, scales, hedges, rate words, currencies (mapped to
ISO 4217), unit abbreviations, and the context words that mark a number as a year, a
date, an age, a phone number, a document reference or page chrome. The grammar that uses
these tables is written in the docstrings of :mod:`policycorpus.extract._numbers` and
:mod:`policycorpus.extract._statistics`. All keys are lower case unless stated.
"""

from __future__ import annotations

from typing import Final

from policycorpus import _numerals

# -- number words ------------------------------------------------------------------------

ONES: Final = _numerals.ONES
TEENS: Final = _numerals.TEENS
TENS: Final = _numerals.TENS
HUNDRED: Final = "hundred"
DOZEN: Final = "dozen"
SCALES: Final[dict[str, int]] = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    "lac": 10**5,
    "lacs": 10**5,
}
"""Scale words after a numeral or a number word ("1.2 million", "two billion"); the South
Asian "lakh" (100,000) and "crore" (10,000,000) are general vocabulary of Indian, Pakistani,
Bangladeshi and Nepali prose ("20.41 lakh" = 2,041,000)."""
FOREIGN_SCALES: Final[dict[str, int]] = {
    "millionen": 10**6,
    "milliarden": 10**9,
    "mio": 10**6,
    "mrd": 10**9,
    "millions": 10**6,
    "milliards": 10**9,
    "milliard": 10**9,
    "miljoen": 10**6,
    "miljard": 10**9,
    "miljoner": 10**6,
    "miljarder": 10**9,
    "millones": 10**6,
    "milioni": 10**6,
    "miliardi": 10**9,
    "milhões": 10**6,
    "mld": 10**9,
}
"""Scale words of the languages EU pages are written in, after a numeral ("2,5 Mrd.",
"1,2 millions d'euros", "3 Millionen"); a decimal comma before one is a decimal."""
SCALES.update(FOREIGN_SCALES)

STACKED_SCALES: Final[dict[str, frozenset[str]]] = {
    "lakh": frozenset({"crore", "crores"}),
    "thousand": frozenset({"crore", "crores"}),
    "hundred": frozenset({"crore", "crores"}),
}
"""A scale that another may follow, multiplying it: "1.5 lakh crore" = 1.5 * 10**12."""

SCALE_ABBREVIATIONS: Final[dict[str, int]] = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "bn": 10**9,
    "b": 10**9,
    "tn": 10**12,
    "trn": 10**12,
    "cr": 10**7,
}
"""Scales written straight after digits ("3m", "£5.2m", "$10bn"); also spaced after money
(``SPACED_MONEY_SCALES``: "£5 m", "₹500 cr")."""

SPACED_MONEY_SCALES: Final = frozenset({"m", "mn", "bn", "b", "cr"})

MONEY_ONLY_SCALES: Final[dict[str, int]] = {"T": 10**12}
"""Scale letters read only touching money, case-sensitive ("$1.7T" is 1.7 trillion; "10t"
may be tonnes)."""

CURRENCY_SUFFIXES: Final[dict[str, str]] = {
    "€": "EUR",
    "zł": "PLN",
    "Kč": "CZK",
    "Ft": "HUF",
    "lei": "RON",
    "лв": "BGN",
}
"""Currency symbols written after the figure, as many European pages do ("250 €",
"1.200€", "100 zł"), case-sensitive. ISO codes after a figure ("500 CHF") are read too."""

SIGN_WORDS: Final = frozenset({"minus", "negative"})
"""Words that make the figure after them negative ("minus £2m", "negative 4")."""
MINUS_SIGNS: Final = frozenset({"-", "−", "–"})
"""A minus sign touching a figure ("-0.3%", "−0.5 per cent")."""

WEIGHT_VERBS: Final = frozenset({"weigh", "weighs", "weighed", "weighing", "weighting"})
"""Before "N pounds" they make pounds a weight, not sterling ("weighs 20 pounds")."""

SOLO_WORDS_NEEDING_SUPPORT: Final = frozenset({"one", "zero"})
"""Number words that are not a figure alone ("one of", "no one"): they count only
with a percent, a scale, a currency, or as part of a longer number ("one hundred")."""

VAGUE_MAGNITUDES: Final[dict[str, int]] = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 10**3,
    "millions": 10**6,
    "billions": 10**9,
}
"""Plural magnitudes ("thousands of"), read as approximate minimums; "tens of thousands"
multiplies ("tens" = 10, "hundreds of thousands" = 100 000)."""

FRACTION_WORDS: Final[dict[str, str]] = {
    "half": "1/2",
    "quarter": "1/4",
    "third": "1/3",
    "fifth": "1/5",
    "sixth": "1/6",
    "seventh": "1/7",
    "eighth": "1/8",
    "ninth": "1/9",
    "tenth": "1/10",
    "twelfth": "1/12",
    "sixteenth": "1/16",
    "twentieth": "1/20",
    "hundredth": "1/100",
}
"""Fractions of a whole (numerator/denominator), read as exact percentages ("more than
half" = 50 percent, "a third" = 100/3 percent at Decimal's default precision)."""
VULGAR_FRACTIONS: Final[dict[str, str]] = {
    "½": "1/2",
    "¼": "1/4",
    "¾": "3/4",
    "⅓": "1/3",
    "⅔": "2/3",
}
"""Fraction characters, read like "half" ("more than ¾ of" = 75 percent)."""
_NUMERATORS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DENOMINATORS: Final = {
    "thirds": 3, "quarters": 4, "fifths": 5, "sixths": 6, "sevenths": 7, "eighths": 8,
    "ninths": 9, "tenths": 10, "elevenths": 11, "twelfths": 12, "sixteenths": 16,
    "twentieths": 20, "hundredths": 100,
}  # fmt: skip
FRACTION_MULTIPLES: Final[dict[str, str]] = {
    f"{word} {plural}": f"{n}/{den}"
    for n, word in enumerate(_NUMERATORS, 1)
    for plural, den in _DENOMINATORS.items()
    if 1 < n < den
}
"""Multiples of a fraction, hyphenated or not ("two-thirds", "three quarters", "three
eighths"): every proper fraction with a numerator of two to nine."""
FRACTION_PLURALS: Final = frozenset(_DENOMINATORS)
"""The plural fraction words that can follow a multiple ("two-thirds")."""

YEAR_NOUNS: Final = frozenset(
    {"levels", "level", "baseline", "baselines", "figures", "prices", "values", "terms"}
)
"""Nouns a year qualifies as a reference point ("below 2020 levels", "in 2015 prices")."""
DAY_LIST_JOINERS: Final = frozenset({",", "and", "or", "to", "-", "–", "‐", "&"})
"""Words joining the days of a date list ("2 and 3 December", "4-5 June")."""
DAY_LIST_MAX: Final = 6
"""How many days a date list may join before its month."""

# -- hedges ------------------------------------------------------------------------------

APPROX_HEDGES: Final = frozenset(
    {
        "nearly",
        "almost",
        "about",
        "around",
        "approximately",
        "approx",
        "approx.",
        "roughly",
        "some",
        "an estimated",
        "estimated",
        "close to",
        "circa",
        "c.",
        "ca.",
        "~",
        "more or less",
        "in the region of",
        "in the order of",
        "on the order of",
        "an approximate",
        "approximate",
        "almost exactly",
        "around about",
        "something like",
        "perhaps",
        "maybe",
        "possibly",
    }
)
TEMPERATURE_CUES: Final = frozenset(
    {"temperature", "temperatures", "warming", "heat", "heatwave", "degrees", "warmer",
     "hotter", "cooler", "colder", "celsius", "highs", "lows", "thermometer", "thermometers"}
)  # fmt: skip
"""Words before "30C" that make the "C" degrees Celsius (a decimal "1.5C" needs none)."""
DEGREES_CUE_REACH: Final = 14
"""How many tokens before a bare "degrees" a temperature word makes them Celsius (a
decimal is three tokens, so a short list of them fits: "warming to 2.1, 2.8 degrees")."""
SYMBOL_HEDGES: Final[dict[str, str]] = {
    ">": "min",
    "≥": "min",
    "⩾": "min",
    "<": "max",
    "≤": "max",
    "⩽": "max",
    "≈": "approx",
}
"""Comparison signs written onto a figure (">90%", "≤5", "≈40"): a bound or a hedge."""
MIN_HEDGES: Final = frozenset(
    {
        "at least",
        "more than",
        "over",
        "in excess of",
        "upwards of",
        "no fewer than",
        "no less than",
        "not less than",
        "not below",
        "no lower than",
        "not lower than",
        "a minimum of",
        "a minimum",
        "minimum",
        "above",
        "greater than",
        "exceeding",
        "just over",
        "well over",
        "well above",
        "just above",
        "slightly more than",
        "well in excess of",
        "some more than",
        "as few as",
        "as low as",
        "as little as",
        "exceed",
        "exceeds",
        "exceeded",
        "surpassing",
        "surpassed",
        "surpasses",
        "topped",
    }
)
INFOBOX_COUNT_LABELS: Final = frozenset(
    {
        "parties",
        "signatories",
        "members",
        "ratifiers",
        "employees",
        "staff",
        "volunteers",
        "participants",
        "states",
        "countries",
        "membership",
    }
)
"""Infobox labels whose row is a count, printed run into it ("Parties38")."""
INFOBOX_LABEL_UNITS: Final[dict[str, str]] = {"membership": "members"}
"""Labels that name the counted noun by another word ("Membership: | 42 |" counts members)."""

MEMBER_COMPOUNDS: Final[dict[str, str]] = {
    "country": "countries",
    "nation": "nations",
    "member": "members",
    "state": "states",
    "government": "governments",
    "party": "parties",
    "company": "companies",
    "city": "cities",
    "organisation": "organisations",
    "organization": "organizations",
}
"""A compound's member noun after a count ("a 77-country alliance"): the group's size."""

MEMBERSHIP_NOUNS: Final[dict[str, str]] = {
    "membership": "members",
    "workforce": "staff",
    "headcount": "staff",
    "attendance": "attendees",
    "readership": "readers",
}
"""Collective subjects of a change verb and what their figure counts ("membership grew to
50" counts members)."""

POSSESSIVES: Final = frozenset({"our", "their", "your", "its", "his", "her", "my"})
"""Determiners before a number word that refers to known parties ("our two countries")."""

TIMES_VERBS: Final[dict[str, str]] = {
    "downloaded": "downloads",
    "viewed": "views",
    "watched": "views",
    "visited": "visits",
    "shared": "shares",
    "streamed": "streams",
    "played": "plays",
    "clicked": "clicks",
    "searched": "searches",
    "installed": "installs",
}
"""Verbs whose "N times" counts their events: "downloaded 2 million times" is downloads."""

TOTAL_NOUNS: Final = frozenset({"total", "tally", "count"})
"""Subjects that total the previous sentence's count ("the tally rose to 70")."""

THRESHOLD_VERBS: Final = frozenset({"passed", "crossed"})
"""Verbs that make a bare figure after them a minimum ("the total had passed 70"); a
figure with its own noun ("passed 70 laws") is a plain count."""

MAX_HEDGES: Final = frozenset(
    {
        "up to",
        "fewer than",
        "less than",
        "under",
        "as many as",
        "as much as",
        "below",
        "at most",
        "no more than",
        "not more than",
        "a maximum of",
        "a maximum",
        "maximum",
        "not exceeding",
        "not to exceed",
        "not over",
        "not above",
        "no greater than",
        "not greater than",
        "no higher than",
        "not higher than",
        "just under",
        "just below",
        "slightly less than",
        "slightly fewer than",
        "a little under",
        "as high as",
        "as large as",
    }
)
HEDGE_MAX_WORDS: Final = 4
"""The longest hedge, in words."""

POST_MIN_HEDGES: Final = frozenset({"or more", "or over", "and over", "and above", "or above"})
POST_MAX_HEDGES: Final = frozenset({"or fewer", "or less", "or under", "or below"})
POST_APPROX_HEDGES: Final = frozenset({"or so"})
"""Hedges after a figure that make it approximate ("Eighty companies or so")."""

# -- rates -------------------------------------------------------------------------------

PERIODS: Final[dict[str, str]] = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "fortnight": "fortnight",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "annum": "year",
    "decade": "decade",
}
FIELD_UNITS: Final[dict[str, tuple[str, str | None]]] = {
    # the last words of an infobox row's label -> (unit, per) of its value
    "km2": ("km2", None),
    "sq mi": ("sq mi", None),
    "population": ("people", None),
    "population estimate": ("people", None),
    "population census": ("people", None),
    "density km2": ("people", "km2"),
    "density sq mi": ("people", "sq mi"),
    "members": ("members", None),
    "signatories": ("signatories", None),
    "parties": ("parties", None),
    "staff": ("staff", None),
    "employees": ("employees", None),
}
PER_PERSON: Final = frozenset({"capita", "head", "person", "persons", "people", "inhabitant"})
"""Denominators after "per" that mean one person ("per capita", "per head")."""
PER_PEOPLE: Final = frozenset(
    {"citizen", "resident", "child", "pupil", "student", "household", "worker", "employee",
     "patient", "family", "adult", "user", "member"}
)  # fmt: skip
"""People a figure is counted per ("per pupil", "per household"): the rate's ``per``."""
RATE_LEADS: Final = frozenset({"a", "an", "per", "each", "every"})
"""Words that make "<lead> <period>" a rate after a figure ("800 a month", "per year")."""
RATE_ADVERBS: Final[dict[str, str]] = {
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
    "a year": "year",
}
OPENING_RATE_REACH: Final = 60
"""How many tokens after a sentence-opening "Each year," its rate may reach (bounds the
scan, keeping the pass linear)."""

OPENING_RATE_BREAKS: Final = frozenset(
    {
        "since",
        "total",
        "overall",
        "altogether",
        "cumulative",
        "cumulatively",
        "far",
        "ago",
        "founded",
        "established",
        "launched",
        "created",
        "which",
        "who",
        "whose",
        "whom",
        "employs",
        "currently",
        "now",
        "today",
        "last",
        "previous",
        "ever",
        "record",
    }
)
"""Words after a sentence-opening "Each year," that end its reach: figures after them are
totals, stocks or side remarks ("since 2015", "in total", "a team of", "which has"), not
yearly flows. A year or a month after the opening ends it too."""

SUBJECT_RATE_VERBS: Final = frozenset(
    {
        "reached",
        "reaches",
        "was",
        "is",
        "were",
        "are",
        "stood",
        "stands",
        "totalled",
        "totaled",
        "totals",
        "averaged",
        "averages",
        "hit",
        "rose",
        "fell",
        "climbed",
        "grew",
        "exceeded",
    }
)
"""Verbs between a subject ending in a rate and the figure: "blocked daily reached 4.7
million", "the sum spent each year is £2m"."""

IRREGULAR_PARTICIPLES: Final = frozenset(
    {"spent", "lost", "paid", "sent", "made", "taken", "seen", "given", "built", "sold"}
)
"""Participles after a figure that a rate may follow ("£2m spent annually")."""

RATE_ABBREVIATIONS: Final[dict[str, str]] = {
    "yoy": "year",
    "YoY": "year",
    "YOY": "year",
    "y/y": "year",
    "Y/Y": "year",
    "y-o-y": "year",
    "p.a.": "year",
    "pa": "year",
    "pcm": "month",
    "pw": "week",
    "p.w.": "week",
}
"""Rate abbreviations after a figure, as their touching tokens spell them, case and all
("2% y/y", "£9,250 p.a.", "£800 pcm"; "PA" is an assistant)."""

RATE_ADJECTIVES: Final[dict[str, str]] = {
    "annual": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
}
"""Before a figure: "an annual figure of 4%" gives ``per`` "year"."""

# -- percentages and units ---------------------------------------------------------------

PERCENT_WORDS: Final = frozenset({"percent", "pct"})
PERCENT_ATTACHED: Final = frozenset({"pc"})
"""Percent written after the figure, British press style ("5pc", "0.5pc", "0.2 pc in
June"); spaced and before a noun ("5 pc units") it is a computer."""
DIMENSION_ADJECTIVES: Final = frozenset(
    {"long", "tall", "high", "deep", "wide", "thick", "across", "away", "apart"}
)
"""After a measure ("3.5 km long", "100 m tall") they end the unit, never are it."""
"""One-word percent after a figure; "per cent" and "%" are handled by the grammar."""
PERCENT_UNIT: Final = "percent"
PERCENTAGE_POINT_UNIT: Final = "percentage point"
BASIS_POINT_UNIT: Final = "basis points"
POINT_ABBREVIATIONS: Final[dict[str, str]] = {
    "bps": BASIS_POINT_UNIT,
    "bp": BASIS_POINT_UNIT,
    "ppt": PERCENTAGE_POINT_UNIT,
    "ppts": PERCENTAGE_POINT_UNIT,
}
"""Point units written short after a figure ("25bps", "3 ppts")."""

ATTACHED_UNITS: Final[dict[str, str]] = {
    "tw": "TW",
    "gw": "GW",
    "mw": "MW",
    "kw": "kW",
    "twh": "TWh",
    "gwh": "GWh",
    "mwh": "MWh",
    "kwh": "kWh",
    "km": "km",
    "kg": "kg",
    "mt": "Mt",
    "gt": "Gt",
    "ha": "ha",
    "tb": "TB",
    "gb": "GB",
    "mb": "MB",
    "mph": "mph",
    "cm": "cm",
    "mm": "mm",
}
"""Unit abbreviations written after a figure ("5GW", "11 TW"), in their standard case:
the unit as the page prints it, as annotators and readers quote it."""

FILE_SIZE_UNITS: Final = frozenset({"kb", "kib", "mb", "mib", "gb", "gib", "bytes"})
"""Units of a download's size: "Download PDF (212 KB)" is page chrome, not a figure."""
FILE_SIZE_ALWAYS: Final = frozenset({"kb", "kib", "mib", "gib"})
"""File-size units that never measure anything else in policy text."""
FILE_WORDS: Final = frozenset(
    {"pdf", "docx", "doc", "odt", "xlsx", "xls", "csv", "ods", "zip", "rtf", "pptx", "epub",
     "html", "download", "attachment", "file", "size", "kb", "mb"}
)  # fmt: skip
"""Words near a figure that make a megabyte count a file size ("PDF, 1.2MB")."""

SQUARE_UNITS: Final[dict[str, str]] = {
    "km": "square kilometres",
    "kilometres": "square kilometres",
    "kilometers": "square kilometres",
    "mi": "square miles",
    "miles": "square miles",
    "m": "square metres",
    "metres": "square metres",
    "meters": "square metres",
    "ft": "square feet",
    "feet": "square feet",
}
"""Areas after "sq" or "square" ("5,000 sq km", "40 square miles")."""

DEGREE_UNITS: Final[dict[str, str]] = {"c": "degrees Celsius", "f": "degrees Fahrenheit"}

PARTITIVE_NOUNS: Final = frozenset(
    {
        "piece",
        "pieces",
        "item",
        "items",
        "head",
        "heads",
        "pair",
        "pairs",
        "bit",
        "bits",
        # containers and measures of a substance: "1.7 million barrels of oil"
        "barrel",
        "barrels",
        "tonne",
        "tonnes",
        "ton",
        "tons",
        "litre",
        "litres",
        "liter",
        "liters",
        "gallon",
        "gallons",
        "bag",
        "bags",
        "bottle",
        "bottles",
        "doses",
        "sacks",
        "cubic",
    }
)
"""Nouns that take their unit from an "of" phrase: "2,966,773 pieces of material"."""

COLLECTIVE_NOUNS: Final = frozenset(
    {
        "coalition",
        "group",
        "alliance",
        "team",
        "force",
        "delegation",
        "crowd",
        "army",
        "workforce",
        "network",
        "bloc",
        "body",
        "membership",
        "panel",
        "contingent",
    }
)
"""Heads of "190-strong coalition (of countries)": the unit is what the group is of."""

# -- currencies --------------------------------------------------------------------------

DOLLAR: Final = "$"
"""Placeholder for a bare dollar, resolved from the article's context."""

CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "$": DOLLAR,
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "aud$": "AUD",
    "nz$": "NZD",
    "c$": "CAD",
    "ca$": "CAD",
    "s$": "SGD",
    "hk$": "HKD",
    "r$": "BRL",
    "cn¥": "CNY",
    "rmb¥": "CNY",
    "jp¥": "JPY",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₦": "NGN",
    "₱": "PHP",
    "₺": "TRY",
    "₽": "RUB",
    "₴": "UAH",
    "₪": "ILS",
    "₫": "VND",
    "₵": "GHS",
    "৳": "BDT",
}
"""Symbols before a figure (prefix letters lower-cased: "US$" is "us$")."""

LETTER_CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "Sh": "KES",
    "KSh": "KES",
    "Ksh": "KES",
    "KShs": "KES",
    "Rs": "INR",
    "Rp": "IDR",
    "RM": "MYR",
    "Tk": "BDT",
    "RMB": "CNY",
}
"""Letter abbreviations written before a figure, case-sensitive ("Sh2.4 billion", "Rs 500",
"Rs. 1,200 crore", "RM3m"); see also ``SCALED_LETTER_PREFIXES``."""

SCALED_LETTER_PREFIXES: Final[dict[str, str]] = {"R": "ZAR", "N": "NGN"}
"""Single letters that are a currency only touching a scaled figure ("R5bn", "N5 billion";
not "N95 masks")."""

PENCE_SUFFIXES: Final[dict[str, tuple[str, int]]] = {"p": ("GBP", 100)}
"""A minor-unit letter touching digits: "75p" is GBP 0.75."""
PENCE_MAX: Final = 100
"""Pence are written below a pound ("99p", "2.5p"); "1080p" is a video resolution."""

ISO_CODES: Final = frozenset(
    {
        "USD",
        "EUR",
        "GBP",
        "AUD",
        "NZD",
        "CAD",
        "JPY",
        "CHF",
        "CNY",
        "INR",
        "SGD",
        "HKD",
        "ZAR",
        "SEK",
        "NOK",
        "DKK",
        "BRL",
        "KRW",
        "NGN",
        "KES",
        "MXN",
        "PKR",
        "BDT",
        "LKR",
        "NPR",
        "IDR",
        "MYR",
        "THB",
        "VND",
        "TRY",
        "RUB",
        "UAH",
        "ILS",
        "EGP",
        "GHS",
        "UGX",
        "TZS",
        "RWF",
        "ETB",
        "ZMW",
        "AED",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "ARS",
        "CLP",
    }
)
"""ISO 4217 codes written before or after a figure ("EUR 175 million")."""

CURRENCY_WORDS: Final[dict[str, str]] = {
    "dollar": DOLLAR,
    "dollars": DOLLAR,
    "euro": "EUR",
    "euros": "EUR",
    "d'euros": "EUR",
    "d’euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "franc": "CHF",
    "francs": "CHF",
    "rand": "ZAR",
    "naira": "NGN",
    "shillings": "KES",
    "shilling": "KES",
    "pesos": "MXN",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "taka": "BDT",
    "cedis": "GHS",
    "birr": "ETB",
    "baht": "THB",
    "roubles": "RUB",
    "rubles": "RUB",
    "hryvnias": "UAH",
    "zlotys": "PLN",
    "zloty": "PLN",
    "lira": "TRY",
    "dirhams": "AED",
}
"""Currency names after a figure ("2.3 billion euros")."""

DOLLAR_ADJECTIVES: Final[dict[str, str]] = {
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "australian": "AUD",
    "canadian": "CAD",
    "singapore": "SGD",
    "zealand": "NZD",
    "nz": "NZD",
    "kong": "HKD",
}
"""The word before "dollars" that names its country ("Australian dollars")."""

NAMED_CURRENCIES: Final[dict[str, str]] = {
    "swiss franc": "CHF",
    "swiss francs": "CHF",
    "japanese yen": "JPY",
    "chinese yuan": "CNY",
    "indian rupee": "INR",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "kenyan shillings": "KES",
    "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS",
    "mexican pesos": "MXN",
    "philippine pesos": "PHP",
    "argentine pesos": "ARS",
    "chilean pesos": "CLP",
    "colombian pesos": "COP",
    "nigerian naira": "NGN",
    "russian roubles": "RUB",
    "russian rubles": "RUB",
    "turkish lira": "TRY",
    "danish kroner": "DKK",
    "norwegian kroner": "NOK",
    "swedish kronor": "SEK",
    "swedish krona": "SEK",
    "brazilian reais": "BRL",
    "polish zlotys": "PLN",
    "hungarian forints": "HUF",
    "czech korunas": "CZK",
    "south african rand": "ZAR",
    "saudi riyals": "SAR",
    "uae dirhams": "AED",
}
"""A country's adjective and its currency's name after a figure ("12 million Swiss
francs"): the currency, not the bare name ("francs") as a head noun."""

DOLLAR_CONTEXT: Final[dict[str, tuple[str, ...]]] = {
    "USD": (
        "United States",
        "U.S.",
        "America",
        "Washington",
        "Congress",
        "federal",
        "White House",
        "Department of Justice",
        "Department of State",
        "Homeland Security",
        "FBI",
    ),
    "AUD": (
        "Australia",
        "eSafety",
        "Canberra",
        "Commonwealth Government",
        "Albanese",
        "Sydney",
        "Melbourne",
    ),
    "NZD": ("New Zealand", "Aotearoa", "Wellington", "Te Tari", "Auckland"),
    "CAD": ("Canada", "Canadian", "Ottawa", "Ontario"),
    "SGD": ("Singapore",),
    "HKD": ("Hong Kong",),
}
"""Words whose mentions decide which dollar a bare "$" is: the code with the most
mentions wins over USD only when it has more than the USD words."""

DOLLAR_DOMAINS: Final[dict[str, str]] = {
    ".au": "AUD",
    ".nz": "NZD",
    ".ca": "CAD",
    ".sg": "SGD",
    ".hk": "HKD",
    ".gov": "USD",
    ".mil": "USD",
}
"""Top-level domains of a source URL that decide a bare "$"."""

DOLLAR_CODES: Final = frozenset({"USD", "AUD", "NZD", "CAD", "SGD", "HKD"})
"""Dollars a prefixed sign writes out ("NZ$", "A$"): one of them in an article decides a
bare "$" there."""

# -- context that makes a number something other than a statistic ------------------------

MONTHS: Final = frozenset(
    {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    }
)
"""Month names, case-sensitive (capitalised), so the modal "may" is not a month."""

WEEKDAYS: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th"})
TIME_SUFFIXES: Final = frozenset({"am", "pm", "a.m", "p.m", "hrs", "h", "gmt", "utc", "bst"})

DOCUMENT_WORDS: Final = frozenset(
    {
        "volume",
        "vol",
        "section",
        "sections",
        "article",
        "articles",
        "chapter",
        "part",
        "directive",
        "regulation",
        "resolution",
        "rule",
        "clause",
        "schedule",
        "annex",
        "appendix",
        "table",
        "figure",
        "fig",
        "page",
        "pages",
        "p",
        "pp",
        "paragraph",
        "paragraphs",
        "para",
        "no",
        "nos",
        "bill",
        "amendment",
        "level",
        "phase",
        "tier",
        "stage",
        "grade",
        "room",
        "flight",
        "id",
        "reference",
        "class",
        "category",
        "route",
        "step",
        "question",
        "principle",
        "version",
        "box",
        "exhibit",
        "title",
        "item",
        "footnote",
        "note",
        "sdg",
        "subsection",
        "recommendation",
        "column",
        "line",
        "ref",
        "act",
        "order",
        "case",
        "episode",
        "season",
        "series",
        "unit",
        "ward",
        "district",
        "road",
        "street",
        "avenue",
        "floor",
        "suite",
        "gate",
        "platform",
        "number",
        "goal",
        "target",
        "image",
        "photo",
        "picture",
        "slide",
        "motion",
        "res",
        "petition",
    }
)
"""Words whose following number is a reference, not a figure ("section 56", "Volume 816",
"Directive 3000.09"). Capitalised ones only: "Goal 16"; lower case too for most."""
DOCUMENT_WORDS_CAPITALISED_ONLY: Final = frozenset(
    {"number", "goal", "target", "order", "case", "unit", "line", "note", "title", "act"}
)

NAME_RULE_EXCEPTIONS: Final = frozenset(
    {
        "another",
        "further",
        "exactly",
        "precisely",
        "additional",
        "extra",
        "including",
        "excluding",
        "totalling",
        "totaling",
        "reaching",
        "affecting",
        "involving",
        "plus",
        "minus",
        "nearly",
        "fully",
        "barely",
        "merely",
        "only",
        "just",
        "overall",
        "altogether",
    }
)
"""Capitalised words that can open a sentence before a figure ("Another 50 schools")."""

SEQUENCE_WORDS: Final = frozenset(
    {"year", "day", "week", "month", "round", "wave", "tranche", "cohort", "pillar", "batch"}
)
"""Words whose following number is a position ("year 1 of the programme") unless a noun
follows it ("this week 50 schools closed")."""

STREET_WORDS: Final = frozenset(
    {
        "street",
        "road",
        "avenue",
        "square",
        "lane",
        "place",
        "drive",
        "way",
        "boulevard",
        "st",
        "rd",
        "ave",
        "blvd",
        "crescent",
        "terrace",
        "parade",
        "highway",
        "close",
        "court",
    }
)
"""After "<number> <Capitalised>", these make it an address ("10 Downing Street")."""

AGE_BEFORE: Final = frozenset({"aged", "age", "ages"})
AGE_VERBS: Final = frozenset({"turns", "turned", "turning", "turn"})
"""Before a bare number with no noun after it, an age ("she turns 40 next year")."""
PERSON_PRONOUNS: Final = frozenset({"i", "he", "she", "you", "we", "they", "who"})
"""A person as subject: "she will be 30", "he is 45", "the minister, who is 52," give an
age, not a count."""
COPULA_PHRASES: Final = frozenset({"will be", "would be", "is", "was", "is now", "was then"})
"""Between a personal pronoun and a bare number, an age ("she will be 30")."""
REFERRING_VERBS: Final = frozenset(
    {"can", "could", "will", "would", "should", "must", "may", "might", "shall", "have",
     "had", "are", "were", "agreed", "agree", "met", "signed", "said", "share", "shared"}
)  # fmt: skip
"""After "the" and a small number word with no noun ("the two can work together", "the
three agreed"), a verb: the number refers back to parties named before, not a figure."""
COMPANY_SUFFIXES: Final = frozenset(
    {"Ltd", "Ltd.", "Limited", "Inc", "Inc.", "LLC", "LLP", "PLC", "plc", "GmbH", "AG", "SA",
     "BV", "Pty", "Corp", "Corp.", "Co", "Co."}
)  # fmt: skip
"""After a capitalised word and a number, a company's name ("Alpha 32 Ltd")."""
AGE_NOUNS: Final = frozenset(
    {
        "children",
        "child",
        "people",
        "adults",
        "users",
        "kids",
        "teenagers",
        "girls",
        "boys",
        "those",
        "anyone",
        "everyone",
        "pupils",
        "students",
        "persons",
        "individuals",
        "men",
        "women",
        "minors",
        "victims",
    }
)
"""Before "under 13" / "over 65", these make the number an age."""
AGE_MAX: Final = 120
CHILD_AGE_MAX: Final = 21
AGE_NOUN_REACH: Final = 4
"""'children in Kenya under 5': a bare number up to ``CHILD_AGE_MAX`` after "under"/"over"
is an age when a person noun stands up to ``AGE_NOUN_REACH`` words before the preposition
and no noun follows the number."""

AGE_SUBJECTS: Final = frozenset({"age"})
"""Heads whose copula gives an age, not a count: "the average age ... is 13"."""
AGE_COPULAS: Final = frozenset({"is", "was", "be", "been", "remains", "remained", "of"})
AGE_LOOKBACK: Final = 12
"""How many tokens before the copula may hold "age"."""

EMERGENCY_NUMBERS: Final = frozenset({"999", "911", "112", "111", "988", "101", "000"})
"""Emergency and service numbers: before a ``SERVICE_NOUNS`` word ("a 999 outage", "the
911 call") they name the service, not a count ("999 calls", "112 member states" count)."""

RANGE_WORDS: Final = frozenset(
    {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying", "anywhere"}
)
"""Before "from X to Y" they make it a stated range ("costs ranging from £5m to £7m"),
not a change ("rose from 39% to 55%")."""
RANGE_PREDICATES: Final = frozenset(
    {
        "worth",
        "cost",
        "costs",
        "costing",
        "priced",
        "valued",
        "estimated",
        "estimates",
    }
)
"""Predicates of a state, not a change: before "from X to Y" or "X to Y" of amounts they
make it a stated range ("worth from £5m to £7m", "cost $4 to $6 billion"); "rose from
£5m to £7m" stays a change."""
RANGE_COPULAS: Final = frozenset({"is", "are", "was", "were", "be", "been"})
"""Before "X to Y" of amounts (no "from"): "salaries are £30,000 to £35,000" is a range;
"the rise was from 5% to 7%" stays a change."""
RANGE_AT_PREDICATES: Final = frozenset({"estimated", "valued", "priced", "put", "pegged"})
"""Before "at X to Y": "estimated at $4 to $6 billion" is a stated range."""
RANGE_AFTER: Final = frozenset({"depending", "dependent"})
"""After "from X to Y": "from £5m to £7m depending on options" states a range."""
SCALE_SHARE_RATIO: Final = 100
"""In "from 40 to 90 million" the upper end's scale word covers the lower end when the
scaled lower end lies within this factor of the upper ("from 6 to 4 million" is 6
million; "from 900 to 1.1 million" stays 900)."""

VOTE_VERBS: Final = frozenset(
    {"voted", "passed", "carried", "approved", "rejected", "defeated", "won", "lost", "split"}
)
"""Before "N to M" (M not above N, no noun after) they make it a tally, not two figures
("the bill passed 312 to 101"; "by 312 votes to 101" still counts votes)."""

SERVICE_NOUNS: Final = frozenset(
    {
        "outage",
        "call",
        "line",
        "service",
        "system",
        "number",
        "emergency",
        "dispatcher",
        "dispatch",
        "centre",
        "center",
        "network",
        "failure",
        "operator",
        "helpline",
        "hotline",
        "response",
        "handler",
    }
)

HEADING_STARTS: Final = frozenset({"The", "A", "An", "Our", "This", "These", "Its", "Their"})
"""A capitalised determiner after a number at a line start makes it a heading number
("3 The voluntary commitments"): a count is never followed by one."""

NAME_FOLLOWERS: Final = frozenset({",", "and", "or", "&", ")", ";", "/"})
"""After a capitalised number word in mid-sentence ("Vodafone, Three and O2"), a list
joiner shows the word is a name: a count is followed by what it counts."""
"""The largest number read as a person's age in apposition ("a teacher, 45, said")."""
PERSON_NOUNS: Final = frozenset(
    {
        "man",
        "woman",
        "boy",
        "girl",
        "mother",
        "father",
        "parent",
        "teacher",
        "officer",
        "official",
        "diplomat",
        "minister",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "director",
        "executive",
        "founder",
        "campaigner",
        "activist",
        "researcher",
        "lawyer",
        "victim",
        "survivor",
        "resident",
        "worker",
        "student",
        "nurse",
        "doctor",
        "manager",
        "chair",
        "chairman",
        "chairwoman",
        "leader",
        "mp",
        "senator",
        "councillor",
        "mum",
        "dad",
        "widow",
        "pensioner",
        "son",
        "daughter",
        "brother",
        "sister",
        "husband",
        "wife",
        "partner",
        "child",
        "grandmother",
        "grandfather",
        "patient",
        "pupil",
        "suspect",
        "defendant",
        "driver",
        "farmer",
        "owner",
        "president",
        "governor",
        "mayor",
        "secretary",
    }
)
"""Nouns for a person, after which ", 52," (or ", now 52,") is the person's age."""
AGE_AFTER: Final = frozenset({"year-old", "year-olds", "years-old", "month-old", "month-olds"})

PHONE_YEAR_MIN: Final = 1900
"""A four-digit group from here on after "in"/"since" is a year before a space-grouped
number ("in 2023 36 000 people"); below it stay toll-free prefixes ("1800 123 456")."""
PHONE_CUES: Final = frozenset(
    {
        "phone",
        "telephone",
        "tel",
        "tty",
        "fax",
        "call",
        "toll-free",
        "freephone",
        "hotline",
        "helpline",
        "mobile",
        "text",
        "contact",
        "ph",
    }
)

CHROME_AFTER: Final = frozenset({"min read", "mins read", "minute read", "minutes read"})
"""Reading-time chrome after a figure ("1 min read")."""
AGO: Final = "ago"

# -- the noun phrase after a figure --------------------------------------------------------

NP_STOP_WORDS: Final = frozenset(
    {
        # determiners and pronouns
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "it",
        "they",
        "them",
        "we",
        "us",
        "he",
        "she",
        "you",
        "i",
        "who",
        "whom",
        "whichever",
        "whatever",
        "whoever",
        "however",
        "whose",
        "which",
        "what",
        "where",
        "when",
        "while",
        "whereas",
        "there",
        "here",
        "each",
        "every",
        "all",
        "both",
        "any",
        "some",
        "such",
        "per",
        "than",
        "then",
        "as",
        "if",
        "so",
        "not",
        "no",
        "nor",
        "but",
        "yet",
        "because",
        "since",
        "until",
        "unless",
        "though",
        "although",
        # prepositions
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "to",
        "into",
        "onto",
        "with",
        "within",
        "without",
        "across",
        "over",
        "under",
        "about",
        "around",
        "after",
        "before",
        "during",
        "between",
        "among",
        "amongst",
        "against",
        "through",
        "throughout",
        "via",
        "like",
        "towards",
        "toward",
        "upon",
        "above",
        "below",
        "beyond",
        "including",
        "excluding",
        "compared",
        "versus",
        "vs",
        "out",
        "up",
        "down",
        "off",
        # verbs and auxiliaries
        "cannot",
        "can't",
        "won't",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "haven't",
        "hasn't",
        "can’t",
        "won’t",
        "don’t",
        "doesn’t",
        "didn’t",
        "isn’t",
        "aren’t",
        "wasn’t",
        "weren’t",
        "haven’t",
        "hasn’t",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "gets",
        "got",
        "says",
        "said",
        "makes",
        "made",
        "takes",
        "took",
        "taken",
        "saw",
        "seen",
        "found",
        "held",
        "gave",
        "given",
        "lost",
        "went",
        "gone",
        "came",
        "became",
        "remains",
        "remain",
        "remained",
        # present-tense verbs that are never the counted noun ("15 say they will leave")
        "say",
        "think",
        "believe",
        "feel",
        "want",
        "expect",
        "hope",
        "agree",
        "disagree",
        "oppose",
        "attend",
        "stay",
        "stays",
        "stayed",
        "exist",
        "exists",
        "existed",
        "survive",
        "survived",
        "kept",
        "ran",
        "paid",
        "sent",
        "built",
        "spent",
        "shown",
        "known",
        "grew",
        "grown",
        "rose",
        "risen",
        "fell",
        "fallen",
        "brought",
        "bought",
        "left",
        "met",
        "won",
        "delivered",
        # adverbs that end a noun phrase
        "nationwide",
        "worldwide",
        "globally",
        "overall",
        "altogether",
        "apiece",
        "respectively",
        "alone",
        "already",
        "now",
        "today",
        "yesterday",
        "tomorrow",
        "ago",
        "only",
        "also",
        "more",
        "less",
        "fewer",
        "most",
        "least",
        "again",
        "too",
        "very",
        "just",
        "still",
        "even",
        "ever",
        "never",
        "often",
        "nearly",
        "almost",
        "annually",
        "yearly",
        "monthly",
        "weekly",
        "daily",
        "hourly",
        "together",
        "instead",
        "last",
        "next",
        "previously",
        "currently",
        "recently",
        "total",
        "and",
        "or",
    }
)
"""Words that end (or, at its start, rule out) the noun phrase counted by a figure."""

IRREGULAR_PLURALS: Final = frozenset({"children", "people", "men", "women", "personnel"})
"""Plurals without an "s", so "children aged 10" ends the phrase at "children"."""

S_SINGULARS: Final = frozenset(
    {"news", "series", "species", "means", "headquarters", "whereabouts"}
)
"""Words ending in "s" that are not plurals (besides "-ss", "-us", "-is")."""

NP_CONJUNCTIONS: Final = frozenset({"and", "or", "&"})
NP_MAX_WORDS: Final = 9

PEOPLE_GROUPS: Final = frozenset(
    {"population", "crowd", "workforce", "audience", "membership", "electorate", "attendance"}
)
"""In "a population of 700 million" the figure counts people."""

SELF_COUNTED_GROUPS: Final = frozenset({"staff", "personnel", "crew", "faculty"})
"""In "a staff of 125" the figure counts the group's own noun ("staff")."""

CHANGE_VERBS: Final = frozenset(
    {
        "topped",
        "surpassed",
        "exceeded",
        "rose",
        "fell",
        "increased",
        "decreased",
        "grew",
        "grown",
        "expanded",
        "risen",
        "fallen",
        "climbed",
        "dropped",
        "declined",
        "jumped",
        "surged",
        "soared",
        "reached",
        "totalled",
        "totaled",
        "doubled",
        "tripled",
        "numbered",
        "rise",
        "fall",
        "increase",
        "grow",
        "reach",
        "total",
    }
)
"""In "reports rose to 29.3 million", the figure counts the plural before the verb."""

RATE_COPULAS: Final = frozenset({"of", "is", "was", "are", "were", "totals", "totalled", "totaled"})
"""Words joining a rate adjective's noun to its figure ("annual budget is $2bn")."""
LIST_GAPS: Final = frozenset({",", "and", "or", ", and", ", or"})
"""What may stand between counts in a list sharing one noun ("12, 19 and 25 cases")."""
RATE_OF_MAX_WORDS: Final = 6
"""How many words of an "of" phrase may stand between a figure's noun and its rate."""
SUBJECT_MAX_TOKENS: Final = 24
"""How far back from a change verb its subject is read."""
CLAUSE_BOUNDARIES: Final = frozenset(
    {
        "that",
        "which",
        "who",
        "whereas",
        "while",
        "when",
        "where",
        "because",
        "although",
        "though",
        "but",
        "and",
        "or",
        "as",
        "if",
        "since",
    }
)
"""Words that end the subject read back from a change verb."""

RELATIVE_PRONOUNS: Final = frozenset({"that", "which", "who"})
REPORTING_VERBS: Final = frozenset(
    {
        "said",
        "says",
        "say",
        "found",
        "finds",
        "find",
        "shows",
        "showed",
        "show",
        "suggests",
        "suggested",
        "suggest",
        "indicates",
        "indicated",
        "noted",
        "notes",
        "revealed",
        "reveals",
        "estimated",
        "estimates",
        "announced",
        "confirmed",
        "warned",
        "reported",
        "stated",
        "added",
        "argued",
        "concluded",
    }
)
"""Verbs before a "that" clause: the "that" is a complementiser, not a relative pronoun."""
RELATIVE_DEPTH: Final = 2
"""How many nested relative clauses the subject reader steps back over."""
"""A relative clause ending at a change verb modifies the subject read before it
("reports to the hotline that involved AI rose": reports)."""
PP_PREPOSITIONS: Final = frozenset(
    {"of", "on", "to", "in", "from", "for", "by", "against", "at", "with", "involving"}
)
"""Prepositions opening a phrase attached to a subject's head ("attacks on agencies")."""
MEASURE_NOUNS: Final = frozenset(
    {"numbers", "figures", "levels", "totals", "counts", "rates", "amounts", "volumes"}
)
"""Heads that measure the noun after "of" rather than being counted ("numbers of staff")."""
AVERAGE_NOUNS: Final = frozenset({"average", "mean", "median", "maximum", "minimum", "peak"})
"""In "an average of 26 a day" the figure counts the sentence's counted noun."""

ANAPHORA_NOUNS: Final = frozenset({"number", "total", "count", "tally", "amount", "figure"})
"""In "the number of blocked URLs from 700 to 30,000", a figure without its own noun
takes the noun after "<one of these> of"."""

ATTRIBUTION_VERBS: Final = frozenset(
    {
        "estimates",
        "estimated",
        "said",
        "says",
        "found",
        "finds",
        "reported",
        "reports",
        "revealed",
        "reveals",
        "shows",
        "showed",
        "recorded",
        "records",
        "calculated",
        "counted",
        "data",
        "figures",
        "research",
        "statistics",
        "survey",
    }
)
"""Words after a capitalised name that make it the source of a sentence's figures."""


NAME_BODY_HEADS: Final = frozenset(
    {"initiative", "ministerial", "statement", "coalition", "partnership", "alliance"}
    | {"forum", "summit", "agreement", "declaration", "process", "convention", "group"}
    | {"accord", "accords", "pact", "compact", "charter", "framework", "network"}
)
"""Heads that make capitalised words after a number word the name of a body or text
("Three Seas Initiative", "Five Country Ministerial")."""
