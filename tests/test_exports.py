"""Open data and page metadata: practices.json, practices.csv, catalogue data, Atom feeds, JSON-LD, sitemap."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import hostile
import jsonschema
import pytest
import yaml

import samples
from conftest import ROOT, build_site, project_settings
from generator import catalogue, exports, site, validate
from generator.records import leaves

ATOM = "{http://www.w3.org/2005/Atom}"
REGGIO = "reggio-emilia-south-africa"
SITE_URL = "https://example.org/gp/"
HOSTILE_TITLE = 'Bad </script><script>alert("ld")</script> & <b>bold</b> "quoted"'


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list:
    """30 synthetic records, the real one and one that fills every field of the schema, loaded and validated."""
    folder = samples.write(tmp_path_factory.mktemp("records"), 30)
    shutil.copy(ROOT / "practices" / f"{REGGIO}.yml", folder)
    hostile.write(folder, *hostile.rich_record())
    return validate.collect([folder], folder.parent)


@pytest.fixture(scope="module")
def options() -> site.Options:
    return site.Options(site_url=SITE_URL)


@pytest.fixture(scope="module")
def generated(records, options) -> dict:
    return site.files(records, options)


def _at(value, path):
    for step in path:
        value = value[step]
    return value


def test_practices_json_round_trips_every_record_exactly(records, generated):
    published = json.loads(generated["data/practices.json"])["practices"]
    assert sorted(published) == sorted(r.id for r in records)
    for record in records:
        loaded = dict(published[record.id])
        assert loaded.pop("id") == record.id
        assert loaded == record.data, record.id
        assert list(loaded) == list(record.data), "fields keep the record's order"


def test_practices_json_is_written_as_json_dumps_writes_the_whole(records, generated):
    """The collection is joined from each record's own JSON; byte for byte what dumping it whole gives.

    The records hold the hostile and the every-field ones: quotes, line breaks, markup, non-Latin text.
    """
    for chosen in (records, records[:1], []):
        ordered = sorted(chosen, key=lambda r: r.id)
        whole = {
            "schema": "../schema/practice.schema.json",
            "practices": {r.id: exports.full_record(r) for r in ordered},
        }
        expected = json.dumps(whole, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
        assert exports.practices_json(chosen) == expected
    assert generated["data/practices.json"] == exports.practices_json(records)


def test_practices_json_holds_every_field_with_its_type(records, generated):
    published = json.loads(generated["data/practices.json"])["practices"]
    for record in records:
        for path, value in leaves(record.data):
            shown = _at(published[record.id], path)
            assert shown == value and type(shown) is type(value), f"{record.id}: {'/'.join(map(str, path))}"


def test_each_published_record_is_valid_against_the_published_schema(generated):
    schema = json.loads(generated["schema/practice.schema.json"])
    for path, text in generated.items():
        if path.startswith("data/practices/"):
            record = json.loads(text)
            record.pop("id")
            jsonschema.Draft202012Validator(schema).validate(record)


def test_one_json_file_per_practice_equals_its_entry_in_the_collection(records, generated):
    collection = json.loads(generated["data/practices.json"])["practices"]
    singles = {p: t for p, t in generated.items() if p.startswith("data/practices/")}
    assert len(singles) == len(records)
    for record in records:
        assert json.loads(singles[f"data/practices/{record.id}.json"]) == collection[record.id]


def test_csv_opens_with_the_csv_module_one_row_per_practice(records, generated):
    rows = list(csv.DictReader(io.StringIO(generated["data/practices.csv"], newline="")))
    assert [row["id"] for row in rows] == sorted(r.id for r in records)
    assert list(rows[0]) == exports.CSV_COLUMNS


def test_csv_row_of_the_real_record(generated):
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(generated["data/practices.csv"], newline=""))}
    row = rows[REGGIO]
    assert {
        key: row[key]
        for key in (
            "city",
            "country",
            "country_name",
            "start",
            "end",
            "status",
            "topics",
            "budget",
            "budget_total",
            "budget_per_year",
            "latitude",
            "page",
        )
    } == {
        "city": "Reggio Emilia",
        "country": "IT",
        "country_name": "Italy",
        "start": "2015-01",
        "end": "not reported",
        "status": "not reported",
        "topics": "internationalisation; sme-competitiveness; agri-food",
        "budget": "€95,800 + €10,000 per year",
        "budget_total": "95800 EUR",
        "budget_per_year": "10000 EUR",
        "latitude": "44.7",
        "page": f"{SITE_URL}practices/{REGGIO}/",
    }


def _records_from(tmp_path: Path, changes: dict) -> list:
    record_id, data = samples.record(1)  # Valencia: a negative longitude
    data.update(changes)
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / f"{record_id}.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return validate.collect([folder], tmp_path)


def test_csv_keeps_a_spreadsheet_from_running_a_formula_from_a_record(tmp_path, options):
    records = _records_from(tmp_path, {"title": '=HYPERLINK("https://evil.example","click")', "summary": "+1 more"})
    row = next(csv.DictReader(io.StringIO(exports.practices_csv(records, options), newline="")))
    assert row["title"] == '\'=HYPERLINK("https://evil.example","click")'
    assert row["summary"] == "'+1 more"
    assert row["longitude"].startswith("-"), "numbers keep their sign"


def _feed(text: str) -> ET.Element:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{ATOM}feed"
    for child in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{child}") is not None, child
    return root


def _entries(root: ET.Element) -> list[dict]:
    return [
        {
            "id": e.findtext(f"{ATOM}id"),
            "title": e.findtext(f"{ATOM}title"),
            "updated": e.findtext(f"{ATOM}updated"),
            "link": e.find(f"{ATOM}link").get("href"),
            "author": e.findtext(f"{ATOM}author/{ATOM}name"),
            "topics": [c.get("term") for c in e.findall(f"{ATOM}category")],
        }
        for e in root.findall(f"{ATOM}entry")
    ]


def _updated(record) -> str:
    return max(record.data.get("added", record.data["last_reviewed"]), record.data["last_reviewed"])


def test_main_feed_parses_as_atom_and_lists_the_newest_practices_first(records, generated):
    root = _feed(generated["feeds/practices.xml"])
    entries = _entries(root)
    newest = sorted(records, key=lambda r: (_updated(r), r.id), reverse=True)
    assert [e["id"] for e in entries] == [f"{SITE_URL}practices/{r.id}/" for r in newest]
    assert all(e["link"] == e["id"] and e["title"] and e["author"] for e in entries)
    assert root.findtext(f"{ATOM}updated") == f"{_updated(newest[0])}T00:00:00Z"
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == f"{SITE_URL}feeds/practices.xml"


def test_one_feed_per_topic_with_exactly_that_topics_practices(records, options, generated):
    for topic in options.topics:
        entries = _entries(_feed(generated[f"feeds/topics/{topic}.xml"]))
        expected = {f"{SITE_URL}practices/{r.id}/" for r in records if topic in r.data["topics"]}
        assert {e["id"] for e in entries} == expected, topic
        assert all(topic in e["topics"] for e in entries)


def test_feeds_are_the_same_on_every_build(records, options, generated):
    again = exports.files(list(reversed(records)), options)
    assert all(again[path] == generated[path] for path in again)


def test_a_feed_holds_at_most_the_newest_fifty(tmp_path, options):
    folder = samples.write(tmp_path / "many", 60)
    entries = _entries(_feed(exports.feed(validate.collect([folder], tmp_path), options, None)))
    assert len(entries) == exports.FEED_SIZE


def test_catalogue_entry_of_the_real_record(records, options):
    record = next(r for r in records if r.id == REGGIO)
    assert catalogue.entry(record, options) == {
        "id": REGGIO,
        "title": "Reggio Emilia – South Africa: from solidarity to economic development",
        "place": "Reggio Emilia, Emilia-Romagna, Italy",
        "country": "IT",
        "topics": ["internationalisation", "sme-competitiveness", "agri-food"],
        "start": 2015,
        "end": None,
        "period": "January 2015 – end not reported",
        "budget": {"EUR": [95800, 10000]},
        "budget_text": "€95,800 + €10,000 per year",
        "eur": 105800.0,
        "lang": "en",
        "langs": ["en"],
        "words": catalogue.search_words(record.data),
    }
    assert "gauteng" in catalogue.search_words(record.data).split()
    assert "reggio" not in catalogue.search_words(record.data).split(), "title words are searched anyway"


def test_a_translated_practice_is_found_under_each_of_its_languages(tmp_path, options):
    translation = {"it": {"title": "Titolo", "summary": "Riassunto."}, "de": {"title": "Titel", "summary": "Kurz."}}
    records = _records_from(tmp_path, {"translations": translation})
    assert catalogue.entry(records[0], options)["langs"] == ["en", "de", "it"]
    assert [name for _, name, _ in catalogue.facets(records, options)["languages"]] == ["English", "German", "Italian"]


def test_catalogue_data_stays_small_per_practice(records, generated):
    data = json.loads(generated["data/catalogue.json"])
    assert len(data["practices"]) == len(records)
    per_practice = len(generated["data/catalogue.json"].encode()) / len(records)
    assert per_practice < 800, f"{per_practice:.0f} bytes per practice"


def test_catalogue_page_lists_every_practice_without_javascript(records, generated):
    page = generated["practices/index.md"]
    assert len(re.findall(r'<li class="gp-card" data-id="', page)) == len(records)
    for path in (
        "../data/practices.json",
        "../data/practices.csv",
        "../schema/practice.schema.json",
        "../feeds/practices.xml",
        "../compare.md",
    ):
        assert f"]({path})" in page


# --- JSON-LD and Open Graph in the built pages -------------------------------------------------

TYPES = {
    # type: (required properties, {property: expected type of its value})
    "Article": (
        {
            "headline",
            "name",
            "description",
            "inLanguage",
            "license",
            "dateModified",
            "spatialCoverage",
            "sourceOrganization",
        },
        {
            "headline": "Text",
            "name": "Text",
            "description": "Text",
            "inLanguage": "Text",
            "license": "URL",
            "dateCreated": "Date",
            "dateModified": "Date",
            "keywords": ["Text"],
            "temporalCoverage": "Text",
            "spatialCoverage": "Place",
            "sourceOrganization": "Organization",
            "contributor": ["Organization"],
            "isBasedOn": ["URL"],
            "url": "URL",
        },
    ),
    "Place": ({"name", "address"}, {"name": "Text", "address": "PostalAddress", "geo": "GeoCoordinates"}),
    "PostalAddress": (
        {"addressCountry"},
        {"addressCountry": "Text", "addressLocality": "Text", "addressRegion": "Text"},
    ),
    "GeoCoordinates": ({"latitude", "longitude"}, {"latitude": "Number", "longitude": "Number"}),
    "Organization": ({"name"}, {"name": "Text", "url": "URL"}),
}


def _type_problems(value, expected, where: str) -> list[str]:
    if isinstance(expected, list):
        if not isinstance(value, list) or not value:
            return [f"{where}: expected a list"]
        return [p for i, item in enumerate(value) for p in _type_problems(item, expected[0], f"{where}/{i}")]
    checks = {
        "Text": lambda v: isinstance(v, str) and v.strip() != "",
        "URL": lambda v: isinstance(v, str) and v.startswith(("https://", "http://")),
        "Date": lambda v: isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v),
        "Number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    }
    if expected in checks:
        return [] if checks[expected](value) else [f"{where}: expected {expected}, got {value!r}"]
    if not isinstance(value, dict) or value.get("@type") != expected:
        return [f"{where}: expected a {expected}"]
    required, properties = TYPES[expected]
    problems = [f"{where}: missing {name}" for name in sorted(required - set(value))]
    for name, inner in value.items():
        if name.startswith("@"):
            continue
        if name not in properties:
            problems.append(f"{where}: {name} is not a property of {expected}")
        else:
            problems += _type_problems(inner, properties[name], f"{where}/{name}")
    return problems


def json_ld_problems(value: dict) -> list[str]:
    """What is wrong with a page's JSON-LD, checked against the types this site uses."""
    if value.get("@context") != "https://schema.org":
        return ["@context is not https://schema.org"]
    return _type_problems(value, "Article", "")


