"""Rendering: the practice page against a checked-in golden file, and the escaping rules.

To accept a deliberate change of the page, regenerate the golden file and read its diff:
    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_render.py
"""

from __future__ import annotations

import os
import re
import shutil

import jinja2
import pytest
import yaml

import samples
from conftest import ROOT
from generator import exports, render, site, summary, validate
from generator.records import parse

GOLDEN = ROOT / "tests" / "golden" / "reggio-emilia-south-africa.md"
OPTIONS = site.Options(edit_base="https://github.com/example/good-practices/edit/main/")


def test_practice_page_matches_the_golden_file():
    record = validate.collect([ROOT / "practices" / "reggio-emilia-south-africa.yml"], ROOT)[0]
    page = render.practice_page(record, OPTIONS, jsonld=exports.json_ld(record, OPTIONS))
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(page, encoding="utf-8")
    assert page == GOLDEN.read_text(encoding="utf-8")


def test_markdown_fields_keep_only_safe_html():
    html = render.field_html(
        "Hi *there* <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n"
        "# Heading\n\n[ok](https://example.org) <iframe src=https://evil.test></iframe>"
    )
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html and "<iframe" not in html
    assert "<em>there</em>" in html
    assert '<a href="https://example.org" rel="nofollow noopener">ok</a>' in html
    assert "<h1>" not in html and "Heading" in html


def test_front_matter_escapes_title_for_the_theme():
    front = render.front_matter('</title><script>alert("x")</script>', "a\nb")
    assert front == (
        '---\ntitle: "&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"\ndescription: "a b"\n---\n'
    )


def _synthetic_page(i: int = 3) -> tuple[dict, str]:
    record_id, data = samples.unknowns_record(i)
    record, problems = parse(yaml.safe_dump(data, allow_unicode=True).encode(), f"{record_id}.yml", record_id)
    assert problems == [] and validate.check(record) == []
    return data, render.practice_page(record, OPTIONS)


def test_every_unknown_shows_as_not_reported_in_the_sources():
    data, page = _synthetic_page()
    unknown = '<em class="gp-unknown">Not reported in the sources</em>'
    assert "**When:** " + summary.month_or_year(data["start"], "en") + " – end not reported" in page
    assert f'<td data-label="Year">{unknown}</td>' in page  # the evidence year
    assert f"<strong>How it was handled:</strong> {unknown}" in page
    assert f"; Role: {unknown}; Organisation: {unknown}</li>" in page
    assert f"(City: {unknown})" in page
    assert page.count(unknown) == 7  # year, handling, role, organisation, legal basis, implementation time, city
    assert ">not reported<" not in page and "not reported</" not in page


def test_editors_notes_are_marked_as_the_editors_reading():
    data, page = _synthetic_page()
    for note in (data["editors_note"], data["evidence"][0]["editors_note"]):
        escaped = note.replace("'", "&#39;")
        assert f"<strong>Editors&#39; note:</strong> {escaped}</span>" in page
    assert page.count("Editors&#39; note:") == 2


def test_reported_in_is_a_numbered_marker_linking_to_its_source_entry():
    data, page = _synthetic_page()
    marker = '<sup class="gp-cite"><a href="#source-evaluation" aria-label="Source 2">[2]</a></sup>'
    assert page.count(marker) == 3  # an evidence item, a resource line and the adopting city
    evaluation = re.search(r'<li id="source-evaluation">(.*?)</li>', page).group(1)
    assert evaluation.startswith(f'<a href="{data["sources"][1]["url"]}">External evaluation</a>')
    indicator, resource = data["evidence"][0]["indicator"], data["resources"][1]["what"]
    assert evaluation.endswith(
        f"Source of: {indicator}; {resource}; {data['transferability']['adopted_by'][0]['name']}"
    )
    assert '<li id="source-report">' in page and "consulted October 1, 2026" in page
    anchors = set(re.findall(r'href="#(source-[a-z0-9-]+)"', page))
    assert anchors and all(f'id="{anchor}"' in page for anchor in anchors)


