"""Budgets in euros and the headline result of a card: the rates table, the conversion, the rule.

The rates table generator/data/rates.yml is edited by hand in pull requests:
it is checked like a record, and each problem names its file, line and column.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

import samples
from conftest import ROOT
from generator import catalogue, rates, render, site, validate
from generator.records import Record

REQUIRED = {"SEK", "PLN", "CZK", "DKK", "GBP", "HUF", "RON", "CHF", "NOK", "USD"}
GOOD = "day: 2025-02-28\nsource: European Central Bank\nrates:\n  SEK: 11.1880\n  PLN: 4.1503\n"


def _table(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rates.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_table_names_its_day_and_covers_the_currencies_records_use():
    table = rates.load()
    assert table.day == datetime.date(2025, 2, 28)
    assert "European Central Bank" in table.source
    assert set(table.per_euro) >= REQUIRED
    used = {
        line["currency"]
        for r in validate.collect([ROOT / "practices"], ROOT)
        for line in r.data["resources"]
        if "amount" in line
    }
    used |= set(samples.CURRENCIES.values())
    assert {c for c in used if table.to_euro(1, c) is None} == set()
    text = rates.PATH.read_text(encoding="utf-8")
    assert "28 February 2025" in text and "ecb.europa.eu" in text, "the file cites its day and source"


def test_the_ecb_figures_of_the_day_as_published():
    # A few figures checked by hand against the ECB's table of 28 February 2025.
    per_euro = rates.load().per_euro
    assert (per_euro["USD"], per_euro["SEK"], per_euro["GBP"], per_euro["CZK"]) == (1.0411, 11.188, 0.82608, 25.029)


def test_conversion_divides_by_the_rate_and_keeps_euros_and_unknown_currencies_apart(tmp_path):
    table = rates.load(_table(tmp_path, GOOD))
    assert table.to_euro(1_118_800, "SEK") == pytest.approx(100_000)
    assert table.to_euro(41_503, "PLN") == pytest.approx(10_000)
    assert table.to_euro(250, "EUR") == 250.0
    assert table.to_euro(1000, "UAH") is None


def _record(data: dict) -> Record:
    return Record(id="x", path="practices/x.yml", data=data)


def test_a_budget_in_euros_adds_one_year_of_running_costs_to_the_one_off_amounts():
    _, data = samples.record(6)  # Umeå: kronor only
    data["resources"] = [
        {"what": "Staff", "amount": 111_880, "currency": "SEK", "period": "per-year", "source": "City"},
        {"what": "Set-up", "amount": 50_000, "currency": "EUR", "period": "one-off", "source": "Region"},
        {"what": "Help", "source": "Volunteers"},
    ]
    assert catalogue.in_euros(data, rates.load()) == pytest.approx(60_000)


def test_a_currency_without_a_rate_leaves_the_budget_unconverted_and_is_named():
    _, data = samples.record(6)
    data["resources"][0]["currency"] = "UAH"
    assert catalogue.in_euros(data, rates.load()) is None
    assert catalogue.unrated([_record(data)], rates.load()) == ["UAH"]
    data["resources"] = [{"what": "Help", "source": "Volunteers"}]
    assert catalogue.in_euros(data, rates.load()) is None  # no amount at all: nothing to compare either


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace("SEK:", "sek:"), "rates.yml:4:3: rates: 'sek' is not an ISO 4217 currency code"),
        (GOOD.replace("SEK:", "SEKR:"), "rates.yml:4:3: rates: 'SEKR' is not an ISO 4217 currency code"),
        (GOOD.replace("11.1880", "-11.1880"), "rates.yml:4:8: rates.SEK: must be a positive number"),
        (GOOD.replace("11.1880", "0"), "rates.yml:4:8: rates.SEK: must be a positive number"),
        (GOOD.replace("11.1880", '"11.1880"'), "rates.yml:4:8: rates.SEK: must be a positive number"),
        (GOOD.replace("11.1880", ".nan"), "rates.yml:4:8: rates.SEK: must be a positive number"),
        (GOOD.replace("11.1880", "true"), "rates.yml:4:8: rates.SEK: must be a positive number"),
        (GOOD.replace("11.1880", "[1, 2]"), "rates.yml:4:8: rates.SEK: must be a positive number"),
        (GOOD + "  SEK: 11.2\n", "rates.yml:6:3: rates: 'SEK' is given twice"),
        (GOOD + "  EUR: 1\n", "rates.yml:6:3: rates: EUR is the base currency"),
        (GOOD.replace("2025-02-28", "2025-02-30"), "rates.yml:1:6: day: must be the rates' day as YYYY-MM-DD"),
        (GOOD.replace("2025-02-28", "'2025-02-28\\n'"), "rates.yml:1:6: day: must be the rates' day"),
        (GOOD.replace("day: 2025-02-28\n", ""), "rates.yml:1:1: day: missing"),
        (
            GOOD.replace("rates:\n  SEK: 11.1880\n  PLN: 4.1503\n", "rates: [SEK, PLN]\n"),
            "rates.yml:3:8: rates: must be a mapping",
        ),
        ("", "rates.yml:1:1: must be a mapping"),
        ("rates: {SEK: 1\n", "rates.yml:2:1: not readable as YAML"),
    ],
)
def test_a_wrong_rates_table_is_refused_with_file_line_and_column(tmp_path, monkeypatch, text, expected):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(rates.RatesInvalid) as refused:
        rates.load(_table(tmp_path, text))
    assert str(refused.value).startswith(expected), str(refused.value)


def test_a_long_hostile_key_is_shown_short(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(rates.RatesInvalid) as refused:
        rates.load(_table(tmp_path, GOOD.replace("SEK:", "<script>" + "x" * 500 + ":")))
    assert len(str(refused.value)) < 160


# --- The headline result of a card --------------------------------------------------------------------------

EVIDENCE = [
    {"indicator": "Firms on missions", "value": 10, "unit": "enterprises", "year": 2016},
    {"indicator": "Jobs", "value": 1200, "unit": "jobs", "year": 2018},
    {"indicator": "Contracts", "value": 3, "year": 2018},
    {"indicator": "Visitors", "value": 50000, "unit": "people", "year": 2017},
]


def test_the_headline_is_the_first_item_of_the_latest_year():
    assert render.headline({"evidence": EVIDENCE}, "en") == {"indicator": "Jobs", "figure": "1,200 jobs", "year": 2018}
    assert render.headline({"evidence": EVIDENCE[2:]}, "en") == {"indicator": "Contracts", "figure": "3", "year": 2018}
    assert render.headline({"evidence": EVIDENCE[:1]}, "de")["figure"] == "10 enterprises"
    assert render.headline({"evidence": EVIDENCE[1:2]}, "de")["figure"] == "1.200 jobs"


def test_a_year_the_sources_do_not_report_neither_wins_nor_is_invented():
    unknown = {"indicator": "Trees planted", "value": 700, "unit": "trees", "year": "not reported"}
    assert render.headline({"evidence": [unknown, EVIDENCE[0]]}, "en")["indicator"] == "Firms on missions"
    assert render.headline({"evidence": [unknown]}, "en") == {
        "indicator": "Trees planted",
        "figure": "700 trees",
        "year": None,
    }
    assert render.headline({"evidence": []}, "en") is None
    assert render.headline({}, "en") is None


# --- Listings: empty topics get no page ---------------------------------------------------------------------


def test_topics_no_practice_has_get_no_page_and_no_line_in_the_index():
    records = [_record(samples.record(i)[1]) for i in range(2)]
    options = site.Options()
    pages = render.listing_pages(records, options)
    used = {t for r in records for t in r.data["topics"]}
    assert {p for p in pages if p.startswith("topics/") and p != "topics/index.md"} == {f"topics/{t}.md" for t in used}
    index = pages["topics/index.md"]
    for topic in options.topics:
        assert (f"]({topic}.md)" in index) == (topic in used), topic
    assert set(options.topics) > used, "the vocabulary keeps the others"


def test_the_scripts_words_come_from_the_catalogue_in_the_site_language():
    words = catalogue.catalogue_words("de")
    assert words["count"] == {"one": "{count} Praxisbeispiel", "other": "{count} Praxisbeispiele"}
    assert words["ticked"]["other"] == "{count} Praxisbeispiele zum Vergleich angekreuzt"
    compare = catalogue.compare_words("it")
    assert compare["Place"] == "Luogo" and compare["comparing"]["one"] == "Confronto di {count} pratica"
    page = yaml.safe_load(catalogue.compare_page(site.Options(language="fr")).split("---")[1])
    assert page["hide"] == ["toc"] and page["title"] == "Comparer des pratiques"


def test_a_wrong_rates_table_stops_the_build_with_its_place_and_writes_nothing(tmp_path, monkeypatch, capsys):
    from generator import cli

    bad = _table(tmp_path, GOOD.replace("PLN:", "pln:"))
    monkeypatch.setattr(rates, "PATH", bad)
    monkeypatch.chdir(tmp_path)
    records = samples.write(tmp_path / "records", 2)
    code = cli.main(["render", str(tmp_path / "out"), "--records", str(records)])
    assert code != 0
    assert "rates.yml:5:3: rates: 'pln' is not an ISO 4217 currency code" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
