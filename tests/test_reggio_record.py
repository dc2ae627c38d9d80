"""The Reggio Emilia record against issue 14: each error a reader found, checked in the record and on its pages.

The record must say only what its source says (the fact sheet of the project):
the 27 members are the consortia's, the summary speaks of internationalisation
routes and partnerships, the handling of the difficulty and the contact's
organisation are not reported, no end is given, the two firms only presented
at a 2017 study visit, 2015 formalised earlier work, and the agreement with
the GGDA was reported, not signed.
"""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from generator import checklist, exports, render, site, validate
from generator.records import leaves
from helpers import html_text

OPTIONS = site.Options()


@pytest.fixture(scope="module")
def record():
    return validate.collect([ROOT / "practices" / "reggio-emilia-south-africa.yml"], ROOT)[0]


def _text(markup: str) -> str:
    """Markup as a reader reads it: tags dropped, entities decoded, Markdown escapes and spaces folded."""
    return " ".join(html_text(markup).replace("\\", "").replace("**", "").split())


@pytest.fixture(scope="module")
def sections(record) -> dict[str, str]:
    """The practice page's text by its level-2 headings; the part before the first one is 'top'."""
    page = render.practice_page(record, OPTIONS)
    body = page.split("\n---\n", 1)[1]
    parts = re.split(r"^## (.+)$", body, flags=re.M)
    found = {"top": _text(parts[0])}
    found.update({parts[i].strip(): _text(parts[i + 1]) for i in range(1, len(parts), 2)})
    return found


@pytest.fixture(scope="module")
def page(sections) -> str:
    return " ".join(sections.values())


@pytest.fixture(scope="module")
def checklist_page(record) -> str:
    return _text(checklist.page(record, checklist.items(record, OPTIONS), OPTIONS))


def _texts(data) -> list[str]:
    return [value for _, value in leaves(data) if isinstance(value, str)]


def test_the_27_members_are_the_consortias(record, sections):
    evidence = record.data["evidence"]
    [members] = [item for item in evidence if item["value"] == 27]
    assert "consorti" in members["indicator"] and "enterprise" not in members["indicator"].lower()
    assert not any("27" in item.get("note", "") and item is not members for item in evidence)
    assert all("Together with the 2 consortia" not in text for text in _texts(record.data))
    table = sections["Evidence of success"]
    assert "Members of the 2 consortia 27 members 2016" in table
    assert "Members of the participating enterprises" not in table
    assert "Enterprises taking part 10 enterprises 2016" in table


def test_the_summary_says_what_the_source_says(record, sections):
    said = record.data["summary"]
    assert "internationalisation routes and partnerships" in said
    assert "pilot projects aimed at South Africa's Black economy" in said
    for wrong in ("export", "Gauteng", "township"):
        assert wrong.lower() not in said.lower()
    assert said in sections["top"]
    assert "export" not in " ".join(_texts(record.data)).lower()


def test_gauteng_only_for_the_missions_and_the_agencys_name(record):
    for path, value in leaves(record.data):
        if isinstance(value, str) and "Gauteng" in value:
            rest = value.replace("Gauteng Growth and Development Agency", "")
            assert "Gauteng" not in rest or path[0] == "evidence", path
    missions = [item for item in record.data["evidence"] if "Gauteng" in item["indicator"]]
    assert sorted(item["year"] for item in missions) == [2017, 2018]


def test_the_handling_is_not_reported_and_the_note_is_marked_as_the_editors(record, sections):
    [difficulty] = record.data["difficulties"]
    assert difficulty["handling"] == "not reported"
    assert "does not say" in difficulty["editors_note"]
    shown = sections["Difficulties and how they were handled"]
    assert "How it was handled: Not reported in the sources" in shown
    assert f"Editors' note: {' '.join(difficulty['editors_note'].split())}" in shown
    assert "one by one" not in shown


def test_the_contact_has_no_organisation(record, sections):
    [contact] = record.data["contacts"]
    assert contact["organisation"] == "not reported"
    shown = sections["Contacts"]
    assert "Saverio Serri" in shown and "Organisation: Not reported in the sources" in shown
    assert "Municipality" not in shown


def test_no_end_is_given_and_nothing_says_still_running(record, sections, page, checklist_page):
    assert record.data["end"] == "not reported"
    assert "When: January 2015 – end not reported" in sections["top"]
    for text in (page, checklist_page):
        assert "still running" not in text.replace("does not say the practice is still running", "")
        assert "ongoing" not in text
    assert "temporalCoverage" not in exports.json_ld(record, OPTIONS)
    assert exports.csv_row(record, OPTIONS)["end"] == "not reported"


def test_the_two_firms_presented_at_the_study_visit_and_are_not_partners(record, sections, checklist_page):
    names = [record.data["institution"]["name"], *(p["name"] for p in record.data["partners"])]
    for firm in ("Irriland", "Ecologia Soluzione Ambiente"):
        assert not any(firm in name for name in names)
        assert firm not in sections["Who was involved"]
        assert firm not in checklist_page
    description = " ".join(record.data["description"].split())
    assert (
        "At a study visit in 2017, Irriland and Ecologia Soluzione Ambiente were among the firms that presented"
        in description
    )
    assert "what Irriland did" not in checklist_page


def test_2015_formalised_the_work_of_previous_years(record, sections):
    description = " ".join(record.data["description"].split())
    assert "formalised the work of the previous years" in description
    assert "In 2015" not in description and "decided" not in description
    assert "In 2015" not in sections["What it is"]
    assert record.data["start"] == "2015-01"


def test_the_ggda_agreement_was_reported_not_signed(record, page):
    assert not any("signed" in text.lower() for text in _texts(record.data))
    assert "signed" not in page.lower()
    description = " ".join(record.data["description"].split())
    assert re.search(
        r"cooperation agreement between the E35 Foundation and the Gauteng Growth .{0,40} was reported", description
    )
    [ggda] = [p for p in record.data["partners"] if "GGDA" in p["name"]]
    assert "reported" in ggda["role"]


def test_every_source_has_an_id_a_title_and_a_consulted_date(record, sections):
    for source in record.data["sources"]:
        assert source["url"].startswith("https://")
        assert source["id"] and source["title"] and source["consulted"]
    shown = sections["Sources"]
    assert "Interreg Europe Policy Learning Platform, good practice 2229" in shown
    assert "consulted November 26, 2026" in shown


def test_no_value_is_left_that_no_source_gives(record):
    texts = " ".join(_texts(record.data))
    for invented in ("July 2015", "export-minded", "levels of government", "accompanied the companies one by one"):
        assert invented not in texts
