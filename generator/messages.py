"""The fixed words of the generated pages (headings, labels, periods) in the site's language.

The words are gettext catalogues, the format translation tools (Weblate,
Crowdin, Poedit) read: generator/locales/messages.pot lists every English
message, extracted from the code by `pybabel extract` (see babel.cfg and
scripts/messages_to_po.py); generator/locales/<lang>/LC_MESSAGES/messages.po
gives one language. They are compiled in memory when a build first needs them.
Messages are keyed by their English wording, so templates stay readable and an
English site needs no catalogue; a language without a catalogue falls back to
English, as Material does for its own interface, with one warning.
"""

from __future__ import annotations

import gettext
import io
import re
import sys
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import cast

import jinja2
from babel import Locale, UnknownLocaleError, numbers
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LOCALES_PATH = Path(__file__).resolve().parent / "locales"
TEMPLATE_PATH = LOCALES_PATH / "messages.pot"
CATALOGUE_PATH = TEMPLATE_PATH  # named in the error for a message the template lacks
# Numbers whose plural index and CLDR category pair a gettext form with the category a script asks for.
_SAMPLES = (*range(200), 1000, 1_000_000)


def po_path(lang: str) -> Path:
    """Where the catalogue of one language lives."""
    return LOCALES_PATH / lang / "LC_MESSAGES" / "messages.po"


def _read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream, locale=lang)


@cache
def _template() -> frozenset[str]:
    """Every English message (a plural message by its singular)."""
    return frozenset(_singular(m.id) for m in _read(TEMPLATE_PATH) if m.id)


def _singular(msgid: str | tuple[str, ...] | list[str]) -> str:
    return msgid[0] if isinstance(msgid, tuple | list) else msgid


def languages() -> list[str]:
    """The interface languages the catalogues cover, English first."""
    found = sorted(p.parent.parent.name for p in LOCALES_PATH.glob("*/LC_MESSAGES/messages.po"))
    return ["en", *found]


def _resolve(lang: str) -> str | None:
    """The catalogue for `lang` ('pt-BR' -> pt_BR, else pt), or None for English and languages without one."""
    code = lang.replace("-", "_")
    base = code.split("_")[0].lower()
    if base == "en":
        return None
    return next((c for c in (code, base) if po_path(c).exists()), None)


_warned: set[str] = set()
"""Languages said to stay English during this build: the plugin empties it before each build (`new_build`)."""


def new_build() -> None:
    """Start a build: a language without a catalogue is said again, once for this build."""
    _warned.clear()


def _for(lang: str) -> gettext.NullTranslations:
    """The language's translations; the first time in a build that it has no catalogue, a warning says so."""
    found = _translations(lang)
    if type(found) is gettext.NullTranslations and lang not in _warned and not lang.lower().startswith("en"):
        _warned.add(lang)
        _warn(lang)
    return found


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    """The language's catalogue compiled to gettext (fuzzy and empty entries left out, so they read in English)."""
    found = _resolve(lang)
    if found is None:
        return gettext.NullTranslations()
    compiled = io.BytesIO()
    write_mo(compiled, _read(po_path(found), found))
    compiled.seek(0)
    return Translations(compiled)


def _warn(lang: str) -> None:
    """Say once per build that the interface stays English; on the error stream, so a strict build still succeeds."""
    print(
        f"WARNING -  No translation of the interface into {lang!r}: its words stay in English. "
        "CONTRIBUTING.md, 'Translating the site', says how to add one.",
        file=sys.stderr,
    )


@cache
def catalogue() -> dict[str, dict[str, str | dict[str, str]]]:
    """Every message: English wording -> {language: wording}, a plural message's wording by CLDR category."""
    entries: dict[str, dict[str, str | dict[str, str]]] = {words: {} for words in _template()}
    for lang in languages()[1:]:
        for message in _read(po_path(lang), lang):
            if not message.id or "fuzzy" in message.flags or _singular(message.id) not in entries:
                continue
            strings = message.string
            if isinstance(strings, tuple | list):
                if all(strings):
                    entries[_singular(message.id)][lang] = _by_category(strings, lang)
            elif strings:
                entries[cast(str, message.id)][lang] = strings
    return entries