def test_a_difficulty_citing_a_source_is_named_by_its_number():
    record_id, data = samples.unknowns_record(3)
    data["difficulties"].append({"difficulty": "Rent went up.", "handling": "A cheaper room.", "reported_in": "report"})
    record, _ = parse(yaml.safe_dump(data, allow_unicode=True).encode(), f"{record_id}.yml", record_id)
    page = render.practice_page(record, OPTIONS)
    assert re.search(r'<li id="source-report">.*Source of: Difficulty 2</li>', page)
    assert '<p>A cheaper room.</p> <sup class="gp-cite"><a href="#source-report" aria-label="Source 1">[1]</a>' in page


def test_the_interface_words_of_unknowns_follow_the_language():
    record_id, data = samples.unknowns_record(3)
    record, _ = parse(yaml.safe_dump(data, allow_unicode=True).encode(), f"{record_id}.yml", record_id)
    page = render.practice_page(record, site.Options(language="de"))
    assert "In den Quellen nicht angegeben" in page and "Anmerkung der Redaktion" in page
    assert "Ende nicht angegeben" in page and "Quelle für:" in page
    assert "Not reported" not in page and "Editors" not in page


# --- The page's view of the record: every optional field present, so a misspelt name stops the build ---------


def _optional_fields(schema: dict) -> dict[str, set[str]]:
    """The schema's optional properties of the record and of each of its parts, by the names render uses."""
    props, defs = schema["properties"], schema["$defs"]
    parts = {
        "record": schema,
        "organisation": defs["organisation"],
        "location": props["location"],
        "project": props["project"],
        "resource": props["resources"]["items"],
        "evidence": props["evidence"]["items"],
        "difficulty": props["difficulties"]["items"],
        "transferability": props["transferability"],
        "adopter": props["transferability"]["properties"]["adopted_by"]["items"],
        "contact": props["contacts"]["items"],
        "source": props["sources"]["items"],
        "translation": props["translations"]["additionalProperties"],
    }
    return {name: set(part["properties"]) - set(part["required"]) for name, part in parts.items()}


def test_the_page_view_names_every_optional_field_of_the_schema():
    assert {name: set(fields) for name, fields in render.OPTIONAL.items()} == _optional_fields(validate.schema())


def test_the_page_view_gives_absent_fields_as_none_and_absent_lists_empty():
    record_id, data = samples.record(1)
    for key in ("partners", "difficulties", "contacts"):
        data.pop(key, None)
    del data["location"]["region"]
    view = render.page_view(data)
    assert view["editors_note"] is None and view["project"] is None and view["location"]["region"] is None
    assert view["partners"] == view["difficulties"] == view["contacts"] == []
    assert view["transferability"]["adopted_by"] == [] and view["transferability"]["legal_basis"] is None
    assert view["evidence"][0]["editors_note"] is None and view["sources"][0]["title"] == data["sources"][0]["title"]
    assert "editors_note" not in data["evidence"][0], "the record itself is left as it was"


@pytest.mark.parametrize(
    ("written", "misspelt"),
    [
        ("{% if r.editors_note %}", "{% if r.editor_note %}"),
        ("{% if partner.url %}", "{% if partner.link %}"),
        ('{{ item.unit or "" }}', '{{ item.units or "" }}'),
    ],
)
def test_a_misspelt_field_in_the_practice_template_stops_the_build(tmp_path, written, misspelt):
    folder = shutil.copytree(ROOT / "templates", tmp_path / "templates")
    template = folder / "practice.md.j2"
    text = template.read_text(encoding="utf-8")
    assert written in text
    template.write_text(text.replace(written, misspelt), encoding="utf-8")
    record = validate.collect([ROOT / "practices" / "reggio-emilia-south-africa.yml"], ROOT)[0]
    links = render.PracticeLinks.of([record], OPTIONS)
    context = {**render.practice_context(record, OPTIONS), **links.context(record, OPTIONS)}
    with pytest.raises(jinja2.UndefinedError):
        render.environment(folder).get_template("practice.md.j2").render(**context)
