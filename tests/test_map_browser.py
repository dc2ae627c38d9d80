"""The home and practice pages of a 40-practice site in a browser, at 1280 and 360 px: the map of
practices (pins are named keyboard links, printed with the page), nothing wider than the screen,
no missing file requested, related practices, the transfer trail both ways and the contact route."""

from __future__ import annotations

import shutil

import pytest
import yaml

from conftest import ROOT, build_site, serve
from tests import samples

pytestmark = pytest.mark.browser

REGGIO = "reggio-emilia-south-africa"
COUNT = 40
ORIGIN, ADOPTER = samples.record(9)[0], samples.record(22)[0]  # Bologna and Leeds
WITH_MAIL, NO_COORDINATES = samples.record(3)[0], samples.record(5)[0]  # Graz, Gdańsk
HOSTILE = samples.record(4)[0]  # Lyon
HOSTILE_TITLE = 'Lyon: <b>bike</b> & "lane" </svg><script>alert(1)</script> plan'
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 360, "height": 740}}
PAGES = {"home": "", "practice": f"practices/{REGGIO}/", "origin": f"practices/{ORIGIN}/"}


def _edit(folder, record_id, change) -> None:
    path = folder / f"{record_id}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _records(folder):
    samples.write(folder, COUNT)
    shutil.copy(ROOT / "practices" / f"{REGGIO}.yml", folder)
    _edit(
        folder,
        ORIGIN,
        lambda d: d["transferability"].update(
            adopted_by=[
                {"name": "Leeds", "country": "GB", "year": 2019, "practice": ADOPTER},
                {"name": "Udine", "country": "IT", "year": 2021},
            ]
        ),
    )
    _edit(folder, WITH_MAIL, lambda d: d.update(contacts=[{"name": "Anna Berg", "email": "anna.berg@graz.at"}]))
    _edit(folder, NO_COORDINATES, lambda d: d["location"].pop("coordinates"))
    _edit(folder, HOSTILE, lambda d: d.update(title=HOSTILE_TITLE))
    return folder


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    records = _records(tmp_path_factory.mktemp("records"))
    return build_site(tmp_path_factory.mktemp("map"), records, site_url="https://example.github.io/")


@pytest.fixture(scope="module")
def url(site):
    with serve(site) as base:
        yield base


def _all_titles():
    for i in range(COUNT):
        record_id, data = samples.record(i)
        yield record_id, HOSTILE_TITLE if record_id == HOSTILE else data["title"]
    yield REGGIO, yaml.safe_load((ROOT / "practices" / f"{REGGIO}.yml").read_text(encoding="utf-8"))["title"]


def _open(browser, url: str, path: str, size: dict, failed: list | None = None, **options):
    context = browser.new_context(viewport=size, **options)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    if failed is not None:
        page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        page.on("requestfailed", lambda r: failed.append(f"failed {r.url}"))
    page.goto(url + path)
    page.wait_for_load_state("networkidle")
    return context, page, errors


@pytest.mark.parametrize("size", WIDTHS, ids=list(WIDTHS))
@pytest.mark.parametrize("path", PAGES.values(), ids=list(PAGES))
def test_no_element_is_wider_than_the_viewport_and_no_file_is_missing(browser, url, path, size):
    failed: list[str] = []
    context, page, errors = _open(browser, url, path, WIDTHS[size], failed)
    try:
        width = WIDTHS[size]["width"]
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        wide = page.evaluate(
            """(width) => [...document.querySelectorAll('.md-content *')].filter((el) => {
                const box = el.getBoundingClientRect();
                return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
            }).map((el) => el.outerHTML.slice(0, 80))""",
            width,
        )
        assert wide == []
        assert failed == [] and errors == []
    finally:
        context.close()


def test_every_pin_on_the_home_map_is_a_link_named_with_its_practice(browser, url):
    context, page, _ = _open(browser, url, "", WIDTHS["desktop"])
    try:
        pins = page.locator("svg.gp-map-svg a")
        titles = dict(_all_titles())
        assert pins.count() == len(titles)
        for record_id, title in titles.items():
            link = page.locator("svg.gp-map-svg").get_by_role("link", name=title, exact=True)
            assert link.count() == 1, title
            assert link.get_attribute("href") == f"practices/{record_id}/"
        # the hostile title is text: no element came out of it
        assert page.locator("svg.gp-map-svg b, svg.gp-map-svg script").count() == 0
        # the record without coordinates is pinned at Poland's centroid, inside the map
        assert page.locator(f'svg.gp-map-svg a[href="practices/{NO_COORDINATES}/"] circle').bounding_box()
    finally:
        context.close()


@pytest.mark.parametrize("size", WIDTHS, ids=list(WIDTHS))
def test_the_keyboard_reaches_every_pin_and_shows_where_it_is(browser, url, size):
    context, page, _ = _open(browser, url, "", WIDTHS[size])
    try:
        hrefs = set(
            page.locator("svg.gp-map-svg a").evaluate_all("(links) => links.map((a) => a.getAttribute('href'))")
        )
        reached, ring = set(), set()
        for _ in range(400):
            page.keyboard.press("Tab")
            focused = page.evaluate(
                """() => { const a = document.activeElement.closest && document.activeElement.closest('.gp-pin');
                    return a ? [a.getAttribute('href'), getComputedStyle(a.querySelector('circle')).stroke] : null; }"""
            )
            if focused:
                reached.add(focused[0])
                ring.add(focused[1])
            if reached == hrefs:
                break
        assert reached == hrefs
        assert ring == {"rgb(255, 214, 0)"}  # the focused pin's visible ring
    finally:
        context.close()


