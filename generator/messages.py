"""The fixed words of the generated pages (headings, labels, periods) in the site's language.

The catalogue, generator/data/messages.yml, is keyed by the English wording,
so templates stay readable and an English site needs no entry; each entry
gives the other languages. A language the catalogue lacks falls back to
English, as Material does for its own interface.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2
import yaml
from babel import Locale, UnknownLocaleError, numbers

CATALOGUE_PATH = Path(__file__).resolve().parent / "data" / "messages.yml"


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Every message: English wording -> {language code: wording}."""
    with CATALOGUE_PATH.open(encoding="utf-8") as stream:
        return yaml.load(stream, Loader=yaml.CSafeLoader)


def languages() -> list[str]:
    """The interface languages the catalogue covers, English first."""
    return ["en", *sorted({code for entry in catalogue().values() for code in entry})]


def text(words: str, lang: str) -> str:
    """The English `words` in the language `lang` ('it', 'de', 'pt-BR'...).

    Unknown words are an error, so that a typo in a template cannot put an
    untranslated label on every page of a foreign-language site.
    """
    if words not in catalogue():
        raise KeyError(f"{words!r} is missing from {CATALOGUE_PATH.name}")
    return label(words, lang)


def label(words: str, lang: str) -> str:
    """Words that contributors add (topic labels) in the language `lang`, or as written if not translated yet."""
    entry = catalogue().get(words, {})
    base = lang.replace("_", "-").split("-")[0].lower()
    return entry.get(lang, entry.get(base, words))


def plural(count: int, singular: str, plural_: str, lang: str) -> str:
    """The wording of `count` things in the language `lang`, by that language's plural rules.

    The catalogue keys a plural message by its English singular; the entry
    maps each language to its CLDR plural forms (one, few, many, other...),
    each with a `{count}` placeholder filled with the number in the
    language's conventions: `{count} mission` -> "1 mission", "2 missions".
    """
    forms = _plural_forms(singular, plural_, lang)
    category = _plural_category(count, lang)
    wording = forms.get(category, forms["other"])
    return wording.replace("{count}", numbers.format_decimal(count, locale=_locale(lang)))


def _plural_forms(singular: str, plural_: str, lang: str) -> dict[str, str]:
    """The plural forms of a message in `lang`; English forms when the language has none."""
    if singular not in catalogue():
        raise KeyError(f"{singular!r} is missing from {CATALOGUE_PATH.name}")
    entry = catalogue()[singular]
    base = lang.replace("_", "-").split("-")[0].lower()
    forms = entry.get(lang, entry.get(base))
    return forms if isinstance(forms, dict) else {"one": singular, "other": plural_}


def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en")


def _plural_category(count: int, lang: str) -> str:
    return _locale(lang).plural_form(count)


@jinja2.pass_context
def translate_plural(context, count: int, singular: str, plural_: str) -> str:
    """Templates' `tn(3, "{count} mission", "{count} missions")`, in the page's language."""
    return plural(count, singular, plural_, context["lang"])


@jinja2.pass_context
def translate(context, words: str) -> str:
    """Templates' `t("What it is")`: the words in the language of the page being rendered."""
    return text(words, context["lang"])
