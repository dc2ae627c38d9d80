"""Read amounts of money, dates and country names as good-practice pages write them.

Pure functions for the importer: each takes the text a page shows and returns
the value a record stores (an amount with its ISO 4217 currency, a 'YYYY' or
'YYYY-MM' date, an ISO 3166-1 country code), together with a note whenever the
reading was a guess that a contributor should check.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any, cast

import babel
import babel.dates

from generator.text import fold, one_line, squeezed

ONGOING = "ongoing"

# Locales whose month and country names pages in this library are written in.
_LOCALES = (
    "en",
    "fr",
    "de",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "et",
    "sv",
    "da",
    "fi",
    "cs",
    "sk",
    "sl",
    "hr",
    "ro",
    "hu",
    "el",
    "lt",
    "lv",
    "bg",
    "mt",
    "ga",
)

# --- money ---------------------------------------------------------------------------------------

# 'US$' as some pages write dollars ('2490000 US$', 'US$ 2.5 million'); matched case-blind, longest first.
_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "us$": "USD"}
_WORDS = {
    "euro": "EUR",
    "euros": "EUR",
    # 'euro' as other languages write it after a number: '1,2 miljoonaa euroa', '3 milijonov evrov'
    "euroa": "EUR",
    "eura": "EUR",
    "evrov": "EUR",
    "evra": "EUR",
    "eurų": "EUR",
    "eiro": "EUR",
    "ευρώ": "EUR",
    "евро": "EUR",
    "eur": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "gbp": "GBP",
    "dollars": "USD",
    "usd": "USD",
    "chf": "CHF",
    "sek": "SEK",
    "dkk": "DKK",
    "nok": "NOK",
    "pln": "PLN",
    "czk": "CZK",
    "huf": "HUF",
    "ron": "RON",
    "bgn": "BGN",
    "isk": "ISK",
    "złotych": "PLN",
    "złoty": "PLN",
    "złote": "PLN",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "zł": "PLN",
    "swiss francs": "CHF",
    "francs suisses": "CHF",
    "franken": "CHF",
    "kronor": "SEK",
    "swedish krona": "SEK",
    "swedish kronor": "SEK",
    "danish kroner": "DKK",
    "danske kroner": "DKK",
    "norwegian kroner": "NOK",
    "norske kroner": "NOK",
    "forint": "HUF",
    "forints": "HUF",
    "forintów": "HUF",
    "korun": "CZK",
    "koruna": "CZK",
    "czech crowns": "CZK",
    "czech koruna": "CZK",
    "leva": "BGN",
    "pounds sterling": "GBP",
    "kč": "CZK",
    "ft": "HUF",
    "lei": "RON",
    # the other currencies good-practice pages from outside Europe give: '1.2 Million NZD $', 'AUD 3 million'
    "nzd": "NZD",
    "aud": "AUD",
    "cad": "CAD",
    "jpy": "JPY",
    "inr": "INR",
    "brl": "BRL",
    "mxn": "MXN",
    "zar": "ZAR",
    # pesos only with the country's name: '$' or 'pesos' alone is used by several countries
    "chilean pesos": "CLP",
    "pesos chilenos": "CLP",
    "clp": "CLP",
}
# Scale words and their factors (public: the importer reads crowns with them too).
MULTIPLIERS = {
    "k": 1_000,
    "thousand": 1_000,
    # 'thousand' as the site languages shorten it: '300 tys. zł', '450 Tsd. Euro', '20 mil euros'
    "tys": 1_000,
    "tysięcy": 1_000,
    "tsd": 1_000,
    "tausend": 1_000,
    "mil": 1_000,
    # Czech and Slovak 'thousand': '500 tisíc Kč', '300 tis. Kč'
    "tisíc": 1_000,
    "tis": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mio": 1_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "millones": 1_000_000,
    "milioni": 1_000_000,
    "miljonit": 1_000_000,
    "mln": 1_000_000,
    "mld": 1_000_000_000,
    # 'million' and 'billion' in the languages of the pages: '1,5 Millionen Euro', '3 millones de euros'
    "millionen": 1_000_000,
    "miljoen": 1_000_000,
    "miljoner": 1_000_000,
    "millioner": 1_000_000,
    "miljoonaa": 1_000_000,
    # the singular and its cases after '1' or a decimal: '1 milion Kč', '1,5 miliona zł', '2 milijona evrov'
    "milion": 1_000_000,
    "miliona": 1_000_000,
    "milijon": 1_000_000,
    "milijona": 1_000_000,
    "milione": 1_000_000,
    "millón": 1_000_000,
    "miljon": 1_000_000,
    "miljoona": 1_000_000,
    "milhão": 1_000_000,
    "milionów": 1_000_000,
    "miliony": 1_000_000,
    "milionu": 1_000_000,
    "milionů": 1_000_000,
    "milijonov": 1_000_000,
    "milijuna": 1_000_000,
    "milhões": 1_000_000,
    "milioane": 1_000_000,
    "millió": 1_000_000,
    "milliards": 1_000_000_000,
    "milliard": 1_000_000_000,
    "milliarden": 1_000_000_000,
    "miliardi": 1_000_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
    "mrd": 1_000_000_000,
}
# A written figure with thousands separators and decimals, as a regex (public, like the two below).
NUMBER = r"\d{1,3}(?:[ \u00a0\u202f'.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_CURRENCY = "|".join(
    [re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True)]
    + [re.escape(w) + r"(?!\w)" for w in sorted(_WORDS, key=len, reverse=True)]
)
MULTIPLIER = r"(?:" + "|".join(sorted(MULTIPLIERS, key=len, reverse=True)) + r")\.?(?![a-z])"
# Scale letters written glued to a currency in budgets (case as written: 'MEUR', 'kEUR', 'TEUR' for 'Tausend Euro').
_GLUED_SCALE = {"M": 1_000_000, "K": 1_000, "k": 1_000, "T": 1_000}
_GLUED = r"(?-i:(?P<scale>[MKkT])(?P<code>EUR|€|SEK|DKK|NOK|PLN|CZK|HUF|CHF|GBP|USD))"
_MONEY = re.compile(
    rf"(?<![\w.,])(?:(?P<cur1>{_CURRENCY})\s?(?P<num1>{NUMBER})(?:\s?(?P<mul1>{MULTIPLIER}))?"
    # after a multiplier, the word that joins it to the currency: '3 millones de euros', '10 millions d’euros'
    rf"|(?P<num2>{NUMBER})(?:\s?(?P<mul2>{MULTIPLIER}))?(?(mul2)(?:\s(?:de|di|of)|\sd['’])?)\s?(?P<cur2>{_CURRENCY})"
    # a scale letter glued to the currency, before or after the figure: 'MEUR 335', '500 TEUR', 'M€ 12', 'KSEK 40'
    rf"|{_GLUED.replace('?P<', '?P<g1')}\s?(?P<num3>{NUMBER})|(?P<num4>{NUMBER})\s?{_GLUED.replace('?P<', '?P<g2')})",
    re.IGNORECASE,
)
_PER_YEAR = re.compile(
    r"\b(?:per (?:year|annum)|a year|each year|every year|yearly|annual(?:ly)?|p\.\s?a\.|/\s?y(?:ea)?r"
    r"|pro jahr|jährlich|par an|par année|annuel(?:le)?|al año|anual(?:es)?|por año|all'anno|annu[oi]|"
    r"per anno|aastas|rocznie|co roku|jedes jahr|chaque année|cada año|ogni anno)",
    re.IGNORECASE,
)
_TOTAL = re.compile(
    r"\b(?:in total|a total|total|overall|altogether|insgesamt|au total|en total|in totale|kokku|łącznie)\b",
    re.IGNORECASE,
)
_ONE_OFF = re.compile(r"\b(?:one[- ]off|one[- ]time|once)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    """An amount as a record stores it; `guess` says how an ambiguous figure was read."""

    amount: int | float
    currency: str
    period: str | None = None
    guess: str | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Found:
    """One amount found in a text, with where it stands."""

    money: Money
    start: int
    end: int
    text: str


def parse_money(text: str) -> Money | None:
    """The first amount of money in the text, with its period if the text says it, else None."""
    found = find_money(text)
    return found[0].money if found else None


def find_money(text: str) -> list[Found]:
    """Every amount of money in the text, in order, each with the period written around it."""
    matches = list(_MONEY.finditer(text))
    found = []
    for i, match in enumerate(matches):
        after_end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        before_start = matches[i - 1].end() if i else 0
        after = text[match.end() : min(after_end, match.end() + 40)]
        before = text[max(before_start, match.start() - 60) : match.start()]
        money = _money(match, _period(after) or _period(before))
        if money is not None:
            found.append(Found(money, match.start(), match.end(), match.group(0)))
    return found


def _money(match: re.Match[str], period: str | None) -> Money | None:
    if match.group("num3") or match.group("num4"):
        return _glued_money(match, period)
    number = match.group("num1") or match.group("num2")
    symbol = (match.group("cur1") or match.group("cur2")).lower()
    multiplier = (match.group("mul1") or match.group("mul2") or "").lower().rstrip(".")
    value, guess = read_number(number, scaled=bool(multiplier))
    if value is None:
        return None
    value *= MULTIPLIERS.get(multiplier, 1)
    currency = _SYMBOLS.get(symbol) or _WORDS[symbol]
    return Money(plain_number(value), currency, period, guess)


def _glued_money(match: re.Match[str], period: str | None) -> Money | None:
    """An amount whose scale letter is glued to its currency: 'MEUR 335' is 335 million euros."""
    side = "g1" if match.group("num3") else "g2"
    value, guess = read_number(match.group("num3") or match.group("num4"), scaled=True)
    if value is None:
        return None
    value *= _GLUED_SCALE[match.group(f"{side}scale")]
    code = match.group(f"{side}code").lower()
    return Money(plain_number(value), _SYMBOLS.get(code) or _WORDS[code], period, guess)


def read_period(text: str) -> str | None:
    """How an amount counts, from words such as "yearly", "per annum", "once" or "in total"."""
    return _period(text)


def _period(text: str) -> str | None:
    for pattern, period in ((_PER_YEAR, "per-year"), (_TOTAL, "total"), (_ONE_OFF, "one-off")):
        if pattern.search(text):
            return period
    return None


def read_number(text: str, scaled: bool = False) -> tuple[Decimal | None, str | None]:
    """A figure with thousands separators or a decimal comma, and a note if the reading was a guess.

    Args:
        text: digits with separators, e.g. '1 721 378', '750.000,00', '1.7', '10.000'.
        scaled: a multiplier such as 'million' follows, so a lone separator is a decimal point.
    """
    text = re.sub(r"[\u00a0\u202f' ]", " ", text.strip())
    if " " in text:
        text = text.replace(" ", "")
    marks = [c for c in text if c in ".,"]
    if not marks:
        return Decimal(text), None
    last = max(text.rfind("."), text.rfind(","))
    decimals = len(text) - last - 1
    if len(set(marks)) == 2:
        return _decimal(text, text[last]), None
    if len(marks) > 1:
        return (_decimal(text, None), None) if decimals == 3 else (None, None)
    if decimals != 3:
        return _decimal(text, marks[0]), None
    if scaled:
        return _decimal(
            text, marks[0]
        ), f"read '{text}' with '{marks[0]}' as a decimal point, since a multiplier follows"
    return _decimal(text, None), f"read '{text}' with '{marks[0]}' as a thousands separator"


def _decimal(text: str, point: str | None) -> Decimal:
    """The figure, where `point` is the decimal mark and the other mark groups thousands."""
    if point is None:
        return Decimal(re.sub(r"[.,]", "", text))
    whole, _, fraction = text.rpartition(point)
    return Decimal(re.sub(r"[.,]", "", whole) + "." + fraction)


def plain_number(value: Decimal) -> int | float:
    """An int when the figure is whole, so that YAML shows 95800 and not 95800.0."""
    return int(value) if value == value.to_integral_value() else float(value)


# --- dates ---------------------------------------------------------------------------------------

_ONGOING_WORDS = re.compile(
    r"^(?:on[- ]?going|in progress|still running|running|present|now|today|current(?:ly)?|continuing|continuous|"
    r"permanent|not finished|en curso|en cours|in corso|laufend|fortlaufend|em curso|w toku|lopend|käimas(?:olev)?|"
    r"jätkuv|pågående|igangværende|käynnissä|v teku|u tijeku|în curs|folyamatban)\.?$",
    re.IGNORECASE,
)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)")


def parse_date(text: str) -> str | None:
    """'YYYY' or 'YYYY-MM', ONGOING for 'on going' and the like, or None when the text is no date."""
    return read_date(text)[0]


def read_date(text: str) -> tuple[str | None, str | None]:
    """A date as a record stores it, and a note when the page's order of day and month was guessed."""
    text = " ".join(text.split()).strip(" .,;")
    if _ONGOING_WORDS.match(text):
        return ONGOING, None
    for reader in (_read_iso, _read_numeric, _read_month_year, _read_words):
        value, note = reader(text)
        if value:
            return value, note
    return None, None


