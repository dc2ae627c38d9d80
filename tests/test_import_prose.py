"""Furniture told by prose density (generator/importer/prose.py, reading._drop_loose): lines poor in the words of the
page's language, in runs around its prose, go to the report; headings, lists and the lines facts are read from stay."""

from __future__ import annotations

import datetime

import pytest

from generator import importer
from generator.importer import prose

TODAY = datetime.date(2024, 6, 1)

# Three paragraphs as a city's news page gives them, each long and rich in English function words.
_FIRST = (
    "Since 2019 the city has closed the riverside road to cars on the first Sunday of every month, and the families "
    "who live along the river have taken the space back for walking, cycling and play, with the schools of the "
    "district running small stands of their own on the road."
)
_SECOND = (
    "The idea came from a group of parents who had asked the council for a safer way to reach the park. The council "
    "tried it for one summer, counted the people who came, and then decided to keep it for as long as the "
    "neighbourhood wanted it."
)
_THIRD = (
    "Other districts have asked how they could do the same. The team has written down what it learnt in a short "
    "guide, which explains how to talk with the shops on the road, how to plan the buses around it and how to "
    "find volunteers for each Sunday."
)
_TITLE = "Car-free Sundays bring families back to the river"
# The page's first ten lines may hold its name, so the runs under test stand below a longer text.
_LEAD = [_TITLE] + [f"In the {n} year of the scheme, {_SECOND[0].lower()}{_SECOND[1:]}" for n in ("first", "second")]
_LEAD += [_FIRST, _THIRD] * 4


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _draft(*lines: str) -> importer.Draft:
    return importer.draft(_page(*lines), today=TODAY)


def _gone(draft: importer.Draft, line: str) -> bool:
    return line in draft.report.boilerplate and line not in draft.yaml


def _kept(draft: importer.Draft, line: str) -> bool:
    return line not in draft.report.boilerplate and line in draft.yaml


def _in_draft(draft: importer.Draft, line: str) -> bool:
    """Whether the line is in the draft's text, or the page's text a field was read from ('Italia' as the country)."""
    return line in draft.yaml or any(line in source for _, source, _ in draft.report.found)


def test_a_run_of_alt_texts_and_labels_between_blocks_of_prose_goes_but_the_heading_above_the_text_stays():
    draft = _draft(*_LEAD, "Gender icon", "people looking at tech", "Our guide for other districts", _SECOND)
    assert _gone(draft, "Gender icon")
    assert _gone(draft, "people looking at tech")
    assert _kept(draft, "Our guide for other districts")
    assert any("took out 2 lines poor in the words of the page's language" in note for note in draft.report.notes)


def test_a_run_of_tags_at_the_foot_of_the_page_goes():
    draft = _draft(*_LEAD, _SECOND, "cultural heritage", "sustainable mobility")
    assert _gone(draft, "cultural heritage")
    assert _gone(draft, "sustainable mobility")
    assert _kept(draft, _SECOND)


def test_a_byline_between_the_title_and_the_text_goes_and_the_title_stays():
    draft = _draft(_TITLE, "by the Permanent Secretariat", _FIRST, _SECOND)
    assert _gone(draft, "by the Permanent Secretariat")
    assert draft.record["title"] == _TITLE
    assert any("took out 1 line poor" in note for note in draft.report.notes)


def test_the_page_name_among_its_first_lines_stays_even_inside_a_run():
    draft = _draft("Our stories", _FIRST, "Car-free Sundays", "The mayor's word", "interview", _SECOND, _THIRD)
    for line in ("Car-free Sundays", "The mayor's word"):
        assert line not in draft.report.boilerplate
    assert _gone(draft, "interview")


