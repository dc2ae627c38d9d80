"""The importer: copied good-practice pages in, draft records and reports out.

Each page under tests/fixtures/import/*.txt is imported and compared with the
draft (<name>.yml) and the report (<name>.report.txt) checked in next to it.
After a deliberate change to the importer, rewrite them with

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_importer.py

and read the diff before committing it.
"""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import importer, validate
from generator.cli import main
from generator.importer import places as importer_places
from generator.records import ID_PATTERN, MAX_ID_LENGTH, parse, slug

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "import"
PAGES = sorted(p.stem for p in FIXTURES.glob("*.txt") if not p.name.endswith(".report.txt"))
TODAY = datetime.date(2026, 11, 26)


def _import(name: str, title: str | None = None) -> importer.Draft:
    return importer.draft((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), title=title, today=TODAY)


def _loaded(draft: importer.Draft) -> dict:
    record, problems = parse(draft.yaml.encode("utf-8"), f"practices/{draft.id}.yml", draft.id)
    assert problems == []
    return record.data


# --- golden files: every fixture page gives exactly its checked-in draft and report ---------------


@pytest.mark.parametrize("name", PAGES)
def test_page_imports_to_its_golden_draft_and_report(name):
    draft = _import(name)
    expected_yaml, expected_report = FIXTURES / f"{name}.yml", FIXTURES / f"{name}.report.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        expected_yaml.write_text(draft.yaml, encoding="utf-8")
        expected_report.write_text(draft.report_text() + "\n", encoding="utf-8")
    assert draft.yaml == expected_yaml.read_text(encoding="utf-8")
    assert draft.report_text() + "\n" == expected_report.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", PAGES)
def test_draft_yaml_reads_back_as_the_record(name):
    draft = _import(name)
    assert _loaded(draft) == draft.record
    assert draft.yaml.startswith(importer.SCHEMA_LINE + "\n")
    assert list(draft.record) == [k for k in validate.schema()["properties"] if k in draft.record]


@pytest.mark.parametrize("name", PAGES)
def test_validator_asks_only_for_the_todo_placeholders(name):
    draft = _import(name)
    assert draft.report.to_fill
    assert all("still a placeholder" in line for line in draft.report.to_fill), draft.report.to_fill


# --- what each page shows about the importer -----------------------------------------------------


def test_interreg_europe_page():
    draft = _import("interreg-europe")
    record = draft.record
    assert draft.id == "repair-vouchers-for-households-in-graz"
    assert draft.report.layout == "Interreg Europe"
    assert record["title"] == "Repair vouchers for households in Graz"
    assert record["summary"].startswith("A municipal voucher pays half")
    assert record["location"] == {"region": "Steiermark", "country": "AT"}
    assert record["start"] == "2016-01" and "end" not in record
    assert record["institution"] == {"name": "City of Graz, Environment Office"}
    assert record["project"] == {"name": "REPAIR-IT", "programme": "Interreg Europe"}
    assert record["topics"] == ["environment"]
    assert record["contacts"] == [{"name": "Anna Beispiel", "organisation": "City of Graz"}]
    assert draft.report.boilerplate == [
        "This website uses cookies to give you the best experience. Accept all cookies",
        "Accept",
        "Please login to see the expert opinion",
        "Send email",
    ]


def test_three_money_formats_on_one_page():
    resources = _import("interreg-europe").record["resources"]
    assert [(r.get("amount"), r.get("currency"), r.get("period")) for r in resources] == [
        (10000, "EUR", "per-year"),
        (12500, "EUR", "one-off"),
        (1721378, "EUR", "total"),
    ]
    assert resources[0]["what"] == "The vouchers cost about 10.000€ per year from the municipal waste budget."


def test_evidence_items_keep_their_sentence():
    evidence = _import("interreg-europe").record["evidence"]
    assert evidence[0] == {
        "indicator": "vouchers were redeemed",
        "value": 1250,
        "year": 2017,
        "note": "In 2017, 1,250 vouchers were redeemed in 64 repair shops.",
    }
    assert evidence[2]["unit"] == "%" and evidence[2]["value"] == 12 and evidence[2]["year"] == 2018
    assert "**Evidence of success**\n\nResidents said in a survey" in _import("interreg-europe").record["description"]


def test_interreg_ivc_page_with_single_newlines():
    draft = _import("interreg-ivc")
    record = draft.record
    assert draft.report.layout == "INTERREG IVC"
    assert record["title"] == "Shared business incubator for rural craft makers"
    assert record["location"] == {"region": "Aragón", "country": "ES"}
    assert (record["start"], record["end"]) == ("2012-02", "2013-07")
    assert any("could be day-month or month-day" in g for g in draft.report.guessed)
    assert record["contacts"] == [
        {
            "name": "Marta Ejemplo",
            "organisation": "Diputación Provincial de Teruel",
            "email": "marta.ejemplo@example.org",
        }
    ]
    assert draft.report.not_placed == [("Contact details", "+34 978 000 000")]
    assert draft.yaml.endswith("# [Contact details] +34 978 000 000\n")
    assert draft.report.boilerplate == ["This website is no longer updated. Its content is kept for reference."]


def test_page_without_a_title_is_flagged():
    draft = _import("urbact-no-title")
    assert draft.id == "untitled-practice"
    assert draft.record["title"].startswith("TODO")
    assert "Title" in draft.report.missing
    assert "the page has no title the importer can see; give one with --title" in draft.report.notes
    assert draft.record["summary"].startswith("The town of Leith-on-Sea")


def test_title_from_the_command_line():
    draft = _import("urbact-no-title", title="Market hall on the high street")
    assert draft.id == "market-hall-on-the-high-street"
    assert draft.record["title"] == "Market hall on the high street"
    assert "Title" not in draft.report.missing


def test_urbact_page_money_in_pounds_and_month_first_date():
    record = _import("urbact-no-title").record
    assert [(r["amount"], r["currency"], r["period"]) for r in record["resources"]] == [
        (6300000, "GBP", "total"),
        (80000, "GBP", "per-year"),
    ]
    assert (record["start"], record["end"]) == ("2015", "2019-03")
    assert record["location"] == {"city": "Leith-on-Sea", "country": "GB"}
    assert "**Participatory approach**\n\nResidents voted" in record["description"]


def test_page_cut_short_in_the_middle_of_a_section():
    draft = _import("climate-adapt-cut")
    assert draft.report.layout == "Climate-ADAPT"
    cut = "the page seems cut short: the section 'Evidence of success'"
    assert any(note.startswith(cut) for note in draft.report.notes)
    assert draft.record["evidence"][-1]["note"] == "In 2022 the programme was extended to 12 more scho"
    assert draft.record["transferability"]["legal_basis"].startswith("The city's climate plan")
    assert draft.record["transferability"]["implementation_time"] == "Two years per schoolyard."
    # every amount of a resources line is placed (issue 13, failure 5); a range is one line that keeps
    # the range in its words, not two amounts the page never gave alone (i13d)
    assert draft.record["resources"][0] == {"what": "Each schoolyard cost between €250,000 and €400,000"}
    assert draft.record["resources"][1] == {
        "what": "the whole programme cost €1.7 million in total.",
        "amount": 1700000,
        "currency": "EUR",
        "period": "total",
    }


def test_non_english_page():
    draft = _import("spanish")
    record = draft.record
    assert record["language"] == "es"
    assert draft.report.layout == "Interreg Europe"
    assert record["location"] == {"country": "ES"}
    assert record["start"] == "2019-01" and "end" not in record
    assert [(r["amount"], r.get("period")) for r in record["resources"]] == [
        (2500, "TODO: one-off, per-year or total"),
        (950, "per-year"),
    ]
    assert record["evidence"][0]["value"] == 41000


def test_portico_page():
    draft = _import("portico")
    record = draft.record
    assert draft.report.layout == "Portico"
    assert (record["start"], record["end"]) == ("2019", "2022")
    assert record["location"] == {"city": "Tartu", "country": "EE"}
    assert record["topics"] == ["energy", "housing"]
    assert record["sources"] == [{"url": "https://portico.urban-initiative.eu/example-energy-desks"}]
    assert [(r["amount"], r["currency"]) for r in record["resources"]] == [(750000, "EUR"), (8280, "EUR")]


def test_unknown_layout_keeps_everything_and_names_the_missing_sections():
    draft = _import("unknown-layout")
    assert draft.report.layout == "unknown"
    assert draft.report.missing == [
        "Resources needed",
        "Evidence of success",
        "Difficulties encountered",
        "Potential for learning or transfer",
        "Main institution",
        "Country",
        "Start Date",
        "End Date",
        "Topic",
        "Contact",
    ]
    assert "no known section headings were found" in draft.report_text()
    for line in (FIXTURES / "unknown-layout.txt").read_text(encoding="utf-8").splitlines()[2:]:
        assert line in draft.record["description"]


def test_report_lists_guesses_and_unplaced_text():
    text = _import("interreg-ivc").report_text()
    assert "Guessed (check these):" in text
    assert "Not placed (kept as comments at the end of the draft):\n  - [Contact details] +34 978 000 000" in text
    assert "Boilerplate removed:" in text
    assert "Still to fill in (the validator says):" in text


def test_control_characters_are_removed_and_reported():
    draft = importer.draft("A title\nA summary\x07 line.\n", today=TODAY)
    assert draft.record["summary"] == "A summary line."
    assert "removed 1 control character that a YAML file cannot hold" in draft.report.notes
    two = importer.draft("A title\nA summary\x07 line\x08.\n", today=TODAY)
    assert "removed 2 control characters that a YAML file cannot hold" in two.report.notes


def test_no_report_of_the_corpus_counts_in_the_form_line_s():
    # The report counts by number ('1 line', '3 lines'), never 'line(s)' or 'item(s)'.
    reports = [path.read_text(encoding="utf-8") for path in FIXTURES.glob("*.report.txt")]
    assert len(reports) > 300
    assert not [text for text in reports if re.search(r"\b\d+ [\w ]+\(s\)", text)]


def test_an_empty_page_gives_a_draft_of_placeholders():
    draft = importer.draft("", today=TODAY)
    assert draft.id == "untitled-practice"
    assert _loaded(draft) == draft.record
    assert all(line.endswith("write the real value") for line in draft.report.to_fill)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Reggio Emilia – South Africa: from solidarity to economic development",
            "reggio-emilia-south-africa-from-solidarity-to-economic-development",
        ),
        ("Ärzte für Österreich", "arzte-fur-osterreich"),
        ("A very long title " * 8, "a-very-long-title-a-very-long-title-a-very-long-title-a-very-long-title-a-very"),
        ("Ελληνικά", ""),
        ("Łódź: Straße", "lodz-strasse"),
    ],
)
def test_slug(title, expected):
    assert slug(title) == expected


def test_a_title_without_latin_letters_gets_a_placeholder_id():
    assert importer.draft("Title: Ελληνικά\n\nSummary: A practice in Athens.\n").id == "untitled-practice"


# --- property: nothing is lost -------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_SAMPLES = [
    *sorted(importer._INDEX),
    "Start Date: January 2015",
    "End: on going",
    "Country: ESPAÑA",
    "Location: Tartu, Eesti",
    "Please login to see the expert opinion",
    "Send email",
    "10.000€ per year",
    "€ 95,800 in total",
    "£6.3m",
    "In 2016, 30 B2B meetings were held.",
    "Duration: 2015 - 2018",
    "Topic: Energy; Culture",
    "01.02.2012",
    "anna@example.org",
    "Website: https://example.org/page",
    "• a bullet",
    "+39 0522 456 789",
    "",
    "Start date: 2017-05-30 / End date: 2019-12-31 / Total project budget: 1 721 378 €",
    "Please login to contact the author.",
    "Saverio Serri",
    "Naples / Italy",
    "AUSTRIA OSTÖSTERREICH Vienna Wien",
    "Image",
    "You are here",
    "Nicola Masella",
    "Project Coordinator",
    "Udine (IT)",
    "I like it 147",
    "940 126",
    "EUR 3.9 million (of which EUR 1.56 is from the ERDF)",
    "The budget was €84m.",
    "© Sigma Plan",
    "Eesti",
    "projects for cooperation",
    "For completed projects, please click here.",
    "[01-01-2017 - 31-12-2019]",
    "  •  cooperation",
    "Tartu",
    "Tartu City Government",
    "In the 49 days after it opened in May 2017 it received 180,705 suggestions.",
    "Each schoolyard cost between €250,000 and €400,000",
    "Programming period: 2014-2020",
    "By Marcela Ayarza Civic Engagement 06/10/2020",
    "  • Schedule a demo",
    "Filter by:",
    "View as: Map",
    "CASE",
    "Total Number of Participants",
    "24450",
    "Project manager",
    "News | Agenda | Site map | RSS help | Credits | Legal",
    "500,000,000 Chilean pesos (about 541,000 euros)",
    "$500 million pesos",
    "Running since 1998, Ökokauf Wien has grown.",
    "Vienna’s sustainable procurement programme",
    "Implementation cost (€):",
    "12 Million €",
]
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co"), blacklist_characters="\ufeff\u2028\u2029"))
_LINE = st.one_of(st.sampled_from(_SAMPLES), _TEXT, st.builds("{}: {}".format, st.sampled_from(_SAMPLES), _TEXT))
_PAGE = st.one_of(_TEXT, st.lists(_LINE, max_size=25).map("\n".join))


def _words(text: str) -> str:
    return " " + " ".join(_WORD.findall(text)) + " "


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [s for child in children for s in _strings(child)]


def _accounted(draft: importer.Draft) -> str:
    """Every text the draft keeps or the report names: values, page text behind normalised values, comments."""
    report = draft.report
    texts = _strings(draft.record) + [source for _, source, _ in report.found]
    texts += [line for _, line in report.not_placed] + report.boilerplate + report.headings + report.packed
    return _words("\n".join(texts))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGE)
def test_every_fragment_of_the_page_is_kept_or_reported(page):
    draft = importer.draft(page, today=TODAY)
    kept = _accounted(draft)
    for fragment in re.split(r"[.,;:!?|()\[\]\n]", page):
        words = _words(fragment)
        assert words.strip() == "" or words in kept, (fragment, draft.yaml, draft.report_text())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGE, st.one_of(st.none(), _TEXT.filter(str.strip)))
def test_every_draft_reads_back_exactly_and_has_a_valid_id(page, title):
    draft = importer.draft(page, title=title, today=TODAY)
    assert _loaded(draft) == draft.record
    assert ID_PATTERN.match(draft.id) and len(draft.id) <= MAX_ID_LENGTH


# --- the command line ----------------------------------------------------------------------------


def test_cli_import_writes_the_draft_and_prints_the_report(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    page = FIXTURES / "interreg-europe.txt"
    assert main(["import", str(page)]) == 0
    written = tmp_path / "practices" / "repair-vouchers-for-households-in-graz.yml"
    assert written.read_text(encoding="utf-8").startswith(importer.SCHEMA_LINE)
    out = capsys.readouterr().out
    assert f"Wrote {Path('practices/repair-vouchers-for-households-in-graz.yml')}" in out
    assert "Layout: Interreg Europe" in out
    assert main(["import", str(page)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["import", str(page), "--force"]) == 0


def test_cli_import_from_standard_input_with_title_and_output(tmp_path):
    target = tmp_path / "out.yml"
    done = subprocess.run(
        [sys.executable, "-m", "generator", "import", "-", "--title", "Night buses", "--output", str(target)],
        input=(FIXTURES / "unknown-layout.txt").read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "title: Night buses\n" in target.read_text(encoding="utf-8")
    assert "Sections not found:" in done.stdout


def test_cli_import_writes_the_copied_address_as_the_source(tmp_path, capsys):
    target = tmp_path / "draft.yml"
    address = "https://www.interregeurope.eu/good-practices/repair-vouchers-graz"
    page = FIXTURES / "interreg-europe.txt"
    assert main(["import", str(page), "--url", address, "--output", str(target)]) == 0
    record, _ = parse(target.read_bytes(), "practices/draft.yml", "draft")
    assert record is not None
    assert record.data["sources"] == [{"url": address, "consulted": datetime.date.today().isoformat()}]
    report = capsys.readouterr().out
    assert f"sources/url: '--url' -> {address}" in report
    assert "sources/0/url" not in report  # no longer among the fields still to fill in


@pytest.mark.parametrize(
    "address",
    ["javascript:alert(1)", "www.graz.at/repair", "https://graz.at/a b", "https://" + "a" * 2000, "ftp://graz.at/x"],
)
def test_cli_import_refuses_an_address_that_is_no_web_address(tmp_path, capsys, address):
    target = tmp_path / "draft.yml"
    assert main(["import", str(FIXTURES / "interreg-europe.txt"), "--url", address, "--output", str(target)]) == 2
    assert "is not a web address" in capsys.readouterr().err
    assert not target.exists()


def test_cli_import_of_a_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["import", str(tmp_path / "nothing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


# --- the facts score: how much of what a page says the draft gets right ---------------------------
#
# Each page of the corpus has a <name>.facts.yml beside it: the page's address, its platform, and the
# facts a careful contributor would take from it. Pages under heldout/ were written, with their facts,
# before the importer was changed for them, and the importer is never tuned to them. Once measured,
# a held-out set is spent: i13's six pages were moved to the tuned part by i13b, i13b's eight by i13c,
# i13c's six by i13d, i13h's nine (heldout2/) by i13e, i13h3's nine (heldout3/) by i13f, i13h4's ten
# (heldout4/) by i13g, i13h5's ten (heldout5/) by i13i, i13h6's ten (heldout6/) by i13j, i13h7's ten
# (heldout7/) by i13k, i13h8's ten (heldout8/) by i13l, i13h9's ten (heldout9/) by i13m, i13h10's ten
# (heldout10/) by i13n, i13h11's ten (heldout11/) by i13o, i13h12's ten (heldout12/) by i13p, i13h13 and
# i13h13b's twenty (heldout13/) by i13q, i13h14 and i13h14b's nineteen (heldout14/) by i13r (see CORPUS.md).

# The held-out part now: heldout24/ and heldout25/, two fresh sets written before any importer change aimed at them
# (the sets after heldout14 are in CORPUS.md and in the comment above HELDOUT_FLOORS).
HELDOUTS = (FIXTURES / "heldout24", FIXTURES / "heldout25")


def _facts(path: Path) -> dict:
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _unset(value) -> bool:
    return value is None or (isinstance(value, str) and value.startswith("TODO"))


def _as_recorded(date: str) -> str:
    """A page's date as a record can hold it: the schema keeps a year or a year and month, so a day is dropped.

    Some facts files give the day the page shows ('2024-05-22'); the draft is right with '2024-05'.
    """
    return str(date)[:7]


def fact_points(record: dict, facts: dict) -> list[tuple[str, bool]]:
    """One (fact, right?) pair per fact of the page: title, place, dates, amounts, evidence, contact, boilerplate."""
    points = []
    title = record.get("title", "")
    points.append(("title", _unset(title) if facts["title"] == "missing" else title == facts["title"]))
    country = record.get("location", {}).get("country")
    points.append(("country", _unset(country) if facts["country"] is None else country == facts["country"]))
    for name in ("start", "end"):
        value = record.get(name)
        # null: the page gives no such date; 'not reported' says so for a field the page shows empty
        unset = _unset(value) or value == "not reported"
        points.append((name, unset if facts[name] is None else value == _as_recorded(facts[name])))
    placed = [(r.get("amount"), r.get("currency")) for r in record.get("resources", []) if "amount" in r]
    for amount, currency in facts["amounts"]:
        points.append((f"amount {amount} {currency}", (amount, currency) in placed))
    if not facts["amounts"]:
        points.append(("no invented amount", not placed))
    values = [e.get("value") for e in record.get("evidence", []) if isinstance(e.get("value"), (int, float))]
    for value in facts["evidence"]:
        points.append((f"evidence {value}", value in values))
    if not facts["evidence"]:
        points.append(("no invented evidence", not values))
    people = [v for c in record.get("contacts", []) for k, v in c.items() if k in ("name", "organisation")]
    points.append(("contact", not people if facts["contact"] is None else facts["contact"] in people))
    kept = "\n".join(_strings(record))
    points += [(f"boilerplate gone: {line}", line not in kept) for line in facts["boilerplate"]]
    return points


def corpus_score(folder: Path) -> tuple[int, int, dict[str, list[str]]]:
    """Right facts, all facts, and the wrong ones by page, over the pages of a folder."""
    right = total = 0
    wrong: dict[str, list[str]] = {}
    for facts_file in sorted(folder.glob("*.facts.yml")):
        name = facts_file.name.removesuffix(".facts.yml")
        page = (folder / f"{name}.txt").read_text(encoding="utf-8")
        points = fact_points(importer.draft(page, today=TODAY).record, _facts(facts_file)["facts"])
        right += sum(ok for _, ok in points)
        total += len(points)
        wrong[name] = [fact for fact, ok in points if not ok]
    return right, total, wrong


def test_scorer_counts_a_wrong_fact_as_wrong():
    facts = {
        "title": "missing",
        "country": "IT",
        "start": None,
        "end": None,
        "amounts": [[10, "EUR"]],
        "evidence": [],
        "contact": None,
        "boilerplate": ["Image"],
    }
    record = {"title": "Image", "location": {"country": "IT"}, "resources": [{"amount": 10, "currency": "GBP"}]}
    assert dict(fact_points(record, facts)) == {
        "title": False,
        "country": True,
        "start": True,
        "end": True,
        "amount 10 EUR": False,
        "no invented evidence": True,
        "contact": True,
        "boilerplate gone: Image": False,
    }


def test_scorer_reads_a_day_at_the_precision_a_record_keeps():
    facts = {"title": "missing", "country": None, "start": "2024-05-22", "end": "2024-11-30", "amounts": []}
    facts |= {"evidence": [], "contact": None, "boilerplate": []}
    points = dict(fact_points({"start": "2024-05", "end": "2024-12"}, facts))
    assert points["start"] is True and points["end"] is False


# The held-out part: pages nobody tuned the importer to. i13c's six (46/58 = 79.3%, measured once after
# b3f5f2e) were spent and moved to the tuned part in i13d, i13h's nine (heldout2/, 47/88 = 53%, measured
# once after i13d) in i13e, i13h3's nine (heldout3/, 64/88 = 72.7%, measured once after i13e) in i13f.
# When a set is spent and no fresh one is written yet, the test says so (skipped, with the reason).
# i13h4's ten (heldout4/) were measured once after i13f: 68/88 = 77.3%, and moved to the tuned part in i13g.
# i13h5's ten (heldout5/) were measured once after i13g: 77/99 = 77.8%, and moved to the tuned part in i13i.
# i13h6's ten (heldout6/) were measured once after i13i: 76/98 = 77.6%, and moved to the tuned part in i13j.
# i13h7's ten (heldout7/) were measured once after i13j: 62/96 = 64.6% (61/96 before i13j's rules), and moved
# to the tuned part in i13k.
# i13h8's ten (heldout8/) were measured once after i13k: 59/94 = 62.8% (57/94 before i13k's rules), and moved
# to the tuned part in i13l.
# i13h9's ten (heldout9/) were measured once after i13l: 77/106 = 72.6% (74/106 before i13l's rules), and moved
# to the tuned part in i13m.
# i13h10's ten (heldout10/) were measured once after i13m: 59/89 = 66.3% (58/89 before i13m's rules), and moved
# to the tuned part in i13n.
# i13h11's ten (heldout11/) were measured once after i13n: 63/88 = 71.6% (also 63/88 before i13n's rules), and
# moved to the tuned part in i13o.
# i13h12's ten (heldout12/) were measured once after i13o: 60/93 = 64.5% (also 60/93 before i13o's rules), and
# moved to the tuned part in i13p.
# i13h13 and i13h13b's twenty (heldout13/) were measured once after i13p: 134/182 = 73.6% (also 134/182
# before i13p's rules, as their writers measured them on bb83877), and moved to the tuned part in i13q.
# i13h14 and i13h14b's nineteen (heldout14/) were measured once after i13q: 119/175 = 68.0% (118/175 before
# i13q's rules, as their writers measured them), and moved to the tuned part in i13r.
# i13h15 and i13h15b's eighteen (heldout15/) were measured once after i13r: 101/159 = 63.5% (99/159 before
# i13q's and i13r's rules, as their writers measured them); i13h16 and i13h16b's nineteen (heldout16/), written
# at the same time, once after i13r too: 107/186 = 57.5% (also 107/186 before i13r's rules).
# Both sets were moved to the tuned part in i13s.
# i13h17 and i13h17b's eighteen (heldout17/) were measured once after i13s (four fixers at once): 125/172 = 72.7%
# (115/172 after i13q, before i13r's and i13s's rules, as their writers measured them), and moved to the tuned part
# in i13t.
# i13h18 and i13h18b's seventeen (heldout18/) were measured once after i13t (four fixers at once): 119/161 = 73.9%
# (also 119/161 on the importer after i13s, as their writers measured it), and moved to the tuned part in i13u.
# i13h19 and i13h19b's eighteen (heldout19/) and i13h20 and i13h20b's eighteen (heldout20/), written at the same time
# before i13u's rules, were measured once after i13u (four fixers at once): 104/158 = 65.8% (also 104/158 before
# i13u's rules, as their writers measured them) and 88/175 = 50.3% (86/175 before).
# i13h21 and i13h21b's eighteen (heldout21/), written after i13u's rules were merged, were measured once after them and
# after the import speed fixes and the passive results rule: 113/165 = 68.5% (also 113/165 as their writers measured
# them on the importer before those two).
# All three sets were moved to the tuned part in i13v.
# i13h22, i13h22b and i13h22c's twenty-four (heldout22/) were written after the spent sets moved and before any rule
# of i13v: 142/223 = 63.7% on the importer as they found it (51/69, 39/72 and 52/82 as their writers measured them),
# and 157/223 = 70.4%, measured once after the four i13v branches and their merge fix; moved to the tuned part in i13w.
# i13h23, i13h23b and i13h23c's twenty-four (heldout23/) were written after it moved and before any rule of i13w:
# 155/229 = 67.7% on the importer as they found it (49/72, 48/74 and 58/83 as their writers measured them), and
# 155/229 = 67.7% again, measured once after the four i13w branches and their merge fixes; moved to the tuned part
# in i13x.
# i13h24, i13h24b and i13h24c's twenty-four (heldout24/) were written after it moved and before any rule of i13x:
# 146/210 = 69.5% on the importer as they found it (55/70, 45/66 and 46/74 as their writers measured them).
# i13h25, i13h25b and i13h25c's twenty-four (heldout25/), written at the same time: 151/219 = 68.9% on the importer as
# they found it (50/73, 44/73 and 57/73 as their writers measured them).
# Both were measured once after the four i13x branches were merged (f85a1d9): 146/210 and 151/219 again, not one of
# their 429 facts changed (CORPUS.md, "Measured once after i13x").
# A floor guards each measured figure against regressions; it is not the 85% target.
HELDOUT_FLOORS = {"heldout24": 0.69, "heldout25": 0.68}


def heldout_facts(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.facts.yml"))


@pytest.mark.parametrize("folder", HELDOUTS, ids=lambda folder: folder.name)
def test_heldout_facts_score_stays_above_its_floor(folder):
    if not heldout_facts(folder):
        pytest.skip(f"no held-out pages in {folder.relative_to(ROOT)}: the last set was spent; write a fresh one")
    right, total, wrong = corpus_score(folder)
    assert total and right / total >= HELDOUT_FLOORS[folder.name], wrong


if __name__ == "__main__":
    for part in (FIXTURES, *HELDOUTS):
        right, total, wrong = corpus_score(part)
        print(f"{part.name}: {right}/{total} = {right / total:.0%}" if total else f"{part.name}: no held-out pages")
        for name, facts in wrong.items():
            print(f"  {name}: {', '.join(facts) or 'all right'}")


# --- bad input is refused, and nothing is written (issue 13, failure 8) ------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the page is empty"),
        ("   \n\r\n\t\n", "the page is empty"),
        ("-- 42 -- 17 ++ 3 ** 100 %%", "no text the importer can read"),
        ("Repair vouchers. " * 70_000, "over 1 MB"),
    ],
)
def test_cli_refuses_bad_pages_and_writes_nothing(tmp_path, monkeypatch, capsys, content, message):
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "page.txt"
    page.write_text(content, encoding="utf-8")
    assert main(["import", str(page)]) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "practices").exists()


def test_cli_refuses_an_empty_standard_input(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "generator", "import", "-"],
        input="",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 1
    assert "the page is empty" in done.stderr and "Nothing was written" in done.stderr
    assert not (tmp_path / "practices").exists()


def test_cli_says_a_folder_is_a_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(tmp_path)]) == 1
    assert f"{tmp_path} is a folder; give a file" in capsys.readouterr().err


def test_cli_warns_when_the_draft_has_no_title(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(FIXTURES / "climate-adapt-de-sigma.txt")]) == 0
    captured = capsys.readouterr()
    assert "no title found; the draft is named untitled-practice" in captured.err
    assert (tmp_path / "practices" / "untitled-practice.yml").exists()


