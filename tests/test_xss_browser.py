"""A record full of attacks, built into a real site and opened page by page in Chromium: nothing of it runs.

Every payload would open a dialog or set window.__pwned if it ran; the test
fails on either, on every page of the site, in the search results, in the
catalogue's filtered view and on the compare page.
"""

from __future__ import annotations

import html
import re

import hostile
import pytest

from conftest import build_site, copy_records, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The site built from the hostile record and the real Reggio Emilia record."""
    root = tmp_path_factory.mktemp("xss")
    records = copy_records(root / "records", "reggio-emilia-south-africa")
    hostile.write(records, *hostile.hostile_record())
    return build_site(root, records)


@pytest.fixture(scope="module")
def hostile_url(hostile_site):
    with serve(hostile_site) as url:
        yield url


def _guarded(page) -> list[str]:
    """Dialogs the page opens, each dismissed so that the page goes on."""
    opened: list[str] = []

    def seen(dialog):
        opened.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", seen)
    return opened


def _pwned(page) -> object:
    page.wait_for_timeout(150)  # let image errors and other late handlers fire
    return page.evaluate("() => window.__pwned === undefined && window.top.__pwned === undefined ? null : "
                         "String(window.__pwned ?? window.top.__pwned)")


def test_the_hostile_record_is_on_its_page_as_text(hostile_site):
    page = (hostile_site / "practices" / "hostile-record" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=24;alert(24)&lt;/script&gt;" in page
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert html.unescape(title).startswith("XSS <script>window.__pwned=24;alert(24)</script> </title>")
    description = re.search(r'<meta name="description" content="([^"]*)"', page).group(1)
    assert "<" not in description and "&lt;img src=x onerror=" in description


def test_no_script_from_the_record_runs_on_any_page(hostile_site, hostile_url, page):
    opened = _guarded(page)
    pages = sorted(p.relative_to(hostile_site).as_posix() for p in hostile_site.rglob("*.html"))
    # every kind of page: practices, checklists, listings (topics only where a practice has them), compare...
    assert "practices/hostile-record/index.html" in pages and len(pages) > 15
    ran = {}
    for path in pages:
        page.goto(hostile_url + path, wait_until="load")
        if _pwned(page) is not None:
            ran[path] = _pwned(page)
    assert not opened, f"dialogs opened: {opened}"
    assert not ran, f"record scripts ran on: {ran}"


def test_searching_for_the_payloads_runs_none_of_them(hostile_url, page):
    opened = _guarded(page)
    page.goto(hostile_url)
    page.locator("input.md-search__input").click()
    page.keyboard.type("pwned script onerror")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert _pwned(page) is None
    page.locator(".md-search-result__link", has_text="XSS").first.click()
    page.wait_for_url("**/practices/hostile-record/**")
    assert _pwned(page) is None
    assert not opened, f"dialogs opened: {opened}"


def test_the_catalogue_filter_and_the_compare_page_show_the_payloads_inert(hostile_url, page):
    opened = _guarded(page)
    page.goto(hostile_url + "practices/?q=script")
    page.locator("ol.gp-cards").wait_for()
    assert _pwned(page) is None
    page.goto(hostile_url + "compare/?ids=hostile-record,reggio-emilia-south-africa")
    page.wait_for_load_state("load")
    page.get_by_text("window.__pwned=24", exact=False).first.wait_for(timeout=10_000)
    assert _pwned(page) is None
    assert not opened, f"dialogs opened: {opened}"


def test_the_detectors_see_a_payload_that_does_run(tmp_path, page):
    # Without this, a broken detector would let every test above pass.
    (tmp_path / "index.html").write_text('<img src="x" onerror="window.__pwned = 1; alert(1)">', encoding="utf-8")
    opened = _guarded(page)
    with serve(tmp_path) as url:
        page.goto(url, wait_until="load")
        assert _pwned(page) == "1"
    assert opened == ["alert: 1"]
