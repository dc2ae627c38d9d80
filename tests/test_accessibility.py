"""Accessibility of every kind of page, as the Web Accessibility Directive asks (EN 301 549 = WCAG 2.1 AA).

axe-core (bundled by axe-playwright-python, injected from the package: no
network) runs every rule tagged WCAG 2.0/2.1 level A or AA over each kind of
page and over the pages' interactive states (search results open, filters
applied, checklist ticked, practices compared). Then what axe cannot judge
alone: keyboard-only walks, a visible focus, headings in order, table headers,
declared languages, a phone-sized screen and the page weight budget.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser

import pytest
from axe_playwright_python.sync_playwright import Axe

import samples
from conftest import ROOT, build_site, copy_records, serve

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Rules switched off, each with the reason. Keep empty unless a rule is wrong about this site.
DISABLED_RULES: dict[str, str] = {}
AXE_SCRIPT = Axe().axe_script
# Every rule with one of the tags, named one by one, so that the experimental ones run as well.
_RUN_AXE = """([tags, off]) => axe.run({resultTypes: ['violations'], runOnly: {type: 'rule',
    values: axe.getRules(tags).map(r => r.ruleId).filter(id => !off.includes(id))}})"""

REGGIO = "reggio-emilia-south-africa"
TRANSLATED = "bologna-school-meals"
PAGE_KINDS = {
    "home": "",
    "catalogue": "practices/",
    "practice": f"practices/{REGGIO}/",
    "translated practice": f"practices/{TRANSLATED}/",
    "synthetic practice": f"practices/{samples.record(1)[0]}/",
    "checklist": f"checklists/{REGGIO}/",
    "self-assessment": "ready/",
    "compare": "compare/",
    "topic index": "topics/",
    "topic listing": "topics/agri-food/",
    "country index": "countries/",
    "country listing": "countries/it/",
    "contribute": "contribute/",
    "not found": "404.html",
}
PHONE = {"width": 360, "height": 740}
PRACTICE_PAGE_BUDGET = 40 * 1024


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The real record, the translated sample and three synthetic ones (the third without difficulties)."""
    records = copy_records(tmp_path_factory.mktemp("records"), REGGIO)
    shutil.copy(ROOT / "tests" / "fixtures" / "translated" / f"{TRANSLATED}.yml", records)
    samples.write(records, 3)
    # 404.html links its assets from the root of site_url's path, which is / when served here
    return build_site(tmp_path_factory.mktemp("a11y"), records, site_url="https://example.github.io/")


@pytest.fixture(scope="module")
def url(site):
    with serve(site) as base:
        yield base


def _violations(page) -> list[str]:
    page.evaluate(AXE_SCRIPT)
    results = page.evaluate(_RUN_AXE, [AXE_TAGS, list(DISABLED_RULES)])
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
        for v in results["violations"]
    ]


def _open(page, url: str, path: str) -> None:
    page.goto(url + path)
    page.wait_for_load_state("networkidle")


# axe-core over every kind of page and every interactive state


@pytest.mark.browser
def test_axe_runs_every_wcag_21_a_and_aa_rule(page, url):
    _open(page, url, "")
    page.evaluate(AXE_SCRIPT)
    rules = page.evaluate("tags => axe.getRules(tags).map(r => r.ruleId)", AXE_TAGS)
    assert page.evaluate("axe.version") == "4.12.1"  # the one bundled by the pinned axe-playwright-python
    assert {
        "color-contrast",
        "label",
        "html-has-lang",
        "valid-lang",
        "image-alt",
        "link-name",
        "list",
        "th-has-data-cells",
        "td-headers-attr",
        "aria-allowed-attr",
        "duplicate-id-aria",
    } <= set(rules)
    assert len(rules) >= 50, rules
    assert not set(DISABLED_RULES) - set(rules), "a disabled rule that axe does not have"
    ran = page.evaluate(
        _RUN_AXE.replace("resultTypes: ['violations'], ", "")
        + """.then(r =>
        [...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map(x => x.id))""",
        [AXE_TAGS, list(DISABLED_RULES)],
    )
    assert sorted(ran) == sorted(set(rules) - set(DISABLED_RULES)), "every rule runs, experimental ones too"


# Pages of the same kind as another one in the list: checked for their HTML, not again by axe (it is slow).
SAME_KIND = {"synthetic practice"}


@pytest.mark.browser
@pytest.mark.parametrize(
    "path", [p for k, p in PAGE_KINDS.items() if k not in SAME_KIND], ids=[k for k in PAGE_KINDS if k not in SAME_KIND]
)
def test_no_axe_violation_on_any_kind_of_page(page, url, path):
    _open(page, url, path)
    assert _violations(page) == []


