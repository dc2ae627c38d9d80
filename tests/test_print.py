"""Print: a practice page and its checklist come out of the printer as content, not as a web page.

The browser is switched to print media as a printer would; what must be gone
(header, navigation, search, footer) is checked by its computed style, what must
stay by its visibility, and a PDF is rendered and its pages counted from its
page tree.
"""

from __future__ import annotations

import re
import shutil

import pytest

from conftest import ROOT, build_site, copy_records, serve

REGGIO = "reggio-emilia-south-africa"
TRANSLATED = "bologna-school-meals"
CHROME = [
    ".md-header",
    ".md-sidebar--primary",
    ".md-sidebar--secondary",
    ".md-footer",
    ".md-search",
    ".md-tabs",
    ".md-content__button",
    ".md-top",
    ".gp-edit",
    ".headerlink",
]
PRINTED = {f"practices/{REGGIO}/": "article h1", f"checklists/{REGGIO}/": "article .gp-checklist"}


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    records = copy_records(tmp_path_factory.mktemp("records"), REGGIO)
    shutil.copy(ROOT / "tests" / "fixtures" / "translated" / f"{TRANSLATED}.yml", records)
    with serve(build_site(tmp_path_factory.mktemp("print"), records)) as base:
        yield base


def _printed(page, url: str, path: str) -> None:
    page.goto(url + path)
    page.wait_for_load_state("networkidle")
    page.emulate_media(media="print")


def _style(page, selector: str, prop: str, pseudo: str | None = None) -> list[str]:
    return page.evaluate(
        "([sel, prop, pseudo]) => [...document.querySelectorAll(sel)].map(e => getComputedStyle(e, pseudo)[prop])",
        [selector, prop, pseudo],
    )


def pdf_pages(data: bytes) -> int:
    """The number of pages of a PDF, read from its page tree (the /Count of the root /Pages)."""
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "not a complete PDF"
    leaves = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    assert counts and max(counts) == leaves, f"page tree says {counts}, page objects {leaves}"
    return leaves


@pytest.mark.browser
@pytest.mark.parametrize("path", PRINTED, ids=["practice", "checklist"])
def test_print_hides_header_navigation_search_and_footer(page, url, path):
    _printed(page, url, path)
    shown = {
        selector: display for selector in CHROME for display in _style(page, selector, "display") if display != "none"
    }
    assert not shown, f"still printed: {shown}"
    assert _style(page, "article", "display") == ["block"]
    assert page.locator(PRINTED[path]).first.is_visible()


@pytest.mark.browser
def test_screen_still_shows_the_header_and_navigation(page, url):
    """The print rules are scoped to print: the same page on screen keeps its chrome."""
    page.goto(url + f"practices/{REGGIO}/")
    assert page.locator(".md-header").is_visible() and page.locator(".md-sidebar--primary").is_visible()


@pytest.mark.browser
def test_printed_links_show_their_address(page, url):
    _printed(page, url, f"practices/{REGGIO}/")
    links = page.evaluate("""() => [...document.querySelectorAll('article a[href^="http"]')]
        .filter(a => !a.closest('.gp-sources') && !a.classList.contains('gp-edit'))
        .map(a => [a.href, getComputedStyle(a, '::after').content])""")
    assert links, "the practice page has web links to print"
    missing = [href for href, after in links if href not in after]
    assert not missing, f"links printed without their address: {missing}"
    # a source's address is printed once, beside its title
    sources = page.locator(".gp-sources li").all_inner_texts()
    assert sources and all(text.count("https://") == 1 for text in sources), sources


@pytest.mark.browser
def test_printed_tables_repeat_their_headers_and_keep_rows_whole(page, url):
    _printed(page, url, f"practices/{REGGIO}/")
    assert set(_style(page, "article thead", "display")) == {"table-header-group"}
    assert set(_style(page, "article tbody tr", "breakInside")) == {"avoid"}
    assert set(_style(page, "article h2", "breakAfter")) == {"avoid"}


@pytest.mark.browser
def test_each_translation_starts_a_new_sheet(page, url):
    _printed(page, url, f"practices/{TRANSLATED}/")
    assert _style(page, "#translation-it", "breakBefore") == ["page"]
    assert set(_style(page, "article h2:not([id^='translation-'])", "breakBefore")) == {"auto"}


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "most"), [(f"practices/{REGGIO}/", 6), (f"checklists/{REGGIO}/", 3)], ids=["practice", "checklist"]
)
def test_pdf_of_the_printed_page(page, url, path, most):
    _printed(page, url, path)
    pages = pdf_pages(page.pdf(format="A4", print_background=True))
    assert 1 <= pages <= most


def test_page_counter_reads_the_page_tree():
    """The PDF reader itself, on a two-page PDF written by hand."""
    data = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n4 0 obj << /Type /Page /Parent 2 0 R >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )
    assert pdf_pages(data) == 2
    with pytest.raises(AssertionError, match="not a complete PDF"):
        pdf_pages(b"<html>")
