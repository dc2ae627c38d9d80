"""The transfer checklist as a city team uses it, in headless Chromium.

Status, owner, due date and note per item; progress by status; sharing the
answers as a file between two browsers; downloads with the answers; the
printout (essentials plus answered items on at most two A4 sheets); hostile
saved states that must leave the page fully usable; axe and no request to
another host in each state.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_accessibility import _violations
from test_print import pdf_pages
from test_privacy import guarded  # noqa: F401  (the fixture)

import samples
from conftest import ROOT, build_site, copy_records, serve
from generator import checklist, site, validate


def _reggio_count() -> int:
    """How many items the Reggio Emilia checklist has, as the generator words it."""
    reggio = validate.collect([ROOT / "practices" / "reggio-emilia-south-africa.yml"], ROOT)[0]
    return len(checklist.items(reggio, site.Options()))


ITEMS = _reggio_count()

pytestmark = pytest.mark.browser

REGGIO_ID = "reggio-emilia-south-africa"
REGGIO = f"checklists/{REGGIO_ID}/"
KEY = f"gp-checklist:{REGGIO_ID}"
PHONE = {"width": 360, "height": 740}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    """A collection of 40: the real record and 39 synthetic ones, built once for this module."""
    work = tmp_path_factory.mktemp("checklist-site")
    records = copy_records(work / "practices", REGGIO_ID)
    samples.write(records, 39)
    with serve(build_site(work, records)) as url:
        yield url


def _open(page, url):
    page.goto(url)
    page.wait_for_selector(".gp-checklist-tools:not([hidden])")
    page.wait_for_selector("li.gp-item .gp-controls")


def _ids(page, selector="li.gp-item"):
    return page.eval_on_selector_all(selector, "items => items.map(i => i.id.slice(5))")


def _answer(page, item, status, owner="", due=""):
    page.select_option(f"#status-{item}", status)
    if owner:
        page.fill(f"#owner-{item}", owner)
    if due:
        page.fill(f"#due-{item}", due)


def _shown(page, item):
    return (page.input_value(f"#status-{item}"), page.input_value(f"#owner-{item}"), page.input_value(f"#due-{item}"))


def _stored(page):
    return json.loads(page.evaluate(f"localStorage.getItem({json.dumps(KEY)})") or "null")


def _download(page, action):
    with page.expect_download() as info:
        page.click(f"button[data-action='{action}']")
    return info.value


def _text(download) -> str:
    with open(download.path(), encoding="utf-8") as stream:
        return stream.read()


def _three(page):
    """Three items a team answers: two essentials and one folded under "More to check"."""
    essential = _ids(page, "li.gp-essential-item")
    more = _ids(page, "ul.gp-more-list li.gp-item")
    return [essential[0], essential[5], more[3]]


TEAM = [
    ("yes", "Finance office", "2027-01-15"),
    ("partly", "Mayor's cabinet", "2027-02-01"),
    ("no", "Economic development", "2027-03-31"),
]


def _fill_three(page):
    items = _three(page)
    for button in page.locator("button.gp-fold").all():  # the third item is folded: open every section first
        button.click()
    for item, (status, owner, due) in zip(items, TEAM, strict=True):
        _answer(page, item, status, owner, due)
    return items


def test_a_team_shares_its_answers_through_a_file_into_a_fresh_browser(browser, site_url, tmp_path):
    first = browser.new_context()
    page = first.new_page()
    _open(page, site_url + REGGIO)
    items = _fill_three(page)
    page.locator(f"#item-{items[1]} .gp-note-button").click()
    page.fill(f"#note-{items[1]}", "Ask before the budget session.")
    exported = _download(page, "export")
    path = tmp_path / "answers.json"
    exported.save_as(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["practice"] == REGGIO_ID and data["version"] and data["format"] == "gp-checklist-answers"
    assert [(i["id"], i["status"], i["owner"], i["due"]) for i in data["items"]] == [
        (item, *answer) for item, answer in zip(items, TEAM, strict=True)
    ]
    words = page.get_attribute(f"#item-{items[0]}", "data-words")
    assert data["items"][0]["text"] == words and len(words) > 20
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("button[data-action='clear']")
    assert _stored(page) is None and all(_shown(page, i) == ("not started", "", "") for i in items)
    first.close()

    second = browser.new_context()
    page = second.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    _open(page, site_url + REGGIO)
    assert all(_shown(page, i) == ("not started", "", "") for i in items)
    page.set_input_files("#gp-import", str(path))
    page.wait_for_function("document.querySelector('.gp-import-result').textContent.length > 0")
    assert page.text_content(".gp-import-result") == "3 answers imported."
    assert [_shown(page, i) for i in items] == TEAM
    assert page.input_value(f"#note-{items[1]}") == "Ask before the budget session."
    assert page.is_visible(f"#note-{items[1]}")
    counted = f"{ITEMS} items: yes 1 · partly 1 · no 1 · not relevant 0 · not started {ITEMS - 3}"
    assert page.text_content(".gp-progress") == counted
    page.reload()
    _open(page, site_url + REGGIO)
    assert [_shown(page, i) for i in items] == TEAM  # kept in the second browser too
    second.close()
    assert not errors


def test_an_imported_file_with_other_words_is_flagged_and_unknown_items_listed(page, site_url, tmp_path):
    _open(page, site_url + REGGIO)
    first = _ids(page)[0]
    path = tmp_path / "old.json"
    path.write_text(
        json.dumps(
            {
                "format": "gp-checklist-answers",
                "practice": REGGIO_ID,
                "version": "0",
                "items": [
                    {
                        "id": first,
                        "text": "Older words of this item",
                        "status": "yes",
                        "owner": "A",
                        "due": "",
                        "note": "",
                    },
                    {
                        "id": "precondition-00000000",
                        "text": "An item the checklist dropped",
                        "status": "no",
                        "owner": "",
                        "due": "",
                        "note": "Keep this",
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    page.set_input_files("#gp-import", str(path))
    page.wait_for_selector(".gp-item-changed")
    assert "Older words of this item" in page.text_content(f"#item-{first} .gp-item-changed")
    assert "An item the checklist dropped (answer: no) — Note: Keep this" in page.text_content(".gp-changed")
    page.click(f"#item-{first} .gp-item-changed button")
    assert _stored(page)["items"][first]["text"] == page.get_attribute(f"#item-{first}", "data-words")
    assert _violations(page) == []


def test_a_file_of_another_practice_is_refused_and_nothing_changes(page, site_url, tmp_path):
    _open(page, site_url + REGGIO)
    item = _ids(page)[0]
    _answer(page, item, "partly", "Me")
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"format": "gp-checklist-answers", "practice": "another-practice", "items": []}))
    page.set_input_files("#gp-import", str(path))
    page.wait_for_function("document.querySelector('.gp-import-result').textContent.length > 0")
    assert page.text_content(".gp-import-result") == "This file is not a checklist export of this practice."
    assert _shown(page, item) == ("partly", "Me", "")


def test_progress_counts_each_status_in_a_live_region(page, site_url):
    _open(page, site_url + REGGIO)
    progress = page.locator(".gp-progress")
    assert progress.get_attribute("role") == "status"
    assert progress.text_content() == f"{ITEMS} items: yes 0 · partly 0 · no 0 · not relevant 0 · not started {ITEMS}"
    ids = _ids(page)
    for item, status in zip(ids[:4], ("yes", "yes", "not relevant", "no"), strict=True):
        _answer(page, item, status)
    counted = f"{ITEMS} items: yes 2 · partly 0 · no 1 · not relevant 1 · not started {ITEMS - 4}"
    assert progress.text_content() == counted


def test_the_essentials_come_first_and_the_rest_opens_on_demand(page, site_url):
    _open(page, site_url + REGGIO)
    essentials = page.locator("li.gp-essential-item")
    assert 1 <= essentials.count() <= 12
    assert page.locator("ul.gp-more-list li.gp-item").first.is_hidden()
    fold = page.locator("button.gp-fold").first
    assert fold.get_attribute("aria-expanded") == "false" and fold.text_content().startswith("Show ")
    fold.click()
    assert fold.get_attribute("aria-expanded") == "true"
    assert page.locator("ul.gp-more-list").first.locator("li.gp-item").first.is_visible()
    item = _ids(page)[0]
    assert page.is_hidden(f"#note-{item}")
    page.locator(f"#item-{item} .gp-note-button").click()
    assert page.evaluate("document.activeElement.id") == f"note-{item}"


def test_downloads_carry_status_owner_due_date_and_note(page, site_url):
    _open(page, site_url + REGGIO)
    items = _fill_three(page)
    page.locator(f"#item-{items[0]} .gp-note-button").click()
    page.fill(f"#note-{items[0]}", "=SUM(A1) checked")
    rows = list(csv.reader(io.StringIO(_text(_download(page, "download-csv")).lstrip("\ufeff"))))
    assert rows[0] == ["Section", "Item", "Essential", "Reference", "Status", "Owner", "Due date", "Note"]
    assert len(rows) == ITEMS + 1  # the header, then one row an item
    answered = [row[4:] for row in rows[1:] if row[4] != "not started"]
    assert answered == [
        ["yes", "Finance office", "2027-01-15", "'=SUM(A1) checked"],
        ["partly", "Mayor's cabinet", "2027-02-01", ""],
        ["no", "Economic development", "2027-03-31", ""],
    ]
    markdown = _text(_download(page, "download-md"))
    assert markdown.startswith("# Transfer checklist: Reggio Emilia")
    assert "  Status: yes · Owner: Finance office · Due date: 2027-01-15" in markdown
    assert "  Note: =SUM(A1) checked" in markdown
    assert markdown.count("  Status: not started · Owner:  · Due date: ") == ITEMS - 3


def test_built_blank_downloads_are_served(page, site_url):
    for path in (f"downloads/checklists/{REGGIO_ID}.csv", f"downloads/checklists/{REGGIO_ID}.md.txt"):
        response = page.request.get(site_url + path)
        assert response.status == 200 and "Status" in response.text()


def test_print_of_essentials_and_three_answered_items_fits_two_a4_pages(page, site_url):
    _open(page, site_url + REGGIO)
    items = _fill_three(page)
    page.emulate_media(media="print")
    folded = [i for i in _ids(page, "ul.gp-more-list li.gp-item") if i not in items]
    assert page.is_visible(f"#item-{items[2]}") and page.is_hidden(f"#item-{folded[0]}")
    assert page.is_hidden(f"#status-{items[0]}")
    assert page.text_content(f"#item-{items[2]} .gp-answer-print") == (
        "Status: no · Owner: Economic development · Due date: 2027-03-31"
    )
    assert all(page.is_visible(f"#item-{i}") for i in _ids(page, "li.gp-essential-item"))
    pages = pdf_pages(page.pdf(format="A4", print_background=True))
    assert 1 <= pages <= 2, pages


def test_prefilled_answers_from_the_self_assessment_fill_only_unanswered_items(page, site_url):
    _open(page, site_url + REGGIO)
    ids = _ids(page)
    _answer(page, "q-acceptability", "yes", "Cabinet")
    page.goto(site_url + REGGIO + f"?answers=q-legal-basis:no,q-acceptability:no,{ids[0]}:partly,__proto__:yes,x:maybe")
    page.wait_for_selector("li.gp-item .gp-controls")
    assert _shown(page, "q-legal-basis") == ("no", "", "")
    assert page.input_value("#note-q-legal-basis") == "From our self-assessment."
    assert _shown(page, "q-acceptability") == ("yes", "Cabinet", "")  # the team's own answer stays
    assert _shown(page, ids[0])[0] == "partly"


# Hostile saved states (issue 12): what does not fit is ignored and the page stays fully usable.

HOSTILE = {
    "orphan saved as null": {"items": {"gone-item": None}},
    "note that is an object": {"items": {"FIRST": {"done": True, "note": {"text": "x"}, "text": 5}}},
    "items saved as an array": {"items": [{"done": True}, None, "x"]},
    "prototype keys": json.loads(
        '{"items": {"__proto__": {"status": "yes", "polluted": true}, '
        '"constructor": {"status": "no"}, "FIRST": {"status": "partly", "__proto__": {"x": 1}}}}'
    ),
    "items null": {"items": None},
    "not an object": [1, 2, 3],
    "unknown status and bad date": {"items": {"FIRST": {"status": "done!", "due": "tomorrow", "owner": ["a"]}}},
}


@pytest.mark.parametrize("state", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_saved_states_leave_the_page_fully_usable(page, site_url, state):
    _open(page, site_url + REGGIO)
    first = _ids(page)[0]
    saved = json.dumps(state).replace("FIRST", first)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, saved])
    page.reload()
    _open(page, site_url + REGGIO)
    assert page.evaluate("({}).polluted === undefined && ({}).x === undefined && Object.prototype.status === undefined")
    assert page.locator("li.gp-item .gp-controls").count() == ITEMS
    status = _shown(page, first)[0]
    assert status in ("not started", "yes", "partly")
    assert page.input_value(f"#note-{first}") == ""
    _answer(page, first, "no", "Housing office", "2027-05-01")  # still answers
    assert "no 1" in page.text_content(".gp-progress")
    rows = list(csv.reader(io.StringIO(_text(_download(page, "download-csv")).lstrip("\ufeff"))))
    assert ["no", "Housing office", "2027-05-01", ""] in [row[4:] for row in rows]
    assert _download(page, "download-md").suggested_filename.endswith(".md")
    assert _download(page, "export").suggested_filename.endswith(".json")
    page.evaluate("window.print = () => { window.__printed = true; }")
    page.click("button[data-action='print']")
    assert page.evaluate("window.__printed === true")
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("button[data-action='clear']")
    assert _shown(page, first) == ("not started", "", "")
    assert _violations(page) == []


# Accessibility and privacy in each state, on a phone too


def test_keyboard_alone_sets_a_status_an_owner_and_a_note(page, site_url):
    _open(page, site_url + REGGIO)
    item = _ids(page)[0]
    page.focus(f"#status-{item}")
    page.keyboard.press("ArrowDown")  # yes
    page.keyboard.press("Tab")
    page.keyboard.type("Legal office")
    on_note = "document.activeElement.classList.contains('gp-note-button')"
    for _ in range(8):  # through the due date's month, day, year and picker
        page.keyboard.press("Tab")
        if page.evaluate(on_note):
            break
    assert page.evaluate(on_note)
    page.keyboard.press("Enter")
    page.keyboard.type("Check the statute.")
    assert _stored(page)["items"][item] == {
        "status": "yes",
        "owner": "Legal office",
        "due": "",
        "note": "Check the statute.",
        "text": page.get_attribute(f"#item-{item}", "data-words"),
    }


def test_every_control_is_labelled_and_named_after_its_item(page, site_url):
    _open(page, site_url + REGGIO)
    item = _ids(page)[0]
    for control in ("status", "owner", "due", "note"):
        assert page.locator(f"label[for='{control}-{item}']").count() == 1
        assert page.get_attribute(f"#{control}-{item}", "aria-describedby") == f"text-{item}"


STATES = ["fresh", "answered, note open, all unfolded", "phone"]


@pytest.mark.parametrize("state", STATES)
def test_no_axe_violation_and_no_request_elsewhere(guarded, site_url, state):  # noqa: F811
    page, attempts = guarded
    if state == "phone":
        page.set_viewport_size(PHONE)
    _open(page, site_url + REGGIO)
    if state != "fresh":
        items = _fill_three(page)
        page.locator(f"#item-{items[0]} .gp-note-button").click()
        page.fill(f"#note-{items[0]}", "A note.")
    page.wait_for_load_state("networkidle")
    assert _violations(page) == []
    assert attempts == []
    if state == "phone":
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_without_javascript_it_is_a_plain_list_with_essentials_first(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + REGGIO)
        assert page.locator(".gp-checklist-tools").is_hidden()
        assert page.locator("li.gp-item").count() == ITEMS
        assert page.locator("ul.gp-more-list li.gp-item").first.is_visible()
        assert [h.strip("¶") for h in page.locator("article h2").all_inner_texts()] == ["Essentials", "More to check"]
    finally:
        context.close()


def test_practice_page_links_to_its_checklist(page, site_url):
    page.goto(site_url + f"practices/{REGGIO_ID}/")
    page.click("a.gp-checklist-link, a:has-text('Transfer checklist')")
    assert page.url.endswith(REGGIO)


def test_a_tick_saved_by_the_earlier_checklist_reads_as_yes_and_its_new_words_are_flagged(page, site_url):
    _open(page, site_url + REGGIO)
    first = _ids(page)[0]
    earlier = {"items": {first: {"done": True, "note": "Agreed in March.", "text": "Check that this holds here: …"}}}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(earlier)])
    page.reload()
    _open(page, site_url + REGGIO)
    assert _shown(page, first) == ("yes", "", "") and page.input_value(f"#note-{first}") == "Agreed in March."
    assert "Check that this holds here: …" in page.text_content(f"#item-{first} .gp-item-changed")