def _month(year: str, month: int) -> str | None:
    return f"{year}-{month:02d}" if 1 <= month <= 12 else None


def _read_iso(text: str) -> tuple[str | None, str | None]:
    match = _ISO.match(text)
    if not match or (match.group(3) and not 1 <= int(match.group(3)) <= 31):
        return None, None
    return _month(match.group(1), int(match.group(2))), None


def _read_numeric(text: str) -> tuple[str | None, str | None]:
    match = _NUMERIC.match(text)
    if not match:
        return None, None
    first, second, year = int(match.group(1)), int(match.group(2)), match.group(3)
    if first > 12:
        return (_month(year, second), None) if second <= 12 else (None, None)
    if second > 12:
        return (_month(year, first), None) if second <= 31 else (None, None)
    if first == second:
        return _month(year, first), None
    note = f"'{text}' could be day-month or month-day; read as day {first}, month {second} (European order)"
    return _month(year, second), note


def _read_month_year(text: str) -> tuple[str | None, str | None]:
    match = _MONTH_YEAR.match(text)
    return (_month(match.group(2), int(match.group(1))), None) if match else (None, None)


def _read_words(text: str) -> tuple[str | None, str | None]:
    """'January 2015', '1 March 2015', 'enero de 2015', or a bare year."""
    years = _YEAR.findall(text)
    if len(years) != 1:
        return None, None
    words = re.findall(r"[^\W\d_]+\.?", text.casefold())
    months = {month_names().get(w.rstrip(".")) for w in words} - {None}
    others = [w for w in words if w.rstrip(".") not in month_names() and w not in _DATE_FILLERS]
    if others or len(months) > 1:
        return None, None
    if months:
        return _month(years[0], cast(int, months.pop())), None
    rest = _YEAR.sub("", text).strip(" .,/-")
    return (years[0], None) if not rest else (None, None)


