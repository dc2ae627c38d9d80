"""Every interface word in the reader's language: the 40-practice sample site built in each of the six languages.

Each build's pages are read as a reader sees them (tests/interface_words.py):
outside record text marked with its own language, no English message of the
catalogue may show, in the text, the attributes a reader meets (titles,
labels, meta descriptions) or the words handed to scripts. The project's
hand-written prose pages (content/index.md around the generated home block,
content/contribute.md) are the editors' content, not interface words: the
builds here keep only their generated parts.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from interface_words import english_in_site

import samples
from conftest import ROOT, build_site, copy_records, project_theme, serve
from generator import home

LANGUAGES = ("en", "it", "fr", "de", "es", "pl")
REGGIO = "reggio-emilia-south-africa"
TRANSLATED = "bologna-school-meals"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = copy_records(tmp_path_factory.mktemp("records"), REGGIO)
    shutil.copy(ROOT / "tests" / "fixtures" / "translated" / f"{TRANSLATED}.yml", folder)
    return samples.write(folder, 40)


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    """The docs folder with its hand-written prose left out: the home page is its generated block only."""
    folder = tmp_path_factory.mktemp("docs") / "content"
    shutil.copytree(ROOT / "content", folder)
    front = (folder / "index.md").read_text(encoding="utf-8").split("\n---\n", 1)[0] + "\n---\n"
    (folder / "index.md").write_text(front + home.MARKER + "\n", encoding="utf-8")
    (folder / "contribute.md").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory, records, docs):
    """One build per language, made the first time a test asks for it."""
    sites = {}

    def site(lang: str):
        if lang not in sites:
            work = tmp_path_factory.mktemp(f"site-{lang}")
            sites[lang] = build_site(
                work,
                records,
                theme=project_theme(language=lang),
                docs_dir=str(docs),
                site_url="https://example.github.io/",
            )
        return sites[lang]

    return site


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_no_english_interface_word_in_any_page(built, lang):
    site = built(lang)
    assert len(list(site.rglob("*.html"))) > 100
    assert english_in_site(site, lang) == {}


def test_the_check_finds_english_words_where_they_are(built):
    found = english_in_site(built("en"), "en", messages_of="it")
    for words in (
        "What it is",
        "All practices",
        "Practices only",
        "Permanent link",
        "New and updated practices",
        "{count} practice",
        "Filter the practices",
        "Transfer checklist",
        "Is our city ready?",
    ):
        assert words in found, words


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_declares_the_language_and_the_feeds_speak_it(built, lang):
    site = built(lang)
    page = (site / "practices" / "index.html").read_text(encoding="utf-8")
    assert re.search(rf'<html[^>]* lang="{lang}"', page)
    feed = ET.parse(site / "feeds" / "practices.xml").getroot()
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    expected = {
        "en": "New and updated practices",
        "it": "Pratiche nuove e aggiornate",
        "pl": "Nowe i zaktualizowane praktyki",
    }
    if lang in expected:
        assert feed.find(f"{ATOM}title").text == expected[lang]


def test_polish_site_counts_in_three_forms_and_names_its_menu_in_polish(built):
    site = built("pl")
    topics = (site / "topics" / "index.html").read_text(encoding="utf-8")
    counts = set(re.findall(r"\b\d+ praktyk[ai]?\b", topics))
    assert counts and all(
        re.fullmatch(r"1 praktyka|[2-4] praktyki|([5-9]|1\d) praktyk|\d+ praktyk[ai]?", c) for c in counts
    )
    page = (site / "practices" / "index.html").read_text(encoding="utf-8")
    assert "Wszystkie praktyki" in page and "Strona główna" in page  # the navigation from mkdocs.yml
    practice = (site / "practices" / REGGIO / "index.html").read_text(encoding="utf-8")
    assert 'title="Stały link"' in practice  # Markdown's heading links
    assert '"Practices only": "Tylko praktyki"' in practice  # the search box's switch


def test_a_language_without_a_catalogue_builds_in_english_with_one_warning(tmp_path, docs, capfd):
    records = copy_records(tmp_path / "records", REGGIO)  # the page read below; the 40 samples add nothing here
    site = build_site(tmp_path, records, theme=project_theme(language="pt"), docs_dir=str(docs))
    warnings = [line for line in capfd.readouterr().err.splitlines() if "No translation of the interface" in line]
    assert warnings == [
        "WARNING -  No translation of the interface into 'pt': its words stay in English. "
        "CONTRIBUTING.md, 'Translating the site', says how to add one."
    ]
    page = (site / "practices" / REGGIO / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<html[^>]* lang="pt"', page) and ">What it is<" in page


PAGES = (
    "",
    "practices/",
    f"practices/{REGGIO}/",
    f"practices/{TRANSLATED}/",
    f"checklists/{REGGIO}/",
    "ready/",
    "compare/",
    "topics/",
    "countries/it/",
    "transfers/",
)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["it", "pl"])
def test_axe_passes_on_the_italian_and_polish_sites(built, page, lang):
    from test_accessibility import _open, _violations

    found = {}
    with serve(built(lang)) as url:
        for path in PAGES:
            _open(page, url, path)
            assert page.evaluate("document.documentElement.lang") == lang
            violations = _violations(page)
            if violations:
                found[path] = violations
    assert found == {}
