"""Checking records: every problem with file, line, column and field, in words a contributor can act on."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from generator import validate
from generator.errors import RecordsInvalid
from generator.records import parse

REGGIO = (ROOT / "practices" / "reggio-emilia-south-africa.yml").read_text(encoding="utf-8")


def _problems(text: str) -> list[str]:
    record, problems = parse(text.encode("utf-8"), "practices/x.yml", "x")
    assert record is not None, problems
    return [str(p) for p in validate.check(record)]


def _changed(**changes) -> str:
    data = yaml.safe_load(REGGIO)
    data = copy.deepcopy(data)
    data.update(changes)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def test_every_record_in_practices_is_valid():
    records = validate.collect([ROOT / "practices"], ROOT)
    assert [r.id for r in records] == sorted(p.stem for p in (ROOT / "practices").glob("*.yml"))


def test_the_real_record_has_no_problem():
    assert _problems(REGGIO) == []


def test_unknown_key_suggests_the_right_one():
    text = REGGIO.replace("summary:", "sumary:", 1)
    assert _problems(text) == [
        "practices/x.yml:2:1: missing required field 'summary'",
        "practices/x.yml:3:1: sumary: unknown field 'sumary'; did you mean 'summary'?",
    ]


def test_type_errors_say_what_was_expected_and_found():
    text = REGGIO.replace("    year: 2016\n", "    year: twenty\n", 1)
    line = text.splitlines().index("    year: twenty") + 1
    assert _problems(text) == [
        f"practices/x.yml:{line}:11: evidence/0/year: expected a whole number, "
        "or 'not reported' if the sources do not say; found 'twenty'"
    ]


def test_semantic_rules():
    text = _changed(start=2016, end="2015-06", topics=["energi"], location={"country": "UK", "nuts": "ITH53"})
    problems = _problems(text)
    assert any("end: the end (2015-06) is before the start (2016)" in p for p in problems)
    assert any("topics/0: unknown topic 'energi'; did you mean 'energy'?" in p for p in problems)
    assert any(
        "location/country: unknown country code 'UK'; expected an ISO 3166-1 alpha-2 code "
        "such as IT or ES; write GB" in p
        for p in problems
    )
    assert any("location/nuts: the NUTS code 'ITH53' does not start with the country code 'UK'" in p for p in problems)


def test_currency_and_amount():
    data = yaml.safe_load(REGGIO)
    data["resources"][0].update(currency="EUQ", amount=-1)
    problems = _problems(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    assert [p.split(": ", 1)[1] for p in problems] == [
        "resources/0/amount: expected a number at least 0, found the number -1",
        "resources/0/currency: unknown currency code 'EUQ'; expected an ISO 4217 code such as EUR, GBP or PLN",
    ]


def test_evidence_before_the_start_is_refused():
    data = yaml.safe_load(REGGIO)
    data["evidence"][0]["year"] = 2010
    problems = _problems(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    assert [p.split(": ", 1)[1] for p in problems] == [
        "evidence/0/year: the year 2010 is before the practice started (2015-01); "
        "evidence must come from its life or after it"
    ]


def test_placeholders_are_named_once():
    text = _changed(summary="TODO: write it", start="TODO: e.g. 2015")
    assert [p.split(": ", 1)[1] for p in _problems(text)] == [
        "summary: still a placeholder ('TODO: write it'); write the real value",
        "start: still a placeholder ('TODO: e.g. 2015'); write the real value",
    ]


def test_collection_reports_every_file_then_fails_once(tmp_path: Path):
    (tmp_path / "good.yml").write_text(REGGIO, encoding="utf-8")
    (tmp_path / "typed.yml").write_text(REGGIO.replace("language: en", "language: 12"), encoding="utf-8")
    (tmp_path / "typo.yml").write_text(REGGIO.replace("licence:", "license:"), encoding="utf-8")
    (tmp_path / "broken.yml").write_text("title: [unclosed\n", encoding="utf-8")
    with pytest.raises(RecordsInvalid) as failure:
        validate.collect([tmp_path], tmp_path)
    report = failure.value.report().splitlines()
    assert report[-1] == "4 problems in 3 files."
    assert report[0] == (
        "broken.yml:1:8: the [ opened on line 1, column 8 is not closed; add ] at the end, or put the whole text "
        "in double quotes if it is not meant as a list. Nothing else in the file was checked; fix this first."
    )
    assert any(
        line.startswith("typed.yml:") and "language: expected text, found the number 12" in line for line in report
    )
    assert any(
        line.startswith("typo.yml:") and "license: unknown field 'license'; did you mean 'licence'?" in line
        for line in report
    )


def test_duplicate_ids_across_folders(tmp_path: Path):
    for folder in ("it", "es"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.yml").write_text(REGGIO, encoding="utf-8")
    with pytest.raises(RecordsInvalid) as failure:
        validate.collect([tmp_path], tmp_path)
    assert [str(p) for p in failure.value.problems] == [
        "es/same.yml:1:1: the id 'same' is used by another record too (it/same.yml); rename one file",
        "it/same.yml:1:1: the id 'same' is used by another record too (es/same.yml); rename one file",
    ]


def test_parallel_collection_reports_the_same_problems(tmp_path: Path, monkeypatch):
    for i in range(6):
        (tmp_path / f"record-{i}.yml").write_text(REGGIO.replace("language: en", f"language: {i}"), encoding="utf-8")
    (tmp_path / "good.yml").write_text(REGGIO, encoding="utf-8")
    reports = []
    for workers in (1, 2):
        monkeypatch.setattr(validate, "PARALLEL_FROM", 2)
        with pytest.raises(RecordsInvalid) as failure:
            validate.collect([tmp_path], tmp_path, workers=workers)
        reports.append(failure.value.report())
    assert reports[0] == reports[1]
    assert reports[0].splitlines()[-1] == "6 problems in 6 files."


def _with(edit) -> list[str]:
    """The problems of the real record after an edit of its data, without file and place."""
    data = yaml.safe_load(REGGIO)
    edit(data)
    return [p.split(": ", 1)[1] for p in _problems(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))]


def test_not_reported_is_a_value_where_the_convention_allows_it():
    def unknowns(data):
        data["end"] = "not reported"
        data["location"]["city"] = "not reported"
        data["evidence"][0]["year"] = "not reported"
        data["difficulties"][0]["handling"] = "not reported"
        data["contacts"][0].update(role="not reported", organisation="not reported")
        data["transferability"].update(legal_basis="not reported", implementation_time="not reported")

    assert _with(unknowns) == []
    assert validate.not_reported_fields() == {
        ("end",),
        ("location", "city"),
        ("evidence", "*", "year"),
        ("difficulties", "*", "handling"),
        ("contacts", "*", "organisation"),
        ("contacts", "*", "role"),
        ("transferability", "legal_basis"),
        ("transferability", "implementation_time"),
    }


def test_start_stays_required_and_real():
    assert _with(lambda d: d.update(start="not reported")) == [
        "start: expected a year (2015) or a year and month (2015-01), found 'not reported'"
    ]
    assert _with(lambda d: d.pop("start")) == ["missing required field 'start'"]


def test_not_reported_elsewhere_or_in_capitals_is_refused():
    def misuse(data):
        data["institution"]["name"] = "not reported"
        data["end"] = "Not reported"
        data["difficulties"][0]["handling"] = "Not Reported"

    problems = _with(misuse)
    assert any(
        p.startswith("end: expected a year (2015) or a year and month (2015-01), or 'not reported'") for p in problems
    )
    assert "difficulties/0/handling: write 'not reported' exactly, in lower case, found 'Not Reported'" in problems
    assert any(
        p.startswith("institution/name: 'not reported' is allowed only in: contacts/*/organisation") for p in problems
    )
    assert len(problems) == 3


def test_evidence_years_not_reported_skip_the_life_check():
    def edit(data):
        data["evidence"][0]["year"] = "not reported"
        data["evidence"][1]["year"] = 2010

    assert _with(edit) == [
        "evidence/1/year: the year 2010 is before the practice started (2015-01); "
        "evidence must come from its life or after it"
    ]


def test_end_not_reported_is_no_period_problem():
    assert _with(lambda d: d.update(start="2014-06", end="not reported")) == []


def test_editors_notes_and_source_fields_are_known_keys():
    def edit(data):
        data["editors_note"] = "The sources list activities but no handling of the difficulty."
        data["difficulties"][0]["editors_note"] = "Read from the listed activities."
        data["evidence"][0]["editors_note"] = "Counted from the page's list."
        data["resources"][0]["editors_note"] = "Rounded on the page."
        data["sources"][0].update(id="interreg-europe", consulted="2026-11-26")

    assert _with(edit) == []


def test_reported_in_must_name_a_source_id_with_a_suggestion():
    def edit(data):
        data["sources"][0]["id"] = "interreg-europe"
        data["sources"].append({"id": "e35", "url": "https://www.fondazionee35.eu/"})
        data["evidence"][0]["reported_in"] = "interreg-europ"
        data["resources"][0]["reported_in"] = "e35"
        data["difficulties"][0]["reported_in"] = "municipality"

    assert _with(edit) == [
        "evidence/0/reported_in: no source has the id 'interreg-europ'; did you mean 'interreg-europe'?",
        "difficulties/0/reported_in: no source has the id 'municipality'; expected one of: interreg-europe, e35",
    ]


def test_reported_in_points_at_its_line_and_column():
    text = REGGIO.replace("    value: 22\n", "    value: 22\n    reported_in: interreg-europa\n", 1)
    line = text.splitlines().index("    reported_in: interreg-europa") + 1
    assert _problems(text) == [
        f"practices/x.yml:{line}:18: evidence/3/reported_in: no source has the id 'interreg-europa'; "
        "did you mean 'interreg-europe'?"
    ]
    unnamed = text.replace("  - id: interreg-europe\n    title:", "  - title:")
    assert _problems(unnamed)[0].endswith(
        "no source has the id 'interreg-europa'; give that entry of sources an id: interreg-europa"
    )


def test_source_ids_are_unique_and_consulted_is_a_real_date():
    def edit(data):
        data["sources"][0].update(id="interreg-europe", consulted="2026-02-30")
        data["sources"].append({"id": "interreg-europe", "url": "https://www.interregeurope.eu/compete-in/"})

    assert _with(edit) == [
        "sources/0/consulted: '2026-02-30' is not a real date; expected YYYY-MM-DD",
        "sources/1/id: the source id 'interreg-europe' is used twice (also source 0); ids must be unique",
    ]


def test_placeholder_text_anywhere_in_a_value_is_refused():
    markers = validate.placeholder_markers()
    assert {"TODO", "e.g.", "Lorem", "…"} <= set(markers)

    def edit(data):
        data["summary"] = "Lorem ipsum dolor sit amet."
        data["evidence"][0]["note"] = "Counted in 2016 (see TODO below)."
        data["transferability"]["preconditions"][0] = "A partner abroad, e.g. a twin city."
        data["contacts"][0]["role"] = "Author of …"

    assert _with(edit) == [
        "summary: holds placeholder text ('Lorem'); write the real value",
        "evidence/0/note: holds placeholder text ('TODO'); write the real value",
        "transferability/preconditions/0: holds placeholder text ('e.g.'); write the real value",
        "contacts/0/role: holds placeholder text ('…'); write the real value",
    ]


def test_adopted_by_takes_year_practice_and_source():
    def edit(data):
        data["sources"][0]["id"] = "interreg-europe"
        data["transferability"]["adopted_by"] = [
            {"name": "Modena", "country": "IT", "year": 2019, "reported_in": "interreg-europe"},
            {"name": "Parma", "country": "IT", "year": 2031, "practice": "x"},
            {"name": "Reggio Emilia", "country": "IT"},
        ]

    assert sorted(_with(edit)) == [
        "transferability/adopted_by/1/practice: names this record itself; "
        "practice is the id of the record of the adopter's version",
        "transferability/adopted_by/1/year: the year 2031 is after the record was last reviewed (2026-11-26)",
        "transferability/adopted_by/2/name: 'Reggio Emilia' is where the practice comes from; "
        "adopted_by names the other places that took it up",
    ]


def test_adopted_by_practice_must_be_a_record_of_the_collection(tmp_path: Path):
    data = yaml.safe_load(REGGIO)
    data["transferability"]["adopted_by"] = [
        {"name": "Modena", "country": "IT", "practice": "modena-africa-desk"},
        {"name": "Parma", "country": "IT", "practice": "parma-bike-lanes"},
    ]
    (tmp_path / "reggio.yml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    (tmp_path / "modena-africa-desk.yml").write_text(REGGIO, encoding="utf-8")
    with pytest.raises(RecordsInvalid) as failure:
        validate.collect([tmp_path], tmp_path)
    problems = [str(p) for p in failure.value.problems]
    assert len(problems) == 1
    assert problems[0].startswith("reggio.yml:")
    assert problems[0].endswith(
        "transferability/adopted_by/1/practice: no record has the id 'parma-bike-lanes'; "
        "add its record to practices/ or delete this line"
    )
