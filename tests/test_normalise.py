"""Money, dates, countries, topics and figures as good-practice pages write them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import validate
from generator.normalise import (
    ONGOING,
    Money,
    country_code,
    evidence_items,
    find_money,
    guess_language,
    parse_date,
    parse_money,
    read_date,
    read_number,
    split_amounts,
    topic_ids,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.000€", Money(10000, "EUR")),
        ("€700.000", Money(700000, "EUR")),
        ("€ 95,800", Money(95800, "EUR")),
        ("2,500€", Money(2500, "EUR")),
        ("88,280 euros", Money(88280, "EUR")),
        ("EUR 950", Money(950, "EUR")),
        ("8,280 €", Money(8280, "EUR")),
        ("1 721 378 €", Money(1721378, "EUR")),
        ("1\u00a0721\u00a0378 €", Money(1721378, "EUR")),
        ("€750.000,00", Money(750000, "EUR")),
        ("€1.7 million", Money(1700000, "EUR")),
        ("£6.3m", Money(6300000, "GBP")),
        ("1,234.56 USD", Money(1234.56, "USD")),
        ("€2.5", Money(2.5, "EUR")),
        ("PLN 40 000", Money(40000, "PLN")),
        ("about 10.000€ per year", Money(10000, "EUR", "per-year")),
        ("a total of €95,800", Money(95800, "EUR", "total")),
        ("€95,800 in total", Money(95800, "EUR", "total")),
        ("an annual budget of EUR 950", Money(950, "EUR", "per-year")),
        ("a one-off grant of £12,000", Money(12000, "GBP", "one-off")),
        ("EUR 950 al año", Money(950, "EUR", "per-year")),
    ],
)
def test_parse_money(text, expected):
    assert parse_money(text) == expected


@pytest.mark.parametrize("text", ["30 B2B meetings", "in 2016", "10 leisure centres", "the euro area", ""])
def test_no_money(text):
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the programme budget of MEUR 335", Money(335000000, "EUR")),
        ("ERDF: 67 MEUR", Money(67000000, "EUR")),
        ("Gesamtkosten 500 TEUR", Money(500000, "EUR")),
        ("budget : 250 kEUR", Money(250000, "EUR")),
        ("KEUR 1 200", Money(1200000, "EUR")),
        ("M€ 12,5", Money(12500000, "EUR")),
        ("MEUR 1.5", Money(1500000, "EUR")),
        ("KSEK 40", Money(40000, "SEK")),
        ("12 M€", Money(12000000, "EUR")),
        ("120 k€", Money(120000, "EUR")),
        ("2,5 Mio. €", Money(2500000, "EUR")),
        ("1,2 Mrd. €", Money(1200000000, "EUR")),
        ("3 mln zł", Money(3000000, "PLN")),
        ("250 tys. zł", Money(250000, "PLN")),
        ("4 mln EUR", Money(4000000, "EUR")),
        ("EUR 2 bn", Money(2000000000, "EUR")),
    ],
)
def test_a_scale_written_with_or_glued_to_the_currency_is_read(text, expected):
    assert parse_money(text) == expected


@pytest.mark.parametrize("text", ["le secteur 5", "meur 335", "TEURO 5", "the MEUR rate"])
def test_a_word_that_only_looks_like_a_glued_scale_is_no_money(text):
    # guards: the glued form is written in capitals as budgets write it, with a figure beside it
    assert parse_money(text) is None


def test_money_says_when_a_separator_was_guessed():
    assert parse_money("10.000€").guess == "read '10.000' with '.' as a thousands separator"
    assert parse_money("€1.500 million").guess == "read '1.500' with '.' as a decimal point, since a multiplier follows"
    assert parse_money("€750.000,00").guess is None


def test_each_amount_takes_the_period_written_next_to_it():
    found = find_money("Staff cost 10.000€ per year and the building €95,800 in total.")
    assert [f.money for f in found] == [Money(10000, "EUR", "per-year"), Money(95800, "EUR", "total")]
    assert [f.text for f in found] == ["10.000€", "€95,800"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234.567", Decimal("1234567")),
        ("1,234,567.5", Decimal("1234567.5")),
        ("1.234.567,5", Decimal("1234567.5")),
        ("12,5", Decimal("12.5")),
        ("1.2.3", None),
    ],
)
def test_read_number(text, expected):
    assert read_number(text)[0] == expected


@given(st.integers(min_value=1000, max_value=10**12), st.sampled_from([",", ".", " ", "\u00a0"]))
def test_thousands_separators_round_trip(value, separator):
    written = f"{value:,}".replace(",", separator)
    assert read_number(written)[0] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January 2015", "2015-01"),
        ("Jan. 2015", "2015-01"),
        ("1st March 2015", "2015-03"),
        ("March 1, 2015", "2015-03"),
        ("2012", "2012"),
        ("2008-01-01", "2008-01"),
        ("2015-06", "2015-06"),
        ("03-27-2014", "2014-03"),
        ("01.02.2012", "2012-02"),
        ("31/07/2013", "2013-07"),
        ("07/2013", "2013-07"),
        ("enero de 2015", "2015-01"),
        ("März 2015", "2015-03"),
        ("jaanuar 2015", "2015-01"),
        ("on going", ONGOING),
        ("Ongoing", ONGOING),
        ("en curso", ONGOING),
        ("soon", None),
        ("2015 - 2018", None),
        ("13/13/2013", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_an_ambiguous_date_is_read_day_first_and_said():
    assert read_date("01.02.2012") == (
        "2012-02",
        "'01.02.2012' could be day-month or month-day; read as day 1, month 2 (European order)",
    )
    assert read_date("03-27-2014") == ("2014-03", None)
    assert read_date("05/05/2014") == ("2014-05", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ESPAÑA", "ES"),
        ("Espana", "ES"),
        ("Eesti", "EE"),
        ("AUSTRIA", "AT"),
        ("Österreich", "AT"),
        ("Italia", "IT"),
        ("The Netherlands", "NL"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("Czech Republic", "CZ"),
        ("Polska", "PL"),
        ("Ελλάδα", "GR"),
        ("EL", "GR"),
        ("IT", "IT"),
        ("Atlantis", None),
        ("EU", None),
    ],
)
def test_country_code(text, expected):
    assert country_code(text, validate.countries()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SME competitiveness", ["sme-competitiveness"]),
        ("sme-competitiveness", ["sme-competitiveness"]),
        ("Environment and resource efficiency", ["environment"]),
        ("Low-carbon economy", ["energy"]),
        ("Research and innovation", ["innovation"]),
        ("Something else", []),
    ],
)
def test_topic_ids(text, expected):
    assert topic_ids(text, validate.topics()) == expected


def test_vocabularies_are_the_callers():
    """normalise reads names against the vocabularies it is handed, not ones it fetches itself."""
    assert topic_ids("Night buses", {"night-buses": "Night buses"}) == ["night-buses"]
    assert country_code("France", frozenset({"FR"})) == "FR"
    assert country_code("Italia", frozenset({"FR"})) is None


def test_evidence_items_from_a_sentence():
    sentence = "In 2016, 30 B2B meetings were held and 80 young entrepreneurs were trained."
    assert evidence_items(sentence) == [
        {"indicator": "B2B meetings were held", "value": 30, "year": 2016, "note": sentence},
        {"indicator": "young entrepreneurs were trained", "value": 80, "year": 2016, "note": sentence},
    ]


def test_evidence_needs_a_year():
    assert evidence_items("Thirty firms took part in 12 meetings.") == []


def test_evidence_amounts_and_shares_keep_their_unit():
    items = evidence_items("By 2019 the firms had sold goods worth €95,000 and exports rose by 15%.")
    assert [(i["value"], i.get("unit"), i["indicator"]) for i in items] == [
        (95000, "EUR", "the firms had sold goods"),
        (15, "%", "exports rose"),
    ]


def test_split_amounts():
    assert split_amounts("Staff: 10.000€ per year, paid by the city; building: €95,800 in total.") == [
        "Staff: 10.000€ per year, paid by the city",
        "building: €95,800 in total.",
    ]
    assert split_amounts("Each yard cost between €250,000 and €400,000.") == [
        "Each yard cost between €250,000 and €400,000."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city ran the scheme with the help of its partners, and this was a success for the region.", "en"),
        ("El ayuntamiento puso en marcha el plan con los vecinos de la ciudad para que la gente se mueva.", "es"),
        ("Hello world.", None),
    ],
)
def test_guess_language(text, expected):
    assert guess_language(text) == expected


# --- issue 19: one name per pattern in normalise.py ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("January 1895", "1895-01"), ("2100", "2100"), ("1899", "1899"), ("March 2100", "2100-03")],
)
def test_dates_read_the_whole_year_range_the_date_reader_promises(text, expected):
    """The evidence reader's year pattern once replaced the date reader's, losing 18xx and 2100."""
    assert read_date(text) == (expected, None)


def test_evidence_still_ignores_years_glued_to_other_text():
    assert evidence_items("Reference 2015/77 lists 12 shops.") == []


def test_trailing_words_are_defined_before_the_function_that_reads_them():
    import ast
    from pathlib import Path

    source = Path(__file__).resolve().parent.parent / "generator" / "normalise.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    assigned = {
        t.id: node.lineno
        for node in tree.body
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    user = next(n.lineno for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_indicator")
    assert assigned["_TRAILING"] < user
    names = [
        t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)
    ]
    assert len(names) == len(set(names)), "a module-level name is assigned twice"