def _search_results(page, url):
    _open(page, url, "")
    page.locator("input.md-search__input").click()
    page.keyboard.type("Gauteng")
    page.locator(".md-search-result__item").first.wait_for()


def _catalogue_filtered(page, url):
    _open(page, url, "practices/")
    page.select_option("#gp-topic", "agri-food")
    page.wait_for_function("document.querySelectorAll('#gp-catalogue > li:not([hidden])').length < 5")


def _checklist_ticked(page, url):
    _open(page, url, f"checklists/{REGGIO}/")
    page.locator("select.gp-status").first.select_option("yes")
    page.locator("li.gp-item .gp-note-button").first.click()
    page.locator("textarea.gp-note").first.fill("Asked the finance office.")


def _practices_compared(page, url):
    _open(page, url, f"compare/?ids={REGGIO},{TRANSLATED}")
    page.locator("#gp-compare-table table").wait_for()


STATES = {
    "search results open": _search_results,
    "catalogue filtered": _catalogue_filtered,
    "checklist ticked": _checklist_ticked,
    "practices compared": _practices_compared,
}


@pytest.mark.browser
@pytest.mark.parametrize("reach", STATES.values(), ids=STATES.keys())
def test_no_axe_violation_in_any_interactive_state(page, url, reach):
    reach(page, url)
    assert _violations(page) == []


# Keyboard only, with a focus that can be seen

_FOCUS = """() => {
  const e = document.activeElement, s = getComputedStyle(e);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
  return {tag: e.tagName, cls: String(e.className), type: e.type || '', id: e.id,
          text: (e.textContent || '').trim().slice(0, 60), visible: outline || s.boxShadow !== 'none'};
}"""


def _tab_to(page, matches, limit: int = 60) -> dict:
    """Press Tab until the focused element matches; every element passed on the way shows its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = page.evaluate(_FOCUS)
        assert focus["visible"], f"focus is not visible on {focus}"
        if matches(focus):
            return focus
    raise AssertionError(f"not reached with {limit} presses of Tab")


@pytest.mark.browser
def test_keyboard_only_search_reaches_the_practice(page, url):
    _open(page, url, "")
    _tab_to(page, lambda f: "md-search__input" in f["cls"], limit=5)
    page.keyboard.type("Gauteng")
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("ArrowDown")
    focus = page.evaluate(_FOCUS)
    assert "md-search-result__link" in focus["cls"] and "Reggio Emilia" in focus["text"]
    assert focus["visible"]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"/practices/{REGGIO}/" in page.url


@pytest.mark.browser
def test_keyboard_only_checklist_ticks_and_notes(page, url):
    _open(page, url, f"checklists/{REGGIO}/")
    total = page.locator("select.gp-status").count()
    _tab_to(page, lambda f: "md-skip" in f["cls"].split(), limit=3)
    page.keyboard.press("Enter")  # skip the header and navigation
    first = _tab_to(page, lambda f: f["tag"] == "SELECT")
    page.keyboard.press("ArrowDown")
    assert page.locator(f"#{first['id']}").input_value() == "yes"
    assert page.locator(".gp-progress").inner_text().startswith(f"{total} items: yes 1 ·")
    _tab_to(page, lambda f: "gp-note-button" in f["cls"].split(), limit=8)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
    page.keyboard.type("Budget line asked for.")
    note = page.evaluate("document.activeElement.value")
    assert note == "Budget line asked for."


@pytest.mark.browser
def test_keyboard_only_catalogue_filter(page, url):
    _open(page, url, "practices/")
    shown = page.locator("#gp-catalogue > li:not([hidden])")
    before = shown.count()
    _tab_to(page, lambda f: f["id"] == "gp-topic")
    page.keyboard.press("ArrowDown")  # a closed select changes its value with the arrow keys
    page.wait_for_function(f"document.querySelectorAll('#gp-catalogue > li:not([hidden])').length < {before}")
    assert 0 < shown.count() < before


@pytest.mark.browser
def test_keyboard_only_compare_picker(page, url):
    _open(page, url, "compare/")
    _tab_to(page, lambda f: f["id"] == "gp-pick-input")
    for words in ("Reggio Emilia", "Bologna: local food"):
        page.keyboard.type(words)
        page.keyboard.press("Enter")
    page.locator("#gp-compare-table table").wait_for()
    assert page.locator("#gp-chosen li").count() == 2


# What the HTML itself must hold


class _Outline(HTMLParser):
    """Headings, tables and their header cells, and lang attributes of a page's main content."""

    def __init__(self):
        super().__init__()
        self.depth, self.in_main = 0, False
        self.headings: list[int] = []
        self.tables = self.header_cells = self.scoped = 0
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if tag == "main":
            self.in_main = True
        if not self.in_main:
            return
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        self.tables += tag == "table"
        self.header_cells += tag == "th"
        self.scoped += tag == "th" and attrs.get("scope") in ("col", "row", "colgroup", "rowgroup")

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main = False