def _clear() -> None:
    """Forget what was read, so that a rebuild (mkdocs serve) reads edited catalogues."""
    global reading
    for cached in (_template, _translations, _index_of, _categories):
        cached.cache_clear()
    _catalogue_cache_clear()
    _warned.clear()
    reading += 1


reading = 0
"""How many times the catalogues were read again: what was made from their words before is out of date."""


_catalogue_cache_clear = catalogue.cache_clear
catalogue.cache_clear = _clear  # type: ignore[method-assign]  # the plugin clears the words before each build


@cache
def _index_of(lang: str) -> Callable[[int], int]:
    """The language's gettext plural formula (its Plural-Forms header) as a function of n."""
    return gettext.c2py(Catalog(locale=_locale(lang)).plural_expr)


def _by_category(strings: Sequence[str], lang: str) -> dict[str, str]:
    """gettext's numbered plural forms named by CLDR category, for Intl.PluralRules in the browser."""
    forms = {category: strings[index] for category, index in _categories(lang)}
    forms.setdefault("other", strings[-1])
    return forms


@cache
def _categories(lang: str) -> tuple[tuple[str, int], ...]:
    """Each count from 0 to 199 as its CLDR category and gettext form ('many' of millions reads as 'other')."""
    index = _index_of(lang)
    return tuple((_plural_category(n, lang), index(n)) for n in range(200))


def form_for_index(forms: dict[str, str], lang: str, index: int) -> str:
    """The CLDR form (one, few, many, other) that fills gettext's plural form number `index` in `lang`."""
    formula = _index_of(lang)
    categories = [_plural_category(n, lang) for n in _SAMPLES if formula(n) == index]
    return next((forms[c] for c in categories if c in forms), forms["other"])


def text(words: str, lang: str) -> str:
    """The English `words` in the language `lang` ('it', 'de', 'pt-BR'...).

    Unknown words are an error, so that a typo in a template cannot put an
    untranslated label on every page of a foreign-language site.
    """
    _known(words)
    return _for(lang).gettext(words)


def _known(words: str) -> None:
    if words not in _template():
        raise KeyError(f"{words!r} is missing from {TEMPLATE_PATH.name}: run `make messages` (CONTRIBUTING.md)")


_SLOT = re.compile(r"\{(\w+)\}")


def fill(words: str, lang: str, **values: str) -> str:
    """A message with {slots} in the language `lang`, its slots filled in one pass (a value's own braces stay)."""
    return _SLOT.sub(lambda slot: values.get(slot.group(1), slot.group(0)), text(words, lang))


def label(words: str, lang: str) -> str:
    """Words that contributors add (topic labels) in the language `lang`, or as written if not translated yet."""
    return _for(lang).gettext(words)


def plural(count: int, singular: str, plural_: str, lang: str) -> str:
    """The wording of `count` things in the language `lang`, by that language's Plural-Forms (ngettext).

    Each form has a `{count}` placeholder filled with the number in the
    language's conventions: `{count} mission` -> "1 mission", "2 missions".
    """
    _known(singular)
    wording = _for(lang).ngettext(singular, plural_, count)
    return wording.replace("{count}", numbers.format_decimal(count, locale=_locale(lang)))


def plural_forms(singular: str, plural_: str, lang: str) -> dict[str, str]:
    """The plural forms of a message in `lang` by CLDR category; English forms when the language has none."""
    _known(singular)
    found = _resolve(lang)
    forms = catalogue()[singular].get(found) if found else None
    return dict(forms) if isinstance(forms, dict) else {"one": singular, "other": plural_}


@cache
def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en")


def _plural_category(count: int, lang: str) -> str:
    return _locale(lang).plural_form(count)


@jinja2.pass_context
def translate_plural(context: jinja2.runtime.Context, count: int, singular: str, plural_: str) -> str:
    """Templates' `tn(3, "{count} mission", "{count} missions")`, in the page's language."""
    return plural(count, singular, plural_, context["lang"])


@jinja2.pass_context
def translate(context: jinja2.runtime.Context, words: str) -> str:
    """Templates' `t("What it is")`: the words in the language of the page being rendered."""
    return text(words, context["lang"])
