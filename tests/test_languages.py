"""Languages: the interface follows the site's language, a record's translations show beside its original.

The sample record tests/fixtures/translated/bologna-school-meals.yml is written
in English with an Italian translation; it is built into an English site and an
Italian one (mkdocs.yml theme.language), and read as a reader would.
"""

from __future__ import annotations

import dataclasses
import re
import shutil

import pytest
import yaml

from conftest import ROOT, build_site, copy_records, project_theme, serve
from generator import messages, render, site, summary
from helpers import html_text

SAMPLE = ROOT / "tests" / "fixtures" / "translated" / "bologna-school-meals.yml"
PAGE = "practices/bologna-school-meals/index.html"
NBSP = "\u00a0"  # between an amount and its currency sign
NB = "\u202f"  # French groups digits with a narrow one


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = copy_records(tmp_path_factory.mktemp("records"), "reggio-emilia-south-africa")
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    return folder


@pytest.fixture(scope="module")
def english_site(tmp_path_factory, records):
    return build_site(tmp_path_factory.mktemp("en"), records, theme=project_theme(language="en"))


@pytest.fixture(scope="module")
def italian_site(tmp_path_factory, records):
    return build_site(tmp_path_factory.mktemp("it"), records, theme=project_theme(language="it"))


def _article(site, path: str = PAGE) -> str:
    page = (site / path).read_text(encoding="utf-8")
    return page[page.index("<article") : page.index("</article>")]


def _words(fragment: str) -> str:
    # only ASCII white space is folded: the no-break spaces of amounts are part of what a reader sees
    return html_text(fragment, keep_nbsp=True)


# The message catalogue


def _filled(wording) -> bool:
    """A wording, or a plural message's forms, with an `other` form, none empty."""
    if isinstance(wording, dict):
        return "other" in wording and all(isinstance(v, str) and v.strip() for v in wording.values())
    return isinstance(wording, str) and bool(wording.strip())


def test_every_message_is_given_in_every_language_of_the_catalogue():
    wanted = set(messages.languages()) - {"en"}
    assert wanted >= {"it", "fr", "de"}
    incomplete = {
        words: sorted(wanted - set(entry))
        for words, entry in messages.catalogue().items()
        if set(entry) != wanted or not all(_filled(v) for v in entry.values())
    }
    assert not incomplete, f"messages missing a language or empty: {incomplete}"


def test_every_words_a_template_asks_for_are_in_the_template():
    asked = set()
    for template in (ROOT / "templates").rglob("*.j2"):
        text = template.read_text(encoding="utf-8")
        asked |= set(re.findall(r"""\bt\(\s*"([^"]+)"\s*\)""", text))
        # words handed to t() through a loop variable: ("key", "Heading") pairs beside a t(heading)
        if "t(heading)" in text:
            asked |= set(re.findall(r"""\(\s*"[a-z_]+"\s*,\s*"([^"]+)"\s*\)""", text))
    missing = sorted(asked - set(messages.catalogue()))
    assert asked and not missing, f"not in generator/locales/messages.pot: {missing}"


def test_words_follow_the_language_and_fall_back_to_english():
    assert messages.text("What it is", "it") == "Di cosa si tratta"
    assert messages.text("What it is", "de-CH") == "Worum es geht"
    assert messages.text("What it is", "fr") == "En quoi cela consiste"
    assert messages.text("What it is", "es") == "En qué consiste"
    assert messages.text("What it is", "pl") == "Na czym polega"
    assert messages.text("What it is", "pt") == "What it is"  # no catalogue: English, like Material
    assert messages.text("What it is", "en") == "What it is"


def test_topic_labels_follow_the_language_and_a_new_topic_keeps_its_label():
    assert site.Options(language="it").topics["agri-food"] == "Agricoltura e agroalimentare"
    assert site.Options(language="de").topics["sme-competitiveness"] == "Wettbewerbsfähigkeit von KMU"
    assert site.Options().topics["agri-food"] == "Agriculture and agri-food"
    assert site.Options(language="it", vocabulary={"night-life": "Night-time economy"}).topics == {
        "night-life": "Night-time economy"
    }