def test_the_map_is_printed_with_the_page(browser, url):
    for path in ("", f"practices/{REGGIO}/"):
        context, page, _ = _open(browser, url, path, WIDTHS["desktop"])
        try:
            page.emulate_media(media="print")
            figure = page.locator("figure.gp-map")
            assert figure.is_visible()
            box = page.locator("svg.gp-map-svg").bounding_box()
            assert box and box["width"] > 200 and box["height"] > 100
            assert page.locator(".gp-map-places a").first.is_visible()  # the places, in words
            assert len(page.pdf()) > 10_000
        finally:
            context.close()


def test_the_practice_map_is_zoomed_to_its_region_with_its_pin(browser, url):
    context, page, _ = _open(browser, url, f"practices/{REGGIO}/", WIDTHS["phone"])
    try:
        here = page.locator("svg.gp-map-svg a.gp-pin-here")
        assert here.count() == 1 and here.get_attribute("href") == f"../{REGGIO}/"
        names = page.locator("svg.gp-map-svg a title").evaluate_all("(titles) => titles.map((t) => t.textContent)")
        assert all(not name.startswith(("Umeå", "Tartu", "Porto", "Leeds")) for name in names)
        assert page.locator(".gp-map-places a").count() == len(names)
    finally:
        context.close()


def test_related_practices_share_a_topic(browser, url):
    context, page, _ = _open(browser, url, f"practices/{ORIGIN}/", WIDTHS["desktop"])
    try:
        links = page.locator(".gp-related a")
        assert 1 <= links.count() <= 5
        mine = set(samples.record(9)[1]["topics"])
        topics = {record_id: set(data["topics"]) for record_id, data in map(samples.record, range(COUNT))}
        topics[REGGIO] = set(yaml.safe_load((ROOT / "practices" / f"{REGGIO}.yml").read_text())["topics"])
        for href in links.evaluate_all("(links) => links.map((a) => a.getAttribute('href'))"):
            record_id = href.split("/")[-2]  # ../<id>/
            assert mine & topics[record_id], record_id
    finally:
        context.close()


def test_the_transfer_trail_shows_both_ways_and_in_the_listing(browser, url):
    context, page, _ = _open(browser, url, f"practices/{ORIGIN}/", WIDTHS["desktop"])
    try:
        adopted = page.locator(".gp-adopted-by li")
        assert adopted.all_inner_texts() == ["Leeds (United Kingdom), 2019", "Udine (Italy), 2021"]
        adopted.get_by_role("link", name="Leeds").click()
        page.wait_for_load_state()
        assert page.url.endswith(f"practices/{ADOPTER}/")
        origin = page.get_by_role("link", name=samples.record(9)[1]["title"], exact=True).first
        assert "Adapted from" in page.locator("li", has=origin).first.inner_text()
        page.goto(url + "transfers/")
        rows = page.locator(".gp-transfers li").all_inner_texts()
        assert len(rows) == 2 and all(samples.record(9)[1]["title"] in row for row in rows)
    finally:
        context.close()


def test_contact_route_is_e_mail_or_the_source_page(browser, url):
    context, page, _ = _open(browser, url, f"practices/{WITH_MAIL}/", WIDTHS["desktop"])
    try:
        assert page.locator(".gp-contact-route a").get_attribute("href") == "mailto:anna.berg@graz.at"
        page.goto(url + f"practices/{REGGIO}/")
        route = page.locator(".gp-contact-route a")
        assert route.get_attribute("href").startswith("https://www.interregeurope.eu/")
    finally:
        context.close()


def test_edit_links_sit_at_the_foot_of_the_practice_page(browser, url):
    context, page, _ = _open(browser, url, f"practices/{REGGIO}/", WIDTHS["desktop"])
    try:
        about = page.locator("#about-this-record").bounding_box()["y"]
        assert page.get_by_role("link", name="Edit this practice").bounding_box()["y"] > about
        pencil = page.locator("article a.md-content__button")
        assert pencil.count() == 1 and pencil.bounding_box()["y"] > about
        assert "26 November 2026" in page.locator("article").inner_text()
    finally:
        context.close()


def test_search_shows_the_summary_and_not_the_home_page_help(browser, url):
    context, page, _ = _open(browser, url, "", WIDTHS["desktop"])
    try:
        page.locator("input.md-search__input").click()
        page.keyboard.type("Gauteng")
        result = page.locator(".md-search-result__link").first
        result.wait_for(timeout=10_000)
        page.wait_for_timeout(500)
        texts = page.locator(".md-search-result__link").all_inner_texts()
        assert len(texts) == 1 and "Reggio Emilia" in texts[0]
        summary = "internationalisation routes and partnerships for its small and medium-sized enterprises"
        assert summary in texts[0]  # the summary
        assert "Economic missions to Gauteng" not in texts[0]  # not the evidence table's cells
    finally:
        context.close()


@pytest.mark.parametrize("size", WIDTHS, ids=list(WIDTHS))
@pytest.mark.parametrize(
    "path",
    ["", f"practices/{ORIGIN}/", f"practices/{ADOPTER}/", "transfers/"],
    ids=["home", "origin", "adopter", "transfers"],
)
def test_no_axe_violation_with_the_map_and_the_trail(browser, url, path, size):
    from test_accessibility import _violations

    context, page, _ = _open(browser, url, path, WIDTHS[size])
    try:
        assert _violations(page) == []
    finally:
        context.close()