# --- the eight failures of issue 13, each on a real page layout -------------------------------------


def test_tuned_corpus_facts_score():
    # A commit that moves a spent held-out set here may lower this until the next commit fixes its misses
    # (i13e: 0.90 for one commit, with i13h's nine pages at 388/429; i13f: 0.94, with i13h3's nine at 488/517;
    # i13p: 0.94 for one commit, the corpus at 1295/1368 with i13h12's ten; 1315/1368 after i13p's rules;
    # i13q: 0.93 for one commit, the corpus at 1450/1550 with i13h13 and i13h13b's twenty; 1474/1550 after its rules;
    # i13r: 0.92 for one commit, the corpus at 1601/1725 with i13h14 and i13h14b's nineteen; 1626/1725 after its
    # rules, so 0.94 until the next gains; i13s: 0.88 for one commit, the corpus at 1835/2070 with heldout15's
    # eighteen and heldout16's nineteen; 1924/2070 after the four i13s branches' rules, so 0.92; i13t: 0.91 for one
    # commit, the corpus at 2049/2242 with heldout17's eighteen; 2072/2242 after the four i13t branches' rules, so
    # 0.92; i13u: 0.91 for one commit, the corpus at 2191/2403 with heldout18's seventeen; 2275/2403 after the four
    # i13u branches' rules and their merge, so 0.94; i13v: 0.88 for one commit, the corpus at 2580/2901 with heldout19,
    # heldout20 and heldout21's fifty-four; 2713/2877 after the facts were brought to the two settled conventions and
    # the four i13v branches' rules were merged, so 0.94; i13w: 0.92 for one commit, the corpus at 2870/3100 with
    # heldout22's twenty-four; 2918/3100 after the four i13w branches and their merge fixes, so 0.94; i13x: 0.92 for
    # one commit, the corpus at 3073/3329 with heldout23's twenty-four; 3087/3329 after the four i13x branches, so
    # 0.92).
    right, total, wrong = corpus_score(FIXTURES)
    assert total > 100 and right / total >= 0.92, wrong


def test_1_ivc_labels_split_the_page_and_name_the_layout():
    draft = _import("interreg-ivc-udine")
    record = draft.record
    assert draft.report.layout == "INTERREG IVC" and draft.report.sure.startswith("sure")
    assert (record["start"], record["end"]) == ("2009-03", "2012-12")
    assert record["title"] == "Craft incubator in a former barracks"
    assert record["summary"].startswith("The province turned part of a disused barracks")
    assert "Index 1022" not in record.get("description", "")
    assert ("Index", "1022") in draft.report.not_placed
    assert record["topics"] == ["sme-competitiveness"]


def test_2_titles_and_summaries_are_never_page_furniture():
    tartu = _import("interreg-europe-new-tartu")
    assert tartu.record["title"] == "Smart bike share in Tartu"
    assert tartu.record["summary"].startswith("Tartu runs a public bike share")
    assert any(g.startswith("title: took 'Smart bike share in Tartu'") for g in tartu.report.guessed)
    sigma = _import("climate-adapt-de-sigma")
    assert sigma.record["title"].startswith("TODO") and sigma.id == "untitled-practice"
    assert "Title" in sigma.report.missing
    assert any("untitled-practice.yml" in note for note in sigma.report.notes)
    assert sigma.record["summary"].startswith("Der Sigma-Plan schützt")
    messe = _import("messe-form-valencia")
    assert messe.record["title"] == "Mercat Social de València"
    assert messe.record["summary"].startswith("A network of social economy firms")


@pytest.mark.parametrize(
    ("line", "place", "code"),
    [
        ("Italy (Italia)", None, "IT"),
        ("ESPAÑA ESTE", "ESTE", "ES"),
        ("AUSTRIA OSTÖSTERREICH Vienna Wien", "OSTÖSTERREICH Vienna Wien", "AT"),
        ("Udine / Italy", "Udine", "IT"),
        ("Eesti", None, "EE"),
        ("Udine (IT)", "Udine", "IT"),
        ("Naples / Italy", "Naples", "IT"),
        ("Project Coordinator", None, None),
        ("Tartu", None, None),
    ],
)
def test_3_country_from_the_place_lines_pages_write(line, place, code):
    from generator.importer.places import read_place

    assert read_place(line) == (place, code)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("interreg-europe-new-graz", "AT"),
        ("interreg-europe-new-tartu", "EE"),
        ("interreg-europe-old-valencia", "ES"),
        ("interreg-ivc-udine", "IT"),
        ("urbact-naples-civic-estate", "IT"),
        ("energy-cities-heat-fund", "DE"),
        ("climate-adapt-fr-sigma", "BE"),
    ],
)
def test_3_country_is_filled_on_real_pages(name, country):
    assert _import(name).record["location"]["country"] == country


def test_3_country_named_only_in_the_summary_is_a_guess():
    draft = _import("climate-adapt-de-sigma")
    assert draft.record["location"]["country"] == "BE"
    assert "location/country: BE, the only country the summary names" in draft.report.guessed


def test_4_boilerplate_and_empty_fields_never_become_facts():
    ivc = _import("interreg-ivc-udine")
    assert "As of 31 December 2015, this website is no longer updated." in ivc.report.boilerplate
    assert all(item["year"] != 2015 for item in ivc.record["evidence"])
    reggio = _import("interreg-europe-old-reggio")
    assert reggio.record["end"].startswith("TODO: the page's end date field is empty")
    assert reggio.record["contacts"] == [{"name": "Saverio Serri"}]
    assert "Please login to contact the author." in reggio.report.boilerplate


def test_4_evidence_needs_an_indicator_a_figure_and_a_past_year():
    page = "Title: Bike lanes\nEvidence of success\nBy 2040 the city will have 75 km of lanes.\nIt took 5 years."
    assert _import_text(page).record["evidence"][0]["indicator"].startswith("TODO")


def _import_text(text: str) -> importer.Draft:
    return importer.draft(text, today=TODAY)


def test_5_every_amount_of_a_money_line_is_placed():
    messe = _import("messe-form-valencia").record["resources"]
    assert [(r["amount"], r["currency"]) for r in messe] == [
        (2500, "EUR"),
        (75000, "EUR"),
        (5000, "EUR"),
        (8280, "EUR"),
    ]
    cuenca = _import("uia-cuenca-ufil").record["resources"]
    assert [r["amount"] for r in cuenca] == [4929675.75, 3943740.6]
    amsterdam = _import("ec-flagship-amsterdam")
    assert [r["amount"] for r in amsterdam.record["resources"]] == [3900000]
    assert any("EUR 1.56" in text for _, text in amsterdam.report.seen_money)


def test_5_amounts_elsewhere_are_seen_not_placed():
    page = "Title: Market hall\nSummary: The hall opened in 2015.\nDescription\nA stall is rented for €300 a month.\n"
    draft = _import_text(page)
    assert "amount" not in draft.record["resources"][0]
    assert ("description", "€300") in draft.report.seen_money
    assert "Amounts seen, not placed" in draft.report_text()


def test_6_contacts_from_contact_blocks_and_stakeholder_lines():
    assert _import("urbact-naples-civic-estate").record["contacts"] == [
        {"name": "Nicola Masella", "role": "Project Coordinator"}
    ]
    assert _import("interreg-ivc-udine").record["contacts"] == [
        {"name": "Paolo Esempio", "email": "paolo.esempio@example.org"}
    ]
    assert _import("interreg-ivc-udine").record["institution"]["name"] == "Provincia di Udine"
    assert _import("energy-cities-heat-fund").record["contacts"][0]["name"] == "Julia Beispiel"


def test_7_portico_one_line_fields_are_read_one_by_one():
    draft = _import("portico-energy-districts")
    assert (draft.record["start"], draft.record["end"]) == ("2017-05", "2019-12")
    assert [r["amount"] for r in draft.record["resources"]] == [1721378, 1377102]
    assert draft.report.layout == "Portico" and len(draft.report.packed) == 1


def test_7_messe_form_hints_are_dropped():
    draft = _import("messe-form-valencia")
    assert draft.report.layout == "MESSE"
    assert 'Enter month and year, or "ongoing"' in draft.report.boilerplate
    assert draft.record["start"] == "2015-10" and draft.record["location"]["country"] == "ES"
    assert "Please choose up to three" not in draft.yaml


def test_7_energy_cities_and_climate_adapt_headings():
    energy = _import("energy-cities-heat-fund")
    assert energy.report.layout == "Energy Cities"
    assert energy.record["start"] == "2016"
    assert energy.record["evidence"][0]["value"] == 1200
    assert energy.record["transferability"]["potential"].startswith("A trusted local bank")
    german = _import("climate-adapt-de-sigma")
    assert german.report.layout == "Climate-ADAPT"
    assert "**Challenges**\n\nEine schwere Sturmflut" in german.record["description"]
    assert "All official European Union website addresses are in the europa.eu domain." in german.report.boilerplate
    assert _import("climate-adapt-fr-sigma").report.layout == "Climate-ADAPT"


def test_the_report_names_the_layout_and_how_sure_it_is():
    assert _import("interreg-ivc-udine").report_text().startswith("Layout: INTERREG IVC (sure: ")
    assert _import("unknown-layout").report_text().startswith("Layout: unknown (no platform's labels found)")


# --- i13b: the misses of the first held-out part, fixed for every page of their kind ----------------

_KOHESIO_PL = (
    "informacje o projekcieData początkowa: 1 marca 2019\n"
    "Data końcowa: 31 grudnia 2021\n"
    "finansowanieFundusz: Europejski Fundusz Rozwoju Regionalnego (ERDF)\n"
    "Budżet ogółem: 1 954 138,80 €\n"
    "programOkres programowania: 2014-2021\n"
)


def test_glued_group_and_field_labels_are_read_apart():
    draft = _import_text(_KOHESIO_PL)
    assert (draft.record["start"], draft.record["end"]) == ("2019-03", "2021-12")
    assert draft.record["title"].startswith("TODO")
    assert "informacje o projekcieData początkowa: 1 marca 2019" in draft.report.packed
    assert draft.report.layout == "Kohesio"


def test_a_line_is_unglued_only_where_both_sides_are_labels():
    from generator.importer.reading import _unglue

    assert _unglue("informacje o projekcieData początkowa: 1 marca 2019") == [
        "informacje o projekcie",
        "Data początkowa: 1 marca 2019",
    ]
    assert _unglue("Reggio EmiliaStart: 2019") == ["Reggio EmiliaStart: 2019"]
    assert _unglue("programmeOkres: 2014") == ["programmeOkres: 2014"]


def test_listing_headers_banners_and_site_headings_are_never_the_title():
    listing = _import_text("climate and energy good practices\nClimate & energy office\nAmsterdam set up an office.")
    assert listing.record["title"] == "Climate & energy office"
    assert "climate and energy good practices" in listing.report.boilerplate
    opsi = _import_text(
        "Skip to content\nAn official website of the OECD. Find out more\n"
        "Created by the Public Governance Directorate\nHow to validate authenticity\n"
        "Broadband through Neighbourhood Social Centres\nItaly\nCentres became broadband providers."
    )
    assert opsi.record["title"] == "Broadband through Neighbourhood Social Centres"
    assert "How to validate authenticity" in opsi.report.boilerplate
    athens = _import_text(
        "Navigation path\nCapital City Mayors discuss their role in recovery & growth\nFlagship Projects\n"
        "'Re-launching Athens' initiative\nThe initiative received €84m from the ERDF.\nIt has 5 priorities."
    )
    assert athens.record["title"] == "'Re-launching Athens' initiative"
    assert "Capital City Mayors" not in athens.yaml
    assert "Capital City Mayors discuss their role in recovery & growth" in athens.report.boilerplate


def test_sentences_above_the_last_menu_line_stay_in_the_description():
    draft = _import_text("Navigation path\nThe city rebuilt its market in 2015.\nFlagship Projects\nMarket hall\nText.")
    assert "The city rebuilt its market in 2015." in draft.record["description"]


# --- i13c: the misses of i13b's held-out part, fixed for every page of their kind -------------------


@pytest.mark.parametrize(
    ("line", "place", "code"),
    [
        ("Flag of Poland  Trójmiejski, Poland", "Trójmiejski", "PL"),
        ("Flag of Netherlands  Twente, Netherlands", "Twente", "NL"),
        ("•  Bologna / Italy", "Bologna", "IT"),
        ("Udine, Italy", "Udine", "IT"),
        ("Flag of Italy", None, None),
        ("Reggio Emilia, Modena, Parma", None, None),
    ],
)
def test_flag_comma_and_bulleted_place_lines(line, place, code):
    from generator.importer.places import read_place

    assert read_place(line) == (place, code)


def test_kohesio_english_tagline_grid_and_flag_line():
    draft = _import("kohesio-en-revitalisation-pilots")
    record = draft.record
    assert record["title"] == "Implementation of pilot projects in the field of revitalisation"
    assert record["location"]["country"] == "PL" and draft.report.layout == "Kohesio"
    assert "Kohesio: discover EU projects in your region" in draft.report.boilerplate
    assert "European Commission Topic" in draft.report.boilerplate
    assert "Flag of Poland" not in draft.yaml
    # 'funding' stands over the grid's fields: the text after the grid is not a resource
    assert [r.get("amount") for r in record["resources"]] == [14398866, 12239037]
    assert not any("cut short" in note for note in draft.report.notes)


def test_a_heading_over_one_field_is_still_a_field():
    page = "Start Date\n01/2015\nEnd Date\nContact: Ana Ejemplo\nDescription\nThe city did it."
    assert _import_text(page).record["end"].startswith("TODO: the page's end date field is empty")


def test_a_listing_introduction_and_teaser_never_block_or_become_the_title():
    antwerp = _import("eurocities-antwerp-roof")
    assert antwerp.record["title"] == "Zoom in on your roof"
    assert any(line.startswith("Europe's cities lead on climate action") for line in antwerp.report.boilerplate)
    amaroussion = _import("eurocities-amaroussion-seap")
    assert amaroussion.record["title"] == "SEAP committee"
    assert "'Green jobs for social inclusion'" in amaroussion.report.boilerplate
    assert amaroussion.record["location"]["country"] == "GR"
    bologna = _import("urbact-bologna-climate")
    assert bologna.record["title"] == "Managing climate change in the city"
    assert bologna.record["location"] == {"city": "Bologna", "country": "IT"}
    assert "•" not in bologna.yaml


def test_a_listing_without_an_entry_under_a_summary_keeps_its_lines():
    draft = _import_text("URBACT Good Practices\nThe database holds what cities learnt.\nBright mobility management")
    assert "The database holds what cities learnt." in draft.yaml


@pytest.mark.parametrize(
    ("summary", "start"),
    [
        ("Launched in 2021, it is where people check public spending.", "2021"),
        ("The service started in March 2019 with two staff.", "2019-03"),
        ("It was set up on 3 May 2018 by the council.", "2018-05"),
        ("It was launched in 12 cities in 2019.", None),
        ("It will be launched in 2099.", None),
        ("The city has been known for its market since 1890.", None),
    ],
)
def test_the_start_a_sentence_gives_is_a_guess(summary, start):
    draft = _import_text(f"Title: Open spending portal\nSummary: {summary}\n")
    assert draft.record["start"] == start if start else draft.record["start"].startswith("TODO")
    assert any(g.startswith("start: ") for g in draft.report.guessed) == bool(start)


def test_a_start_field_wins_over_a_sentence():
    draft = _import_text("Title: Portal\nSummary: Launched in 2021, it grew.\nStart date: 2019\n")
    assert draft.record["start"] == "2019"


# --- i13d: the misses of i13c's held-out set, each fixed by a rule for any page of its kind -----------


@pytest.mark.parametrize("header", ["projects for cooperation", "projects for mobility", "Case studies on urban heat"])
def test_a_project_listing_header_and_its_link_line_are_furniture(header):
    page = (
        f"{header}\n\nWe take part in a number of EU-funded projects that involve our member cities.\n\n"
        "For completed projects, please click here.\n\nFood in cities\n\n  •  cooperation\n\n"
        "[01-12-2016 - 31-07-2017]\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "Food in cities"
    assert header in draft.report.boilerplate
    assert "For completed projects, please click here." in draft.report.boilerplate
    assert (draft.record["start"], draft.record["end"]) == ("2016-12", "2017-07")
    assert draft.record["summary"].startswith("TODO")  # a tag in a bullet is not a summary


@pytest.mark.parametrize("line", ["Projects for young people in Riga", "Initiatives for schools", "Our projects"])
def test_a_practice_title_is_not_taken_for_a_listing_header(line):
    draft = _import_text(f"{line}\n\nThe city pays young people to run summer projects in their own district.\n")
    assert draft.record["title"] == line


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("[01-01-2017 - 31-12-2019]", ("2017-01", "2019-12")),
        ("01/2017 – 12/2019", ("2017-01", "2019-12")),
        ("2017-2019", ("2017", "2019")),
        ("(March 2016 to May 2018)", ("2016-03", "2018-05")),
        ("2019 - 2017", None),
        ("Phase 1 - 2019", None),
        ("2016 – ongoing", None),
    ],
)
def test_a_line_that_is_only_a_running_time_gives_start_and_end(line, dates):
    draft = _import_text(f"Repair cafés in every district\n\n{line}\n\nThe city runs a repair café in each district.\n")
    record = draft.record
    if dates:
        assert (record["start"], record["end"]) == dates
        assert line in draft.yaml or line in [source for _, source, _ in draft.report.found]
    else:
        assert record["start"].startswith("TODO") and "end" not in record


@pytest.mark.parametrize(
    ("value", "dates"),
    [("[01-01-2017 - 31-12-2019]", ("2017-01", "2019-12")), ("01/2017 – 12/2019", ("2017-01", "2019-12"))],
)
def test_a_duration_field_in_brackets_or_with_month_numbers(value, dates):
    record = _import_text(f"Title: Repair cafés\nDuration: {value}\n").record
    assert (record["start"], record["end"]) == dates


def test_a_running_time_line_never_overrides_the_date_fields():
    record = _import_text("Repair cafés in every district\n\n2017-2019\n\nStart date: 03/2016\n").record
    assert record["start"] == "2016-03" and "end" not in record


@pytest.mark.parametrize(
    ("summary", "start"),
    [
        ("In the 49 days after it opened in May 2017 it received many suggestions.", "2017-05"),
        ("The portal went live in March 2020 and is run by two staff.", "2020-03"),
        ("The scheme was rolled out in 2018 across the region.", "2018"),
        ("The centre will be opened in 2019 if the funding arrives.", None),
        ("The portal is expected to go live in 2020.", None),
        ("The hall was reopened in 2019 after repairs.", None),
        ("Shops opened in 12 districts in 2019.", None),
    ],
)
def test_opened_went_live_and_rolled_out_give_the_start(summary, start):
    draft = _import_text(f"Title: Open spending portal\nSummary: {summary}\n")
    assert draft.record["start"] == start if start else draft.record["start"].startswith("TODO")


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        (
            "In the 49 days after it opened in May 2017 it received 180,705 suggestions, and 99 became policy.",
            [("suggestions received", 180705, 2017)],
        ),
        ("In 2019 the office trained 1,200 volunteers in first aid.", [("volunteers trained", 1200, 2019)]),
        ("In 2018 the project brought together and involved 12 partners.", []),
        ("In 2018 the project received 12 partners from five countries.", []),
        ("In 2019 it received €2 million from the ERDF.", []),
        ("In 2019 it received 2 million euros from the ERDF.", []),
        ("It received 500 suggestions in its first month.", []),
        ("Between 2016 and 2019 it received 500 suggestions.", [("suggestions received", 500, 2019)]),
        ("In 2099 it will have received 500 suggestions.", []),
        ("In 2019 it recorded 2018 as its best year.", []),
    ],
)
def test_results_in_prose_need_a_result_verb_a_figure_and_one_past_year(sentence, evidence):
    draft = _import_text(f"Title: Citizens' suggestion office\nSummary: {sentence}\n")
    found = [(e["indicator"], e["value"], e["year"]) for e in draft.record["evidence"] if "TODO" not in str(e["value"])]
    assert found == evidence
    assert sentence in draft.record["summary"]  # the sentence stays in the text


def test_an_evidence_section_wins_over_results_in_prose():
    page = (
        "Title: Suggestion office\nSummary: In 2017 it received 180,705 suggestions.\n"
        "Evidence of success\nIn 2018, 99 suggestions became law.\n"
    )
    assert [e["value"] for e in _import_text(page).record["evidence"]] == [99]


@pytest.mark.parametrize(
    ("line", "amounts"),
    [
        ("Each schoolyard cost between €250,000 and €400,000.", []),
        ("Each schoolyard cost €250,000 – €400,000.", []),
        ("Die Kosten lagen zwischen 5 Mio. € und 8 Mio. €.", []),
        ("The study cost €250,000 and the works €400,000.", [250000, 400000]),
        ("The budget fell from €400,000 to €250,000.", [400000, 250000]),
    ],
)
def test_an_amount_range_is_one_resource_line_that_keeps_the_range(line, amounts):
    draft = _import_text(f"Title: Green schoolyards\nResources needed\n{line}\n")
    resources = draft.record["resources"]
    assert [r["amount"] for r in resources if "amount" in r] == amounts
    assert len(resources) == max(1, len(amounts)) and resources[0]["what"] == line
    assert any("gives a range" in g for g in draft.report.guessed) == (not amounts)


def test_a_place_line_the_page_names_as_a_town_is_the_city():
    tartu = _import("interreg-europe-new-tartu")
    assert tartu.record["location"]["city"] == "Tartu"
    assert not tartu.record["description"].startswith("Tartu")
    heidelberg = _import("energy-cities-heat-fund")
    assert heidelberg.record["location"] == {"city": "Heidelberg", "country": "DE"}
    assert "Heidelberg\n" not in heidelberg.record["description"]


@pytest.mark.parametrize("line", ["Mobility", "Kaunas", "Europe"])
def test_a_one_word_line_the_page_does_not_name_as_a_town_stays_in_the_text(line):
    page = f"Good practice\n{line}\nSafe routes to school\nThe city of Riga paints safe routes to each school.\n"
    draft = _import_text(page)
    assert "city" not in draft.record.get("location", {})
    assert line in draft.record["description"]


def test_each_aside_line_keeps_its_own_label():
    draft = _import("kohesio-en-twente-dementia")
    assert "# [Fund] European Regional Development Fund (ERDF)\n" in draft.yaml
    assert "# [Programming period] 2014-2020\n" in draft.yaml
    assert "# [Managing authority] Provincie Gelderland" in draft.yaml
    udine = _import("interreg-ivc-udine")
    assert "# [Priority] Innovation and the knowledge economy\n" in udine.yaml


# --- i13e: the misses of i13h's spent held-out set (heldout2/), each as a rule for any page of its kind ---

_PARTICIPEDIA = """Data

General Issues
Planning & Development
Specific Topics
Budget - Local
Location
Kraków
Lesser Poland
Poland
Scope of Influence
City/Town
Start Date
End Date
Time Limited or Repeated?
Repeated over time
Total Number of Participants
5120
Open to All or Limited to Some?
Open to All
Primary Organizer/Manager
City of Kraków
Type of Organizer/Manager
Local Government

CASE

Civic Budget of Kraków

Each year residents of Kraków propose projects and vote on which ones the city funds from its budget.

Problems and Purpose

The city wanted residents to decide on part of the investment spending.
"""


def test_participedia_case_title_after_its_data_sidebar_and_the_participants_figure():
    draft = _import_text(_PARTICIPEDIA)
    record = draft.record
    assert record["title"] == "Civic Budget of Kraków"
    # i13g: a count of who took part is a result only when the text reports it as one (see the tests at the end)
    assert "TODO" in str(record["evidence"][0]["value"])
    assert "# [Total Number of Participants] 5120\n" in draft.yaml
    assert record["institution"]["name"] == "City of Kraków"
    assert record["location"]["country"] == "PL"
    kept = "\n".join(_strings(record))
    assert "Each year residents" in kept and "The city wanted residents" in kept
    assert not any(line in kept for line in ("Data", "CASE", "Repeated over time", "Open to All"))
    assert "# [Time Limited or Repeated?] Repeated over time\n" in draft.yaml  # the sidebar kept as comments
    assert draft.report.layout == "Participedia"


def test_a_sidebar_field_that_is_not_a_figure_is_kept_aside():
    draft = _import_text("Title: Civic budget\nTotal Number of Participants\nunknown\n")
    assert "TODO" in str(draft.record["evidence"][0]["value"])
    assert "# [Total Number of Participants] unknown\n" in draft.yaml