def _scripts(page: str) -> list[str]:
    return re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, flags=re.S)


def _meta(page: str, prop: str) -> str:
    match = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)">', page)
    assert match, prop
    return html.unescape(match.group(1))


def test_the_validator_catches_a_wrong_type():
    assert json_ld_problems({"@context": "https://schema.org", "@type": "Article"})[0] == ": missing dateModified"
    broken = {"@type": "Place", "name": "x", "address": {"@type": "Organization", "name": "y"}}
    assert _type_problems(broken, "Place", "") == ["/address: expected a PostalAddress"]


def test_practice_page_carries_valid_json_ld_and_open_graph(project_site):
    page = (project_site / f"practices/{REGGIO}/index.html").read_text(encoding="utf-8")
    [script] = _scripts(page)
    described = json.loads(script)
    assert json_ld_problems(described) == []
    config = project_settings()
    assert described["url"] == f"{config['site_url']}practices/{REGGIO}/"
    assert described["spatialCoverage"]["geo"] == {"@type": "GeoCoordinates", "latitude": 44.7, "longitude": 10.63}
    assert "temporalCoverage" not in described  # the sources give no end: no period is claimed (issue 14)
    assert _meta(page, "og:type") == "article"
    assert _meta(page, "og:url") == described["url"]
    assert _meta(page, "og:title") == described["name"]
    assert _meta(page, "og:description") == described["description"]