# Words a date may carry besides its day, month and year: 'the 1st of March', 'el 1º de marzo de', 'le 1er mars'.
_DATE_FILLERS = {"de", "del", "of", "the", "st", "nd", "rd", "th", "in", "since", "from", "im", "en", "di", "a.", "a"}
_DATE_FILLERS |= {"er", "º", "ª"}


@cache
def month_names() -> dict[str, int]:
    """Month names and abbreviations in the site's locales, case-folded, to month numbers.

    A name that means different months in two locales is left out rather than guessed.
    """
    names: dict[str, set[int]] = {}
    for code in _LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in babel.dates.get_month_names(width, context, locale=code).items():
                    names.setdefault(name.casefold().rstrip("."), set()).add(number)
    found = {name: months.pop() for name, months in names.items() if len(months) == 1 and len(name) > 1}
    return found | _MONTHS_AFTER_IN


# Polish months after 'w' ('w maju 2019 r.', 'w październiku 2020'): CLDR gives the nominative and the genitive only.
_MONTHS_AFTER_IN = {
    name: number
    for number, name in enumerate(
        [
            "styczniu",
            "lutym",
            "marcu",
            "kwietniu",
            "maju",
            "czerwcu",
            "lipcu",
            "sierpniu",
            "wrześniu",
            "październiku",
            "listopadzie",
            "grudniu",
        ],
        start=1,
    )
}


