"""Suggestions for values a contributor clearly meant: the exact replacement to paste.

A record wants `country: IT`, `amount: 95800` with `currency: EUR`,
`start: "2015-01"` and `period: per-year`; contributors write `Italy`,
`95.800 €`, `15/01/2015` and `yearly`, the forms that good-practice pages
use. The importer's readers (`normalise`) already understand those forms,
so a failing value is read by them and, when the reading is sure, the
message gives the line to write instead. No suggestion is better than a
wrong one: a reading that was a guess is not offered.
"""

from __future__ import annotations

import datetime
import re
from functools import cache

import babel
import babel.numbers

from generator import normalise, validate
from generator.provenance import NOT_REPORTED

_NUMBER = re.compile(r"[0-9][0-9 .,'\u00a0\u202f]*")
_FULL_DATES = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y.%m.%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y")
_PERIOD_FIELDS = {"start", "end"}
_FULL_DATE_FIELDS = {"last_reviewed", "added", "consulted"}


def replacement(path: tuple[str | int, ...], value: object) -> str | None:
    """What to write instead of `value` at `path`, as YAML to paste, or None when unsure."""
    if not path or not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return None
    name = path[-1]
    text = str(value).strip()
    if _means_unknown(path, text):
        return f"{name}: {NOT_REPORTED}"
    for fields, suggest in _BY_FIELD:
        if name in fields:
            return suggest(name, text)
    return None


def _means_unknown(path: tuple[str | int, ...], text: str) -> bool:
    """'unknown', 'n/a' and the like, where a record may say that the sources do not tell."""
    return text.lower() in validate.OTHER_UNKNOWNS and validate.field_pattern(path) in validate.not_reported_fields()


def _country(name: str, text: str) -> str | None:
    code = normalise.country_code(text, validate.countries())
    return f"{name}: {code}" if code and code != text else None


def _amount(name: str, text: str) -> str | None:
    money = normalise.parse_money(text)
    if money is not None:
        words = f"{name}: {money.amount} and currency: {money.currency}"
        words = f"{words} and period: {money.period}" if money.period else words
        return _with_reading(words, money.guess)
    if not _NUMBER.fullmatch(text):
        return None
    number, guess = normalise.read_number(text)
    return _with_reading(f"{name}: {normalise.plain_number(number)}", guess) if number is not None else None


def _with_reading(words: str, guess: str | None) -> str:
    """A suggestion that rests on reading a separator one way says so, for the contributor to confirm."""
    return f"{words} (this {guess}; check it)" if guess else words


def _period_date(name: str, text: str) -> str | None:
    value, guess = normalise.read_date(text)
    if value == "ongoing" and name == "end":
        return "no end line at all while the practice is ongoing (delete this line)"
    if value and value != "ongoing" and not guess and value != text:
        return f'{name}: "{value}"'
    return None


def _full_date(name: str, text: str) -> str | None:
    for form in _FULL_DATES:
        try:
            day = datetime.datetime.strptime(text, form).date()
        except ValueError:
            continue
        return f"{name}: {day.isoformat()}"
    return None


def _period(name: str, text: str) -> str | None:
    found = normalise.read_period(text)
    return f"{name}: {found}" if found and found != text else None


def _currency(name: str, text: str) -> str | None:
    money = normalise.parse_money(f"1 {text}") or normalise.parse_money(f"{text} 1")
    code = money.currency if money else text.upper() if text.upper() in _currency_codes() else None
    return f"{name}: {code}" if code and code != text else None


def _language(name: str, text: str) -> str | None:
    code = _language_codes().get(text.casefold())
    if code is None and text.lower() in babel.Locale("en").languages:
        code = text.lower()
    return f"{name}: {code}" if code and code != text else None


def _year(name: str, text: str) -> str | None:
    value, guess = normalise.read_date(text)
    if value and value[:4].isdigit() and not guess and len(value) >= 4:
        return f"{name}: {int(value[:4])}"
    return None


@cache
def _language_codes() -> dict[str, str]:
    """Language names in English and in the language itself, to their ISO 639-1 codes."""
    names: dict[str, str] = {}
    for code, english in babel.Locale("en").languages.items():
        if len(code) != 2:
            continue
        names.setdefault(english.casefold(), code)
        try:
            own = babel.Locale(code).get_display_name(code)
        except (ValueError, babel.UnknownLocaleError):
            continue
        if own:
            names.setdefault(own.casefold(), code)
    return names


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(babel.numbers.list_currencies())


_BY_FIELD = (
    ({"country"}, _country),
    ({"amount"}, _amount),
    (_PERIOD_FIELDS, _period_date),
    (_FULL_DATE_FIELDS, _full_date),
    ({"period"}, _period),
    ({"currency"}, _currency),
    ({"language"}, _language),
    ({"year"}, _year),
)
