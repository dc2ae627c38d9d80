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
    assert _problems(text) == [f"practices/x.yml:{line}:11: evidence/0/year: expected a whole number, found 'twenty'"]


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