@pytest.mark.parametrize(
    "lines",
    [
        ["Why it worked"],  # a heading of the text
        ["Why it worked", "Who took part"],  # two headings, or a heading and its one line
        ["• Parents", "• Schools", "• Shop owners"],  # a list between paragraphs
        ["Car-free since 2019", "4,000 visitors each Sunday", "Budget EUR 40,000"],  # dates and figures
        ["Maria Rossi, project manager", "Contact person", "Mobility department"],  # a contact and its label
        ["Turin", "Piedmont", "Italia"],  # places
        # a participatory budget's timeline: each step and its months, the months with no digit
        ["Public presentation", "September", "Voting", "September - October", "Results of the vote", "October"],
    ],
)
def test_short_lines_that_are_headings_lists_or_facts_stay(lines):
    draft = _draft(*_LEAD, *lines, _SECOND, _THIRD)
    for line in lines:
        assert line not in draft.report.boilerplate, line
        assert _in_draft(draft, line.lstrip("• ")), line  # in the draft, not only off the furniture list


def test_a_heading_over_a_list_or_a_field_stays_while_the_tags_around_it_go():
    lines = ["sustainable mobility", "Ideas for your district", "• A repair café", "• A film night on the climate"]
    draft = _draft(*_LEAD, *lines, _SECOND, _THIRD)
    assert _gone(draft, "sustainable mobility")
    for line in lines[1:]:
        assert line not in draft.report.boilerplate, line
        assert _in_draft(draft, line.lstrip("• ")), line


def test_the_fields_of_a_form_no_label_knows_stay():
    # a Finnish funding register (EURA 2014): its labels are in no list, but a field is a label, a colon, a value
    fields = ["Hankkeen yhteyshenkilön nimi: Jari Jokisalo", "Organisaatiotyyppi: Kunta", "Osatoteuttajat"]
    draft = _draft(*_LEAD, *fields, _SECOND, _THIRD)
    for line in fields[:2]:
        assert line not in draft.report.boilerplate, line


def test_a_page_without_a_paragraph_of_prose_is_left_as_it_is():
    lines = ["Car-free Sundays", "Mobility department", "Project status", "ongoing", "cultural heritage"]
    assert prose.furniture(lines * 10) == []


def test_a_known_layout_keeps_its_labels_and_values():
    draft = _draft(*_LEAD, "Start date", "Main institution", "Location", "Thematic area", _SECOND, _THIRD)
    for line in ("Start date", "Main institution", "Location", "Thematic area"):
        assert line not in draft.report.boilerplate, line


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (_FIRST + " " + _SECOND, "English"),
        (
            "Občina je v letu 2019 začela s participativnim proračunom, v katerem so prebivalci sami predlagali in "
            "izbrali projekte za svoje krajevne skupnosti. Večina predlogov se je nanašala na igrišča, poti in "
            "ureditev javnih prostorov, ki so jih nato občinske službe izvedle v dveh letih.",
            "Slovenian",
        ),
        (
            "Ο δήμος δημιούργησε ένα πάρκο αναρρίχησης για τους κατοίκους και τους επισκέπτες της περιοχής, με τη "
            "στήριξη των τοπικών συλλόγων και των σχολείων. Το έργο ολοκληρώθηκε μέσα σε δύο χρόνια και σήμερα "
            "φιλοξενεί αγώνες και εκπαιδευτικά προγράμματα για όλες τις ηλικίες.",
            "Greek",
        ),
    ],
)
def test_the_page_language_is_the_stop_list_that_covers_most_of_its_words(text, language):
    assert prose.language([text]) == language


def test_too_few_words_tell_no_language():
    assert prose.language(["Car-free Sundays", "Turin"]) is None


def test_a_stop_list_of_another_script_never_wins_an_english_page():
    # jusText's Marathi list holds 293 English words; an English page is read with the English list.
    page = [_FIRST, _SECOND, _THIRD, "Why it worked", "Who took part"]
    assert prose.language(page) == "English"


def test_nothing_taken_is_lost():
    draft = _draft(*_LEAD, "Gender icon", "people looking at tech", "Our guide", _SECOND, "cultural heritage")
    for line in ("Gender icon", "people looking at tech", "cultural heritage"):
        assert line in draft.report.boilerplate
        assert line in draft.report_text()