def _outline(site, path: str) -> _Outline:
    outline = _Outline()
    outline.feed((site / (path if path.endswith(".html") else path + "index.html")).read_text(encoding="utf-8"))
    return outline


@pytest.mark.parametrize("path", PAGE_KINDS.values(), ids=PAGE_KINDS.keys())
def test_headings_start_at_one_h1_and_never_skip_a_level(site, path):
    levels = _outline(site, path).headings
    assert levels and levels[0] == 1 and levels.count(1) == 1, levels
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert not skips, f"heading levels jump: {skips} in {levels}"


@pytest.mark.parametrize("path", PAGE_KINDS.values(), ids=PAGE_KINDS.keys())
def test_every_table_has_scoped_header_cells(site, path):
    outline = _outline(site, path)
    assert outline.header_cells >= outline.tables, "a table without header cells"
    assert outline.scoped == outline.header_cells, "a header cell without scope"


@pytest.mark.browser
def test_the_comparison_built_in_the_browser_has_scoped_headers_and_languages(page, url):
    _practices_compared(page, url)
    cells = page.evaluate("""() => [...document.querySelectorAll('#gp-compare-table th')]
        .map(th => [th.getAttribute('scope'), th.getAttribute('lang')])""")
    assert {scope for scope, _ in cells} == {"col", "row"}
    assert [lang for scope, lang in cells if scope == "col"] == ["en", "en"]  # each practice's title, in its language


@pytest.mark.parametrize("path", PAGE_KINDS.values(), ids=PAGE_KINDS.keys())
def test_every_page_declares_the_site_language(site, path):
    assert _outline(site, path).html_lang == "en"


@pytest.mark.browser
def test_record_text_in_another_language_is_marked_field_by_field(page, url):
    _open(page, url, f"practices/{TRANSLATED}/")
    # every block of the record's own words carries its language, the translation its own
    unmarked = page.evaluate("""() => [...document.querySelectorAll(
        '#practice-title, .gp-summary, .gp-text, .gp-difficulties, .gp-resources td:first-child, .gp-translation *')]
        .filter(e => !e.closest('[lang]:not(html)')).map(e => e.outerHTML.slice(0, 80))""")
    assert unmarked == []
    assert page.locator(".gp-translation").get_attribute("lang") == "it"


# A phone and a slow link


@pytest.mark.browser
@pytest.mark.parametrize(
    "path",
    [
        "",
        "practices/",
        f"practices/{REGGIO}/",
        f"practices/{TRANSLATED}/",
        f"practices/{samples.record(1)[0]}/",
        f"checklists/{REGGIO}/",
        "ready/",
        f"compare/?ids={REGGIO},{TRANSLATED}",
    ],
)
def test_pages_fit_a_360_pixel_phone_without_sideways_scrolling(browser, url, path):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        _open(page, url, path)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        # wide tables scroll inside their own box instead of widening the page
        for table in page.locator("article table").all():
            if not table.is_visible():  # the comparison's table, replaced by a list per practice on phones
                continue
            box = table.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 0.5
        assert page.locator("h1").first.bounding_box()["width"] <= PHONE["width"]
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize(
    "path",
    [f"practices/{REGGIO}/", "practices/", f"checklists/{REGGIO}/", f"compare/?ids={REGGIO},{TRANSLATED}"],
    ids=["practice", "catalogue", "checklist", "compare"],
)
def test_no_axe_violation_on_a_phone_where_tables_scroll(browser, url, path):
    """At 360 px wide tables scroll in their own box, and a keyboard must be able to scroll them too."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        _open(page, url, path)
        assert _violations(page) == []
    finally:
        context.close()


def test_every_practice_page_stays_within_its_weight_budget(site):
    pages = sorted((site / "practices").glob("*/index.html"))
    assert len(pages) == 5
    heavy = {p.parent.name: p.stat().st_size for p in pages if p.stat().st_size > PRACTICE_PAGE_BUDGET}
    assert not heavy, f"practice pages over {PRACTICE_PAGE_BUDGET} bytes: {heavy}"