def test_a_blog_post_menu_byline_and_blog_name_are_furniture():
    page = (
        "Acme's Blog\n  • Platform\n  • Resources\n    • Blog\n  • Schedule a demo\n  • Home\n  • >\n  • Blog\n  • >\n"
        "  • 1,200 residents redesign their park\n\n1,200 residents redesign their park\n\n"
        "By Jane Novak Urban Planning 12/03/2021\nAcme's Blog\n"
        "  • Platform\n  • Book a demo\n  • English\n  • Deutsch\n\n"
        "The town of Ghent asked its residents to redesign a park, and 1,200 of them sent in a plan.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "1,200 residents redesign their park"
    kept = "\n".join(_strings(draft.record))
    for line in ("Schedule a demo", "Book a demo", "By Jane Novak", "Acme's Blog", "Platform", "Deutsch"):
        assert line not in kept
    assert "By Jane Novak Urban Planning 12/03/2021" in draft.report.boilerplate
    assert draft.record["start"].startswith("TODO")  # the byline's date is the post's, not the start


def test_a_short_bulleted_list_after_the_first_sentence_stays():
    page = (
        "School streets\nThe city closes streets by schools to cars at school times, every day.\n"
        "• Walking\n• Cycling\n• Scooters\n• Buses\n"
    )
    assert "- Walking" in _import_text(page).record["description"]


def test_a_filter_panel_and_view_switch_never_give_the_title():
    page = (
        "View as: Map\n\nFilter by:\n\nCountries\n\nLevel of government\n\nSector\n\nYear of launch\n\n"
        "Innovations:\n0\n"
        "Nearly every Portuguese public service can be used online, yet few people used them, so the state opened "
        "counters where a mediator helps.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"].startswith("TODO")
    kept = "\n".join(_strings(draft.record))
    assert not any(line in kept for line in ("View as", "Filter by", "Countries", "Level of government", "Innovations"))


def test_after_filter_your_results_the_entry_title_over_its_summary_stays():
    page = (
        "Filter your results\n\n\nNational Reuse Month\n\nSummary: Ireland's waste authorities set up a "
        '"National Reuse Month" for the whole country in 2016.\n\nLocation: Southern and Eastern, Ireland (Éire)\n'
    )
    draft = _import_text(page)
    assert draft.record["title"] == "National Reuse Month"
    assert draft.record["start"] == "2016"
    assert "Filter your results" in draft.report.boilerplate


_COVENANT = """Illustration Signatories

Mitigation (2020 target)

Mayor (or equivalent): Anna Weber
Date of adhesion: 8 June 2010

Sector: Municipal buildings, equipment/facilities
Implementation timeframe: 2009 - 2020
Responsible body: Office for Facility Management
CO2 reduction :
21000 t CO2 eq./a
Implementation cost (€):
12 Million €

Description: {description}

With the political support of the European Commission. Website coordinated by the Covenant of Mayors Office.
News | Agenda | Site map | RSS help | Credits | Legal
""".format(
    description="Düsseldorf buys electricity only from renewable sources for the buildings the city runs, and carries "
    "the extra cost in the facility budget; the office checks each supplier's certificates once a year and reports "
    "on them to the council, which has kept the rule in every budget since it was first agreed."
)


def test_covenant_of_mayors_benchmark_fields():
    draft = _import_text(_COVENANT)
    record = draft.record
    assert (record["start"], record["end"]) == ("2009", "2020")  # not the date of adhesion
    # the box names no year of its own: the end of the practice's finished running time dates it (issue 13's rule:
    # evidence needs a year, and a year from the result's context counts)
    assert record["evidence"] == [{"indicator": "CO2 reduction", "value": 21000, "unit": "t CO2 eq./a", "year": 2020}]
    assert [(r["amount"], r["currency"]) for r in record["resources"] if "amount" in r] == [(12_000_000, "EUR")]
    assert record["institution"]["name"] == "Office for Facility Management"
    assert record["description"].startswith("Düsseldorf buys")  # a long 'Description:' line is still the field
    assert record["location"]["country"] == "DE"
    kept = "\n".join(_strings(record))
    for line in ("Illustration Signatories", "Website coordinated by", "Site map", "Anna Weber"):
        assert line not in kept
    assert draft.report.layout == "Covenant of Mayors"


def test_a_project_short_name_over_its_full_name():
    page = "GPP 2020\n\nGPP 2020 - Mainstreaming low-carbon procurement\n\n2013 - 2016\n\nThe project showed savings.\n"
    draft = _import_text(page)
    assert draft.record["title"] == "GPP 2020 - Mainstreaming low-carbon procurement"
    assert (draft.record["start"], draft.record["end"]) == ("2013", "2016")
    same = _import_text("GPP 2020\n\nGreen public procurement in Europe\n\nThe project showed what cities save.\n")
    assert same.record["title"] == "GPP 2020"


@pytest.mark.parametrize(
    ("summary", "start"),
    [
        ("In 2019 Peñalolén launched a participatory budget under a slogan.", "2019"),
        ("Running since 1998, Ökokauf Wien has grown into a large programme.", "1998"),
        ("After seminars in 2011, the city ran its first participatory budget in 2013.", "2013"),
        ('The authorities set up a "National Reuse Month" for the whole country in 2016.', "2016"),
        ("The council first used participatory budgeting in 2008 and repeated it in 2012.", None),
        ("The council launched a budget so that residents could have their say on projects in 2019.", None),
        ("In 2019 the council will have launched a new budget.", None),
    ],
)
def test_more_sentences_that_give_the_start(summary, start):
    draft = _import_text(f"Title: Participatory budget\nSummary: {summary}\n")
    assert draft.record["start"] == start if start else draft.record["start"].startswith("TODO")


@pytest.mark.parametrize(
    ("title", "summary", "country"),
    [
        ("Vienna’s sustainable procurement programme – Ökokauf Wien", "The city buys green.", "AT"),
        ("Citizen spots", "Nearly every Portuguese public service can be used online.", "PT"),
        ("Participatory budget", "Peñalolén, a Chilean commune, opened a participatory budget.", "CL"),
        ("Low-carbon tenders", "German and Dutch ministries ran joint low-carbon tenders.", None),
        ("Green procurement", "The town buys green, like Vienna and Munich do.", None),
    ],
)
def test_country_from_a_city_or_an_adjective_is_a_guess(title, summary, country):
    draft = _import_text(f"Title: {title}\nSummary: {summary}\n")
    assert draft.record["location"]["country"] == country if country else "TODO" in draft.record["location"]["country"]
    assert any("the page names no country" in g for g in draft.report.guessed) == bool(country)


def test_a_place_line_wins_over_a_city_named_in_the_text():
    draft = _import_text("Title: Vienna-style procurement\nUdine / Italy\nSummary: Udine buys green, as Vienna does.\n")
    assert draft.record["location"]["country"] == "IT"


@pytest.mark.parametrize(
    ("line", "country", "amounts"),
    [
        ("12 Million €", None, [(12_000_000, "EUR")]),
        ("The budget came to around 150,000 EUR.", None, [(150_000, "EUR")]),
        ("The budget was 500,000,000 Chilean pesos (about 541,000 euros).", None, [(500_000_000, "CLP")]),
        ("The budget was $500 million pesos.", "Chile", [(500_000_000, "CLP")]),
        ("The budget was $500 million pesos.", None, []),
        ("The budget was $2 million.", None, [(2_000_000, "USD")]),
    ],
)
def test_amounts_in_million_euro_pesos_and_equivalents(line, country, amounts):
    place = f"Country: {country}\n" if country else ""
    draft = _import_text(f"Title: Participatory budget\n{place}Resources needed\n{line}\n")
    placed = [(r["amount"], r["currency"]) for r in draft.record["resources"] if "amount" in r]
    assert placed == amounts
    if "pesos" in line and not amounts:
        assert any("which country's pesos" in why for _, why in draft.report.seen_money)


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("In the 2019 round, 7,312 residents took part in the vote.", [("residents took part", 7312, 2019)]),
        ("In 2020 the buildings saved 21,000 tonnes of CO2.", [("tonnes saved", 21000, 2020)]),
        ("More than 24,450 residents took part through the online platform.", []),
        ("In 2019, 12 partners took part in the project.", []),
    ],
)
def test_people_who_took_part_and_savings_are_results(sentence, evidence):
    draft = _import_text(f"Title: Participatory budget\nSummary: {sentence}\n")
    found = [(e["indicator"], e["value"], e["year"]) for e in draft.record["evidence"] if "TODO" not in str(e["value"])]
    assert found == evidence


def test_a_role_label_whose_name_was_a_picture_is_furniture():
    page = (
        "Participatory Budgeting in Tartu Municipality\n\nfbpx\nDuration\n05/2018 - 02/2019\nBudget\n6000 €\n"
        "Project manager\n\nThe e-Governance Academy helped Tartu Municipality prepare and run its participatory "
        "budgeting, from the model to the analysis of the results.\n"
    )
    draft = _import_text(page)
    kept = "\n".join(_strings(draft.record))
    assert "Project manager" not in kept and "fbpx" not in kept
    # the money field given on two lines ends at the blank line: the text after it is no resource
    assert [r["what"] for r in draft.record["resources"]] == ["6000 €"]
    assert draft.record["summary"].startswith("The e-Governance Academy helped")
    named = _import_text("Title: Repair café\nProject manager\nJana Kask\n\nThe café opens every Saturday.\n")
    assert "Project manager" in "\n".join(_strings(named.record)) + named.yaml


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("For more information on how other local authorities can replicate these achievements, visit", True),
        ("For further details, see", True),
        ("For more information visit https://gpp2020.eu", False),
        ("News | Agenda | Site map | RSS help | Credits | Legal", True),
        ("Energy | Mobility", False),
        ("Topics: Energy | Mobility | Climate | Housing", False),
        (
            "With the support of the European Commission. Website coordinated by the Covenant of Mayors Office.",
            True,
        ),
        ("fbpx", True),
    ],
)
def test_invitations_footer_rows_and_site_credits_are_furniture(line, gone):
    draft = _import_text(f"Title: Green procurement\nSummary: The city buys green.\nDescription\n{line}\n")
    assert (line in draft.report.boilerplate) == gone


def test_a_money_field_whose_value_is_not_an_amount_keeps_the_lines_after_it():
    page = "Title: Repair café\nResources needed\nTwo volunteers\n\nStaff time of two officers.\n"
    assert [r["what"] for r in _import_text(page).record["resources"]] == [
        "Two volunteers",
        "Staff time of two officers.",
    ]


# --- i13f: the misses of i13h3's spent held-out set (heldout3/), each as a rule for any page of its kind ---


@pytest.mark.parametrize(
    ("teaser", "cut"),
    [
        ("Last November, the network invited the director of the city's climate agency to meet with […]", True),
        ("Provinces and territories helped design it, and a wide range of…", True),
        ("The project looks for ways to let them keep living at home for longer...", True),
        ("The city cut its emissions by a third.", False),
        ("The city asked: what next?", False),
    ],
)
def test_a_teaser_cut_short_is_kept_but_left_for_the_contributor_to_finish(teaser, cut):
    draft = _import_text(f"Energy Cities\n\nClimate budgets\n\n{teaser}\n")
    summary = draft.record["summary"]
    assert teaser in summary
    assert summary.startswith("TODO") == cut
    assert all("still a placeholder" in line for line in draft.report.to_fill), draft.report.to_fill


def test_every_city_and_adjective_of_the_country_tables_points_to_a_real_country_code():
    # unquoted, YAML reads Norway's code NO as false: 'Oslo' then gave the country False
    codes = {code for code, _ in importer.layouts.country_words().values()}
    assert codes <= set(validate.countries()), codes - set(validate.countries())


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Count your CO2 emissions the way you count your money: the climate budget of Oslo.", "NO"),
        ("The Norwegian Directorate of Health built linked digital services.", "NO"),
        ("Groningen heats its new districts with residual heat.", "NL"),
        ("Reykjavik opened its first car-free street.", "IS"),
        ("The programme keeps Canada's policies in step with what people need.", "CA"),
    ],
)
def test_a_city_an_adjective_or_a_possessive_country_gives_the_country_as_a_guess(text, country):
    draft = _import_text(f"Urban heat plan\n\n{text}\n")
    assert draft.record["location"]["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        "Old towns grow over their past (see the Convention on the archaeological heritage, Malta / Valletta).",
        "The plan follows the Leipzig Charter on sustainable European cities.",
    ],
)
def test_a_city_in_a_treaty_s_name_is_not_where_the_practice_is(text):
    draft = _import_text(f"Towards future-proof historic cities (PORTICO)\n\n{text}\n")
    assert draft.record["location"]["country"].startswith("TODO")


def test_the_city_a_heading_names_outweighs_other_cities_in_the_text():
    page = (
        "Spotlight on the awards winners - new case studies!\n\n"
        "We have published case studies on the winning projects from Edinburgh, Gothenburg and Milan.\n\n"
        "At a ceremony on 4 November, three cities won. There were three award categories: cooperation, "
        "innovation and participation.\n\n"
        "Cooperation - Entrepreneurial Västra Hisingen, Gothenburg\n\n"
        "Gothenburg's project helps residents of a district with high unemployment start their own firms.\n\n"
        "Read all about the project in our case study, available here\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "Entrepreneurial Västra Hisingen"
    assert draft.record["location"] == {"city": "Gothenburg", "country": "SE"}
    assert draft.record["summary"].startswith("Gothenburg's project")
    assert "Spotlight on the awards winners - new case studies!" in draft.report.boilerplate
    assert "Read all about the project in our case study, available here" in draft.report.boilerplate


def test_a_heading_s_first_word_stays_unless_the_page_names_it_as_a_category():
    page = (
        "The winners of the city prize are known!\n\nThree cities won this year's prize for their work.\n\n"
        "Repair - Cafés in every district, Vienna\n\nVienna opened a repair café in each of its districts.\n"
    )
    assert _import_text(page).record["title"] == "Repair - Cafés in every district"


def test_a_subheading_in_running_text_without_a_headline_over_the_page_is_not_the_title():
    page = "The city asked its residents what to build.\n\nHow it works\n\nResidents vote online for the projects.\n"
    assert _import_text(page).record["title"].startswith("TODO")


def test_fields_parted_by_commas_with_us_dates_and_a_status_badge():
    page = (
        "Towards future-proof historic cities (PORTICO)\n"
        "Start date: May 14, 2007, End date: Jun 30, 2014 PROJECT  FINISHED \n\n"
        "Historic cities test new ways to build above and below ground.\n"
    )
    draft = _import_text(page)
    assert (draft.record["start"], draft.record["end"]) == ("2007-05", "2014-06")
    assert "PROJECT  FINISHED" in draft.report.boilerplate
    assert draft.record["title"] == "Towards future-proof historic cities (PORTICO)"


def test_a_comma_inside_a_value_does_not_part_the_line():
    draft = _import_text("Title: Repair vouchers\nSummary: Graz, Austria: vouchers for repairs.\n")
    assert draft.record["summary"] == "Graz, Austria: vouchers for repairs."


def test_a_filter_panel_with_blank_groups_ends_at_the_site_s_disclaimer():
    page = (
        "Filter by:\n\n\nLevel of government\n\n\nYear of launch\n\nStage of innovation\n\n\nInnovation Tags\n\n"
        "This website, as well as any data and map included herein, are without prejudice to the status of or "
        "sovereignty over any territory, to the delimitation of international frontiers and boundaries and to "
        "the name of any territory, city or area.\n"
        "The Norwegian Directorate of Health built a group of linked digital services for the pandemic.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"].startswith("TODO")
    assert "Innovation Tags" in draft.report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "We are the European city network that defends a locally driven energy transition.",
        "position papers",
        "publications View all publications",
        "Search for European Projects",
        "Promotion and production Public promotion",
        "Get financial support and services for your local sustainable energy projects! We are proud to run it.",
        "Join our network today!",
    ],
)
def test_platform_chrome_and_calls_to_action_are_furniture(line):
    draft = _import_text(f"{line}\n\nNo more fossil fuels for new buildings in Vienna\n\nVienna rules out gas.\n")
    assert line in draft.report.boilerplate
    assert draft.record["title"] == "No more fossil fuels for new buildings in Vienna"


def test_a_sentence_ending_in_an_exclamation_inside_the_text_stays():
    draft = _import_text("Title: Repair cafés\nDescription\nThe residents came back every week! The café grew.\n")
    assert "The residents came back every week! The café grew." in draft.record["description"]


def test_a_title_written_twice_with_a_counter_between_is_kept_once():
    page = (
        "Apartments for graduates - Affordable housing to retain talent\n\n0\n\n"
        "Apartments for graduates - Affordable housing to retain talent\n\n"
        "Poznań rents flats to recent graduates so that they stay in the city.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "Apartments for graduates - Affordable housing to retain talent"
    assert "0" in draft.report.boilerplate
    assert "Affordable housing to retain talent" not in draft.record.get("description", "")


def test_a_person_the_teaser_names_with_a_role_is_the_contact():
    page = (
        "Climate budget: a dialogue with Oslo\n\n"
        "Energy Cities invited Heidi Sørensen, Director of the City of Oslo’s Climate Agency, and her colleague "
        "Catrin Robertsen to talk about the city's climate budget.\n"
    )
    assert _import_text(page).record["contacts"] == [
        {"name": "Heidi Sørensen", "role": "Director of the City of Oslo’s Climate Agency"}
    ]


def test_a_person_named_without_a_role_is_no_contact():
    page = "Climate budget\n\nThe city invited Catrin Robertsen, who spoke about the budget.\n"
    assert "contacts" not in _import_text(page).record


def test_a_promoter_line_in_a_bullet_gives_the_institution_and_the_organisation_to_ask():
    page = (
        "Apartments for graduates\n\nPoznań rents flats to recent graduates.\n\nStakeholders\n\n"
        "  • Promotor: Poznań Social Housing Association (PTBS)\n\nLocation\n\nCountry/Region: Poland, Poznan\n"
    )
    record = _import_text(page).record
    assert record["institution"]["name"] == "Poznań Social Housing Association (PTBS)"
    assert record["contacts"][0]["organisation"] == "Poznań Social Housing Association (PTBS)"
    assert record["contacts"][0]["name"].startswith("TODO")
    assert record["location"] == {"city": "Poznan", "country": "PL"}


def test_a_paragraph_longer_than_a_summary_may_be_stays_in_the_description():
    long = "Historic cities test new ways to build above and below ground, with partners of every kind. " * 10
    draft = _import_text(f"Towards future-proof historic cities\n\n{long.strip()}\n")
    assert "summary" not in draft.record or draft.record["summary"].startswith("TODO")
    assert long.strip() in draft.record["description"]


def test_a_labelled_bullet_in_running_text_stays_an_item_of_its_list():
    page = (
        "Title: Repair cafés\nSummary: The city opened repair cafés.\nDescription\nThe programme has three parts:\n"
        "• Objective: cut waste by half\n• Contact: the district office\nThe cafés are open every week.\n"
    )
    draft = _import_text(page)
    assert "contacts" not in draft.record
    assert "- Contact: the district office" in draft.record["description"]


# --- i13g: heldout4's misses, each as a rule for any page of its kind --------------------------------


@pytest.mark.parametrize(
    "crumb",
    [
        "Home > Content > Mobility Update February 2013",
        "Home > Projects > Repair cafés in Graz",
        "Home › News",
        "Startseite > Projekte > Klimaschutz in der Stadt",
    ],
)
def test_a_breadcrumb_is_never_the_title(crumb):
    draft = _import_text(f"{crumb}\n\nRepair cafés in Graz\n\nThe city pays for repair cafés in every district.\n")
    assert draft.record["title"] == "Repair cafés in Graz"
    assert crumb in draft.report.boilerplate


@pytest.mark.parametrize(
    "byline",
    [
        "By Admin Eltis / Updated: 15 Jan 2015",
        "By Maria Rossi | Published: 3 March 2021",
        "By Jan Kowalski - Posted on 2020-05-04",
    ],
)
def test_a_byline_with_its_update_or_publication_date_is_furniture_and_no_start(byline):
    draft = _import_text(f"Repair cafés in Graz\n\n{byline}\n\nThe city pays for repair cafés in every district.\n")
    assert byline in draft.report.boilerplate
    assert str(draft.record["start"]).startswith("TODO")


@pytest.mark.parametrize(
    "line",
    [
        "Welcome to the Eltis Mobility Update!",
        "Welcome to our spring newsletter!",
        "Your Eltis Team",
        "Kind regards, your URBACT Secretariat team",
        ">> read more",
        "» Read more",
        "Read more >>",
        "Find out more about the The Policy learning week: Low-carbon economy day",
    ],
)
def test_newsletter_greetings_sign_offs_and_link_lines_are_furniture(line):
    draft = _import_text(f"Repair cafés in Graz\n\nThe city pays for repair cafés in every district.\n\n{line}\n")
    assert line in draft.report.boilerplate
    assert line not in "\n".join(_strings(draft.record))


def test_a_find_out_more_line_with_its_address_stays():
    line = "Find out more about the cafés at https://www.graz.at/repair"
    draft = _import_text(f"Repair cafés in Graz\n\nThe city pays for repair cafés in every district.\n\n{line}\n")
    assert line not in draft.report.boilerplate


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The partner Les 7 Vents in Normandy (France) runs the workshops for residents of badly kept homes.", "FR"),
        ("In Upper Austria (Austria), the region pays for the workshops of residents in badly kept homes.", "AT"),
        ("The fund is the UK Government's largest programme on digital planning.", "GB"),
        ("The French government pays half of each renovation.", "FR"),
        ("In Hauts-de-France, a cluster gives textile waste a second life.", "FR"),
        ("The Bavarian towns of the region share one office; in Bavaria it is a first.", "DE"),
    ],
)
def test_a_region_with_its_country_a_national_government_or_a_region_gives_the_country(text, country):
    summary = "Residents renovate each other's homes with a professional overseeing the work."
    record = _import_text(f"Renovation workshops\n\n{summary}\n\n{text}\n").record
    assert record["location"]["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        "Partners in Normandy (France) and Styria (Austria) run the workshops.",
        "The local government pays half of each renovation.",
    ],
)
def test_two_bracketed_countries_or_a_local_government_give_no_country(text):
    record = _import_text(f"Renovation workshops\n\n{text}\n").record
    assert str(record["location"]["country"]).startswith("TODO")


def test_a_change_in_percent_or_in_a_count_after_a_dated_result_is_evidence():
    page = (
        "One year of the low-emission zone\n\n"
        "Bus ridership in 2019 was 12% higher than in 2015, the year before the zone. "
        "On a working day that means 3,000 more passengers on the city's buses.\n"
    )
    evidence = _import_text(page).record["evidence"]
    assert [(e["value"], e.get("unit"), e["year"]) for e in evidence] == [(12, "%", 2019), (3000, None, 2019)]
    assert evidence[0]["indicator"] == "Bus ridership higher"
    assert evidence[1]["indicator"] == "more passengers"


@pytest.mark.parametrize(
    "text",
    [
        "Rents in the district are 20% lower than the city's average.",
        "On a working day that means 3,000 more passengers on the city's buses.",
        "In 2019 the city had 12% more buses than in 2015 and 2016.",
    ],
)
def test_a_change_without_its_own_or_a_carried_year_is_no_evidence(text):
    record = _import_text(f"One year of the low-emission zone\n\n{text}\n").record
    assert str(record["evidence"][0]["value"]).startswith("TODO")


def test_a_sidebar_count_of_participants_is_evidence_only_when_the_text_reports_it():
    sidebar = (
        "Data\n\nLocation\nKraków\nPoland\nTotal Number of Participants\n{n}\n\nCASE\n\nCivic Budget of Kraków\n\n"
    )
    alone = _import_text(sidebar.format(n=47) + "Residents propose projects and vote on which ones the city funds.\n")
    assert str(alone.record["evidence"][0]["value"]).startswith("TODO")
    assert "# [Total Number of Participants] 47\n" in alone.yaml
    # told, but no year anywhere: a result without a year is no evidence; it is kept and said, for the contributor
    told = _import_text(sidebar.format(n=5120) + "Residents propose projects; 5,120 residents voted in the round.\n")
    assert str(told.record["evidence"][0]["value"]).startswith("TODO")
    assert "# [Total Number of Participants] 5120\n" in told.yaml
    assert any(line.startswith("evidence: seen, not placed: '5120") for line in told.report.guessed)
    # told, and the practice's running time has ended: its end dates the count
    dated = sidebar.replace("Poland\n", "Poland\nStart Date\n2019-03-01\nEnd Date\n2019-06-30\n")
    told = _import_text(dated.format(n=5120) + "Residents propose projects; 5,120 residents voted in the round.\n")
    assert told.record["evidence"] == [{"indicator": "Total Number of Participants", "value": 5120, "year": 2019}]


def test_a_newsletter_issue_heading_is_not_the_title_its_item_heading_is():
    page = (
        "Mobility Update March 2014\n\n"
        "This issue looks at parking rules and at two calls for projects that close in April.\n\n"
        "Ghent opens its circulation plan: through traffic cut by a quarter\n\n"
        "Since April 2017 cars can no longer cross the centre of Ghent.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "Ghent opens its circulation plan: through traffic cut by a quarter"
    assert "Mobility Update March 2014" in draft.report.boilerplate


def test_a_headline_asked_as_a_question_over_its_subtitle_is_the_title():
    page = (
        "How can a city help tenants pay for solar panels ?\n\n"
        "Leuven wins an award for its rooftop scheme\n\n"
        "The city lends the money for the panels and the tenants repay it from their savings.\n"
    )
    assert _import_text(page).record["title"] == "How can a city help tenants pay for solar panels ?"


def test_a_question_inside_the_text_is_not_the_title():
    page = "Rooftop solar for tenants\n\nThe city lends the money. How does it work?\n\nTenants repay it monthly.\n"
    assert _import_text(page).record["title"] == "Rooftop solar for tenants"


def test_the_good_practice_a_news_page_names_is_the_title_not_the_event_headline():
    page = (
        "Thematic workshop: heat in cities\n\n"
        "On 4 May 2023 the partners met in Lyon to talk about heat.\n\n"
        "The partner from Seville presented the “Shade Corridors good practice, which planted trees along bus stops.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "Shade Corridors"
    assert "Thematic workshop: heat in cities" in draft.record["description"]


def test_an_entry_under_a_place_heading_is_titled_by_the_practice_it_opens_with():
    page = (
        "This story presents three practices: Re-Use Hub in Lyon (FR), Halle 2 in Munich (DE) and Tool Library in "
        "Ghent (BE).\n\n"
        "#1 - Lyon (FR)\n"
        "Re-Use Hub is Lyon's network of shops where residents bring and take used goods.\n"
    )
    assert _import_text(page).record["title"] == "Re-Use Hub"


def test_an_entry_opening_with_its_city_gives_no_title():
    page = "Three practices on reuse.\n\n#1 - Lyon (FR)\nLyon is a city of shops where residents bring used goods.\n"
    assert str(_import_text(page).record["title"]).startswith("TODO")


def test_a_person_from_a_public_body_is_the_contact_before_one_from_a_company():
    page = (
        "Rooftop solar for tenants\n\n"
        "In the interview, Tom Peeters from Zonnecoop and Anna de Smet from the Municipality of Leuven explain "
        "the scheme.\n"
    )
    assert _import_text(page).record["contacts"] == [{"name": "Anna de Smet", "organisation": "Municipality of Leuven"}]


def test_a_person_from_an_organisation_is_the_contact_when_no_public_body_is_named():
    page = "Renovation workshops\n\nProject partner Florian Roux from Les 7 Vents in Normandy (France) presented it.\n"
    assert _import_text(page).record["contacts"] == [{"name": "Florian Roux", "organisation": "Les 7 Vents"}]


def test_a_cost_line_whose_only_amount_is_set_aside_stays_in_the_text():
    # found by the property test above: the pesos of an unnamed country were reported and their line lost
    draft = _import_text("IMPLEMENTATION COST\n$500 million pesos")
    assert "$500 million pesos" in draft.record["description"]
    assert any("pesos" in line for _, line in draft.report.seen_money)


# --- i13i: heldout5's misses as general rules -----------------------------------------------------


@pytest.mark.parametrize(
    "chrome",
    [
        "Subscribe to Eltis feed",  # a feed aggregator's subscription link (CIVITAS)
        "Subscribe to our RSS",
        "Sign up for our newsletter",  # a site's invitation, without the '!' of a call to action
        "Follow us on LinkedIn",
        "Log in to comment",
        "Updated: 1 week 6 days ago",  # how long ago, not a date
        "Posted 3 hours ago",
        "Language English",  # a language switch's label and value
        "Sprache: Deutsch",
        "0 have recommended.",  # Eltis's vote counter
        "12 people liked this",
        "Share on",  # the label of a share row whose buttons the copy lost
        "Go back",
        "← Back to the list",
        "Edited on",  # a date's label whose date is on the next line (URBACT archive)
        "Last updated:",
        "Read time: 5 minutes",
        "4 min read",
        "NETWORKFINAL PARTNERSHIPSHORT DESCRIPTION",  # a table's header copied flat
        "Congratulations to the 23 approved networks!",
        "POINT (4.35171 50.85034)",  # a geodata field in WKT
        "Copy linkFacebookXLinkedInEmail",  # a share row run together
        "Facebook | Twitter | LinkedIn",
        "From urbact",  # URBACT's source line under an article on a taxonomy page (labels.yml)
        "Town square market (photo credit City of Lyon).",  # a caption with its credit
        "Latest news",  # a site's block headers around an article
        "Related articles",
        "Press release",
        "You might also like",
        "Home / News / Cargo bikes",  # a breadcrumb written with slashes
        "Tags: mobility, cycling",
        "Filed under: Mobility",
        "Download as PDF",
        "Listen to this article",
        "Photo credit: City of Lyon",
        "Credit: Shutterstock",
        "By Jane Smith",  # a byline without its date: the page's writer, not the practice's contact
        "Author: Jane Smith",
        "Posted by Admin",
        "3 comments",  # counters of comments, views and shares
        "Views: 1234",
        "Comments (0)",
        "Case study | Mobility",  # a content type and its category
    ],
)
def test_site_chrome_lines_are_furniture_never_text_or_title(chrome):
    page = f"{chrome}\n\nCargo bikes for market traders\n\nThe city lends cargo bikes to the traders of its market.\n"
    draft = _import_text(page)
    assert chrome in draft.report.boilerplate
    assert draft.record["title"] == "Cargo bikes for market traders"
    assert chrome not in "\n".join(_strings(draft.record))


@pytest.mark.parametrize(
    "line",
    [
        "Language policy for newcomers",
        "Back to basics for school streets",
        "Updated guidelines for cycle lanes",
        "Follow-up care for older residents",
        "Login-free access to city services",
        "More affordable homes for young people",
        "Other projects to learn from",
        "Home/Office work hubs in villages",
        "Start/End of the school street trial",
        "By bike to school",
        "INTERNATIONALISATION OF SMES IN RURAL AREAS",
        "Views of the river restored",
        "3 comments from residents shaped the plan",
    ],
)
def test_a_title_that_starts_like_chrome_stays_the_title(line):
    page = f"{line}\n\nThe city rewrote its guidance with residents in 2019.\n"
    assert _import_text(page).record["title"] == line


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Over 169 million zloty (39 million Euros) is going into public transport", 169_000_000, "PLN"),
        ("The city spent 2 mln złotych on the scheme", 2_000_000, "PLN"),
        ("The fund holds 12 million Swedish kronor", 12_000_000, "SEK"),
        ("Each grant is 40 million Danish kroner", 40_000_000, "DKK"),
        ("The district paid 3 500 000 forint", 3_500_000, "HUF"),
        ("A budget of 2,5 million Swiss francs", 2_500_000, "CHF"),
        ("Die Stadt investierte 1,5 Millionen Euro", 1_500_000, "EUR"),
        ("El proyecto costó 3 millones de euros", 3_000_000, "EUR"),
        ("Le programme a coûté 10 millions d’euros", 10_000_000, "EUR"),
        ("Il comune ha speso 2 milioni di euro", 2_000_000, "EUR"),
        ("O município investiu 4,2 milhões de euros", 4_200_000, "EUR"),
        ("De gemeente trok 2 miljoen euro uit", 2_000_000, "EUR"),
        ("Miasto wydało 12 milionów złotych", 12_000_000, "PLN"),
        ("Kaupunki käytti 1,2 miljoonaa euroa", 1_200_000, "EUR"),
        ("Občina je namenila 3 milijonov evrov", 3_000_000, "EUR"),
        ("Primăria a investit 5 milioane lei", 5_000_000, "RON"),
        ("Kommunen satsade 3 miljoner kronor", 3_000_000, "SEK"),
    ],
)
def test_currency_words_in_more_languages(text, amount, currency):
    from generator.normalise import find_money

    first = find_money(text)[0].money
    assert (first.amount, first.currency) == (amount, currency)