def test_options_derived_in_another_language_label_from_the_same_vocabulary():
    italian = site.Options(language="it")
    german = dataclasses.replace(italian, language="de")
    assert german.topics["sme-competitiveness"] == "Wettbewerbsfähigkeit von KMU"  # not the Italian label kept
    assert german.vocabulary == italian.vocabulary == site.Options().vocabulary


def test_unknown_words_are_an_error_that_names_the_catalogue():
    with pytest.raises(KeyError, match="'What it iz' is missing from messages.pot"):
        messages.text("What it iz", "it")


# Dates and amounts in the site's language (Babel)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ("€10,000", "January 2015 – ongoing", "€10,000 per year", "1,721,378")),
        ("it", (f"10.000{NBSP}€", "gennaio 2015 – in corso", f"10.000{NBSP}€ all'anno", "1.721.378")),
        ("de", (f"10.000{NBSP}€", "Januar 2015 – laufend", f"10.000{NBSP}€ pro Jahr", "1.721.378")),
        ("fr", (f"10{NB}000{NBSP}€", "janvier 2015 – en cours", f"10{NB}000{NBSP}€ par an", f"1{NB}721{NB}378")),
    ],
)
def test_amounts_dates_and_periods_follow_the_language(lang, expected):
    line = {"what": "Staff", "amount": 10000, "currency": "EUR", "period": "per-year"}
    shown = (
        summary.money(10000, "EUR", lang),
        summary.period({"start": "2015-01"}, lang),
        summary.resource_text(line, lang),
        summary.number(1721378, lang),
    )
    assert shown == expected


def test_autonyms_name_each_language_in_itself():
    assert [render.autonym(code) for code in ("en", "it", "de", "fr")] == ["English", "Italiano", "Deutsch", "Français"]


# The translated record, shown in two languages


def test_english_site_offers_both_languages_and_marks_the_original(english_site):
    article = _article(english_site)
    bar = re.search(r'<p class="gp-languages">.*?</p>', article).group(0)
    assert bar == (
        '<p class="gp-languages">Text available in: '
        '<a href="#practice-title" hreflang="en" lang="en">English</a> (original), '
        '<a href="#translation-it" hreflang="it" lang="it">Italiano</a> (translation)</p>'
    )
    assert '<h1 id="practice-title" lang="en">Bologna: local food in school canteens</h1>' in article


def test_the_translation_is_a_lang_marked_section_with_every_translated_field(english_site):
    article = _article(english_site)
    heading = re.search(r'<h2[^>]* id="translation-it"[^>]*>', article)
    assert heading and 'lang="it"' in heading.group(0)
    section = article[heading.end() : article.index("<h2", heading.end())]
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))["translations"]["it"]
    assert '<div class="gp-translation" lang="it">' in section
    for field in ("title", "summary", "description", "potential"):
        assert " ".join(data[field].split()) in _words(section), field
    # headings inside it are the interface's words, marked as such
    assert '<h3 lang="en">What it is</h3>' in section and '<h3 lang="en">Potential for transfer</h3>' in section


def test_the_original_text_stays_in_full_beside_its_translation(english_site):
    words = _words(_article(english_site))
    original = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    for field in ("title", "summary"):
        assert " ".join(original[field].split()) in words
    assert "The city grouped the canteens of its primary schools" in words


def test_a_record_without_translations_has_no_language_switch(english_site):
    assert "gp-languages" not in _article(english_site, "practices/reggio-emilia-south-africa/index.html")


