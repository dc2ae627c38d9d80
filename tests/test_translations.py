"""The gettext catalogues are current and complete: what the code asks for is extracted, every language translates it.

`pybabel extract` runs here as `make messages` runs it (babel.cfg, the keywords
of generator/extraction.py), into a temporary file, and is compared with the
committed generator/locales/messages.pot; each language's messages.po must give
every message, none fuzzy, with the placeholders of the English and the
Plural-Forms of its language.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from conftest import ROOT
from generator import extraction, messages

LANGUAGES = ("it", "fr", "de", "es", "pl")
_SLOT = re.compile(r"\{\w+\}")


def _read(path) -> Catalog:
    with open(path, "rb") as stream:
        return read_po(stream)


def _ids(catalog: Catalog) -> set:
    return {m.id for m in catalog if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, monkeypatch_module):
    output = tmp_path_factory.mktemp("pot") / "messages.pot"
    monkeypatch_module.chdir(ROOT)
    CommandLineInterface().run(["pybabel", "-q", *extraction.extract_command(str(output))])
    return _read(output)


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_the_committed_template_holds_every_message_the_code_asks_for(extracted):
    committed = _ids(_read(messages.TEMPLATE_PATH))
    found = _ids(extracted)
    assert len(found) > 300
    assert not found - committed, f"run `make messages`: not in messages.pot: {sorted(map(str, found - committed))}"
    assert not committed - found, f"run `make messages`: no longer used: {sorted(map(str, committed - found))}"


def test_extraction_finds_words_kept_as_data_and_inside_f_strings(extracted):
    found = _ids(extracted)
    assert "Agriculture and agri-food" in found  # topics.yml
    assert "Staff time: can we give officers time to set it up and run it?" in found  # readiness.yml
    assert "Due date" in found  # checklist.CSV_COLUMNS
    assert "Difficulty" in found  # f"{messages.text('Difficulty', lang)} {i + 1}"
    assert "{latitude}° S" in found and "{latitude}° N" in found  # both sides of a conditional
    assert ("{count} item", "{count} items") in found  # a plural pair handed to a script
    assert "topics" not in found  # a folder name beside a heading is not a message


def test_the_interface_speaks_the_six_languages_of_the_site():
    assert messages.languages() == ["en", "de", "es", "fr", "it", "pl"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_translates_every_message_none_fuzzy(lang):
    template = _ids(_read(messages.TEMPLATE_PATH))
    catalog = _read(messages.po_path(lang))
    assert _ids(catalog) == template, "run `make messages`"
    untranslated = [str(m.id) for m in catalog if m.id and not all(_strings(m))]
    fuzzy = [str(m.id) for m in catalog if m.id and m.fuzzy]
    assert not untranslated and not fuzzy, (untranslated, fuzzy)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders_and_the_languages_plural_forms(lang):
    catalog = _read(messages.po_path(lang))
    assert catalog.plural_forms == Catalog(locale=lang).plural_forms
    wrong = []
    for message in catalog:
        if not message.id:
            continue
        wanted = sorted(_SLOT.findall(message.id[-1] if message.pluralizable else message.id))
        wrong += [(message.id, s) for s in _strings(message) if sorted(_SLOT.findall(s)) != wanted]
    assert not wrong


def _strings(message) -> tuple:
    return tuple(message.string) if message.pluralizable else (message.string,)
