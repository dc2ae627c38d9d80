"""The project's site, built with MkDocs strictly: pages exist, every field shows, search finds."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, project_settings
from generator import validate
from generator.records import leaves
from helpers import html_text

REGGIO = "practices/reggio-emilia-south-africa/index.html"


def _text(site, path: str) -> str:
    """A page as a reader reads it: tags dropped (cells run together), entities decoded, spaces folded."""
    return html_text((site / path).read_text(encoding="utf-8"), tags="")


def test_site_holds_the_practice_the_catalogue_and_listings(project_site):
    for path in (
        REGGIO,
        "practices/index.html",
        "topics/agri-food/index.html",
        "countries/it/index.html",
        "topics/index.html",
        "countries/index.html",
        "schema/practice.schema.json",
        "index.html",
    ):
        assert (project_site / path).is_file(), path


def test_catalogue_lists_title_place_topics_period_budget(project_site):
    text = _text(project_site, "practices/index.html")
    for shown in (
        "Reggio Emilia – South Africa: from solidarity to economic development",
        "Reggio Emilia, Emilia-Romagna, Italy",
        "Internationalisation",
        "January 2015 – end not reported",
        "€95,800 + €10,000 per year",
    ):
        assert shown in text


def test_topic_and_country_listings_link_to_the_practice(project_site):
    for path in ("topics/agri-food/index.html", "countries/it/index.html"):
        assert 'href="../../practices/reggio-emilia-south-africa/"' in (project_site / path).read_text()


def test_practice_pages_stay_out_of_the_navigation(project_site):
    home = (project_site / "index.html").read_text()
    # the home page's own text links practices (map, latest); the navigation that every page carries does not
    navigation = home[home.index('<nav class="md-nav md-nav--primary"') : home.index('<div class="md-content"')]
    assert "reggio-emilia-south-africa" not in navigation
    assert "practices/reggio-emilia-south-africa/" in home


def test_edit_link_opens_the_yaml_record_in_the_configured_repository(project_site):
    page = (project_site / REGGIO).read_text()
    repo = project_settings()["repo_url"]
    assert f'href="{repo}/edit/main/practices/reggio-emilia-south-africa.yml"' in page
    assert "Edit this practice" in page


def _shown(value) -> list[str]:
    """The forms a record value may take on a page."""
    if isinstance(value, bool):
        return [str(value).lower()]
    if isinstance(value, (int, float)):
        return [f"{value:,}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}", str(value)]
    return [" ".join(str(value).split())]


def _chunks(value) -> list[str]:
    """A Markdown field's paragraphs and list items, as plain text."""
    if not isinstance(value, str):
        return ["".join(_shown(value)[:1])]
    parts = re.split(r"\n\s*\n|\n\s*- ", "\n" + value)
    return [" ".join(re.sub(r"^\s*- |[*_`]", "", part).split()) for part in parts if part.strip()]


@pytest.mark.parametrize("record_file", sorted((ROOT / "practices").glob("*.yml")), ids=lambda p: p.stem)
def test_every_value_of_every_record_is_on_its_page(project_site, record_file):
    record = validate.collect([record_file])[0]
    page = _text(project_site, f"practices/{record.id}/index.html")
    missing = []
    for path, value in leaves(record.data):
        if path[0] in ("topics", "language", "start", "end", "last_reviewed", "added", "translations", "checklist"):
            continue  # shown in words (labels, names, dates), checked below
        if path[-1] in ("country", "period", "currency", "amount", "start", "end", "consulted"):
            continue
        if path[-1] in ("reported_in", "practice") or path[::2] == ("sources", "id"):
            continue  # ids: links and link targets on the page (tests/test_render.py checks them)
        if value == "not reported":
            value = "Not reported in the sources"
        if not any(form in page for form in _shown(value)) and not all(c in page for c in _chunks(value)):
            missing.append("/".join(map(str, path)))
    assert not missing, f"values missing from the page: {missing}"


def test_worded_values_of_the_real_record(project_site):
    page = _text(project_site, REGGIO)
    for shown in (
        "January 2015 – end not reported",
        "26 November 2026",
        "English",
        "Italy",
        "€10,000 per year",
        "€95,800 in total",
        "SME competitiveness",
        "Agriculture and agri-food",
        "April 2016 – March 2021",
    ):
        assert shown in page


@pytest.mark.browser
def test_search_for_gauteng_reaches_the_reggio_emilia_page(project_url, page):
    _search(page, project_url, "Gauteng")
    result = page.locator(".md-search-result__link", has_text="Reggio Emilia").first
    result.wait_for(timeout=10_000)
    result.click()
    page.wait_for_url("**/practices/reggio-emilia-south-africa/**")
    assert "from solidarity to economic development" in page.title()


@pytest.mark.browser
def test_search_for_a_topic_word_finds_the_practice(project_url, page):
    _search(page, project_url, "agri-food")
    page.locator(".md-search-result__link", has_text="Reggio Emilia").first.wait_for(timeout=10_000)


@pytest.mark.browser
def test_search_finds_a_word_of_the_body_and_shows_place_and_topics(project_url, page):
    _search(page, project_url, "townships")
    result = page.locator(".md-search-result__link", has_text="Reggio Emilia").first
    result.wait_for(timeout=10_000)
    shown = result.inner_text()
    assert "Reggio Emilia, Emilia-Romagna, Italy · Internationalisation" in shown
    assert "pilot projects aimed at South Africa's Black economy" in shown  # the summary, not table cells


@pytest.mark.browser
def test_search_can_be_narrowed_to_practices(project_url, page):
    titles = {r.data["title"] for r in validate.collect([ROOT / "practices"], ROOT)}
    _search(page, project_url, "practice")
    page.locator(".md-search-result__link").first.wait_for(timeout=10_000)
    everything = _result_titles(page)
    page.get_by_label("Practices only").check()
    page.wait_for_function("document.querySelectorAll('.md-search-result__link').length > 0")
    page.wait_for_timeout(500)
    practices = _result_titles(page)
    assert set(everything) - titles  # the site's other pages, such as Contribute, come too
    assert practices and set(practices) <= titles  # and with the switch, practices alone


@pytest.mark.browser
def test_search_results_are_reached_with_the_keyboard(project_url, page):
    _search(page, project_url, "Gauteng")
    page.locator(".md-search-result__link").first.wait_for(timeout=10_000)
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.classList.contains('md-search-result__link')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/practices/reggio-emilia-south-africa/**")


def test_search_is_served_by_pagefind_and_materials_index_stays_empty(project_site):
    material_index = (project_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert '"docs":[]' in material_index.replace(" ", "")
    assert (project_site / "pagefind" / "pagefind.js").is_file()


def _result_titles(page) -> list[str]:
    return page.locator(".md-search-result__link h1").all_inner_texts()


def _search(page, url: str, words: str) -> None:
    """Type into the site's search box as a reader does."""
    page.goto(url)
    page.locator("input.md-search__input").click()
    page.keyboard.type(words)
