"""The catalogue and compare pages in Chromium, on a site of 36 synthetic practices.

Expected results are worked out here from the records themselves, the way a
reader would check them against the data, not copied from the page.
"""

from __future__ import annotations

import csv
import json
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

import samples
from conftest import build_site, serve
from generator import summary

COUNT = 36

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return dict(samples.record(i) for i in range(COUNT))


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    work = tmp_path_factory.mktemp("catalogue")
    site = build_site(work, samples.write(work / "records", COUNT))
    with serve(site) as base:
        yield base


def _titles(records: dict, ids) -> list[str]:
    return sorted((records[i]["title"] for i in ids), key=str.casefold)


def _open(page, address: str) -> None:
    page.goto(address)
    page.wait_for_selector("#gp-filters[data-ready]")


def _shown(page) -> list[str]:
    return page.locator("#gp-catalogue tbody tr:not([hidden]) td:first-child").all_inner_texts()


def _query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def _address_keeps(page, expected: dict[str, list[str]]) -> None:
    """Wait until the address holds the filters: the catalogue writes it after a short pause in typing."""
    query = urlencode([(key, value) for key, values in expected.items() for value in values])
    page.wait_for_function("wanted => new URLSearchParams(location.search).toString() === wanted", arg=query)
    assert _query(page) == expected


def _matching(records: dict, test) -> list[str]:
    return [i for i, data in records.items() if test(data)]


def _budget(data: dict, currency: str):
    money = {m["currency"]: m["total"] + m["per_year"] for m in summary.budget(data)}
    return money.get(currency)


def test_two_filters_combine_count_and_address(url, page, records):
    expected = _matching(records, lambda d: "mobility" in d["topics"] and d["location"]["country"] == "ES")
    assert len(expected) >= 2
    _open(page, url + "practices/")
    assert page.locator("#gp-count").inner_text() == f"{COUNT} practices."
    page.select_option("#gp-topic", "mobility")
    page.select_option("#gp-country", "ES")
    assert page.locator("#gp-count").inner_text() == f"{len(expected)} of {COUNT} practices match."
    assert _shown(page) == _titles(records, expected)
    _address_keeps(page, {"topic": ["mobility"], "country": ["ES"]})


def test_the_address_opened_fresh_shows_the_same_result(url, browser, records):
    expected = _matching(records, lambda d: "mobility" in d["topics"] and d["location"]["country"] == "ES")
    context = browser.new_context()
    fresh = context.new_page()
    _open(fresh, url + "practices/?topic=mobility&country=ES")
    assert fresh.locator("#gp-count").inner_text() == f"{len(expected)} of {COUNT} practices match."
    assert _shown(fresh) == _titles(records, expected)
    assert fresh.input_value("#gp-topic") == "mobility" and fresh.input_value("#gp-country") == "ES"
    context.close()


def test_years_status_and_words_narrow_together(url, page, records):
    expected = _matching(records, lambda d: 2010 <= summary.start_year(d) <= 2016 and "end" in d
                         and "tartu" in d["title"].lower())
    _open(page, url + "practices/")
    page.fill("#gp-from", "2010")
    page.fill("#gp-to", "2016")
    page.select_option("#gp-status", "finished")
    page.fill("#gp-q", "TARTU")
    assert _shown(page) == _titles(records, expected)
    _address_keeps(page, {"q": ["TARTU"], "status": ["finished"], "from": ["2010"], "to": ["2016"]})


def test_words_match_the_summary_without_accents(url, page, records):
    expected = _matching(records, lambda d: d["location"]["city"] == "Umeå")
    _open(page, url + "practices/")
    page.fill("#gp-q", "umea")
    assert sorted(_shown(page)) == sorted(records[i]["title"] for i in expected)


