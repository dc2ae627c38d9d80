"""The transfer checklist for a city team, and the self-assessment's data: items, wording, downloads, pages.

Items are actions and questions for our city with the origin's words and
figures as references; unknown stays unknown; the checklist's own words never
speak of records, fields or schemas and never break a plural, on any practice
of the collection (practices/) and in every interface language.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re

import pytest

from conftest import ROOT
from generator import checklist, messages, readiness, records, site, validate
from helpers import html_text

OPTIONS = site.Options()
LANGUAGES = ["en", "it", "fr", "de"]
OWN_WORDS_BANNED = re.compile(r"\b(records?|fields?|schemas?)\b", re.IGNORECASE)
# "1 missions", "1 items": the number one before an English plural (not "1 bus", "1 class", "1 analysis").
BROKEN_PLURAL = re.compile(r"(?<![\d.,])\b1 (?!\w*(?:ss|us|is)\b)([a-z]+s)\b")

# A finished practice without difficulties, two evidence figures for one indicator, a legal basis.
TARTU = """
title: Tartu energy advice desk
summary: Tartu opened a desk that advises households on saving energy.
description: The city opened a desk in the town hall.
institution: {name: City of Tartu, role: Ran the desk.}
partners:
  - {name: Tartu Energy Agency, role: Trained the advisers}
location: {city: Tartu, region: Tartu County, country: EE}
start: 2019
end: 2022
topics: [energy]
resources:
  - {what: Two advisers, amount: 80000, currency: EUR, period: per-year, source: City budget}
evidence:
  - {indicator: Households advised, value: 1200, unit: households, year: 2020}
  - indicator: Households advised
    value: 1850
    unit: households
    year: 2021
    note: After the desk moved to the library
transferability:
  potential: Any city with an energy agency could do it.
  preconditions: [An energy agency or a utility willing to train advisers.]
  legal_basis: The municipal duty to inform residents about energy savings
  implementation_time: Six months
