"""The catalogue, listings and compare pages in Chromium, on a site of 40 synthetic practices.

Expected results are worked out here from the records themselves, the way a
reader would check them against the data, not copied from the page: budgets
in euros from the amounts and generator/data/rates.yml read as plain YAML,
headline results from the evidence by the documented rule.
"""

from __future__ import annotations

import csv
import json
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import yaml

import samples
from conftest import ROOT, build_site, serve
from generator import summary, validate

COUNT = 40
UNRATED = 23  # this sample's running costs are given in hryvnias, which the ECB table does not quote
PHONE = {"width": 360, "height": 740}

pytestmark = pytest.mark.browser


def _record(i: int) -> tuple[str, dict]:
    record_id, data = samples.record(i)
    if i == UNRATED:
        data["resources"][0]["currency"] = "UAH"
    return record_id, data


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return dict(_record(i) for i in range(COUNT))


@pytest.fixture(scope="module")
def url(tmp_path_factory, records):
    work = tmp_path_factory.mktemp("catalogue")
    folder = samples.write(work / "records", COUNT)
    unrated_id, unrated = _record(UNRATED)
    header = "# yaml-language-server: $schema=../generator/data/practice.schema.json\n"
    text = yaml.safe_dump(unrated, sort_keys=False, allow_unicode=True, width=100)
    (folder / f"{unrated_id}.yml").write_text(header + text, encoding="utf-8")
    site = build_site(work, folder)
    with serve(site) as base:
        yield base


def _per_euro() -> dict[str, float]:
    return yaml.safe_load((ROOT / "generator" / "data" / "rates.yml").read_text(encoding="utf-8"))["rates"]


def _euros(data: dict) -> float | None:
    """The budget in euros, worked out by hand: each amount divided by its currency's rate of the day."""
    rates = {"EUR": 1.0, **_per_euro()}
    amounts = [line for line in data["resources"] if "amount" in line]
    if not amounts or any(line["currency"] not in rates for line in amounts):
        return None
    return sum(line["amount"] / rates[line["currency"]] for line in amounts)


def _titles(records: dict, ids) -> list[str]:
    return sorted((records[i]["title"] for i in ids), key=str.casefold)


def _open(page, address: str) -> None:
    page.goto(address)
    page.wait_for_selector("#gp-filters[data-ready]")


def _shown(page) -> list[str]:
    return page.locator("#gp-catalogue > li:not([hidden]) .gp-card__title").all_inner_texts()


def _matching_text(count: int) -> str:
    return f"{count} practice{'s' if count != 1 else ''} match{'es' if count == 1 else ''} the filters (of {COUNT})"


def _query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def _address_keeps(page, expected: dict[str, list[str]]) -> None:
    """Wait until the address holds the filters: the catalogue writes it after a short pause in typing."""
    query = urlencode([(key, value) for key, values in expected.items() for value in values])
    page.wait_for_function("wanted => new URLSearchParams(location.search).toString() === wanted", arg=query)
    assert _query(page) == expected


def _matching(records: dict, test) -> list[str]:
    return [i for i, data in records.items() if test(data)]


def test_two_filters_combine_count_and_address(url, page, records):
    expected = _matching(records, lambda d: "mobility" in d["topics"] and d["location"]["country"] == "ES")
    assert len(expected) >= 2
    _open(page, url + "practices/")
    assert page.locator("#gp-count").inner_text() == f"{COUNT} practices"
    page.select_option("#gp-topic", "mobility")
    page.select_option("#gp-country", "ES")
    assert page.locator("#gp-count").inner_text() == _matching_text(len(expected))
    assert _shown(page) == _titles(records, expected)
    _address_keeps(page, {"topic": ["mobility"], "country": ["ES"]})


def test_the_address_opened_fresh_shows_the_same_result(url, browser, records):
    expected = _matching(records, lambda d: "mobility" in d["topics"] and d["location"]["country"] == "ES")
    context = browser.new_context()
    fresh = context.new_page()
    _open(fresh, url + "practices/?topic=mobility&country=ES")
    assert fresh.locator("#gp-count").inner_text() == _matching_text(len(expected))
    assert _shown(fresh) == _titles(records, expected)
    assert fresh.input_value("#gp-topic") == "mobility" and fresh.input_value("#gp-country") == "ES"
    context.close()


