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


@jinja2.pass_context
def translate(context, words: str) -> str:
    """Templates' `t("What it is")`: the words in the language of the page being rendered."""
    return text(words, context["lang"])