def test_budget_range_and_sorting_by_budget(url, page, records):
    expected = _matching(records, lambda d: (_budget(d, "EUR") or -1) >= 300_000)
    order = sorted(expected, key=lambda i: (-_budget(records[i], "EUR"), records[i]["title"]))
    _open(page, url + "practices/?currency=EUR&min=300000&sort=budget-desc")
    assert _shown(page) == [records[i]["title"] for i in order]
    page.select_option("#gp-sort", "year")
    years = [summary.start_year(records[i]) for i in expected]
    assert [summary.start_year(next(d for d in records.values() if d["title"] == t)) for t in _shown(page)] == \
        sorted(years)


def test_clearing_the_filters_shows_everything_again(url, page):
    _open(page, url + "practices/?topic=energy&status=ongoing")
    assert len(_shown(page)) < COUNT
    page.get_by_role("button", name="Clear the filters").click()
    page.wait_for_function(f"document.querySelectorAll('#gp-catalogue tbody tr:not([hidden])').length === {COUNT}")
    assert page.locator("#gp-count").inner_text() == f"{COUNT} practices."
    _address_keeps(page, {})


def test_download_the_filtered_results_as_csv(url, page, records):
    expected = _matching(records, lambda d: "mobility" in d["topics"] and d["location"]["country"] == "ES")
    _open(page, url + "practices/?topic=mobility&country=ES")
    with page.expect_download() as info:
        page.get_by_role("button", name="CSV").click()
    download = info.value
    assert download.suggested_filename == "practices-mobility-es.csv"
    with open(download.path(), encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["id"] for row in rows) == sorted(expected)
    for row in rows:
        data = records[row["id"]]
        assert row["title"] == data["title"]
        assert row["country_name"] == "Spain" and "Mobility and transport" in row["topics"]
        assert row["start_year"] == str(summary.start_year(data))
        assert row["budget"] == summary.budget_text(data, "en")
        assert row["page"] == f"{url}practices/{row['id']}/"


def test_download_the_filtered_results_as_json(url, page, records):
    expected = _matching(records, lambda d: "end" not in d)
    _open(page, url + "practices/?status=ongoing")
    with page.expect_download() as info:
        page.get_by_role("button", name="JSON").click()
    assert info.value.suggested_filename == "practices-ongoing.json"
    with open(info.value.path(), encoding="utf-8") as handle:
        published = json.load(handle)
    assert published["count"] == len(expected)
    assert sorted(p["id"] for p in published["practices"]) == sorted(expected)
    assert {p["status"] for p in published["practices"]} == {"ongoing"}


def test_filters_work_from_the_keyboard(url, page, records):
    _open(page, url + "practices/")
    page.focus("#gp-q")
    page.keyboard.type("Graz")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "gp-topic"
    page.keyboard.press("ArrowDown")  # the first topic that holds practices
    first = page.input_value("#gp-topic")
    expected = _matching(records, lambda d: d["location"]["city"] == "Graz" and first in d["topics"])
    assert first and _shown(page) == _titles(records, expected)
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused control shows a focus ring"


def test_a_long_result_shows_in_pages(url, page, records):
    # The site's page size is 100 rows; this test serves the same catalogue with 10, to need fewer records.
    def smaller_pages(route):
        body = route.fetch().text().replace('data-page-size="100"', 'data-page-size="10"')
        route.fulfill(body=body, content_type="text/html; charset=utf-8")

    page.route(lambda address: urlsplit(address).path == "/practices/", smaller_pages)
    _open(page, url + "practices/?sort=year")
    assert len(_shown(page)) == 10
    more = page.locator("#gp-more button")
    assert more.inner_text() == f"Show 10 more (10 of {COUNT} shown)"
    more.click()
    order = sorted(records.values(), key=lambda d: (summary.start_year(d), d["title"]))
    assert len(_shown(page)) == 20
    assert [summary.start_year(next(d for d in order if d["title"] == t)) for t in _shown(page)] == \
        [summary.start_year(d) for d in order[:20]]
    page.fill("#gp-q", "Tartu")
    assert not more.is_visible()
    assert page.locator("#gp-count").inner_text() == \
        f"{sum(d['location']['city'] == 'Tartu' for d in records.values())} of {COUNT} practices match."


