"""Common YAML mistakes of contributors get plain-language messages, and every problem shows at once.

Each case is a real mistake made on a valid record (`tests/fixtures/mistakes/base.yml`): the
exact message is in `tests/fixtures/mistakes/expected.txt`, one line per case.
Update: UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_mistakes.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import cli

HERE = Path(__file__).parent / "fixtures" / "mistakes"
BASE = (HERE / "base.yml").read_text(encoding="utf-8")

# (the mistake, the text of the valid record it changes, what the contributor wrote instead)
CASES = [
    (
        "colon-in-summary",
        "summary: A city ran night bus lines",
        "summary: Night buses: a city ran night bus lines",
    ),
    (
        "item-one-space-left",
        "  - name: Hospital workers' union\n    role:",
        " - name: Hospital workers' union\n   role:",
    ),
    (
        "item-one-space-right",
        "  - name: Hospital workers' union\n    role:",
        "   - name: Hospital workers' union\n     role:",
    ),
    (
        "field-one-space-left",
        "  country: IT",
        " country: IT",
    ),
    (
        "field-one-space-right",
        "  country: IT",
        "   country: IT",
    ),
    (
        "field-out-of-its-item",
        "    role: Ran the buses.",
        "  role: Ran the buses.",
    ),
    (
        "quote-never-closed",
        'start: "2019-03"',
        'start: "2019-03',
    ),
    (
        "quote-closed-too-early",
        "title: Night buses for shift workers",
        'title: "Night buses" for shift workers',
    ),
    (
        "quote-inside-quotes",
        "title: Night buses for shift workers",
        "title: 'Night buses for the city's shift workers'",
    ),
    (
        "tab-indent",
        "  city: Exampleton",
        "\tcity: Exampleton",
    ),
    (
        "no-space-after-colon",
        "title: Night buses for shift workers",
        "title:Night buses for shift workers",
    ),
    (
        "no-colon",
        "title: Night buses for shift workers",
        "title Night buses for shift workers",
    ),
    (
        "starts-with-at",
        "    role: Helped choose the routes.",
        "    role: @unions helped choose the routes.",
    ),
    (
        "starts-with-asterisk",
        "    role: Ran the buses.",
        "    role: *all* the buses.",
    ),
    (
        "flow-list-not-closed",
        "topics:\n  - mobility\n  - employment",
        "topics: [mobility, employment",
    ),
    (
        "block-text-left",
        "  Routes were chosen",
        " Routes were chosen",
    ),
    (
        "list-on-key-line",
        "topics:\n  - mobility\n  - employment",
        "topics: - mobility\n  - employment",
    ),
    (
        "continuation-not-indented",
        "summary: A city ran night bus lines for people who work late shifts in hospitals and factories.",
        "summary: A city ran night bus lines for people who work\nlate shifts in hospitals and factories.",
    ),
    (
        "starts-with-greater-than",
        "  - indicator: Passengers per night",
        "  - indicator: > 1,000 passengers per night",
    ),
]


def _write(folder: Path, name: str, old: str, new: str) -> None:
    assert BASE.count(old) == 1, f"{name}: the base record must hold {old!r} exactly once"
    (folder / f"{name}.yml").write_text(BASE.replace(old, new), encoding="utf-8")


def _validate(folder: Path, capsys, *options: str) -> tuple[int, list[str]]:
    os.chdir(folder)
    code = cli.main([*options, "validate", "."])
    return code, capsys.readouterr().out.splitlines()


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_base_record_is_valid(in_tmp, capsys):
    (in_tmp / "base.yml").write_text(BASE, encoding="utf-8")
    assert _validate(in_tmp, capsys) == (0, ["The 1 record is valid."])


def test_each_mistake_gets_its_plain_message(in_tmp, capsys):
    for name, old, new in CASES:
        _write(in_tmp, name, old, new)
    code, lines = _validate(in_tmp, capsys)
    found = [line.removeprefix("./") for line in lines[:-1]]
    expected_path = HERE / "expected.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        expected_path.write_text("\n".join(found) + "\n", encoding="utf-8")
    assert code == 1
    assert found == expected_path.read_text(encoding="utf-8").splitlines()
    assert lines[-1] == f"{len(CASES)} problems in {len(CASES)} files."
    assert len(CASES) >= 15


def test_no_message_keeps_the_parser_words(in_tmp, capsys):
    for name, old, new in CASES:
        _write(in_tmp, name, old, new)
    _, lines = _validate(in_tmp, capsys)
    parser_words = ("mapping values", "did not find expected", "while scanning", "could not find", "block end")
    assert not [line for line in lines if any(words in line for words in parser_words)]


def test_debug_shows_the_parser_words_under_the_message(in_tmp, capsys):
    _write(in_tmp, "quote", 'start: "2019-03"', 'start: "2019-03')
    code, lines = _validate(in_tmp, capsys, "--debug")
    assert code == 1
    assert lines == [
        'quote.yml:19:8: the quote opened on line 19, column 8 is never closed; add a closing " at the end of its '
        "text. Lines 19 to the end were not checked; fix this first.",
        "    (libyaml: while scanning a quoted scalar found unexpected end of stream)",
        "1 problem in 1 file.",
    ]


def test_after_a_repeated_key_and_before_a_syntax_error_every_problem_is_found(in_tmp, capsys):
    text = (
        BASE.replace("summary: A city", "title: Night buses again\nsummary: A city")
        .replace("  country: IT", "  country: Italy")
        .replace("  - employment", "  - employement")
        .replace("    url: https://www.example.org/night-lines", "   url: https://www.example.org/night-lines")
    )
    (in_tmp / "many.yml").write_text(text, encoding="utf-8")
    code, lines = _validate(in_tmp, capsys)
    assert code == 1
    assert lines == [
        "many.yml:3:1: title: the key 'title' appears twice (first on line 2); keep one",
        "many.yml:19:12: location/country: expected a two-letter ISO 3166-1 country code in capitals, e.g. IT, "
        "found 'Italy'; write country: IT",
        "many.yml:23:5: topics/1: unknown topic 'employement'; did you mean 'employment'?",
        "many.yml:41:4: 'url:' belongs to the list item that starts on line 40; indent it one space more so that "
        "it lines up with 'title:'. "
        "Lines 39 to the end were not checked; fix this first.",
        "4 problems in 1 file.",
    ]


SUGGESTIONS = [
    (
        'start: "2019-03"',
        'start: "2019-03"\nend: unknown',
        "end: expected a year (2015) or a year and month (2015-01), or 'not reported' if the sources do not say; "
        "found 'unknown'; write end: not reported",
    ),
    (
        "    year: 2020",
        "    year: n/a",
        "evidence/0/year: expected a whole number, or 'not reported' if the sources do not say; found 'n/a'; "
        "write year: not reported",
    ),
    (
        "  country: IT",
        "  country: Italia",
        "location/country: expected a two-letter ISO 3166-1 country code in "
        "capitals, e.g. IT, found 'Italia'; write country: IT",
    ),
    (
        "    amount: 250000",
        "    amount: 95.800 €",
        "resources/0/amount: expected a number, found '95.800 €'; write "
        "amount: 95800 and currency: EUR (this read '95.800' with '.' as a thousands separator; check it)",
    ),
    (
        "    amount: 250000",
        "    amount: € 250,000 per year",
        "resources/0/amount: expected a number, found "
        "'€ 250,000 per year'; write amount: 250000 and currency: EUR and period: per-year (this read '250,000' "
        "with ',' as a thousands separator; check it)",
    ),
    (
        'start: "2019-03"',
        "start: 15/03/2019",
        "start: expected a year (2015) or a year and month (2015-01), found '15/03/2019'; write start: \"2019-03\"",
    ),
    (
        'start: "2019-03"',
        "start: March 2019",
        "start: expected a year (2015) or a year and month (2015-01), found 'March 2019'; write start: \"2019-03\"",
    ),
    (
        "    period: per-year",
        "    period: yearly",
        "resources/0/period: expected one of: one-off, per-year, total; found 'yearly'; write period: per-year",
    ),
    (
        "    currency: EUR",
        "    currency: €",
        "resources/0/currency: expected a three-letter ISO 4217 currency code "
        "in capitals, e.g. EUR, found '€'; write currency: EUR",
    ),
    (
        "    currency: EUR",
        "    currency: zł",
        "resources/0/currency: expected a three-letter ISO 4217 currency code "
        "in capitals, e.g. EUR, found 'zł'; write currency: PLN",
    ),
    (
        "language: en",
        "language: English",
        "language: expected a two-letter language code in lower case, e.g. en, found 'English'; write language: en",
    ),
    (
        "last_reviewed: 2026-11-20",
        "last_reviewed: 20/11/2026",
        "last_reviewed: expected a date written "
        "YYYY-MM-DD, e.g. 2026-11-26, found '20/11/2026'; write last_reviewed: 2026-11-20",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), SUGGESTIONS, ids=[s[1].strip() for s in SUGGESTIONS])
def test_a_value_the_importer_reads_gets_the_replacement_to_paste(in_tmp, capsys, old, new, message):
    _write(in_tmp, "meant", old, new)
    code, lines = _validate(in_tmp, capsys)
    assert code == 1
    assert [line.split(": ", 1)[1] for line in lines[:-1]] == [message]


def test_a_value_nobody_could_read_gets_no_suggestion(in_tmp, capsys):
    _write(in_tmp, "unread", "  country: IT", "  country: Atlantis")
    _, lines = _validate(in_tmp, capsys)
    assert lines[0].endswith("found 'Atlantis'")
