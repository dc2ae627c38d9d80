"""Plural messages follow each language's plural rules, with the number in its conventions."""

from generator import messages


def test_english_plural_uses_the_singular_for_one_only():
    assert messages.plural(1, "{count} practice", "{count} practices", "en") == "1 practice"
    assert messages.plural(0, "{count} practice", "{count} practices", "en") == "0 practices"
    assert messages.plural(1200, "{count} practice", "{count} practices", "en") == "1,200 practices"


def test_other_languages_take_their_forms_and_number_conventions():
    assert messages.plural(1, "{count} practice", "{count} practices", "it") == "1 pratica"
    assert messages.plural(1200, "{count} practice", "{count} practices", "de") == "1.200 Praxen"
    assert messages.plural(0, "{count} practice", "{count} practices", "fr") == "0 pratique"


def test_a_language_without_the_message_falls_back_to_english_forms():
    assert messages.plural(2, "{count} practice", "{count} practices", "pt") == "2 practices"
