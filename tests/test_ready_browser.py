"""'Is our city ready?' in headless Chromium: a city profile ranks the practices, with reasons and gaps.

The collection is fixed: the real Reggio Emilia record and 39 synthetic ones
(tests/samples.py). The issue's profile (Italy, 100,000 inhabitants, €20,000 a
year, internationalisation, a twinning) must put Reggio Emilia first, say why,
and open its checklist with the answers that apply filled in. The profile lives
in the address and in the browser; hostile values there are ignored; axe and the
no-third-party guard run in each state.
"""

from __future__ import annotations

import pytest
from test_accessibility import _violations
from test_print import pdf_pages
from test_privacy import guarded  # noqa: F401  (the fixture)

import samples
from conftest import ROOT, build_site, copy_records, serve
from generator import checklist, validate

pytestmark = pytest.mark.browser

REGGIO = "reggio-emilia-south-africa"
PHONE = {"width": 360, "height": 740}
PROFILE = "country=IT&population=50k-250k&budget=20000&currency=EUR&topic=internationalisation&relationship=yes"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A collection of 40: the real record and 39 synthetic ones."""
    work = tmp_path_factory.mktemp("ready-site")
    records = copy_records(work / "practices", REGGIO)
    samples.write(records, 39)
    assert len(list(records.glob("*.yml"))) == 40
    return work, records


@pytest.fixture(scope="module")
def url(site):
    work, records = site
    with serve(build_site(work, records)) as base:
        yield base


def _open(page, address):
    page.goto(address)
    page.wait_for_selector("#gp-ready[data-ready='yes']", state="attached")


def _fill_the_issues_profile(page):
    page.select_option("#gp-country", "IT")
    page.select_option("#gp-population", "50k-250k")  # 100,000 inhabitants
    page.fill("#gp-budget", "20000")
    page.select_option("#gp-currency", "EUR")
    page.check("#gp-topic-internationalisation")
    page.check("#gp-relationship-yes")
    page.click("#gp-ready button[type='submit']")


def _ranking(page):
    return page.eval_on_selector_all("#gp-ranking > li", "items => items.map(i => i.getAttribute('data-id'))")


def test_the_issues_profile_ranks_reggio_emilia_first_with_its_reasons(page, url):
    _open(page, url + "ready/")
    _fill_the_issues_profile(page)
    ranking = _ranking(page)
    assert ranking[0] == REGGIO and len(ranking) == 10
    first = page.locator("#gp-ranking > li").first
    reasons = first.locator(".gp-reasons li").all_inner_texts()
    assert reasons == [
        "topic you chose: Internationalisation",
        "same country: the legal basis may carry over",
        "budget within yours: €10,000 a year",
        "needs a twinning or cooperation agreement: you answered yes",
    ]
    assert "score 11" in first.inner_text()  # 3 topic + 2 country + 2 budget + 2 × 2 twinning
    second = page.locator("#gp-ranking > li").nth(1).inner_text()
    assert int(second.split("score ")[1].split()[0]) < 11
    gaps = first.locator(".gp-gaps li").all_inner_texts()
    assert gaps[:2] == ["needs the legal competence: not answered yet", "needs political backing: not answered yet"]
    assert page.text_content("#gp-results-count").startswith("10 practices ranked. Your answers are kept")


def test_the_checklist_opens_with_the_answers_that_apply(page, url):
    _open(page, url + "ready/?" + PROFILE + "&legal=partly&backing=no&staff=dont-know")
    link = page.locator("#gp-ranking > li").first.locator("a.gp-rank-checklist")
    with page.expect_navigation():
        link.click()
    page.wait_for_selector("li.gp-item .gp-controls")
    reggio = validate.collect([ROOT / "practices" / f"{REGGIO}.yml"], ROOT)[0]
    twinning = next(line for line in reggio.data["transferability"]["preconditions"] if "twinning" in line)
    item = checklist.item_id("precondition", twinning)
    assert page.input_value(f"#status-{item}") == "yes"
    assert page.input_value(f"#note-{item}") == "From our self-assessment."
    assert page.input_value("#status-q-legal-basis") == "partly"
    assert page.input_value("#status-q-acceptability") == "no"
    assert page.input_value("#status-q-resources") == "not started"  # "don't know" settles nothing
    assert "yes 1 · partly 1 · no 1" in page.text_content(".gp-progress")


def test_the_profile_lives_in_the_address_and_in_this_browser(browser, url):
    context = browser.new_context()
    page = context.new_page()
    _open(page, url + "ready/")
    _fill_the_issues_profile(page)
    assert "country=IT" in page.url and "relationship=yes" in page.url and "topic=internationalisation" in page.url
    shared = page.url
    page.goto(url + "ready/")  # no address: the browser remembers
    page.wait_for_selector("#gp-ready[data-ready='yes']", state="attached")
    assert page.input_value("#gp-country") == "IT" and page.is_checked("#gp-relationship-yes")
    assert _ranking(page)[0] == REGGIO
    context.close()
    other = browser.new_context()  # a colleague opens the shared address
    page = other.new_page()
    _open(page, shared)
    assert page.input_value("#gp-budget") == "20000" and _ranking(page)[0] == REGGIO
    page.click("#gp-ready button[type='reset']")
    page.wait_for_function("!location.search")
    assert page.is_hidden("#gp-results")
    other.close()


def test_hostile_values_in_the_address_and_the_browser_are_ignored(page, url):
    page.goto(url + "ready/")
    page.evaluate("localStorage.setItem('gp-ready', '__proto__=1&country=%3Cimg%20src%3Dx%3E')")
    _open(
        page,
        url + "ready/?country=%3Cscript%3E&budget=-5&topic=__proto__&topic=constructor&legal=maybe"
        "&currency=XXX&relationship=yes",
    )
    assert page.input_value("#gp-country") == "" and page.input_value("#gp-budget") == ""
    assert page.input_value("#gp-currency") == "EUR"
    assert page.evaluate("[...document.querySelectorAll('input[name=topic]:checked')].length") == 0
    assert page.evaluate("[...document.querySelectorAll('input[name=legal]:checked')].length") == 0
    assert page.evaluate("({}).polluted === undefined && document.querySelectorAll('article img').length === 0")
    assert _ranking(page)[0] == REGGIO  # the twinning answer alone still ranks


def test_without_javascript_the_questions_and_how_to_use_them_are_there(browser, url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(url + "ready/")
        assert page.locator("fieldset.gp-question").count() == 6
        assert page.locator("#gp-legal-dont-know").is_visible()
        assert page.locator("#without-script").is_visible()
        assert page.locator("#without-script ~ ul a[href$='practices/']").count() == 1
        assert page.is_hidden("#gp-results")
    finally:
        context.close()


def test_printed_results_show_the_reasons(page, url):
    _open(page, url + "ready/?" + PROFILE)
    page.emulate_media(media="print")
    assert page.locator("#gp-ranking .gp-reasons").first.is_visible()
    assert page.is_hidden(".gp-ready-actions")
    assert 1 <= pdf_pages(page.pdf(format="A4")) <= 6


STATES = {"fresh": "", "ranked": "?" + PROFILE, "ranked on a phone": "?" + PROFILE}


@pytest.mark.parametrize("state", STATES, ids=STATES)
def test_no_axe_violation_and_no_request_elsewhere(guarded, url, state):  # noqa: F811
    page, attempts = guarded
    if "phone" in state:
        page.set_viewport_size(PHONE)
    _open(page, url + "ready/" + STATES[state])
    page.wait_for_load_state("networkidle")
    assert _violations(page) == []
    assert attempts == []
    if "phone" in state:
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_hostile_practice_in_the_ranking_stays_text(browser, tmp_path):
    import hostile

    records = copy_records(tmp_path / "practices", REGGIO)
    hostile.write(records, *hostile.hostile_record())
    with serve(build_site(tmp_path / "work", records)) as base:
        context = browser.new_context()
        page = context.new_page()
        opened = []
        page.on("dialog", lambda dialog: (opened.append(dialog.message), dialog.dismiss()))
        _open(page, base + "ready/?country=BE&topic=circular-economy&budget=20000&currency=EUR")
        assert _ranking(page)[0] == "hostile-record"
        first = page.locator("#gp-ranking > li").first
        assert "<script>" in first.locator("a.gp-rank-title").inner_text()  # shown as words
        page.wait_for_timeout(150)
        assert page.evaluate("window.__pwned === undefined") and not opened
        assert first.locator("a.gp-rank-checklist").get_attribute("href").startswith("../checklists/hostile-record/")
        context.close()