# --- countries -----------------------------------------------------------------------------------

# Names pages use that CLDR does not list, or lists differently.
_COUNTRY_ALIASES = {
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "czech republic": "CZ",
    "holland": "NL",
    "macedonia": "MK",
    "fyrom": "MK",
    "turkey": "TR",
    "slovak republic": "SK",
    "republic of ireland": "IE",
    "republic of moldova": "MD",
    "el": "GR",
    "hellas": "GR",
    "kosovo": "XK",
}


def country_code(text: str, countries: frozenset[str]) -> str | None:
    """The ISO 3166-1 code of a country name in any of the site's locales or capitals, else None.

    `countries` is the codes a record may use (validate.countries()).
    """
    key = _country_key(text)
    if key.upper() in countries and len(key) == 2:
        return key.upper()
    return _COUNTRY_ALIASES.get(key) or country_names(countries).get(key)


def _country_key(text: str) -> str:
    return re.sub(r"^the\s+", "", one_line(fold(text.strip().strip("."))))


@cache
def country_names(countries: frozenset[str]) -> dict[str, str]:
    """Country names in the site's locales, without accents and case-folded, to the ISO codes of `countries`."""
    names: dict[str, set[str]] = {}
    for code in _LOCALES:
        for territory, name in babel.Locale(code).territories.items():
            if territory in countries:
                names.setdefault(_country_key(name), set()).add(territory)
    return {name: codes.pop() for name, codes in names.items() if len(codes) == 1}