def test_a_joining_word_needs_a_multiplier_before_it():
    from generator.normalise import find_money

    assert find_money("They paid 20 de euros") == []
    assert [f.money.amount for f in find_money("Phase 2 of EUR 100 000 programme")] == [100_000]


def test_the_amount_in_the_pages_own_currency_is_the_resource_not_its_euro_equivalent():
    page = (
        "Public transport in Silesia gets a push (Poland)\n\n"
        "Over 120 million zloty (28 million Euros) is going into new tram lines in the region, and the EU is paying "
        "a grant of half of that sum.\n"
    )
    resources = _import_text(page).record["resources"]
    assert [(r["amount"], r["currency"]) for r in resources] == [(120_000_000, "PLN")]


def test_a_date_line_is_never_the_title():
    page = (
        "Subscribe to Eltis feed\n\n"
        "Mon, 05/06/2017 - 12:48\n"
        "Language English\n\n"
        "Over 120 million zloty is going into new tram lines in Silesia, and the EU pays half of it.\n"
    )
    draft = _import_text(page)
    assert str(draft.record["title"]).startswith("TODO")
    assert "Title" in draft.report.missing


def test_a_headline_ending_with_its_country_in_brackets_is_the_title_and_gives_the_country():
    page = (
        "Updated: 2 weeks 1 day ago\n\n"
        "Public transport in Silesia gets a push (Poland)\n\n"
        "Mon, 05/06/2017 - 12:48\n\n"
        "The region is buying 40 new trams, and the EU pays half of their price.\n"
    )
    record = _import_text(page).record
    assert record["title"] == "Public transport in Silesia gets a push (Poland)"
    assert record["location"]["country"] == "PL"


def test_a_place_line_in_brackets_is_still_a_place_not_a_title():
    page = "Udine (IT)\n\nShared incubator for rural makers\n\nThe province rents empty shops to young makers.\n"
    record = _import_text(page).record
    assert record["title"] == "Shared incubator for rural makers"
    assert record["location"]["country"] == "IT"


def test_a_newsletter_item_heading_with_its_country_is_the_title():
    page = (
        "Home > Content > Mobility Update March 2012\n\n"
        "Mobility Update March 2012\n\n"
        "By Admin Eltis / Updated: 15 Jan 2015\n\n"
        "This month we look at bike sharing across Europe and what cities learned from it in the last year.\n\n"
        "Bike sharing pays off in Lyon, study finds (France)\n\n"
        "A study of Lyon's bike sharing finds that it cut car trips in the centre.\n"
        ">>  read more\n"
    )
    record = _import_text(page).record
    assert record["title"] == "Bike sharing pays off in Lyon, study finds (France)"
    assert record["location"]["country"] == "FR"


def test_a_type_label_under_an_entry_is_no_menu_and_its_publication_date_no_title():
    page = (
        "Lyon’s empty shops for young makers scheme\n\n"
        "Lyon rents empty ground-floor shops to young makers at a low rent for two years.\n\n"
        "case study\n\n"
        "publication date: 11-10-2019\n\n"
        "  •  economy\n"
        "  •  culture\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "Lyon’s empty shops for young makers scheme"
    assert draft.record["summary"].startswith("Lyon rents empty ground-floor shops")
    assert "case study" in draft.report.boilerplate


def test_a_bulleted_article_heading_is_the_title_without_its_bullet():
    page = (
        "POINT (4.35171 50.85034)\n"
        "  • School canteens cooking local food\n\n"
        "    Copy linkFacebookXLinkedInEmail\n"
        "    The town cooks every school meal from local organic produce.\n"
    )
    assert _import_text(page).record["title"] == "School canteens cooking local food"


def test_a_study_begun_is_not_the_practices_start():
    page = (
        "Co-working for creative firms\n\n"
        "In early 2018 we began a study of what cooperation projects left behind in the regions.\n\n"
        "The study asked partners about their policy changes.\n"
    )
    assert str(_import_text(page).record["start"]).startswith("TODO")


def test_a_practice_begun_in_a_year_is_still_its_start():
    page = "Co-working for creative firms\n\nIn 2016 the city opened a co-working space for creative firms.\n"
    assert _import_text(page).record["start"] == "2016"


def test_the_first_partner_of_a_list_with_country_codes_gives_the_country():
    page = (
        "Networks approved for their second phase\n\n"
        "The table below lists every approved network; the Lead Partner is shown in bold.\n\n"
        "Tallinn (EE), Siracusa (IT), Brighton & Hove City Council (UK), Espoo (FI)\n\n"
        "Residents asked for it, and the volunteer house opened in 2014 to support local groups.\n"
    )
    draft = _import_text(page)
    assert draft.record["location"]["country"] == "EE"
    assert any("first of the partners" in g for g in draft.report.guessed)
    assert not draft.record["summary"].startswith("Tallinn (EE)")


def test_a_sentence_with_country_codes_is_no_partner_list():
    from generator.importer.places import partner_list

    assert partner_list("Partners met in Espoo (FI) and in Siracusa (IT) to compare.") == []
    assert partner_list("Tallinn (EE), Siracusa (IT), ADL Santa Pola (local development agency) (ES)") == [
        "Tallinn (EE)",
        "Siracusa (IT)",
        "ADL Santa Pola (local development agency) (ES)",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Edited on 17 January 2019",
        "Published 22 Nov 2018",
        "Posted on 05/06/2017 by Admin",
        "22 Nov 2018 · 4 min read",
        "03.03.2020 | News",
        "Veröffentlicht am 3. März 2020",
        "Mon, 05/06/2017 - 12:48",
        "publication date: 11-10-2019",
    ],
)
def test_a_line_that_dates_the_page_in_a_few_words_is_never_the_title(line):
    page = f"{line}\n\nCargo bikes for market traders\n\nThe city lends cargo bikes to the traders of its market.\n"
    assert _import_text(page).record["title"] == "Cargo bikes for market traders"


def test_a_title_that_names_a_day_among_its_words_stays_the_title():
    page = "Car-free day on 22 September 2019 in central Lyon\n\nThe city closed its centre to cars for a day.\n"
    assert _import_text(page).record["title"] == "Car-free day on 22 September 2019 in central Lyon"


def test_the_one_named_place_a_news_text_says_was_opened_is_the_title_when_nothing_else_is():
    page = (
        "12 networks start their second phase!\n\n"
        "The partners met in Paris in January to plan the next two years.\n\n"
        "Volunteers asked for it, and the Tallinn Volunteer House opened in 2014 to support local groups.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "Tallinn Volunteer House"
    assert any("was opened" in g for g in draft.report.guessed)


@pytest.mark.parametrize(
    "sentence",
    [
        "the Tallinn City Council was established in 1990 to run the town.",  # a body, not a practice
        "the Tallinn Volunteer House opened in 2014 and the Tartu Repair Cafe opened in 2016.",  # two names
    ],
)
def test_no_title_from_an_opened_body_or_from_two_opened_names(sentence):
    page = f"12 networks start their second phase!\n\nThe partners met in Paris.\n\nAs the text says, {sentence}\n"
    assert str(_import_text(page).record["title"]).startswith("TODO")


def test_a_two_letter_code_after_an_acronym_names_no_country():
    page = "Digital skills for older people\n\nThe library runs courses in ICT (IT) skills for older residents.\n"
    assert str(_import_text(page).record["location"]["country"]).startswith("TODO")


def test_a_two_letter_code_after_a_place_in_a_sentence_gives_the_country():
    page = "Volunteer house\n\nThe volunteer house in Tallinn (EE) opened in 2014 to support local groups.\n"
    assert _import_text(page).record["location"]["country"] == "EE"


# --- i13j: rules from the misses of i13h6's held-out pages (heldout6/, now tuned) ------------------


def test_urbact_heading_with_its_article_ends_the_summary():
    # URBACT's good-practice pages write the heading as 'The solutions offered by the good practice'
    page = (
        "Widespread hospitality\n\nSummary\n\nThe towns spread the welcome of asylum seekers over the whole area.\n\n"
        "The solutions offered by the good practice\n\n"
        "Each town houses a small group and a public company supports them.\n"
    )
    draft = _import_text(page)
    assert draft.record["summary"] == "The towns spread the welcome of asylum seekers over the whole area."
    assert "Each town houses" in draft.record["description"]


@pytest.mark.parametrize(
    "chrome",
    [
        # general kinds, each written as another site would write it
        "Dear Members, Partners and Friends of ICLEI,",
        "Dear readers,",
        "Email not displaying correctly? View it in your browser",
        "This newsletter is not displayed properly? Open it in your web browser.",
        "Filter your results (67)",
        "By Eddy Adams, on March 28th, 2014",
        "By Jane Smith on 3 May 2019",
        "> Read Eddy Adams's articles",
        "More posts by Jane Smith",
        "• Governance Governance",
        "Urban regeneration Urban regeneration",
        "See complete overviewSee results",
        "Click here to learn about the role cities can play in the fight against climate change.",
        # platform lines (labels.yml, chrome)
        "This is an archived version of",
        "Don't hesitate to send your news and information to",
        "Explore Interreg. Use the filters to modify/refine your search.",
        "Search for",
        "This is the good practice's implementation level. It can be national, regional or local.",
        "Full project record on Kohesio — partners, deliverables, location map, related funding decisions.",
    ],
)
def test_newsletter_search_and_blog_chrome_is_furniture(chrome):
    page = f"{chrome}\n\nCargo bikes for market traders\n\nThe city lends cargo bikes to the traders of its market.\n"
    draft = _import_text(page)
    assert chrome in draft.report.boilerplate
    assert draft.record["title"] == "Cargo bikes for market traders"
    assert chrome not in "\n".join(_strings(draft.record))


@pytest.mark.parametrize(
    "line",
    [
        "Bora Bora lagoon protection plan",  # a repeated word inside a longer name
        "Dear neighbours, we need your ideas for the park.",  # a letter's sentence, not a greeting line
        "By bike to school, on foot to work",
        "See the results of the 2019 survey",
    ],
)
def test_lines_that_only_look_like_the_new_chrome_stay(line):
    page = f"{line}\n\nThe city lends cargo bikes to the traders of its market.\n"
    draft = _import_text(page)
    assert line not in draft.report.boilerplate


def test_a_browser_title_line_gives_the_title_without_the_site_name():
    page = (
        "This is an archived version of\nBottom-Up Integration | Civic Europe\n"
        "Community development, Social inclusion\n\nBottom-Up Integration\n\n"
        "Refugees and residents of Braga plan the city's integration measures together.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "Bottom-Up Integration"
    assert "Bottom-Up Integration | Civic Europe" in draft.report.boilerplate
    assert "Civic Europe" not in "\n".join(_strings(draft.record))


def test_a_browser_title_alone_still_names_the_page():
    page = "Repair cafés in every district | Stadt Graz\n\nThe city pays for a repair café in each of its districts.\n"
    assert _import_text(page).record["title"] == "Repair cafés in every district"


@pytest.mark.parametrize(
    "page",
    [
        # a content type and its category stays furniture, never a title
        "Case study | Mobility\n\nCargo bikes for market traders\n\nThe city lends cargo bikes to its traders.\n",
        # a bar further down the page is the page's text, not the browser's title
        "Cargo bikes for market traders\n\nThe city lends cargo bikes to its traders.\n\nBikes\n\nTraders\n\n"
        "Loans and repairs | Bike Kitchen\n",
    ],
)
def test_a_bar_that_is_no_browser_title_gives_no_title(page):
    assert _import_text(page).record["title"] == "Cargo bikes for market traders"


def test_civic_europe_who_is_behind_this_block_gives_the_contact():
    page = (
        "Bottom-Up Integration\n\nRefugees and residents plan integration together\n\n\nWho is behind this?\n\n"
        "Marta Trindade\n\nComParte (Maria Rosa Foundation)\n\n\nWho is joining forces?\n\nCity Council of Braga\n\n"
        "Idea pitch\n\nIn Braga refugees and residents design the city's integration measures together.\n"
    )
    draft = _import_text(page)
    assert draft.record["contacts"][0]["name"] == "Marta Trindade"
    assert draft.report.layout == "Civic Europe"
    assert "City Council of Braga" not in [p["name"] for p in draft.record.get("partners", [])]


def test_a_contact_label_under_the_name_names_the_contact():
    page = (
        "• Widespread hospitality\n\n    Italy\n    Forli\n\n    A decentralised approach for asylum seekers\n\n"
        "    Serena Nesti\n    Contact person\n    Copy linkFacebookXLinkedInEmail\n\n    Summary\n\n"
        "    The towns around Forlì spread the welcome of asylum seekers over their whole area.\n"
    )
    draft = _import_text(page)
    assert draft.record["contacts"][0]["name"] == "Serena Nesti"


def test_a_contact_label_with_its_own_value_keeps_it_not_the_name_above():
    page = (
        "Repair cafés in Graz\n\nThe city pays for a repair café in each district.\n\nJane Smith\nContact person\n"
        "Anna Huber\nanna.huber@graz.at\n"
    )
    draft = _import_text(page)
    assert draft.record["contacts"][0]["name"] == "Anna Huber"


@pytest.mark.parametrize(
    "timeline",
    [
        "Timeline\n\n2008\nProject launch\n2011\nProject completed\n",
        "Timeline\n\n2008\nProject launch\n\n2009\nFirst study visit\n\n2011\nProject completed\n",
        "Key dates\n\n2008: Kick-off meeting in Rome\n2011: Final conference\n",
    ],
)
def test_a_timeline_gives_the_start_and_end_from_its_launch_and_completion(timeline):
    page = (
        "Active ageing network\n\nNine cities share how they keep older workers in jobs.\n\n"
        f"{timeline}\nIntegrated action plans\n\nEach partner writes a plan with its local group.\n"
    )
    draft = _import_text(page)
    assert (draft.record["start"], draft.record["end"]) == ("2008", "2011")
    assert "Each partner writes a plan" in draft.record["description"]


def test_a_timeline_milestone_that_is_no_launch_gives_no_start():
    page = (
        "Active ageing network\n\nNine cities share how they keep older workers in jobs.\n\n"
        "Timeline\n\n2009\nFirst study visit\n\nIntegrated action plans\n\nEach partner writes a plan.\n"
    )
    draft = _import_text(page)
    assert str(draft.record["start"]).startswith("TODO")
    assert "end" not in draft.record or str(draft.record["end"]).startswith("TODO")


def test_the_lead_partner_s_city_gives_the_country_when_the_page_names_none():
    page = (
        "Lead Partner: Municipality of Breda\n"
        "WaVE helps seven partners give water-linked heritage sites a new use in their towns and villages.\n"
    )
    draft = _import_text(page)
    assert draft.record["location"]["country"] == "NL"
    assert any("city 'Breda'" in line for line in draft.report.guessed)


def test_the_practice_s_own_city_still_speaks_before_the_lead_partner():
    page = (
        "Heritage reuse in Ghent\n\nLead Partner: Municipality of Breda\n\n"
        "Ghent gives water-linked heritage sites a new use with the help of its partners.\n"
    )
    assert _import_text(page).record["location"]["country"] == "BE"


def test_a_newsletter_s_first_numbered_item_heading_is_the_title():
    page = (
        "Email not displaying correctly? View it in your browser\nEnergy Cities Newsletter\nMarch 2015\n\n"
        "Dear members,\n\nHere is the latest news from the network and our partners!\n\n"
        "  1. Member News\n  2. Project news\n  3. Events\n\n1. Member News\n\n"
        "Heidelberg opens a passive-house district\n\n"
        "Heidelberg (Germany) has finished the first homes of its Bahnstadt district to the passive-house standard.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "Heidelberg opens a passive-house district"
    assert "Energy Cities Newsletter" in draft.report.boilerplate
    assert draft.record["location"]["country"] == "DE"


def test_numbered_steps_in_a_practice_s_text_give_no_newsletter_title():
    page = (
        "Repair cafés in Graz\n\nThe city pays for a repair café in each district.\n\n"
        "1. Residents bring broken things\n2. Volunteers repair them\n3. The city pays the rent\n\n"
        "The cafés opened in 2016 and now run every week.\n"
    )
    assert _import_text(page).record["title"] == "Repair cafés in Graz"


def test_a_line_of_topic_tags_over_the_subtitle_is_no_summary():
    page = (
        "Bottom-Up Integration | Civic Europe\n"
        "Community development, Social inclusion, Political Participation of Disadvantaged Groups\n\n"
        "Bottom-Up Integration\n\nRefugees, decision-makers and local community together for a better integration\n"
    )
    draft = _import_text(page)
    assert draft.record["summary"] == "Refugees, decision-makers and local community together for a better integration"


def test_a_subtitle_with_commas_is_still_the_summary():
    page = "Bottom-Up Integration\n\nRefugees, residents and the city together for a better integration\n"
    draft = _import_text(page)
    assert draft.record["summary"] == "Refugees, residents and the city together for a better integration"


# --- i13k: rules from the misses of i13h7's held-out pages (heldout7/, now tuned) ------------------


def test_a_summary_section_longer_than_a_summary_goes_to_the_description_whole():
    paragraph = (
        "La ciudad abrió en 2017 una oficina de barrio donde los vecinos proponen y votan pequeñas obras. " * 8
    ).strip()
    page = f"Presupuestos de barrio\n\nResumen\n{paragraph}\n"
    draft = _import_text(page)
    assert draft.record["summary"].startswith("TODO")
    assert paragraph in draft.record["description"]
    assert not [line for line in draft.report.to_fill if "summary" in line and "characters" in line]


def test_a_summary_section_of_summary_length_stays_the_summary():
    page = "Neighbourhood budgets\n\nSummary\nResidents propose and vote on small works in their district.\n"
    assert _import_text(page).record["summary"] == "Residents propose and vote on small works in their district."


def test_a_form_title_field_of_something_is_the_title_in_any_site_language():
    pages = {
        "Titre du projet\nMaison des associations de Brest\n\nRésumé\nUne maison ouverte aux associations.\n": (
            "Maison des associations de Brest"
        ),
        "Título del proyecto: Huertos urbanos de Vitoria\n\nDescripción\nLa ciudad cede parcelas.\n": (
            "Huertos urbanos de Vitoria"
        ),
        "Strona główna\n\nTytuł projektu\nZielone podwórka Łodzi\n\nOpis projektu\nMiasto odnawia podwórka.\n": (
            "Zielone podwórka Łodzi"
        ),
        "Gemeinde Lastrup\n\nTitel des Wettbewerbsbeitrags\n\nHaus der Mitte\n\nKurzfassung\nEin Treffpunkt.\n": (
            "Haus der Mitte"
        ),
    }
    for page, title in pages.items():
        assert _import_text(page).record["title"] == title, page


def test_a_long_line_that_starts_like_a_label_stays_text():
    page = (
        "Neighbourhood budgets in Lyon\n\nDescription of the city of Lyon and its nine districts\n\n"
        "The city asks each district to vote on its works.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "Neighbourhood budgets in Lyon"
    assert "Description of the city of Lyon and its nine districts" in draft.yaml


def test_a_contact_field_in_any_site_language_gives_the_person_without_office_or_form_of_address():
    pages = {
        "Maison des associations\n\nPersonne de contact :\nMme Claire Le Goff\nTél. :\n02 98 00 00 00\n": (
            "Claire Le Goff",
            None,
        ),
        "Huertos urbanos\n\nPersona de contacto: Alcaldesa Ana García Ruiz\n": ("Ana García Ruiz", "Alcaldesa"),
        "Zielone podwórka\n\nOsoba kontaktowa:\nPani Anna Nowak\nTelefon:\n+48 12 616 00 00\n": ("Anna Nowak", None),
        "Orti urbani\n\nReferente del progetto: Dott.ssa Giulia Rossi\n": ("Giulia Rossi", None),
        "Haus der Mitte\n\nAnsprechpartner/in: \nBürgermeister Michael Kramer\nStraße/Postfach: \nAm Markt 1\n": (
            "Michael Kramer",
            "Bürgermeister",
        ),
        "Santa Maria di Sala\n\nStatus 3\n\n\nMain contact: CARLO PAJARO\n\nCovenant Coordinators\n": (
            "CARLO PAJARO",
            None,
        ),
    }
    for page, (name, role) in pages.items():
        contact = _import_text(page).record["contacts"][0]
        assert (contact["name"], contact.get("role")) == (name, role), page
        assert "organisation" not in contact, page  # the address and phone lines are not its organisation


def test_an_office_that_is_not_followed_by_a_name_stays_the_contact_line():
    contact = _import_text("Repair cafés\n\nContact\nMayor of Lastrup\n").record["contacts"][0]
    assert contact == {"name": "Mayor of Lastrup"}


def test_a_form_s_next_label_ends_the_field_above_it():
    page = (
        "Haus der Mitte\n\nBundesland: \nNiedersachsen\nEinreichende Dienststelle: \nGemeinde Lastrup\n"
        "Typ: \nkreisangehörig\n\nBeschreibung\nEin Treffpunkt für alle im Ort.\n"
    )
    draft = _import_text(page)
    assert draft.record["location"]["region"] == "Niedersachsen"
    assert "# [Einreichende Dienststelle] Gemeinde Lastrup" in draft.yaml


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("10-11 December 2018", ("2018-12", "2018-12")),
        ("du 10 au 11 décembre 2018", ("2018-12", "2018-12")),
        ("vom 10. bis 11. Dezember 2018", ("2018-12", "2018-12")),
        ("del 10 al 11 de diciembre de 2018", ("2018-12", "2018-12")),
        ("10.–11.12.2018", ("2018-12", "2018-12")),
        ("28.11.–2.12.2018", ("2018-11", "2018-12")),
        ("30 November – 2 December 2018", ("2018-11", "2018-12")),
        ("March 3-5, 2019", ("2019-03", "2019-03")),
        ("10-11 December", None),  # no year: no date
        ("11-10 2018", None),
        ("2-1 December 2018 and more", None),
    ],
)
def test_a_few_days_given_as_one_range_read_in_the_common_european_forms(text, dates):
    from generator.importer.dates import date_range

    assert date_range(text) == dates


def test_a_dates_field_with_a_range_of_days_gives_start_and_end():
    draft = _import_text("Mobilitätstage Freiburg\n\nZeitraum: vom 10. bis 11. Mai 2019\n\nBeschreibung\nZwei Tage.\n")
    assert (draft.record["start"], draft.record["end"]) == ("2019-05", "2019-05")


def test_an_event_page_s_days_in_its_text_are_its_start_and_end():
    page = (
        "Atelier vélo-école de Strasbourg\n\n"
        "L'atelier aura lieu à Strasbourg du 4 au 5 avril 2019, avec les écoles du quartier.\n"
    )
    draft = _import_text(page)
    assert (draft.record["start"], draft.record["end"]) == ("2019-04", "2019-04")


def test_an_event_a_practice_page_mentions_gives_no_start():
    page = (
        "Repair cafés in Graz\n\nThe city pays for a repair café in each district. "
        "Its results will be shown at a conference held on 10-11 December 2018.\n"
    )
    assert _import_text(page).record["start"].startswith("TODO")


@pytest.mark.parametrize(
    "line",
    [
        "Edited on 24/04/2025",
        "Last updated: 3 May 2019",
        "Publié le 12 mars 2021",
        "Veröffentlicht am 3. Mai 2019",
        "Publicado el 2 mayo 2020",
        "Opublikowano 12.03.2021",
        "Logo of the City of Lyon",
        "Resilient Europe APN logo",
        "Ref nid",
        "Node ID: 7522",
        "Take a look at the full programme of the conference.",
        "The partner cities of the network are listed below.",
        "This page is only a preview. To read the full report, please use the link above.",
        "About this article",
        "See profile",
        "More articles from Energy Cities",
        "37 publications",
        "Written by the editorial team",
        "To be added to our mailing list, please write to the working group.",
        "Möchten Sie unseren Newsletter erhalten? Schreiben Sie uns.",
        "Cofinancé par l'Union européenne. Les points de vue et avis exprimés n'engagent que leurs auteurs",
    ],
)
def test_furniture_of_any_site_is_not_kept_as_text(line):
    page = f"Repair cafés in Graz\n\nThe city pays for a repair café in each district.\n\n{line}\n\nThey open weekly.\n"
    draft = _import_text(page)
    assert line in draft.report.boilerplate
    assert line not in draft.yaml


@pytest.mark.parametrize(
    "line",
    [
        "Updated 2019 plan adopted by the council",
        "The city designed a new logo for its buses.",
        "The flats are let below the market price.",
        "3. Events",
        "154 resources were mapped by the volunteers.",
        "The city sends its newsletter to 5,000 residents every month.",
        "Residents can subscribe to the district newsletter at the town hall.",
        "Funded by the European Union",
    ],
)
def test_lines_that_only_look_like_furniture_stay(line):
    page = f"Repair cafés in Graz\n\nThe city pays for a repair café in each district.\n\n{line}\n\nThey open weekly.\n"
    draft = _import_text(page)
    assert line not in draft.report.boilerplate


def test_a_site_footer_of_short_links_with_its_logo_is_furniture():
    page = (
        "Cargo bikes in Ghent\n\nThe city lends cargo bikes to shops for a month.\n\n"
        "Privacy policy\nAccessibility\nContact the city\nSitemap\nStad Gent logo\n"
    )
    draft = _import_text(page)
    assert {"Privacy policy", "Accessibility", "Contact the city", "Sitemap"} <= set(draft.report.boilerplate)


def test_a_list_under_a_heading_at_the_page_end_is_no_footer():
    page = (
        "Cargo bikes in Ghent\n\nThe city lends cargo bikes to shops for a month.\n\n"
        "Partners\nCity of Ghent\nUniversity of Ghent\nCargo Bike Union\nEU Logo\n"
    )
    draft = _import_text(page)
    assert "University of Ghent" not in draft.report.boilerplate


def test_an_article_s_tags_at_its_end_are_furniture():
    page = (
        "Cargo bikes in Ghent\n\nGhent lends cargo bikes to shops, so deliveries in the centre need fewer vans.\n\n"
        "cargo bikes Ghent deliveries shops\n"
    )
    draft = _import_text(page)
    assert "cargo bikes Ghent deliveries shops" in draft.report.boilerplate


def test_a_last_line_with_words_new_to_the_page_is_no_tag_run():
    page = (
        "Cargo bikes in Ghent\n\nGhent lends cargo bikes to shops, so deliveries in the centre need fewer vans.\n\n"
        "Ghent Cargo bikes saved 300 van trips\n"
    )
    assert "Ghent Cargo bikes saved 300 van trips" not in _import_text(page).report.boilerplate


def test_a_search_page_s_filter_labels_with_a_counter_are_furniture():
    page = (
        "Filter your results (1000)\n\nOrganised by\n\nLooking for people interested in\n\n"
        "Looking for people representing\n\nFile type\n\n\n"
        "Helping village shops survive in rural areas by adding services to them.\nLocation: Aragón, Spain (España)\n"
    )
    draft = _import_text(page)
    assert "Looking for people interested in" in draft.report.boilerplate


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Città Metropolitana di VeneziaItaly40", "IT"),
        ("Province of BarcelonaSpain311", "ES"),
        ("Région Hauts-de-FranceFrance12", "FR"),
        ("Landkreis HarburgDeutschland25", "DE"),
    ],
)
def test_a_country_run_into_a_flattened_table_cell_is_read(cell, code):
    page = (
        "Public lighting renewal\n\nThe town replaced its street lamps with LED lamps.\n\n"
        f"Covenant Coordinators\n\nCovenant Coordinators Countries Signatories\n{cell}\n"
    )
    assert _import_text(page).record["location"]["country"] == code


@pytest.mark.parametrize(
    "line", ["The lamps cut CO2 by a third.", "The EU2020 targets were met.", "iPhone users can report"]
)
def test_glued_letters_and_codes_name_no_country(line):
    page = f"Public lighting renewal\n\nThe town replaced its street lamps with LED lamps.\n\n{line}\n"
    assert _import_text(page).record["location"]["country"].startswith("TODO")


@pytest.mark.parametrize(
    "sentence",
    [
        "Our working group met on 25-26 November in Brussels to compare prevention policies.",
        "The network's partners se sont réunis à Lyon en mars.",
        "The lab was run in collaboration with FEANTSA and the Mairie de Paris.",
        "Die Arbeitsgruppe traf sich im Mai in Wien.",
    ],
)
def test_a_city_named_only_as_where_people_met_or_who_else_took_part_gives_no_country(sentence):
    page = f"Homelessness prevention in cities\n\n{sentence}\n\nThe members shared their methods.\n"
    assert _import_text(page).record["location"]["country"].startswith("TODO")