def test_years_status_and_words_narrow_together(url, page, records):
    expected = _matching(
        records, lambda d: 2010 <= summary.start_year(d) <= 2016 and "end" in d and "tartu" in d["title"].lower()
    )
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


def test_a_sek_practice_appears_under_a_euro_minimum_it_exceeds_after_conversion(url, page, records):
    swedish = [i for i, d in records.items() if {line["currency"] for line in d["resources"]} == {"SEK"}]
    assert swedish, "the sample site has a practice budgeted in Swedish kronor only"
    chosen = swedish[0]
    in_kronor = sum(line["amount"] for line in records[chosen]["resources"])
    minimum = int(_euros(records[chosen])) - 1  # below its budget in euros, far below its figure in kronor
    expected = _matching(records, lambda d: (_euros(d) or -1) >= minimum)
    assert minimum < in_kronor / 5
    _open(page, url + f"practices/?currency=EUR&min={minimum}")
    assert records[chosen]["title"] in _shown(page)
    assert sorted(_shown(page)) == sorted(records[i]["title"] for i in expected)
    # The card still shows the amounts in kronor, as the record gives them.
    card = page.locator(f'#gp-catalogue > li[data-id="{chosen}"] .gp-card__budget')
    assert card.inner_text() == summary.budget_text(records[chosen], "en") and "SEK" in card.inner_text()
    _open(page, url + f"practices/?currency=EUR&min={int(_euros(records[chosen])) + 1}")
    assert records[chosen]["title"] not in _shown(page)


def test_the_budget_filter_says_it_converts_and_names_the_day(url, page):
    _open(page, url + "practices/")
    help_text = page.locator("#gp-budget-help").inner_text()
    day = summary.day("2025-02-28", "en_GB")  # the date_locale of mkdocs.yml
    assert f"converted at the European Central Bank's euro reference rates of {day}" in help_text
    assert page.locator("#gp-budget-help").get_attribute("id") in page.locator(".gp-budget").get_attribute(
        "aria-describedby"
    )


def test_budget_highest_first_ranks_mixed_currencies_by_converted_total(url, page, records):
    ranked = [i for i in records if _euros(records[i]) is not None]
    ranked.sort(key=lambda i: (-_euros(records[i]), records[i]["title"]))
    unranked = sorted((i for i in records if _euros(records[i]) is None), key=lambda i: records[i]["title"])
    currencies = {line["currency"] for i in ranked[:12] for line in records[i]["resources"]}
    assert currencies - {"EUR"}, "the top of the ranking mixes currencies"
    _open(page, url + "practices/?sort=budget-desc")
    assert _shown(page) == [records[i]["title"] for i in ranked + unranked]


def test_an_amount_in_kronor_typed_by_the_reader_is_converted_too(url, page, records):
    sek = _per_euro()["SEK"]
    expected = _matching(records, lambda d: _euros(d) is not None and _euros(d) <= 200_000)
    _open(page, url + f"practices/?currency=SEK&max={round(200_000 * sek)}")
    assert sorted(_shown(page)) == sorted(records[i]["title"] for i in expected)


def test_a_currency_without_a_rate_is_shown_as_recorded_and_left_out_of_budget_filters(url, page, records):
    unrated_id, unrated = _record(UNRATED)
    _open(page, url + "practices/")
    card = page.locator(f'#gp-catalogue > li[data-id="{unrated_id}"]')
    assert card.locator(".gp-card__budget").inner_text() == summary.budget_text(unrated, "en")
    assert "UAH" in card.locator(".gp-card__budget").inner_text()
    note = page.locator("#gp-budget-help").inner_text()
    assert "Practices budgeted in UAH are left out of the budget filter and sorting" in note
    page.fill("#gp-min", "0")
    page.wait_for_function(f"document.querySelector('#gp-catalogue > li[data-id=\"{unrated_id}\"]').hidden")
    assert unrated["title"] not in _shown(page)
    assert len(_shown(page)) == COUNT - 1


