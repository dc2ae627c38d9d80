"""The transfer checklist in headless Chromium: ticks and notes kept, progress, clear, downloads, print, keyboard."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

import samples
from conftest import build_site, copy_records, serve

pytestmark = pytest.mark.browser

REGGIO = "checklists/reggio-emilia-south-africa/"
KEY = "gp-checklist:reggio-emilia-south-africa"


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    """A site with the real record and two synthetic ones, built once for this module."""
    work = tmp_path_factory.mktemp("checklist-site")
    records = copy_records(work / "practices", "reggio-emilia-south-africa")
    samples.write(records, 2)
    with serve(build_site(work, records)) as url:
        yield url


def _open(page, url):
    page.goto(url)
    page.wait_for_selector(".gp-checklist-tools:not([hidden])")
    return page.locator(".gp-tick")


def _stored(page, key=KEY):
    return json.loads(page.evaluate(f"localStorage.getItem({json.dumps(key)})") or "null")


def test_ticks_and_a_note_survive_a_reload(page, site_url):
    boxes = _open(page, site_url + REGGIO)
    ids = [boxes.nth(i).get_attribute("id") for i in (0, 5, 20)]
    for box_id in ids:
        page.check(f"#{box_id}")
    note = "#" + ids[1].replace("tick-", "note-")
    page.fill(note, "Ask the budget office before May.")
    page.reload()
    page.wait_for_selector(".gp-checklist-tools:not([hidden])")
    checked = page.eval_on_selector_all(".gp-tick", "boxes => boxes.filter(b => b.checked).map(b => b.id)")
    assert checked == ids
    assert page.input_value(note) == "Ask the budget office before May."
    assert page.text_content(".gp-progress") == "3 of 40 done"


def test_progress_counts_ticks_in_a_live_region(page, site_url):
    boxes = _open(page, site_url + REGGIO)
    total = boxes.count()
    assert total == 40
    progress = page.locator(".gp-progress")
    assert progress.get_attribute("aria-live") == "polite"
    assert progress.text_content() == f"0 of {total} done"
    boxes.nth(1).check()
    boxes.nth(39).check()
    assert progress.text_content() == f"2 of {total} done"
    boxes.nth(1).uncheck()
    assert progress.text_content() == f"1 of {total} done"


def test_clear_asks_first(page, site_url):
    boxes = _open(page, site_url + REGGIO)
    boxes.nth(2).check()
    page.fill(".gp-note >> nth=2", "A note to keep")
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.click("button[data-action=clear]")
    assert asked and "cannot be undone" in asked[0]
    assert boxes.nth(2).is_checked() and _stored(page)
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("button[data-action=clear]")
    assert not boxes.nth(2).is_checked()
    assert page.input_value(".gp-note >> nth=2") == ""
    assert _stored(page) is None
    assert page.text_content(".gp-progress") == "0 of 40 done"


def _download(page, action):
    with page.expect_download() as info:
        page.click(f"button[data-action={action}]")
    download = info.value
    return download.suggested_filename, open(download.path(), encoding="utf-8-sig").read()


def test_downloaded_csv_has_the_ticks_and_notes(page, site_url):
    boxes = _open(page, site_url + REGGIO)
    boxes.nth(0).check()
    boxes.nth(16).check()
    page.fill(".gp-note >> nth=16", "Councillor Rossi agrees")
    name, text = _download(page, "download-csv")
    assert name.startswith("reggio-emilia-south-africa-checklist-") and name.endswith(".csv")
    table = list(csv.DictReader(io.StringIO(text)))
    assert list(table[0]) == ["section", "item", "essential", "reference figure", "done", "note"]
    assert len(table) == 40
    done = [row for row in table if row["done"] == "yes"]
    assert [row["item"] for row in done] == [
        "Check that this holds here: A long-standing institutional relationship with a city or region abroad, "
        "such as a twinning or a cooperation agreement.",
        "Secure about €10,000 per year for institutional activities — Reggio Emilia: Paid directly by the "
        "Municipality of Reggio Emilia (approximate figure).",
    ]
    assert [row["note"] for row in done] == ["", "Councillor Rossi agrees"]
    assert done[1]["reference figure"] == "€10,000 per year" and done[0]["essential"] == "yes"


def test_downloaded_markdown_is_a_task_list_with_the_ticks(page, site_url):
    boxes = _open(page, site_url + REGGIO)
    boxes.nth(16).check()
    page.fill(".gp-note >> nth=16", "Two lines:\nfirst, then second")
    name, text = _download(page, "download-md")
    assert name.endswith(".md")
    assert text.startswith("# Transfer checklist: Reggio Emilia – South Africa: from solidarity to economic")
    assert ("- [x] Secure about €10,000 per year for institutional activities\n"
            "  Reggio Emilia: Paid directly by the Municipality of Reggio Emilia (approximate figure).\n"
            "  Note: Two lines:\n  first, then second\n") in text
    assert text.count("- [x] ") == 1 and text.count("- [ ] ") == 39


def test_built_downloads_are_served_for_every_practice(page, site_url):
    _open(page, site_url + REGGIO)
    for link in ("Markdown", "CSV"):
        href = page.get_by_role("link", name=link, exact=True).get_attribute("href")
        response = page.request.get(site_url + REGGIO + href)
        assert response.ok, href
    recs = ["reggio-emilia-south-africa", *(samples.record(i)[0] for i in range(2))]
    for record_id in recs:
        for suffix in (".csv", ".md.txt"):
            assert page.request.get(f"{site_url}downloads/checklists/{record_id}{suffix}").ok
        assert page.request.get(f"{site_url}checklists/{record_id}/").ok


def test_print_hides_navigation_and_shows_the_items(page, site_url):
    boxes = _open(page, site_url + REGGIO)
    boxes.nth(3).check()
    page.fill(".gp-note >> nth=3", "Printed note")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-search", ".md-footer", ".gp-checklist-tools"):
        assert not page.locator(chrome).first.is_visible(), chrome
    items = page.locator(".gp-item")
    assert all(items.nth(i).is_visible() for i in range(items.count()))
    assert boxes.nth(3).is_visible() and boxes.nth(3).is_checked()
    assert page.locator(".gp-note-print", has_text="Note: Printed note").is_visible()
    assert not page.locator(".gp-note >> nth=0").is_visible()  # empty note boxes take no room on paper
    pages = re.findall(rb"/Type\s*/Page[^s]", page.pdf(format="A4"))
    assert 1 <= len(pages) <= 2  # the issue: one clean page or two


def test_changed_words_are_flagged_and_removed_items_listed(page, site_url):
    boxes = _open(page, site_url + REGGIO)
    first = boxes.nth(0).get_attribute("id").replace("tick-", "")
    saved = {"items": {first: {"done": True, "note": "old note", "text": "Check that this holds here: Old words."},
                       "precondition-00000000": {"done": True, "note": "kept note", "text": "A removed precondition."}}}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(saved)])
    page.reload()
    page.wait_for_selector(".gp-checklist-tools:not([hidden])")
    assert boxes.nth(0).is_checked()
    changed = page.locator(f"#item-{first} .gp-item-changed")
    assert changed.is_visible() and "Old words." in changed.text_content()
    orphans = page.locator(".gp-changed")
    assert orphans.is_visible()
    assert "A removed precondition. (ticked) — Note: kept note" in orphans.text_content()
    changed.get_by_role("button", name="They still apply").click()
    assert not changed.count()
    current = page.text_content(f"label[for=tick-{first}]").replace(" (essential)", "")
    assert _stored(page)["items"][first]["text"] == current
    orphans.get_by_role("button", name="Forget these items").click()
    assert "precondition-00000000" not in _stored(page)["items"]


def test_keyboard_alone_ticks_an_item_and_writes_a_note(page, site_url):
    _open(page, site_url + REGGIO)
    page.focus("button[data-action=clear]")
    passed = []
    for _ in range(6):  # past the two blank-download links and the section heading's permalink
        page.keyboard.press("Tab")
        passed.append(page.evaluate("document.activeElement.textContent || document.activeElement.id"))
        if passed[-1].startswith("tick-"):
            break
    assert passed[:2] == ["Markdown", "CSV"]
    focused = passed[-1]
    assert focused.startswith("tick-precondition-")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
    page.keyboard.press("Space")
    assert page.is_checked(f"#{focused}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == focused.replace("tick-", "note-")
    page.keyboard.type("Typed without a mouse")
    words = page.text_content(f"label[for={focused}]").replace(" (essential)", "")
    assert _stored(page)["items"][focused.replace("tick-", "")] == {
        "done": True, "note": "Typed without a mouse", "text": words}


def test_note_is_named_after_its_item(page, site_url):
    _open(page, site_url + REGGIO)
    note = page.get_by_role("textbox", name="Note Track B2B meetings with companies and institutional actors")
    assert note.count() == 1


def test_without_javascript_it_is_a_plain_list_of_labelled_checkboxes(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(site_url + REGGIO)
        assert not tab.locator(".gp-checklist-tools").is_visible()
        assert tab.locator(".gp-tick").count() == 40
        assert tab.locator(".gp-note").count() == 0  # notes come with the script, which keeps them
        box = tab.get_by_label("Track enterprises taking part")
        box.check()
        assert box.is_checked()
        tab.emulate_media(media="print")
        assert tab.locator(".gp-item").nth(39).is_visible()
    finally:
        context.close()


def test_practice_page_links_to_its_checklist(page, site_url):
    page.goto(site_url + "practices/reggio-emilia-south-africa/")
    page.get_by_role("link", name="Transfer checklist").click()
    page.wait_for_url("**/" + REGGIO)
    assert page.text_content("h1").startswith("Transfer checklist: Reggio Emilia")


def test_self_assessment_keeps_its_own_ticks_and_links_practices(page, site_url):
    boxes = _open(page, site_url + "ready/")
    assert boxes.count() == 17
    legal = page.get_by_role("checkbox", name="Legal basis: does our authority have the competence to do it?")
    legal.check()
    page.reload()
    assert legal.is_checked()
    assert list(_stored(page, "gp-checklist:ready")["items"]) == ["q-legal-basis"]
    assert page.text_content(".gp-progress") == "1 of 17 done"
    page.get_by_role("link", name="Reggio Emilia – South Africa: from solidarity to economic development").first.click()
    page.wait_for_url("**/practices/reggio-emilia-south-africa/")