def test_every_page_links_the_feed_and_topic_pages_their_own(project_site):
    home = (project_site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<link rel="alternate feed" type="application/atom\+xml"[^>]*href="feeds/practices.xml"', home)
    topic = (project_site / "topics/agri-food/index.html").read_text(encoding="utf-8")
    feed = r'<link rel="alternate feed" type="application/atom\+xml"[^>]*href="../../feeds/topics/agri-food.xml"'
    assert re.search(feed, topic)
    assert re.search(r'<a [^>]*href="../../feeds/topics/agri-food.xml"[^>]*>Subscribe', topic)
    assert (project_site / "feeds/topics/agri-food.xml").is_file()


def test_home_page_links_the_open_data(project_site):
    home = (project_site / "index.html").read_text(encoding="utf-8")
    for path in ("data/practices.json", "data/practices.csv", "schema/practice.schema.json", "compare/"):
        assert f'href="{path}"' in home, path


def test_sitemap_lists_generated_pages_at_the_site_address(project_site):
    config = project_settings()
    root = ET.parse(project_site / "sitemap.xml").getroot()
    addresses = {loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    base = config["site_url"]
    for path in (f"practices/{REGGIO}/", "practices/", "compare/", "topics/agri-food/", "countries/it/", ""):
        assert base + path in addresses, path


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """A site whose one record puts script-closing text in every field the head shows."""
    work = tmp_path_factory.mktemp("hostile")
    record_id, data = samples.record(5)
    data["title"] = HOSTILE_TITLE
    data["summary"] = "Ends the tag </script> and starts <!-- a comment & more."
    data["institution"]["name"] = "</SCRIPT><img src=x onerror=alert(1)>"
    folder = work / "records"
    folder.mkdir()
    (folder / f"{record_id}.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return build_site(work, folder) / f"practices/{record_id}/index.html"


def test_record_text_cannot_leave_the_json_ld_script(hostile_site):
    page = hostile_site.read_text(encoding="utf-8")
    [script] = _scripts(page)
    assert "<" not in script and ">" not in script and "&" not in script
    described = json.loads(script)
    assert described["name"] == HOSTILE_TITLE
    assert described["sourceOrganization"]["name"] == "</SCRIPT><img src=x onerror=alert(1)>"
    assert json_ld_problems(described) == []
    assert page.count('<script type="application/ld+json">') == 1


def test_open_graph_attributes_are_escaped(hostile_site):
    page = hostile_site.read_text(encoding="utf-8")
    assert _meta(page, "og:title") == HOSTILE_TITLE
    assert _meta(page, "og:description") == "Ends the tag </script> and starts <!-- a comment & more."
    assert "<script>alert" not in page


def _unknowns(tmp_path: Path):
    record_id, data = samples.unknowns_record(3)
    folder = tmp_path / "unknowns"
    folder.mkdir()
    (folder / f"{record_id}.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    [record] = validate.collect([folder], tmp_path)
    return record


def test_unknowns_stay_as_given_in_json_and_show_in_csv(tmp_path, options):
    record = _unknowns(tmp_path)
    published = json.loads(exports.practices_json([record]))["practices"][record.id]
    assert published == {"id": record.id, **record.data}
    assert published["end"] == "not reported" and published["location"]["city"] == "not reported"
    assert published["evidence"][-1]["year"] == "not reported"
    assert published["sources"][1]["id"] == "evaluation" and published["evidence"][0]["reported_in"] == "evaluation"
    [row] = csv.DictReader(io.StringIO(exports.practices_csv([record], options), newline=""))
    assert (row["end"], row["status"], row["city"]) == ("not reported", "not reported", "not reported")
    assert row["sources"] == " ".join(s["url"] for s in record.data["sources"])


def test_json_ld_leaves_unknowns_out_instead_of_dating_them(tmp_path, options):
    record = _unknowns(tmp_path)
    described = exports.json_ld(record, options)
    assert json_ld_problems(described) == []
    assert "temporalCoverage" not in described
    assert "addressLocality" not in described["spatialCoverage"]["address"]
    assert "not reported" not in json.dumps(described)
    assert described["spatialCoverage"]["name"] == "Steiermark, Austria"  # Graz, whose city is not reported here
    end = exports.json_ld(_unknowns_with_end(tmp_path), options)["temporalCoverage"]
    assert end == "2026-03/2026-09"


def _unknowns_with_end(tmp_path: Path):
    record_id, data = samples.unknowns_record(3)
    data.update(start="2026-03", end="2026-09")
    for item in data["evidence"]:
        item["year"] = "not reported"
    folder = tmp_path / "ended"
    folder.mkdir()
    (folder / f"{record_id}.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return validate.collect([folder], tmp_path)[0]