def test_the_practice_s_own_city_in_its_text_still_gives_the_country():
    page = "Homelessness prevention in cities\n\nVienna opened a prevention office in 2019 that advises tenants.\n"
    assert _import_text(page).record["location"]["country"] == "AT"


def test_partner_bullets_with_their_countries_are_no_menu():
    page = (
        "RESILIENT EUROPE\n\nLead Partner : Rotterdam - Netherlands\n• Antwerp - Belgium\n• Burgas - Bulgaria\n"
        "• Katowice - Poland\n• Malmö - Sweden\n\nA network of cities working on resilience.\n"
    )
    draft = _import_text(page)
    assert "• Antwerp - Belgium" not in draft.report.boilerplate
    assert "Antwerp - Belgium" in draft.yaml


@pytest.mark.parametrize(
    "sentence",
    [
        "When the EU Urban Agenda began in 2016, it set up partnerships of cities.",
        "The European Commission launched its Renovation Wave in 2020, and the city followed.",
        "After the URBACT III Programme started in 2015, few cities worked on housing.",
    ],
)
def test_a_start_verb_whose_subject_names_something_else_gives_no_start(sentence):
    page = f"A roof over everyone's head\n\nThe network's cities set out to end homelessness. {sentence}\n"
    assert _import_text(page).record["start"].startswith("TODO")


def test_a_start_verb_whose_subject_is_the_practice_still_gives_the_start():
    pages = [
        "Repair cafés in Graz\n\nThe Graz Repair Cafés opened in 2016 and now run weekly.\n",
        "Repair cafés in Graz\n\nThe city started the cafés in 2016; they now run weekly.\n",
    ]
    for page in pages:
        assert _import_text(page).record["start"] == "2016", page


def test_the_first_practice_a_page_of_several_lists_is_the_title():
    page = (
        "Five ideas for greener school yards across Europe\n\n"
        "Cities are turning their asphalt yards into shaded gardens. Here are five of them.\n\n"
        "1. Paris (France)\n\n"
        "The Oasis schoolyards programme turns the yards of public schools into green islands open to all.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "Oasis schoolyards programme"
    assert "Five ideas for greener school yards across Europe" in draft.record["description"]


def test_a_page_of_one_practice_keeps_its_headline_and_a_city_is_no_practice_name():
    one = (
        "Greener school yards in Paris\n\nCities are turning their asphalt yards into gardens.\n\n1. Paris (France)\n\n"
        "The Oasis schoolyards programme turns the yards of public schools into green islands.\n"
    )
    assert _import_text(one).record["title"] == "Greener school yards in Paris"
    city = (
        "Five ideas for greener school yards\n\nCities are turning their asphalt yards into gardens.\n\n"
        "1. Paris (France)\n\nParis is turning the yards of public schools into green islands.\n"
    )
    assert _import_text(city).record["title"] == "Five ideas for greener school yards"


def test_a_name_set_apart_right_over_a_record_s_fields_is_the_title():
    page = (
        "Signatories commit to cutting emissions by at least 40% by 2030, and many of them share their actions.\n\n"
        "Radschnellweg Ruhr\nSector: Transport\nImplementation timeframe: 2015 - 2025\nResponsible body: RVR\n"
    )
    assert _import_text(page).record["title"] == "Radschnellweg Ruhr"


def test_a_line_inside_a_text_block_over_fields_is_no_record_name():
    page = (
        "Signatories commit to cutting emissions by at least 40% by 2030, and many of them share their actions.\n"
        "Radschnellweg Ruhr\nSector: Transport\nImplementation timeframe: 2015 - 2025\n"
    )
    assert _import_text(page).record["title"].startswith("TODO")


def test_a_country_label_whose_value_was_lost_lets_the_entry_under_it_be_read():
    page = (
        "Pays\nGéolocalisation\nPOINT (4.83 45.76)\n  • VILLES EN TRANSITION\n\n"
        "Le réseau réunit des villes qui transforment leurs quartiers avec les habitants.\n"
    )
    draft = _import_text(page)
    assert draft.record["title"] == "VILLES EN TRANSITION"
    assert {"Pays", "Géolocalisation"} <= set(draft.report.boilerplate)


def test_a_country_label_with_its_country_under_it_still_gives_the_country():
    draft = _import_text("Repair cafés in Udine\n\nCountry\nItaly (Italia)\n\nThe city pays for a repair café.\n")
    assert draft.record["location"]["country"] == "IT"


def test_a_network_s_lead_partner_city_does_not_decide_its_country():
    page = (
        "CITY LOGISTICS NETWORK\n\nLead Partner: Municipality of Breda\n\n"
        "The partners, from Antwerp, Katowice and Thessaloniki, test cargo hubs together.\n"
    )
    assert _import_text(page).record["location"]["country"].startswith("TODO")


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("City of Rotterdam - Coolsingel 40, 3011 AD Rotterdam", "City of Rotterdam"),
        ("Ville de Lyon, 1 place de la Comédie, 69001 Lyon", "Ville de Lyon"),
        ("Urząd Miasta Krakowa, pl. Wszystkich Świętych 3-4, 31-004 Kraków", "Urząd Miasta Krakowa"),
        ("Stadt Wien | Rathausplatz 1, A-1010 Wien", "Stadt Wien"),
    ],
)
def test_a_body_given_with_its_postal_address_is_the_contact_s_organisation(line, body):
    page = f"Cargo hubs\n\nThe city tests cargo hubs with its shops.\n\n{line}\n"
    assert _import_text(page).record["contacts"][0]["organisation"] == body


def test_an_address_inside_a_sentence_is_no_contact():
    page = "Cargo hubs\n\nThe office moved to Coolsingel 40, 3011 AD Rotterdam in 2019.\n"
    assert "contacts" not in _import_text(page).record or not _import_text(page).record["contacts"][0].get(
        "organisation"
    )


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Das Stadtteilzentrum wurde im Jahr 2016 eröffnet und ist heute ein Treffpunkt.", "2016"),
        ("Das Programm läuft seit 2015 in allen Bezirken.", "2015"),
        ("Le dispositif a été lancé en mars 2016 par la métropole.", "2016-03"),
        ("El programa fue puesto en marcha en 2017 por el ayuntamiento.", "2017"),
        ("Il servizio è stato avviato nel 2018 dal comune.", "2018"),
        ("Program został uruchomiony w 2019 roku przez miasto.", "2019"),
    ],
)
def test_a_start_sentence_in_the_site_languages_gives_the_start(sentence, start):
    page = f"Quartiersarbeit\n\n{sentence}\n"
    assert _import_text(page).record["start"] == start


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Zentrum soll nach dem Umbau 2025 eröffnet werden.",
        "Le service sera lancé en 2025 dans trois quartiers.",
        "Il servizio sarà avviato nel 2025 in tre quartieri.",
    ],
)
def test_a_planned_start_in_the_site_languages_gives_no_start(sentence):
    assert _import_text(f"Quartiersarbeit\n\n{sentence}\n").record["start"].startswith("TODO")


@pytest.mark.parametrize(
    "line",
    [
        "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
        "Ce site utilise des cookies pour mesurer l'audience.",
        "Alle akzeptieren",
        "Tout refuser",
        "Lire la suite",
        "Leggi di più",
        "Czytaj więcej",
        "Retour en haut de la page",
        "Drucken",
        "Partager sur Facebook",
        "Iscriviti alla newsletter del comune",
        "Impressum",
        "Mentions légales",
        "Polityka prywatności",
        "Schlagwörter: Mobilität, Radverkehr",
        "Mots-clés : mobilité, vélo",
    ],
)
def test_site_furniture_in_the_site_languages_is_not_kept(line):
    page = f"Radschnellweg Ruhr\n\nDie Region baut einen Radweg durch das Ruhrgebiet.\n\n{line}\n\nEr ist lang.\n"
    draft = _import_text(page)
    assert line in draft.report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Die Stadt fragte die Bewohner, ob sie Cookies backen wollten.",
        "Der Datenschutz der Teilnehmenden war dem Bezirk wichtig.",
        "Retour des habitants après les travaux",
    ],
)
def test_lines_that_only_look_like_furniture_in_the_site_languages_stay(line):
    page = f"Radschnellweg Ruhr\n\nDie Region baut einen Radweg durch das Ruhrgebiet.\n\n{line}\n\nEr ist lang.\n"
    assert line not in _import_text(page).report.boilerplate


def test_the_first_practice_of_several_is_read_in_the_site_languages():
    page = (
        "5 bonnes pratiques pour des cours d'école plus vertes\n\n"
        "Les villes transforment leurs cours goudronnées en jardins ombragés.\n\n"
        "#1 – Paris (FR)\n\n"
        "La Cour Oasis est un programme qui transforme les cours des écoles publiques en îlots de fraîcheur.\n"
    )
    assert _import_text(page).record["title"] == "Cour Oasis"
    page_de = (
        "6 gute Beispiele für grünere Schulhöfe\n\nStädte entsiegeln ihre Schulhöfe.\n\n1. Wien (AT)\n\n"
        "Das Programm Grüne Schulhöfe hilft Schulen, ihre Höfe zu begrünen.\n"
    )
    assert _import_text(page_de).record["title"] == "Programm Grüne Schulhöfe"


def test_fields_in_the_site_languages_are_read():
    page = (
        "Quartierszentrum Nord\n\nProjektträger: Stadt Freiburg\nProjektbeginn: 03/2016\nProjektende: 12/2019\n"
        "Kraj: Polska\n\nHintergrund\nDer Stadtteil hatte keinen Treffpunkt.\n\n"
        "Kosten\n250.000 €\n\nWirkung\nIm Jahr 2019 kamen 4.000 Besucher.\n"
    )
    record = _import_text(page).record
    assert record["institution"]["name"] == "Stadt Freiburg"
    assert (record["start"], record["end"]) == ("2016-03", "2019-12")
    assert record["location"]["country"] == "PL"
    assert [r.get("amount") for r in record["resources"]] == [250000]
    assert "**Challenges**" in record["description"]


@pytest.mark.parametrize(
    "crumbs",
    [
        "Sie sind hier\nStartseite\nGute Praxis",
        "Vous êtes ici\nAccueil\nBonnes pratiques",
        "Jesteś tutaj\nDobre praktyki",
    ],
)
def test_breadcrumb_labels_in_the_site_languages_are_never_the_title(crumbs):
    page = f"{crumbs}\n\nQuartierszentrum Nord in Freiburg\n\nDer Stadtteil bekam 2016 einen Treffpunkt für alle.\n"
    assert _import_text(page).record["title"] == "Quartierszentrum Nord in Freiburg"


# --- i13l: rules from the misses of i13h8's held-out pages (heldout8/, now tuned) ------------------


def _amounts(draft: importer.Draft) -> list[tuple]:
    return [(r.get("amount"), r.get("currency"), r.get("period")) for r in draft.record.get("resources", [])]


def test_thousand_as_the_site_languages_shorten_it_and_us_dollars_are_read():
    from generator.normalise import find_money

    cases = {
        "300 tys. zł": (300000, "PLN"),
        "30 tysięcy złotych": (30000, "PLN"),
        "450 Tsd. Euro": (450000, "EUR"),
        "12 Tausend Euro": (12000, "EUR"),
        "20 mil euros": (20000, "EUR"),
        "2490000 US$": (2490000, "USD"),
        "US$ 2.5 million": (2500000, "USD"),
    }
    for text, expected in cases.items():
        assert [(f.money.amount, f.money.currency) for f in find_money(text)] == [expected], text
    # guards: a 'mil' or 'US$' glued into a word is no amount
    assert find_money("a sheet 5 mil thick") == []
    assert find_money("BUS$ 5") == []


def test_an_amount_in_a_budget_sentence_of_the_site_languages_is_placed_with_its_period():
    pages = {
        "Rady osiedli\n\nOd 2012 r. miasto co roku przeznacza w budżecie 300 tys. zł dla rad osiedli.\n": (
            300000,
            "PLN",
            "per-year",
        ),
        "Sitzbänke\n\nDie Stadt stellt jedes Jahr im Haushalt 450 Tsd. Euro für Bänke bereit.\n": (
            450000,
            "EUR",
            "per-year",
        ),
    }
    for page, expected in pages.items():
        assert _amounts(_import_text(page)) == [expected], page


def test_a_line_that_is_only_an_amount_is_a_budget_figure():
    page = "Sectors of activity\nBuildings and construction, Energy\n\nType of initiative\nPolicy tools\n\n75000 €\n"
    draft = _import_text(page)
    assert _amounts(draft)[0][:2] == (75000, "EUR")
    # guard: an amount inside a sentence that speaks of no money stays seen, not placed
    draft = _import_text("Bike lanes\n\nThe shop sold 300 bikes at €500 each to residents.\n")
    assert not [r for r in draft.record.get("resources", []) if r.get("amount")]
    assert draft.report.seen_money


def _gone(draft: importer.Draft, line: str) -> bool:
    return line not in draft.yaml and line in draft.report.boilerplate


def test_skip_links_logos_and_category_lines_of_any_site_language_are_furniture():
    for chrome in (
        "Zum Inhalt springen",
        "Aller au contenu principal",
        "Saltar al contenido",
        "Vai al contenuto",
        "Przejdź do treści",
        "Skip to main content",
        "Stadt-Logo",
        "Category: Mobility",
        "Catégorie : Énergie",
        "Kategoria: transport publiczny",
    ):
        page = f"{chrome}\n\nCargo bikes for Lyon\n\nThe city lends cargo bikes to shops for a month.\n"
        draft = _import_text(page)
        assert _gone(draft, chrome), chrome
        assert draft.record["title"] == "Cargo bikes for Lyon", chrome
    # guards: a sentence about a logo or a category stays text
    page = "Cargo bikes for Lyon\n\nThe city designed a new logo for its buses.\n\nThe category of e-bikes grew.\n"
    draft = _import_text(page)
    assert "designed a new logo" in draft.yaml and "category of e-bikes" in draft.yaml


def test_document_viewer_controls_and_online_event_links_are_furniture():
    lines = [
        "Wielkość: px",
        "Rozpocząć pokaz od strony:",
        'Download "FICHE BONNE PRATIQUE"',
        "Transcript",
        "Where: ZOOM LINK",
        "Ort: Zoom-Link",
        "#cycling #walking #schools",
    ]
    page = "Cargo bikes for Lyon\n\n" + "\n".join(lines) + "\n\nThe city lends cargo bikes to shops for a month.\n"
    draft = _import_text(page)
    for line in lines:
        assert _gone(draft, line), line
    # guard: a place that is a real place stays
    draft = _import_text("Cargo bikes\n\nWhere: Lyon town hall\n\nThe city lends cargo bikes.\n")
    assert "Lyon town hall" in draft.yaml


def test_hashtags_glued_to_a_heading_are_cut_off_and_the_heading_stays():
    page = "Cargo bikes for Lyon\n\nThe city lends bikes.\n\n#cycling #lyon Measuring the deliveries\n\nMore.\n"
    draft = _import_text(page)
    assert "#cycling" not in draft.yaml and "Measuring the deliveries" in draft.yaml


def test_a_site_s_question_to_the_reader_and_its_offer_of_help_are_furniture():
    for line in (
        "You want to set up or take part in a project?",
        "Do you want to join the network?",
        "Vous souhaitez monter un projet ?",
        "Sie möchten mitmachen?",
        "Our project team will help you.",
    ):
        page = f"Cargo bikes for Lyon\n\nThe city lends cargo bikes to shops for a month.\n\n{line}\n"
        assert _gone(_import_text(page), line), line
    # guard: a question of the text about the practice stays
    page = "Cargo bikes for Lyon\n\nHow can shops deliver without vans?\n\nThe city lends cargo bikes.\n"
    assert "How can shops deliver without vans?" in _import_text(page).yaml


def test_a_caption_with_its_source_and_a_form_s_outline_hint_are_furniture():
    for line in (
        "Olympics4all programme. Source: Vila Nova de Cerveira (PT).",
        "Jardin partagé. Fonte: Comune di Bologna.",
        "Ausgangssituation - Anlass - Konzeption, Ziele und Zielgruppen - Vorgehen und Umsetzung",
        "Contexte - Objectifs - Mise en œuvre - Résultats",
    ):
        page = f"Cargo bikes for Lyon\n\nThe city lends cargo bikes to shops for a month.\n\n{line}\n\nThe end.\n"
        assert _gone(_import_text(page), line), line
    # guards: a figure's source stays, and a person's offices under their name stay
    page = "Cargo bikes\n\nDeliveries fell by 12 %. Source: city survey 2019.\n"
    assert "Source: city survey 2019" in _import_text(page).yaml
    page = (
        "Service points\n\nContact\nBarbara Onoszko\nInspector - Funds Department - Municipality of Rzeszow - City "
        "Office\n\nThe city opened service points in malls.\n"
    )
    assert "Funds Department" in _import_text(page).yaml


def test_the_value_a_listing_is_filtered_by_is_furniture_in_any_site_language():
    for label in ("Filter by", "Filtrer par", "Filtern nach", "Filtrar por"):
        page = f"{label}\n\nEnergy democracy\n\n\nMunicipal action, public engagement: routes to ownership\n\nText.\n"
        draft = _import_text(page)
        assert _gone(draft, "Energy democracy"), label
        assert draft.record["title"] == "Municipal action, public engagement: routes to ownership", label


def test_a_partner_bullet_with_its_country_is_never_the_title():
    for bullet in ("• Guía de Isora - Spain", "• Aveiro - Portugal", "• Brasov Metropolitan Agency - Romania"):
        page = f"POINT (10.3 44.8)\n\n{bullet}\n• Turku - Finland\n\nThe cities of this network share ideas.\n"
        draft = _import_text(page)
        assert draft.record["title"].startswith("TODO"), bullet
        assert bullet.lstrip("• ") in draft.yaml, bullet  # kept in the text, never lost
    # guard: a heading with a dash that names no country stays a title
    page = "• Cargo bikes - a pilot\n\nThe city lends cargo bikes to shops.\n"
    assert _import_text(page).record["title"] == "Cargo bikes - a pilot"


def test_a_form_or_document_header_is_never_the_title():
    for header in ("OPIS DOBREJ PRAKTYKI", "FICHE BONNE PRATIQUE", "Karta dobrej praktyki", "Ficha de buena práctica"):
        page = f"{header}\n\nTransit passes\n\nThe city gives every pupil a free transit pass.\n"
        draft = _import_text(page)
        assert draft.record["title"] == "Transit passes", header
        assert header in draft.yaml or header in draft.report.boilerplate, header
    # guard: a practice whose name only starts like one stays
    page = "Good practice exchange for mayors\n\nMayors meet twice a year.\n"
    assert _import_text(page).record["title"] == "Good practice exchange for mayors"


def test_the_first_line_of_hard_wrapped_text_is_never_the_title():
    for page in (
        "Deep renovation of buildings is among the most\nimportant means Europe has to cut emissions.\n",
        "La rénovation des bâtiments est un des moyens\nles plus sûrs de réduire les émissions.\n",
        "Die Sanierung von Gebäuden ist eines der besten\nMittel, um Emissionen zu senken, sagt die Stadt.\n"[:0]
        + "Die Sanierung von Gebäuden ist eines der besten\nund billigsten Mittel gegen Emissionen.\n",
    ):
        draft = _import_text(page)
        assert draft.record["title"].startswith("TODO"), page
        assert any("goes on in the next line" in note for note in draft.report.notes), page
    # guard: a title over a text that starts with a capital stays the title
    assert _import_text("Deep renovation\nEurope renovates its buildings.\n").record["title"] == "Deep renovation"


def test_a_site_menu_makes_the_site_name_above_it_furniture_not_the_title():
    page = (
        "Stadtgrün Preis 2020\n\nStadtgrün Preis 2020\n\n  • Über uns\n  • Projekte 2020\n  • Preise 2020\n"
        "  • Wettbewerb 2020\n  • Auswertung\n\nGrüne Höfe in Essen\n\nEssen, Nordrhein-Westfalen\n\n"
        "Beschreibung\n\nDie Stadt begrünt Hinterhöfe mit den Menschen, die dort wohnen.\n"
    )
    assert _import_text(page).record["title"] == "Grüne Höfe in Essen"
    # guard: a menu repeated under the article's title does not push the title away (the blog-post test above too)
    page = (
        "  • Home\n  • Blog\n  • About\n  • Contact\n\nGreen yards in Essen\n\n  • Home\n  • Blog\n  • About\n"
        "  • Contact\n\nThe city greens back yards with the people who live there, street by street.\n"
    )
    assert _import_text(page).record["title"] == "Green yards in Essen"


def test_a_quoted_name_in_a_sentence_about_a_good_practice_is_the_title_not_the_news_headline():
    pages = {
        "Commission report praises the network's social work\n\nThe report lists many cities.\n\n"
        "As a good practice it points to Gdansk, where the council adopted the 'Gdansk Integration Model'.\n": (
            "Gdansk Integration Model"
        ),
        "Le réseau publie son rapport annuel\n\nLe rapport cite plusieurs villes.\n\n"
        "Comme bonne pratique, il retient le « Budget participatif de Lyon » voté en 2018.\n": (
            "Budget participatif de Lyon"
        ),
    }
    for page, title in pages.items():
        draft = _import_text(page)
        assert draft.record["title"] == title, page
        assert page.splitlines()[0] in draft.yaml  # the headline goes back to the text
    # guard: two quoted names leave the headline; an apostrophe is no quote
    page = "Network report on social work\n\nAs a good practice it names the 'Gdansk Model' and the 'Ghent Plan'.\n"
    assert _import_text(page).record["title"] == "Network report on social work"


def test_the_name_a_body_set_up_is_the_first_listed_practice_s_title():
    page = (
        "Nine URBACT Good Practices for inclusive cities\n\nThe cities below share a lot.\n\n"
        "#1 – Tâmega e Sousa (PT)\n\n"
        "The Intermunicipal Community of Tâmega e Sousa set up the UNIDAS Intermunicipal Victim Support Network, "
        "which helps victims.\n"
    )
    assert _import_text(page).record["title"] == "UNIDAS Intermunicipal Victim Support Network"
    page = (
        "Cinq bonnes pratiques pour la mobilité\n\nLes villes ci-dessous partagent beaucoup.\n\n1. Lyon (FR)\n\n"
        "La Métropole de Lyon a lancé le Pass Mobilité Solidaire, qui réduit le prix des transports.\n"
    )
    assert _import_text(page).record["title"] == "Pass Mobilité Solidaire"


def test_a_listing_entry_s_heading_over_its_place_line_and_text_is_the_title():
    page = (
        "You are here\n\n12 Transfer Networks approved!\n\nThe committee approved 12 networks in 2019, which bring "
        "together many cities.\n\nThe networks are listed here for the readers of this page.\n\nHealthy Schools\n\n"
        "Turku (FI), Parma (IT), Brno (CZ)\n\nSchools and cities make the way to school safe for pupils who walk "
        "and cycle on their own\n"
    )
    assert _import_text(page).record["title"] == "Healthy Schools"


def test_a_flattened_form_s_name_field_gives_the_title():
    pages = {
        "OPIS DOBREJ PRAKTYKI\n\n1 OPIS DOBREJ PRAKTYKI 1. Dane dotyczące gminy nazwa inicjatywy "
        "Zielone Podwórka Łodzi "
        "nazwa gminy/powiatu Gmina Miasto Łódź dokładny adres Łódź, ul. Piotrkowska 104 telefon faks (\n": (
            "Zielone Podwórka Łodzi"
        ),
        "GOOD PRACTICE FORM\n\n1 GOOD PRACTICE FORM 1. Data on the municipality project title Green Yards of Essen "
        "lead partner City of Essen full address Essen, Rathausplatz 1 telephone fax (\n": ("Green Yards of Essen"),
    }
    for page, title in pages.items():
        assert _import_text(page).record["title"] == title, page


def _country(page: str) -> str:
    return str(_import_text(page).record["location"].get("country"))


def test_a_region_in_the_head_s_place_line_gives_the_country():
    pages = {
        "Grüne Höfe\n\nMettingen, Esslingen am Neckar, Baden-Württemberg\n\nBeschreibung\n\nDie Stadt begrünt.\n": "DE",
        "Jardins partagés\n\nVilleurbanne, Rhône, Auvergne-Rhône-Alpes\n\nDescription\n\nLa ville ouvre.\n": "FR",
        "Huertos urbanos\n\nAlzira, La Ribera, Comunitat Valenciana\n\nDescripción\n\nLa ciudad cede.\n": "ES",
        "Orti urbani\n\nRivoli, Collegno, Piemonte\n\nDescrizione\n\nIl comune assegna orti.\n": "IT",
    }
    for page, code in pages.items():
        assert _country(page) == code, page
    # guard: a one-word line that is not called a town gives nothing (Portico's 'Tartu' chrome is in the corpus)
    page = "Energy districts\n\nTartu\n\nDescription\n\nBuildings trade heat.\n"
    assert _country(page).startswith("TODO")


def test_a_voivodeship_written_small_after_its_word_gives_the_country():
    page = (
        "OPIS DOBREJ PRAKTYKI\n\n1 Dane nazwa inicjatywy Zielone Podwórka nazwa gminy Gmina Miasto Skawina adres "
        "Skawina, ul. Rynek 1 województwo małopolskie telefon faks\n"
    )
    assert _country(page) == "PL"
    for region in ("województwo dolnośląskie", "woj. podlaskie"):
        assert _country(f"Zielone podwórka\n\nMiasto odnawia podwórka; {region}, 2019 r. trwa.\n") == "PL", region
    # guard: the adjective alone in small letters is no place ('pomorskie' as a word in a sentence)
    assert _country("Zielone podwórka\n\nTo są sprawy pomorskie i inne.\n").startswith("TODO")


def test_a_region_field_of_a_form_takes_its_first_line_and_keeps_the_rest():
    page = (
        "Stadt Griesheim\n\nBundesland\nHessen\nEinreichende Dienststelle\nFachbereich IV\n\n"
        "Titel des Wettbewerbsbeitrags\n\nDie besitzbare Stadt\n"
    )
    draft = _import_text(page)
    assert draft.record["location"]["region"] == "Hessen"
    assert draft.record["location"]["country"] == "DE"
    assert "Fachbereich IV" in draft.yaml


def test_a_form_s_contact_name_field_and_office_field_give_the_contact():
    pages = {
        "Die besitzbare Stadt\n\nName des Ansprechpartners\nKarin Hofmann\nFunktion des Ansprechpartners\n"
        "Frauenbeauftragte\nStraße/Postfach\nWilhelm-Leuschner-Str. 75\nPostleitzahl\n64347\n": (
            "Karin Hofmann",
            "Frauenbeauftragte",
        ),
        "Jardins partagés\n\nNom du contact\nClaire Le Goff\nFonction\nChargée de mission\nAdresse\n1 place "
        "de la Mairie\n": ("Claire Le Goff", "Chargée de mission"),
        "Zielone podwórka\n\nImię i nazwisko osoby do kontaktu\nAnna Nowak\nStanowisko\nInspektor\nTelefon\n"
        "12 616 00 00\n": ("Anna Nowak", "Inspektor"),
    }
    for page, (name, role) in pages.items():
        contact = _import_text(page).record["contacts"][0]
        assert (contact["name"], contact.get("role")) == (name, role), page
        assert "organisation" not in contact, page


def test_a_start_sentence_with_the_year_first_is_read_in_the_site_languages():
    pages = {
        "Rady osiedli\n\nW 2012 r. Oświęcim uruchomił program rad osiedli.\n": "2012",
        "Grüne Höfe\n\nIm Jahr 2016 gründete die Stadt einen Fonds für Höfe.\n": "2016",
        "Jardins partagés\n\nEn 2017, la ville a lancé un appel à projets.\n": "2017",
        "Huertos urbanos\n\nEn 2015 el ayuntamiento puso en marcha los huertos.\n": "2015",
        "Orti urbani\n\nNel 2018 il comune ha avviato gli orti.\n": "2018",
    }
    for page, start in pages.items():
        assert _import_text(page).record.get("start") == start, page
    # guards: a year inside a sentence, in small letters, about a storm; a plan for a year
    page = "Plan Sigma\n\nUne forte onde de tempête en 1976 a lancé le plan.\n"
    assert "start" not in _import_text(page).record or _import_text(page).record["start"].startswith("TODO")
    page = "Orti urbani\n\nNel 2018 il comune sarà pronto: ha avviato gli studi.\n"
    assert str(_import_text(page).record.get("start", "TODO")).startswith("TODO")


def test_a_start_sentence_in_a_labelled_section_or_after_an_empty_date_field_is_read():
    page = (
        "Deep renovation\n\nThe project helps countries renovate.\n\nStart date\n\nEnd date\n\n\n"
        "Impact and Results\n\nProject launched in March 2015\n"
    )
    assert _import_text(page).record["start"] == "2015-03"
    page = "Deep renovation\n\nThe project helps countries renovate.\n\nResults\n\nThe pilot started in May 2016.\n"
    assert _import_text(page).record["start"] == "2016-05"


