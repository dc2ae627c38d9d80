"""A record full of attacks, built into a real site and opened page by page in Chromium: nothing of it runs.

Every payload would open a dialog or set window.__pwned if it ran; the test
fails on either, on every page of the site, in the search results, in the
catalogue's filtered view and on the compare page.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import urllib.parse

import hostile
import pytest
import yaml

from conftest import ROOT, build_site, copy_records, serve, write_config

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
    return page.evaluate(
        "() => window.__pwned === undefined && window.top.__pwned === undefined ? null : "
        "String(window.__pwned ?? window.top.__pwned)"
    )


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


# --- Names are input too (issue 12): folder names, edit links and the theme's head ------------------------------

FOLDER_PAYLOADS = ['x" autofocus onfocus="window.__pwned=31', "a){autofocus onfocus=window.__pwned=32}(b"]
HEAD_PAYLOAD = '"><img src=x onerror="window.__pwned=33">'


@pytest.fixture(scope="module")
def named_site(tmp_path_factory):
    """A site whose hand-written pages sit in folders named like attacks, with attacks in their front matter.

    Records in such folders are refused (see below); hand-written pages are not records, so what
    stands between them and the reader is the escaping of every sink: edit links and the theme's head.
    """
    root = tmp_path_factory.mktemp("names")
    docs = root / "content"
    shutil.copytree(ROOT / "content", docs)
    for i, folder in enumerate(FOLDER_PAYLOADS):
        (docs / folder).mkdir()
        front = {"title": HEAD_PAYLOAD, "description": HEAD_PAYLOAD, "feed": HEAD_PAYLOAD, "feed_title": HEAD_PAYLOAD}
        (docs / folder / "notes.md").write_text(f"---\n{yaml.safe_dump(front)}---\n# Notes {i}\n", encoding="utf-8")
    records = copy_records(root / "records" / "2024", "reggio-emilia-south-africa").parent
    return build_site(root, records, docs_dir=str(docs))


def test_a_record_in_a_folder_named_like_an_attack_fails_the_build(tmp_path):
    records = copy_records(tmp_path / "records", "reggio-emilia-south-africa")
    for folder in FOLDER_PAYLOADS:
        copy_records(records / folder, "reggio-emilia-south-africa")
    command = [sys.executable, "-m", "generator", "build", "--config", str(write_config(tmp_path, records))]
    done = subprocess.run([*command, "--site-dir", str(tmp_path / "site")], capture_output=True, text=True, cwd=ROOT)
    rule = "is not a valid id; expected lower-case letters, digits and single hyphens, at most 80 characters"
    for folder in FOLDER_PAYLOADS:
        line = f"records/{folder}:1:1: the folder name {folder!r} {rule}, e.g. reggio-emilia-south-africa; rename it"
        assert line in done.stderr
    assert "2 problems in 2 files. Nothing was built." in done.stderr
    assert done.returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mkdocs.yml", "records"]


def test_edit_links_and_the_head_print_names_escaped(named_site):
    for folder in FOLDER_PAYLOADS:
        page = (named_site / folder / "notes" / "index.html").read_text(encoding="utf-8")
        edit = re.search(r'<a href="([^"]*)" title="[^"]*" class="md-content__button md-icon" rel="edit">', page)
        assert edit, "the edit button is missing"
        assert urllib.parse.unquote(edit.group(1)).endswith(f"/content/{folder}/notes.md")
        assert not re.search(r"[\"'<>{} ]", edit.group(1))
        assert 'onerror="window' not in page and "<img src=x" not in page
    record = (named_site / "practices" / "reggio-emilia-south-africa" / "index.html").read_text(encoding="utf-8")
    assert (
        'href="https://github.com/example/good-practices/edit/main/records/2024/reggio-emilia-south-africa.yml"'
        in record
    )


def test_no_name_in_a_folder_or_front_matter_runs_in_the_browser(named_site, page):
    opened = _guarded(page)
    with serve(named_site) as url:
        for folder in FOLDER_PAYLOADS:
            page.goto(url + urllib.parse.quote(folder) + "/notes/", wait_until="load")
            assert page.locator("h1").first.inner_text().startswith("Notes ")
            page.keyboard.press("Tab")
            assert _pwned(page) is None
            assert page.evaluate("() => document.querySelectorAll('[autofocus], [onfocus], [onerror]').length") == 0
            feed = page.locator('link[type="application/atom+xml"]').nth(1)
            assert feed.get_attribute("title") == HEAD_PAYLOAD
            assert page.locator('meta[property="og:title"]').get_attribute("content") == HEAD_PAYLOAD
    assert not opened, f"dialogs opened: {opened}"