sources: [{url: "https://example.org/tartu"}]
last_reviewed: 2026-10-01
language: en
licence: CC-BY-4.0
"""

# Many resources in four currencies, one without an amount; partners named in the resources; a repeated precondition.
UMEA = """
title: Umeå cargo bikes for small shops
summary: Umeå lent cargo bikes to small shops for their deliveries.
description: Shops borrowed bikes.
institution: {name: Umeå municipality}
partners:
  - {name: Regional fund, role: Paid for the set-up.}
  - {name: Shopkeepers' association}
location: {city: Umeå, country: SE}
start: 2021-03
topics: [mobility, sme-competitiveness]
resources:
  - {what: Staff, amount: 45000, currency: SEK, period: per-year, source: Umeå municipality}
  - {what: Set-up grant, amount: 12500.5, currency: EUR, period: one-off, source: Regional fund}
  - {what: Bike parking, amount: 3000, currency: GBP, period: total}
  - {what: Volunteers from the neighbourhood}
  - {what: EU Interreg co-funding, amount: 1721378, currency: CZK, period: total, source: Interreg programme}
evidence:
  - {indicator: Deliveries made by bike, value: 5400, year: 2022}
difficulties:
  - {difficulty: Bikes were stolen., handling: The city added locked parking.}
transferability:
  potential: Works in any compact town.
  preconditions: [Shops within 3 km of each other., Shops within 3 km of each other.]
  success_factors: [A shopkeepers' association that spreads the word.]
sources: [{url: "https://example.org/umea"}]
last_reviewed: 2026-11-01
language: en
licence: CC-BY-4.0
"""

# No evidence, no city (the region names it), Markdown in the difficulties, items of its own, a formula-like line.
GRAZ = """
title: Graz repair cafés
summary: Graz helps volunteers run repair cafés in every district.
description: Volunteers repair things.
institution: {name: City of Graz, role: Found rooms and paid the insurance.}
location: {region: Steiermark, country: AT}
start: 2017
topics: [circular-economy]
resources:
  - {what: Insurance and rooms, amount: 15000, currency: EUR, period: per-year}
evidence: []
difficulties:
  - difficulty: "*Few* volunteers came <b>at first</b>."
    handling: "A [call in the city paper](https://example.org/paper) found forty."
  - difficulty: Some repairs were unsafe.
    handling: Electricians check every electrical repair.
transferability:
  potential: Any city with a volunteer culture.
  preconditions: ["=A room per district"]
  adopted_by: [{name: Linz, country: AT}]
checklist:
  - {id: insurance, section: resources, text: Check that our liability insurance covers volunteers., essential: true}
  - {id: talk-to-graz, section: people, text: Call the Graz volunteer office.}
contacts: [{name: Anna Berger, organisation: City of Graz}]
sources: [{url: "https://example.org/graz"}]
last_reviewed: 2026-09-15
language: en
licence: CC-BY-4.0
"""


def record(text: str, record_id: str, check: bool = True) -> records.Record:
    """A record from inline YAML; valid unless `check` is off (for keys another branch adds to the schema)."""
    loaded, problems = records.parse(text.encode("utf-8"), f"practices/{record_id}.yml", record_id)
    assert not problems
    if check:
        assert not validate.check(loaded)
    return loaded


def items(text: str, record_id: str, options=OPTIONS, check: bool = True) -> dict[str, checklist.Item]:
    return {i.id: i for i in checklist.items(record(text, record_id, check), options)}


def own_words(item: checklist.Item) -> str:
    """What the checklist itself says in an item: everything but the words quoted from the practice."""
    return " ".join(words for words, quoted in (*item.text, *item.reference) if not quoted)


# Items for our city, the origin as reference


def test_items_are_actions_for_our_city_with_the_origin_as_reference():
    tartu = items(TARTU, "tartu")
    lines = {i.id.split("-")[0]: i.line for i in tartu.values() if not i.id.startswith("q-")}
    assert lines == {
        "precondition": "Do we have this in place? An energy agency or a utility willing to train advisers. — "
        "Needed in Tartu.",
        "budget": "Find the money for two advisers — Tartu: €80,000 per year (from: City budget)",
        "role": "Find a partner here who can do what Tartu Energy Agency did in Tartu — Tartu: Trained the advisers.",
        "indicator": "Will we measure a result like this, and with what target? — "
        "Tartu, households advised: 1,200 in 2020; 1,850 in 2021. After the desk moved to the library.",
    }
    lead = [i for i in tartu.values() if i.id.startswith("role-")][0]
    assert lead.line == "Decide which of our offices leads it — Tartu: City of Tartu — Ran the desk."


def test_an_indicator_of_the_origin_is_a_reference_not_our_action():
    reggio = {i.id: i for i in _reggio()}
    missions = reggio[checklist.item_id("indicator", "Economic missions to Gauteng")]
    assert "Gauteng" not in missions.label
    assert missions.note == "Reggio Emilia, economic missions to Gauteng: 1 in 2017; 1 in 2018."
    surveyed = reggio[
        checklist.item_id("indicator", "Surveys of companies on their needs and opportunities towards Africa")
    ]
    assert (
        surveyed.note
        == "Reggio Emilia, surveys of companies on their needs and opportunities towards Africa: 22 in 2016."
    )


def test_a_unit_of_one_never_reads_as_a_broken_plural():
    one = TARTU.replace("value: 1200, unit: households", "value: 1, unit: visits")
    figure = items(one, "tartu")[checklist.item_id("indicator", "Households advised")].note
    assert "1 (visits) in 2020" in figure and not BROKEN_PLURAL.search(figure)


def test_general_questions_ask_about_our_city_and_tell_what_the_origin_did():
    notes = {k: i.note for k, i in items(TARTU, "tartu").items() if k.startswith("q-")}
    assert notes["q-legal-basis"] == "Tartu relied on: The municipal duty to inform residents about energy savings."
    assert notes["q-time"] == "Tartu: 2019 – 2022. Time to set it up: Six months."
    assert notes["q-dependencies"] == "Tartu worked with 1 partner: Tartu Energy Agency."
    assert notes["q-difficulties"] == "Ask Tartu's team which difficulties they met."
    umea = {k: i.note for k, i in items(UMEA, "umea").items() if k.startswith("q-")}
    assert umea["q-dependencies"] == "Umeå worked with 2 partners: Regional fund, Shopkeepers' association."
    assert umea["q-difficulties"] == "Umeå met 1 difficulty, listed under risks."
    graz = {k: i.note for k, i in items(GRAZ, "graz").items() if k.startswith("q-")}
    assert graz["q-difficulties"] == "Steiermark met 2 difficulties, listed under risks."
    assert graz["q-legal-basis"] == "Ask Steiermark which power it used."
    assert "Also taken up by: Linz (AT)." in graz["q-evidence"]


def test_essentials_come_first_and_are_at_most_twelve():
    graz = checklist.items(record(GRAZ, "graz"), OPTIONS)
    essential = [i.id for i in graz if i.essential]
    assert essential[:1] == [checklist.item_id("precondition", "=A room per district")]
    assert "item-insurance" in essential and "item-talk-to-graz" not in essential
    assert {"q-problem-fit", "q-legal-basis", "q-acceptability", "q-resources", "q-process"} <= set(essential)
    many = GRAZ.replace(
        'preconditions: ["=A room per district"]',
        "preconditions: [" + ", ".join(f"Condition {n}." for n in range(15)) + "]",
    )
    assert sum(i.essential for i in checklist.items(record(many, "graz"), OPTIONS)) == checklist.ESSENTIALS


def test_ids_follow_what_an_item_is_about_not_its_position():
    before = items(TARTU, "tartu")
    shifted = TARTU.replace("preconditions: [", "preconditions: [A new first condition., ")
    after = items(shifted, "tartu")
    assert set(before) < set(after)
    assert checklist.item_id("x", "  Some  Words ") == checklist.item_id("x", "some words")


def test_repeated_conditions_get_their_own_ids():
    ids = [i for i in items(UMEA, "umea") if i.startswith("precondition-")]
    assert len(ids) == 2 and ids[1] == ids[0] + "-2"


# Unknown stays unknown (issue 14's convention)


def test_a_handling_not_reported_is_a_risk_without_an_invented_answer():
    unknown = GRAZ.replace(
        'handling: "A [call in the city paper](https://example.org/paper) found forty."', "handling: not reported"
    )
    risk = items(unknown, "graz")[checklist.item_id("risk", "*Few* volunteers came <b>at first</b>.")]
    assert risk.label == "Could this happen here? Few volunteers came at first."
    assert risk.note == "How the origin handled it: not reported in the sources"


def test_an_editors_note_is_marked_as_the_editors():
    noted = GRAZ.replace(
        "handling: Electricians check every electrical repair.",
        "handling: Electricians check every electrical repair.\n"
        "    editors_note: The source does not say who pays the electricians.",
    )
    risk = items(noted, "graz", check=False)[checklist.item_id("risk", "Some repairs were unsafe.")]
    assert risk.note == (
        "How Steiermark handled it: Electricians check every electrical repair. "
        "Editors' note: The source does not say who pays the electricians."
    )


def test_still_running_is_never_said_and_an_unreported_end_stays_unreported():
    ongoing = {k: i.note for k, i in items(GRAZ, "graz").items()}
    assert ongoing["q-sustainability"] == "Steiermark: since 2017, last reported as running."
    unknown_end = {
        k: i.note
        for k, i in items(GRAZ.replace("start: 2017", "start: 2017\nend: not reported"), "graz", check=False).items()
    }
    assert unknown_end["q-sustainability"] == "Steiermark: from 2017; its end is not reported in the sources."
    for text in (*ongoing.values(), *unknown_end.values()):
        assert "still running" not in text


def test_values_not_reported_are_never_shown_as_if_known():
    unknown = (
        TARTU.replace(
            "legal_basis: The municipal duty to inform residents about energy savings", "legal_basis: not reported"
        )
        .replace(
            "{indicator: Households advised, value: 1200, unit: households, year: 2020}",
            "{indicator: Households advised, value: 1200, unit: households, year: not reported}",
        )
        .replace(
            "{name: Tartu Energy Agency, role: Trained the advisers}", "{name: Tartu Energy Agency, role: not reported}"
        )
    )
    found = items(unknown, "tartu", check=False)
    assert found["q-legal-basis"].note == "What Tartu relied on: not reported in the sources."
    figures = found[checklist.item_id("indicator", "Households advised")].note
    assert figures.startswith("Tartu, households advised: 1,200, year not reported in the sources; 1,850 in 2021.")
    partner = found[checklist.item_id("role", "Tartu Energy Agency")]
    assert partner.reference == ()
    assert not any(i.note.strip() == "not reported" for i in found.values())


# Every checklist of the real collection, in every language: our words only, plurals whole


def _collection() -> list[records.Record]:
    return validate.collect([ROOT / "practices"], ROOT)


def test_the_collection_is_scanned():
    assert len(_collection()) == len(list((ROOT / "practices").glob("*.yml"))) >= 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_checklist_speaks_of_records_fields_or_schemas_or_breaks_a_plural(lang):
    options = dataclasses.replace(OPTIONS, language=lang)
    bad = []
    for rec in _collection():
        found = checklist.items(rec, options)
        headings = [g["heading"] for g in checklist.sections(found, lang)]
        page = checklist.page(rec, found, options)
        words = [own_words(i) for i in found] + headings + [_page_own_words(page, rec, found)]
        for text in words:
            if OWN_WORDS_BANNED.search(text) or BROKEN_PLURAL.search(text):
                bad.append((rec.id, text[:200]))
    assert not bad


def _page_own_words(page: str, rec, found: list[checklist.Item]) -> str:
    """The page's text without markup and without the words it quotes from the practice (its title included)."""
    text = html_text(re.sub(r"\{[^}]*\}", " ", page.split("---", 2)[2]))  # attribute lists too
    quoted = [rec.data["title"]] + [w for i in found for w, q in (*i.text, *i.reference) if q]
    for words in sorted({" ".join(w.split()) for w in quoted}, key=len, reverse=True):
        text = text.replace(words, " ")
    return text


def test_the_scan_catches_what_it_looks_for():
    assert OWN_WORDS_BANNED.search("The record names no partners.")
    assert OWN_WORDS_BANNED.search("Records have no field for this")
    assert BROKEN_PLURAL.search("1 missions in 2017")
    assert not BROKEN_PLURAL.search("1 mission in 2017; 11 missions; 1 bus; 2.1 items")


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_every_word_of_the_checklist_and_the_self_assessment_is_translated(lang):
    entries = messages.catalogue()  # every message of generator/locales/messages.pot, the checklist's included
    assert len(entries) > 100 and all(w in entries for w in checklist.SCRIPT_WORDS)
    missing = [key for key, value in entries.items() if lang not in value]
    assert not missing


def test_plural_words_for_the_script_come_in_each_languages_forms():
    words = checklist.script_words("fr")
    assert words["plurals"]["{count} item"] == {"one": "{count} point", "other": "{count} points"}
    assert words["words"]["partly"] == "en partie"


# Downloads and page


def test_csv_download_has_status_owner_due_date_and_note_columns():
    found = checklist.items(record(GRAZ, "graz"), OPTIONS)
    text = checklist.csv_text(found)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["Section", "Item", "Essential", "Reference", "Status", "Owner", "Due date", "Note"]
    assert len(rows) == 1 + len(found)
    assert all(row[4:] == ["not started", "", "", ""] for row in rows[1:])
    risky = [cell for row in rows for cell in row if cell.startswith(("=", "+", "-", "@"))]
    assert not risky


def test_markdown_download_has_a_line_to_fill_per_item():
    rec = record(GRAZ, "graz")
    text = checklist.markdown_text(rec, checklist.items(rec, OPTIONS))
    assert text.startswith("# Transfer checklist: Graz repair cafés\n")
    assert "- Could this happen here? \\*Few\\* volunteers" not in text  # plain words, not the Markdown source
    assert text.count("  Status: not started · Owner: · Due date: · Note:") == len(checklist.items(rec, OPTIONS))


def test_page_escapes_text_keeps_the_script_words_inert_and_folds_the_rest():
    hostile = GRAZ.replace("title: Graz repair cafés", 'title: "Graz </script><script>alert(1)</script> cafés"')
    rec = record(hostile, "graz")
    found = checklist.items(rec, OPTIONS)
    page = checklist.page(rec, found, OPTIONS)
    assert "<script>alert(1)" not in page
    block = page.split('<script type="application/json" id="gp-checklist-words">', 1)[1].split("</script>", 1)[0]
    assert json.loads(block)["words"]["Status"] == "Status"
    assert page.count('<li class="gp-item') == len(found)
    assert page.count("gp-more-list") == sum(1 for g in checklist.sections(found) if g["more"])
    assert f'data-version="{checklist.version(found)}"' in page


def test_text_in_another_language_is_marked_and_our_words_are_the_sites():
    italian_site = dataclasses.replace(OPTIONS, language="it")
    tartu = record(TARTU.replace("language: en", "language: de"), "tartu")
    page = checklist.page(tartu, checklist.items(tartu, italian_site), italian_site)
    assert (
        '<h1 id="checklist-title">Checklist di trasferimento: <span lang="de">Tartu energy advice desk</span></h1>'
        in page
    )
    assert 'Lo abbiamo già? <span lang="de">An energy agency or a utility willing to train advisers.</span>' in page
    assert "### Adeguatezza: fa per la nostra città?" in page


def test_version_changes_when_an_item_is_reworded():
    one = checklist.items(record(TARTU, "tartu"), OPTIONS)
    two = checklist.items(record(TARTU.replace("Six months", "Eight months"), "tartu"), OPTIONS)
    assert checklist.version(one) != checklist.version(two) and checklist.version(one) == checklist.version(one)


# Site stage and the self-assessment's data


def test_site_stage_gives_every_practice_a_page_both_downloads_and_the_self_assessment(tmp_path):
    import samples

    recs = validate.collect([samples.write(tmp_path / "practices", 6)], tmp_path)
    out = checklist.files(recs, OPTIONS)
    for r in recs:
        assert {
            f"checklists/{r.id}.md",
            f"downloads/checklists/{r.id}.md.txt",
            f"downloads/checklists/{r.id}.csv",
        } <= set(out)
    assert {"ready.md", "data/ready.json"} <= set(out) and len(out) == 2 + 3 * len(recs)
    assert set(out) & set(site.files(recs, OPTIONS)) == set(out)  # registered as a site stage


def test_needs_point_at_the_checklist_item_an_answer_fills_in():
    reggio = validate.collect([ROOT / "practices" / "reggio-emilia-south-africa.yml"], ROOT)[0]
    needs = readiness.needs(reggio.data)
    relationship = next(line for line in reggio.data["transferability"]["preconditions"] if "twinning" in line)
    assert needs["relationship"] == checklist.item_id("precondition", relationship)
    assert needs["legal"] == "q-legal-basis" and needs["backing"] == "q-acceptability"
    tartu = readiness.needs(record(TARTU, "tartu").data)
    assert "relationship" not in tartu and tartu["partner"] == "q-dependencies"  # "an energy agency"


def test_every_readiness_question_and_need_is_in_the_catalogue_and_names_a_real_item():
    general = {f"q-{q.id}" for q in checklist.QUESTIONS}
    for question in readiness.weights()["questions"]:
        assert question["question"] in messages.catalogue() and question["need"] in messages.catalogue()
        assert question.get("item", "q-x") in general or "item" not in question
    assert set(readiness.weights()["weights"]["answers"]) == set(readiness.ANSWERS)


def test_self_assessment_page_works_without_script_and_escapes_its_words():
    recs = [record(TARTU, "tartu"), record(GRAZ, "graz")]
    page = readiness.page(recs, OPTIONS)
    assert "## How to use these questions with the catalogue { #without-script }" in page
    assert page.count('type="radio"') == 4 * len(readiness.weights()["questions"])
    assert '<option value="AT">Austria</option>' in page and "The library holds 2 practices." in page
    assert not OWN_WORDS_BANNED.search(re.sub(r"<[^>]+>", " ", page))


def _reggio() -> list[checklist.Item]:
    rec = validate.collect([ROOT / "practices" / "reggio-emilia-south-africa.yml"], ROOT)[0]
    return checklist.items(rec, OPTIONS)