def test_the_date_a_body_adopted_the_practice_itself_is_its_start():
    pages = {
        "Network report\n\nAs a good practice it names Gdansk: in June 2016 the city council adopted the "
        "'Gdansk Integration Model'.\n": "2016-06",
        "Green Roof Plan\n\nThe council approved the Green Roof Plan in May 2019, after a long debate.\n": "2019-05",
    }
    for page, start in pages.items():
        assert _import_text(page).record["start"] == start, page
    # guard: adopting something else than the practice (a report, a budget) gives no start
    page = "Green Roof Plan\n\nIn 2018 the council adopted the annual budget.\n"
    assert str(_import_text(page).record["start"]).startswith("TODO")


def test_a_name_in_capitals_opening_a_paragraph_is_the_title_when_nothing_else_is():
    pages = {
        "POINT (10.3 44.8)\n\n• Turku - Finland\n• Parma - Italy\n\nA webinar shows how to count walking pupils.\n\n"
        "Lead Expert\n\n"
        "SCHOOLHOODS makes the way to school part of children's health.\n": "SCHOOLHOODS",
        "• Lyon - France\n• Gent - Belgium\n\nRE-BLOCK aide les quartiers de grands ensembles à se transformer.\n": (
            "RE-BLOCK"
        ),
    }
    for page, title in pages.items():
        assert _import_text(page).record["title"] == title, page
    # guards: a programme's name, and two names in capitals, give none
    page = "• Turku - Finland\n• Parma - Italy\n\nURBACT helps cities to work together on their policies.\n"
    assert _import_text(page).record["title"].startswith("TODO")
    page = "• Turku - Finland\n\nSCHOOLHOODS makes school travel safe.\n\nCITYMOVE helps the cities.\n"
    assert _import_text(page).record["title"].startswith("TODO")


def test_a_country_named_only_where_people_met_is_not_the_practice_s():
    page = "• Turku - Finland\n• Parma - Italy\n\nReady for Action! Meeting 15-16 November 2023 in Rethymno, Greece.\n"
    assert str(_import_text(page).record["location"].get("country")).startswith("TODO")
    # guard: a country named as the practice's place still counts
    page = "Green yards\n\nThe city of Rethymno in Greece greens its school yards.\n"
    assert _import_text(page).record["location"]["country"] == "GR"


def test_a_text_naming_two_countries_by_name_gives_no_country_from_a_city():
    page = (
        "Cities adapt to heat\n\nThe project tested eight ways to cope with heat and floods in towns.\n\n"
        "In Alcantarilla, in south-east Spain, a shaded path was built.\n\n"
        "In Italy, the team planted trees in Reggio Emilia.\n"
    )
    draft = _import_text(page)
    assert str(draft.record["location"]["country"]).startswith("TODO")
    assert any("names 2 countries" in note for note in draft.report.notes)
    # guard: one country named, with its city, still gives it
    page = (
        "Cities adapt to heat\n\nThe project tested eight ways to cope with heat and floods in towns.\n\n"
        "In Italy, the team planted trees in Reggio Emilia.\n"
    )
    assert _import_text(page).record["location"]["country"] == "IT"


def test_a_person_the_text_quotes_on_the_project_s_work_is_the_contact():
    pages = {
        "Cities adapt\n\nMore than 9 000 cyclists used it, says Marta Reguilón del Monte, who worked on the project "
        "as a partner.\n": "Marta Reguilón del Monte",
        "Villes adaptées\n\nLe chemin est très utilisé, explique Claire Le Goff, qui a coordonné le projet.\n": (
            "Claire Le Goff"
        ),
    }
    for page, name in pages.items():
        assert _import_text(page).record["contacts"][0]["name"] == name, page
    # guard: a quoted person who did not work on the project is no contact
    page = "Cities adapt\n\nThe path is busy, says Anna Berg, who lives nearby.\n"
    assert not _import_text(page).record.get("contacts")


def test_an_adviser_named_with_their_title_is_the_contact_even_after_an_empty_date_field():
    page = (
        "Deep renovation\n\nThe project helps countries renovate.\n\nEnd date\n\n\nNext steps\n\n"
        "James Drinkwater, Senior Policy Advisor, World Green Building Council\n"
    )
    contact = _import_text(page).record["contacts"][0]
    assert contact["name"] == "James Drinkwater"
    assert contact["role"].startswith("Senior Policy Advisor")


def test_a_town_s_administration_as_heading_is_never_the_title():
    for body in (
        "Stadt Griesheim",
        "City of Rotterdam",
        "Gemeinde Lastrup",
        "Ville de Lyon",
        "Comune di Parma",
        "Urząd Miasta Krakowa",
        "Ayuntamiento de Vigo",
    ):
        page = f"{body}\n\nThe town gives older people benches to rest on along the main streets.\n"
        draft = _import_text(page)
        assert draft.record["title"].startswith("TODO"), body
        assert body in draft.yaml, body  # kept in the text
        assert any("town's administration" in note for note in draft.report.notes), body
    # guards: a practice named after a town, and a body named with its form field, stay the title
    page = "City of Rotterdam climate plan\n\nThe city cut emissions.\n"
    assert _import_text(page).record["title"] == "City of Rotterdam climate plan"
    page = "Stadt Griesheim\n\nTitel des Wettbewerbsbeitrags\n\nDie besitzbare Stadt\n\nKurzfassung\nBänke.\n"
    assert _import_text(page).record["title"] == "Die besitzbare Stadt"


def test_a_filter_panel_s_last_name_set_off_by_a_wider_gap_is_furniture():
    page = (
        "Filter your results (1000)\n\nSearch for\n\nOrganised by\n\nNews source\n\nFile type\n\n\n\n"
        "Helping village shops survive by adding services to them and with support from the municipalities\n"
        "Location: Aragón, Spain (España)\n"
    )
    draft = _import_text(page)
    assert "File type" in draft.report.boilerplate
    assert draft.record["title"] != "File type"
    # guard: an entry's title after the panel, spaced like the names, is kept
    page = (
        "Filter your results (1000)\n\nSearch for\n\nOrganised by\n\nNews source\n\nVillage shops\n\n"
        "Helping village shops survive by adding services to them and with support from the municipalities.\n"
    )
    assert _import_text(page).record["title"] == "Village shops"


# --- i13m: the misses of heldout9, fixed with rules for any page of their kind ------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Cookie-Hinweis",
        "Utilisation des cookies",
        "Informativa sui cookie",
        "Uso de cookies",
        "Informacja o plikach cookies",
        "Nous utilisons des cookies. En poursuivant votre navigation, vous acceptez leur dépôt.",
        "Proseguendo la navigazione acconsenti all'uso dei cookie.",
        "Korzystając z serwisu wyrażasz zgodę na używanie plików cookies.",
        "Autoriser",
        "Zgadzam się",
        "Got it",
        "Share this publication",
        "Die Inhalte dieser Website werden derzeit überarbeitet und können veraltet sein.",
        "Les contenus de ce site sont en cours de mise à jour.",
        "I contenuti di questo sito sono in aggiornamento.",
        "Source: Ville de Lyon",
        "Fonte: Comune di Parma",
        "Capture d'écran du portail",
        "Zrzut ekranu aplikacji",
        "Do you know this project? Add information",
        "Connaissez-vous ce projet ? Complétez les informations",
        "FundedCompleted",
        "ZertifiziertGefördert",
        "Europa is the European Union's open-data portal for projects in every member state.",
    ],
)
def test_site_notices_credits_and_badges_in_the_site_languages_are_furniture(notice):
    page = f"Radschnellweg Ruhr\n\nDie Region baut einen Radweg durch das Ruhrgebiet.\n\n{notice}\n\nEr ist lang.\n"
    draft = _import_text(page)
    assert notice in draft.report.boilerplate
    assert notice not in draft.yaml


def test_a_short_caption_above_a_picture_s_source_goes_with_it():
    page = (
        "Bike library in Ghent\n\nThe city lends cargo bikes to families.\n\n"
        "Volunteers at the depot\nSource: City of Ghent\n\nThe depot opened near the station.\n"
    )
    draft = _import_text(page)
    assert {"Volunteers at the depot", "Source: City of Ghent"} <= set(draft.report.boilerplate)
    # guard: a sentence above the source line is the text's, and stays
    page = (
        "Bike library in Ghent\n\nThe city lends cargo bikes to families.\n\n"
        "The depot lends forty bikes a week.\nSource: City of Ghent\n"
    )
    draft = _import_text(page)
    assert "The depot lends forty bikes a week." in draft.yaml


@pytest.mark.parametrize(
    "line",
    [
        "Die Stadt fragte die Bewohner, ob sie Cookies backen wollten.",
        "Our content on this topic grew.",
        "Source of funding",
        "Screenshots were taken by pupils to document the route.",
        "CitizenLab",
        "Do you know how it works? The app explains it.",
        "Bike sharing is the city's favourite platform for short trips.",
    ],
)
def test_lines_that_only_look_like_notices_credits_or_badges_stay(line):
    page = f"Radschnellweg Ruhr\n\nDie Region baut einen Radweg durch das Ruhrgebiet.\n\n{line}\n\nEr ist lang.\n"
    draft = _import_text(page)
    assert line not in draft.report.boilerplate


@pytest.mark.parametrize(
    "body",
    [
        "Regione Emilia-Romagna",
        "Région Occitanie",
        "Provincia di Trento",
        "Comunidad de Madrid",
        "Junta de Andalucía",
        "Województwo Małopolskie",
        "Bezirksamt Neukölln",
        "Province of Limburg",
    ],
)
def test_a_region_s_administration_as_a_heading_is_never_the_title(body):
    page = f"{body}\n\nThe region gives older people benches to rest on along the main streets.\n"
    draft = _import_text(page)
    assert draft.record["title"].startswith("TODO"), body
    assert body in draft.yaml  # kept in the text
    assert any("region's or province's administration" in note for note in draft.report.notes)


def test_a_practice_named_after_a_region_stays_the_title():
    page = "Region Skåne climate plan\n\nThe region cut emissions by a third.\n"
    assert _import_text(page).record["title"] == "Region Skåne climate plan"


@pytest.mark.parametrize("answer", ["No", "no", "Non", "Nein", "Nie", "Sì"])
def test_a_form_s_yes_no_answer_is_never_a_country(answer):
    page = (
        "Orti condivisi a Sestola\n\nCofinanziamento altri soggetti\n\n"
        f"{answer}\n\nIl comune ha aperto orti condivisi per gli anziani.\n"
    )
    draft = _import_text(page)
    assert draft.record.get("location", {}).get("country") != "NO"
    assert answer in draft.yaml  # the answer stays in the text
    assert importer_places.read_place(answer) == (None, None)
    # guard: Norway's code in capitals is still a country
    assert importer_places.read_place("NO") == (None, "NO")
    assert importer_places.read_place("Oslo / NO") == ("Oslo", "NO")


@pytest.mark.parametrize(
    ("start_label", "end_label"),
    [
        ("Data inizio del processo", "Data fine del processo"),
        ("Date de début du projet", "Date de fin du projet"),
        ("Fecha de inicio del proyecto", "Fecha de fin del proyecto"),
        ("Beginn des Vorhabens", "Ende des Vorhabens"),
        ("Data rozpoczęcia projektu", "Data zakończenia projektu"),
        ("Start of the initiative", "End of the initiative"),
        ("Fecha inicio", "Fecha fin"),
    ],
)
def test_start_and_end_fields_naming_what_they_date_in_the_site_languages(start_label, end_label):
    page = (
        "Orti condivisi a Sestola\n\nIl comune ha aperto orti condivisi per gli anziani del paese.\n\n"
        f"{start_label}\n\n12/02/2023\n\n{end_label}\n\n02/07/2023\n"
    )
    record = _import_text(page).record
    assert (record["start"], record["end"]) == ("2023-02", "2023-07")


def test_an_end_of_something_else_is_no_end_field():
    page = (
        "Orti condivisi a Sestola\n\nIl comune ha aperto orti condivisi per gli anziani del paese.\n\n"
        "End of the road\n\nThe gardens lie where the bus line stops, 02/07/2023 saw the first harvest.\n"
    )
    record = _import_text(page).record
    assert str(record.get("end", "")) != "2023-07"
    assert "End of the road" in _import_text(page).yaml


def test_a_region_s_administration_over_the_title_is_not_the_summary():
    page = (
        "Région Occitanie\n\nJARDINS PARTAGÉS DE MILLAU\n\nDate de début du projet\n\n03/04/2021\n\n"
        "Date de fin du projet\n\n30/09/2022\n\nLa ville a ouvert des jardins partagés pour les aînés.\n"
    )
    record = _import_text(page).record
    assert record["title"] == "JARDINS PARTAGÉS DE MILLAU"
    assert record.get("summary", "") != "Région Occitanie"
    assert (record["start"], record["end"]) == ("2021-04", "2022-09")


def test_an_amount_said_again_in_the_text_is_not_a_second_resource_line():
    page = (
        "Jardins partagés de Millau\n\nLa ville a ouvert des jardins partagés pour les aînés.\n\n"
        "Budget total: 120 000 €\n\n"
        "Le budget du projet, 120 000 €, a été couvert par la ville.\n\n"
        "Le coût total du projet est de 120 000 €.\n"
    )
    draft = _import_text(page)
    amounts = [(r.get("amount"), r.get("currency")) for r in draft.record["resources"]]
    assert amounts.count((120000, "EUR")) == 1
    assert any("said again" in text for _, text in draft.report.seen_money)
    # guard: another amount in the text is still a resource line
    page = page.replace("Le coût total du projet est de 120 000 €.", "Die Kosten des Projekts lagen bei 80.000 Euro.")
    amounts = [(r.get("amount"), r.get("currency")) for r in _import_text(page).record["resources"]]
    assert (80000, "EUR") in amounts and amounts.count((120000, "EUR")) == 1


@pytest.mark.parametrize(
    ("value", "title"),
    [
        ('"Schön wie wir"', "Schön wie wir"),
        ("„Gemeinsam gärtnern“", "Gemeinsam gärtnern"),
        ("« Budget participatif de Lyon »", "Budget participatif de Lyon"),
        ("“Making Spend Matter”", "Making Spend Matter"),
        ("«Orti condivisi»", "Orti condivisi"),
        # guards: quotes around a part of the name, or two quoted names, stay
        ('"Green" roofs for schools', '"Green" roofs for schools'),
        ('"Bike" and "Ride"', '"Bike" and "Ride"'),
    ],
)
def test_a_title_field_s_value_loses_the_quote_marks_around_all_of_it(value, title):
    page = f"Titel des Wettbewerbsbeitrags\n\n{value}\n\nKurzfassung\n\nDie Stadt lädt alle zum Mitmachen ein.\n"
    assert _import_text(page).record["title"] == title


@pytest.mark.parametrize(
    "said",
    [
        "The project is located in PL.",
        "Le projet est situé en FR.",
        "Das Projekt befindet sich in AT.",
        "El proyecto se encuentra en ES.",
        "Il progetto si trova in IT.",
        "Projekt znajduje się w PL.",
    ],
)
def test_a_location_sentence_with_a_country_code_gives_the_country(said):
    page = f"Green and blue infrastructure\n\nThe town plants rain gardens along its streets.\n\n{said}\n"
    draft = _import_text(page)
    assert draft.record["location"]["country"] == said.rstrip(".")[-2:]
    assert any("location/country" in guess and "check it" in guess for guess in draft.report.guessed)


def test_a_portal_record_header_s_code_gives_the_country_only_when_nothing_else_does():
    page = "KOHESIO · Q7373599 · PL\nGreen and blue infrastructure\n\nThe town plants rain gardens along its streets.\n"
    assert _import_text(page).record["location"]["country"] == "PL"
    # guards: a city the text names decides before the header; two codes give none; a code in small letters is none
    page = "KOHESIO · Q4299414 · DK\nLisbon neighbourhood toolbox\n\nLisbon gives its priority areas a toolbox.\n"
    assert _import_text(page).record["location"]["country"] == "PT"
    page = "KOHESIO · Q1 · PL\nRain gardens\n\nThe town plants rain gardens.\n\nThe project is located in CZ.\n"
    assert _import_text(page).record["location"]["country"].startswith("TODO")
    page = "Rain gardens\n\nThe town plants rain gardens.\n\nThe gardens are located in pl. Wolności.\n"
    assert _import_text(page).record["location"]["country"].startswith("TODO")


@pytest.mark.parametrize(
    ("said", "amount"),
    [
        ("The city receives €5 million for its plan.", 5000000),
        ("Die Stadt erhält 50.000 Euro Preisgeld für ihre Idee.", 50000),
        ("La ville reçoit une dotation de 20 000 € pour son projet.", 20000),
        ("El ayuntamiento recibe 30.000 euros para su idea.", 30000),
        ("Il comune riceve un premio di 10.000 euro.", 10000),
        ("Miasto otrzymuje 100 tys. zł na swój pomysł.", 100000),
    ],
)
def test_money_a_prize_gives_the_practice_is_a_resource_line(said, amount):
    page = f"Trust network for older people\n\nThe city links older residents with neighbours.\n\n{said}\n"
    amounts = [r.get("amount") for r in _import_text(page).record.get("resources", [])]
    assert amount in amounts
    # guard: an amount in a sentence without words of money given or spent stays seen, not placed
    page = "Trust network for older people\n\nThe city links older residents with neighbours.\n\nRents rose to €900.\n"
    draft = _import_text(page)
    assert 900 not in [r.get("amount") for r in draft.record.get("resources", [])]
    assert any("€900" in text for _, text in draft.report.seen_money)


def test_a_portal_s_long_paragraph_about_itself_is_furniture():
    about = (
        "Kohesio is the European Commission's open-data platform for projects co-financed by the European Regional "
        "Development Fund, the European Social Fund Plus, the Cohesion Fund and the Just Transition Fund. It draws "
        "on the data that managing authorities publish and shows each project with its beneficiary, budget, period "
        "and location, so that anyone can see where the money goes and what it pays for in every region of Europe."
    )
    assert len(about) > 300
    page = f"Green and blue infrastructure\n\nThe town plants rain gardens along its streets.\n\n{about}\n"
    draft = _import_text(page)
    assert about in draft.report.boilerplate
    # guard: a practice that is a platform describes itself in its own words, and stays
    page = (
        "Decidim Barcelona\n\nDecidim is the city's participatory platform, where residents propose and vote on "
        "projects for their neighbourhoods.\n"
    )
    assert not _import_text(page).report.boilerplate


def test_a_region_named_as_a_german_adjective_points_to_its_country():
    page = (
        "Förderscouting im Amt\n\nEine Rundmail des Schleswig-Holsteinischen Gemeindetags nennt neue "
        "Förderprogramme für kleine Gemeinden.\n"
    )
    draft = _import_text(page)
    assert draft.record["location"]["country"] == "DE"
    # guard: a word that only ends like an adjective names no region
    page = "Förderscouting im Amt\n\nDie Verwaltung arbeitet praktisch und kommt mit wenig Personal aus.\n"
    assert _import_text(page).record["location"]["country"].startswith("TODO")


# --- i13n: rules from the misses of i13h10's pages (heldout10/, now tuned) ------------------------


@pytest.mark.parametrize(
    ("label", "first", "second", "start", "end"),
    [
        ("Project duration", "03/2016 to", "05/2019", "2016-03", "2019-05"),
        ("Durata", "dal 2015 al", "2018", "2015", "2018"),
        ("Okres realizacji", "od 2017 do", "2020", "2017", "2020"),
        ("Duración", "2014 –", "2016", "2014", "2016"),
        ("Laufzeit", "01.09.2019 bis", "31.08.2022", "2019-09", "2022-08"),
    ],
)
def test_a_running_time_broken_over_two_lines_gives_start_and_end(label, first, second, start, end):
    page = f"Cycle lanes for schools\n\nThe town paints safe routes to every school.\n\n{label}\n{first}\n{second}\n"
    record = _import_text(page).record
    assert (record.get("start"), record.get("end")) == (start, end)


def test_a_line_ending_in_to_is_no_half_of_a_running_time():
    # guard: a first line that is no date gives no start, and the lines after a broken period are kept
    page = "Cycle lanes for schools\n\nThe town paints safe routes.\n\nDuration\nGoing to\n2019\n"
    assert str(_import_text(page).record["start"]).startswith("TODO")
    page = "Cycle lanes for schools\n\nThe town paints safe routes.\n\nDuration\n2016 to\n2019\nPhase two\n"
    draft = _import_text(page)
    assert (draft.record["start"], draft.record["end"]) == ("2016", "2019")
    assert "Phase two" in draft.yaml


@pytest.mark.parametrize(
    ("label", "value", "amount", "currency"),
    [
        ("Kwota dofinansowania", "120 000 zł", 120000, "PLN"),
        ("Importo finanziato", "45.000,00 €", 45000, "EUR"),
        ("Grant amount", "€80,000", 80000, "EUR"),
        ("Montant de la subvention", "25 000 €", 25000, "EUR"),
        ("Fördersumme", "1.250.000 € Euro", 1250000, "EUR"),
    ],
)
def test_a_funding_amount_field_is_a_resource_line_and_the_text_after_it_stays_text(label, value, amount, currency):
    after = "The town paints safe routes to every school and trains pupils to cycle."
    # as on the page that prompted it, the field follows a running time, which no longer swallows it
    page = (
        f"Cycle lanes for schools\n\nSafe routes for every pupil.\n\nDuration\n2016 - 2019\n{label}\n{value}\n{after}\n"
    )
    draft = _import_text(page)
    assert (draft.record["start"], draft.record["end"]) == ("2016", "2019")
    resources = draft.record["resources"]
    assert [(r.get("amount"), r.get("currency")) for r in resources] == [(amount, currency)]
    assert after in draft.yaml and all(after not in str(r["what"]) for r in resources)


def test_a_funding_amount_field_without_an_amount_invents_none():
    # guard: the label with a line of text under it places no amount
    page = "Cycle lanes for schools\n\nSafe routes for every pupil.\n\nFördersumme\nauf Anfrage\n"
    draft = _import_text(page)
    assert not [r for r in draft.record["resources"] if "amount" in r]
    assert "auf Anfrage" in draft.yaml


@pytest.mark.parametrize(
    "line",
    [
        "Pour en savoir plus sur l'appel à projets, cliquez ici.",
        ">> Klicken Sie hier, um die Broschüre herunterzuladen <<",
        "Per scaricare il rapporto, clicca qui",
        ">> Boletín mensual de la red, marzo de 2019 <<",
        "(1.024 Aufrufe)",
        "Odsłony: 312",
        "87 visite",
        "Suivez-nous sur :",
        "Síguenos en",
        "Śledź nas na",
        "La responsabilité exclusive du contenu de cette lettre incombe aux auteurs. Elle ne reflète pas "
        "nécessairement l'opinion de l'Union européenne.",
        "Die alleinige Verantwortung für den Inhalt liegt bei den Autoren. Er gibt nicht unbedingt die Meinung der "
        "Europäischen Union wieder.",
        "Wyłączną odpowiedzialność za treść ponoszą autorzy; nie odzwierciedla ona stanowiska Komisji Europejskiej.",
    ],
)
def test_link_invitations_counters_follow_lines_and_funded_site_disclaimers_are_furniture(line):
    page = f"Cycle lanes for schools\n\nThe town paints safe routes to every school.\n\n{line}\n"
    draft = _import_text(page)
    assert line in draft.report.boilerplate
    assert line not in draft.yaml


@pytest.mark.parametrize(
    "line",
    [
        # guards: a quoted name, counts of people, a city's own responsibility, a sentence about following
        "« Budget participatif » was copied by three towns.",
        "The project had 264 visitors from 12 countries in 2019.",
        "The municipality has sole responsibility for the school routes.",
        "Other towns can follow us on this path by mapping their routes first.",
    ],
)
def test_lines_that_only_look_like_link_or_counter_furniture_stay(line):
    page = f"Cycle lanes for schools\n\nThe town paints safe routes to every school.\n\n{line}\n"
    draft = _import_text(page)
    assert line not in draft.report.boilerplate


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Atelier participatif sur les cours d'école – REF-2019AB07", "Atelier participatif sur les cours d'école"),
        ("Gemeinsam planen im Quartier - 07WS10321", "Gemeinsam planen im Quartier"),
        ("Budżet obywatelski w praktyce — WS2022-118", "Budżet obywatelski w praktyce"),
    ],
)
def test_a_programme_s_code_after_a_title_is_left_out_and_reported(line, title):
    page = f"{line}\n\nThe session shows how neighbourhoods plan together with the city.\n"
    draft = _import_text(page)
    assert draft.record["title"] == title
    assert any("a programme's or catalogue's code" in note for note in draft.report.guessed)


@pytest.mark.parametrize("line", ["Smart city strategy - 2030", "Covid recovery plan - COVID19", "Green roofs - H2020"])
def test_a_year_or_a_name_with_a_number_after_a_title_stays(line):
    page = f"{line}\n\nThe city plans its next steps with residents.\n"
    assert _import_text(page).record["title"] == line


@pytest.mark.parametrize(
    "line",
    [
        "Deutsch (DE)",
        "Français (FR), Italiano (IT)",
        "Polski (PL)",
        "Langue originale :",
        "Originalsprache:",
        "Idioma original:",
        "Lingua originale:",
        "Język oryginału:",
    ],
)
def test_a_language_switcher_and_an_empty_language_label_are_furniture(line):
    page = f"Cycle lanes for schools\n\nThe town paints safe routes to every school.\n\n{line}\n"
    draft = _import_text(page)
    assert line in draft.report.boilerplate


@pytest.mark.parametrize("line", ["Udine (IT)", "Porto (PT)", "Language: the plan was written in plain words."])
def test_a_place_with_its_code_or_a_sentence_about_language_is_no_language_line(line):
    # guards: a city with its country code, and a label with a value, are not a language switcher
    page = f"Cycle lanes for schools\n\nThe town paints safe routes to every school.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    ("line", "name", "value"),
    [
        ("Data rozpoczęcia 03/2019", "start", "2019-03"),
        ("Anno di inizio 2014", "start", "2014"),
        ("Année de début 2012", "start", "2012"),
        ("Rok zakończenia 2021", "end", "2021"),
        ("End year 2018", "end", "2018"),
    ],
)
def test_a_date_field_written_without_its_colon_is_read(line, name, value):
    page = f"Cycle lanes for schools\n\nThe town paints safe routes to every school.\n\n{line}\n"
    assert _import_text(page).record.get(name) == value


@pytest.mark.parametrize(
    "line", ["In 2005 the town had forty schools", "Start 2030 goals", "Anno di inizio del piano regolatore"]
)
def test_a_line_that_only_starts_like_a_date_field_is_no_date(line):
    # guards: a sentence with a year, a label followed by more than a date, a label without a date
    page = f"Cycle lanes for schools\n\nThe town paints safe routes to every school.\n\n{line}\n"
    assert str(_import_text(page).record.get("start", "")).startswith("TODO")


@pytest.mark.parametrize(
    ("said", "amount"),
    [
        ("Vereine erhalten einen Zuschuss von bis zu 5.000 € für ihre Aktion.", 5000),
        ("Les communes peuvent obtenir une subvention de 12 000 € pour leur plan.", 12000),
        ("Gminy mogą uzyskać dofinansowanie w wysokości 40 000 zł.", 40000),
        ("Local groups can apply for up to € 3,500 of support from the city.", 3500),
    ],
)
def test_money_a_funder_gives_as_support_or_a_subsidy_is_a_resource_line(said, amount):
    page = f"Neighbourhood climate actions\n\nResidents run small climate actions in their streets.\n\n{said}\n"
    amounts = [r.get("amount") for r in _import_text(page).record.get("resources", [])]
    assert amount in amounts


def test_money_near_the_word_support_alone_stays_seen():
    # guard: 'supports' without the money's words ('of support', 'financial support') places nothing
    page = "Neighbourhood climate actions\n\nResidents run actions.\n\nThe city supports families whose rent is €900.\n"
    draft = _import_text(page)
    assert 900 not in [r.get("amount") for r in draft.record.get("resources", [])]


@pytest.mark.parametrize(
    "chrome",
    ["Eltis", "Civitas", "Kohesio", "Lettre d'information mensuelle", "Rundbrief Ausgabe 3", "Biuletyn miesięczny"],
)
def test_a_site_s_name_or_its_newsletter_strapline_over_the_heading_is_never_the_title(chrome):
    page = f"{chrome}\nSchool streets for every district\nThe city closes streets by schools at the start of lessons.\n"
    draft = _import_text(page)
    assert draft.record["title"] == "School streets for every district"
    assert chrome in draft.report.boilerplate