# --- topics, languages and figures in sentences ----------------------------------------------------

_FIGURE = re.compile(r"(?<![\w.,/€£$-])(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)(\s?%)?(?![\w/-]|[.,]\d)")
_EVIDENCE_YEAR = re.compile(r"(?<![\w.,/-])(19\d\d|20\d\d)(?![\w/-]|[.,]\d)")
_STOPWORDS = {
    "en": "the and of to in is was for with that on by were are this from",
    "es": "el la los las de del y en que por con para una se fue",
    "fr": "le la les des de du et en que pour avec une est dans sur",
    "it": "il la le di del della e in che per con una sono nel gli",
    "de": "der die das und in den von mit für ist wurde auf dem des eine",
    "pt": "o a os as de do da e em que para com uma foi pelo",
    "nl": "de het een en van in op met voor is werd zijn door",
    # not 'ja', 'on', 'oli', 'kui', which Finnish shares: a Finnish page is not Estonian by them
    "et": "ning et see ka mis või aastal kes mida seda selle kõik koos",
    "pl": "i w na z do się że jest dla oraz przez jako od",
}
_TOPIC_WORDS = {
    "agri-food": ("agri", "food", "farm", "rural"),
    "circular-economy": ("circular", "waste", "recycl"),
    "climate-adaptation": ("adaptation", "climate change", "flood", "drought"),
    "culture-heritage": ("cultur", "heritage"),
    "digitalisation": ("digital", "e-government", "ict\\b"),
    "education-skills": ("education", "skill", "training"),
    "employment": ("employment", "jobs\\b", "labour market"),
    "energy": ("energy", "low-carbon", "low carbon"),
    "environment": ("environment", "water", "biodiversity", "natural resource"),
    "governance": ("governance", "participation"),
    "health": ("health", "ageing", "care\\b"),
    "housing": ("housing",),
    "innovation": ("innovation", "research"),
    "internationalisation": ("internationali",),
    "mobility": ("mobility", "transport"),
    "social-inclusion": ("inclusion", "social"),
    "sme-competitiveness": ("sme", "competitiveness", "entrepreneur"),
    "tourism": ("touris",),
    "urban-regeneration": ("regeneration", "urban renewal"),
}


