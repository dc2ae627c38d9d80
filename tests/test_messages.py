"""Plural messages follow each language's Plural-Forms (ngettext), with the number in its conventions."""

import pytest

from generator import checklist, messages


def test_english_plural_uses_the_singular_for_one_only():
    assert messages.plural(1, "{count} practice", "{count} practices", "en") == "1 practice"
    assert messages.plural(0, "{count} practice", "{count} practices", "en") == "0 practices"
    assert messages.plural(1200, "{count} practice", "{count} practices", "en") == "1,200 practices"
    assert messages.plural(1, "{count} partner", "{count} partners", "en") == "1 partner"
    assert messages.plural(2, "{count} partner", "{count} partners", "en") == "2 partners"


def test_other_languages_take_their_forms_and_number_conventions():
    assert messages.plural(1, "{count} practice", "{count} practices", "it") == "1 pratica"
    assert messages.plural(1200, "{count} practice", "{count} practices", "de") == "1.200 Praxisbeispiele"
    assert messages.plural(0, "{count} practice", "{count} practices", "fr") == "0 pratique"  # French: 0 is singular
    assert messages.plural(2, "{count} practice", "{count} practices", "es") == "2 prácticas"


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "1 praktyka"),
        (2, "2 praktyki"),
        (4, "4 praktyki"),
        (5, "5 praktyk"),
        (12, "12 praktyk"),
        (22, "22 praktyki"),
        (0, "0 praktyk"),
        (105, "105 praktyk"),
        (1002, "1\u00a0002 praktyki"),
    ],
)
def test_polish_takes_its_three_forms(count, expected):
    assert messages.plural(count, "{count} practice", "{count} practices", "pl") == expected


def test_scripts_get_each_languages_forms_by_cldr_category():
    assert checklist.script_words("pl")["plurals"]["{count} item"] == {
        "one": "{count} punkt",
        "few": "{count} punkty",
        "many": "{count} punktów",
        "other": "{count} punktów",
    }
    assert checklist.script_words("es")["plurals"]["{count} item"] == {
        "one": "{count} punto",
        "other": "{count} puntos",
    }


def test_a_language_without_a_catalogue_falls_back_to_english_with_one_warning(capsys):
    messages.catalogue.cache_clear()
    assert messages.plural(2, "{count} practice", "{count} practices", "pt") == "2 practices"
    assert messages.text("What it is", "pt") == "What it is"
    assert messages.text("Sources", "pt") == "Sources"
    warnings = capsys.readouterr().err.strip().splitlines()
    assert warnings == [
        "WARNING -  No translation of the interface into 'pt': its words stay in English. "
        "CONTRIBUTING.md, 'Translating the site', says how to add one."
    ]


def test_the_warning_comes_once_in_each_build_not_once_in_a_process(capsys):
    # `mkdocs serve` and the tests build many times in one process; each build says it once
    messages.catalogue.cache_clear()
    for _ in range(2):
        messages.new_build()
        assert messages.text("What it is", "pt") == "What it is"
        assert messages.text("Sources", "pt") == "Sources"
    warnings = capsys.readouterr().err.strip().splitlines()
    assert len(warnings) == 2 and all("into 'pt'" in line for line in warnings)


def test_english_needs_no_catalogue_and_no_warning(capsys):
    messages.catalogue.cache_clear()
    assert messages.text("What it is", "en") == "What it is"
    assert messages.text("What it is", "en-GB") == "What it is"
    assert capsys.readouterr().err == ""