@pytest.mark.parametrize("line", ["A newsletter for tenants", "Covenant of Mayors for Climate and Energy in Lviv"])
def test_a_practice_named_after_a_newsletter_or_the_covenant_keeps_its_title(line):
    # guards: a practice that is a newsletter, a line that only starts with the site's name
    page = f"{line}\nThe city writes to its tenants every month about repairs and events.\n"
    assert _import_text(page).record["title"] == line


# --- i13o: rules from i13h11's spent held-out pages ------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "- Repair cafés in every district - Gent, Belgium …14",
        "Introduction ........ 3",
        "Budżet obywatelski w Lublinie . . . . 22",
        "Presupuestos participativos en Lisboa …… 7",
        "Chapitre 2 : la mobilité douce ____ 18",
    ],
)
def test_a_publication_s_contents_entry_is_furniture(entry):
    page = f"Stories of transfer\n\nThe booklet collects the stories of cities that adapted a practice.\n\n{entry}\n"
    draft = _import_text(page)
    assert entry in draft.report.boilerplate
    assert "…" not in draft.record.get("description", "")


@pytest.mark.parametrize("line", ["The steps were 1, 2, … 10", "Visitors rose from 200 to 340 … 10"])
def test_a_line_with_an_ellipsis_before_a_number_that_is_no_contents_entry_stays(line):
    # guards: a count and a figure before the ellipsis are no heading
    page = f"Stories of transfer\n\nThe booklet collects the stories of cities.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Votre note : Aucun",
        "Noch keine Bewertungen",
        "Aún no hay votos",
        "Brak głosów",
        "Average: 4.5 (12 votes)",
        "PDF (Français)",
        "(1.2 MB - DOCX)",
        "PDF - 850 KB",
        "(2,4 Mo - PDF)",
    ],
)
def test_a_rating_widget_s_or_a_download_link_s_label_is_furniture(line):
    page = f"Shared bikes for students\n\nThe university lends bikes to its students for a year.\n\n{line}\n"
    draft = _import_text(page)
    assert line in draft.report.boilerplate
    assert line not in draft.yaml


@pytest.mark.parametrize(
    "line", ["PDF reports are sent to 40 schools every month.", "The rating of 4 stars came from 120 users.", "KB Bank"]
)
def test_a_line_that_only_mentions_files_or_ratings_stays(line):
    # guards: prose about reports and ratings, a name with the letters of a file size
    page = f"Shared bikes for students\n\nThe university lends bikes to its students for a year.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    ("opening", "closing", "heading"),
    [
        ('[accordion title="Financement du projet"]', "[/accordion]", "Financement du projet"),
        ("[toggle title=Wie es begann state=closed]", "[/toggle]", "Wie es begann"),
        ("[expand]", "[/expand]", ""),
    ],
)
def test_a_shortcode_s_markup_is_furniture_and_its_heading_stays(opening, closing, heading):
    page = (
        f"Shared bikes for students\n\nThe university lends bikes to its students.\n\n{opening}\n\n"
        f"Students pay a deposit and return the bike in June.\n\n{closing}\n"
    )
    draft = _import_text(page)
    assert opening in draft.report.boilerplate and closing in draft.report.boilerplate
    assert opening not in draft.yaml and closing not in draft.yaml
    assert heading in draft.record["description"]
    assert "Students pay a deposit" in draft.record["description"]


@pytest.mark.parametrize("line", ["[Link]", "[photo]", "[1]"])
def test_a_bracketed_word_without_attributes_or_closing_tag_stays(line):
    # guards: a link's lost label, a picture's placeholder, a footnote mark
    page = f"Shared bikes for students\n\nThe university lends bikes to its students.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    ("said", "start"),
    [
        ("Since 2018, residents can borrow a cargo bike for a week.", "2018"),
        ("Depuis mars 2019, les écoles peuvent demander un vélo.", "2019-03"),
        ("Desde 2017 los vecinos pueden proponer obras.", "2017"),
        ("Od 2016 r. mieszkańcy mogą zgłaszać projekty.", "2016"),
        ("Dal 2015 le scuole possono chiedere una bici.", "2015"),
    ],
)
def test_an_offer_open_since_a_year_gives_the_start(said, start):
    page = f"Cargo bikes to borrow\n\nThe town lends cargo bikes.\n\n{said}\n"
    assert _import_text(page).record.get("start") == start


@pytest.mark.parametrize(
    "said",
    [
        "Since 2018 emissions fell by 20 percent.",
        "Prices have risen since 2018, so residents can borrow less.",
        "Seit 2030 können alle Bürger mitmachen.",
    ],
)
def test_since_a_year_without_an_offer_or_in_the_future_gives_no_start(said):
    # guards: a change since a year, 'since' inside the sentence, a year still to come
    page = f"Cargo bikes to borrow\n\nThe town lends cargo bikes.\n\n{said}\n"
    assert str(_import_text(page).record.get("start", "")).startswith("TODO")


@pytest.mark.parametrize(
    "said",
    [
        "From 2015 to 2019 the city ran a bike library in every district.",
        "De 2015 à 2019, la ville a mis en œuvre des rues scolaires.",
        "Zwischen 2015 und 2019 setzte die Stadt zwölf Schulstraßen um.",
        "Entre 2015 y 2019 el ayuntamiento realizó doce calles escolares.",
        "Dal 2015 al 2019 il comune ha realizzato dodici strade scolastiche.",
        "W latach 2015-2019 gmina zrealizowała dwanaście projektów.",
    ],
)
def test_the_years_a_sentence_opens_with_before_the_work_done_give_start_and_end(said):
    page = f"School streets\n\nStreets by schools close at the start of lessons.\n\n{said}\n"
    record = _import_text(page).record
    assert (record.get("start"), record.get("end")) == ("2015", "2019")


@pytest.mark.parametrize(
    "said",
    [
        "Between 2010 and 2020 emissions fell by a third.",
        "Residents say that from 2015 to 2019 the city ran buses late.",
        "From 2019 to 2015 the city ran a bike library.",
        "From 2025 to 2099 the city ran a bike library.",
        "From 2015 to 2019 the Interreg Europe Programme funded 300 projects.",
    ],
)
def test_years_before_a_change_in_a_sentence_s_middle_or_out_of_order_give_no_period(said):
    # guards: a change measured between two years, years inside a sentence, years in the wrong order or to come,
    # a named other subject (a programme's work is not the practice's)
    page = f"School streets\n\nStreets by schools close at the start of lessons.\n\n{said}\n"
    record = _import_text(page).record
    assert str(record.get("start", "")).startswith("TODO") and "end" not in record


@pytest.mark.parametrize(
    "opening",
    [
        "Paris, France (12 March 2021) – ",
        "MADRID, 3 de mayo de 2021 – ",
        "(4. Mai 2022) Wien, Österreich – ",
        "Warszawa, Polska, 05/06/2020 – ",
    ],
)
def test_a_press_release_s_dateline_gives_no_country(opening):
    page = f"Clean buses pledge\n\n{opening}Cities from around the world pledged to buy only clean buses.\n"
    draft = _import_text(page)
    assert str(draft.record["location"]["country"]).startswith("TODO")
    assert opening.strip() in draft.yaml  # the dateline stays in the text


@pytest.mark.parametrize(
    "example",
    [
        "• Par exemple, à Lyon (France), les écoles ferment la rue le matin.",
        "Beispiel: In Graz (Österreich) schließt die Stadt die Straße.",
        "CASE STUDY – In Malmö (Sweden), the streets close at 8 am.",
        "Przykład: w Gdańsku (Polska) ulice są zamykane rano.",
    ],
)
def test_a_line_giving_an_example_gives_no_country(example):
    page = f"School streets\n\nStreets by schools close at the start of lessons.\n\n{example}\n"
    assert str(_import_text(page).record["location"]["country"]).startswith("TODO")


@pytest.mark.parametrize(
    "line", ["Lyon (France) closes streets by schools.", "The example of Lyon (France) shows the way."]
)
def test_a_place_said_without_dateline_or_example_still_gives_the_country(line):
    # guards: a bracketed country in the practice's own words, 'example' inside the sentence
    page = f"School streets\n\nStreets by schools close at the start of lessons.\n\n{line}\n"
    assert _import_text(page).record["location"]["country"] == "FR"


@pytest.mark.parametrize(
    ("said", "amount"),
    [
        ("Insgesamt wurden 48 Vorhaben mit 350.000 Euro bezuschusst.", 350000),
        ("Vorhaben mit förderfähigen Gesamtausgaben bis 15.000 Euro sind möglich.", 15000),
        ("Les dépenses éligibles sont plafonnées à 12 000 €.", 12000),
        ("Los gastos del proyecto llegaron a 80.000 euros.", 80000),
        ("Le spese ammissibili arrivano a 25.000 euro.", 25000),
        ("Wydatki kwalifikowalne wyniosły 90 000 zł.", 90000),
        ("Total expenditure reached €1.2 million.", 1200000),
    ],
)
def test_money_a_project_spends_or_is_subsidised_with_is_a_resource_line(said, amount):
    page = f"Small village projects\n\nVillages carry out small projects of their own.\n\n{said}\n"
    amounts = [r.get("amount") for r in _import_text(page).record.get("resources", [])]
    assert amount in amounts


def test_an_amount_in_a_sentence_about_an_edition_stays_seen():
    # guard: 'Ausgabe' (an issue of a newsletter) is no spending
    page = "Small village projects\n\nVillages run projects.\n\nDie Ausgabe 3 kostete im Kiosk 5 Euro.\n"
    draft = _import_text(page)
    assert 5 not in [r.get("amount") for r in draft.record.get("resources", [])]


@pytest.mark.parametrize(
    "line",
    [
        "Die Ergebnisse finden Sie unter:, dort gibt es auch weitere Projekte.",
        "Les fiches se trouvent sur :",
        "Tutte le buone pratiche si trovano su: .",
        "Wszystkie przykłady można znaleźć na:",
        "The full report is available here:",
    ],
)
def test_a_pointer_whose_link_the_copy_lost_is_furniture(line):
    page = f"Shared bikes for students\n\nThe university lends bikes to its students for a year.\n\n{line}\n"
    assert line in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    "line",
    ["The report can be found at: https://example.org/report", "Bikes are available: 200 in the city centre."],
)
def test_a_pointer_with_its_link_or_a_figure_after_it_stays(line):
    # guards: the link is there, the colon opens a figure
    page = f"Shared bikes for students\n\nThe university lends bikes to its students for a year.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "As reported through the Covenant reporting platform",
        "Tel que déclaré via la plateforme de suivi",
        "Según lo recogido en el informe anual",
        "Come riportato nel monitoraggio regionale",
        "Zebrane w ramach sprawozdawczości",
    ],
)
def test_a_portal_s_note_on_where_its_figures_come_from_is_furniture(line):
    page = f"Green purchasing\n\nThe city buys goods that harm the environment less.\n\n{line}\n"
    assert line in _import_text(page).report.boilerplate


def test_a_sentence_about_what_was_reported_stays():
    # guard: a result said as reported, with its figures and a sentence end
    line = "As reported by the city, 40 schools now buy organic food. The rest will follow in 2026."
    page = f"Green purchasing\n\nThe city buys goods that harm the environment less.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    "said",
    [
        "Helping people start businesses, involving residents… the publication follows cities as they try new answers.",
        "Les villes testent d'autres usages (p. ex. jardins, e.g. ateliers) pour les bâtiments vides.",
    ],
)
def test_a_placeholder_marker_in_the_page_s_own_words_becomes_a_todo_that_says_why(said):
    # a real ellipsis or 'e.g.' in a page's prose is a marker the validator refuses anywhere in a record
    page = f"Cities in Action\n\nForty cities made their local policy more integrated with EU peers.\n\n{said}\n"
    draft = _import_text(page)
    assert draft.record["description"].startswith("TODO: the page's text holds")
    assert said in draft.record["description"]
    assert all("still a placeholder" in line for line in draft.report.to_fill), draft.report.to_fill


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("300+ participants per session", 300),
        ("1,200+ Teilnehmende aus ganz Europa", 1200),
        ("120+ participants par atelier", 120),
        ("45+ asistentes en cada sesión", 45),
        ("30+ relatori", 30),
        ("250+ uczestników", 250),
    ],
)
def test_a_figure_line_with_a_plus_is_a_result_dated_by_its_heading(line, value):
    page = f"Flash November 2020\n\nThe online sessions on city climate plans were full.\n\n{line}\n\nMore to come.\n"
    # no year but the newsletter's own date: a result without a year is no evidence, only seen (issue 13's rule)
    draft = _import_text(page)
    assert str(draft.record["evidence"][0]["value"]).startswith("TODO")
    assert any(g.startswith(f"evidence: seen, not placed: {line!r}") for g in draft.report.guessed)
    # a dated heading above it gives it its year
    draft = _import_text(page.replace(f"{line}\n", f"Results 2020\n\n{line}\n"))
    assert {"value": value, "year": 2020}.items() <= draft.record["evidence"][0].items()
    assert any("gives no year of its own" in line for line in draft.report.guessed)


def test_a_figure_line_counting_years_or_cities_is_no_result():
    # guards: '10+ years' is a length, '20+ cities' the practice's make-up
    page = "City network\n\nCities share plans.\n\n10+ years of work\n\n20+ cities from Europe\n"
    values = [e.get("value") for e in _import_text(page).record["evidence"]]
    assert 10 not in values and 20 not in values


@pytest.mark.parametrize(
    ("said", "value", "year"),
    [
        ("The first-aid service opened in 2018. It trained 1,200 volunteers in the first months.", 1200, 2018),
        ("Le service a ouvert en 2019. Il a formé 300 bénévoles du quartier.", 300, 2019),
        ("El servicio abrió en 2017. Desde entonces atendió 450 familias del barrio.", 450, 2017),
    ],
)
def test_a_result_said_without_a_year_takes_its_paragraph_s_one_year(said, value, year):
    page = f"Neighbourhood help\n\nVolunteers help their neighbours.\n\n{said}\n"
    draft = _import_text(page)
    assert {"value": value, "year": year}.items() <= draft.record["evidence"][0].items()
    assert any("gives no year of its own" in line for line in draft.report.guessed)


def test_a_result_with_no_year_near_it_gives_no_evidence():
    # guard: the page's facts rule that evidence needs a year holds when no year is near the result
    page = "Energy workshops\n\nThe workshops help households.\n\nThe team has renovated around 60 households.\n"
    assert not [e for e in _import_text(page).record["evidence"] if isinstance(e.get("value"), int)]


@pytest.mark.parametrize(
    "said",
    [
        "Our projects that began in 2016 and 2017 already show a high return on investment.",
        "Les ateliers lancés en 2016 et 2017 ont réuni des habitants de tout le quartier.",
        "Las huertas puestas en marcha en 2018 y 2019 siguen abiertas.",
        "Die 2015 oder 2016 gestartet Projekte laufen weiter.",
    ],
)
def test_a_sentence_dating_its_beginnings_by_two_years_gives_no_start(said):
    page = f"Regional cooperation\n\nRegions learn from each other's policies.\n\n{said}\n"
    assert str(_import_text(page).record.get("start", "")).startswith("TODO")


@pytest.mark.parametrize(
    ("said", "start"),
    [
        ("The scheme began in 2016 and has grown every year since.", "2016"),
        ("Les ateliers ont été lancés en 2016 et se poursuivent.", "2016"),
    ],
)
def test_a_beginning_dated_by_one_year_before_and_still_gives_the_start(said, start):
    # guard: 'and' after the year joins the sentence, not another year
    page = f"Regional cooperation\n\nRegions learn from each other's policies.\n\n{said}\n"
    assert _import_text(page).record["start"] == start


@pytest.mark.parametrize(
    "line",
    [
        "pdf / 47097 KB",
        "docx | 1,2 Mo",
        "Format pdf",
        "Formato: PDF",
        "Dateiformat: PDF",
        "Format pliku: pdf",
        "Retour à l'ensemble des resultatsPartage d'expérience",
        "Back to the list of good practices",
        "Zurück zur Übersicht",
        "Volver a los resultados",
        "Torna all'elenco",
        "Powrót do listy",
        "fiche_exemplaire",
        "Tweet Button Facebook Like Button",
        "Partager sur Facebook",
        "Web Version",
        "View this email in your browser",
        "Version en ligne",
        "Online-Version anzeigen",
        "Versión web",
        "Versione online",
        "Wersja online",
    ],
)
def test_download_format_back_link_tag_share_and_web_version_lines_are_furniture(line):
    page = f"Shared bikes for students\n\nThe university lends bikes to its students for a year.\n\n{line}\n"
    assert line in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Back to school: pupils cycle together on the first day.",
        "Retour à la terre : les jardins partagés ont nourri 40 familles.",
        "We share our results on Facebook every month with residents.",
        "The web version of the map shows every bike station.",
        "The format was a PDF guide of 40 pages.",
    ],
)
def test_sentences_that_only_mention_links_formats_or_networks_stay(line):
    # guards: a sentence with a back-to phrase, a network's name, the words web version or format
    page = f"Shared bikes for students\n\nThe university lends bikes to its students for a year.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    "said",
    [
        "In the words of Andrea Vignoli of the Lazio Region Association of Cities, Italy, nobody starts from zero.",
        "According to Anna Lindqvist from the City of Malmö, learning from peers saves time.",
        "Selon Marie Dubois de la Région Bretagne, les échanges font gagner du temps.",
        "Laut Jan Müller vom Landkreis Hessen sparen die Regionen so Zeit.",
        "Según Ana García, de la Diputación de Sevilla, nadie empieza de cero.",
        "Secondo Marco Rossi della Regione Lazio, nessuno parte da zero.",
        "Według Jana Kowalskiego z Urzędu Miasta Krakowa, wymiana oszczędza czas.",
    ],
)
def test_a_quoted_speaker_s_body_and_place_give_no_country(said):
    page = f"Regions learning together\n\nThe programme helps regions learn from each other.\n\n{said}\n"
    assert str(_import_text(page).record["location"]["country"]).startswith("TODO")


def test_the_practice_s_own_city_still_gives_the_country_beside_a_quoted_speaker():
    # guard: the speaker's place is cut out, the practice's own words still count
    page = (
        "Green purchasing in Vienna\n\nVienna's procurement programme buys goods that harm the environment less.\n\n"
        "According to Anna Lindqvist from the City of Malmö, it is a model for others.\n"
    )
    assert _import_text(page).record["location"]["country"] == "AT"


@pytest.mark.parametrize(
    ("block", "code"),
    [
        ("Communauté d'Agglomération\n\n1, place Adrien Rozier\nBp 53531\n12035 Rodez\nContact", "FR"),
        ("Mairie\n12 rue des Lilas\n44190 Clisson Cedex", "FR"),
        ("Landratsamt\nPostfach 1120\n97401 Schweinfurt", "DE"),
        ("Gemeindeverwaltung\nHauptstraße 5\n49688 Lastrup", "DE"),
        ("Ayuntamiento\nC/ Mayor 1\n07141 Marratxí", "ES"),
        ("Comune\nPiazza Grande 1\n41121 Modena (MO)", "IT"),
        ("Urząd Gminy\nul. Rynek 1\n21-230 Sosnówka", "PL"),
        ("Gemeente\nOttho Heldringstraat 2\n4101 AB Culemborg", "NL"),
    ],
)
def test_a_postal_address_block_gives_the_country_it_is_written_for(block, code):
    page = f"Sharing what towns already do\n\nThe towns of the area meet to share what they already do.\n\n{block}\n"
    draft = _import_text(page)
    assert draft.record["location"]["country"] == code
    assert any("postal address line" in line for line in draft.report.guessed)


@pytest.mark.parametrize(
    "block",
    [
        "Results\n12035 Rodez",  # a town line with no street or box line above it
        "1, place Adrien Rozier\n12035 Rodez\nul. Rynek 1\n21-230 Sosnówka",  # blocks of two countries
        "The 2019 edition\n10-120 Teilnehmer",  # a range before a noun
    ],
)
def test_a_lone_postal_line_or_blocks_of_two_countries_give_no_country(block):
    page = f"Sharing what towns already do\n\nThe towns of the area meet to share what they already do.\n\n{block}\n"
    assert str(_import_text(page).record["location"]["country"]).startswith("TODO")


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("By 2019 more than 66% of these URBACT cities have had their action plan approved.", 66),
        ("Bicycle use rose by 33 percent over the project, and in 2011 it kept growing.", 33),
        ("En 2020, 45 % des ménages trient leurs déchets alimentaires.", 45),
        ("Im Jahr 2018 nutzten 30 Prozent der Haushalte das Angebot.", 30),
        ("En 2021, el 60 % de los vecinos votó en el presupuesto.", 60),
        ("Nel 2019 il 25 per cento delle scuole ha aderito.", 25),
        ("W 2022 roku 70 procent mieszkańców segregowało odpady.", 70),
    ],
)
def test_a_share_a_dated_sentence_reports_is_evidence(said, value):
    page = f"Sorting food waste\n\nHouseholds sort food waste for the city's biogas plant.\n\n{said}\n"
    evidence = _import_text(page).record["evidence"]
    assert {"value": value, "unit": "%"}.items() <= next(e for e in evidence if e.get("value") == value).items()


@pytest.mark.parametrize(
    "said",
    [
        "In 2019 the ERDF paid 85% of the cost of the plant.",  # a share of money
        "En 2020, le cofinancement atteint 60 % du budget.",
        "About 45% of households sort their food waste.",  # no year
    ],
)
def test_a_share_of_money_or_without_a_year_is_no_evidence(said):
    page = f"Sorting food waste\n\nHouseholds sort food waste for the city's biogas plant.\n\n{said}\n"
    values = [e.get("value") for e in _import_text(page).record["evidence"]]
    assert not {85, 60, 45} & set(values)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The session drew a large audience. Read a full write-up of the session here.",
        "That is one part of our story. See what our project partners had to say:",
        "Die Stadt verleiht Lastenräder. Lesen Sie hier mehr über das Angebot.",
        "La ville prête des vélos. Découvrez ce que les habitants en disent :",
        "La ciudad presta bicicletas. Lea aquí el informe completo.",
        "Il comune presta bici. Leggi qui il resoconto completo.",
        "Miasto wypożycza rowery. Przeczytaj tutaj cały raport.",
    ],
)
def test_a_sentence_pointing_to_a_lost_link_at_a_paragraph_s_end_is_furniture(paragraph):
    page = f"Cargo bikes to borrow\n\nThe town lends cargo bikes to residents.\n\n{paragraph}\n\nMore text follows.\n"
    draft = _import_text(page)
    said = re.split(r"(?<=[.!?])\s+", paragraph, maxsplit=1)
    assert said[1] in draft.report.boilerplate
    assert said[0] in draft.record["description"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The town lends bikes here. The scheme keeps growing.",  # 'here' in the middle, no pointer at the end
        "Residents read the plan. Read more about the plan in the annual report.",  # no 'here': the report is named
    ],
)
def test_a_sentence_that_names_where_to_read_stays(paragraph):
    page = f"Cargo bikes to borrow\n\nThe town lends cargo bikes to residents.\n\n{paragraph}\n"
    assert paragraph in _import_text(page).record["description"]


@pytest.mark.parametrize(
    "heading",
    [
        "OPIS DOBREJ PRAKTYKI. 1. Dane dotyczące podmiotu realizującego praktykę",
        "Good practice description form",
        "Fiche de description de bonne pratique",
        "Steckbrief Gute Praxis",
        "Plantilla de buena práctica",
        "Scheda di descrizione della buona pratica",
    ],
)
def test_a_good_practice_form_s_heading_is_never_the_title(heading):
    page = f"{heading}\n\nFive municipalities promote their valley together and share the costs of their events.\n"
    draft = _import_text(page)
    assert draft.record["title"].startswith("TODO")
    assert heading in draft.yaml or heading in draft.report.boilerplate


@pytest.mark.parametrize("title", ["Good practice in food waste sorting", "Opis trasy rowerowej w dolinie"])
def test_a_title_that_only_starts_like_a_form_stays(title):
    # guards: 'good practice' not followed by the form's word, 'opis' not followed by 'dobrej praktyki'
    page = f"{title}\n\nFive municipalities promote their valley together and share the costs of their events.\n"
    assert _import_text(page).record["title"] == title


# --- country: names with accents or an elided article, and initials in brackets (i13q) ----------------------


@pytest.mark.parametrize(
    ("summary", "code"),
    [
        ("España vuelve a destacar en la innovación urbana: sus ayuntamientos forman parte de 18 redes.", "ES"),
        ("L’Italia resta il paese di punta del programma: 14 città entrano nella prima fase.", "IT"),
        ("Österreich fördert seit 2019 die Bürgerkraftwerke der Gemeinden.", "AT"),
        ("Les communes d'Espagne partagent leurs budgets participatifs.", "ES"),
        ("Česko podporuje sdílená kola ve městech.", "CZ"),
    ],
)
def test_a_country_named_with_accents_or_after_an_elided_article_is_found(summary, code):
    page = f"Shared bikes for towns\n\n{summary}\n"
    draft = _import_text(page)
    assert draft.record["location"]["country"] == code
    assert any("location/country" in line for line in draft.report.guessed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ground for Wellbeing tackles the problems of Tuindorp Oostzaan (TO), a garden-city neighbourhood.",
        "The Green Fund (GF) pays for roofs in the old harbour district.",
        "The programme works with the Ground for Wellbeing (GfW) partnership of residents.",
    ],
)
def test_initials_in_brackets_name_no_country(sentence):
    page = f"Soil and water design\n\n{sentence}\n"
    assert str(_import_text(page).record["location"]["country"]).startswith("TODO")


def test_a_country_code_in_brackets_after_a_place_still_names_it():
    # guard: the letters are not the place's initials
    page = "Soil and water design\n\nThe neighbourhood of Tuindorp Oostzaan (NL) redesigns a street for rain.\n"
    assert _import_text(page).record["location"]["country"] == "NL"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Bydgoszcz, the eighth largest city in Poland, took over the bee network of Ljubljana and adapted it.",
            "PL",
        ),
        ("Graz, la deuxième ville d'Autriche, a repris le modèle de Munich pour ses vélos de quartier.", "AT"),
        ("Bilbao, en el norte de España, adaptó la práctica de Lyon a sus mercados municipales.", "ES"),
        ("Modena, in Italia, ha ripreso il modello di Lyon per i suoi mercati comunali.", "IT"),
        ("Freiburg in Deutschland hat das Modell aus Wien für seine Quartiersräder übernommen.", "DE"),
    ],
)
def test_the_one_country_named_by_name_decides_between_cities(text, code):
    page = f"Bee-friendly city\n\nBees matter for biodiversity and for teaching.\n\n{text}\n"
    draft = _import_text(page)
    assert draft.record["location"]["country"] == code
    assert any("also names the country by name" in line for line in draft.report.guessed)


def test_cities_of_two_countries_without_a_named_one_give_none():
    # guard: no country named by name, so the cities alone cannot decide
    page = "Bee-friendly city\n\nBees matter for biodiversity.\n\nBydgoszcz took over the bee network of Ljubljana.\n"
    assert str(_import_text(page).record["location"]["country"]).startswith("TODO")


@pytest.mark.parametrize(
    "dateline",
    [
        "26 April 2018 00:00 - Freiburg, Germany",
        "3 mai 2019 – Lyon, France",
        "12.03.2019 10:30 - Berlin, Deutschland",
        "15/03/2020 - Madrid, España",
        "3 maja 2019 – Kraków, Polska",
        "Bonn, 3 May 2021",
    ],
)
def test_a_press_release_s_dateline_alone_is_furniture_and_names_no_country(dateline):
    page = (
        "Procurement project saves emissions\n\nPress release\n\n"
        f"{dateline}\n\nThe project helped regional networks buy clean buses and low-energy lighting.\n"
    )
    draft = _import_text(page)
    assert dateline in draft.report.boilerplate
    assert dateline not in draft.yaml
    assert str(draft.record["location"]["country"]).startswith("TODO")


def test_a_sentence_after_a_date_and_a_dash_stays():
    # guard: what follows the dash is a sentence, not a place
    page = "Bike lanes\n\n3 May 2019 - the city opened its first protected bike lane along the river.\n"
    assert "the city opened its first protected bike lane" in _import_text(page).yaml


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Laufzeit", "September 2016 bis Juni 2019"),
        ("Laufzeit", "von September 2016 bis Juni 2019"),
        ("Durée", "septembre 2016 à juin 2019"),
        ("Durée", "de septembre 2016 jusqu'à juin 2019"),
        ("Duración", "septiembre 2016 a junio 2019"),
        ("Durata", "settembre 2016 al giugno 2019"),
        ("Okres realizacji", "od 09/2016 do 06/2019"),
        ("Duration", "September 2016 until June 2019"),
    ],
)
def test_a_running_time_with_the_word_for_to_gives_start_and_end(label, value):
    page = f"Dialogue in the villages\n{label}\n{value}\nSummary\nThe eight villages plan their future together.\n"
    record = _import_text(page).record
    assert (record["start"], record["end"]) == ("2016-09", "2019-06")