def test_italian_site_speaks_italian_around_the_english_text(italian_site):
    page = (italian_site / PAGE).read_text(encoding="utf-8")
    article = _article(italian_site)
    words = _words(article)
    assert re.search(r'<html[^>]* lang="it"', page)
    for heading in (
        "Di cosa si tratta",
        "Risorse necessarie",
        "Risultati ottenuti",
        "Potenziale di trasferimento",
        "Chi è stato coinvolto",
        "Fonti",
        "Informazioni sulla scheda",
    ):
        assert f">{heading}<" in article, heading
    for shown in (
        "Quando: gennaio 2015 – giugno 2019",
        f"10.000{NBSP}€ all'anno",
        f"1.250.000,50{NBSP}€ una tantum",
        "1.721.378",
        "Ultima revisione: 20 novembre 2026",
        "Testo disponibile in: English (originale), Italiano (traduzione)",
        "Dove: Bologna, Emilia-Romagna, Italia",
        "Temi: Agricoltura e agroalimentare , Istruzione e competenze",
    ):
        assert shown in words, shown
    for english in ("What it is", "Resources needed", "Evidence of success", "per year", "Last reviewed"):
        assert english not in words, english
    # the record's own text keeps its language, so screen readers switch voice
    assert '<div class="gp-text" lang="en"><p>The city grouped' in article
    assert re.search(r"<td lang=\"en\"[^>]*>Tender preparation and coordination</td>", article)


def test_italian_site_dates_the_real_record_in_italian(italian_site):
    words = _words(_article(italian_site, "practices/reggio-emilia-south-africa/index.html"))
    assert "gennaio 2015 – fine non riportata" in words  # the sources give no end (issue 14)
    assert "Non riportato nelle fonti" in words
    assert f"10.000{NBSP}€ all'anno" in words


@pytest.mark.browser
def test_the_language_switch_works_without_javascript(browser, english_site):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        with serve(english_site) as url:
            page.goto(url + "practices/bologna-school-meals/")
            page.locator(".gp-languages").get_by_role("link", name="Italiano").click()
            assert page.url.endswith("#translation-it")
            section = page.locator(".gp-translation")
            assert section.get_attribute("lang") == "it"
            box = section.bounding_box()
            assert box and 0 <= box["y"] < 800, "the translation is scrolled into view"
            assert "Bologna: cibo locale nelle mense scolastiche" in section.inner_text()
    finally:
        context.close()


@pytest.mark.parametrize("path", ["practices/index.html", "topics/agri-food/index.html", "countries/it/index.html"])
def test_lists_mark_each_title_with_its_record_language(italian_site, path):
    page = (italian_site / path).read_text(encoding="utf-8")
    titles = re.findall(r'<a href="[^"]*bologna-school-meals/"([^>]*)>Bologna: local food', page)
    assert titles == [' lang="en"'], titles


@pytest.mark.browser
def test_the_italian_practice_page_passes_axe_too(page, italian_site):
    from test_accessibility import _violations

    with serve(italian_site) as url:
        page.goto(url + PAGE.removesuffix("index.html"))
        page.wait_for_load_state("networkidle")
        assert _violations(page) == []


def test_each_language_catalogue_names_each_wording_once():
    # gettext keeps the first of two entries with one msgid; a duplicate would hide a translation
    for lang in messages.languages()[1:]:
        text = messages.po_path(lang).read_text(encoding="utf-8")
        ids = ["".join(re.findall(r'"(.*)"', m)) for m in re.findall(r'^msgid ((?:".*"\n)+)', text, re.M)]
        assert len(ids) == len(set(ids)), (lang, sorted(i for i in ids if ids.count(i) > 1))


def test_italian_listings_count_and_head_in_italian(italian_site):
    topics = _words(_article(italian_site, "topics/index.html"))
    assert topics.startswith("Temi") and "Agricoltura e agroalimentare : 2 pratiche" in topics
    assert "Istruzione e competenze : 1 pratica" in topics
    country = _words(_article(italian_site, "countries/it/index.html"))
    assert country.startswith("Paese: Italia") and "2 pratiche." in country
    assert _words(_article(italian_site, "countries/index.html")).startswith("Paesi")
    # a topic no practice has yet gets no page and no line in the index (issue 15)
    assert not (italian_site / "topics/energy/index.html").exists() and "Energia" not in topics
