"""Refresh the gettext catalogues: extract the interface words, update each language, fill in YAML translations.

Run from the repository root (or `make messages`):

    python scripts/messages_to_po.py                       # extract and update only
    python scripts/messages_to_po.py words.yml more.yml    # ... and take translations from these files

1. `pybabel extract` (babel.cfg, the keywords of generator/extraction.py) writes
   generator/locales/messages.pot: every English message the code, the
   templates, the scripts' word lists and the vocabularies use.
2. Each generator/locales/<lang>/LC_MESSAGES/messages.po is updated from it
   (a language in LANGUAGES without one is created, with its Plural-Forms):
   new messages come in empty, messages nobody uses any more are dropped.
3. Each YAML file given, in the old generator/data/messages.yml format
   (English words -> {language: words}; a plural message keyed by its English
   singular, each language giving its CLDR forms one/few/many/other), fills the
   entries still empty. A translation already in a .po file wins, unless
   --overwrite is given.

It ends by listing, per language, the messages still untranslated or fuzzy;
tests/test_translations.py fails while there are any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import extraction, messages  # noqa: E402

LANGUAGES = ("it", "fr", "de", "es", "pl")


def extract() -> None:
    """Write messages.pot afresh from the sources."""
    CommandLineInterface().run(["pybabel", *extraction.extract_command(str(messages.TEMPLATE_PATH))])


def template() -> Catalog:
    """The message template, read afresh for each language (updating a catalogue takes its messages)."""
    with messages.TEMPLATE_PATH.open("rb") as stream:
        return read_po(stream)


def update(template: Catalog, lang: str) -> Catalog:
    """The language's catalogue brought in line with the template (created if missing)."""
    path = messages.po_path(lang)
    if path.exists():
        with path.open("rb") as stream:
            catalog = read_po(stream, locale=lang)
    else:
        catalog = Catalog(locale=lang, project="good-practices")
    catalog.update(template, no_fuzzy_matching=True)
    return catalog


def fill(catalog: Catalog, lang: str, words: dict, overwrite: bool) -> int:
    """Translations of `words` (the YAML format) put into the empty entries; the number filled."""
    filled = 0
    for message in catalog:
        if not message.id:
            continue
        plural = isinstance(message.id, tuple | list)
        entry = words.get(message.id[0] if plural else message.id, {})
        wording = entry.get(lang) if isinstance(entry, dict) else None
        if wording is None or (_translated(message) and not overwrite):
            continue
        if plural and isinstance(wording, dict):
            message.string = tuple(messages.form_for_index(wording, lang, i) for i in range(catalog.num_plurals))
        elif not plural and isinstance(wording, str):
            message.string = wording
        else:
            continue
        message.flags.discard("fuzzy")
        filled += 1
    return filled


def _translated(message) -> bool:
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return all(strings) and "fuzzy" not in message.flags


def save(catalog: Catalog, lang: str) -> None:
    path = messages.po_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as stream:
        write_po(stream, catalog, ignore_obsolete=True, omit_header=False, sort_output=True, width=100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("yaml", nargs="*", type=Path, help="messages.yml-style files to take translations from")
    parser.add_argument("--overwrite", action="store_true", help="let the YAML files replace existing translations")
    args = parser.parse_args(argv)
    words: dict = {}
    for path in args.yaml:
        for key, entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            words.setdefault(key, {}).update(entry)
    extract()
    missing = 0
    for lang in sorted(set(LANGUAGES) | set(messages.languages()) - {"en"}):
        catalog = update(template(), lang)
        filled = fill(catalog, lang, words, args.overwrite)
        save(catalog, lang)
        todo = sorted(str(m.id) for m in catalog if m.id and not _translated(m))
        missing += len(todo)
        print(f"{lang}: {filled} filled from YAML, {len(todo)} untranslated or fuzzy")
        for msgid in todo:
            print(f"    {msgid}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