def test_a_running_time_field_whose_second_part_is_no_date_gives_no_end():
    # guard: 'a' before words that are not a date ends no running time
    page = "Dialogue in the villages\nLaufzeit\nSeptember 2016 a pilot phase\nSummary\nThe villages plan together.\n"
    record = _import_text(page).record
    assert record["start"] == "2016-09"
    assert "end" not in record or str(record["end"]).startswith("TODO")


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "Beginning in 2015, the network has helped towns buy together. The network ended in March 2018.",
            "2015",
            "2018-03",
        ),
        (
            "Starting in May 2016, the towns bought clean buses together; the scheme was completed in 2019.",
            "2016-05",
            "2019",
        ),
        ("Le réseau, lancé en 2016, s'est terminé en juin 2019 après trois appels d'offres.", "2016", "2019-06"),
        ("Das Netzwerk wurde 2016 gegründet und endete im Juni 2019 nach drei Ausschreibungen.", "2016", "2019-06"),
        ("La red, puesta en marcha en 2016, terminó en junio de 2019 tras tres licitaciones.", "2016", "2019-06"),
        ("La rete, avviata nel 2016, si è conclusa nel giugno 2019 dopo tre gare.", "2016", "2019-06"),
        ("Sieć uruchomiona w 2016 zakończyła się w 2019 r. po trzech przetargach.", "2016", "2019"),
    ],
)
def test_a_sentence_saying_when_the_practice_ended_gives_the_end(sentence, start, end):
    page = f"Joint procurement network (Netzwerk)\n\n{sentence}\n"
    draft = _import_text(page)
    assert (draft.record["start"], draft.record.get("end")) == (start, end)
    assert any(line.startswith("end: ") for line in draft.report.guessed)


@pytest.mark.parametrize(
    "sentence",
    [
        # another subject's end, a plan, and an end before the start
        "Beginning in 2015, the network helped towns. It follows GPP2020, which ICLEI ran and which ended in 2016.",
        "Beginning in 2015, the network has helped towns buy together; it will end in 2027.",
        "Beginning in 2015, the network has helped towns buy together. An older scheme ended in 2012.",
    ],
)
def test_an_end_that_is_not_the_practice_s_gives_none(sentence):
    page = f"Joint procurement network\n\n{sentence}\n"
    assert "end" not in _import_text(page).record


@pytest.mark.parametrize(
    "history",
    [
        "February 7, 2022 Pan Khantidhara, Participedia Team",
        "July 31, 2021 Jaskiran Gakhal, Participedia Team",
        "Sept. 3, 2020 Ana Ruiz, Editorial Board",
    ],
)
def test_an_edit_history_line_with_the_editor_s_team_is_furniture(history):
    page = (
        "CASE\n\nDecidim: Participatory Budgeting in Barcelona\n\nMay 11, 2022 cdparra\n"
        f"{history}\nMay 6, 2021 tw2e19\n\n"
        "Problems and Purpose\n\nResidents decide how a share of the city's budget is spent, online and in meetings.\n"
    )
    draft = _import_text(page)
    assert history in draft.report.boilerplate
    assert history not in draft.yaml


def test_a_dated_sentence_with_a_comma_is_no_edit_history():
    # guard: more than a name before the comma
    line = "May 11, 2022 the council voted the budget, Barcelona Team said"
    page = f"Decidim budgeting\n\nResidents decide how a share of the budget is spent.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    ("section", "kind", "heading"),
    [
        ("Publications & tools", "Press release", "Procurement project saves emissions equal to a million car trips"),
        ("Presse et médias", "Communiqué de presse", "Les achats groupés des régions réduisent leurs émissions"),
        ("Presse & Medien", "Pressemitteilung", "Gemeinsame Beschaffung der Regionen senkt die Emissionen"),
        ("Sala de prensa", "Nota de prensa", "La compra conjunta de las regiones reduce sus emisiones"),
        ("Area stampa", "Comunicato stampa", "Gli acquisti congiunti delle regioni riducono le emissioni"),
        ("Dla mediów", "Informacja prasowa", "Wspólne zakupy regionów zmniejszają emisje"),
    ],
)
def test_a_site_section_over_a_content_type_line_is_never_the_title(section, kind, heading):
    page = f"{section}\n\n{kind}\n\n{heading}\n\nThe regional networks bought clean buses together.\n"
    draft = _import_text(page)
    assert draft.record["title"] == heading
    assert section in draft.report.boilerplate and kind in draft.report.boilerplate


def test_a_content_type_word_further_down_stays():
    # guard: 'News' as the fourth line is no type line of the page's head
    page = "Cargo bikes\n\nThe town lends cargo bikes.\n\nResidents ride daily.\n\nNews\n\nMore bikes in May.\n"
    assert "News" not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        # steppers
        "Step 1 of 4",
        "Étape 2 sur 5",
        "Schritt 1 von 4",
        "Paso 3 de 4",
        "Krok 1 z 4",
        # newsletter boxes
        "Newsletter subscription",
        "Stay in touch!",
        "Abonnement à la newsletter",
        "Restez informés !",
        "Newsletter abonnieren",
        "Bleiben Sie in Kontakt!",
        "Suscripción al boletín",
        "Iscrizione alla newsletter",
        "Bądź na bieżąco",
        # a publication date's label alone
        "Publication date",
        "Date de publication",
        "Fecha de publicación",
        # own-work credits
        "Elaboración propia",
        "Source: own elaboration",
        "Eigene Darstellung",
        "Elaborazione propria",
        "Opracowanie własne",
        # visitor counters
        "gości odwiedziło nas",
        "1.665.249 / gości odwiedziło nas",
        "12 345 visitors",
        # funders' lines
        "Wsparcie udzielone przez Norwegię, Islandię",
        "Supported by Iceland, Liechtenstein and Norway",
        "Gefördert durch Norwegen, Island und Liechtenstein",
        "Cofinanciado por Noruega, Islandia y Liechtenstein",
        # tab bars in arrows
        ".:   Skrót i Metryka -> Pełna prezentacja -> Załączniki   :.",
        "Overview -> Full presentation -> Attachments",
        # pointers to links lost by clicking
        "Discover the 22 projects by clicking on the titles below.",
        "Découvrez les 22 projets en cliquant sur les titres ci-dessous.",
        "Entdecken Sie die 22 Projekte durch Klicken auf die Titel unten.",
        "Descubra los 22 proyectos haciendo clic en los títulos.",
        "Scopri i 22 progetti cliccando sui titoli qui sotto.",
        "Poznaj 22 projekty, klikając w tytuły poniżej.",
        # straplines inviting to read the latest items
        "Read our latest news, opinion, press releases, publications and events.",
        "Lisez nos dernières actualités et publications.",
        "Lea nuestras últimas noticias y publicaciones.",
    ],
)
def test_site_furniture_in_the_site_languages_leaves_the_draft(line):
    page = f"Cargo bikes to borrow\n\nThe town lends cargo bikes.\n\n{line}\n\nResidents ride them daily.\n"
    draft = _import_text(page)
    assert line in draft.report.boilerplate
    assert line not in draft.yaml


@pytest.mark.parametrize(
    "line",
    [
        "The scheme was funded by the city council and by local shops for three years.",
        "Residents who click on the map find the nearest bike.",
        "Step by step, the town added 12 bikes.",
        "The newsletter of the town tells residents where the bikes stand each week.",
        "The 400 visitors of the fair tried the bikes.",
        "Gefördert durch die Europäische Union",  # one funder: maybe the practice's own money
    ],
)
def test_sentences_that_only_mention_furniture_words_stay(line):
    page = f"Cargo bikes to borrow\n\nThe town lends cargo bikes to residents.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


# --- country: a town the text names as one, from the GeoNames gazetteer (i13q) --------------------------------


@pytest.mark.parametrize(
    ("sentence", "code", "town"),
    [
        ("Obszar tworzy pięć gmin: Gmina Czernichów, Gmina Liszki oraz Gmina Skawina.", "PL", "Skawina"),
        ("The Saulkrasti Municipality rebuilt its beach paths with the residents.", "LV", "Saulkrasti"),
        ("Il Comune di Formigine ha avviato un percorso partecipativo con gli anziani.", "IT", "Formigine"),
        ("Die Stadt Landau in der Pfalz lädt ihre acht Dörfer zum Dialog ein.", "DE", "Landau in der Pfalz"),
        ("El Ayuntamiento de Getafe abre sus presupuestos a los vecinos.", "ES", "Getafe"),
        ("La Ville de Rosny-sous-Bois rénove ses écoles avec les parents.", "FR", "Rosny-sous-Bois"),
        ("De Gemeente Zaanstad plant bomen in elke straat.", "NL", "Zaanstad"),
    ],
)
def test_a_town_named_as_a_town_gives_its_country_from_the_gazetteer(sentence, code, town):
    _country_from_the_gazetteer(sentence, code, town)


def _country_from_the_gazetteer(sentence: str, code: str, town: str) -> None:
    """The sentence under a heading gives the town's country, and the report says it is the gazetteer's guess."""
    page = f"Residents plan together\n\n{sentence}\n"
    draft = _import_text(page)
    assert draft.record["location"]["country"] == code
    assert any("GeoNames" in line and repr(town) in line for line in draft.report.guessed)


@pytest.mark.parametrize(
    "sentence",
    [
        # towns of two countries, a town word before a word that is no town, a town named without a town word
        "The Gemeente Zaanstad and the Comune di Formigine swap their plans.",
        "The City of Culture programme funds street festivals.",
        "Residents of Skawina plan together with their neighbours.",
    ],
)
def test_no_country_from_towns_of_two_countries_or_without_a_town_word(sentence):
    page = f"Residents plan together\n\n{sentence}\n"
    assert str(_import_text(page).record["location"]["country"]).startswith("TODO")


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Deutsches Institut für Urbanistik", "DE"),
        ("Österreichisches Institut für Raumplanung", "AT"),
        ("Instituto Español de Urbanismo", "ES"),
        ("Istituto Italiano di Urbanistica", "IT"),
        ("Polskie Towarzystwo Urbanistów", "PL"),
        ("Agence Française de Développement", "FR"),
    ],
)
def test_a_body_named_with_a_country_s_adjective_gives_the_country(body, code):
    page = f"Climate action in towns\nProjektnehmer\n{body}\nSummary\nTowns share what works for the climate.\n"
    draft = _import_text(page)
    assert draft.record["location"]["country"] == code


def test_an_adjective_written_small_in_a_sentence_gives_no_country():
    # guard: only capitalised forms count
    page = "Climate action in towns\n\nThe towns read the française and deutsche guides on cycling.\n"
    assert str(_import_text(page).record["location"]["country"]).startswith("TODO")


@pytest.mark.parametrize(
    "fragment",
    [
        "about their experiences with",
        "retours d'expérience des villes avec",
        "über die Erfahrungen der Städte mit",
        "experiencias de las ciudades con",
        "esperienze delle città per",
        "doświadczenia miast dla",
    ],
)
def test_a_line_cut_at_a_lost_link_is_never_the_title(fragment):
    page = f"{fragment}\n\nCoastal towns rebuild their dunes together with their residents.\n"
    assert _import_text(page).record["title"] != fragment


def test_a_caption_the_page_repeats_is_never_the_title():
    caption = "Cities and towns talk"
    slider = "\n\n".join([caption, "Cities and towns\n\nInterreg Baltic Sea Region"] * 1)
    page = f"{caption}\n\n{slider}\n\n{caption}\n\nCoastal towns rebuild their dunes together with their residents.\n"
    assert _import_text(page).record["title"] != caption


def test_a_title_ending_with_a_name_stays():
    # guard: the last word is a name, not a word that needs one after it
    page = "Dialogue with Landau\n\nThe town's eight villages plan their future together.\n"
    assert _import_text(page).record["title"] == "Dialogue with Landau"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Le département de l’Isère loue les salles de ses collèges aux associations.", "FR"),
        ("En Gironde, les collèges ouvrent leurs salles le soir.", "FR"),
        ("Dans le Finistère, les communes partagent leurs salles.", "FR"),
        ("Le conseil départemental de Seine-Saint-Denis ouvre ses gymnases.", "FR"),
    ],
)
def test_a_french_departement_gives_france(sentence, code):
    page = f"Salles sur demande\n\n{sentence}\n"
    assert _import_text(page).record["location"]["country"] == code


def test_a_departement_named_after_a_river_across_a_border_gives_none():
    # guard: the Moselle runs through France, Luxembourg and Germany
    page = "Salles sur demande\n\nLes communes de la Moselle partagent leurs salles.\n"
    assert str(_import_text(page).record["location"]["country"]).startswith("TODO")


@pytest.mark.parametrize("heading", ["Selected projects call 2", "Approved projects", "Funded projects of call 3"])
def test_a_call_s_results_heading_is_a_listing_s_never_the_title(heading):
    page = (
        f"{heading}\n\n22 projects were selected under the call.\n\n"
        "Ground for Wellbeing\n\nThe neighbourhood redesigns a street and a square for rain and heat.\n"
    )
    draft = _import_text(page)
    assert heading in draft.report.boilerplate
    assert draft.record["title"] == "Ground for Wellbeing"  # the listing's entry, as a reader sees


def test_a_sentence_about_selected_projects_stays():
    # guard: a sentence, not a heading
    line = "Selected projects get their own web page on how they are implemented."
    page = f"Ground for Wellbeing\n\nThe neighbourhood redesigns a street.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


# --- i13r: the misses of i13h14 and i13h14b's pages (heldout14/, now tuned), as rules for any page of their kind ---


@pytest.mark.parametrize(
    ("sentence", "code", "town"),
    [
        # the town word in small letters, as prose writes it
        ("Op het platform kunnen inwoners van de gemeente Ede hun initiatief laten financieren.", "NL", "Ede"),
        ("Le projet de la ville de Lannion associe les écoles du quartier.", "FR", "Lannion"),
        ("El proyecto del ayuntamiento de Getafe abre sus cuentas a los vecinos.", "ES", "Getafe"),
        ("Il progetto del comune di Formigine coinvolge gli anziani.", "IT", "Formigine"),
        ("Projekt realizuje gmina Skawina razem z mieszkańcami.", "PL", "Skawina"),
        # a German district or capital
        ("Im Landkreis Wunsiedel im Fichtelgebirge wird viel Fläche verbraucht.", "DE", "Wunsiedel"),
        ("Die Hansestadt Stralsund erprobt den Ansatz in zwei Stadtteilen.", "DE", "Stralsund"),
        # the Nordic word after the name, with a genitive, and two towns joined before one plural word
        ("Projektet för Kyrkslätts och Vichtis kommuners gemensamma klimatkoordinator avslutas.", "FI", "Kyrkslätt"),
        ("Drammen kommune har laget en plan for sykkelveier.", "NO", "Drammen"),
        ("Göteborgs stad bygger nya cykelbanor i centrum.", "SE", "Göteborg"),
        ("Espoon kaupunki aloitti hankkeen vuonna 2019.", "FI", "Espoo"),
    ],
)
def test_a_town_named_with_a_small_district_or_nordic_town_word_gives_its_country(sentence, code, town):
    _country_from_the_gazetteer(sentence, code, town)


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: towns of two countries joined before one Nordic word; a small town word before a small word;
        # an English sentence with a capitalised word before 'by' gives nothing
        "Projektet för Kyrkslätts och Göteborgs kommuners gemensamma klimatkoordinator avslutas.",
        "Het plan van de gemeente en de provincie gaat over bomen.",
        "Written by the residents of the quarter.",
    ],
)
def test_no_country_from_nordic_towns_of_two_countries_or_a_town_word_without_a_name(sentence):
    page = f"Residents plan together\n\n{sentence}\n"
    assert str(_import_text(page).record["location"]["country"]).startswith("TODO")


@pytest.mark.parametrize(
    "line",
    [
        # a link's label alone or run twice
        "Learn More",
        "Read moreRead more",
        "En savoir plus ›",
        "Mehr erfahren",
        "Leer más",
        "Scopri di più",
        "Dowiedz się więcej",
        # a dark-mode switch
        "By switching to dark mode you can reduce the energy consumption of our digital service.",
        "Passer en mode sombre",
        "Dunkelmodus aktivieren",
        "Activar modo oscuro",
        "Attiva la modalità scura",
        "Włącz tryb ciemny",
        # icon texts with counters
        "twitter 1",
        "rss feeds 2",
        # a call's closed banner
        "This call is now closed",
        "Cet appel est clôturé",
        "Der Aufruf ist geschlossen",
        "La convocatoria está cerrada",
        "Il bando è chiuso",
        "Nabór jest zamknięty",
        # a featured picture's alt text
        "Beitragsbild zu Steckbrief: Verwaltung für Morgen",
        "Featured image for Repair cafés in every district",
        "Image à la une",
        "Imagen destacada",
        "Immagine in evidenza",
        "Obrazek wyróżniający",
        # a publication stamp
        "28.12.2020 11:00",
        "03/05/2021 à 14h30",
        "12.04.2022 um 9:15 Uhr",
        "4 May 2021, 10:30",
    ],
)
def test_link_labels_dark_mode_icon_counters_closed_calls_featured_pictures_and_stamps_are_furniture(line):
    page = (
        f"Repair cafés in every district\n\n{line}\n\n"
        "The city opened repair cafés in every district in 2019, run by volunteers with the libraries.\n"
    )
    draft = _import_text(page)
    assert line in draft.report.boilerplate
    assert line not in "\n".join(_strings(draft.record))


@pytest.mark.parametrize(
    "line",
    [
        # guards: a sentence about calls or about reading, a date with a sentence, an energy sentence
        "The call for volunteers closed in March 2020 with 300 answers.",
        "Residents learn more about repairs at each session.",
        "On 28.12.2020 the council extended the project by two years.",
    ],
)
def test_sentences_near_those_furniture_lines_stay(line):
    page = f"Repair cafés in every district\n\nThe city opened repair cafés in 2019.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "Von Juni 2023 bis Dezember 2025 ist das Gesundheitsreferat der Landeshauptstadt München Partner im "
            "URBACT-Städtenetzwerk.",
            "2023-06",
            "2025-12",
        ),
        ("From March 2019 to May 2022 Lisbon was a partner in the URBACT network.", "2019-03", "2022-05"),
        ("De juin 2023 à décembre 2025, la ville est partenaire du réseau URBACT.", "2023-06", "2025-12"),
        ("Desde junio de 2023 hasta diciembre de 2025 el ayuntamiento es socio de la red.", "2023-06", "2025-12"),
        ("Da giugno 2023 a dicembre 2025 il comune è partner della rete URBACT.", "2023-06", "2025-12"),
        ("Od czerwca 2023 do grudnia 2025 miasto jest partnerem sieci URBACT.", "2023-06", "2025-12"),
        # the years alone, with a work verb, as before
        ("Between 2016 and 2019 the city ran repair cafés in every district.", "2016", "2019"),
    ],
)
def test_a_sentence_opening_with_months_and_years_of_a_partnership_gives_start_and_end(sentence, start, end):
    page = f"One Health in the city\n\n{sentence}\n"
    record = _import_text(page).record
    assert (record.get("start"), record.get("end")) == (start, end)


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: a change between two dates, a partnership that has not ended by today, dates running backwards
        "Von Juni 2010 bis Dezember 2020 sank der Verbrauch der Stadt um ein Drittel.",
        "From June 2026 to December 2028 the city is a partner in the URBACT network.",
        "From May 2022 to March 2019 Lisbon was a partner in the URBACT network.",
    ],
)
def test_no_running_time_from_a_change_a_future_partnership_or_dates_backwards(sentence):
    page = f"One Health in the city\n\n{sentence}\n"
    record = _import_text(page).record
    assert "end" not in record or str(record["end"]).startswith("TODO")


@pytest.mark.parametrize(
    "line",
    [
        # a pull quote's attribution
        "— Petr Hlubuček, Vice Mayor of Prague for the environment",
        "– Anne Hidalgo, maire de Paris",
        "— Katarzyna Nowak, zastępczyni prezydenta Gdańska",
        # a caption with its credit after it
        "Renovation of Sankt Ann Plads. Credit: Birgit Georgi (EEA).",
        "Le parc rénové. Photo : Ville de Lyon",
        "Der neue Platz. Foto: Stadt Halle",
        "La plaza renovada. Fuente: Ayuntamiento de Getafe",
        # a post's categories after their label
        "Kategori: Boende och miljö Klimatarbete och hållbar utveckling",
        "Category: Mobility, Energy",
        "Catégories : Climat, Énergie",
        "Kategorie: Umwelt und Klima",
        "Categoría: Movilidad",
        "Categoria: Ambiente",
        "Kategoria: Klimat",
    ],
)
def test_quote_attributions_captions_with_credits_and_category_lines_are_furniture(line):
    page = (
        f"Repair cafés in every district\n\nThe city opened repair cafés in every district in 2019.\n\n{line}\n\n"
        "Volunteers run them with the libraries.\n"
    )
    draft = _import_text(page)
    assert line in draft.report.boilerplate
    assert line not in draft.yaml  # out of the draft, not only listed
    assert "Volunteers run them with the libraries." in draft.yaml  # and the text after it stays


@pytest.mark.parametrize(
    "line",
    [
        # guards: a sentence with a dash inside, a sentence naming a photo, a sentence on categories
        "The cafés – run by volunteers, with tools from the library – open twice a month.",
        "The exhibition showed each repair. Photos of them were printed for the library.",
        "Three categories of waste were counted: textiles, electronics and furniture.",
    ],
)
def test_sentences_with_dashes_photos_or_categories_stay(line):
    page = f"Repair cafés in every district\n\nThe city opened repair cafés in 2019.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Steckbrief: Verwaltung für Morgen", "Verwaltung für Morgen"),
        ("Case study: Repair cafés in every district", "Repair cafés in every district"),
        ("Fiche pratique : Des salles sur demande", "Des salles sur demande"),
        ("Buena práctica: Presupuestos participativos", "Presupuestos participativos"),
        ("Scheda progetto: Città della longevità", "Città della longevità"),
        ("Dobra praktyka: Mieszkania dla absolwentów", "Mieszkania dla absolwentów"),
    ],
)
def test_the_page_s_type_before_the_name_is_not_part_of_the_title(heading, name):
    page = f"{heading}\n\nThe city opened the service in 2019 with the residents of each district.\n"
    draft = _import_text(page)
    assert draft.record["title"] == name
    assert any(heading in line for line in draft.report.guessed)


def test_a_title_given_with_its_type_is_the_contributor_s_and_stays():
    # guard: --title is never rewritten
    page = "Case study: Repair cafés\n\nThe city opened the service in 2019 with the residents.\n"
    assert (
        importer.draft(page, title="Case study: Repair cafés", today=TODAY).record["title"]
        == "Case study: Repair cafés"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Les lauréats 2015",
        "Winners 2019",
        "Die Preisträger 2018",
        "Los ganadores 2017",
        "I vincitori 2016",
        "Laureaci 2020",
    ],
)
def test_an_award_s_winners_heading_heads_a_listing_and_is_never_the_title(heading):
    page = (
        f"{heading}\n\nRepair cafés in every district\n\n"
        "The city opened repair cafés in every district, run by volunteers with the libraries.\n"
    )
    draft = _import_text(page)
    assert heading in draft.report.boilerplate
    assert draft.record["title"] == "Repair cafés in every district"  # the entry under the heading, as a reader sees


def test_a_sentence_about_the_winners_stays():
    # guard: a sentence, not a heading
    line = "The winners of 2015 opened their repair cafés to the neighbouring towns."
    page = f"Repair cafés in every district\n\nThe city opened repair cafés.\n\n{line}\n"
    assert line not in _import_text(page).report.boilerplate


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "So far this work has brought more than 600 newly planted trees, 11,000 repaired defects in the city's "
            "infrastructure, 20,000m2 of sown meadows and 30ha of cleaned public space, from which 15 containers of "
            "rubbish were collected.",
            [600, 11000, 20000, 30, 15],
        ),
        ("Jusqu'ici, le projet a permis 600 arbres plantés, 1 200 réparations et 30 ha de prairies.", [600, 1200, 30]),
        ("Bisher brachte die Arbeit 600 neue Bäume, 11.000 Reparaturen und 30 ha Wiesen.", [600, 11000, 30]),
        ("Finora il lavoro ha portato 600 alberi piantati, 11.000 riparazioni e 30 ha di prati.", [600, 11000, 30]),
        (
            "Hasta ahora el trabajo ha producido 600 árboles plantados, 11.000 reparaciones y 30 ha de prados.",
            [600, 11000, 30],
        ),
        ("Dotychczas praca przyniosła 600 nowych drzew, 11 000 napraw oraz 30 ha łąk.", [600, 11000, 30]),
    ],
)
def test_a_summing_up_verb_s_list_of_figures_gives_each_as_evidence(sentence, values):
    page = f"Trees for the city\n\nThe city won the award in 2020. {sentence}\n"
    evidence = _import_text(page).record["evidence"]
    assert [item["value"] for item in evidence] == values
    assert all(item["year"] == 2020 for item in evidence)


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: no year in the paragraph; a list of partners and money, which are never results
        "So far this work has brought more than 600 newly planted trees and 11,000 repaired defects.",
        "In 2020 the project brought 12 partners and EUR 2 million to the region.",
    ],
)
def test_no_listed_evidence_without_a_year_or_from_partners_and_money(sentence):
    page = f"Trees for the city\n\n{sentence}\n"
    values = [item.get("value") for item in _import_text(page).record["evidence"]]
    assert not [v for v in values if isinstance(v, (int, float))]


@pytest.mark.parametrize(
    ("sentence", "indicator", "value"),
    [
        ("The number of registered initiatives (449 in 2020) shows the approach works.", "registered initiatives", 449),
        ("Le nombre de projets déposés (120 en 2019) montre que la démarche fonctionne.", "projets déposés", 120),
        ("Die Zahl der Anmeldungen (449 im Jahr 2020) zeigt, dass der Ansatz wirkt.", "Anmeldungen", 449),
        ("El número de iniciativas (449 en 2020) muestra que el enfoque funciona.", "iniciativas", 449),
        ("Il numero di iniziative (449 nel 2020) mostra che l'approccio funziona.", "iniziative", 449),
        ("Liczba wniosków (449 w 2020 r.) pokazuje, że podejście działa.", "wniosków", 449),
        (
            "Het aantal aangemelde initiatieven (449 in 2020) laat zien dat de aanpak werkt.",
            "aangemelde initiatieven",
            449,
        ),
    ],
)
def test_a_count_with_its_year_in_brackets_is_evidence(sentence, indicator, value):
    page = f"Residents' initiatives\n\n{sentence}\n"
    evidence = _import_text(page).record["evidence"]
    assert [(item["indicator"], item["value"], item["year"]) for item in evidence] == [
        (indicator, value, 2019 if "2019" in sentence else 2020)
    ]


def test_a_year_alone_in_brackets_is_no_count():
    # guard: '(in 2020)' and a future year give no result
    page = "Residents' initiatives\n\nThe initiatives (in 2020) grew. The number of cheques (500 in 2040) is a plan.\n"
    values = [item.get("value") for item in _import_text(page).record["evidence"]]
    assert not [v for v in values if isinstance(v, (int, float))]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("In 2018, the Green Energy Cooperative (ZEZ) started the first crowd-investing campaign.", "2018"),
        ("En 2018, la coopérative énergétique (ZEZ) a lancé la première campagne.", "2018"),
        ("Im Jahr 2018 gründete die Energiegenossenschaft (ZEZ) die erste Kampagne.", "2018"),
        ("En 2018 la cooperativa energética (ZEZ) puso en marcha la primera campaña.", "2018"),
        ("Nel 2018 la cooperativa energetica (ZEZ) ha avviato la prima campagna.", "2018"),
        ("W 2018 r. spółdzielnia energetyczna (ZEZ) uruchomiła pierwszą kampanię.", "2018"),
    ],
)
def test_a_year_first_start_sentence_whose_subject_has_a_short_name_in_brackets_gives_the_start(sentence, start):
    page = f"Green Energy Cooperative\n\n{sentence}\n"
    assert _import_text(page).record.get("start") == start


def test_a_bracketed_year_first_sentence_with_a_plan_gives_no_start():
    # guard: a plan is no start
    page = "Green Energy Cooperative\n\nIn 2030, the cooperative (ZEZ) will have started its tenth campaign.\n"
    assert str(_import_text(page).record.get("start", "TODO")).startswith("TODO")