def topic_ids(text: str, vocabulary: Mapping[str, str]) -> list[str]:
    """Topic ids for a topic as a page names it: its id or label in `vocabulary` (validate.topics()), else the
    topics whose words it uses."""
    key = squeezed(text)
    for topic_id, label in vocabulary.items():
        if key in (topic_id, label.casefold()):
            return [topic_id]
    return [t for t, words in _TOPIC_WORDS.items() if any(re.search(r"\b" + w, key) for w in words)]


def evidence_items(sentence: str) -> list[dict[str, Any]]:
    """Measurable results in a sentence that gives a year: one item per other figure, keeping the sentence."""
    years = [m for m in _EVIDENCE_YEAR.finditer(sentence) if 1900 <= int(m.group(1)) <= 2100]
    if not years:
        return []
    taken = [(m.start(), m.end()) for m in years]
    figures: list[tuple[int, int, int | float, str | None]] = []
    for money in find_money(sentence):
        figures.append((money.start, money.end, money.money.amount, money.money.currency))
        taken.append((money.start, money.end))
    for match in _FIGURE.finditer(sentence):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        number, _ = read_number(match.group(1))
        if number is not None:
            figures.append((match.start(), match.end(), plain_number(number), "%" if match.group(2) else None))
    year, items, previous = int(years[0].group(1)), [], 0
    for start, end, value, unit in sorted(figures):
        indicator = _indicator(sentence[previous:start], sentence[end:], unit) or sentence
        item = {"indicator": indicator, "value": value, "unit": unit, "year": year, "note": sentence}
        items.append({k: v for k, v in item.items() if v is not None})
        previous = end
    return items


_TRAILING = {"of", "the", "a", "an", "in", "at", "on", "for", "to", "by", "and", "than", "worth", "de", "en", "la"}


def _indicator(before: str, after: str, unit: str | None) -> str | None:
    """What a figure counts: the words after a count ('30 B2B meetings'), before an amount or a share."""
    after_words = re.split(r"[,.;:()]|(?<!\w)\d|\s(?:and|with|to|in|by)\s", after)[0].split()[:6]
    clause = re.split(r"[,;:(]|\s(?:and|while|whereas)\s", before)[-1]
    clause = re.sub(r"^\s*(?:in|by|since|during|until)?\s*\d{4}\b", "", clause, flags=re.IGNORECASE)
    for words in (after_words, clause.split()[-8:]) if unit is None else (clause.split()[-8:], after_words):
        while words and words[-1].casefold() in _TRAILING:
            words = words[:-1]
        if any(c.isalpha() for c in "".join(words)):
            return " ".join(words)
    return None


def split_amounts(line: str) -> list[str]:
    """A line with several amounts cut into clauses at the punctuation between them, one amount each.

    Amounts only a few words apart ('between €250,000 and €400,000') stay together.
    """
    amounts = find_money(line)
    pieces, position = [], 0
    for left, right in zip(amounts, amounts[1:], strict=False):
        between = line[left.end : right.start]
        breaks = list(re.finditer(r"(?<=[.;,])\s+", between))
        if len(between.split()) >= 3 and breaks:
            cut = left.end + breaks[-1].start()
            pieces.append(line[position:cut].rstrip(",;"))
            position = left.end + breaks[-1].end()
    pieces.append(line[position:])
    return [piece.strip() for piece in pieces if piece.strip()]


def guess_language(text: str) -> str | None:
    """The language whose common words the text uses most, if it clearly does."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    common = {code: set(stopwords.split()) for code, stopwords in _STOPWORDS.items()}
    counts = {code: sum(w in common[code] for w in words) for code in common}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, most), (_, second) = ranked[0], ranked[1]
    return best if most >= 5 and most >= 2 * second else None