def test_clearing_the_filters_shows_everything_again(url, page):
    _open(page, url + "practices/?topic=energy&status=ongoing")
    assert len(_shown(page)) < COUNT
    page.get_by_role("button", name="Clear the filters").click()
    page.wait_for_function(f"document.querySelectorAll('#gp-catalogue > li:not([hidden])').length === {COUNT}")
    assert page.locator("#gp-count").inner_text() == f"{COUNT} practices"
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
    assert [summary.start_year(next(d for d in order if d["title"] == t)) for t in _shown(page)] == [
        summary.start_year(d) for d in order[:20]
    ]
    page.fill("#gp-q", "Tartu")
    assert not more.is_visible()
    assert page.locator("#gp-count").inner_text() == _matching_text(
        sum(d["location"]["city"] == "Tartu" for d in records.values())
    )


def test_without_javascript_the_whole_table_shows(url, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(url + "practices/")
    assert tab.locator("#gp-catalogue > li").count() == COUNT
    assert not tab.locator("#gp-filters").is_visible()
    assert not tab.locator(".gp-card__compare").first.is_visible()
    assert tab.locator("#gp-count").inner_text() == f"{COUNT} practices"
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
    rows = {
        row.locator("th").inner_text(): row.locator("td").all_inner_texts() for row in grid.locator("tbody tr").all()
    }
    assert list(rows) == [
        "Place",
        "Period",
        "Budget",
        "Key evidence",
        "Difficulties and how they were handled",
        "Preconditions",
    ]
    assert rows["Place"] == [summary.place(records[i], "en") for i in (first, second)]
    assert rows["Period"] == [summary.period(records[i], "en") for i in (first, second)]
    assert rows["Budget"] == [summary.budget_text(records[i], "en") for i in (first, second)]
    for column, chosen in enumerate((first, second)):
        for line in records[chosen]["transferability"]["preconditions"]:
            assert line in rows["Preconditions"][column]
        assert records[chosen]["evidence"][0]["indicator"] in rows["Key evidence"][column]
    assert _query(page) == {"ids": [f"{first},{second}"]}
    assert page.locator("#gp-compare-status").inner_text() == "Comparing 2 practices"


def test_a_short_result_can_be_compared_at_once(url, page, records):
    expected = _matching(records, lambda d: "mobility" in d["topics"] and d["location"]["country"] == "ES")
    assert 2 <= len(expected) <= 4
    _open(page, url + "practices/?topic=mobility")
    assert not page.locator("#gp-compare-these").is_visible()
    page.select_option("#gp-country", "ES")
    page.get_by_role("link", name="Compare these practices side by side").click()
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
    assert all(validate.topics()[topic] in text for topic in data["topics"])
    assert data["summary"] in text


# --- Result cards, widths, compare ticks (issue 15) and untrusted compare addresses (issue 12) ---------------


def _headline(data: dict) -> str:
    """The card's result by the documented rule: the first evidence item of the latest year."""
    latest = max(item["year"] for item in data["evidence"])
    item = next(item for item in data["evidence"] if item["year"] == latest)
    return f"{item['indicator']}: {summary.number(item['value'], 'en')} {item['unit']} ({latest})"


@pytest.fixture(params=[1280, 360], ids=["1280px", "360px"])
def sized(browser, request):
    """A tab at a desktop or a phone width, failing the test on any page error."""
    viewport = {"width": request.param, "height": 900} if request.param == 1280 else PHONE
    context = browser.new_context(viewport=viewport, is_mobile=request.param == 360, has_touch=request.param == 360)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def test_cards_show_summary_headline_result_and_the_facts(url, sized, records):
    _open(sized, url + "practices/")
    cards = sized.locator("#gp-catalogue > li")
    assert cards.count() == COUNT
    for record_id, data in records.items():
        card = sized.locator(f'#gp-catalogue > li[data-id="{record_id}"]')
        assert card.locator(".gp-card__title").inner_text() == data["title"]
        assert card.locator(".gp-card__summary").inner_text() == data["summary"]
        assert " ".join(card.locator(".gp-card__result").inner_text().split()) == _headline(data)
        assert card.locator(".gp-card__place").inner_text() == summary.place(data, "en")
        assert card.locator(".gp-card__period").inner_text() == summary.period(data, "en")
    first = sized.locator("#gp-catalogue > li").first
    assert first.locator(".gp-card__summary").is_visible() and first.locator(".gp-card__result").is_visible()


def _too_wide(page) -> list[str]:
    """Visible elements reaching past the right edge of the screen, outside any box that scrolls them."""
    return page.evaluate(
        """() => [...document.querySelectorAll('body *')].filter(e => {
            if (!e.checkVisibility({opacityProperty: true, visibilityProperty: true})) { return false; }
            const box = e.getBoundingClientRect();
            if (box.width === 0 || box.right <= innerWidth + 1) { return false; }
            for (let up = e.parentElement; up && up !== document.body; up = up.parentElement) {
                if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX)) { return false; }
            }
            return true;
        }).map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)"""
    )


def test_no_element_is_wider_than_the_screen(url, sized, records):
    first, second, third = list(records)[:3]
    for path in ("practices/", "topics/mobility/", "countries/se/", f"compare/?ids={first},{second},{third}"):
        sized.goto(url + path)
        sized.wait_for_load_state("networkidle")
        if path.startswith("compare"):
            sized.locator(".gp-compare-table > *").first.wait_for(state="attached")
        assert sized.evaluate("document.documentElement.scrollWidth") <= sized.viewport_size["width"], path
        assert _too_wide(sized) == [], path


def test_the_width_check_does_catch_a_wide_element(url, page):
    page.goto(url + "practices/")
    page.evaluate("document.querySelector('.gp-card__summary').style.width = '3000px'")
    assert [line for line in _too_wide(page) if line.startswith("p.gp-card__summary")]


def test_listings_are_cards_across_the_width_and_empty_topics_have_no_page(url, page, records):
    expected = _matching(records, lambda d: "mobility" in d["topics"])
    page.goto(url + "topics/mobility/")
    titles = page.locator("ol.gp-cards .gp-card__title").all_inner_texts()
    assert titles == _titles(records, expected)
    assert not page.locator(".md-sidebar--secondary").is_visible(), "no empty table of contents beside the cards"
    assert page.locator(".md-sidebar--primary").is_visible(), "the site's navigation stays"
    columns = page.evaluate("getComputedStyle(document.querySelector('ol.gp-cards')).gridTemplateColumns.split(' ')")
    assert len(columns) >= 3
    used = {t for d in records.values() for t in d["topics"]}
    page.goto(url + "topics/")
    listed = page.locator("article li a").all_inner_texts()
    assert len(listed) == len(used)
    assert page.request.get(url + "topics/culture/").status == 404


def _tick(page, record_id: str) -> None:
    page.locator(f'#gp-catalogue > li[data-id="{record_id}"] input[name="compare"]').check()


def test_compare_ticks_lead_to_a_comparison_of_the_ticked_ones(url, sized, records):
    chosen = [list(records)[7], list(records)[2], list(records)[30]]
    _open(sized, url + "practices/")
    assert not sized.locator("#gp-tray").is_visible()
    _tick(sized, chosen[0])
    assert sized.locator("#gp-tray-status").inner_text() == "1 practice ticked for comparison"
    assert sized.locator("#gp-tray-link").get_attribute("href") is None, "one practice is no comparison"
    for record_id in chosen[1:]:
        _tick(sized, record_id)
    assert sized.locator("#gp-tray-status").inner_text() == "3 practices ticked for comparison"
    sized.locator("#gp-tray-link").click()
    sized.wait_for_url("**/compare/?ids=*")
    assert _query(sized) == {"ids": [",".join(chosen)]}
    sized.locator(".gp-compare-table > *").first.wait_for(state="attached")
    titles = "table.gp-compare-grid thead th" if sized.viewport_size["width"] == 1280 else ".gp-compare-practice__title"
    assert sized.locator(titles).all_inner_texts() == [records[i]["title"] for i in chosen]


def test_a_fifth_tick_is_refused_with_a_reason(url, page, records):
    _open(page, url + "practices/")
    for record_id in list(records)[:4]:
        _tick(page, record_id)
    fifth = page.locator(f'#gp-catalogue > li[data-id="{list(records)[4]}"] input[name="compare"]')
    fifth.click()
    assert not fifth.is_checked()
    assert page.locator("#gp-tray-status").inner_text() == "At most four practices can be compared. Untick one first."
    assert page.locator("#gp-tray-link").get_attribute("href").count(",") == 3


def test_print_is_offered_only_once_two_practices_are_compared(url, page, records):
    first, second = list(records)[:2]
    page.goto(url + f"compare/?ids={first}")
    page.wait_for_selector("#gp-compare[data-ready]")
    assert not page.get_by_role("button", name="Print the comparison").is_visible()
    page.fill("#gp-pick-input", _label(records[second]))
    page.keyboard.press("Enter")
    page.locator("table.gp-compare-grid").wait_for()
    assert page.get_by_role("button", name="Print the comparison").is_visible()


def test_on_a_phone_each_practice_shows_its_values_under_their_labels(url, browser, records):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    first, second = list(records)[3], list(records)[5]
    page.goto(url + f"compare/?ids={first},{second}")
    page.locator(".gp-compare-stack").wait_for()
    assert not page.locator("table.gp-compare-grid").is_visible()
    blocks = page.locator(".gp-compare-practice").all()
    assert len(blocks) == 2
    for block, record_id in zip(blocks, (first, second), strict=True):
        labels = block.locator("dt").all_inner_texts()
        assert labels == [
            "Place",
            "Period",
            "Budget",
            "Key evidence",
            "Difficulties and how they were handled",
            "Preconditions",
        ]
        values = block.locator("dd").all_inner_texts()
        assert values[0] == summary.place(records[record_id], "en")
        assert values[2] == summary.budget_text(records[record_id], "en")
        assert all(block.locator("dt").nth(k).is_visible() for k in range(len(labels)))
    context.close()


@pytest.mark.parametrize("words", ["__proto__", "constructor", "toString", "__proto__,constructor,hasOwnProperty"])
def test_prototype_words_in_the_compare_address_leave_the_page_usable(url, page, records, words):
    first, second = list(records)[:2]
    page.goto(url + f"compare/?ids={words},{first}")
    page.wait_for_selector("#gp-compare[data-ready]")
    assert page.locator("#gp-chosen li").all_inner_texts()[0].startswith(records[first]["title"])
    assert page.locator("#gp-chosen li").count() == 1
    assert _query(page) == {"ids": [first]}, "what does not fit is dropped from the address"
    for typed in (words.split(",")[0], _label(records[second])):
        page.fill("#gp-pick-input", typed)
        page.keyboard.press("Enter")
    page.locator("table.gp-compare-grid").wait_for()
    assert page.locator("table.gp-compare-grid thead th").all_inner_texts() == [
        records[first]["title"],
        records[second]["title"],
    ]


def test_no_page_state_requests_a_missing_file(url, browser, records):
    """No 404: cards, listings, ticks and the comparison ask only for files the build wrote."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    missing: list[str] = []
    page.on("response", lambda r: r.status >= 400 and missing.append(f"{r.status} {r.url}"))
    first, second = list(records)[:2]
    for path in (
        "practices/",
        "topics/mobility/",
        "countries/se/",
        "topics/",
        "countries/",
        f"compare/?ids={first},{second}",
        "compare/?ids=__proto__",
    ):
        page.goto(url + path)
        page.wait_for_load_state("networkidle")
    page.goto(url + "practices/")
    page.wait_for_selector("#gp-filters[data-ready]")
    _tick(page, first)
    _tick(page, second)
    page.locator("#gp-tray-link").click()
    page.locator("table.gp-compare-grid").wait_for()
    context.close()
    # Material asks for a sitemap beside every <link rel="alternate">, and takes the site's Atom feed links for
    # one: feeds/sitemap.xml and feeds/topics/sitemap.xml are that theme request (issue 15, the README part).
    theirs = [line for line in missing if line.endswith(("/feeds/sitemap.xml", "/feeds/topics/sitemap.xml"))]
    assert [line for line in missing if line not in theirs] == []


# --- Accessibility and privacy of the new page states, and the scripts' words in another language -----------

from test_accessibility import _violations  # noqa: E402  (axe-core with every WCAG 2.1 A and AA rule)
from test_privacy import guarded  # noqa: E402, F401  (a tab whose requests to other hosts are blocked and recorded)


def _ticked(page, url, records):
    _open(page, url + "practices/")
    _tick(page, list(records)[0])
    _tick(page, list(records)[1])
    page.locator("#gp-tray").wait_for()


def _budget_filtered(page, url, records):
    _open(page, url + "practices/?currency=SEK&min=1000000&sort=budget-desc")


def _compared_with_prototype_words(page, url, records):
    first, second, third = list(records)[:3]
    page.goto(url + f"compare/?ids=__proto__,{first},{second},{third}")
    page.wait_for_selector("#gp-compare[data-ready]")
    page.locator(".gp-compare-table > *").first.wait_for(state="attached")


def _topic_cards(page, url, records):
    page.goto(url + "topics/mobility/")


def _country_cards(page, url, records):
    page.goto(url + "countries/se/")


NEW_STATES = {
    "catalogue with ticks": _ticked,
    "budget filtered in kronor": _budget_filtered,
    "comparison of three": _compared_with_prototype_words,
    "topic cards": _topic_cards,
    "country cards": _country_cards,
}


@pytest.mark.parametrize("reach", NEW_STATES.values(), ids=NEW_STATES.keys())
def test_no_axe_violation_in_the_new_page_states(url, sized, records, reach):
    reach(sized, url, records)
    sized.wait_for_load_state("networkidle")
    assert _violations(sized) == []


@pytest.mark.parametrize("reach", NEW_STATES.values(), ids=NEW_STATES.keys())
def test_the_new_page_states_ask_nothing_of_another_host(url, guarded, records, reach):  # noqa: F811
    page, attempts = guarded
    reach(page, url, records)
    page.wait_for_load_state("networkidle")
    assert attempts == []


@pytest.fixture(scope="module")
def german_url(tmp_path_factory):
    from conftest import project_theme

    work = tmp_path_factory.mktemp("catalogue-de")
    site = build_site(work, samples.write(work / "records", 3), theme=project_theme(language="de"))
    with serve(site) as base:
        yield base


def test_the_scripts_write_in_the_sites_language(german_url, page):
    ids = [samples.record(i)[0] for i in range(3)]
    page.goto(german_url + "practices/")
    page.wait_for_selector("#gp-filters[data-ready]")
    assert page.locator("#gp-count").inner_text() == "3 Praxisbeispiele"
    with page.expect_download() as info:
        page.get_by_role("button", name="JSON").click()
    assert info.value.suggested_filename == "praxisbeispiele-alle.json"
    page.fill("#gp-q", "Tartu")
    assert page.locator("#gp-count").inner_text() == "1 Praxisbeispiel passt zu den Filtern (von 3)"
    page.fill("#gp-q", "")
    _tick(page, ids[0])
    assert page.locator("#gp-tray-status").inner_text() == "1 Praxisbeispiel zum Vergleich angekreuzt"
    _tick(page, ids[1])
    assert page.locator("#gp-tray-status").inner_text() == "2 Praxisbeispiele zum Vergleich angekreuzt"
    page.locator("#gp-tray-link").click()
    page.locator("table.gp-compare-grid").wait_for()
    assert page.locator("#gp-compare-status").inner_text() == "Vergleich von 2 Praxisbeispielen"
    labels = page.locator("table.gp-compare-grid tbody th").all_inner_texts()
    assert labels[:3] == ["Ort", "Zeitraum", "Budget"]
    evidence = samples.record(0)[1]["evidence"][0]
    shown = page.locator("table.gp-compare-grid tbody tr").nth(3).locator("td").first.inner_text()
    assert f"{summary.number(evidence['value'], 'de')} {evidence['unit']}" in shown
    assert page.get_by_role("button", name="Vergleich drucken").is_visible()


def test_each_choice_counts_what_it_would_show_with_the_other_filters(url, page, records):
    _open(page, url + "practices/")
    spain = page.locator('#gp-country option[value="ES"]')
    assert spain.inner_text() == f"Spain ({len(_matching(records, lambda d: d['location']['country'] == 'ES'))})"
    page.select_option("#gp-topic", "mobility")
    in_spain = _matching(records, lambda d: "mobility" in d["topics"] and d["location"]["country"] == "ES")
    assert spain.inner_text() == f"Spain ({len(in_spain)})"
    ongoing = _matching(records, lambda d: "mobility" in d["topics"] and "end" not in d)
    assert page.locator('#gp-status option[value="ongoing"]').inner_text() == f"Ongoing ({len(ongoing)})"
    mobility = _matching(records, lambda d: "mobility" in d["topics"])
    assert page.locator('#gp-topic option[value="mobility"]').inner_text() == (
        f"Mobility and transport ({len(mobility)})"
    ), "a filter's own choices are counted without it"
