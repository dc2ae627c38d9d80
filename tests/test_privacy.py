"""No third-party requests: a visitor's browser talks to the site's own host and nowhere else.

European courts have fined public sites for loading fonts from a third-party
server; analytics and CDN scripts send the same data. The built site is read
file by file for addresses of other hosts in anything a browser fetches by
itself, and a browser opens every kind of page with every request to another
host blocked and recorded.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
import yaml

from conftest import ROOT

REGGIO = "reggio-emilia-south-africa"
PAGES = [
    "",
    "practices/",
    f"practices/{REGGIO}/",
    f"checklists/{REGGIO}/",
    "ready/",
    f"compare/?ids={REGGIO}",
    "topics/",
    "topics/agri-food/",
    "countries/",
    "countries/it/",
    "contribute/",
    "transfers/",
]
LOCAL_SCHEMES = ("data", "blob", "about")
# <link rel> values that make the browser fetch (or connect to) the address by itself
FETCHING_RELS = {
    "stylesheet",
    "preload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "modulepreload",
    "icon",
    "apple-touch-icon",
    "manifest",
    "prerender",
}
FETCHING_ATTRS = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "track": ("src",),
}
REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
CSS_REMOTE = re.compile(r"""(?:@import\s+(?:url\()?|url\()\s*['"]?\s*(?:https?:)?//""", re.IGNORECASE)


class _Fetched(HTMLParser):
    """Addresses a browser would load by itself from one HTML page, and its inline styles."""

    def __init__(self):
        super().__init__()
        self.addresses: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        names = FETCHING_ATTRS.get(tag, ())
        if tag == "link" and FETCHING_RELS & set((attrs.get("rel") or "").lower().split()):
            names = ("href", "imagesrcset")
        for name in names:
            value = attrs.get(name) or ""
            parts = value.split(",") if "srcset" in name else [value]
            self.addresses += [part.split()[0] for part in parts if part.strip()]
        if attrs.get("style"):
            self.styles.append(attrs["style"])
        self._in_style = tag == "style"

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)

    def handle_endtag(self, tag):
        self._in_style = False


def test_the_page_reader_finds_what_a_browser_would_fetch_from_elsewhere():
    found = _Fetched()
    found.feed(
        '<link rel="preconnect" href="https://fonts.gstatic.com"><link rel="canonical" href="https://a.eu/">'
        '<script src="//cdn.example.net/x.js"></script>'
        '<img src="i.png" srcset="i.png 1x, https://img.eu/i.png 2x">'
        '<a href="https://europa.eu/">a link is only followed when clicked</a>'
        '<style>@import url("https://fonts.googleapis.com/css");</style>'
    )
    assert [a for a in found.addresses if REMOTE.match(a)] == [
        "https://fonts.gstatic.com",
        "//cdn.example.net/x.js",
        "https://img.eu/i.png",
    ]
    assert [s for s in found.styles if CSS_REMOTE.search(s)] == ['@import url("https://fonts.googleapis.com/css");']
    assert CSS_REMOTE.findall("@font-face { src: url(//fonts.gstatic.com/r.woff2) } .x { background: url(a.png) }")


def test_the_theme_loads_no_web_fonts_and_no_analytics():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.Loader)
    assert config["theme"].get("font") is False
    assert "analytics" not in config.get("extra", {})
    assert "consent" not in config.get("extra", {})


def test_no_page_of_the_built_site_fetches_from_another_host(project_site):
    remote = {}
    pages = sorted(project_site.rglob("*.html"))
    assert len(pages) >= 14  # every kind of page; topics get one only once a practice has them
    for page in pages:
        found = _Fetched()
        found.feed(page.read_text(encoding="utf-8"))
        bad = [a for a in found.addresses if REMOTE.match(a)] + [s for s in found.styles if CSS_REMOTE.search(s)]
        if bad:
            remote[str(page.relative_to(project_site))] = bad
    assert not remote, f"pages that would fetch from other hosts: {remote}"


def test_no_stylesheet_imports_or_fonts_from_another_host(project_site):
    sheets = sorted(project_site.rglob("*.css"))
    assert any(s.name == "site.css" for s in sheets)
    remote = {str(s.relative_to(project_site)): CSS_REMOTE.findall(s.read_text(encoding="utf-8")) for s in sheets}
    assert not {k: v for k, v in remote.items() if v}


def test_our_own_scripts_name_no_other_host(project_site):
    scripts = sorted((project_site / "javascripts").glob("*.js"))
    assert scripts, "the site's own scripts (catalogue, checklist, compare) are missing"
    host = re.compile(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}")
    named = {s.name: host.findall(s.read_text(encoding="utf-8")) for s in scripts}
    assert not {k: v for k, v in named.items() if v}


@pytest.fixture
def guarded(browser):
    """A browser tab whose requests to any host but 127.0.0.1 are blocked and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    attempts: list[str] = []

    def local(url: str) -> bool:
        address = urlsplit(url)
        return address.scheme in LOCAL_SCHEMES or address.hostname == "127.0.0.1"

    def record(url: str) -> None:
        if not local(url) and url not in attempts:
            attempts.append(url)

    def guard(route):
        if local(route.request.url):
            route.continue_()
        else:
            record(route.request.url)
            route.abort("blockedbyclient")

    context.route("**/*", guard)
    context.on("request", lambda request: record(request.url))  # also what a route might not see (workers)
    page = context.new_page()
    yield page, attempts
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "home")
def test_every_kind_of_page_asks_nothing_of_another_host(project_url, guarded, path):
    page, attempts = guarded
    page.goto(project_url + path)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # whatever loads lazily, loads now
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").count() >= 1, "the page did not load"
    assert attempts == []


@pytest.mark.browser
def test_searching_asks_nothing_of_another_host(project_url, guarded):
    page, attempts = guarded
    page.goto(project_url)
    page.locator("input.md-search__input").click()
    page.keyboard.type("Gauteng")
    page.locator(".md-search-result__item").first.wait_for()
    with page.expect_navigation():
        page.locator(".md-search-result__link").first.click()
    page.wait_for_load_state("networkidle")
    assert attempts == []


@pytest.mark.browser
def test_the_guard_does_record_and_block_another_host(project_url, guarded):
    """The blocked-requests check itself can fail: a page that asks another host is caught."""
    page, attempts = guarded
    page.goto(project_url)
    page.evaluate("""() => { const s = document.createElement('link'); s.rel = 'stylesheet';
        s.href = 'https://fonts.googleapis.com/css?family=Roboto'; document.head.append(s); }""")
    page.wait_for_load_state("networkidle")
    assert attempts == ["https://fonts.googleapis.com/css?family=Roboto"]