def test_without_javascript_the_whole_table_shows(url, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(url + "practices/")
    assert tab.locator("#gp-catalogue tbody tr").count() == COUNT
    assert not tab.locator("#gp-filters").is_visible()
    assert tab.locator("#gp-count").inner_text() == f"{COUNT} practices."
    context.close()


def _label(data: dict) -> str:
    return f"{data['title']} ({summary.place(data, 'en')})"


def test_compare_two_practices_side_by_side(url, page, records):
    first, second = list(records)[1], list(records)[4]
    page.goto(url + "compare/")
    page.wait_for_selector("#gp-compare[data-ready]")
    for chosen in (first, second):
        page.fill("#gp-pick-input", _label(records[chosen]))
        page.keyboard.press("Enter")
    grid = page.locator("table.gp-compare-grid")
    grid.wait_for()
    assert grid.locator("thead th").all_inner_texts() == [records[first]["title"], records[second]["title"]]
    rows = {row.locator("th").inner_text(): row.locator("td").all_inner_texts()
            for row in grid.locator("tbody tr").all()}
    assert list(rows) == ["Place", "Period", "Budget", "Key evidence", "Difficulties and how they were handled",
                          "Preconditions"]
    assert rows["Place"] == [summary.place(records[i], "en") for i in (first, second)]
    assert rows["Period"] == [summary.period(records[i], "en") for i in (first, second)]
    assert rows["Budget"] == [summary.budget_text(records[i], "en") for i in (first, second)]
    for column, chosen in enumerate((first, second)):
        for line in records[chosen]["transferability"]["preconditions"]:
            assert line in rows["Preconditions"][column]
        assert records[chosen]["evidence"][0]["indicator"] in rows["Key evidence"][column]
    assert _query(page) == {"ids": [f"{first},{second}"]}
    assert page.locator("#gp-compare-status").inner_text() == "Comparing 2 practices."


def test_a_short_result_can_be_compared_at_once(url, page, records):
    expected = _matching(records, lambda d: "mobility" in d["topics"] and d["location"]["country"] == "ES")
    assert 2 <= len(expected) <= 4
    _open(page, url + "practices/?topic=mobility")
    assert not page.locator("#gp-compare-these").is_visible()
    page.select_option("#gp-country", "ES")
    page.get_by_role("link", name="compare them side by side").click()
    page.locator("table.gp-compare-grid").wait_for()
    assert page.locator("table.gp-compare-grid thead th").all_inner_texts() == _titles(records, expected)


def test_a_comparison_address_opens_fresh_and_a_practice_can_be_removed(url, page, records):
    first, second, third = list(records)[:3]
    page.goto(url + f"compare/?ids={first},{second},{third}")
    page.wait_for_selector("table.gp-compare-grid")
    assert page.locator("table.gp-compare-grid thead th").count() == 3
    page.get_by_role("button", name=f"Remove {records[second]['title']} from the comparison").click()
    page.wait_for_function("document.querySelectorAll('table.gp-compare-grid thead th').length === 2")
    assert _query(page) == {"ids": [f"{first},{third}"]}


def test_compare_prints_the_table_without_the_picker(url, page, records):
    first, second = list(records)[:2]
    page.goto(url + f"compare/?ids={first},{second}")
    page.wait_for_selector("table.gp-compare-grid")
    page.emulate_media(media="print")
    assert page.locator("table.gp-compare-grid").is_visible()
    assert not page.locator("#gp-pick").is_visible()
    assert not page.locator(".md-header").is_visible()


def test_search_results_show_place_and_topics(url, page, records):
    data = next(d for d in records.values() if d["location"]["city"] == "Bilbao")
    page.goto(url)
    page.locator(".md-search__input").click()
    page.keyboard.type("Bilbao")
    result = page.locator(".md-search-result__item", has_text=data["title"]).first
    result.wait_for(timeout=10_000)
    text = " ".join(result.inner_text().split())
    assert summary.place(data, "en") in text
    assert "Topics:" in text
